"""Profanity, FR and EN, with leetspeak and masked spellings; inbound it is community moderation."""

from __future__ import annotations

import pytest

from tocsin import Engine

NAME = "profanity"

MATCH = [
    # (text, evidence at the span)
    ("Putain, quelle journée", "Putain"),
    ("C'est de la merde ce réseau", "merde"),
    ("Quel connard ce livreur", "connard"),
    ("Espèce de con !", "Espèce de con"),
    ("bande de cons", "bande de cons"),
    ("Va te faire foutre", "Va te faire foutre"),
    ("Ces enculés ont encore augmenté les prix", "enculés"),
    ("salope", "salope"),
    ("PTN le retard", "PTN"),
    ("What the fuck is this", "fuck"),
    ("fucking great launch", "fucking"),
    ("This is bullshit", "bullshit"),
    ("Don't be an asshole", "asshole"),
    ("life's a bitch", "bitch"),
    ("holy shit that's fast", "holy shit"),
    ("wtf lol", "wtf"),
    # leetspeak
    ("m3rde alors", "m3rde"),
    ("sh1t happens", "sh1t"),
    ("$hit happens", "$hit"),
    ("a$$hole", "a$$hole"),
    ("b1tch please", "b1tch"),
    ("c0nnard", "c0nnard"),
    # masked
    ("f*ck this", "f*ck"),
    ("f**k off", "f**k"),
    ("what the f***", "f***"),
    ("sh*t happens", "sh*t"),
    ("sh!t happens", "sh!t"),
    ("p*tain de bug", "p*tain"),
    ("m*rde", "m*rde"),
    ("quel enc*lé", "enc*lé"),
    ("a**hole", "a**hole"),
    ("f*cking hell", "f*cking"),
    # a word whose rule has exceptions ("nique" unless a picnic) is unmasked too
    ("n*que ta mère", "n*que"),
    ("Franchement n*que cette boîte", "n*que"),
    # dodges undone by normalisation
    ("F U C K", "F U C K"),
    ("f.u.c.k", "f.u.c.k"),
    ("ＭＥＲＤＥ", "ＭＥＲＤＥ"),
    ("mer\u200bde", "mer\u200bde"),
    ("ＰＵＴＡＩＮ", "ＰＵＴＡＩＮ"),
]

NO_MATCH = [
    "Scunthorpe United wins",  # a word inside a longer one
    "Shiitake and shitake mushrooms risotto",
    "Une salopette en jean pour le jardin",
    "Nos bureaux de Puteaux, à La Défense",
    "Un verre de chianti",
    "Les vins bordelais à l'honneur",
    "Concert à Bitche samedi",
    "Café con leche y churros",
    "The pros and cons of smart lamps",
    "Rendez-vous à la Comic Con",
    "Contactez notre service client pour tout conseil",
    "Concours : gagnez une lampe",
    "Un pain bâtard et une baguette",
    "Les Enfoirés en concert pour les Restos du cœur",
    "Dick's Sporting Goods opens a store",
    "Cocktail party at the Sussex office",
    "Assessment of the class of 2026",
    "**Nouveau** : la lampe Halo !",
    "Prix : 49 € * hors frais de port",
    "Merci !!! À demain !",
    "Note* : offre valable en France",
    "Promo -20% ce week-end",
    "Version 3.5 du firmware, 10h-18h",
    "Suivez @lumio_fr et @brillix",
    "Pique-nique* du personnel dimanche au parc",
]


@pytest.mark.parametrize(("text", "evidence"), MATCH)
def test_match(engine: Engine, text: str, evidence: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.detector == NAME]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert (f.category, f.kind, f.severity) == ("reputation", "reputation.profanity", "medium")


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []


@pytest.mark.parametrize(
    ("text", "evidence"),
    [("Vous êtes une bande de cons", "bande de cons"), ("f*ck your support", "f*ck")],
)
def test_inbound_profanity_is_community_moderation(
    engine: Engine, text: str, evidence: str
) -> None:
    result = engine.screen_text(text, direction="inbound")
    found = [f for f in result.findings if f.detector == NAME]
    moderated = [f for f in found if f.category == "community_management"]
    assert len(moderated) == 1
    f = moderated[0]
    assert text[f.start : f.end] == evidence
    assert (f.category, f.kind) == ("community_management", "community.profanity")
    # aimed at the organisation ("vous", "your support"): also a public complaint, same words
    assert [(g.kind, g.severity, g.start) for g in found if g is not f] == [
        ("reputation.complaint", "low", f.start)
    ]
    assert "message reçu du public" in f.explanation


@pytest.mark.parametrize(
    ("eng", "words"), [("engine", "Grossièreté (« merde »)"), ("engine_en", "Profanity (“merde”)")]
)
def test_explanation_in_the_organisation_language(request, eng: str, words: str) -> None:  # type: ignore[no-untyped-def]
    f = request.getfixturevalue(eng).screen_text("Oh merde").findings[0]
    assert words in f.explanation
    assert "profanity 1.0" in f.explanation


def test_a_megabyte_of_masks_and_leetspeak_finishes(engine: Engine) -> None:
    text = ("a*b#c!d%e" * 1000 + " m3r5$ ") * 110 + " f*ck"
    found = [f for f in engine.screen_text(text).findings if f.detector == NAME]
    assert text[found[-1].start : found[-1].end] == "f*ck"


@pytest.mark.parametrize(
    "text",
    ["f*ck", "a**hole", "f***", "m3rde", "sh1t", "$hit", "b@tch", "wow!great", "ab#c", "x1$a"],
)
def test_the_first_look_lets_every_candidate_through(text: str) -> None:
    """A post that can hold leetspeak or a masked word passes the one-scan test before the
    passes (see ``_LEET_OR_MASK``)."""
    from tocsin.screening.detectors.reputation.profanity import _LEET_OR_MASK, Profanity

    runs = Profanity._mask_runs(Profanity, text)  # type: ignore[arg-type]
    masked = any(Profanity._may_mask_a_word(text, end, text[start:end]) for start, end in runs)
    assert Profanity._has_leet(Profanity, text) or masked  # type: ignore[arg-type]
    assert _LEET_OR_MASK.search(text) is not None
    if masked:
        assert Profanity.MASK_CANDIDATE.search(text) is not None
