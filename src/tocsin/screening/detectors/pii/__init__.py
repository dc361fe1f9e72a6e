"""Personal data (data_leak): e-mail addresses, phone numbers, bank and identity numbers, addresses.

This package is a plug-in: its ``register_detectors`` lists the detectors of the family, one
per module.
"""

from __future__ import annotations

from ....hookspecs import hookimpl
from ..base import Detector
from .email_address import EmailAddress


@hookimpl
def register_detectors() -> list[type[Detector]]:
    return [EmailAddress]
