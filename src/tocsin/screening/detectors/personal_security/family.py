"""Children and schools: a child next to a school or nursery, pick-up and drop-off times.

Rules ``family.*`` of ``lexicons/personal_security.toml``: "sa fille est à l'école Jules Ferry",
"picking up my kids at St Mary's school at 4pm". Medium for anyone, high next to one of the
profile's people (see :mod:`.exposure`). Back-to-school offers and advice addressed to the
reader ("vos enfants", "your kids") are not about anyone's child.
"""

from __future__ import annotations

from ....models import Category
from .exposure import ExposureRules


class Family(ExposureRules):
    name = "family"
    version = "1.0"
    categories = (Category.PERSONAL_SECURITY,)
    #: nothing without a phrase of the lexicon (it keeps the exposure rules' own ``detect``)
    PHRASES_REQUIRED = True
    description = (
        "Children of people next to their school or nursery, pick-up times "
        "(high for the profile's people)."
    )
    #: a parent naming their child's school in a public reply exposes the child: kept at medium
    INBOUND_FOR_ANYONE = True
