"""Keys one typing mistake away, found by deletions (SymSpell) and named after dnstwist's families.

:class:`EditIndex` stores, for every target key, the key and each string obtained by deleting one
character; a candidate is within one edit (insertion, deletion, substitution, adjacent
transposition) of a target when the two sets meet, which costs one dictionary look-up per
character of the candidate whatever the number of targets. :func:`edit_family` names the edit:
addition, omission, repetition, insertion, transposition, vowel-swap, bitsquatting, replacement.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from rapidfuzz.distance import OSA

T = TypeVar("T")

VOWELS = frozenset("aeiouy")


def deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


class EditIndex(Generic[T]):
    """Targets by key, searchable for keys at exactly one edit."""

    def __init__(self, targets: Iterable[tuple[str, T]], *, min_length: int) -> None:
        if min_length < 5:
            raise ValueError("one-edit search needs keys of five characters or more")
        self.min_length = min_length
        self._keys: dict[str, list[T]] = {}
        self._deleted: dict[str, set[str]] = {}
        # One edit leaves the first two or the last two characters of a key of five or more in
        # place: a candidate sharing neither (at a length one edit away) is not looked up at all.
        self._heads: set[tuple[str, int]] = set()
        self._tails: set[tuple[str, int]] = set()
        for key, payload in targets:
            if len(key) < min_length:
                continue
            self._keys.setdefault(key, []).append(payload)
            for n in (len(key) - 1, len(key), len(key) + 1):
                self._heads.add((key[:2], n))
                self._tails.add((key[-2:], n))
            for d in deletions(key) | {key}:
                self._deleted.setdefault(d, set()).add(key)

    def may_be_near(self, candidate: str) -> bool:
        """False when no key can be one edit away (same first two or last two characters)."""
        n = len(candidate)
        return (candidate[:2], n) in self._heads or (candidate[-2:], n) in self._tails

    def near(self, candidate: str) -> list[tuple[str, T]]:
        """Targets exactly one edit away from ``candidate`` (never the candidate itself)."""
        n = len(candidate)
        if n < self.min_length - 1 or not self._keys:
            return []
        if not self.may_be_near(candidate):
            return []
        deleted = self._deleted
        found: set[str] = set()
        for probe in (candidate, *deletions(candidate)):
            hit = deleted.get(probe)
            if hit is not None:
                found |= hit
        found.discard(candidate)
        if not found:
            return []
        return [
            (key, payload)
            for key in sorted(found)
            if OSA.distance(candidate, key) == 1
            for payload in self._keys[key]
        ]


def edit_family(candidate: str, target: str) -> str:
    """The typo family turning ``target`` into ``candidate`` (they are one edit apart)."""
    if len(candidate) == len(target) + 1:
        i = next((k for k in range(len(target)) if candidate[k] != target[k]), len(target))
        added = candidate[i]
        if i == len(target):
            return "repetition" if target and added == target[-1] else "addition"
        if (i > 0 and candidate[i - 1] == added) or added == target[i]:
            return "repetition"
        return "insertion"
    if len(candidate) + 1 == len(target):
        return "omission"
    diff = [k for k in range(len(target)) if candidate[k] != target[k]]
    if len(diff) == 2:
        return "transposition"
    a, b = candidate[diff[0]], target[diff[0]]
    if a in VOWELS and b in VOWELS:
        return "vowel-swap"
    if bin(ord(a) ^ ord(b)).count("1") == 1:
        return "bitsquatting"
    return "replacement"
