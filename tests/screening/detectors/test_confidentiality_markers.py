"""Confidentiality markers (confidential.marker), and the reassurances that look like them."""

from __future__ import annotations

import pytest

from tocsin import Engine, Post
from tocsin.screening.detectors.confidential.confidentiality_markers import (
    ConfidentialityMarkers,
)
from tocsin.screening.lexicon import load_rules

KIND = "confidential.marker"

MATCH = [
    # (text, evidence at the span, rule, outbound severity)
    ("CONFIDENTIEL — chiffres du T3 avant publication", "CONFIDENTIEL", "confidential", "high"),
    ("Document strictement confidentiel : plan de lancement", "strictement confidentiel",
     "confidential", "high"),
    ("Ces chiffres sont confidentiels, merci", "confidentiels", "confidential", "high"),
    ("[Confidential] Q3 pricing for partners", "Confidential", "confidential", "high"),
    ("Strictly confidential: the new lamp costs €49 to make", "Strictly confidential",
     "confidential", "high"),
    ("Note à usage interne : nouveaux tarifs", "à usage interne", "internal_only", "high"),
    ("Interne uniquement : planning des soldes", "Interne uniquement", "internal_only", "high"),
    ("Ne pas diffuser svp : le visuel de la campagne", "Ne pas diffuser", "internal_only", "high"),
    ("À ne pas transférer – merci", "ne pas transférer", "internal_only", "high"),
    ("Internal only: draft of the Q3 deck", "Internal only", "internal_only", "high"),
    ("For internal use only - pricing grid", "For internal use only", "internal_only", "high"),
    ("Please do not forward this email", "do not forward", "internal_only", "high"),
    ("Do not share outside the team: the launch date moved", "Do not share", "internal_only",
     "high"),
    ("Draft - not for publication", "Draft - not for publication", "internal_only", "high"),
    ("Sous embargo jusqu'au 12 mars 10 h", "Sous embargo jusqu'au", "embargo", "high"),
    ("EMBARGOED UNTIL 9 AM CET: Lumio acquires…", "EMBARGOED UNTIL", "embargo", "high"),
    ("Sous NDA, mais voici la nouvelle lampe 😍", "Sous NDA", "nda", "high"),
    ("I'm under NDA but the new lamp is amazing", "under NDA", "nda", "high"),
    ("Brouillon : post pour la fête des mères", "Brouillon", "draft", "medium"),
    ("DRAFT V2 – caption for Instagram", "DRAFT V2", "draft", "medium"),
    ("Notre roadmap 2027 : lampe connectée et appli", "roadmap", "roadmap", "medium"),
    ("La feuille de route interne prévoit une gamme pro", "feuille de route", "roadmap",
     "medium"),
    ("La nouvelle lampe, pas encore annoncée, sera à 299 €", "pas encore annoncée",
     "not_yet_announced", "high"),
    ("Sneak peek of an unreleased lamp 👀", "unreleased", "not_yet_announced", "high"),
    ("Not yet announced: our partnership with Brillix", "Not yet announced",
     "not_yet_announced", "high"),
    ("Le modèle non annoncé sera lancé en mai", "non annoncé", "unannounced_product", "high"),
    ("Photo du prototype de la lampe Opale", "prototype", "prototype", "medium"),
    ("Notre secret de fabrication : un verre soufflé à 1 200 °C puis trempé 3 fois",
     "secret de fabrication", "trade_secret", "medium"),
    # real markers next to words of the privacy exceptions ("design", "device", "usage",
    # "chiffres", "votre")
    ("Confidential: the new design of the Aurora lamp, launch in May", "Confidential",
     "confidential", "high"),
    ("Company confidential — draft pricing for the device launch", "Company confidential",
     "confidential", "high"),
    ("Very confidential: your bonus for 2027 will be 12%", "confidential", "confidential",
     "high"),
    ("Highly confidential: usage figures of the app for Q3, before the board",
     "Highly confidential", "confidential", "high"),
    ("CONFIDENTIEL — chiffres du T3 avant publication", "CONFIDENTIEL", "confidential", "high"),
    ("Confidentiel : la liste des clients pros et leurs remises 2027", "Confidentiel",
     "confidential", "high"),
    ("Confidentiel direction : le plan de réduction des coûts du site de Lyon", "Confidentiel",
     "confidential", "high"),
    ("Document confidentiel : votre nouvelle grille de rémunération", "confidentiel",
     "confidential", "high"),
]

NO_MATCH = [
    # privacy reassurances and support lines
    "Confidential tip from our designers: warm white in the bedroom",
    "Vos données restent confidentielles.",
    "Vos réponses sont anonymes et confidentielles.",
    "Your information remains confidential and is never sold.",
    "Notre politique de confidentialité évolue le 1er mars.",
    "Read our privacy policy before signing up.",
    "Appelez notre ligne d'écoute confidentielle, 24 h/24.",
    "Our confidential counselling line is open to all employees.",
    "Signalement confidentiel via notre plateforme lanceurs d'alerte.",
    # hygiene and community guidelines
    "Do not share your password with anyone.",
    "Ne pas partager votre mot de passe, même avec nous.",
    "Please do not share personal information in the comments.",
    "Ne pas diffuser de rumeurs : attendez les informations officielles.",
    # other meanings
    "Huile essentielle de citron : à usage interne sur avis médical.",
    "NDA : ce thread est long, désolé.",
    "Le cahier de brouillon de la rentrée est en promo.",
    "Découvrez notre roadmap publique 2027 et votez pour vos idées !",
    "Notre feuille de route climat 2030 est en ligne.",
    "Les dates ne sont pas encore annoncées, restez connectés !",
    "Une inspection non annoncée a eu lieu dans l'usine.",
    "Venez découvrir notre prototype au salon Maison&Objet, stand B42.",
    "Le secret de fabrication de nos crêpes ? L'amour.",
    "L'embargo sur le pétrole russe est prolongé.",
    "Nous avons une recette secrète pour les fêtes",
    "Our confidentiality agreement template is on the site.",
    # product privacy promises: "confidential by design", data kept on the device
    "Our confidential-by-design promise: your usage data stays on your device",
    "Privacy by design : vos échanges restent confidentiels.",
    "Confidentialité garantie : vos habitudes d'éclairage restent sur votre appareil.",
    "Confidential by design: we never see your light schedules.",
    "End-to-end encryption keeps your chats confidential.",
    "Échanges 100 % confidentiels avec nos conseillers.",
    "Toutes vos demandes sont traitées de manière strictement confidentielle.",
    "Vos messages au SAV sont confidentiels et ne sont jamais revendus.",
    "Your usage data is confidential and never leaves your home.",
    "Nos lampes sont confidentielles par conception : aucune donnée ne quitte votre domicile.",
    "Private by default, confidential by design: that's the Lumio promise.",
    "Discrétion garantie : envoi dans un emballage confidentiel, sans logo.",
    "Confidential and encrypted: the Lumio app keeps your schedules on your phone.",
    "Appli Lumio : historique confidentiel, chiffré sur votre téléphone.",
]


def _mine(engine: Engine, text: str, direction: str = "outbound"):  # type: ignore[no-untyped-def]
    result = engine.screen(Post(text=text, direction=direction))
    return [f for f in result.findings if f.kind == KIND]


@pytest.mark.parametrize(("text", "evidence", "rule", "severity"), MATCH)
def test_match(engine: Engine, text: str, evidence: str, rule: str, severity: str) -> None:
    found = _mine(engine, text)
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert f.rule == f"confidential_markers.{rule}"
    assert f.severity == severity
    assert f.category == "data_leak"


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert _mine(engine, text) == []
    assert _mine(engine, text, "inbound") == []


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("Voici le document interne de Lumio, strictement confidentiel", "medium"),
        ("Leaked: Lumio's roadmap 2027", "low"),
        ("Brouillon : nouvelle gamme", None),  # drafts: outbound only
    ],
)
def test_inbound_is_one_step_lower(engine: Engine, text: str, severity: str | None) -> None:
    found = _mine(engine, text, "inbound")
    assert [f.severity for f in found] == ([severity] if severity else [])


@pytest.mark.parametrize(
    ("lang", "words"),
    [("fr", "Mention de confidentialité « Confidentiel »"),
     ("en", "Confidentiality marker “Confidentiel”")],
)
def test_explanation_and_decision(lumio_profile, lang: str, words: str) -> None:  # type: ignore[no-untyped-def]
    engine = Engine(lumio_profile, detectors=[ConfidentialityMarkers], lang=lang)
    result = engine.screen_text("Confidentiel : les chiffres de Q3")
    assert result.decision == "block"
    assert words in result.findings[0].explanation
    assert "confidentiality_markers 1.0" in result.findings[0].explanation


def test_every_rule_explains_itself_in_both_languages() -> None:
    for rule in load_rules("confidential_markers"):
        assert {"fr", "en"} <= set(rule.explanation), rule.id
        # hints at a credential (where it is written, how it is built) are a secret's kind
        assert rule.kind in (KIND, "secret.credential_hint") and rule.category == "data_leak"


@pytest.mark.parametrize(
    "text",
    [
        "confidentiel " * 80_000,
        "ne pas diffuser " * 60_000,
        "ne pas diffuser vos données " * 40_000,  # dense markers and exceptions
        "a" * 1_000_000,
    ],
)
def test_megabyte_input_finishes(text: str) -> None:
    Engine(None, detectors=[ConfidentialityMarkers]).screen_text(text)
