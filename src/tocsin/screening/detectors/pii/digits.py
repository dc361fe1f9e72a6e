"""Digits in a post: a cheap count (the prefilter of every number detector) and masking.

``count_digits`` works on the folded text, where full-width and other Unicode digits are already
ASCII; it costs well under a microsecond on a short post, so a detector that needs, say, nine
digits skips most posts before running any regular expression.
"""

from __future__ import annotations

import re

_ASCII_DIGITS = b"0123456789"
_NOT_A_DIGIT = re.compile(r"[^0-9]+")


def count_digits(folded: str) -> int:
    """How many ASCII digits ``folded`` holds.

    Half a dozen detectors ask it of the same post one after the other: the last answer is kept
    with the very text it is about (compared by identity, and held, so never mistaken for
    another text).
    """
    global _last
    last = _last
    if last[0] is folded:
        return last[1]
    raw = folded.encode("utf-8", "surrogatepass")
    count = len(raw) - len(raw.translate(None, _ASCII_DIGITS))
    _last = (folded, count)
    return count


_last: tuple[str, int] = ("", 0)


def only_digits(text: str) -> str:
    """The ASCII digits of ``text``, in order."""
    return _NOT_A_DIGIT.sub("", text)


def mask_digits(text: str, keep_start: int, keep_end: int) -> str:
    """Replace every digit by ``*`` but the first ``keep_start`` and last ``keep_end`` ones.

    Separators stay where they were: ``06 12 34 56 78`` -> ``06 ** ** ** 78``.
    """
    total = sum(1 for ch in text if "0" <= ch <= "9")
    out: list[str] = []
    seen = 0
    for ch in text:
        if "0" <= ch <= "9":
            seen += 1
            out.append(ch if seen <= keep_start or seen > total - keep_end else "*")
        else:
            out.append(ch)
    return "".join(out)
