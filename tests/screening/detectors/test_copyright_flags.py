"""Copyright and trademark red flags (outbound, medium)."""

from __future__ import annotations

import pytest

from tocsin import Engine

COPYRIGHT = "compliance.copyright"
TRADEMARK = "compliance.trademark"

MATCH = [
    # (text, kind, evidence at the span)
    ("Used the Coldplay track for our reel, no licence but whatever", COPYRIGHT, "no licence"),
    ("Photo trouvée sur Google Images 😍", COPYRIGHT, "trouvée sur Google"),
    ("Illustration trouvée sur internet, je ne sais plus où.", COPYRIGHT, "trouvée sur internet"),
    ("Found this pic online, love it!", COPYRIGHT, "Found this pic online"),
    ("Image from Pinterest, credits to the owner.", COPYRIGHT, "Image from Pinterest"),
    ("No copyright intended, all rights to the owner.", COPYRIGHT, "No copyright intended"),
    ("Source : Google Images", COPYRIGHT, "Source : Google Images"),
    ("Crédit photo : Pinterest", COPYRIGHT, "Crédit photo : Pinterest"),
    ("Musique : Daft Punk (pas de droits)", COPYRIGHT, "pas de droits"),
    ("Vidéo utilisée sans autorisation de l'auteur, désolé.", COPYRIGHT, "sans autorisation"),
    ("Song: Beyoncé - Halo (I do not own the rights)", COPYRIGHT, "I do not own the rights"),
    ("Visuel récupéré sur Pinterest sans crédit, on l'utilise pour la pub.", COPYRIGHT,
     "récupéré sur Pinterest"),
    ("New ad soundtrack: the whole album, ripped from YouTube 🎶", COPYRIGHT, "ripped from"),
    ("All credits go to the original artist, no copyright infringement intended.", COPYRIGHT,
     "no copyright infringement intended"),
    ("On a repris les personnages de Pixar pour notre vidéo de Noël.", COPYRIGHT,
     "repris les personnages"),
    # phrasing variants: a verb, a media word, a web source
    ("Found this gorgeous photo online, perfect for our spring campaign 🌸", COPYRIGHT, "Found"),
    ("Photo piquée sur Insta, trop belle pour notre story 😍", COPYRIGHT, "piquée"),
    ("J'ai chopé cette image sur Google pour la bannière du site.", COPYRIGHT, "chopé"),
    ("Pic stolen from Instagram lol, perfect for the newsletter header", COPYRIGHT, "stolen"),
    ("Grabbed this shot off Pinterest for our Mother's Day post 💐", COPYRIGHT, "Grabbed"),
    ("Vidéo récupérée sur TikTok, on la remonte avec nos lampes.", COPYRIGHT, "récupérée"),
    ("Illustration téléchargée sur le net, je n'ai pas trouvé l'auteur.", COPYRIGHT,
     "téléchargée"),
    ("Song from Spotify in the background, no rights but who cares 🎵", COPYRIGHT, "no rights"),
    ("Musique de fond : un titre de Stromae, sans licence 🤫", COPYRIGHT, "sans licence"),
    ("We used a Coldplay track for the reel, didn't ask for permission.", COPYRIGHT,
     "didn't ask for permission"),
    # another brand's logo or emblem
    ("On a repris le logo Disney pour la campagne de Noël.", TRADEMARK, "repris le logo"),
    ("On a mis le swoosh Nike sur notre affiche pour le salon 😎", TRADEMARK, "swoosh Nike"),
    ("Used the Apple logo in our ad, looks super premium.", TRADEMARK, "logo"),
    ("Petit clin d'œil : on a glissé le logo Coca-Cola dans notre vidéo de Noël 🎅", TRADEMARK,
     "logo"),
    ("We put the McDonald's golden arches on our flyer for the fun run 🍟", TRADEMARK,
     "golden arches"),
    ("Affiche de la soirée : on a détourné le logo Netflix avec nos couleurs.", TRADEMARK,
     "détourné le logo"),
    ("Le logo Apple sur notre pub, ça fait plus sérieux non ?", TRADEMARK, "logo"),
    ("Stuck the Starbucks logo on our coffee-corner poster lol", TRADEMARK, "logo"),
    ("Nos t-shirts du salon avec le logo Ferrari imprimé dessus, ça claque 🏎️", TRADEMARK,
     "logo"),
    ("Using the Nike logo on our merch without permission, hope that's fine", TRADEMARK, "logo"),
]

NO_MATCH = [
    # (text, kind that must not be found)
    ("copyright © 2026 Lumio", COPYRIGHT),
    ("© Lumio SA 2026 — tous droits réservés.", COPYRIGHT),
    ("Reproduction interdite sans autorisation.", COPYRIGHT),
    ("Suivez-nous sur Pinterest pour plus d'inspiration !", COPYRIGHT),
    ("Comment optimiser vos images pour Google Images : nos conseils SEO.", COPYRIGHT),
    ("Vous avez trouvé sur internet un prix plus bas ? On s'aligne !", COPYRIGHT),
    ("Photo : Lumio / Studio Lumière, tous droits réservés.", COPYRIGHT),
    ("Entrée libre, pas de droits d'entrée au showroom.", COPYRIGHT),
    ("Notre nouveau logo : on a repris le logo historique de Lumio, modernisé.", TRADEMARK),
    ("Musique libre de droits : Pixabay (licence Pixabay).", COPYRIGHT),
    # phrasing variants that are fine
    ("Found the perfect gift online? Our lamps ship free in 48 h.", COPYRIGHT),
    ("Retrouvez toutes nos photos sur Instagram @lumio 📸", COPYRIGHT),
    ("We found a great photographer on Instagram: her work for our spring shoot is online now.",
     COPYRIGHT),
    ("Photo prise par notre équipe à l'atelier de Lyon, à retrouver sur Insta.", COPYRIGHT),
    ("Our press photos are online in the press kit, free to use for editorial purposes.",
     COPYRIGHT),
    ("Vous avez trouvé votre lampe sur notre site ? Partagez une photo avec #lumio !", COPYRIGHT),
    ("Écoutez notre playlist d'hiver sur Spotify 🎧", COPYRIGHT),
    ("Music licensed from Epidemic Sound, photo by our studio.", COPYRIGHT),
    ("Found a photo of your Lumio lamp online? Tag us with #lumio!", COPYRIGHT),
    ("Notre vidéo reprise sur TikTok par 3 millions de personnes 🤩", COPYRIGHT),
    # logos that are fine: ours, partners', licensed, labels, social networks, payment schemes
    ("Notre nouveau logo est arrivé ! Merci à l'agence pour ce travail.", TRADEMARK),
    ("Lumio x Nike : partenariat officiel, collection capsule disponible demain.", TRADEMARK),
    ("Compatible avec Apple HomeKit et Google Home, dès maintenant.", TRADEMARK),
    ("Official partner of the Tour de France: the logo is used under licence.", TRADEMARK),
    ("Tap the Instagram logo in our bio to see the full collection!", TRADEMARK),
    ("Guide : comment bien utiliser le logo Lumio (charte graphique).", TRADEMARK),
    ("Nous avons utilisé le logo de la Ville de Lyon avec son accord pour la Fête des Lumières.",
     TRADEMARK),
    ("Look for the FSC logo on our packaging: 100% recycled cardboard.", TRADEMARK),
    ("On a mis le logo Lumio en grand sur le stand, venez nous voir !", TRADEMARK),
    ("Swoosh ! La nouvelle lampe glisse dans votre salon.", TRADEMARK),
    ("Paiement sécurisé : cherchez le logo Visa ou Mastercard au moment de payer.", TRADEMARK),
    ("We used the Canva logo maker to sketch ideas before hiring our designer.", TRADEMARK),
]


@pytest.mark.parametrize(("text", "kind", "evidence"), MATCH)
def test_match(engine: Engine, text: str, kind: str, evidence: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.kind == kind]
    assert evidence in [text[f.start : f.end] for f in found], result.findings
    assert all(f.severity == "medium" and f.category == "compliance" for f in found)
    assert result.decision == "review"


@pytest.mark.parametrize(("text", "kind"), NO_MATCH)
def test_no_match(engine: Engine, text: str, kind: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.kind == kind] == []


def test_the_trademark_explanation_says_why(engine_en: Engine) -> None:
    result = engine_en.screen_text("Used the Apple logo in our ad, looks super premium.")
    f = next(f for f in result.findings if f.kind == TRADEMARK)
    assert "registered trademark" in f.explanation
    assert "copyright_flags 1.1" in f.explanation


def test_megabyte_post_finishes(engine: Engine) -> None:
    text = ("fair use " + "v" * 80 + " ") * 11_000
    assert len([f for f in engine.screen_text(text).findings if f.kind == COPYRIGHT]) == 11_000


def test_megabyte_of_verbs_and_logos_finishes(engine: Engine) -> None:
    # the source and brand checks run on every "found" and "logo": bounded look-arounds
    unit = "found " + "x" * 30 + " logo " + "y" * 30 + " "
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    assert engine.screen_text(text).decision in ("allow", "review", "block")
