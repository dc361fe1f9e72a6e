"""Whereabouts and schedules of people: alone somewhere, an empty home, an absence, a routine.

Rules ``whereabouts.*`` of ``lexicons/personal_security.toml``: "Claire sera seule au bureau ce
soir", "maison vide", "en vacances pour 3 semaines", "quitte le bureau à 19 h". Medium for
anyone, high next to one of the profile's people (see :mod:`.exposure`); where someone is right
now ("Claire est en ce moment au Café des Arts") only for the profile's people. Marketing for
presence simulation ("Maison vide ? Nos lampes simulent votre présence"), closures of shops and
services ("la boutique est en congés jusqu'au 20 août") and advice to the reader are not about
anyone's whereabouts. A public appearance announced by the organisation ("our CEO will speak at
Vivatech on 12 June") is public by design and not flagged.
"""

from __future__ import annotations

from ....models import Category
from .exposure import ExposureRules


class Whereabouts(ExposureRules):
    name = "whereabouts"
    version = "1.0"
    categories = (Category.PERSONAL_SECURITY,)
    description = (
        "Whereabouts and schedules of people: alone somewhere, empty home, absences, routines "
        "(high for the profile's people)."
    )

    #: "est en ce moment au salon de Lyon, venez nous voir" is an invitation unless it is about
    #: one of the profile's people
    PERSON_ONLY_KINDS = frozenset({"whereabouts.location"})
