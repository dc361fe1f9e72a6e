"""Matching one name (a handle, a display name, a domain label) against the profile's targets.

:class:`NameIndex` holds the targets' keys in a dictionary and a one-edit index; :meth:`NameIndex.
match` reads the name every way an impersonator counts on (:func:`~tocsin.brand.keys.variants`),
strips affixes, and returns the best :class:`Lookalike` with the techniques that explain it
(``homoglyph``, ``case``, ``leetspeak``, ``digits``, ``separators``, ``affix``, an edit family, or
``same-name`` when the name is the target's, unchanged, on an account that is not official).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from .edits import EditIndex, edit_family
from .keys import LEET, AffixStripper, simple, variants
from .prefilter import Prefilter
from .targets import MIN_EDIT_LENGTH, Target

#: confidence per technique; a lookalike's score is that of its strongest technique
TECHNIQUE_SCORES = {
    "homoglyph": 0.95,
    "case": 0.95,
    "leetspeak": 0.93,
    "affix": 0.9,
    "separators": 0.85,
    "digits": 0.85,
    "other-instance": 0.9,
    "addition": 0.82,
    "omission": 0.82,
    "repetition": 0.85,
    "insertion": 0.82,
    "transposition": 0.85,
    "vowel-swap": 0.8,
    "bitsquatting": 0.8,
    "replacement": 0.8,
    "same-name": 0.7,
}


#: letter pairs drawn like one letter (their one-edit typos are searched too)
_DIGRAPH_LETTERS = {"rn": "m", "nn": "m", "vv": "w", "cl": "d"}
_DIGRAPHS = re.compile("|".join(_DIGRAPH_LETTERS))


@dataclass(frozen=True, slots=True)
class Lookalike:
    value: str  # the name as found
    target: Target
    techniques: tuple[str, ...]
    affixes: str = ""

    @property
    def score(self) -> float:
        return max(TECHNIQUE_SCORES.get(t, 0.8) for t in self.techniques)


def _reading(reading: str, value: str, target: Target) -> str | None:
    """The technique a reading of ``value`` shows (None: the target's name as it is written)."""
    if reading != "plain":
        return reading
    if not value.isascii():
        return "homoglyph"
    if target.plain in simple(value):
        return None
    return "leetspeak" if any(c.isdigit() for c in value) else "homoglyph"


class NameIndex:
    """The targets, searchable by any reading of a name."""

    def __init__(
        self, targets: Iterable[Target], affixes: tuple[str, ...], *, edits: bool = True
    ) -> None:
        self.targets = list(targets)
        self._exact: dict[str, list[Target]] = {}
        self._automaton = ahocorasick.Automaton()
        for t in self.targets:
            self._exact.setdefault(t.key, []).append(t)
            self._automaton.add_word(t.key, t.key)
        if self.targets:
            self._automaton.make_automaton()
        long_enough = [(t.key, t) for t in self.targets if len(t.plain) >= MIN_EDIT_LENGTH]
        self._edits: EditIndex[Target] | None = (
            EditIndex(long_enough, min_length=MIN_EDIT_LENGTH) if edits else None
        )
        self.stripper = AffixStripper(affixes)
        # Typos are counted on the name as typed too: a skeleton turns "m" into "rn", which
        # would make "luiio" two edits away from "lumio".
        self._plain_edits: EditIndex[Target] | None = (
            EditIndex(
                [(t.plain, t) for t in self.targets if len(t.plain) >= MIN_EDIT_LENGTH],
                min_length=MIN_EDIT_LENGTH,
            )
            if edits
            else None
        )
        self.plain_stripper = AffixStripper(affixes, simple)
        self._plain_exact = {t.plain: t for t in reversed(self.targets)}
        self.prefilter = Prefilter(
            self._exact,
            self._plain_exact,
            [t.plain for t in self.targets if len(t.plain) >= MIN_EDIT_LENGTH] if edits else [],
            self.plain_stripper.words if edits else [],
        )

    def __bool__(self) -> bool:
        return bool(self.targets)

    def match(self, value: str, *, edits: bool = True) -> Lookalike | None:
        """The strongest lookalike reading of ``value``, or None (``edits``: one-edit typos too).

        Exact readings first; then typos of the name as typed; then typos of its skeleton
        readings, only when the name has characters beyond ASCII (a homoglyph and a typo
        together).
        """
        if not self.targets:
            return None
        name = value.strip().lstrip("@")
        edits = edits and self._edits is not None
        if not self.prefilter.may_match(name, edits=edits):
            return None  # no reading can match (most names: one Aho-Corasick pass)
        keys = variants(name)
        # One Aho-Corasick pass over every reading, joined by spaces (no key nor target holds
        # one): only the readings holding a target's key are peeled of their affixes.
        joined = " ".join([key for _reading, key in keys])
        holding = {joined.count(" ", 0, end) for end, _key in self._automaton.iter(joined)}
        if holding:
            readings = [reading for i, reading in enumerate(keys) if i in holding]
            found = self._exact_reading(value, readings)
            if found is not None:
                return found
        if not edits:
            return None
        found = self._typo_as_typed(value, simple(name))
        if found is not None or value.isascii():
            return found
        return self._typo_of_skeleton(value, keys)

    def _exact_reading(self, value: str, keys: list[tuple[str, str]]) -> Lookalike | None:
        for reading, key in keys:  # (the readings holding a target's key)
            for core, affixes in self.stripper.cores(key):
                found = self._exact.get(core)
                if not found:
                    continue
                target = found[0]
                techniques = [t for t in (_reading(reading, value, target),) if t]
                if affixes:
                    techniques.append("affix")
                written = value.strip().lstrip("@").lower()
                if not techniques and written not in (target.plain, target.label.lower()):
                    techniques.append("separators")
                return Lookalike(value, target, tuple(techniques or ["same-name"]), affixes)
        return None

    def _typo_as_typed(self, value: str, typed: str) -> Lookalike | None:
        edits = self._plain_edits
        if edits is None or not typed.isascii():
            return None
        tries: list[tuple[str, str | None]] = [(typed, None)]
        if _DIGRAPHS.search(typed):  # "lunnio": nn drawn like m
            tries.append((_DIGRAPHS.sub(lambda m: _DIGRAPH_LETTERS[m.group()], typed), "homoglyph"))
        if not typed.isalpha():
            trimmed = typed.rstrip("0123456789")
            if len(typed) - len(trimmed) <= 2 or trimmed.translate(LEET) != trimmed:
                tries.append((typed.translate(LEET), "leetspeak"))
            if trimmed and trimmed != typed:
                tries.append((trimmed, "digits"))
        exact = self._plain_exact
        for name, extra in tries:
            for core, affixes in self.plain_stripper.cores(name):
                if extra and core in exact:
                    techniques = [extra, "affix"] if affixes else [extra]
                    return Lookalike(value, exact[core], tuple(techniques), affixes)
                if len(core) < MIN_EDIT_LENGTH - 1:
                    continue
                close = edits.near(core)
                if close:
                    target_key, target = close[0]
                    techniques = [t for t in (extra,) if t]
                    techniques.append(edit_family(core, target_key))
                    if affixes:
                        techniques.append("affix")
                    return Lookalike(value, target, tuple(techniques), affixes)
        return None

    def _typo_of_skeleton(self, value: str, keys: list[tuple[str, str]]) -> Lookalike | None:
        assert self._edits is not None
        for reading, key in keys:
            for core, affixes in self.stripper.cores(key):
                if len(core) < MIN_EDIT_LENGTH - 1:
                    continue
                close = self._edits.near(core)
                if close:
                    target_key, target = close[0]
                    techniques = [t for t in (_reading(reading, value, target),) if t]
                    techniques.append(edit_family(core, target_key))
                    if affixes:
                        techniques.append("affix")
                    return Lookalike(value, target, tuple(techniques), affixes)
        return None
