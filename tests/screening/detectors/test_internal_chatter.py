"""Internal chatter posted publicly: wrong channel or account, drafts, tests, @channel."""

from __future__ import annotations

import pytest

from tocsin import Engine

NAME = "internal_chatter"

MATCH = [
    # (text, evidence at the span)
    ("à supprimer après relecture : le bug de l'appli", "à supprimer"),
    ("Oups mauvais canal, désolée", "mauvais canal"),
    ("Pas sur le bon compte, je supprime", "Pas sur le bon compte"),
    ("C'était pour le Slack interne 🙈", "C'était pour le Slack interne"),
    ("Sorry, wrong account!", "wrong account"),
    ("This was meant for the team chat", "was meant for the team chat"),
    ("Oups, à supprimer", "à supprimer"),
    ("Ignore this, testing the scheduler", "Ignore this"),
    ("Test post from the new scheduler", "Test post"),
    ("NE PAS PUBLIER avant le 12", "NE PAS PUBLIER"),
    ("Do not publish before Monday", "Do not publish"),
    ("Lorem ipsum dolor sit amet", "Lorem ipsum"),
    ("Nouvelle gamme ! [insérer le lien]", "insérer le lien"),
    ("@channel le point d'équipe est à 14 h", "@channel"),
    ("@here who has the launch deck?", "@here"),
    # the full-width sign folds to "@" (the engine's gate opens on it too)
    ("\uff20channel le point d'équipe est à 14 h", "\uff20channel"),
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


SAID_ANOTHER_WAY = [
    # (text, evidence at one span): slips of channel written without the usual words
    ("Désolée, ce message était censé aller sur le Slack de l'équipe", "censé aller"),
    ("oops wrong tab", "wrong tab"),
    ("C'était pour le groupe WhatsApp du service, pas pour la page", "pas pour la page"),
    ("Brouillon campagne hiver, à supprimer svp", "à supprimer"),
    ("Sorry all, this was supposed to go to our internal Slack", "supposed to go"),
    ("Ce post devait partir sur le Teams de l'équipe marketing 🙈", "devait partir"),
    ("Oups, je me suis trompée d'onglet, ignorez", "trompée d'onglet"),
    ("Posted this by mistake, please disregard", "Posted this by mistake"),
    ("TODO : remplacer par la vraie photo avant publication", "remplacer par la vraie"),
    ("Message destiné au groupe WhatsApp du SAV", "destiné au"),
]

SAID_ANOTHER_WAY_NEAR_MISS = [
    "Oops, our WhatsApp support line was down this morning, sorry! It's back now",
    "Rejoignez notre serveur Discord pour échanger avec la communauté Lumio",
    "Lumio est désormais compatible avec Slack et Teams : recevez vos alertes",
    "Lumio Pro is meant for teams of all sizes",
    "Ce trophée était pour l'équipe, merci à tous ❤️",
    "This video was supposed to go live yesterday, sorry for the delay!",
    "5 habitudes énergivores à supprimer cet hiver",
    "Supprimez les applis inutiles de votre téléphone, conseil du jour",
    "Take it down a notch with our new dimmable lamp",
    "Ce message était pour vous, nos clients fidèles : merci !",
    "Le webinaire était destiné à nos partenaires installateurs",
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


@pytest.mark.parametrize(("text", "evidence"), SAID_ANOTHER_WAY)
def test_chatter_said_another_way(engine: Engine, text: str, evidence: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.detector == NAME]
    assert evidence in [text[f.start : f.end] for f in found], found
    assert {(f.kind, f.severity) for f in found} == {("reputation.internal_chatter", "high")}
    assert result.decision == "block"


@pytest.mark.parametrize("text", SAID_ANOTHER_WAY_NEAR_MISS)
def test_chatter_near_misses(engine: Engine, text: str) -> None:
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


def test_the_gate_opens_on_every_character_folded_to_an_at_sign() -> None:
    from tocsin.screening.detectors.reputation.internal_chatter import InternalChatter
    from tocsin.screening.normalize import normalize

    folded_to_at = {
        chr(c)
        for c in range(0x20000)
        if not 0xD800 <= c < 0xE000 and "@" in normalize(chr(c), view=False).folded
    }
    assert folded_to_at <= set(InternalChatter.AT_SIGNS)
