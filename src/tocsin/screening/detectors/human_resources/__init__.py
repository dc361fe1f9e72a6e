"""Human resources: layoffs, salaries, employee health, poaching.

This package is a plug-in: its ``register_detectors`` lists the detectors of the family, one
per module.
"""

from __future__ import annotations

from ....hookspecs import hookimpl
from ..base import Detector


@hookimpl
def register_detectors() -> list[type[Detector]]:
    return []
