"""Layoffs and restructuring not yet announced: "plan social", "licenciements", "layoffs".

Rules ``layoffs.*`` of ``lexicons/human_resources.toml``: layoffs, job cuts, site closures and
restructuring (``hr.layoffs``), pay and hiring freezes (``hr.pay_freeze``), the dismissal or
departure of one person (``hr.dismissal``). A reassurance ("pas de licenciement prévu", "no
layoffs") is still a public commitment on a sensitive subject: it is sent to review (medium)
rather than blocked. "Licenciés" of a sports club, the closure of a website for maintenance and
debt restructuring are not layoffs. Outbound only.
"""

from __future__ import annotations

from ....models import Category
from .rules import HumanResourcesRules


class Layoffs(HumanResourcesRules):
    name = "layoffs"
    version = "1.0"
    categories = (Category.HUMAN_RESOURCES,)
    directions = ("outbound",)
    description = (
        "Layoffs, job cuts, site closures, restructuring, pay and hiring freezes, dismissals "
        "not yet announced."
    )
