from __future__ import annotations

import pytest

from tocsin.screening.normalize import normalize

FOLDS = [
    ("Le Projet NIGHTJAR", "le projet nightjar"),
    ("Été à l'hôtel", "ete a l'hotel"),
    ("Cœur Œuvre Straße", "coeur oeuvre strasse"),
    ("ＮＩＧＨＴＪＡＲ", "nightjar"),  # full-width
    ("𝐍𝐢𝐠𝐡𝐭𝐣𝐚𝐫", "nightjar"),  # mathematical bold
    ("nightјar", "nightjar"),  # Cyrillic je
    ("Νightjar", "nightjar"),  # Greek capital nu
    ("Nigh\u200btjar", "nightjar"),  # zero-width space
    ("Night\u00adjar", "nightjar"),  # soft hyphen
    ("e\u0301te\u0301", "ete"),  # decomposed accents
    ("N I G H T J A R", "nightjar"),
    ("n.i.g.h.t.j.a.r", "nightjar"),
    ("N-I-G-H-T", "night"),
    ("n. i. g. h. t", "night"),  # separators of two characters
    ("N·I·G·H·T", "night"),
    ("(O P A L E)", "(opale)"),  # punctuation glued to the first and last letters
    ("Projet O P A", "projet opa"),  # three letters standing alone
    ("(O P A)", "(opa)"),  # three letters, both ends glued to punctuation
    ("@n i g!", "@nig!"),
    ("Nigh\x00tjar", "nightjar"),  # NUL, like every control character, is deleted
    ("le p-a-s", "le pas"),
    ("il y a des gens", "il y a des gens"),  # French single-letter words are not spaced out
    ("I have a cat", "i have a cat"),
    ("e-mail lumio.fr wi-fi", "e-mail lumio.fr wi-fi"),
    ("a b", "a b"),  # two letters are not a spaced-out word
    ("10.1.2.3 v1.2.3", "10.1.2.3 v1.2.3"),  # digits keep their separators
    ("🎉 #Nightjar 🎉", "🎉 #nightjar 🎉"),
    ("مرحبا Nightjar", "مرحبا nightjar"),
    ("", ""),
]


@pytest.mark.parametrize(("text", "folded"), FOLDS)
def test_fold(text: str, folded: str) -> None:
    assert normalize(text).folded == folded


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Voici le Nigh\u200btjar 🎉", "nightjar"),
        ("🎉🎉 N I G H T J A R !", "nightjar"),
        ("Le cœur du Projet", "projet"),
        ("שלום ＮＩＧＨＴＪＡＲ end", "nightjar"),
        ("e\u0301te\u0301 nightjar", "nightjar"),
    ],
)
def test_spans_map_back_to_the_original(text: str, word: str) -> None:
    n = normalize(text)
    start = n.folded.index(word)
    s, e = n.to_original(start, start + len(word))
    assert normalize(text[s:e]).folded == word
    assert 0 <= s < e <= len(text)


def test_ascii_text_takes_the_identity_path() -> None:
    assert normalize("Plain ASCII text, nothing to map.").index is None


def test_words_are_the_folded_words_before_joining() -> None:
    assert normalize("Le Projet N I G H T").words == ["le", "projet", "n", "i", "g", "h", "t"]
    assert normalize("").words == []
