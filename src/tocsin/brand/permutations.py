"""Every typosquat of an official domain, by fuzzer family, for DNS monitoring.

The families are those of dnstwist (addition, bitsquatting, homoglyph, hyphenation, insertion,
omission, repetition, replacement, subdomain, transposition, vowel-swap, tld-swap, dictionary),
written here from their definitions: each works on the registrable label ("lumio" of lumio.com)
and keeps the suffix, except tld-swap. Keyboard neighbours cover QWERTY and AZERTY. Homoglyphs
are ASCII lookalikes ("rn" for "m", "1" for "l") and IDN ones (Cyrillic, Greek, accented
letters), written in punycode as DNS needs them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .domains import registered_parts, to_ascii

FAMILIES = (
    "addition", "bitsquatting", "homoglyph", "hyphenation", "insertion", "omission",
    "repetition", "replacement", "subdomain", "transposition", "vowel-swap", "tld-swap",
    "dictionary",
)  # fmt: skip

_ROWS = (
    ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"),  # QWERTY
    ("1234567890", "azertyuiop", "qsdfghjklm", "wxcvbn"),  # AZERTY
)
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
_VOWELS = "aeiouy"

#: lookalikes of each letter: ASCII first, then IDN (Cyrillic, Greek, Latin with marks)
HOMOGLYPHS: dict[str, tuple[str, ...]] = {
    "a": ("4", "а", "à", "á", "â", "ä", "å", "ɑ", "α"),
    "b": ("6", "lb", "ь", "ḃ"),
    "c": ("e", "с", "ϲ", "ç", "ć"),
    "d": ("cl", "b", "ԁ", "ď"),
    "e": ("3", "с", "е", "é", "è", "ê", "ë", "ē"),
    "f": ("ƒ",),
    "g": ("q", "9", "ɡ", "ğ"),
    "h": ("lh", "һ", "ĥ"),
    "i": ("1", "l", "і", "í", "ì", "ï", "ı", "ι"),
    "j": ("ј", "ĵ"),
    "k": ("lk", "ik", "κ", "к"),
    "l": ("1", "i", "I", "ӏ", "ĺ", "ł"),
    "m": ("rn", "nn", "м"),
    "n": ("m", "r", "п", "ń", "ñ"),
    "o": ("0", "о", "ο", "ö", "ó", "ò", "ø"),
    "p": ("р", "ρ"),
    "q": ("g", "ԛ"),
    "r": ("г", "ŕ"),
    "s": ("5", "ѕ", "ś", "š"),
    "t": ("7", "т", "ť"),
    "u": ("v", "υ", "ü", "ú", "ù"),
    "v": ("u", "ν", "ѵ"),
    "w": ("vv", "ԝ", "ŵ"),
    "x": ("х", "χ"),
    "y": ("у", "ý", "ÿ"),
    "z": ("2", "ź", "ż", "ž"),
}

#: extensions tried by tld-swap
TLDS = (
    "com", "net", "org", "fr", "eu", "io", "co", "info", "biz", "shop", "store", "online",
    "site", "app", "xyz", "top", "live", "support", "help", "services", "be", "ch", "ca", "de",
    "uk", "us", "es", "it", "nl", "cc", "me", "tv", "club", "vip", "icu", "cn", "ru", "com.fr",
    "co.uk",
)  # fmt: skip

#: words added by the dictionary family (before or after the label, with or without a hyphen)
DICTIONARY = (
    "login", "secure", "support", "gift", "outlet", "shop", "store", "pay", "account", "verify",
    "help", "official", "officiel", "service", "online", "app", "my", "mon", "fr", "sav",
    "client", "promo", "soldes", "sale", "refund", "wallet", "auth", "update", "billing",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Permutation:
    family: str
    domain: str  # ASCII (punycode) form, as DNS knows it
    unicode: str  # as people read it

    def to_dict(self) -> dict[str, str]:
        return {"family": self.family, "domain": self.domain, "unicode": self.unicode}


def _neighbours() -> dict[str, str]:
    near: dict[str, set[str]] = {}
    for rows in _ROWS:
        for r, row in enumerate(rows):
            for c, ch in enumerate(row):
                around = near.setdefault(ch, set())
                for dr in (-1, 0, 1):
                    if 0 <= r + dr < len(rows):
                        other = rows[r + dr]
                        for dc in (-1, 0, 1):
                            if (dr or dc) and 0 <= c + dc < len(other):
                                around.add(other[c + dc])
    return {ch: "".join(sorted(chars)) for ch, chars in near.items()}


KEYBOARD = _neighbours()


def _labels(label: str) -> Iterator[tuple[str, str]]:
    """``(family, label)`` for every family that changes the label only."""
    n = len(label)
    for ch in _ALPHABET:
        yield "addition", label + ch
    for i, ch in enumerate(label):
        for bit in range(8):
            flipped = chr(ord(ch) ^ (1 << bit)).lower()
            if flipped != ch and (flipped in _ALPHABET or flipped == "-"):
                yield "bitsquatting", label[:i] + flipped + label[i + 1 :]
        for glyph in HOMOGLYPHS.get(ch, ()):
            yield "homoglyph", label[:i] + glyph.lower() + label[i + 1 :]
        if i > 0:
            yield "hyphenation", label[:i] + "-" + label[i:]
            if label[i - 1] != "-" and ch != "-":
                yield "subdomain", label[:i] + "." + label[i:]
        for near in KEYBOARD.get(ch, ""):
            yield "insertion", label[:i] + near + label[i:]
            yield "insertion", label[: i + 1] + near + label[i + 1 :]
            yield "replacement", label[:i] + near + label[i + 1 :]
        if n > 1:
            yield "omission", label[:i] + label[i + 1 :]
        yield "repetition", label[:i] + ch + label[i:]
        if i + 1 < n and label[i + 1] != ch:
            yield "transposition", label[:i] + label[i + 1] + ch + label[i + 2 :]
        if ch in _VOWELS:
            for vowel in _VOWELS:
                if vowel != ch:
                    yield "vowel-swap", label[:i] + vowel + label[i + 1 :]
    for word in DICTIONARY:
        for made in (f"{label}-{word}", f"{label}{word}", f"{word}-{label}", f"{word}{label}"):
            yield "dictionary", made


def permutations(domain: str) -> list[Permutation]:
    """Every permutation of ``domain`` (without the domain itself), first family first."""
    parts = registered_parts(domain)
    label, suffix = parts.label, parts.suffix
    if not label or not suffix:
        return []
    original = f"{label}.{suffix}"
    seen: set[str] = {original}
    out: list[Permutation] = []

    def add(family: str, name: str) -> None:
        name = name.strip(".-")
        if name in seen or ".." in name or "-." in name or ".-" in name:
            return
        seen.add(name)
        out.append(Permutation(family, to_ascii(name), name))

    for family, made in _labels(label):
        add(family, f"{made}.{suffix}")
    for tld in TLDS:
        add("tld-swap", f"{label}.{tld}")
    order = {f: i for i, f in enumerate(FAMILIES)}
    out.sort(key=lambda p: order[p.family])
    return out
