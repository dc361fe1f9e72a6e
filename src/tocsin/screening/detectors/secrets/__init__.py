"""Secrets and internal resources (data_leak): keys, tokens, passwords, hosts, documents.

This package is a plug-in: its ``register_detectors`` lists the detectors of the family, one
per module. Shared data and small pieces live beside them: ``token_formats`` (the documented key
formats), ``placeholders`` (documentation filler and published examples), ``masking`` (excerpts).
"""

from __future__ import annotations

from ....hookspecs import hookimpl
from ..base import Detector
from .code_request import OneTimeCodeRequest
from .high_entropy import HighEntropy
from .internal_hosts import InternalHost
from .keys_and_tokens import KeysAndTokens
from .passwords import Password
from .shared_documents import SharedDocument


@hookimpl
def register_detectors() -> list[type[Detector]]:
    return [KeysAndTokens, Password, HighEntropy, InternalHost, SharedDocument, OneTimeCodeRequest]
