"""Reputation: insults, contempt, profanity, unrealistic promises, internal chatter posted publicly,
public complaints received.

This package is a plug-in: its ``register_detectors`` lists the detectors of the family, one
per module. Their rules are the lexicon ``screening/lexicons/reputation.toml``.
"""

from __future__ import annotations

from ....hookspecs import hookimpl
from ..base import Detector
from .complaints import Complaints
from .insults import Insults
from .internal_chatter import InternalChatter
from .profanity import Profanity
from .shapes import ReputationShapes
from .unrealistic_promises import UnrealisticPromises


@hookimpl
def register_detectors() -> list[type[Detector]]:
    return [Profanity, Insults, UnrealisticPromises, InternalChatter, Complaints, ReputationShapes]
