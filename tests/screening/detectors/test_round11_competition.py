"""Round 11 (structural) of issue #3 for competition and poaching: rules that read the profile's
competitors or a shape of sentence, not a list of one author's wordings. Each rule is found in
French and in English, with the near miss that must not be found. Paraphrases written for these
tests, not corpus posts (the test profile's competitor is Brillix)."""

from __future__ import annotations

import pytest

from tocsin import Engine, parse_profile

from ...conftest import LUMIO_TOML

WHEN = "2026-06-15T10:00:00+00:00"  # outside the profile's quiet period
DISPARAGEMENT = ("competitor_disparagement", "competition.disparagement")
POACHING = ("poaching", "hr.poaching")

#: (text, direction, (detector, kind)): found
MATCH = [
    # a riddle on the competitor's name: its first or last letter, from the profile
    ("Vous vous rappelez les plafonniers qui ont fondu l'an dernier ? Son nom commence par un B",
     "outbound", DISPARAGEMENT),
    ("Indice : leur nom finit par un X. Le reste, vous le devinerez 😏", "outbound",
     DISPARAGEMENT),
    ("Remember whose bulbs melted last winter? It starts with a B 😬", "outbound", DISPARAGEMENT),
    ("Odd how the Lyon rival with an 'x' at the end of its name keeps pulling lamps off shelves",
     "outbound", DISPARAGEMENT),
    ("Our Aube next to that B brand: brighter and still alive after a year", "outbound",
     DISPARAGEMENT),
    ("Some B-folks fudge their lumen figures. Just saying", "outbound", DISPARAGEMENT),
    ("On a arrêté de vendre la marque en B, trop de retours", "outbound", DISPARAGEMENT),
    # a rival designated without its name
    ("Un certain voisin lyonnais rappelle encore un lot ce mois-ci 😬", "outbound",
     DISPARAGEMENT),
    ("A certain Lyon brand keeps recalling its chargers. Interesting.", "outbound",
     DISPARAGEMENT),
    ("I've stopped stocking the other Lyon brand, half my returns were theirs", "outbound",
     DISPARAGEMENT),
    # the name withheld on purpose, against a rival or a contrast with us
    ("Quand ton concurrent recopie ton design et parle d'innovation… Ils se reconnaîtront 🙄",
     "outbound", DISPARAGEMENT),
    ("Leur appli laisse fuiter les données. Chez nous, jamais. Je ne vise personne 👀",
     "outbound", DISPARAGEMENT),
    ("If a competitor has to fib on its packaging, I won't name them, it's over", "outbound",
     DISPARAGEMENT),
    # poaching told by its shape around the competitor's name
    ("Leaving Lumio for Brillix next month, and I'm bringing two of my team 😎", "outbound",
     POACHING),
    ("Got a lovely call from Brillix's recruiter today 👀 Lumio, your move.", "outbound",
     POACHING),
    ("Je pars chez Brillix en janvier, ils paient mieux", "outbound", POACHING),
    ("Une recruteuse chez Brillix m'a écrit ce matin, ça se tente ?", "outbound", POACHING),
    ("Brillix m'a proposé un poste de chef de projet, je réfléchis", "outbound", POACHING),
    ("Brillix offered me a job with a 20% raise. Tempting.", "outbound", POACHING),
    ("Je rejoins Brillix et j'emmène deux personnes de mon équipe", "outbound", POACHING),
]

#: (text, direction, (detector, kind)): not found
NEAR_MISSES = [
    # letters that are not the competitor's, riddles on something else
    ("Le code commence par un 7, je vous laisse chercher", "outbound", DISPARAGEMENT),
    ("Our new model name starts with an A, guesses welcome!", "outbound", DISPARAGEMENT),
    ("Plan B team on duty tonight at the Lyon store", "outbound", DISPARAGEMENT),
    # "certain" that designates nobody, a withheld name with nothing said against anyone
    ("I'm certain our new lamp will please you", "outbound", DISPARAGEMENT),
    ("Merci à tous nos testeurs, ils se reconnaîtront 💛", "outbound", DISPARAGEMENT),
    ("Thanks to the volunteers, I won't name them all, you were great", "outbound",
     DISPARAGEMENT),
    # a person moving to the rival designated by a riddle: the HR family's, not a put-down
    ("Pot de départ : le DAF a déjà son nouveau badge chez un concurrent qui commence par B",
     "outbound", DISPARAGEMENT),
    # an offer from the competitor that is a discount, not a job; leaving for somewhere else
    ("Le commercial Brillix m'a proposé une remise de 40 %, j'ai dit non", "inbound", POACHING),
    ("Brillix offered me a discount to switch, no thanks", "inbound", POACHING),
    ("Leaving Lyon for Paris next month, Brillix and Lumio lamps packed", "outbound", POACHING),
]


@pytest.mark.parametrize(("text", "direction", "expected"), MATCH)
def test_round11_structural_rules_are_found(
    engine: Engine, text: str, direction: str, expected: tuple[str, str]
) -> None:
    result = engine.screen_text(text, direction=direction, at=WHEN)
    found = {(f.detector, f.kind) for f in result.findings}
    assert expected in found, (text, found)


@pytest.mark.parametrize(("text", "direction", "expected"), NEAR_MISSES)
def test_round11_near_misses_are_not_found(
    engine: Engine, text: str, direction: str, expected: tuple[str, str]
) -> None:
    result = engine.screen_text(text, direction=direction, at=WHEN)
    kinds = [f.kind for f in result.findings if f.detector == expected[0]]
    assert kinds == [], (text, kinds)


def test_round11_riddles_follow_the_profile() -> None:
    """The letters come from ``[[competitors]] name``: another profile, another riddle."""
    profile = parse_profile(LUMIO_TOML.replace('name = "Brillix"', 'name = "Zorvane"'))
    engine = Engine(profile)
    found = engine.screen_text("Son nom commence par un Z, et ses lampes…", at=WHEN).findings
    assert any(f.detector == "competitor_disparagement" for f in found)
    found = engine.screen_text("Son nom commence par un B, et ses lampes…", at=WHEN).findings
    assert not any(f.detector == "competitor_disparagement" for f in found)
    found = engine.screen_text("Leaving Lumio for Zorvane, they offered more", at=WHEN).findings
    assert any(f.detector == "poaching" for f in found)


#: (text, direction): people moving, the rival pointed at without its name: poaching
VEILED_POACHING = [
    ("Joli mercato cet automne : trois ingénieurs qui connaissent bien les produits d'un "
     "certain voisin de Villeurbanne", "outbound"),
    ("Farewell drinks: our CFO already has a new badge at a competitor that starts with a B",
     "outbound"),
]

#: (text, direction): people moving, no rival pointed at, or a rival with nobody moving
NOT_VEILED_POACHING = [
    ("Joli mercato cet automne : trois ingénieurs venus de Grenoble nous rejoignent", "outbound"),
    ("A certain Lyon brand keeps recalling its chargers. Interesting.", "outbound"),
]


@pytest.mark.parametrize(("text", "direction"), VEILED_POACHING)
def test_round11_veiled_poaching_is_found(engine: Engine, text: str, direction: str) -> None:
    result = engine.screen_text(text, direction=direction, at=WHEN)
    assert POACHING in {(f.detector, f.kind) for f in result.findings}, text


@pytest.mark.parametrize(("text", "direction"), NOT_VEILED_POACHING)
def test_round11_veiled_poaching_near_misses(engine: Engine, text: str, direction: str) -> None:
    result = engine.screen_text(text, direction=direction, at=WHEN)
    assert POACHING not in {(f.detector, f.kind) for f in result.findings}, text
