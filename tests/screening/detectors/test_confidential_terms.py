"""Confidential terms of the profile: ["Project Nightjar", "Opale"]."""

from __future__ import annotations

import pytest

from tocsin import Engine

KIND = "confidential.code_name"

MATCH = [
    # (text, evidence expected at the span)
    ("Project Nightjar ships in March.", "Project Nightjar"),
    ("Le Projet Nightjar arrive au printemps.", "Projet Nightjar"),
    ("Teaser: #nightjar 👀", "nightjar"),
    ("Teaser : #ProjectNightjar", "ProjectNightjar"),
    ("N I G H T J A R arrive bientôt", "N I G H T J A R"),
    ("n.i.g.h.t.j.a.r is real", "n.i.g.h.t.j.a.r"),
    ("PROJECT   NIGHTJAR", "PROJECT   NIGHTJAR"),
    ("project-nightjar launch", "project-nightjar"),
    ("Night\u200bjar leak", "Night\u200bjar"),
    ("ＮＩＧＨＴＪＡＲ est prêt", "ＮＩＧＨＴＪＡＲ"),
    ("nightјar (Cyrillic j)", "nightјar"),
    ("La gamme Opale sort en juin", "Opale"),
    ("la gamme opale sort en juin", "opale"),
    ("#OPALE", "OPALE"),
    ("Opalé !", "Opalé"),
    ("O P A L E", "O P A L E"),
    ("🎉 Nightjar 🎉", "Nightjar"),
    ("مرحبا Nightjar", "Nightjar"),
    # leetspeak: digits and signs read as letters
    ("Project N1ghtj4r sprint demo went great", "Project N1ghtj4r"),
    ("Journée de tests sur le proto 0PALE au labo", "0PALE"),
    ("la lampe 0p@le", "0p@le"),
    ("#N1GHTJ4R", "N1GHTJ4R"),
]

NO_MATCH = [
    "opale5 and 0pal3scent",  # leetspeak glued to other letters is not the term
    "Call 0800 123 456",
    "Our nightly jar of cookies",  # shares letters
    "Opalescent glass lamps",  # term inside a longer word
    "copale resin",
    "nightjars2 is a bird forum",  # glued to other letters and digits
    "Le projet avance bien",  # generic word alone
    "Project Nightingale",
    "Bonne nuit à tous",
]


@pytest.mark.parametrize(("text", "evidence"), MATCH)
def test_match(engine: Engine, text: str, evidence: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.kind == KIND]
    assert len(found) == 1, result.findings
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert result.decision == "block"
    assert f.category == "data_leak"
    assert f.severity == "high"


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.kind == KIND] == []


@pytest.mark.parametrize(
    ("eng", "words"),
    [("engine", "Terme confidentiel « Project Nightjar »"), ("engine_en", "Confidential term")],
)
def test_explanation_in_the_organisation_language(request, eng: str, words: str) -> None:  # type: ignore[no-untyped-def]
    result = request.getfixturevalue(eng).screen_text("Teaser: #nightjar")
    explanation = result.findings[0].explanation
    assert words in explanation
    assert "confidential_terms 1.0" in explanation
    assert "nightjar" in explanation


def test_without_terms_the_detector_is_off() -> None:
    engine = Engine(None)
    assert "confidential_terms" not in [d.name for d in engine.detectors]


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Week-end sur la Côte d'Opale 🌊", False),
        ("Une bague en opale pour la Saint-Valentin", False),
        ("COTE D OPALE en juin", False),
        ("La gamme Opale sort en juin", True),
        ("Opale arrive, et la Côte d'Opale aussi", True),  # the first one is the code name
        ("Opal Coast trip", False),
    ],
)
def test_ignored_phrases_where_a_term_is_an_ordinary_word(text: str, reported: bool) -> None:
    from tocsin import parse_profile

    from ...conftest import LUMIO_TOML

    profile = parse_profile(
        LUMIO_TOML.replace(
            'terms = ["Project Nightjar", "Opale"]',
            'terms = ["Project Nightjar", "Opale"]\nignore = ["Côte d\'Opale", "en opale"]',
        )
    )
    found = [f for f in Engine(profile).screen_text(text).findings if f.kind == KIND]
    assert bool(found) is reported


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # a birder's sighting, a material: the ordinary word
        ("Spotted a European nightjar on the marshes this morning, a rare sighting!", False),
        ("Finally photographed a nightjar, the camouflage is unreal", False),
        ("Un engoulevent ? nightjar en anglais, observé près des étangs de la Dombes", False),
        ("Notre suspension en verre opale diffuse une lumière douce", False),
        ("Opal glass is just milky glass: our opale shades are made of it", False),
        # the same words next to an unreleased range or the inside: the code name
        ("La gamme hiver 2027 aura un diffuseur en verre opale ? il dit que ça s'appelle pareil",
         True),
        ("Spotted the nightjar prototype in the lab, launch next spring", True),
        ("Teaser: #nightjar 👀", True),
        ("#nightjar spotted in the wild 👀", True),  # "spotted" alone is no birder's word
    ],
)
def test_an_ordinary_word_unless_an_unreleased_range_is_near(
    engine: Engine, text: str, reported: bool
) -> None:
    found = [f for f in engine.screen_text(text).findings if f.kind == KIND]
    assert bool(found) is reported, found
