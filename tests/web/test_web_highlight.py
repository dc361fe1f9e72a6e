from __future__ import annotations

import pytest

from tocsin.models import Category, Finding, Severity
from tocsin.web.highlight import Segment, segments


def finding(
    start: int | None, end: int | None, severity: str = "medium", note: str = ""
) -> Finding:
    return Finding(
        category=Category.DATA_LEAK,
        kind="test.kind",
        severity=Severity(severity),
        start=start,
        end=end,
        excerpt="",
        explanation=note or f"{start}-{end}",
        detector="test",
        score=1.0,
    )


def test_no_findings_is_one_plain_segment() -> None:
    assert segments("hello", []) == [Segment("hello")]


def test_empty_text_has_no_segment() -> None:
    assert segments("", [finding(0, 3)]) == []


def test_one_span() -> None:
    out = segments("say Nightjar now", [finding(4, 12, "high", "why")])
    assert [(s.text, s.findings, s.severity, s.title) for s in out] == [
        ("say ", (), None, ""),
        ("Nightjar", (0,), Severity.HIGH, "why"),
        (" now", (), None, ""),
    ]


def test_overlapping_spans_are_split_at_every_boundary() -> None:
    text = "0123456789"
    out = segments(text, [finding(2, 6, "low", "a"), finding(4, 8, "critical", "b")])
    assert [(s.text, s.findings, s.severity) for s in out] == [
        ("01", (), None),
        ("23", (0,), Severity.LOW),
        ("45", (0, 1), Severity.CRITICAL),
        ("67", (1,), Severity.CRITICAL),
        ("89", (), None),
    ]
    assert out[2].title == "a\n\nb"
    assert "".join(s.text for s in out) == text


def test_nested_and_identical_spans() -> None:
    out = segments("abcdef", [finding(0, 6), finding(2, 4), finding(2, 4)])
    assert [(s.text, s.findings) for s in out] == [("ab", (0,)), ("cd", (0, 1, 2)), ("ef", (0,))]


def test_adjacent_spans_stay_apart() -> None:
    out = segments("aabb", [finding(0, 2), finding(2, 4)])
    assert [(s.text, s.findings) for s in out] == [("aa", (0,)), ("bb", (1,))]


@pytest.mark.parametrize(
    "bad",
    [finding(None, None), finding(3, 3), finding(5, 2), finding(-4, 1), finding(8, 99)],
    ids=["post-level", "empty", "reversed", "negative", "past-the-end"],
)
def test_odd_spans_never_break_the_text(bad: Finding) -> None:
    text = "abcdefghij"
    out = segments(text, [bad])
    assert "".join(s.text for s in out) == text


def test_many_findings_cover_the_text_exactly() -> None:
    text = "x" * 1000
    found = [finding(i, i + 7) for i in range(0, 990, 3)]
    out = segments(text, found)
    assert "".join(s.text for s in out) == text
    assert all(s.findings for s in out[:-1])
