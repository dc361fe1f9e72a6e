"""Text folding for matching: one normalised copy of a post, with a map back to the original.

Folding lowercases, removes accents, maps full-width and mathematical letters and the commonest
Cyrillic and Greek lookalikes to Latin letters, deletes zero-width and other invisible characters,
and joins letters spaced out to dodge filters ("N I G H T J A R", "n.i.g.h.t"). Detectors match on
``folded`` and report spans in the original text with :meth:`NormalizedText.to_original`, so spans
stay correct Python indices whatever the input (emoji, right-to-left text, combining marks).

Most posts take a fast path: one length-preserving ``str.translate`` with no offset map at all.
The translation table also maps every common character to itself: ``str.translate`` pays for an
exception on each character its table lacks, which made plain letters the slowest part of folding.
It maps the characters that need the slow path (invisible ones, ligatures, combining marks) to
NUL, so the same pass says whether the slow path is needed. Spaced-out letters are looked for only
when cheap signs of them are present (a letter alone between spaces, or after a separator such as
a dot or a dash).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

# Characters removed outright: zero-width spaces and joiners, the word joiner, soft hyphen,
# bidirectional controls, variation selectors, the byte-order mark, and C0/C1 controls but for
# whitespace.
_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"
    "\u206a\u206b\u206c\u206d\u206e\u206f\ufeff\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06"
    "\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f"
)
_CONTROLS = "".join(chr(c) for c in [*range(0, 9), 11, 12, *range(14, 32), *range(127, 160)])

# Lookalikes that NFKD does not fold: Cyrillic and Greek letters drawn like Latin ones.
_LOOKALIKES = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "ɡ": "g", "ı": "i", "ȷ": "j", "ø": "o", "ł": "l", "đ": "d", "ħ": "h",
    "ŧ": "t", "ŀ": "l", "ƀ": "b", "ɨ": "i", "ʉ": "u",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ϲ": "c", "ω": "w",
}

# Ligatures that fold to two letters (they take the slow path, which keeps an offset map).
_EXPANSIONS = {"œ": "oe", "æ": "ae", "ß": "ss", "ĳ": "ij", "ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl",
               "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}

# Capitals drawn like Latin capitals (their lower case looks different: Ν/ν, Н/н).
_UPPER_LOOKALIKES = {
    "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n",
    "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x",
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c",
    "Т": "t", "Х": "x", "Ѕ": "s", "І": "i", "Ј": "j",
}

_RANGES = [
    (0x0000, 0x0250), (0x0370, 0x0530), (0x1D00, 0x1DC0), (0x1E00, 0x1F00),
    (0x2000, 0x2070), (0x2100, 0x2150), (0x2460, 0x24F0), (0xFB00, 0xFB07),
    (0xFF00, 0xFF60), (0x1D400, 0x1D800),
]


def _build_tables() -> tuple[dict[int, str], str]:
    """Return the length-preserving fold table and the characters that need the slow path."""
    table: dict[int, str] = {}
    slow: list[str] = list(_INVISIBLE + _CONTROLS)
    for lo, hi in _RANGES:
        for code in range(lo, hi):
            ch = chr(code)
            if ch in _INVISIBLE or ch in _CONTROLS:
                continue
            if ch in _UPPER_LOOKALIKES:
                table[code] = _UPPER_LOOKALIKES[ch]
                continue
            low = ch.lower()
            if low in _EXPANSIONS:
                slow.append(ch)
                continue
            if (
                low == ch
                and not unicodedata.decomposition(ch)
                and ch not in _LOOKALIKES
                and not unicodedata.category(ch).startswith("Z")
            ):
                continue  # the quick test: folds to itself (a combining mark: is deleted)
            low = _LOOKALIKES.get(low, low)
            base = "".join(
                c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c)
            ).lower()
            base = _LOOKALIKES.get(base, base)
            if unicodedata.category(ch).startswith("Z"):
                base = " "
            if base == ch:
                continue
            if len(base) == 1:
                table[code] = base
            elif len(base) > 1 and base.isalnum():
                slow.append(ch)  # ligatures and the like: œ -> oe, ß -> ss, ﬁ -> fi
    return table, "".join(slow)


_FOLD, _SLOW_CHARS = _build_tables()

# Code points a table lookup should find (identity unless _FOLD says otherwise): the scripts and
# punctuation of ordinary posts and the emoji blocks. Anything else is simply left as it is.
_IDENTITY_RANGES = [(0x0000, 0x3000), (0xFE10, 0xFFF0), (0x1F000, 0x1FB00)]


# Combining marks anywhere (decomposed accents) also need the slow path.
_COMBINING_RANGES = ((0x0300, 0x0370), (0x1AB0, 0x1B00), (0x20D0, 0x2100))
_COMBINING = "".join(f"{chr(lo)}-{chr(hi - 1)}" for lo, hi in _COMBINING_RANGES)
_NEEDS_SLOW = re.compile("[" + re.escape(_SLOW_CHARS) + _COMBINING + "]")
#: what the table gives for a character that needs the slow path (NUL needs it too)
_SLOW_MARK = "\x00"


def _translate_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for lo, hi in _IDENTITY_RANGES:
        table.update(zip(range(lo, hi), map(chr, range(lo, hi)), strict=True))
    table.update(_FOLD)
    slow = {ord(ch) for ch in _SLOW_CHARS}.union(*(range(lo, hi) for lo, hi in _COMBINING_RANGES))
    table.update(dict.fromkeys(slow, _SLOW_MARK))
    return table


_TABLE = _translate_table()
# Three or more single letters separated by one or two spacing characters (digits are left
# alone: "10.1.2.3" and "1 2 3" must keep their separators).
_SPACED = re.compile(r"(?<![^\W_])(?:[^\W\d_][ .\-_*·•|/+]{1,2}){2,}[^\W\d_](?![^\W_])")
_SPACED_SEP = re.compile(r"[ .\-_*·•|/+]+")
# Cheap signs without which _SPACED cannot match. Its second letter stands between separators: if
# a separator next to a letter is not a space, _SEP_LETTER finds it (a non-space separator, maybe a
# space, a letter, then a separator or no letter or digit: "n.i.g", "n-i-g", "n. i. g", "n i·g");
# if every separator is a space, _SPACE_LETTER does (a space, a letter, one or two spaces, a letter
# not followed by a letter or digit: "N I G H T").
_SEP_LETTER = re.compile(r"[.\-_*·•|/+] ?[^\W\d_](?:[ .\-_*·•|/+]|(?![^\W_]))")
_SPACE_LETTER = re.compile(r" [^\W\d_]  ?[^\W\d_](?![^\W_])")

#: ASCII letters and digits stay, every other byte becomes a space (see :func:`space_bytes`)
SPACE_BYTES = bytes(c if chr(c).isalnum() and c < 128 else 32 for c in range(256))
#: the same with every letter made "a" and every digit "0" (see :func:`_may_be_spaced_words`)
_CLASS_BYTES = bytes(97 if chr(c).isalpha() else 48 if chr(c).isdigit() else c for c in SPACE_BYTES)
#: a word character that is not ASCII (a letter of another script, "²")
_NON_ASCII_WORD = re.compile(r"[^\W_\x00-\x7f]")


def space_bytes(folded: str) -> bytes | None:
    """``folded`` as bytes, one a character, every non-word character (and ``_``) a space.

    None when a word character of ``folded`` is not ASCII. Emoji and punctuation are not word
    characters: each becomes one "?" byte, then a space, so positions stay those of ``folded``.
    """
    if folded.isascii():
        return folded.encode("ascii").translate(SPACE_BYTES)
    if _NON_ASCII_WORD.search(folded) is None:
        return folded.encode("ascii", "replace").translate(SPACE_BYTES)
    return None


def spaced_from_bytes(data: bytes) -> tuple[bytes, str]:
    """The words of :func:`space_bytes`'s ``data`` joined by single spaces, and the spaced text
    (the same with a space at either end where ``data`` has one)."""
    joined = b" ".join(data.split())
    if not joined:
        return joined, " " if data else ""
    text = joined.decode("ascii")
    if data[0] == 32:
        text = " " + text
    if data[-1] == 32:
        text += " "
    return joined, text


def _fold_char(ch: str) -> str:
    """Fold one character the way the fast path's table does, plus deletions and expansions."""
    if ch in _INVISIBLE or ch in _CONTROLS or unicodedata.combining(ch):
        return ""
    expansion = _EXPANSIONS.get(ch.lower())
    if expansion is not None:
        return expansion
    return _FOLD.get(ord(ch), ch)


@dataclass(slots=True)
class NormalizedText:
    """A folded copy of ``original`` and the map from folded indices back to original ones."""

    original: str
    folded: str
    index: list[int] | None  # folded position -> original position; None means identity
    #: the folded text with non-word runs as single spaces (see matching.spaced_text)
    spaced: Any = None
    #: phrase hits of the engine's single pass (see matching.SharedPass)
    shared: Any = None
    #: the whitespace-separated words of the folded text, before spaced-out letters are joined
    words: list[str] | None = None
    #: :func:`space_bytes` of ``folded`` and its spaced text, when ``normalize`` made them
    space: tuple[bytes, str] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span to the original span covering the same characters."""
        if self.index is None:
            return start, end
        if end <= start:
            pos = self.index[start] if start < len(self.index) else len(self.original)
            return pos, pos
        return self.index[start], self.index[end - 1] + 1


def normalize(text: str, *, view: bool = True) -> NormalizedText:
    """Fold ``text`` for matching; see the module docstring.

    ``view``: also make the spaced view the matchers search (:attr:`NormalizedText.space`); a
    caller that only reads ``folded`` (lexicons folded at start-up) passes False.
    """
    index: list[int] | None = None
    if text.isascii() and text.isprintable():
        folded = text.lower()  # for printable ASCII the table is exactly lower()
    else:
        # One character for one: spans need no map, unless the slow path is needed.
        folded = text.translate(_TABLE)
        if _SLOW_MARK in folded:
            folded, index = _slow_fold(text)
    words = folded.split()
    data = space_bytes(folded) if view else None
    if data is None:  # no view, or a word character of another script: regular expressions
        space = None
        maybe = _may_be_spaced(folded)
    else:  # the spaced text is made here once, for the matchers too
        joined, spaced = spaced_from_bytes(data)
        space = (data, spaced)
        maybe = _may_be_spaced_words(joined)
    if maybe and _SPACED.search(folded) is not None:
        joined_text, index = _join_spaced(folded, index)
        return NormalizedText(text, joined_text, index, words=words)
    return NormalizedText(text, folded, index, words=words, space=space)


def _may_be_spaced(folded: str) -> bool:
    """False when ``folded`` certainly holds no spaced-out letters (cheaper than _SPACED)."""
    return _SEP_LETTER.search(folded) is not None or _SPACE_LETTER.search(folded) is not None


def _may_be_spaced_words(joined: bytes) -> bool:
    """False when the words of :func:`spaced_from_bytes` hold no three single letters in a row.

    _SPACED needs three: each letter it joins stands between non-word characters (its separators
    are some) or the ends of the text, so each is a word of the spaced text, and they follow one
    another. Cheaper than the two regular expressions of :func:`_may_be_spaced`.
    """
    return b" a a a " in b" %b " % joined.translate(_CLASS_BYTES)


def _slow_fold(text: str) -> tuple[str, list[int]]:
    # Plain segments go through the fast table; only the special characters one by one.
    parts: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _NEEDS_SLOW.finditer(text):
        i = m.start()
        if i > pos:
            parts.append(text[pos:i].translate(_TABLE))
            index.extend(range(pos, i))
        folded = _fold_char(text[i])
        if folded:
            parts.append(folded)
            index.extend([i] * len(folded))
        pos = i + 1
    if pos < len(text):
        parts.append(text[pos:].translate(_TABLE))
        index.extend(range(pos, len(text)))
    return "".join(parts), index


def _join_spaced(folded: str, index: list[int] | None) -> tuple[str, list[int]]:
    src = index if index is not None else list(range(len(folded)))
    parts: list[str] = []
    new_index: list[int] = []
    pos = 0
    for m in _SPACED.finditer(folded):
        parts.append(folded[pos : m.start()])
        new_index.extend(src[pos : m.start()])
        for j in range(m.start(), m.end()):
            if not _SPACED_SEP.match(folded[j]):
                parts.append(folded[j])
                new_index.append(src[j])
        pos = m.end()
    parts.append(folded[pos:])
    new_index.extend(src[pos:])
    return "".join(parts), new_index
