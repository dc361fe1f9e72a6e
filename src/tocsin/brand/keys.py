"""Folding handles, names and domain labels to keys that lookalikes share.

A key is lower-case ASCII-ish letters and digits with no separators, built from the TR39 skeleton
(after NFKC, so full-width letters become plain ones) with accents removed: "Lumіo_FR",
"ｌｕｍｉｏ.fr" and "lumio-fr" all give the key of "lumiofr". :func:`variants` adds the readings an
attacker counts on: capital I read as l, leetspeak (0/o, 1/l/i, 3/e, 4/a, 5/s, 7/t, @/a, $/s),
and trailing numbers dropped ("lumio2024"). :func:`cores` strips the affixes impersonators add
("_support", "officiel", "service.client", "hq", "team", "care", "refunds", "giveaway").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .skeleton import skeleton

#: leetspeak digits and symbols read as letters (1 is also read as l by the skeleton)
LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "8": "b",
        "9": "g",
        "@": "a",
        "$": "s",
        "!": "i",
        "€": "e",
    }
)

#: words glued to a brand by impersonators and typosquatters alike, in French and English
_SHARED_AFFIXES = (
    "support", "help", "official", "officiel", "service", "services", "client", "customer",
    "care", "team", "hq", "refund", "refunds", "remboursement", "promo", "deals", "gift",
    "gifts", "cadeau", "info", "news", "contact", "sav", "fr", "france", "en", "us", "uk", "eu",
    "global", "app", "store", "shop", "boutique", "account", "accounts", "security", "securite",
    "recovery", "unlock", "verify", "verification", "wallet", "crypto", "rewards", "bonus",
    "online", "live", "group", "the",
)  # fmt: skip

#: words impersonators glue to a brand or a name in a handle or display name
ACCOUNT_AFFIXES = _SHARED_AFFIXES + (
    "supports", "helpdesk", "helpcenter", "aide", "assistance", "officielle", "officiial",
    "offical", "serviceclient", "clients", "customers", "customercare", "equipe", "remboursements",
    "giveaway", "giveaways", "concours", "promos", "offers", "offres", "cadeaux", "real", "its",
    "iam", "vrai", "verified", "verifie", "infos", "desk", "ceo", "pdg", "dg", "president",
    "intl", "admin", "staff", "hr", "rh", "jobs", "recrutement", "careers", "airdrop", "tv",
    "media", "page", "groupe", "inc", "sa", "sas", "ltd", "corp",
)  # fmt: skip

#: words typosquatters glue to a brand in a domain (dnstwist's dictionary family and more)
DOMAIN_AFFIXES = _SHARED_AFFIXES + (
    "login", "logon", "signin", "secure", "giftcard", "outlet", "sale", "sales", "soldes",
    "discount", "pay", "payment", "paiement", "billing", "compte", "update", "auth", "web",
    "www", "mail", "my", "mon", "cdn", "portal", "portail", "free", "cheap", "usa", "europe",
    "paris", "ca", "de", "es", "it", "be", "ch", "get", "go",
)  # fmt: skip

#: beyond TR39: small capitals and their Cyrillic twins read as the lower-case letter in a
#: lower-case name ("luмio": TR39 maps м to ʍ, which is not m)
SMALL_CAPITALS = str.maketrans(
    {
        "ʍ": "rn",
        "ᴛ": "t",
        "ĸ": "k",
        "ʜ": "h",
        "ʙ": "b",
        "ƅ": "b",
        "π": "n",
        "χ": "x",
        "ᴍ": "rn",
        "ᴀ": "a",
        "ᴇ": "e",
        "ᴏ": "o",
        "ʀ": "r",
        "ᴜ": "u",
        "ᴠ": "v",
        "ᴡ": "w",
        "ᴢ": "z",
        "ɪ": "i",
        "ʟ": "l",
        "ɴ": "n",
        "ᴘ": "p",
        "ꜱ": "s",
        "ᴄ": "c",
        "ᴅ": "d",
        "ɢ": "g",
        "ᴊ": "j",
        "ᴋ": "k",
    }
)

_SEPARATORS = re.compile(r"[\s._\-·•'’|/\\,+~*=#]+")


def _fold_slow(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    low = skeleton(skeleton(text).lower())
    if not low.isascii():
        low = low.translate(SMALL_CAPITALS)
        low = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
    return _SEPARATORS.sub("", low)


# ASCII folds character by character: one str.translate does it all (the reference).
_ASCII_FOLD = str.maketrans({chr(c): _fold_slow(chr(c)) for c in range(128)})


def _fold_table(first: dict[int, str] | None = None) -> tuple[bytes, bytes]:
    """The ASCII fold (after the ``first`` translation) as ``bytes.translate`` tables.

    ``bytes.translate`` costs a fraction of ``str.translate``. Characters folded to nothing are
    deleted; m and M (folded to "rn") become m, put back as "rn" afterwards (nothing else folds to
    m); characters folded to anything else become NUL, and a NUL in the result sends the text to
    the reference table.
    """
    table, dropped = bytearray(256), bytearray()
    for c in range(128):
        folded = _ASCII_FOLD[ord(chr(c).translate(first or {}))]
        if folded == "":
            dropped.append(c)
        elif folded == "rn":
            table[c] = ord("m")
        elif len(folded) == 1 and folded.isascii() and folded != "m":
            table[c] = ord(folded)
    return bytes(table), bytes(dropped)


_FOLD_BYTES, _FOLD_DROPPED = _fold_table()
_LEET_FOLD_BYTES, _LEET_FOLD_DROPPED = _fold_table(LEET)
_LOWER_BYTES = bytes(ord(chr(c).lower()) for c in range(256))
_NOT_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())
#: the characters leetspeak reads as letters
_LEET_CHARS = re.compile("[" + re.escape("".join(chr(c) for c in LEET)) + "]")


def fold(text: str) -> str:
    """The key of ``text``: skeleton, lower case, no accents, no separators."""
    if text.isascii():
        raw = text.encode().translate(_FOLD_BYTES, _FOLD_DROPPED)
        if 0 in raw:  # a character folded to something else than one ASCII letter (rare)
            return text.translate(_ASCII_FOLD)
        return raw.replace(b"m", b"rn").decode()
    return _fold_slow(text)


def fold_leetspeak(text: str) -> str:
    """``fold(text.translate(LEET))``: the key with digits and symbols read as letters."""
    if text.isascii():
        raw = text.encode().translate(_LEET_FOLD_BYTES, _LEET_FOLD_DROPPED)
        if 0 not in raw:
            return raw.replace(b"m", b"rn").decode()
    return fold(text.translate(LEET))


def simple(text: str) -> str:
    """``text`` lower case, without accents or separators, letters kept as typed (no skeleton)."""
    if text.isascii():
        return text.encode().translate(_LOWER_BYTES, _NOT_ALNUM).decode()
    low = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in low if c.isalnum() and not unicodedata.combining(c))


def variants(text: str) -> list[tuple[str, str]]:
    """``(reading, key)`` for each way ``text`` may be read, most literal first, keys unique.

    Readings: ``plain`` (skeleton of the lower-case text), ``case`` (skeleton of the text as typed:
    capital I read as l), ``leetspeak`` (digits and symbols read as letters), ``digits`` (a
    trailing number dropped).
    """
    text = text.strip().lstrip("@")
    lower = text.lower()
    plain = fold(lower)
    out = [("plain", plain)] if plain else []
    readings: list[tuple[str, str]] = []
    # Only capitals can read differently as typed; in ASCII only "I" (as l) does.
    if lower != text and ("I" in text or not text.isascii()):
        readings.append(("case", fold(text)))
    stem = lower.rstrip(_TRAILING)
    # Leetspeak inside the name ("lum1o") or in its last letters ("lumi0", "paypa1"), not in a
    # longer trailing number ("lumio2024": see digits).
    if 0 < len(lower) - len(stem) <= 2 or _LEET_CHARS.search(stem):
        readings.append(("leetspeak", fold_leetspeak(lower)))
    if stem and stem != lower:
        readings.append(("digits", fold(stem)))
    seen = {plain}  # each reading adds a new, non-empty key
    for reading, key in readings:
        if key and key not in seen:
            seen.add(key)
            out.append((reading, key))
    return out


#: what a trailing number is made of
_TRAILING = "0123456789_.-"


class AffixStripper:
    """Peels the affixes of a vocabulary off both ends of a key, one at a time.

    Affixes are folded like keys, so "service.client" and "serviceclient" are one affix. Every
    intermediate core is a reading, so a brand that ends like an affix ("Kestrel Pay" and "pay")
    is still found in "kestrelpay-secure".
    """

    def __init__(self, affixes: tuple[str, ...], key: Callable[[str], str] | None = None) -> None:
        key = key or fold
        self._shown = {key(a): a for a in reversed(affixes) if key(a)}
        words = sorted(self._shown, key=len, reverse=True)
        self.words = frozenset(words)
        # The affixes a key may start (end) with, by its first (last) two characters, longest
        # first: a couple of startswith calls instead of trying every affix in turn.
        self._by_head: dict[str, list[str]] = {}
        self._by_tail: dict[str, list[str]] = {}
        for w in words:
            self._by_head.setdefault(w[:2], []).append(w)
            self._by_tail.setdefault(w[-2:], []).append(w)
        # Cheap test first: most names start and end with no affix.
        self._heads = frozenset(self._by_head)
        self._tails = frozenset(self._by_tail)

    def _head(self, rest: str) -> str | None:
        """The longest affix ``rest`` starts with, leaving something after it."""
        for w in self._by_head.get(rest[:2], ()):
            if rest.startswith(w):
                return w if len(w) < len(rest) else None
        for w in self._by_head.get(rest[:1], ()):  # a one-letter affix
            if len(w) == 1:
                return w if len(rest) > 1 else None
        return None

    def _tail(self, rest: str) -> str | None:
        """The longest affix ``rest`` ends with, leaving something before it."""
        for w in self._by_tail.get(rest[-2:], ()):
            if rest.endswith(w):
                return w if len(w) < len(rest) else None
        for w in self._by_tail.get(rest[-1:], ()):
            if len(w) == 1:
                return w if len(rest) > 1 else None
        return None

    def cores(self, key: str) -> list[tuple[str, str]]:
        """``(core, affixes)`` readings of ``key``: the key itself first, then without affixes."""
        if key[:2] not in self._heads and key[-2:] not in self._tails:
            return [(key, "")]
        found: dict[str, str] = {key: ""}
        lefts = [(key, "")]
        rest, before = key, ""
        while (word := self._head(rest)) is not None:
            before += ("+" if before else "") + self._shown[word]
            rest = rest[len(word) :]
            lefts.append((rest, before))
        for start, before in lefts:
            found.setdefault(start, before)
            rest, after = start, ""
            while (word := self._tail(rest)) is not None:
                after = self._shown[word] + ("+" if after else "") + after
                rest = rest[: -len(word)]
                found.setdefault(rest, "+".join(x for x in (before, after) if x))
        return list(found.items())
