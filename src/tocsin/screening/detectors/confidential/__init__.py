"""Confidential information: the profile's code names and confidentiality markers.

This package is a plug-in: its ``register_detectors`` lists the detectors of the family, one
per module.
"""

from __future__ import annotations

from ....hookspecs import hookimpl
from ..base import Detector
from .confidential_terms import ConfidentialTerms
from .confidentiality_markers import ConfidentialityMarkers, UnreleasedTeaser


@hookimpl
def register_detectors() -> list[type[Detector]]:
    return [ConfidentialTerms, ConfidentialityMarkers, UnreleasedTeaser]
