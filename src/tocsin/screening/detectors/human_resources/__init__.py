"""Human resources: layoffs and restructuring, salaries, employee health, poaching.

This package is a plug-in: its ``register_detectors`` lists the detectors of the family, one
per module. Their rules are the lexicon ``screening/lexicons/human_resources.toml``, but for the
salaries detector, which is code (a person, an amount and a pay word together).
"""

from __future__ import annotations

from ....hookspecs import hookimpl
from ..base import Detector
from .employee_health import EmployeeHealth
from .layoffs import Layoffs
from .poaching import Poaching
from .salaries import Salaries


@hookimpl
def register_detectors() -> list[type[Detector]]:
    return [Layoffs, Salaries, EmployeeHealth, Poaching]
