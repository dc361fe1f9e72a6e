"""Values that only look like secrets: documentation placeholders and published examples.

A tutorial writes ``ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`` or ``sk-0123456789abcdef…``; AWS
documents ``AKIAIOSFODNN7EXAMPLE``. The first kind is no secret at all (no finding); the second
is a real, published example value (a low-severity finding saying so).
"""

from __future__ import annotations

from enum import Enum


class Lookalike(Enum):
    PLACEHOLDER = "placeholder"  # filler: xxxx, 0000, abcdefgh, <your-key>
    EXAMPLE = "example"  # a documented example value (contains EXAMPLE)


PLACEHOLDER_WORDS = ("your", "votre", "redacted", "placeholder", "dummy", "changeme", "replace")
PLACEHOLDER_STARTS = ("<", "{", "$", "[", "%(", "*")


def lookalike(body: str) -> Lookalike | None:
    """Whether the random part of a token is filler or a documented example."""
    low = body.lower()
    if "example" in low:
        return Lookalike.EXAMPLE
    if body.startswith(PLACEHOLDER_STARTS) or any(w in low for w in PLACEHOLDER_WORDS):
        return Lookalike.PLACEHOLDER
    if len(body) >= 8 and (len(set(low)) < 5 or _longest_run(low) >= 6 or _ascending(low)):
        return Lookalike.PLACEHOLDER
    return None


def _longest_run(text: str) -> int:
    best = run = 1
    for a, b in zip(text, text[1:], strict=False):
        run = run + 1 if a == b else 1
        best = max(best, run)
    return best


def _ascending(text: str) -> bool:
    """True when half the characters follow their predecessor (``abcdef``, ``123456``)."""
    steps = sum(1 for a, b in zip(text, text[1:], strict=False) if ord(b) - ord(a) == 1)
    return steps * 2 >= len(text)
