"""A named person next to an e-mail, phone number, postal address or IBAN in the same post."""

from __future__ import annotations

import pytest

from tocsin import Engine, Profile, parse_profile
from tocsin.screening.detectors.pii.person_with_contact import PersonWithContact

KIND = "pii.person_with_contact"

MATCH = [
    # (text, evidence at the span, masked excerpt)
    ("Sophie Martin : 06 12 34 56 78", "Sophie Martin : 06 12 34 56 78",
     "S. M**** · 06 ** ** ** 78"),
    ("Contactez M. Dupont au 06 12 34 56 78", "M. Dupont au 06 12 34 56 78",
     "M. D**** · 06 ** ** ** 78"),
    ("Mme Martin habite 12 rue des Lilas, 69003 Lyon",
     "Mme Martin habite 12 rue des Lilas, 69003 Lyon", "Mme M**** · ** rue des L****, 69*** Lyon"),
    ("Marie-Claire Dubois, marie.claire@gmail.com", "Marie-Claire Dubois, marie.claire@gmail.com",
     "M. D**** · m****.c****@gmail.com"),
    ("Jean DUPONT — IBAN FR76 3000 6000 0112 3456 7890 189",
     "Jean DUPONT — IBAN FR76 3000 6000 0112 3456 7890 189", "J. D**** · FR76 **** **** 0189"),
    ("Reach John Smith at john.smith@gmail.com", "John Smith at john.smith@gmail.com",
     "J. S**** · j****.s****@gmail.com"),
    ("06 12 34 56 78 (Paul Durand)", "06 12 34 56 78 (Paul Durand", "P. D**** · 06 ** ** ** 78"),
    ("Dr Patel: 020 7946 0958", "Dr Patel: 020 7946 0958", "Dr P**** · 02* **** **58"),
    ("Claire Dubois, notre CEO : 06 12 34 56 78", "Claire Dubois, notre CEO : 06 12 34 56 78",
     "C. D**** · 06 ** ** ** 78"),
    ("Virement à Luce Munoz, IBAN FR61 8178 0578 0370 4121 4304 907",
     "Luce Munoz, IBAN FR61 8178 0578 0370 4121 4304 907", "L. M**** · FR61 **** **** 4907"),
    ("Call Brent Thomas on 06 12 34 56 78", "Brent Thomas on 06 12 34 56 78",
     "B. T**** · 06 ** ** ** 78"),
    ("Livraison chez Priya Shah, 12 rue des Lilas, 69003 Lyon",
     "Priya Shah, 12 rue des Lilas, 69003 Lyon", "P. S**** · ** rue des L****, 69*** Lyon"),
    ("Hélène Lenoir habite 14 allée des Tilleuls, 44000 Nantes",
     "Hélène Lenoir habite 14 allée des Tilleuls, 44000 Nantes",
     "H. L**** · ** allée des T*******, 44*** Nantes"),
]

NO_MATCH = [
    "Sophie : 06 12 34 56 78",  # a first name alone
    "Bonjour Marie, appelez le 06 12 34 56 78",
    "Sophie Martin sera au salon de Lyon jeudi",  # no contact
    "12 rue Victor Hugo, 75011 Paris",  # the name is the street's
    "rue Jean Jaurès, 06 12 34 56 78",
    "Lycée Jean Moulin, 06 12 34 56 78",
    "Claire Dubois vous répond sur support@lumio.fr",  # official address: no contact
    "Sophie Martin " + "a" * 90 + " 06 12 34 56 78",  # too far
    "Notre boutique au 3 rue de la République, demandez Julie Martin",  # premises
    "sophie martin 06 12 34 56 78",  # not capitalised
    "Emma Lumière, 49 € seulement",
    "Bonjour à  Project Nightjar et sophie@gmail.com",  # not a name
    "Merci à Kenza Dupuis et à l'équipe ! Contact : sophie@gmail.com",  # generic cue, far
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


def test_the_contact_finding_is_kept_beside(engine: Engine) -> None:
    result = engine.screen_text("Sophie Martin : 06 12 34 56 78")
    assert {f.kind for f in result.findings} >= {KIND, "pii.phone"}
    assert result.decision == "block"


def test_name_and_contact_never_in_the_explanation(engine: Engine, engine_en: Engine) -> None:
    text = "Sophie Martin : sophie.martin@gmail.com"
    for eng, word in ((engine, "adresse e-mail"), (engine_en, "e-mail address")):
        f = next(f for f in eng.screen_text(text).findings if f.kind == KIND)
        assert "Sophie" not in f.explanation and "Martin" not in f.explanation
        assert "sophie.martin" not in f.explanation
        assert word in f.explanation


def test_works_without_the_other_pii_detectors(lumio_profile: Profile) -> None:
    engine = Engine(lumio_profile, detectors=[PersonWithContact])
    result = engine.screen_text("Sophie Martin : 06 12 34 56 78")
    assert [f.kind for f in result.findings] == [KIND]


def test_one_posts_contacts_never_serve_the_next(engine: Engine) -> None:
    assert [f for f in engine.screen_text("Sophie Martin : 06 12 34 56 78").findings
            if f.kind == KIND]
    assert [f for f in engine.screen_text("Sophie Martin viendra demain").findings
            if f.kind == KIND] == []


PEOPLE = """
[organisation]
name = "Lumio SA"
[[people]]
name = "Xavière Quenot-Brandt"
role = "CFO"
"""


def test_the_profiles_people_count_whatever_their_first_name() -> None:
    engine = Engine(parse_profile(PEOPLE))
    text = "Le portable perso de Xavière Quenot-Brandt : 06 12 34 56 78"
    found = [f for f in engine.screen_text(text).findings if f.kind == KIND]
    assert [text[f.start : f.end] for f in found] == ["Xavière Quenot-Brandt : 06 12 34 56 78"]


@pytest.mark.parametrize(
    "text",
    [
        "Sophie Martin " * 70_000 + "06 12 34 56 78",
        "M. " * 330_000,
        "Paul Durand 06 12 34 56 78 " * 40_000,
        "Paul Durand a@b.fr " * 55_000,
    ],
)
def test_a_megabyte_finishes(engine: Engine, text: str) -> None:
    engine.screen_text(text)
