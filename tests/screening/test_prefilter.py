"""Literal prefilters (tocsin.screening.prefilter): what they require, and that they never hide a
match of the pattern they guard."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tocsin.plugins import detector_classes
from tocsin.screening.prefilter import (
    TRIAL,
    Prefiltered,
    folded,
    haystack,
    known_literals,
    prefiltered,
    required_literals,
)

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# (pattern, flags, required literals or None)
LITERAL_ROWS = [
    (r"\bwill\b|\bsoon\b", re.I, {"will", "soon"}),
    (r"\bbient[ôo]t\b", re.I, {"bientôt", "bientot"}),
    (r"(?<![\w'’])(?:le plan|the plan)(?![\w])", re.I, {"le plan", "the plan"}),
    (r"['’]ll\b", re.I, {"'ll", "’ll"}),
    (r"shh+\b", re.I, {"shh"}),
    (r"🤐|🤫", re.I, {"🤐", "🤫"}),
    (r"Licenciement", re.I, {"licenciement"}),
    (r"Licenciement", 0, {"Licenciement"}),  # case-sensitive: exact
    (r"plan (?:social|de d[ée]part)", re.I, {"plan "}),  # the fewer strings, when as long
    (r"d[ée]part (?:volontaire|anticip[ée])", re.I, {"départ ", "depart "}),
    (r"\d{3} postes", 0, {" postes"}),
    (r"(?:foo)?bar", 0, {"bar"}),
    # nothing to require: an optional part, a class, a look-ahead, a group with its own flags
    (r"(?:foo)?", 0, None),
    (r"[a-z]+@[a-z]+", 0, None),
    (r"a|b", 0, None),  # too short to be worth a test
    (r"(?=will)\w+", re.I, None),
    (r"(?i:will)|Soon", 0, {"will", "soon"}),  # a group ignores case: all compared lowered
    (r"(?xi:will)|Soon", 0, None),  # one folded() does not see: no literal from it
    (r"will|", re.I, None),  # the empty alternative matches anything
]


@pytest.mark.parametrize(("pattern", "flags", "expected"), LITERAL_ROWS)
def test_required_literals(pattern: str, flags: int, expected: set[str] | None) -> None:
    found = required_literals(re.compile(pattern, flags))
    assert (None if found is None else set(found)) == expected


# (text, pattern, the match expected) — French and English, case and look-alike letters
MATCH_ROWS = [
    ("Bientôt des changements à l'atelier", r"\bbient[ôo]t\b", "Bientôt"),
    ("BIENTOT la fin", r"\bbient[ôo]t\b", "BIENTOT"),
    ("We'll see", r"['’]ll\b", "'ll"),
    ("WE’LL SEE", r"['’]ll\b", "’LL"),
    ("Shhhh, not a word", r"shh+\b", "Shhhh"),
    ("tout le monde sera là", r"\bwill\b|\bsera\b", "sera"),
    ("the plan ſtays", r"\bstays\b", "ſtays"),  # re folds "ſ" onto "s", str.lower does not
    ("KELVIN", r"kelvin", "KELVIN"),
    ("un ıtem", r"item", "ıtem"),
    ("İtem", r"item", "İtem"),
    ("nothing here", r"\bwill\b|\bsoon\b", None),
    ("rien à signaler", r"\bbient[ôo]t\b", None),
]


@pytest.mark.parametrize(("text", "pattern", "expected"), MATCH_ROWS)
def test_the_wrapper_answers_like_the_pattern(
    text: str, pattern: str, expected: str | None
) -> None:
    raw = re.compile(pattern, re.I)
    wrapped = prefiltered(raw)
    assert isinstance(wrapped, Prefiltered)
    for fn in ("search", "match", "fullmatch"):
        ours, theirs = getattr(wrapped, fn)(text), getattr(raw, fn)(text)
        assert (ours and ours.span()) == (theirs and theirs.span())
    found = wrapped.search(text)
    assert (found.group() if found else None) == expected
    assert [m.span() for m in wrapped.finditer(text)] == [m.span() for m in raw.finditer(text)]
    assert wrapped.findall(text) == raw.findall(text)
    assert wrapped.sub("X", text) == raw.sub("X", text)
    assert (wrapped.pattern, wrapped.flags, wrapped.groups) == (raw.pattern, raw.flags, raw.groups)


def test_a_pattern_without_a_useful_literal_is_left_as_it_is() -> None:
    raw = re.compile(r"[A-Z]{2}\d{2}")
    assert prefiltered(raw) is raw


def test_positions_are_those_of_the_pattern() -> None:
    wrapped = prefiltered(re.compile(r"\bsoon\b", re.I))
    text = "soon, very soon"
    assert wrapped.search(text, 1) is not None
    assert wrapped.search(text, 1).span() == (11, 15)  # type: ignore[union-attr]
    assert wrapped.search(text, 1, 10) is None


def test_the_text_is_lowered_once_for_every_pattern() -> None:
    text = "Une Phrase ÉCRITE en Majuscules"
    assert haystack(text) == text.lower()
    assert haystack(text) is haystack(text)


def _letters_re_folds_together() -> dict[str, set[str]]:
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    groups: dict[str, set[str]] = {}
    for letter in "abcdefghijklmnopqrstuvwxyzéèàçôûµ":
        groups[letter] = set(re.compile(re.escape(letter), re.I).findall(everything))
    return groups


def test_every_letter_re_matches_keeps_the_literal_in_the_lowered_text() -> None:
    """The one place the prefilter could go wrong: a character ``re.IGNORECASE`` matches with a
    literal letter and ``str.lower`` does not turn into it. Every code point is checked."""
    for letter, matched in _letters_re_folds_together().items():
        (literal,) = required_literals(re.compile(re.escape(letter) * 2, re.I)) or {""}
        for char in matched:
            assert literal in haystack(char * 2 + " "), (letter, hex(ord(char)))


def _detector_patterns() -> list[tuple[str, Prefiltered]]:
    out: dict[int, tuple[str, Prefiltered]] = {}
    for cls in detector_classes():
        for klass in cls.__mro__:
            for name, value in vars(klass).items():
                if isinstance(value, Prefiltered) and known_literals(value.wrapped):
                    out[id(value)] = (f"{klass.__name__}.{name}", value)
    return sorted(out.values(), key=lambda row: row[0])


DETECTOR_PATTERNS = _detector_patterns()


def test_the_detectors_patterns_are_prefiltered() -> None:
    assert len(DETECTOR_PATTERNS) > 150


def test_every_class_pattern_of_a_detector_is_wrapped() -> None:
    for cls in detector_classes():
        for klass in cls.__mro__:
            for name, value in vars(klass).items():
                assert not isinstance(value, re.Pattern), f"{klass.__name__}.{name}"


def test_the_literals_are_kept_for_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tocsin.screening import prefilter

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(prefilter, "_known", None)
    monkeypatch.setattr(prefilter, "_new", {})
    pattern = re.compile(r"\bdéménag\w+|\bmoving out\b", re.I)
    assert set(known_literals(pattern)) == {"déménag", "moving out"}
    prefilter._write_cache()
    (written,) = (tmp_path / "tocsin").glob("prefilter-*.marshal")
    monkeypatch.setattr(prefilter, "_known", None)
    monkeypatch.setattr(prefilter, "required_literals", lambda p: pytest.fail("read again"))
    assert set(known_literals(pattern)) == {"déménag", "moving out"}  # from the file
    written.write_bytes(b"damaged")
    monkeypatch.setattr(prefilter, "_known", None)
    monkeypatch.setattr(prefilter, "required_literals", required_literals)
    assert set(known_literals(pattern)) == {"déménag", "moving out"}  # read again


def _corpus_texts() -> list[str]:
    texts: list[str] = []
    for name in ("posts.jsonl", "heldout.jsonl", "blind2.jsonl"):
        with open(CORPUS / name, encoding="utf-8") as lines:
            texts.extend(json.loads(line)["text"] for line in lines)
    return texts


def test_no_match_of_any_detector_pattern_is_skipped_on_the_corpus() -> None:
    """Every text of three corpus files, every prefiltered pattern: a text the prefilter skips
    has no match (the pattern's own search says so)."""
    texts = _corpus_texts()
    skipped = 0
    for name, wrapped in DETECTOR_PATTERNS:
        raw = wrapped.wrapped
        literals = known_literals(raw)  # what it requires, whether or not its test was dropped
        for text in texts:
            hay = haystack(text) if folded(raw) else text
            if not any(literal in hay for literal in literals):
                skipped += 1
                assert raw.search(text) is None, (name, text)
    assert skipped > len(texts) * len(DETECTOR_PATTERNS) // 2  # it does skip most searches


def test_a_prefilter_that_skips_nothing_is_dropped() -> None:
    wrapped = prefiltered(re.compile(r"\bthe (?:cat|dog)\b", re.I))
    assert isinstance(wrapped, Prefiltered)
    for number in range(TRIAL):
        assert wrapped.may_match(f"the text number {number}")  # every one has "the "
    assert wrapped.literals == ()
    assert wrapped.may_match("no article here")  # dropped: the pattern always runs
    assert wrapped.search("no article here") is None
    kept = prefiltered(re.compile(r"\bthe (?:cat|dog)\b", re.I))
    for number in range(TRIAL):
        kept.may_match(f"texte numéro {number}")
    assert kept.literals == ("the ",)
    assert not kept.may_match("rien ici")


@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(data=st.data())
def test_generated_matches_pass_the_prefilter(data: st.DataObject) -> None:
    """Strings generated from the detectors' patterns (hypothesis' ``from_regex``, some random
    text around them) all pass the pattern's prefilter."""
    name, wrapped = data.draw(st.sampled_from(DETECTOR_PATTERNS))
    raw = wrapped.wrapped
    text = data.draw(st.from_regex(raw))
    if raw.search(text) is not None:
        hay = haystack(text) if folded(raw) else text
        assert any(literal in hay for literal in known_literals(raw)), (name, text)
