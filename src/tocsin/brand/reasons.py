"""Why a name is a lookalike, in words: one phrase per technique, in French and English."""

from __future__ import annotations

from collections.abc import Iterable

REASONS: dict[str, dict[str, str]] = {
    "homoglyph": {
        "en": "letters swapped for lookalike characters (other scripts, full-width, rn for m)",
        "fr": "lettres remplacées par des caractères identiques à l'œil (autres alphabets, "
        "pleine chasse, rn pour m)",
    },
    "case": {
        "en": "a capital I written for an l",
        "fr": "un I majuscule écrit à la place d'un l",
    },
    "leetspeak": {
        "en": "digits or symbols written for letters (0 for o, 1 for l or i, 3 for e...)",
        "fr": "chiffres ou symboles écrits à la place de lettres (0 pour o, 1 pour l ou i, "
        "3 pour e...)",
    },
    "digits": {"en": "a number added", "fr": "un nombre ajouté"},
    "separators": {
        "en": "the same name with dots, dashes or underscores",
        "fr": "le même nom avec des points, tirets ou soulignés",
    },
    "affix": {
        "en": "words added to the name ({affixes})",
        "fr": "mots ajoutés au nom ({affixes})",
    },
    "same-name": {
        "en": "the very name, on an account that is not an official one",
        "fr": "le nom lui-même, sur un compte qui n'est pas officiel",
    },
    "other-instance": {
        "en": "the official account's name on another server",
        "fr": "le nom du compte officiel sur un autre serveur",
    },
    "addition": {"en": "a letter added at the end", "fr": "une lettre ajoutée à la fin"},
    "omission": {"en": "a letter left out", "fr": "une lettre omise"},
    "repetition": {"en": "a letter doubled", "fr": "une lettre doublée"},
    "insertion": {"en": "a letter inserted", "fr": "une lettre insérée"},
    "transposition": {"en": "two letters swapped", "fr": "deux lettres interverties"},
    "vowel-swap": {"en": "a vowel changed", "fr": "une voyelle changée"},
    "bitsquatting": {
        "en": "one letter changed by a single bit",
        "fr": "une lettre changée d'un seul bit",
    },
    "replacement": {"en": "a letter replaced", "fr": "une lettre remplacée"},
    "tld-swap": {
        "en": "the official name under another extension",
        "fr": "le nom officiel sous une autre extension",
    },
    "brand-domain": {
        "en": "the brand's name as a domain that is not an official one",
        "fr": "le nom de la marque en nom de domaine non officiel",
    },
    "hyphenation": {"en": "a hyphen inserted", "fr": "un tiret inséré"},
    "dictionary": {
        "en": "a word added to the name (login, secure, support, gift, outlet...)",
        "fr": "un mot ajouté au nom (login, secure, support, cadeau, outlet...)",
    },
    "subdomain": {
        "en": "a dot inserted in the name (the end is another domain)",
        "fr": "un point inséré dans le nom (la fin est un autre domaine)",
    },
    "brand-in-subdomain": {
        "en": "the brand placed in front of a foreign domain",
        "fr": "la marque placée devant un domaine étranger",
    },
    "shortener": {
        "en": "a link shortener hides the destination",
        "fr": "un raccourcisseur de lien masque la destination",
    },
}


def describe(techniques: Iterable[str], lang: str, *, affixes: str = "") -> str:
    """The techniques as one phrase in ``lang`` (French or English)."""
    lang = lang if lang in ("fr", "en") else "en"
    shown = affixes.replace("+", ", ") or "…"
    parts = [REASONS.get(t, {"en": t, "fr": t})[lang].format(affixes=shown) for t in techniques]
    return "; ".join(parts)
