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
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, TypeVar

import ahocorasick

from .normalize import (
    SPACE_BYTES,
    NormalizedText,
    _may_be_spaced,
    normalize,
    space_bytes,
    spaced_from_bytes,
)

T = TypeVar("T")

_NON_WORD = re.compile(r"[^\w]|_")
_NON_WORD_RUN = re.compile(r"[\W_]+")
_LONG_NON_WORD_RUN = re.compile(r"[\W_][\W_]+")  # [\W_]{2,}: a class first is faster
#: the same runs in :func:`~tocsin.screening.normalize.space_bytes` (same positions)
_LONG_SPACE_RUN = re.compile(rb"  +")


def spaced(folded: str) -> str:
    """``folded`` with every run of non-word characters (and ``_``) made one space.

    What ``_NON_WORD_RUN.sub(" ", folded)`` gives, three times faster on the usual post: when
    every word character is ASCII (emoji and punctuation are not word characters), each other
    character becomes a space byte in one ``bytes.translate`` and runs are joined by ``split``.
    """
    data = space_bytes(folded)
    if data is None:
        return _NON_WORD_RUN.sub(" ", folded)
    return spaced_from_bytes(data)[1]


@lru_cache(maxsize=1 << 16)
def fold_phrase(phrase: str) -> str:
    """The folded form of a phrase: words separated by single spaces.

    Every lexicon phrase is folded at start-up (tens of thousands, some listed twice): a phrase of
    printable ASCII without single letters to join is its lower case, whose non-word characters
    become spaces in one ``bytes.translate`` (the same words as the general path below).
    """
    if phrase.isascii() and phrase.isprintable():
        low = phrase.lower()
        if not _may_be_spaced(low):  # what normalize() folds it to: its lower case
            return b" ".join(low.encode("ascii").translate(SPACE_BYTES).split()).decode("ascii")
    return " ".join(_NON_WORD.sub(" ", normalize(phrase, view=False).folded).split())


class SpacedText:
    """The folded text with every run of non-word characters made one space.

    ``text`` is what matchers search; :meth:`to_folded` maps a span of it back to the folded
    text. The map is built only when first needed (most posts have no match at all).
    """

    __slots__ = ("text", "_folded", "_after", "_shift", "_words", "_data")

    def __init__(self, folded: str, space: tuple[bytes, str] | None = None) -> None:
        """``space``: ``folded``'s :func:`~tocsin.screening.normalize.space_bytes` and spaced
        text, when already made (see :attr:`NormalizedText.space`)."""
        self._folded = folded
        self._data: bytes | None = None
        if space is None:
            self.text = spaced(folded)
        else:
            self._data, self.text = space
        self._after: list[int] | None = None
        self._shift: list[int] = []
        self._words: list[str] | None = None

    @property
    def words(self) -> list[str]:
        """The words of ``text`` (split once, shared by the detectors that look words up)."""
        if self._words is None:
            self._words = self.text.split()
        return self._words

    def to_folded(self, start: int, end: int) -> tuple[int, int]:
        if len(self.text) == len(self._folded):  # each run was one character: same positions
            return start, end
        if self._after is None:
            # Only runs of two characters or more shift what follows them: for each, the first
            # spaced position after it and the folded characters dropped up to there.
            after: list[int] = []
            shift: list[int] = []
            dropped = 0
            runs = (
                _LONG_NON_WORD_RUN.finditer(self._folded)
                if self._data is None
                else _LONG_SPACE_RUN.finditer(self._data)
            )
            for m in runs:
                after.append(m.start() - dropped + 1)
                dropped += m.end() - m.start() - 1
                shift.append(dropped)
            self._after, self._shift = after, shift
        return self._position(start), self._position(end - 1) + 1

    def _position(self, spaced: int) -> int:
        """The folded index of a spaced index (a collapsed run maps to its first character)."""
        k = bisect_right(self._after, spaced) if self._after else 0
        return spaced + (self._shift[k - 1] if k else 0)


def spaced_text(norm: NormalizedText) -> SpacedText:
    """The spaced form of a post's folded text, computed once and shared by every matcher."""
    if norm.spaced is None:
        norm.spaced = SpacedText(norm.folded, norm.space)
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

    def __init__(
        self, phrases: Mapping[str, T] | Iterable[tuple[str, T]], *, on_demand: bool = False
    ) -> None:
        """``on_demand``: a matcher consulted only after another one found something (context
        words, exceptions); it stays out of the engine's shared pass, which it would slow down
        with common words, and walks the text itself when asked."""
        self.on_demand = on_demand
        items = phrases.items() if isinstance(phrases, Mapping) else phrases
        by_key: dict[str, list[tuple[str, T, bool]]] = {}
        for phrase, payload in items:
            stripped = phrase.strip()
            prefix = stripped.endswith("*")
            key = fold_phrase(stripped.rstrip("*"))
            if key:
                by_key.setdefault(key, []).append((phrase, payload, prefix))
        #: folded key -> what the automaton stores for it (also used by :class:`SharedPass`)
        self.keys: dict[str, tuple[int, tuple[tuple[str, T, bool], ...]]] = {
            key: (len(key), tuple(entries)) for key, entries in by_key.items()
        }
        self.size = len(by_key)
        #: built on the first post this matcher walks itself (see :meth:`_walker`): the engine's
        #: shared pass finds the phrases of most matchers, which then never walk a text
        self._automaton: Any = None

    def __bool__(self) -> bool:
        return self.size > 0

    def _walker(self) -> Any:
        """The automaton of the phrases, built once on first use (by whichever thread: a race
        builds two identical ones, and either is kept)."""
        automaton = self._automaton
        if automaton is None:
            automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
            for key, value in self.keys.items():
                automaton.add_word(key, value)
            automaton.make_automaton()
            self._automaton = automaton
        return automaton

    def find(self, norm: NormalizedText) -> Iterator[PhraseMatch[T]]:
        """Every whole-word occurrence of every phrase, in order of end position."""
        hits = self.spaced_hits(norm)
        if not hits:
            return
        spaced = spaced_text(norm)
        to_folded, to_original = spaced.to_folded, norm.to_original
        for start, end, phrase, payload in hits:
            s, e = to_original(*to_folded(start, end))
            yield PhraseMatch(s, e, phrase, payload, start, end)

    def spaced_hits(self, norm: NormalizedText) -> list[tuple[int, int, str, T]]:
        """What :meth:`find` finds, as ``(fstart, fend, phrase, payload)`` in the spaced folded
        text only: proximity tests (context and exception words) need no span in the original
        text, whose mapping costs more than the search on a post full of common words."""
        if not self.size:
            return []
        shared = norm.shared
        if shared is not None and id(self) in shared[0]:
            raw: Iterable[Any] = shared[1].get(id(self), ())  # found by the engine's single pass
            if not raw:
                return []
            text = spaced_text(norm).text
        else:
            text = spaced_text(norm).text
            raw = self._walker().iter(text)
        n = len(text)
        out: list[tuple[int, int, str, T]] = []
        for end_index, (key_len, entries) in raw:
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
                out.append((start, word_end, phrase, payload))
        return out

    def find_all(self, norm: NormalizedText) -> list[PhraseMatch[T]]:
        shared = norm.shared
        if shared is not None and id(self) in shared[0] and id(self) not in shared[1]:
            return []  # the engine's pass found nothing for this matcher
        return list(self.find(norm))

    def found_in(self, norm: NormalizedText) -> bool:
        """True when one of the phrases is in the post: the cheap test before costlier work (a
        dictionary look-up when the engine's shared pass covered this matcher)."""
        shared = norm.shared
        if shared is not None and id(self) in shared[0]:
            return id(self) in shared[1]
        return bool(self.spaced_hits(norm))


def near(a: PhraseMatch[Any], b: PhraseMatch[Any], chars: int) -> bool:
    """True when two matches are at most ``chars`` folded characters apart."""
    if a.fend <= b.fstart:
        return b.fstart - a.fend <= chars
    if b.fend <= a.fstart:
        return a.fstart - b.fend <= chars
    return True


class SharedPass:
    """One automaton pass for many phrase matchers.

    The engine gathers the :class:`PhraseMatcher` objects of its detectors and runs this pass
    once per post; each matcher's :meth:`PhraseMatcher.find` then reads its own hits instead of
    walking the text again. Results are identical to separate passes.

    Most posts hold none of the phrases: a first, cheaper pass looks for their words in the folded
    text, and the spaced text (and the full pass) is made only for a post holding every long word
    of some phrase. A word of the spaced text is a word of the folded text (only runs of non-word
    characters differ), so this skips no phrase. When the words are common (the lexicons of the
    whole gate), most posts pass the first test: it then turns itself off, after a few dozen posts
    when it spares almost none, after a few hundred when it spares less than half.

    Phrases match whole words only: each key is stored with a space before it and the pass walks
    the spaced text with a space before it, so the automaton reports no key found inside a longer
    word ("art" in "partage"), in the same order as before (by end, the longest first).
    """

    #: posts after which the word test is kept only if it spared at least half of them
    TRIAL = 512
    #: posts after which it is kept only if it spared at least a quarter of them
    FIRST_LOOK = 64

    def __init__(self, matchers: Iterable[PhraseMatcher[Any]]) -> None:
        matchers = [m for m in matchers if m.size and not m.on_demand]
        self._uids = frozenset(id(m) for m in matchers)
        combined: dict[str, list[tuple[int, Any]]] = {}
        for m in matchers:
            for key, value in m.keys.items():
                combined.setdefault(key, []).append((id(m), value))
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
        for key, targets in combined.items():
            # whether some phrase of this key ends with "*" (may continue into a longer word)
            prefixed = any(p for _, (_, entries) in targets for _, _, p in entries)
            self._automaton.add_word(f" {key}", (tuple(targets), prefixed))
        if combined:
            self._automaton.make_automaton()
        self.size = len(combined)
        self._needs: dict[str, list[frozenset[str]]] = {}  # word -> the word sets needing it
        for key in combined:
            words = key.split()
            needed = frozenset(w for w in words if len(w) >= 3) or frozenset({max(words, key=len)})
            for word in needed:
                self._needs.setdefault(word, []).append(needed)
        self._words: Any = None
        if self._needs:
            self._words = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
            for word in self._needs:
                self._words.add_word(word, word)
            self._words.make_automaton()
        self._tried = self._spared = 0

    def covers(self, matcher: PhraseMatcher[Any]) -> bool:
        """True when this pass finds ``matcher``'s phrases (its hits are then on each post)."""
        return id(matcher) in self._uids

    def _may_hold_a_phrase(self, folded: str) -> bool:
        """False when ``folded`` lacks a word of every phrase (then no phrase can match)."""
        hits = self._words.iter(folded)
        first = next(hits, None)
        if first is None:
            return False  # most posts: not one word of a phrase
        found = {first[1], *(word for _, word in hits)}
        for word in found:
            for needed in self._needs[word]:
                if needed <= found:
                    return True
        return False

    def run(self, norm: NormalizedText) -> None:
        """Find every phrase of every matcher in ``norm`` and leave the hits on it."""
        hits: dict[int, list[tuple[int, Any]]] = {}
        if self._words is not None:
            tried = self._tried
            if (tried == self.TRIAL and 2 * self._spared < tried) or (
                tried == self.FIRST_LOOK and 4 * self._spared < tried
            ):
                self._words = None  # the words are too common: the test costs more than it spares
            else:
                self._tried += 1
                if not self._may_hold_a_phrase(norm.folded):
                    self._spared += 1
                    norm.shared = (self._uids, hits)
                    return
        text = spaced_text(norm).text
        if self.size:
            # a space before the text and each key: no hit starts inside a word
            n = len(text)
            for padded_end, (targets, prefixed) in self._automaton.iter(f" {text}"):
                end_index = padded_end - 1
                if not prefixed and padded_end < n and text[padded_end].isalnum():
                    continue  # glued to a longer word, and no phrase of it may continue
                for uid, value in targets:
                    found = hits.get(uid)
                    if found is None:
                        hits[uid] = [(end_index, value)]
                    else:
                        found.append((end_index, value))
        norm.shared = (self._uids, hits)


def phrase_matchers(obj: object) -> list[PhraseMatcher[Any]]:
    """The phrase matchers an object holds as attributes (its own and its class's)."""
    found: dict[int, PhraseMatcher[Any]] = {}
    sources: list[Mapping[str, Any]] = [vars(obj)] if hasattr(obj, "__dict__") else []
    sources += [vars(cls) for cls in type(obj).__mro__]
    for source in sources:
        for value in source.values():
            if isinstance(value, PhraseMatcher):
                found[id(value)] = value
    return list(found.values())


class SpanIndex(Generic[T]):
    """Items with a span ``(start, end, item)``, searchable by proximity in logarithmic time.

    A megabyte post may hold thousands of cue words and thousands of names: comparing every pair
    would be quadratic. Sorted by end, the candidates near a span are a slice found by bisection.
    """

    __slots__ = ("_items", "_ends", "_longest")

    def __init__(self, items: Iterable[tuple[int, int, T]]) -> None:
        self._items = sorted(items, key=lambda item: item[1])
        self._ends = [end for _, end, _ in self._items]
        self._longest = max((end - start for start, end, _ in self._items), default=0)

    def __bool__(self) -> bool:
        return bool(self._items)

    def nearest(self, start: int, end: int, window: int) -> T | None:
        """The item closest to ``start:end`` with at most ``window`` characters between them."""
        best: tuple[int, T] | None = None
        for i in range(bisect_left(self._ends, start - window), len(self._items)):
            s, e, item = self._items[i]
            if e - self._longest > end + window:
                break
            gap = max(s - end, start - e, 0)
            if gap <= window and (best is None or gap < best[0]):
                best = (gap, item)
                if gap == 0:
                    break
        return best[1] if best is not None else None

    def has_near(self, start: int, end: int, window: int) -> bool:
        return self.nearest(start, end, window) is not None


def match_index(matches: Iterable[PhraseMatch[T]]) -> SpanIndex[PhraseMatch[T]]:
    """Phrase matches indexed by their position in the spaced folded text."""
    return SpanIndex((m.fstart, m.fend, m) for m in matches)
