"""Skeletons, keys, affixes and edits: the building blocks of lookalike matching."""

from __future__ import annotations

import pytest

from tocsin.brand.edits import EditIndex, edit_family
from tocsin.brand.keys import ACCOUNT_AFFIXES, DOMAIN_AFFIXES, AffixStripper, fold, variants
from tocsin.brand.skeleton import skeleton, table


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("lumio", "lumіo"),  # Cyrillic і
        ("lumio", "lumιo"),  # Greek iota
        ("lumio", "lumıo"),  # dotless i
        ("lumio", "lurnio"),  # rn for m
        ("paypal", "раураl"),  # Cyrillic р, а, у
        ("lumio", "l\u200bumio"),  # zero-width space
        ("Iumio", "lumio"),  # capital I for l
        ("lumio", "ⅼumio"),  # Roman numeral fifty
    ],
)
def test_confusables_share_a_skeleton(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize(("a", "b"), [("lumio", "lumia"), ("lumio", "humio"), ("abc", "abd")])
def test_different_names_differ(a: str, b: str) -> None:
    assert skeleton(a) != skeleton(b)


def test_the_shipped_table_is_the_unicode_one() -> None:
    t = table()
    assert len(t) > 6000
    assert t[0x0430] == "a" and t[ord("m")] == "rn" and t[ord("1")] == "l"


@pytest.mark.parametrize(
    ("text", "key"),
    [("Lumio_FR", fold("lumiofr")), ("ｌｕｍｉｏ.fr", fold("lumiofr")), ("Lumìo", fold("lumio"))],
)
def test_fold(text: str, key: str) -> None:
    assert fold(text) == key


def test_variants_name_their_reading() -> None:
    readings = dict((r, k) for r, k in variants("Lum1o2024"))
    assert readings["plain"] == fold("lum1o2024")
    assert readings["leetspeak"] == fold("lumio2o2a")
    assert readings["digits"] == fold("lum1o")


@pytest.mark.parametrize(
    ("key", "core", "affixes"),
    [
        ("lumiosupport", "lumio", "support"),
        ("supportlumio", "lumio", "support"),
        ("thereallumioteam", "lumio", "the+real+team"),
        ("serviceclientlumio", "lumio", "serviceclient"),
    ],
)
def test_account_affixes_are_peeled(key: str, core: str, affixes: str) -> None:
    stripper = AffixStripper(ACCOUNT_AFFIXES, key=lambda s: s.replace(".", ""))
    assert (core, affixes) in stripper.cores(key)


def test_a_brand_ending_like_an_affix_is_still_found() -> None:
    cores = dict(AffixStripper(DOMAIN_AFFIXES).cores(fold("kestrelpay-secure")))
    assert fold("kestrelpay") in cores


@pytest.mark.parametrize(
    ("candidate", "family"),
    [
        ("lumi", "omission"),
        ("lumiox", "addition"),
        ("lumioo", "repetition"),
        ("lxumio", "insertion"),
        ("lumoi", "transposition"),
        ("lumia", "vowel-swap"),
        ("lumim", "bitsquatting"),
        ("lunio", "replacement"),
    ],
)
def test_one_edit_families(candidate: str, family: str) -> None:
    index = EditIndex([("lumio", "Lumio")], min_length=5)
    assert index.near(candidate) == [("lumio", "Lumio")]
    assert edit_family(candidate, "lumio") == family


@pytest.mark.parametrize("candidate", ["lumio", "lumiere", "lu", "limo", "illumio"])
def test_not_one_edit(candidate: str) -> None:
    assert EditIndex([("lumio", "Lumio")], min_length=5).near(candidate) == []
