"""Internal chatter posted publicly: wrong channel or account, drafts, tests, @channel."""

from __future__ import annotations

import pytest

from tocsin import Engine

NAME = "internal_chatter"

MATCH = [
    # (text, evidence at the span)
    ("Oups mauvais canal, désolée", "mauvais canal"),
    ("Pas sur le bon compte, je supprime", "Pas sur le bon compte"),
    ("C'était pour le Slack interne 🙈", "C'était pour le Slack interne"),
    ("Sorry, wrong account!", "wrong account"),
    ("This was meant for the team chat", "meant for the team chat"),
    ("Oups, à supprimer", "à supprimer"),
    ("Ignore this, testing the scheduler", "Ignore this"),
    ("Test post from the new scheduler", "Test post"),
    ("NE PAS PUBLIER avant le 12", "NE PAS PUBLIER"),
    ("Do not publish before Monday", "Do not publish"),
    ("Lorem ipsum dolor sit amet", "Lorem ipsum"),
    ("Nouvelle gamme ! [insérer le lien]", "insérer le lien"),
    ("@channel le point d'équipe est à 14 h", "@channel"),
    ("@here who has the launch deck?", "@here"),
]

NO_MATCH = [
    "Logged into the wrong account? Here's how to switch",
    "Comment supprimer un appareil de votre compte ?",
    "Astuce : ne pas publier son adresse sur les réseaux",
    "Don't ignore this warning sign on your lamp",
    "Do not post your order number publicly",
    "Rejoignez notre chaîne (channel) YouTube",
    "Here at Lumio we love light",
    "Écrivez-nous à contact@lumio.fr, ici ou en message privé",
    "Le test de la lampe Halo par Les Numériques",
]


@pytest.mark.parametrize(("text", "evidence"), MATCH)
def test_match(engine: Engine, text: str, evidence: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.detector == NAME]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert (f.category, f.kind, f.severity) == ("reputation", "reputation.internal_chatter", "high")
    assert result.decision == "block"


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []


def test_inbound_posts_are_not_screened(engine: Engine) -> None:
    result = engine.screen_text("Oups mauvais compte", direction="inbound")
    assert [f for f in result.findings if f.detector == NAME] == []


@pytest.mark.parametrize(
    ("eng", "words"),
    [("engine", "Mention de messagerie d'équipe « @channel »"), ("engine_en", "Team-chat mention")],
)
def test_explanation_in_the_organisation_language(request, eng: str, words: str) -> None:  # type: ignore[no-untyped-def]
    f = request.getfixturevalue(eng).screen_text("@channel hello").findings[0]
    assert words in f.explanation


def test_a_megabyte_of_at_signs_finishes(engine: Engine) -> None:
    text = "@chann @her " * 90000 + "@channel"
    found = [f for f in engine.screen_text(text).findings if f.detector == NAME]
    assert text[found[-1].start : found[-1].end] == "@channel"
