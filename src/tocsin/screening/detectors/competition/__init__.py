"""Competition: disparaging or defamatory statements about the profile's competitors.

This package is a plug-in: its ``register_detectors`` lists the detectors of the family, one
per module. The negative words are the lexicon ``screening/lexicons/competition.toml``; the
competitors come from the profile.
"""

from __future__ import annotations

from ....hookspecs import hookimpl
from ..base import Detector
from .competitor_disparagement import CompetitorDisparagement


@hookimpl
def register_detectors() -> list[type[Detector]]:
    return [CompetitorDisparagement]
