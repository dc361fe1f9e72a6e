"""The care places shared by postal_address and travel (``lexicons/care_places.txt``): a place of
the list with a resident's room is an address (postal_address) and, with a relative, says where a
frail person can be found (travel). Each place is written in the list once and read by both
detectors; the rows below use places both detectors only share since the list was merged."""

from __future__ import annotations

import pytest

from tocsin import Engine
from tocsin.screening.detectors.personal_security.travel import Travel
from tocsin.screening.detectors.pii.postal_address import PostalAddress, care_place_pattern
from tocsin.screening.word_lists import word_list

from .shape_tables import assert_found, assert_not_found

ADDRESS = ("postal_address", "pii.postal_address")
WHERE = ("travel", "whereabouts.location")

MATCH = [
    # (text, direction, detector, kind)
    ("Ma tante est au foyer-logement Les Aubépines, chambre 9, elle adore sa lampe", "inbound",
     *ADDRESS),
    ("Ma tante est au foyer-logement Les Aubépines, chambre 9, elle adore sa lampe", "inbound",
     *WHERE),
    ("My gran moved to the Willow Court assisted living, room 31, visits on Sundays", "inbound",
     *ADDRESS),
    ("My gran moved to the Willow Court assisted living, room 31, visits on Sundays", "inbound",
     *WHERE),
    ("Mon père est en soins palliatifs à Lyon, chambre 204, passez le voir", "outbound",
     *ADDRESS),
    ("Our uncle's at the Elm Tree old people's home, room 12, send him a card!", "outbound",
     *ADDRESS),
    ("Ma grand-mère est à l'USLD de Villeurbanne, chambre 17", "outbound", *ADDRESS),
    ("Ma mère est à la maison de repos des Pins, chambre 5, venez la voir", "outbound", *WHERE),
]

NO_MATCH = [
    # (text, direction, detector)
    ("Nos lampes équipent les 40 chambres du foyer-logement de Bron", "outbound",
     "postal_address"),
    ("Our lamps light all 60 rooms of the Willow Court assisted living", "outbound",
     "postal_address"),
    ("Room 12 of the town hall hosts the ward 5 councillors' meeting", "outbound",
     "postal_address"),
    ("Les soins palliatifs méritent plus de moyens, 3 lits pour 100 000 habitants", "outbound",
     "travel"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_match(engine: Engine, text: str, direction: str, detector: str, kind: str) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction", "detector"), NO_MATCH)
def test_no_match(engine: Engine, text: str, direction: str, detector: str) -> None:
    assert_not_found(engine, text, direction, detector)


def test_one_list_for_both_detectors() -> None:
    places = word_list("care_places.txt")
    assert places == PostalAddress.CARE_PLACES
    assert set(places) <= set(Travel.CARE_WORDS)
    assert "ward" not in places  # an electoral ward has no patients: travel adds it alone


@pytest.mark.parametrize(
    ("written", "place"),
    [("foyer-logement", "foyer logement"), ("old people's home", "old people's home"),
     ("residences seniors", "résidences senior*"), ("hopital", "hôpital")],
)
def test_place_pattern_reads_the_folded_text(written: str, place: str) -> None:
    import re

    assert re.fullmatch(care_place_pattern([place]), written)
