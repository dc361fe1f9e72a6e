"""The cheaper forms of the screening's tests give the same answers as the plain forms they replace.

Each rewrite only makes a check cheaper (a regular expression that starts with a character class,
so the engine skips to that class; a byte test before a regular expression; a view made once and
shared): the findings cannot change, which these properties check against the plain forms.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tocsin.screening.matching import _LONG_NON_WORD_RUN, SpacedText, spaced, spaced_text
from tocsin.screening.normalize import (
    _SPACED,
    _may_be_spaced,
    _may_be_spaced_words,
    normalize,
    space_bytes,
    spaced_from_bytes,
)

#: letters, single letters' separators, digits, signs of leetspeak, emoji, other scripts
_ALPHABET = st.sampled_from("abyZ é1035@$ .-_*·•|/+,!\t\n🎉東²\u200b")
_TEXTS = st.text(alphabet=_ALPHABET, max_size=40)


@given(_TEXTS)
@settings(max_examples=600, deadline=None)
def test_the_byte_test_for_spaced_out_letters_misses_none(folded: str) -> None:
    data = space_bytes(folded)
    if _SPACED.search(folded) is not None:
        assert _may_be_spaced(folded)  # the regular expressions' test, still used for other scripts
        if data is not None:
            assert _may_be_spaced_words(spaced_from_bytes(data)[0])


@pytest.mark.parametrize(
    ("text", "maybe"),
    [
        ("n i g h t", True),
        ("n.i.g.h.t", True),
        ("(o p a)", True),
        ("il y a des gens", False),  # two single letters in a row only
        ("a b", False),
        ("1 2 3", False),  # digits are never joined
        ("plan social", False),
    ],
)
def test_the_byte_test_wants_three_single_letters(text: str, maybe: bool) -> None:
    data = space_bytes(text)
    assert data is not None
    assert _may_be_spaced_words(spaced_from_bytes(data)[0]) is maybe


@given(st.text(alphabet=_ALPHABET, max_size=30))
@settings(max_examples=400, deadline=None)
def test_the_spaced_view_made_by_normalize_is_the_matchers_one(text: str) -> None:
    norm = normalize(text)
    view = spaced_text(norm)
    fresh = SpacedText(norm.folded)  # made again, its map from the folded text's own runs
    assert fresh._data is None and view.text == fresh.text == spaced(norm.folded)
    n = len(view.text)
    for start in range(n):
        for end in range(start + 1, n + 1):
            assert view.to_folded(start, end) == fresh.to_folded(start, end)


@given(_TEXTS)
@settings(max_examples=600, deadline=None)
def test_rewritten_patterns_match_as_their_plain_forms(text: str) -> None:
    from tocsin.screening.detectors.confidential import confidential_terms
    from tocsin.screening.detectors.reputation.profanity import Profanity

    text = text.lower()
    hint = re.compile(r"[a-z][0134578@$]|[0134578@$][a-z]")
    assert (confidential_terms._LEET_HINT.search(text) is None) == (hint.search(text) is None)
    run = re.compile(r"[013457@$]{1,3}[a-z]")
    assert [m.span() for m in Profanity.LEET_RUN.finditer(text)] == [
        m.span() for m in run.finditer(text)
    ]
    long_run = re.compile(r"[\W_]{2,}")
    assert [m.span() for m in _LONG_NON_WORD_RUN.finditer(text)] == [
        m.span() for m in long_run.finditer(text)
    ]


_NAME_TEXTS = st.text(alphabet=st.sampled_from("AbÉé Zz'’-\u00a0\nxY_1🎉"), max_size=40)


@given(_NAME_TEXTS)
@settings(max_examples=600, deadline=None)
def test_name_pairs_start_with_their_capital(text: str) -> None:
    from tocsin.screening.detectors.pii.person_with_contact import PersonWithContact

    plain = re.compile(
        r"(?<![\w’'\-])(?=([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]{1,30})[ \u00a0]"
        r"([A-ZÀ-ÖØ-Þ][\w'’\-]{1,30}))"
    )
    pairs = PersonWithContact.NAME_PAIRS
    found = [(m.start(), m.group(1), m.group(2)) for m in pairs.finditer(text)]
    assert found == [(m.start(), m.group(1), m.group(2)) for m in plain.finditer(text)]


@pytest.mark.parametrize("direction", ["outbound", "inbound"])
@pytest.mark.parametrize("language", ["fr", "en", "de"])
def test_the_engine_plans_each_direction_and_language_once(direction: str, language: str) -> None:
    from tocsin import Engine

    engine = Engine(models=False)
    plan = engine._plan(direction, language)
    expected = [
        d
        for d in engine.detectors
        if direction in d.directions and ("*" in d.languages or language in d.languages)
    ]
    assert [d for d, _ in plan] == expected
    assert engine._plans[(direction, language)] is plan


@given(_TEXTS)
@settings(max_examples=300, deadline=None)
def test_folding_without_the_view_folds_the_same(text: str) -> None:
    with_view, without = normalize(text), normalize(text, view=False)
    assert without.space is None
    assert (without.folded, without.index, without.words) == (
        with_view.folded,
        with_view.index,
        with_view.words,
    )
