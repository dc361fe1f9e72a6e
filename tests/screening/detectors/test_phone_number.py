"""Phone numbers: national and international, validated (phonenumbers); published ones allowed."""

from __future__ import annotations

import pytest

from tocsin import Engine, parse_profile

KIND = "pii.phone"

MATCH = [
    # (text, evidence at the span, masked excerpt)
    ("Appelle-moi au 06 12 34 56 78 !", "06 12 34 56 78", "06 ** ** ** 78"),
    ("Mon portable : 06.12.34.56.78", "06.12.34.56.78", "06.**.**.**.78"),
    ("Tél +33 6 12 34 56 78", "+33 6 12 34 56 78", "+33 * ** ** ** 78"),
    ("Joignable au +33 (0)6 12 34 56 78", "+33 (0)6 12 34 56 78", "+33 (*)* ** ** ** 78"),
    ("0033 6 12 34 56 78 le soir", "0033 6 12 34 56 78", "0033 * ** ** ** 78"),
    ("06-12-34-56-78", "06-12-34-56-78", "06-**-**-**-78"),
    ("écris-moi 0612345678 stp", "0612345678", "06******78"),
    ("Fixe : 04 72 10 30 30.", "04 72 10 30 30", "04 ** ** ** 30"),
    ("Appelez le ０６ １２ ３４ ５６ ７８", "０６ １２ ３４ ５６ ７８", "06 ** ** ** 78"),
    ("06 12 34\u200b 56 78", "06 12 34\u200b 56 78", "06 ** ** ** 78"),
    ("Call me on 020 7946 0958", "020 7946 0958", "02* **** **58"),
    ("UK office +44 20 7946 0958", "+44 20 7946 0958", "+44 ** **** **58"),
    ("+44 (0)20 7946 0958", "+44 (0)20 7946 0958", "+44 (*)** **** **58"),
    ("Call (415) 555-2671 now", "(415) 555-2671", "(41*) ***-**71"),
    ("text me at 415-555-2671", "415-555-2671", "41*-***-**71"),
    ("US: +1 415 555 2671", "+1 415 555 2671", "+1 4** *** **71"),
    ("BE +32 470 12 34 56", "+32 470 12 34 56", "+32 *** ** ** 56"),
    ("CH +41 44 668 18 00", "+41 44 668 18 00", "+41 ** *** ** 00"),
    ("DE +49 30 12345678", "+49 30 12345678", "+49 ** ******78"),
    ("WhatsApp: +34 612 34 56 78", "+34 612 34 56 78", "+34 *** ** ** 78"),
    ("llámame, tel. 612 34 56 78", "612 34 56 78", "61* ** ** 78"),
    ("IT +39 06 1234 5678", "+39 06 1234 5678", "+39 ** **** **78"),
    ("(+33) 6 12 34 56 78", "(+33) 6 12 34 56 78", "(+33) * ** ** ** 78"),
    # a possible but unallocated number counts next to a phone word
    ("Call me on 07700 900123", "07700 900123", "07*** ****23"),
    ("Commande livrée ? Appelez Julie au 06 39 98 27 41", "06 39 98 27 41", "06 ** ** ** 41"),
]

NO_MATCH = [
    "Rendez-vous le 12/03/2024 à 14h",
    "Le 12.03.2024, on lance la gamme",
    "Résultats 2019-2024 en hausse",
    "Prix : 1 234 567 € HT",
    "Commande n° 0612345678 expédiée",
    "Order #0612345678 shipped",
    "Suivi colis 0612345678",
    "Version 10.0.19041.1234 disponible",
    "Serveur 192.168.100.254",
    "SIRET 732 829 320 00074",
    "IBAN FR76 3000 6000 0112 3456 7890 189",
    "Carte 4970 1012 3456 7893",
    "612 34 56 78",  # no trunk 0, no phone word
    "Appelez le 3949",  # a short service number
    "We sold 1,234,567,890 bulbs",
    "Pi vaut 3,14159265358",
    "ISBN 978-2-07-036822-8",
    "Offre à 0612345678€",
    "Tirage 2024 : 06 12 34 56 78 90 12 34",  # a lottery-like run, not a number
    "Score 06 12 34",
    "1 2 3 4 5 6 7 8 9 10",
]


@pytest.mark.parametrize(("text", "evidence", "excerpt"), MATCH)
def test_match(engine: Engine, text: str, evidence: str, excerpt: str) -> None:
    found = [f for f in engine.screen_text(text).findings if f.kind == KIND]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert f.excerpt == excerpt
    assert f.category == "data_leak"
    assert f.severity == "medium"


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.kind == KIND] == []


def test_two_numbers_in_a_row(engine: Engine) -> None:
    text = "Nos deux portables : 06 12 34 56 78 07 98 76 54 32"
    found = [text[f.start : f.end] for f in engine.screen_text(text).findings if f.kind == KIND]
    assert found == ["06 12 34 56 78", "07 98 76 54 32"]


PUBLISHED = """
[organisation]
name = "Lumio SA"
phones = ["+33 1 23 45 67 89", "0800 123 456"]
"""


@pytest.mark.parametrize(
    "text",
    [
        "Service client : 01 23 45 67 89",
        "Appelez le +33 1 23 45 67 89",
        "0033 1 23 45 67 89",
        "Numéro vert 0800 123 456",
    ],
)
def test_published_numbers_are_allowed(text: str) -> None:
    engine = Engine(parse_profile(PUBLISHED))
    assert [f for f in engine.screen_text(text).findings if f.kind == KIND] == []


def test_other_numbers_still_count_with_a_profile() -> None:
    engine = Engine(parse_profile(PUBLISHED))
    text = "Standard 01 23 45 67 89, ou mon portable 06 12 34 56 78"
    found = [text[f.start : f.end] for f in engine.screen_text(text).findings if f.kind == KIND]
    assert found == ["06 12 34 56 78"]


def test_the_number_is_never_in_the_explanation(engine: Engine, engine_en: Engine) -> None:
    for eng, word in ((engine, "téléphone"), (engine_en, "Phone number")):
        f = next(f for f in eng.screen_text("tel 06 12 34 56 78").findings if f.kind == KIND)
        assert "12 34 56" not in f.explanation and "12 34 56" not in f.excerpt
        assert word in f.explanation


@pytest.mark.parametrize(
    "text",
    [
        "06 12 34 56 78 " * 70_000,
        "1 " * 500_000,
        "(0)" * 300_000,
        "+(33)-" * 170_000,
        "0." * 500_000,
        "9" * 1_000_000,
    ],
)
def test_a_megabyte_of_digits_finishes(engine: Engine, text: str) -> None:
    engine.screen_text(text)


def test_numbers_checked_again_give_the_same_answers() -> None:
    """A number's answer is kept (``PhoneNumber._parse``): the same numbers, the same findings,
    and the checks a post may spend (``PARSE_BUDGET``) spent the same way, whatever was seen
    before."""
    from tocsin.profile import Profile
    from tocsin.screening.detectors.pii.phone_number import PhoneNumber

    class Unkept(PhoneNumber):
        def _parse(self, *args):  # type: ignore[no-untyped-def]
            return self._try_regions(*args)

    # national numbers tried region after region: forty of them spend the budget before the last
    numbers = [f"0{a}{b}1 49{b} 15{a}3" for a in range(1, 9) for b in range(5)]
    post = " ; ".join(numbers)
    reverse = " ; ".join(reversed(numbers))
    profile = Profile.anonymous()
    expected = list(Unkept(profile).find(post))
    assert expected and len(expected) < len(numbers)  # the budget stopped it
    kept = PhoneNumber(profile)
    assert list(kept.find(reverse)) == list(Unkept(profile).find(reverse))
    assert list(kept.find(post)) == expected
    assert list(kept.find(post)) == expected
