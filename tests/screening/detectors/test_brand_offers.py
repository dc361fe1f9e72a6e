"""Counterfeit offers, fake support asking for secrets, scam giveaways (Lumio, Claire Dubois)."""

from __future__ import annotations

import pytest

from tocsin import Engine, Post

NAME = "brand_offers"


def _kinds(engine: Engine, text: str, direction: str = "inbound") -> list[str]:
    post = Post(text=text, direction=direction)
    return [f.kind for f in engine.screen(post).findings if f.detector == NAME]


MATCH = [
    ("Lampes Lumio à prix usine, 100% authentique !", "brand.counterfeit"),
    ("Promo -80% sur toute la gamme Lumio", "brand.counterfeit"),
    ("Lumio Halo replica, AAA quality, DM me", "brand.counterfeit"),
    ("Genuine Lumio lamps 90% off today", "brand.counterfeit"),
    (
        "Service client Lumio : envoyez votre numéro de carte en MP pour le remboursement",
        "brand.fake_support",
    ),
    (
        "Lumio support here, please DM us your card number and PIN code to verify",
        "brand.fake_support",
    ),
    ("Pour débloquer votre compte Lumio, communiquez le code reçu par SMS", "brand.fake_support"),
    ("Lumio: verify your wallet with your seed phrase at our link", "brand.fake_support"),
    ("Claire Dubois giveaway: send 0.1 BTC and we send back double", "brand.scam_giveaway"),
    ("Lumio fête ses 10 ans : doublez vos bitcoins, airdrop pour tous", "brand.scam_giveaway"),
    (
        "Félicitations, vous avez gagné une lampe Lumio, payez juste la livraison",
        "brand.scam_giveaway",
    ),
]


@pytest.mark.parametrize(("text", "kind"), MATCH)
def test_offers(engine: Engine, text: str, kind: str) -> None:
    assert kind in _kinds(engine, text)


NO_MATCH = [
    # warnings and real questions
    "Lumio ne vous demandera jamais votre code PIN ni votre mot de passe",
    "Lumio will never ask for your password or card number",
    "Attention aux faux comptes Lumio qui demandent votre numéro de carte : arnaque !",
    "Beware: fake Lumio giveaway going around, it's a scam",
    # no brand nearby
    "Envoyez votre numéro de carte au support de votre banque",
    "Promo -80% chez le voisin",
    # ordinary customer posts
    "Ma lampe Lumio est super, merci !",
    "J'ai oublié mon mot de passe de l'application, quelqu'un sait ?",
]


@pytest.mark.parametrize("text", NO_MATCH)
def test_not_offers(engine: Engine, text: str) -> None:
    assert _kinds(engine, text) == []


REPORTED = [
    # a customer reporting an impersonator: flagged, but sent to review, not hidden
    "Is this account @Lumio_Support_Help legit? They asked for my card number in DM",
    "Un compte « Lumio Assistance » m'a demandé mon code PIN en MP, c'est bien vous ?",
    "Is this really you Lumio? A page wants my bank login to ship the prize",
    "Lumio, c'est normal que votre SAV me demande mes identifiants par WhatsApp ?",
]


@pytest.mark.parametrize("text", REPORTED)
def test_reported_fake_support_is_reviewed_not_blocked(engine: Engine, text: str) -> None:
    findings = [
        f for f in engine.screen(Post(text=text, direction="inbound")).findings
        if f.detector == NAME
    ]
    assert [(f.kind, f.severity) for f in findings] == [("brand.fake_support", "medium")]


NOT_REPORTED = [
    # what a customer was asked for is not a secret
    "Lumio support asked me for my order number, got my refund in 2 days, great",
    "Bonjour Lumio, on m'a demandé mon numéro de commande au téléphone, normal ?",
    # the card number named without any request to hand it over
    "Lumio, my card number was charged twice for the same lamp",
    "Lumio : le numéro de carte de fidélité ne s'affiche plus dans l'appli",
]


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_no_fake_support_without_a_secret_asked_for(engine: Engine, text: str) -> None:
    assert "brand.fake_support" not in _kinds(engine, text)


def test_outbound_posts_are_not_checked(engine: Engine) -> None:
    assert _kinds(engine, "Promo -80% sur toute la gamme Lumio", "outbound") == []


def test_explanation_names_the_brand(engine_en: Engine) -> None:
    post = Post(text="Lumio support: DM us your card number", direction="inbound")
    (f,) = [f for f in engine_en.screen(post).findings if f.detector == NAME]
    assert "in the name of Lumio" in f.explanation and f.severity == "high"
