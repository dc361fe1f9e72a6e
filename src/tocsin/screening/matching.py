"""Shared matching machinery for detectors: phrase lexicons and context windows.

:class:`PhraseMatcher` compiles any number of phrases into one Aho-Corasick automaton over the
folded text (see :mod:`tocsin.screening.normalize`): case, accents, lookalike letters, invisible
characters, hashtags and punctuation between words do not matter, and phrases match whole words
only. A phrase ending in ``*`` matches any word continuing it ("licenci*" finds "licenciement",
"licenciements", "licencier"). Spans are reported in the original text. The cost per post is linear
in its length whatever the number of phrases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import ahocorasick

from .normalize import NormalizedText, normalize

T = TypeVar("T")

_NON_WORD = re.compile(r"[^\w]|_")


def fold_phrase(phrase: str) -> str:
    """The folded form of a phrase: words separated by single spaces."""
    return " ".join(_NON_WORD.sub(" ", normalize(phrase).folded).split())


def spaced_text(norm: NormalizedText) -> tuple[str, list[int] | None]:
    """The folded text with every non-word character a space and runs of spaces squeezed.

    Returns the text and the map from its positions to ``norm.folded`` positions (None when
    nothing was squeezed). Cached on the NormalizedText, shared by every matcher.
    """
    cached = norm.spaced
    if cached is not None:
        return cached
    folded = norm.folded
    spaced = folded if folded.isalnum() else _NON_WORD.sub(" ", folded)
    if "  " not in spaced:
        norm.spaced = (spaced, None)
        return norm.spaced
    out: list[str] = []
    index: list[int] = []
    previous_space = False
    for i, ch in enumerate(spaced):
        if ch == " " and previous_space:
            continue
        previous_space = ch == " "
        out.append(ch)
        index.append(i)
    norm.spaced = ("".join(out), index)
    return norm.spaced


@dataclass(frozen=True, slots=True)
class PhraseMatch(Generic[T]):
    """A phrase found in a post: span in the original text, the phrase as listed, its payload."""

    start: int
    end: int
    phrase: str
    payload: T
    # span in the spaced folded text, for proximity checks between matches
    fstart: int
    fend: int


class PhraseMatcher(Generic[T]):
    """Many phrases, one automaton. ``phrases`` maps each phrase to a payload (a rule, a term)."""

    def __init__(self, phrases: Mapping[str, T] | Iterable[tuple[str, T]]) -> None:
        items = phrases.items() if isinstance(phrases, Mapping) else phrases
        by_key: dict[str, list[tuple[str, T, bool]]] = {}
        for phrase, payload in items:
            stripped = phrase.strip()
            prefix = stripped.endswith("*")
            key = fold_phrase(stripped.rstrip("*"))
            if key:
                by_key.setdefault(key, []).append((phrase, payload, prefix))
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
        for key, entries in by_key.items():
            self._automaton.add_word(key, (len(key), tuple(entries)))
        self.size = len(by_key)
        if self.size:
            self._automaton.make_automaton()

    def __bool__(self) -> bool:
        return self.size > 0

    def find(self, norm: NormalizedText) -> Iterator[PhraseMatch[T]]:
        """Every whole-word occurrence of every phrase, in order of end position."""
        if not self.size:
            return
        text, squeeze = spaced_text(norm)
        n = len(text)
        for end_index, (key_len, entries) in self._automaton.iter(text):
            end = end_index + 1
            start = end - key_len
            if start > 0 and text[start - 1].isalnum():
                continue
            glued_after = end < n and text[end].isalnum()
            for phrase, payload, prefix in entries:
                if glued_after and not prefix:
                    continue
                word_end = end
                if prefix:
                    while word_end < n and text[word_end].isalnum():
                        word_end += 1
                if squeeze is None:
                    fs, fe = start, word_end
                else:
                    fs, fe = squeeze[start], squeeze[word_end - 1] + 1
                s, e = norm.to_original(fs, fe)
                yield PhraseMatch(s, e, phrase, payload, start, word_end)

    def find_all(self, norm: NormalizedText) -> list[PhraseMatch[T]]:
        return list(self.find(norm))


def near(a: PhraseMatch[Any], b: PhraseMatch[Any], chars: int) -> bool:
    """True when two matches are at most ``chars`` folded characters apart."""
    if a.fend <= b.fstart:
        return b.fstart - a.fend <= chars
    if b.fend <= a.fstart:
        return a.fstart - b.fend <= chars
    return True
