"""Layoffs and restructuring not yet announced: "plan social", "licenciements", "layoffs".

Rules ``layoffs.*`` of ``lexicons/human_resources.toml``: layoffs, job cuts, site closures and
restructuring (``hr.layoffs``), pay and hiring freezes (``hr.pay_freeze``), the dismissal or
departure of one person (``hr.dismissal``), the departure of an executive
(``hr.executive_departure``: "Claire Dubois quitte ses fonctions de CEO", "our CFO is leaving",
"départ du DAF"; the profile's people count as executives). A reassurance ("pas de licenciement
prévu", "no layoffs") is still a public commitment on a sensitive subject: it is sent to review
(medium) rather than blocked. "Licenciés" of a sports club, the closure of a website for
maintenance and debt restructuring are not layoffs, nor are cuts told of a competitor ("chez
Brillix, on licencie": see :class:`~.rules.OwnStaffRules`). Inbound posts too (a reply on the
organisation's page spreads it as well).
"""

from __future__ import annotations

from ....models import Category
from ....profile import Profile
from ...lexicon import Rule
from ...matching import PhraseMatcher
from .rules import OwnStaffRules


class Layoffs(OwnStaffRules):
    name = "layoffs"
    version = "1.0"
    categories = (Category.HUMAN_RESOURCES,)
    directions = ("outbound", "inbound")
    description = (
        "Layoffs, job cuts, site closures, restructuring, pay and hiring freezes, dismissals "
        "and executive departures not yet announced."
    )

    PHRASES_REQUIRED = True  # only filters the lexicon's findings (OwnStaffRules)
    #: the rule whose context also holds the profile's people (full name and last name)
    PEOPLE_RULE = "layoffs.executive_departure"

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        rule = next((r for r in self.rules if r.id == self.PEOPLE_RULE), None)
        if rule is None or not profile.people:
            return
        context: list[tuple[str, Rule]] = [(p, r) for r in self.rules for p in r.context]
        for person in profile.people:
            words = person.name.split()
            context.append((person.name, rule))
            if len(words) > 1 and len(words[-1]) >= 3:
                context.append((words[-1], rule))
        self._context = PhraseMatcher(context, on_demand=True)
