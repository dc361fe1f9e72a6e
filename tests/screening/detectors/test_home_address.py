"""Home addresses of people: a street address after a word of residence; masked excerpts."""

from __future__ import annotations

import pytest

from tocsin import Engine

NAME = "home_address"
KIND = "whereabouts.home_address"

MATCH = [
    # (text, evidence at the span, excerpt)
    ("Elle habite au 12 rue des Lilas", "habite au 12 rue des Lilas", "habite … •• rue d… L…"),
    ("Claire habite 3 bis avenue Foch", "habite 3 bis avenue Foch", "habite … • bis avenue F…"),
    ("Son adresse perso : 3 allée des Pins", "Son adresse perso : 3 allée des Pins",
     "Son adresse … • allee d… p…"),
    ("He lives at 221B Baker Street", "lives at 221B Baker Street", "lives … •••b b… street"),
    ("she lives on 45 Oak Road, Leeds", "lives on 45 Oak Road", "lives … •• o… road"),
    ("Le client Paul Garnier, 14 rue des Tanneurs, 69007 Lyon",
     "Le client Paul Garnier, 14 rue des Tanneurs", "Le client … •• rue d… t…"),
    ("Parcel for Oliver Grant, Flat 3, 17 Kingsley Road",
     "Parcel for Oliver Grant, Flat 3, 17 Kingsley Road", "Parcel for … •• k… road"),
]

NO_MATCH = [
    "Notre boutique : 12 rue de la Paix, Paris",  # a shop is not a home
    "Showroom at 221 Baker Street, open daily",
    "Elle vit à Lyon depuis 12 ans",
    "Living room ideas: 12 lamps we love",
    "Habitez la lumière : -12 % sur la gamme",
    "Le client peut venir au 12 quai Perrache retirer sa commande",
]


@pytest.mark.parametrize(("text", "evidence", "excerpt"), MATCH)
def test_match(engine: Engine, text: str, evidence: str, excerpt: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.detector == NAME]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert f.excerpt.lower() == excerpt.lower()
    assert (f.category, f.kind, f.severity) == ("personal_security", KIND, "high")
    assert result.decision == "block"


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []


def test_a_customer_posting_their_address_is_kept_for_moderation(engine: Engine) -> None:
    text = "le livreur a laissé mon colis devant chez moi au 27 bis rue Gambetta"
    found = [f for f in engine.screen_text(text, direction="inbound").findings
             if f.detector == NAME]
    assert [f.severity for f in found] == ["medium"]


def test_the_address_is_never_in_the_explanation(engine: Engine) -> None:
    f = [x for x in engine.screen_text("Elle habite au 12 rue des Lilas").findings
         if x.detector == NAME][0]
    assert "Lilas" not in f.explanation and "12" not in f.explanation


def test_a_megabyte_of_residence_words_finishes(engine: Engine) -> None:
    text = "habite au 1 2 3 4 lives at 5 rue " * 30000 + " habite au 12 rue des Lilas"
    found = [f for f in engine.screen_text(text).findings if f.detector == NAME]
    assert text[found[-1].start : found[-1].end].endswith("habite au 12 rue des Lilas")
