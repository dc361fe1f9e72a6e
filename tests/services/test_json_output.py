"""The JSON the CLI and the API print: compact, UTF-8, and what the standard library would write."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tocsin.services.screening import dumps

VALUES: list[Any] = [
    {"id": 1, "decision": "allow", "language": "fr", "findings": []},
    {"text": "Été à l'hôtel 🎉 \u2028 \x00 \"quoted\" \\ back"},
    {"lone": "\ud800 surrogate"},  # orjson refuses it: the standard library writes it
    {"big": 2**70, "neg": -(2**63) - 1},  # beyond 64 bits: the standard library again
    {"score": 0.95, "zero": 0.0, "tiny": 1e-7, "list": [None, True, False]},
    ["not", "an", "object"],
]


@pytest.mark.parametrize("value", VALUES)
def test_same_json_as_the_standard_library(value: Any) -> None:
    written = dumps(value)
    assert json.loads(written) == value


def test_compact_and_not_ascii_escaped() -> None:
    assert dumps({"a": "é", "b": [1, 2]}) == '{"a":"é","b":[1,2]}'
