"""The exact bytes of each element of a JSON array inside an API answer.

The archive keeps every payload exactly as received. An API page carries many items; this finds,
without re-serialising anything, where each element of the array at a given path (``()`` for a
top-level array, ``("data", "children")`` for a Reddit listing) starts and ends in the answer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


def _skip(text: str, pos: int) -> int:
    match = _SPACE.match(text, pos)
    return match.end() if match else pos


def _value_of(text: str, pos: int, key: str) -> int:
    """Where the value of ``key`` starts in the object starting at ``pos``."""
    if text[pos : pos + 1] != "{":
        raise ValueError(f"expected an object with {key!r}")
    pos = _skip(text, pos + 1)
    while text[pos : pos + 1] not in ("}", ""):
        name, end = _DECODER.raw_decode(text, pos)
        pos = _skip(text, end)
        if text[pos : pos + 1] != ":":
            raise ValueError("expected ':'")
        pos = _skip(text, pos + 1)
        if name == key:
            return pos
        _value, end = _DECODER.raw_decode(text, pos)
        pos = _skip(text, end)
        if text[pos : pos + 1] == ",":
            pos = _skip(text, pos + 1)
    raise ValueError(f"no {key!r} in the object")


def array_elements(body: bytes, path: Sequence[str] = ()) -> list[bytes]:
    """The bytes of each element of the array at ``path`` in the JSON ``body``, in order.

    :class:`ValueError` when the body is not JSON of that shape.
    """
    text = body.decode("utf-8")
    pos = _skip(text, 0)
    for key in path:
        pos = _value_of(text, pos, key)
    if text[pos : pos + 1] != "[":
        raise ValueError("expected an array")
    elements: list[bytes] = []
    pos = _skip(text, pos + 1)
    if text[pos : pos + 1] == "]":
        return elements
    while True:
        _value, end = _DECODER.raw_decode(text, pos)
        elements.append(text[pos:end].encode("utf-8"))
        pos = _skip(text, end)
        if text[pos : pos + 1] == ",":
            pos = _skip(text, pos + 1)
        elif text[pos : pos + 1] == "]":
            return elements
        else:
            raise ValueError("expected ',' or ']'")
