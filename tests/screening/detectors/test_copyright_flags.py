"""Copyright red flags (outbound, medium)."""

from __future__ import annotations

import pytest

from tocsin import Engine

KIND = "compliance.copyright"

MATCH = [
    # (text, evidence at the span)
    ("Photo trouvée sur Google Images 😍", "trouvée sur Google"),
    ("Illustration trouvée sur internet, je ne sais plus où.", "trouvée sur internet"),
    ("Found this pic online, love it!", "Found this pic online"),
    ("Image from Pinterest, credits to the owner.", "Image from Pinterest"),
    ("No copyright intended, all rights to the owner.", "No copyright intended"),
    ("Source : Google Images", "Source : Google Images"),
    ("Crédit photo : Pinterest", "Crédit photo : Pinterest"),
    ("Musique : Daft Punk (pas de droits)", "pas de droits"),
    ("Vidéo utilisée sans autorisation de l'auteur, désolé.", "sans autorisation"),
    ("Song: Beyoncé - Halo (I do not own the rights)", "I do not own the rights"),
    ("Visuel récupéré sur Pinterest sans crédit, on l'utilise pour la pub.",
     "récupéré sur Pinterest"),
    ("New ad soundtrack: the whole album, ripped from YouTube 🎶", "ripped from"),
    ("On a repris le logo Disney pour la campagne de Noël.", "repris le logo"),
    ("All credits go to the original artist, no copyright infringement intended.",
     "no copyright infringement intended"),
]

NO_MATCH = [
    "copyright © 2026 Lumio",
    "© Lumio SA 2026 — tous droits réservés.",
    "Reproduction interdite sans autorisation.",
    "Suivez-nous sur Pinterest pour plus d'inspiration !",
    "Comment optimiser vos images pour Google Images : nos conseils SEO.",
    "Vous avez trouvé sur internet un prix plus bas ? On s'aligne !",
    "Photo : Lumio / Studio Lumière, tous droits réservés.",
    "Entrée libre, pas de droits d'entrée au showroom.",
    "Notre nouveau logo : on a repris le logo historique de Lumio, modernisé.",
    "Musique libre de droits : Pixabay (licence Pixabay).",
]


@pytest.mark.parametrize(("text", "evidence"), MATCH)
def test_match(engine: Engine, text: str, evidence: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.kind == KIND]
    assert evidence in [text[f.start : f.end] for f in found], result.findings
    assert all(f.severity == "medium" and f.category == "compliance" for f in found)
    assert result.decision == "review"


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.kind == KIND] == []


def test_megabyte_post_finishes(engine: Engine) -> None:
    text = ("fair use " + "v" * 80 + " ") * 11_000
    assert len([f for f in engine.screen_text(text).findings if f.kind == KIND]) == 11_000
