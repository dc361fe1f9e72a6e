"""Compliance: misleading claims, discrimination, special-category data, copyright, fake reviews.

This package is a plug-in: its ``register_detectors`` lists the detectors of the family, one
per module.
"""

from __future__ import annotations

from ....hookspecs import hookimpl
from ..base import Detector
from .copyright_flags import CopyrightFlags
from .fake_reviews import FakeReviews
from .guaranteed_returns import GuaranteedReturns
from .health_claims import HealthClaims
from .job_discrimination import JobDiscrimination
from .special_category_data import SpecialCategoryData


@hookimpl
def register_detectors() -> list[type[Detector]]:
    return [
        GuaranteedReturns,
        HealthClaims,
        JobDiscrimination,
        SpecialCategoryData,
        CopyrightFlags,
        FakeReviews,
    ]
