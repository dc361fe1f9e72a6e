"""A test that most names pass in one Aho-Corasick pass: "no reading of it can match a target".

:meth:`NameIndex.match <tocsin.brand.lookalikes.NameIndex.match>` reads a name in up to eight ways
(skeleton, case, leetspeak, digits dropped, digraphs, affixes peeled, one edit), which costs tens of
Python operations; nearly every name in a stream (people, ordinary domains) matches nothing.
:class:`Prefilter` answers first, exactly: when it says a name cannot match, the full reading would
have found nothing; when it cannot tell, the full reading runs.

How. Every reading of a name made of letters, digits and separators is a string homomorphism away
from it, and :func:`coarse` merges what those readings merge: case, separators (dropped), leetspeak
and the skeleton's digits (0 o, 1 i l, 3 e, 4 a, 5 s, 7 t, 8 b, 9 g), and the drawings of one letter
by two (m rn nn, w vv, d cl; so r and n are one). So ``coarse(reading) == coarse(name)`` for every
reading, and a reading holding a target's key means ``coarse(name)`` holds ``coarse(key)``. Typos
are caught through the ends of the name: one edit of a target of *n* letters keeps its first
⌈(n-1)/2⌉ letters at the start or its last ⌊(n-1)/2⌋ at the end, unless an affix was peeled first,
and then the name starts or ends with that affix. The anchors, built once per profile:

- anywhere: ``coarse`` of every target's key (exact readings);
- at the start or end (``^``, ``$`` below): each target's plain name as the whole name (a leetspeak,
  digraph or digits reading of it), the first and last letters above of every target long enough for
  typos, and every affix.

The name is searched as ``^coarse(name)$`` and, when it ends with digits or separators, as
``^coarse(name without them)$`` too (the "digits" reading, whose end is elsewhere). Names with other
characters (non-ASCII, ``@``, ``$``, ``!``: read differently by different readings) are not
filtered.
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick

from .keys import LEET, fold

#: marks the start and the end of a name in the searched text (no reading holds them)
START, END = "\x02", "\x03"

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_DIGITS = "0123456789"


def _separators() -> str:
    """ASCII characters every reading drops: folded to nothing, and not leetspeak."""
    return "".join(
        chr(c)
        for c in range(128)
        if not chr(c).isalnum() and fold(chr(c)) == "" and chr(c).translate(LEET) == chr(c)
    )


SEPARATORS = _separators()

# One letter per class, after lower case: the merged letters and digits, two letters for one.
_CLASS = {"i": "l", "r": "n", "0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t"}
_CLASS |= {"8": "b", "9": "g"}
_WIDE = {"m": "nn", "w": "vv", "d": "cl"}


def coarse(text: str) -> str:
    """``text`` with case, separators, leetspeak and lookalike letters merged (see the module)."""
    out = []
    for c in text.lower():
        if c in SEPARATORS:
            continue
        c = _CLASS.get(c, c)
        out.append(_WIDE.get(c, c))
    return "".join(out)


def _marking_table() -> bytes:
    """Bytes of a name to :func:`coarse`, but digits in upper case (to find a trailing number),
    and characters the readings treat differently (``@``, ``$``, ``!``...) as NUL."""
    table = bytearray(256)  # NUL by default
    for c in _LETTERS + _LETTERS.upper():
        table[ord(c)] = ord(_CLASS.get(c.lower(), c.lower()))
    for c in _DIGITS:
        table[ord(c)] = ord(_CLASS.get(c, c).upper())
    return bytes(table)


_MARKING = _marking_table()
_SEPARATOR_BYTES = SEPARATORS.encode()
#: digits, as marked
_MARKS = "".join(_CLASS.get(c, c).upper() for c in _DIGITS)
_MARK_BYTES = frozenset(_MARKS.encode())


class Prefilter:
    """The anchors of a profile's targets; :meth:`may_match` tells the names worth reading."""

    EXACT = 0  # an anchor of exact readings
    TYPO = 1  # an anchor of the typo readings (edits=True only)

    def __init__(
        self,
        keys: Iterable[str],
        plains: Iterable[str],
        edit_plains: Iterable[str],
        affixes: Iterable[str],
    ) -> None:
        """``keys``: targets' keys; ``plains``: their plain names; ``edit_plains``: the plain names
        searched one edit away; ``affixes``: the affixes peeled from plain names."""
        anchors: dict[str, int] = {}

        def add(anchor: str, kind: int) -> None:
            anchors[anchor] = min(kind, anchors.get(anchor, kind))

        for key in keys:
            add(coarse(key), self.EXACT)
        for plain in plains:
            add(START + coarse(plain) + END, self.TYPO)
        for plain in edit_plains:
            n = len(plain)
            head = (n - 1) // 2 + (n - 1) % 2  # ⌈(n-1)/2⌉
            add(START + coarse(plain[:head]), self.TYPO)
            add(coarse(plain[n - (n - 1 - head) :]) + END, self.TYPO)
        for affix in affixes:
            add(START + coarse(affix), self.TYPO)
            add(coarse(affix) + END, self.TYPO)
        self._automaton = ahocorasick.Automaton()
        for anchor, kind in anchors.items():
            # (an empty anchor, were a key made of separators, matches every name: START does)
            self._automaton.add_word(anchor or START, kind)
        self._empty = not anchors
        if anchors:
            self._automaton.make_automaton()

    def may_match(self, name: str, *, edits: bool) -> bool:
        """False when no reading of ``name`` can match a target (True: read it in full)."""
        if self._empty:
            return False
        if not name.isascii():
            return True
        marked = name.encode().translate(_MARKING, _SEPARATOR_BYTES)
        if 0 in marked:  # characters the readings treat differently
            return True
        marked = marked.replace(b"m", b"nn").replace(b"w", b"vv").replace(b"d", b"cl")
        text = marked.decode()
        searched = START + text.lower() + END
        if marked and marked[-1] in _MARK_BYTES:  # and without its trailing number
            searched += START + text.rstrip(_MARKS).lower() + END
        return any(edits or kind == self.EXACT for _end, kind in self._automaton.iter(searched))
