"""Unicode TR39 confusable skeletons, from the ``confusables.txt`` table shipped with the package.

``skeleton(s)`` is NFD, then every character replaced by its prototype, then NFD again (UTS #39,
section 4): two strings are confusable when their skeletons are equal. "lumіo" (Cyrillic і),
"ｌｕｍｉｏ" (full-width) and "lurnio" ("rn" for "m") all have the skeleton of "lumio".
Default-ignorable characters (zero-width spaces and joiners, soft hyphen, bidi controls) are
removed first.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib.resources import files

#: default-ignorable characters an attacker slips into a name; they are deleted
IGNORABLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u200b\u200c\u200d"
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067"
    "\u2068\u2069\ufeff"
) + "".join(chr(c) for c in range(0xFE00, 0xFE10))


@cache
def table() -> dict[int, str]:
    """The prototype of every confusable code point (``str.translate`` table)."""
    text = files("tocsin.brand").joinpath("data", "confusables.tsv").read_text(encoding="utf-8")
    out: dict[int, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        source, prototype = line.split("\t")
        out[int(source, 16)] = "".join(chr(int(cp, 16)) for cp in prototype.split())
    for ch in IGNORABLE:
        out[ord(ch)] = ""
    return out


def skeleton(text: str) -> str:
    """The TR39 skeleton of ``text``."""
    if text.isascii():  # fast path: no NFD needed (ASCII is already in NFD)
        return text.translate(table())
    return unicodedata.normalize("NFD", unicodedata.normalize("NFD", text).translate(table()))
