"""Round 11 (structural) of issue #3 for personal security: rules built from shapes and from
the profile, not from one author's phrasings. A postal address the PII family already found,
right after a private person (a listed first name, "he's at"), is a home in an outbound post;
a person (one of the profile's people, staff named by their job, the writer) with a place and
a routine, someone alone with a place and a time, or an absence with its dates and a place, is
a whereabouts. Paraphrases, not corpus posts, in French and English: each match row a risky
post, each near miss the clean reading next to it."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

MATCH = [
    # (text, direction, detector, kind)
    # -- a home address: a postal address right after a private person
    ("Bravo à notre gagnante Julie ! Julie, ton colis part lundi au 7 rue des Forges, 21000 "
     "Dijon 🎉", "outbound", "home_address", "whereabouts.home_address"),
    ("Big thanks to Tom for the barbecue. He's at 12 Cedar Road, Leeds LS6 2QT, grab the "
     "leftovers!", "outbound", "home_address", "whereabouts.home_address"),
    ("Merci pour l'accueil ! Il est au 9 rue des Lilas, 69003 Lyon, passez le voir", "outbound",
     "home_address", "whereabouts.home_address"),
    ("Thanks for having us over at your place in Bath, 4 Mill Lane, BA2 3HQ, lovely garden",
     "outbound", "home_address", "whereabouts.home_address"),
    # -- a routine of one of the profile's people, with a place
    ("Your CEO jogs along the Saint-Jean quays most Sundays, saw her again today", "inbound",
     "whereabouts", "whereabouts.schedule"),
    ("Claire Dubois court au parc de la Tête d'Or chaque matin, impressionnant", "inbound",
     "whereabouts", "whereabouts.schedule"),
    # -- someone alone, with a place and a time or dates
    ("Just me and the cat at our cabin near Annecy all of August, no neighbours at all 🌲",
     "outbound", "whereabouts", "whereabouts.alone"),
    ("Personne d'autre que moi à l'entrepôt de Corbas cette nuit, vivement le matin",
     "outbound", "whereabouts", "whereabouts.alone"),
    # -- an absence with its dates and a place
    ("Claire part enfin trois semaines dans sa maison de famille à Quiberon à partir de samedi",
     "outbound", "whereabouts", "whereabouts.absence"),
    ("Our CEO is off for two weeks at the family home near Biarritz from Monday, finally!",
     "outbound", "whereabouts", "whereabouts.absence"),
]

NEAR_MISSES = [
    # (text, direction, detector)
    # a business named after someone, a shop's address, a customer's own address
    ("Merci à la boulangerie Paul, 12 rue de la République, 69002 Lyon, pour les croissants",
     "outbound", "home_address"),
    ("Visit our new store at 14 King Street, Manchester M2 4LQ, open from 10am", "outbound",
     "home_address"),
    # a routine of a customer, a routine that is an invitation, a team meeting
    ("La cliente qui revient tous les samedis à la boutique de Lille est adorable", "outbound",
     "whereabouts"),
    ("Venez nous retrouver tous les jeudis au marché de la Croix-Rousse, stand Lumio",
     "outbound", "whereabouts"),
    ("Spotted on our morning walk near the Lyon office: a heron at dawn 🐦", "outbound",
     "whereabouts"),
    # an absence already over; a trip without a place
    ("Back from 3 weeks in Japan, back at my desk tomorrow!", "outbound", "whereabouts"),
    ("Our intern joins us for two weeks from Monday in Leeds 👋", "outbound",
     "whereabouts"),
    # alone, but at the company and as an offer
    ("Seul ce soir ? Programmez une scène avec l'appli Lumio au bureau", "outbound",
     "whereabouts"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round11_shapes_are_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_round11_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    assert_not_found(engine, text, direction, detector)
