"""Travel: flight numbers, hotel rooms, airports, hotel stays; numbers masked in excerpts."""

from __future__ import annotations

import pytest

from tocsin import Engine

NAME = "travel"

MATCH = [
    # (text, kind, evidence at the span, excerpt, severity)
    ("Vol AF 1234 demain 7 h, direction Montréal", "travel.flight", "AF 1234", "AF ****",
     "medium"),
    ("Boarding BA123 to London ✈️", "travel.flight", "BA123", "BA ***", "medium"),
    ("Claire Dubois prend le vol LH 400 ce soir", "travel.flight", "LH 400", "LH ***", "high"),
    ("Flight TO 3456 delayed again", "travel.flight", "TO 3456", "TO ****", "medium"),
    ("✈️ U2 4321 ce soir", "travel.flight", "U2 4321", "U2 ****", "medium"),
    ("Notre CEO est au Ritz, chambre 412", "travel.hotel_room", "chambre 412", "chambre ***",
     "high"),
    ("Room 1204 at the Hilton if you need me", "travel.hotel_room", "Room 1204", "room ****",
     "medium"),
    ("Heading to CDG, see you in Montreal", "travel.airport", "Heading to CDG", "Heading to CDG",
     "medium"),
    ("Direction Roissy pour Claire", "travel.airport", "Direction Roissy", "Direction Roissy",
     "high"),
    ("I'm at the airport, boarding soon", "travel.airport", "at the airport", "at the airport",
     "medium"),
    ("Claire Dubois est à l'hôtel Ritz jusqu'à jeudi", "travel.hotel", "est à l'hôtel",
     "est à l'hôtel", "high"),
    ("Our team is staying at the Marriott downtown", "travel.hotel", "is staying at",
     "is staying at", "medium"),
    ("Claire Dubois prend le TGV 6607 de 7h04 demain", "travel.train", "TGV 6607", "TGV ****",
     "high"),
    ("Coach 5 seat 61, see you in London", "travel.train", "Coach 5 seat 61",
     "coach ** seat **", "medium"),
    ("Our CEO is at Heathrow right now", "travel.airport", "is at Heathrow", "is at Heathrow",
     "high"),
    ("Suite 301 at the Four Seasons, knock twice", "travel.hotel_room", "Suite 301",
     "suite ***", "medium"),
]

NO_MATCH = [
    "Vol de vélo devant la boutique : restez vigilants",
    "Un vol de 12 heures, ça se prépare",
    "Rendez-vous à l'hôtel de ville pour la remise des prix",
    "Lampe LH 400 lumens, lumière chaude",
    "Retrouvez nos lampes en boutique à l'aéroport de Nice",
    "Salle de réunion room 101, 2e étage",
    "Chambre 12 : notre lampe de chevet préférée",
    "Suite à votre demande, voici 12 lampes",
    "CDG stands for Comme des Garçons in fashion",
    "Our CEO will speak at Vivatech on 12 June",
    "Livraison offerte : AF 20 % ce week-end",
    "Le train de 8 h est en retard, nos livraisons aussi",
    "Voiture électrique : 12 bornes de recharge à la boutique",
    "He is at home with our new lamp, happy as can be",
]


@pytest.mark.parametrize(("text", "kind", "evidence", "excerpt", "severity"), MATCH)
def test_match(
    engine: Engine, text: str, kind: str, evidence: str, excerpt: str, severity: str
) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.detector == NAME and f.kind == kind]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert f.excerpt == excerpt
    assert (f.category, f.severity) == ("personal_security", severity)


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Super séjour à l'hôtel, chambre 12 très propre !", False),  # a customer's review
        ("Vu Claire Dubois au Ritz, chambre 412", True),  # the CEO's room published
    ],
)
def test_inbound_only_for_the_profile_people(engine: Engine, text: str, found: bool) -> None:
    result = engine.screen_text(text, direction="inbound")
    assert bool([f for f in result.findings if f.detector == NAME]) is found


def test_flight_number_never_in_the_explanation(engine: Engine) -> None:
    f = [x for x in engine.screen_text("Vol AF 1234 demain").findings if x.detector == NAME][0]
    assert "1234" not in f.explanation and "1234" not in f.excerpt


def test_a_megabyte_of_codes_and_rooms_finishes(engine: Engine) -> None:
    text = "vol AF1 room 2 hotel ✈ AB 12 chambre 3 " * 26000 + " vol LH 400"
    found = [f for f in engine.screen_text(text).findings if f.detector == NAME]
    assert text[found[-1].start : found[-1].end] == "LH 400"


def test_every_travel_phrase_holds_a_cue_word() -> None:
    # Travel skips its lexicon in a post without any cue word: each phrase must hold one.
    from tocsin.screening.detectors.personal_security.travel import Travel
    from tocsin.screening.matching import fold_phrase

    cues = {
        fold_phrase(w.rstrip("*"))
        for w in (
            *Travel.AIR_WORDS, *Travel.HOTEL_WORDS, *Travel.STAY_WORDS, *Travel.LODGING_WORDS,
            *Travel.PLAN_WORDS,
        )
    }
    for rule in Travel.load():
        for phrase in rule.phrases:
            folded = f" {fold_phrase(phrase)} "
            assert any(f" {cue}" in folded for cue in cues), phrase
