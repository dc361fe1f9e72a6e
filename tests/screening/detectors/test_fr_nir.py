"""French social security numbers (NIR): structure and key, Corsica 2A/2B, spaces allowed."""

from __future__ import annotations

import pytest

from tocsin import Engine

KIND = "pii.fr_nir"

MATCH = [
    # (text, evidence at the span, masked excerpt)
    ("n° sécu 1 85 05 78 006 084 91", "1 85 05 78 006 084 91", "1 ** ** ** *** *** 91"),
    ("NIR : 295109912611193", "295109912611193", "2 ** ** ** *** *** 93"),
    ("Mon numéro de sécurité sociale est le 2 95 10 99 126 111 93.", "2 95 10 99 126 111 93",
     "2 ** ** ** *** *** 93"),
    ("Corse du Sud : 2 53 07 2A 073 004 43", "2 53 07 2A 073 004 43", "2 ** ** ** *** *** 43"),
    ("Haute-Corse 253072B07300470", "253072B07300470", "2 ** ** ** *** *** 70"),
    ("Social security number 1.85.05.78.006.084.91", "1.85.05.78.006.084.91",
     "1 ** ** ** *** *** 91"),
    ("carte vitale 1 85 42 78 006 084 04 (mois inconnu)", "1 85 42 78 006 084 04",
     "1 ** ** ** *** *** 04"),
    ("１８５０５７８００６０８４９１", "１８５０５７８００６０８４９１", "1 ** ** ** *** *** 91"),
    ("sans contexte 189127511612347 ok", "189127511612347", "1 ** ** ** *** *** 47"),
]

NO_MATCH = [
    "1 85 05 78 006 084 36",  # wrong key
    "1 85 13 78 006 084 25",  # month 13
    "5 85 05 78 006 084 85",  # sex digit 5
    "2 53 07 2C 073 004 43",  # no department 2C
    "1850578006084910",  # glued digit
    "X185057800608491",
    "Commande 18505780060849 expédiée",  # fourteen digits
    "SIRET 732 829 320 00074",
    "4970 1012 3456 7893",
    "06 12 34 56 78",
]


@pytest.mark.parametrize(("text", "evidence", "excerpt"), MATCH)
def test_match(engine: Engine, text: str, evidence: str, excerpt: str) -> None:
    found = [f for f in engine.screen_text(text).findings if f.kind == KIND]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert f.excerpt == excerpt
    assert f.category == "data_leak"
    assert f.severity == "high"


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.kind == KIND] == []


def test_context_raises_the_score(engine: Engine) -> None:
    with_word = next(f for f in engine.screen_text("NIR 185057800608491").findings
                     if f.kind == KIND)
    alone = next(f for f in engine.screen_text("185057800608491").findings if f.kind == KIND)
    assert with_word.score > alone.score


def test_the_number_is_never_in_the_explanation(engine: Engine, engine_en: Engine) -> None:
    for eng, word in ((engine, "sécurité sociale"), (engine_en, "social security")):
        f = next(f for f in eng.screen_text("NIR 185057800608491").findings if f.kind == KIND)
        assert "0578006084" not in f.explanation
        assert word in f.explanation


@pytest.mark.parametrize("text", ["1 85 05 " * 130_000, "1" * 1_000_000, "2a " * 330_000])
def test_a_megabyte_of_digits_finishes(engine: Engine, text: str) -> None:
    engine.screen_text(text)
