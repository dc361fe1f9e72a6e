"""The prefilter never turns away a name that a full reading would match (checked on many names)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tocsin.brand.accounts import AccountChecker
from tocsin.brand.keys import ACCOUNT_AFFIXES, DOMAIN_AFFIXES, LEET, fold, simple
from tocsin.brand.links import LinkChecker
from tocsin.brand.lookalikes import NameIndex
from tocsin.brand.prefilter import coarse
from tocsin.brand.targets import profile_targets
from tocsin.profile import load_profile

PROFILE = Path(__file__).parent / "profile.toml"
LOOKS = {"o": "0", "i": "1I!", "l": "1I", "e": "3", "a": "4@", "s": "5$", "m": ["rn", "nn"]}


def _names(targets: list[str], rng: random.Random, n: int) -> list[str]:
    """Names near the targets (typos, leetspeak, digraphs, affixes, numbers) and random ones."""
    affixes = list(ACCOUNT_AFFIXES + DOMAIN_AFFIXES)
    out = []
    for _ in range(n):
        if rng.random() < 0.3:
            name = "".join(rng.choice("abcdilmnorstuvw0123_-.") for _ in range(rng.randint(1, 14)))
        else:
            chars = list(rng.choice(targets))
            for _edit in range(rng.choice((0, 1, 1, 2))):
                j = rng.randrange(len(chars) + 1)
                op = rng.random()
                if op < 0.3:
                    chars.insert(j, rng.choice("abcdelmnorst"))
                elif op < 0.5 and j < len(chars):
                    del chars[j]
                elif op < 0.7 and j + 1 < len(chars):
                    chars[j], chars[j + 1] = chars[j + 1], chars[j]
                elif j < len(chars) and chars[j].lower() in LOOKS:
                    chars[j] = rng.choice(list(LOOKS[chars[j].lower()]))
            name = "".join(chars)
        if rng.random() < 0.4:
            sep = rng.choice(("", "_", ".", "-", " "))
            affix = rng.choice(affixes)
            name = f"{name}{sep}{affix}" if rng.random() < 0.5 else f"{affix}{sep}{name}"
        if rng.random() < 0.3:
            name += rng.choice(("", "_", ".")) + str(rng.randint(0, 9999))
        out.append(name.upper() if rng.random() < 0.1 else name)
    return out


def _indexes() -> list[NameIndex]:
    profile = load_profile(PROFILE)
    targets = profile_targets(profile)
    accounts = AccountChecker(profile, targets)
    links = LinkChecker(profile.official_domains, targets)
    return [accounts.handles, accounts.names, links.names]


@pytest.mark.parametrize("edits", [True, False])
def test_a_name_turned_away_has_no_lookalike_reading(edits: bool) -> None:
    rng = random.Random(4)
    for index in _indexes():
        plains = [t.plain for t in index.targets] + [t.label for t in index.targets]
        names = _names(plains, rng, 4000)
        turned_away = 0
        for name in names:
            if index.prefilter.may_match(name, edits=edits):
                continue
            turned_away += 1
            full = _full_match(index, name, edits)
            assert full is None, (name, full)
        assert turned_away > 500  # the filter does turn names away
        assert any(index.match(name, edits=edits) for name in names)  # and lookalikes pass


def _full_match(index: NameIndex, name: str, edits: bool):  # type: ignore[no-untyped-def]
    """``index.match`` with a prefilter that lets everything through."""
    original = index.prefilter.may_match
    index.prefilter.may_match = lambda _name, *, edits: True  # type: ignore[method-assign]
    try:
        return index.match(name, edits=edits)
    finally:
        index.prefilter.may_match = original  # type: ignore[method-assign]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("lumio", "Lurnio"),
        ("lumio", "LUNNI0"),
        ("lumio", "lum1o"),
        ("lumio", "lu_mio"),
        ("paypal", "PAYPA1"),
        ("wallet", "vvallet"),
        ("dubois", "clubo15"),
    ],
)
def test_coarse_merges_what_readings_merge(a: str, b: str) -> None:
    assert coarse(a) == coarse(b)


@pytest.mark.parametrize(
    "name", ["Lum1o_Support2024", "lurnio.officiel", "I-umio", "ViVa-Cle", "W3B_d0g 7"]
)
def test_every_reading_keeps_the_coarse_form(name: str) -> None:
    """(Names of ASCII letters, digits and separators: the only ones the prefilter turns away.)"""
    for reading in (fold(name), fold(name.lower()), simple(name), fold(name.translate(LEET))):
        assert coarse(reading) == coarse(name)
