"""Personal security of employees: whereabouts, travel, home addresses, family of people.

This package is a plug-in: its ``register_detectors`` lists the detectors of the family, one
per module. Their rules are the lexicon ``screening/lexicons/personal_security.toml`` plus
patterns in code (flight numbers, hotel rooms, airports, street addresses); all of them raise
the severity when one of the profile's people is concerned (:mod:`.exposure`).
"""

from __future__ import annotations

from ....hookspecs import hookimpl
from ..base import Detector
from .family import Family
from .home_address import HomeAddress
from .stays import HotelStay
from .travel import Travel
from .whereabouts import Whereabouts


@hookimpl
def register_detectors() -> list[type[Detector]]:
    return [Whereabouts, Travel, HomeAddress, Family, HotelStay]
