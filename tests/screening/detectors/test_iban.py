"""IBANs: mod-97 key and country format (python-stdnum); compact or spaced; masked excerpt."""

from __future__ import annotations

import pytest

from tocsin import Engine

KIND = "pii.iban"

MATCH = [
    # (text, evidence at the span, masked excerpt)
    ("Mon IBAN : FR76 3000 6000 0112 3456 7890 189 merci", "FR76 3000 6000 0112 3456 7890 189",
     "FR76 **** **** 0189"),
    ("RIB FR7630006000011234567890189.", "FR7630006000011234567890189", "FR76 **** **** 0189"),
    ("iban fr76 3000 6000 0112 3456 7890 189", "fr76 3000 6000 0112 3456 7890 189",
     "FR76 **** **** 0189"),
    ("Virement sur FR76-3000-6000-0112-3456-7890-189", "FR76-3000-6000-0112-3456-7890-189",
     "FR76 **** **** 0189"),
    ("Konto DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00", "DE89 **** **** 3000"),
    ("Pay to GB82 WEST 1234 5698 7654 32 today", "GB82 WEST 1234 5698 7654 32",
     "GB82 **** **** 5432"),
    ("BE31 4354 1116 1155", "BE31 4354 1116 1155", "BE31 **** **** 1155"),
    ("ES91 2100 0418 4502 0005 1332", "ES91 2100 0418 4502 0005 1332", "ES91 **** **** 1332"),
    ("IT60 X054 2811 1010 0000 0123 456", "IT60 X054 2811 1010 0000 0123 456",
     "IT60 **** **** 3456"),
    ("CH93 0076 2011 6238 5295 7", "CH93 0076 2011 6238 5295 7", "CH93 **** **** 2957"),
    ("(NL91ABNA0417164300)", "NL91ABNA0417164300", "NL91 **** **** 4300"),
    ("ＦＲ７６ ３０００ ６０００ ０１１２ ３４５６ ７８９０ １８９",
     "ＦＲ７６ ３０００ ６０００ ０１１２ ３４５６ ７８９０ １８９", "FR76 **** **** 0189"),
    ("FR76 3000 6000\u200b 0112 3456 7890 189", "FR76 3000 6000\u200b 0112 3456 7890 189",
     "FR76 **** **** 0189"),
    ("code AB12 puis FR76 3000 6000 0112 3456 7890 189", "FR76 3000 6000 0112 3456 7890 189",
     "FR76 **** **** 0189"),
]

NO_MATCH = [
    "FR76 3000 6000 0112 3456 7890 188",  # wrong key
    "FR76 3000 6000 0112 3456 7890",  # too short for France
    "FR76 3000 6000 0112 3456 7890 1890",  # too long, glued digit
    "FR7630006000011234567890189X",  # glued letter
    "XFR7630006000011234567890189",
    "ZZ76 3000 6000 0112 3456 7890 189",  # no such country
    "Vol AF12 3456 vers Paris",
    "Référence CB45 2023 1234",
    "Le modèle XR12 est sorti en 2024",
    "Virement reçu, merci ! IBAN sur demande en message privé.",
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


def test_the_iban_is_never_in_the_explanation(engine: Engine, engine_en: Engine) -> None:
    text = "IBAN FR7630006000011234567890189"
    for eng, word in ((engine, "compte bancaire"), (engine_en, "bank account")):
        f = next(f for f in eng.screen_text(text).findings if f.kind == KIND)
        assert "30006000011234567890" not in f.explanation
        assert word in f.explanation and "FR76 **** **** 0189" in f.explanation


@pytest.mark.parametrize(
    "text", ["FR76 " * 200_000, "fr76" * 250_000, "FR76 3000 " * 100_000, "ab12-" * 200_000]
)
def test_a_megabyte_of_candidates_finishes(engine: Engine, text: str) -> None:
    engine.screen_text(text)
