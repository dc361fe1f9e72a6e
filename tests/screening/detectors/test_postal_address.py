"""Postal addresses: French and English street patterns; business premises are low severity."""

from __future__ import annotations

import pytest

from tocsin import Engine

KIND = "pii.postal_address"

MATCH = [
    # (text, evidence at the span, severity)
    ("J'habite au 12 rue des Lilas, 69003 Lyon.", "12 rue des Lilas, 69003 Lyon", "medium"),
    # the brand named in a sentence before the address: not its premises
    ("J'ai programmé mes lampes Lumio pour faire croire qu'on est là, 5 impasse des Lilas à "
     "Villeurbanne", "5 impasse des Lilas", "medium"),
    ("off to Bali, my Lumio lamps are on a timer lol — 22 Ashgrove Rd peeps, keep an eye out",
     "22 Ashgrove Rd", "medium"),
    # a word suffix ("Court", "Close") with a city and a word of home before it
    ("The replacement is on its way to your flat at 22 Alder Court, Leeds 🎁",
     "22 Alder Court, Leeds", "medium"),
    ("5 bis avenue Jean Jaurès", "5 bis avenue Jean Jaurès", "medium"),
    ("Livrez au 3, place Bellecour 69002 Lyon svp", "3, place Bellecour 69002 Lyon", "medium"),
    ("12 bd Haussmann, 75009 Paris", "12 bd Haussmann, 75009 Paris", "medium"),
    ("Son adresse : 8 impasse du Moulin", "8 impasse du Moulin", "medium"),
    ("14 allée des Tilleuls, 44000 Nantes", "14 allée des Tilleuls, 44000 Nantes", "medium"),
    ("au 7 quai Saint-Antoine 69002 Lyon !", "7 quai Saint-Antoine 69002 Lyon", "medium"),
    ("rue Victor Hugo, 75011 Paris", "rue Victor Hugo, 75011 Paris", "medium"),
    ("viens au 12 rue des lilas ce soir", "12 rue des lilas", "medium"),
    ("Chez moi : 45 avenue de la République 75011 PARIS", "45 avenue de la République 75011 PARIS",
     "medium"),
    ("RDV 3 place de la République demain", "3 place de la République", "medium"),
    ("5 cours Mirabeau, 13100 Aix-en-Provence", "5 cours Mirabeau, 13100 Aix-en-Provence",
     "medium"),
    ("12 rue de l'Église", "12 rue de l'Église", "medium"),
    ("221B Baker Street", "221B Baker Street", "medium"),
    ("The White House, 1600 Pennsylvania Ave NW, Washington, DC 20500",
     "1600 Pennsylvania Ave NW, Washington, DC 20500", "medium"),
    ("10 Downing St, London SW1A 2AA", "10 Downing St, London SW1A 2AA", "medium"),
    ("She lives at 4 Privet Drive, Little Whinging.", "4 Privet Drive, Little Whinging", "medium"),
    ("350 5th Ave, New York, NY 10118", "350 5th Ave, New York, NY 10118", "medium"),
    ("11070 Wright Creek Apt. 541, East Jonathan, GA 86570",
     "11070 Wright Creek Apt. 541, East Jonathan, GA 86570", "medium"),
    ("Send it to 7 Elm Road", "7 Elm Road", "medium"),
    ("42 Wallaby Way NW", "42 Wallaby Way NW", "medium"),
    ("Out of office: my flat at 5 Rue Mercière stays empty", "5 Rue Mercière", "medium"),
    ("Notre adresse perso : 12 rue des Lilas", "12 rue des Lilas", "medium"),
    ("I'm at 88 Harbour Street, Leith, Edinburgh EH6 6LP, call me",
     "88 Harbour Street, Leith, Edinburgh EH6 6LP", "medium"),
    # another business's premises: reported, but low (allowed)
    ("Le magasin Fnac, 74 rue de Rennes, 75006 Paris", "74 rue de Rennes, 75006 Paris", "low"),
    ("Meet me at the Apple store at 500 Market Street, San Francisco, CA 94105",
     "500 Market Street, San Francisco, CA 94105", "low"),
    ("#lumio pop-up store: 20 Shoreditch High Street, London E1 6JE",
     "20 Shoreditch High Street, London E1 6JE", "low"),
]

NO_MATCH = [
    "Our book club meets at 5 Kings Court, Leeds every Monday",  # no word of home
    "Venez l'encourager au km 12, quai Claude-Bernard, vers 9 h 40 !",  # a distance
    "5 cours de yoga par semaine",
    "Il reste 3 places pour l'atelier",
    "3 place de cinéma offerte",
    "Au rayon 3 allée centrale",
    "la rue de la Paix est belle",  # no number, no postcode
    "Top 3 Best Way to light your home",
    "Chapter 2 Street Fighter tips",
    "We have 3 new Lights in the shop",
    "10 ways to light a room",
    "The road to 2024 starts here",
    "2 routes possibles, 3 chemins",
    "Prenez la 2e rue à droite",
    "12 Rue",
    "Lights at 12 Park Lights",
]


@pytest.mark.parametrize(("text", "evidence", "severity"), MATCH)
def test_match(engine: Engine, text: str, evidence: str, severity: str) -> None:
    found = [f for f in engine.screen_text(text).findings if f.kind == KIND]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert f.severity == severity
    assert f.category == "data_leak"


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.kind == KIND] == []


def test_the_excerpt_hides_the_number_and_street_name(engine: Engine, engine_en: Engine) -> None:
    text = "J'habite au 12 rue des Lilas, 69003 Lyon."
    for eng, word in ((engine, "Adresse postale"), (engine_en, "Postal address")):
        f = next(f for f in eng.screen_text(text).findings if f.kind == KIND)
        assert f.excerpt == "** rue des L****, 69*** Lyon"
        assert "Lilas" not in f.explanation and "12 rue" not in f.explanation
        assert word in f.explanation


OWN_PREMISES = [
    "Notre boutique au 3 rue de la République vous attend",
    "Notre boutique de Lyon : 12 quai Perrache, 69002 Lyon, ouverte du mardi au samedi",
    "Nos bureaux : 10 avenue des Champs-Élysées, 75008 Paris",
    "Visit our Lyon showroom at 12 quai Perrache, open Tuesday to Saturday",
    "Visit our store at 500 Market Street, San Francisco, CA 94105",
    "Écrivez-nous : Lumio SA, Service client, 12 quai Perrache, 69002 Lyon",
    "Mentions légales : Lumio SA, RCS Lyon, siège 12 quai Perrache, 69002 Lyon",
    "Retrouvez-nous au 5 bis avenue Jean Jaurès !",
    # the premises named a sentence before their new address
    "Notre agence de Bordeaux déménage ! Nouvelle adresse à partir du 2 novembre : 45 cours de "
    "l'Intendance, 33000 Bordeaux",
    "Our Leeds showroom is moving! From 1 March our new address is 40 Park Row, Leeds LS1 5JL",
    "We've opened a new showroom at 12 place Bellecour, Lyon, come and see the full range!",
    "On a ouvert une nouvelle boutique au 3 rue Mercière, 69002 Lyon",
]


def test_a_person_moving_is_not_premises(engine: Engine) -> None:
    # the premises word is followed by a word of residence: a person's home, reported
    text = "Notre agence a un nouveau voisin : Marc, qui habite désormais, nouvelle adresse : " \
        "12 rue des Lilas, 69003 Lyon"
    assert [f for f in engine.screen_text(text).findings if f.kind == "pii.postal_address"]


@pytest.mark.parametrize("text", OWN_PREMISES)
def test_the_organisations_own_premises_are_not_reported(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.kind == KIND] == []


def test_premises_say_so(engine: Engine) -> None:
    text = "Le magasin : 3 rue de la République"
    f = next(f for f in engine.screen_text(text).findings if f.kind == KIND)
    assert "local commercial" in f.explanation


@pytest.mark.parametrize(
    "text",
    [
        "12 rue " * 150_000,
        "1 Baker Street " * 70_000,
        "rue " + "Aa " * 330_000,
        "1 " + "Abc " * 250_000 + "Street",
        "12 rue de la Paix, 75002 " + "Paris " * 160_000,
    ],
)
def test_a_megabyte_finishes(engine: Engine, text: str) -> None:
    engine.screen_text(text)


def test_published_addresses_of_the_profile_are_not_a_leak() -> None:
    from tocsin import Engine, parse_profile

    from ...conftest import LUMIO_TOML

    profile = parse_profile(
        LUMIO_TOML.replace(
            'timezone = "Europe/Paris"',
            'timezone = "Europe/Paris"\naddresses = ["12 quai Perrache, 69002 Lyon"]',
        )
    )
    engine = Engine(profile)
    for text in (
        "Venez nous voir au 12 quai Perrache, 69002 Lyon !",
        "Retours : 12 quai Perrache 69002 Lyon",
    ):
        kinds = [f.kind for f in engine.screen_text(text).findings]
        assert "pii.postal_address" not in kinds, (text, kinds)
    other = engine.screen_text("Elle habite 14 quai Perrache, 69002 Lyon")
    assert "pii.postal_address" in [f.kind for f in other.findings]
