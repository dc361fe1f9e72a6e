"""Whole words of a post found by set lookup: the cheap path for short, common trigger words.

Street types ("st", "rue", "place") and first names ("eva", "luc") are short: an automaton reports
them inside every longer word ("est", "lucide") and the per-match overhead dominates. Here the
post's spaced folded text (shared by all matchers) is split once and intersected with the word set
in C; only the words present are then located in the folded text with ``str.find``. A post with
none of them costs a few hundred nanoseconds.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...matching import spaced_text
from ...normalize import NormalizedText


@dataclass(frozen=True, slots=True)
class WordHit:
    """A word found: its span in the original text and in the folded text."""

    start: int
    end: int
    word: str  # folded
    fstart: int
    fend: int


def find_words(norm: NormalizedText, words: frozenset[str]) -> list[WordHit]:
    """Every whole-word occurrence in ``norm`` of the folded ``words``, in text order."""
    present = words.intersection(spaced_text(norm).words)
    if not present:
        return []
    folded = norm.folded
    n = len(folded)
    hits: list[WordHit] = []
    for word in present:
        size = len(word)
        i = folded.find(word)
        while i != -1:
            end = i + size
            if (i == 0 or not folded[i - 1].isalnum()) and (end == n or not folded[end].isalnum()):
                start, stop = norm.to_original(i, end)
                hits.append(WordHit(start, stop, word, i, end))
            i = folded.find(word, i + 1)
    hits.sort(key=lambda h: h.start)
    return hits
