"""Masked excerpts for secrets: enough to recognise a value, never enough to use it.

Findings travel to queues, alerts and exports; a key, password or capability link must not
travel with them. ``AKIAABCDEFGH12349986`` becomes ``AKIA…9986``, ``Lumio2026!`` becomes
``L****``, and the identifier of a shared-document link keeps its first four characters.
"""

from __future__ import annotations

import re

ELLIPSIS = "…"

#: an identifier inside a link (document id, share key): 8+ characters with a digit
_LINK_ID = re.compile(r"[A-Za-z0-9_\-!]{8,}")


def mask_token(value: str, keep: int) -> str:
    """``value[:keep]`` (its documented prefix), an ellipsis and the last four characters.

    The tail is shortened for short values so that at most a third of the secret shows.
    """
    body = value[keep:]
    tail = 4 if len(body) >= 16 else max(0, len(body) // 4)
    return value[:keep] + ELLIPSIS + (body[-tail:] if tail else "")


def mask_password(value: str) -> str:
    """The first character and a fixed-length run of stars: the length does not show."""
    return value[:1] + "****"


def mask_link(url: str) -> str:
    """A link with every identifier cut to its first four characters (``1AbC…``).

    An identifier is a run of eight or more characters with a digit or a capital inside a word
    in it; words ("sharing", "Lampe-Opale") stay readable.
    """
    return _LINK_ID.sub(_cut_identifier, url)


def _cut_identifier(match: re.Match[str]) -> str:
    part = match.group(0)
    inner_capital = any(b.isupper() and a.isalpha() for a, b in zip(part, part[1:], strict=False))
    if inner_capital or any(c.isdigit() for c in part):
        return part[:4] + ELLIPSIS
    return part
