"""Domain permutations (the fuzzer families) and their detection by the link checker."""

from __future__ import annotations

from collections import Counter

import pytest

from tocsin import parse_profile
from tocsin.brand.links import LinkChecker
from tocsin.brand.permutations import FAMILIES, permutations
from tocsin.brand.targets import profile_targets

from ..conftest import LUMIO_TOML


def test_every_family_is_generated() -> None:
    found = Counter(p.family for p in permutations("lumio.com"))
    assert set(found) == set(FAMILIES)
    assert found["tld-swap"] > 20 and found["dictionary"] > 50


@pytest.mark.parametrize(
    ("family", "domain"),
    [
        ("addition", "lumios.com"),
        ("bitsquatting", "lumim.com"),
        ("homoglyph", "lurnio.com"),
        ("homoglyph", "xn--lumo-n9d.com"),  # Cyrillic і
        ("hyphenation", "lu-mio.com"),
        ("insertion", "lumkio.com"),
        ("omission", "lumo.com"),
        ("repetition", "lummio.com"),
        ("replacement", "lumip.com"),
        ("subdomain", "lu.mio.com"),
        ("transposition", "lumoi.com"),
        ("vowel-swap", "lumia.com"),
        ("tld-swap", "lumio.shop"),
        ("dictionary", "lumio-login.com"),
    ],
)
def test_examples(family: str, domain: str) -> None:
    assert (family, domain) in {(p.family, p.domain) for p in permutations("lumio.com")}


def test_no_duplicates_and_never_the_original() -> None:
    found = [p.domain for p in permutations("lumio.co.uk")]
    assert len(found) == len(set(found))
    assert "lumio.co.uk" not in found and "lumoi.co.uk" in found
    assert all(d.isascii() for d in found)  # punycode, as DNS wants


def test_the_checker_flags_every_permutation() -> None:
    profile = parse_profile(LUMIO_TOML)
    checker = LinkChecker(profile.official_domains, profile_targets(profile))
    missed = [
        p.domain
        for domain in profile.official_domains
        for p in permutations(domain)
        if not checker.is_official(p.domain) and checker.check_host(p.domain) is None
    ]
    assert missed == []
