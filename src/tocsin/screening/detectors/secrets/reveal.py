"""Undo the tricks that hide a key from scanners while keeping its case.

The shared folded text (``ctx.normalized``) lower-cases everything, which destroys keys: "AKIA…"
and "akia…" are not the same token. This view only deletes invisible characters (zero-width
spaces and joiners, soft hyphens, the byte-order mark) and maps full-width ASCII (ＡＫＩＡ) to
ASCII, so that ``ghp_la6M\u200bkXps…`` or ``ＡＫＩＡ…`` are still found. Most posts have none of
these characters and cost one character-class scan.
"""

from __future__ import annotations

import re

_INVISIBLE = frozenset("\u00ad\u034f\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062"
                       "\u2063\u2064\ufeff")
_HIDDEN = re.compile("[" + "".join(sorted(_INVISIBLE)) + "\uff01-\uff5e]")
_FULL_WIDTH_OFFSET = 0xFEE0  # "Ａ" (U+FF21) - "A" (U+0041)


def reveal(text: str) -> tuple[str, list[int] | None]:
    """The text without invisible characters and with ASCII for full-width ASCII.

    Returns the revealed text and, when it differs from ``text``, the map from its positions to
    positions in ``text`` (None means identity).
    """
    if text.isascii() or _HIDDEN.search(text) is None:  # isascii() reads a flag: free
        return text, None
    out: list[str] = []
    index: list[int] = []
    for position, ch in enumerate(text):
        if ch in _INVISIBLE:
            continue
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            ch = chr(code - _FULL_WIDTH_OFFSET)
        out.append(ch)
        index.append(position)
    return "".join(out), index


def original_span(index: list[int] | None, start: int, end: int) -> tuple[int, int]:
    """Map a span of the revealed text back to the original text."""
    if index is None:
        return start, end
    return index[start], index[end - 1] + 1
