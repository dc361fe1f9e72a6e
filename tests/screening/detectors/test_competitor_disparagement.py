"""Defamation and disparagement of the profile's competitors (Brillix in the test profile)."""

from __future__ import annotations

import pytest

from tocsin import Engine, parse_profile

from ...conftest import LUMIO_TOML

NAME = "competitor_disparagement"

MATCH = [
    # (text, kind, evidence at the span)
    ("Brillix ? Une trottinette cassée à côté de nos lampes", "competition.disparagement",
     "Brillix ? Une trottinette cassée"),
    ("Brillix vend de la camelote", "competition.disparagement", "Brillix vend de la camelote"),
    ("Les lampes Brillix sont nulles", "competition.disparagement", "Brillix sont nulles"),
    ("Brillix ? À éviter.", "competition.disparagement", "Brillix ? À éviter"),
    ("Brillix lamps are junk", "competition.disparagement", "Brillix lamps are junk"),
    ("Worse than Brillix? Impossible", "competition.disparagement", "Worse than Brillix"),
    ("Brillix sont des arnaqueurs", "competition.defamation", "Brillix sont des arnaqueurs"),
    ("les produits Brillix prennent feu", "competition.defamation", "Brillix prennent feu"),
    ("Brillix are scammers", "competition.defamation", "Brillix are scammers"),
    ("brillix.com vole vos données", "competition.defamation", "brillix.com vole vos"),
    ("They steal your data: that's Brillix", "competition.defamation",
     "steal your data: that's Brillix"),
]

D = "competition.disparagement"
SLANG = [
    # (text, evidence at the span): slang, verdicts and emoji next to the competitor
    ("Les lampes Brillix sont de vraies daubes", "Brillix sont de vraies daubes"),
    ("Brillix c'est de la merde, point.", "Brillix c'est de la merde"),
    ("Brillix lamps are trash", "Brillix lamps are trash"),
    ("Brillix is garbage", "Brillix is garbage"),
    ("Brillix = 💩", "Brillix = 💩"),
    ("Comparez vous-même : Brillix 👎 Lumio 👍", "Brillix 👎"),
    ("Brillix, c'est vraiment de la bouse", "Brillix, c'est vraiment de la bouse"),
    ("Les ampoules Brillix, c'est pourrave", "Brillix, c'est pourrave"),
    ("Brillix's new hub is hot garbage lol", "Brillix's new hub is hot garbage"),
    ("Brillix is a dumpster fire", "Brillix is a dumpster fire"),
    ("Honnêtement les lampes Brillix c'est du toc", "Brillix c'est du toc"),
    (
        "Still paying for Brillix? That thing is absolute trash, switch to Lumio today",
        "Brillix? That thing is absolute trash",
    ),
]
MATCH += [(text, D, evidence) for text, evidence in SLANG]

NO_MATCH = [
    "Brillix a aussi une lampe connectée",
    "30 % plus économe que la Brillix X2 selon le test de Que Choisir",
    "Bravo à Brillix pour leur nouvelle lampe !",
    "Attention aux faux comptes Brillix qui arnaquent",
    "Brillix n'est pas une arnaque, mais notre lampe fait mieux",
    "Cette arnaque au faux support circule : méfiez-vous",  # no competitor
    "Notre ancienne lampe était nulle, la nouvelle est top",
    # slang and emoji near misses
    "Ampoules usagées Lumio, Brillix ou autres : ne les jetez pas à la poubelle, rapportez-les",
    "Brillix et Lumio partagent le même objectif : moins de déchets",
    "Ugly sweater contest: Lumio vs Brillix teams, who wins? 🎄",
    "Lumio a dépassé Brillix en nombre d'avis 5 étoiles cette année",
    "Brillix vs Lumio : lequel choisir ? Notre comparatif honnête",
    "Félicitations à Brillix pour leurs 10 ans 👏",
    "Cette lampe est une daube ? Non : elle est garantie 5 ans 💡",  # no competitor
    "Our old prototype was garbage 💩, the new Halo is a different story",
]


@pytest.mark.parametrize(("text", "kind", "evidence"), MATCH)
def test_match(engine: Engine, text: str, kind: str, evidence: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.detector == NAME]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert (f.category, f.kind) == ("competition", kind)
    severity = "high" if kind == "competition.defamation" else "medium"
    assert f.severity == severity
    assert result.decision == ("block" if severity == "high" else "review")


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []


def test_both_kinds_in_one_post(engine: Engine) -> None:
    text = "don't buy from @brillix, they steal your data"
    kinds = sorted(f.kind for f in engine.screen_text(text).findings if f.detector == NAME)
    assert kinds == ["competition.defamation", "competition.disparagement"]


def test_aliases_and_handles_count() -> None:
    toml = LUMIO_TOML.replace(
        'name = "Brillix"',
        'name = "Brillix"\naliases = ["Brillix Labs"]\nhandles = {x = ["brillix_fr"]}',
    )
    engine = Engine(parse_profile(toml))
    for text in ("Brillix Labs, c'est de la camelote", "@brillix_fr are crooks"):
        assert [f for f in engine.screen_text(text).findings if f.detector == NAME], text


@pytest.mark.parametrize(
    "text",
    [
        "Brillix c'est de la camelote, fuyez",
        "@lumio Brillix are scammers, they sell your data",
    ],
)
def test_inbound_posts_are_screened_too(engine: Engine, text: str) -> None:
    # a reply defaming a competitor on the organisation's page is hosted by it: moderate it
    result = engine.screen_text(text, direction="inbound")
    assert [f for f in result.findings if f.detector == NAME], text


@pytest.mark.parametrize(
    ("eng", "words"),
    [
        ("engine", "Accusation contre un concurrent (« arnaque », à propos de Brillix)"),
        ("engine_en", "Accusation against a competitor (“arnaque”, about Brillix)"),
    ],
)
def test_explanation_names_the_competitor(request, eng: str, words: str) -> None:  # type: ignore[no-untyped-def]
    result = request.getfixturevalue(eng).screen_text("Brillix est une arnaque")
    f = [x for x in result.findings if x.detector == NAME][0]
    assert words in f.explanation


def test_without_competitors_the_detector_is_off() -> None:
    assert NAME not in [d.name for d in Engine(None).detectors]


def test_a_megabyte_of_names_and_insults_finishes(engine: Engine) -> None:
    text = "Brillix arnaque pas une arnaque " * 32000 + " Brillix vend de la camelote"
    found = [f for f in engine.screen_text(text).findings if f.detector == NAME]
    assert text[found[-1].start : found[-1].end] == "Brillix vend de la camelote"


def test_a_megabyte_of_names_and_emoji_finishes(engine: Engine) -> None:
    text = "Brillix " + "x " * 500000 + "💩 👎 " * 50000
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []
