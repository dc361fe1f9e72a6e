from __future__ import annotations

from collections.abc import Iterable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tocsin import Engine, Post, parse_profile
from tocsin.models import Category, Finding, Severity
from tocsin.screening.detectors.base import Context, Detector
from tocsin.screening.engine import merge_overlaps

from ..conftest import LUMIO_TOML


def _finding(kind: str, start: int | None, end: int | None, severity: Severity = Severity.MEDIUM,
             category: Category = Category.DATA_LEAK) -> Finding:
    return Finding(category, kind, severity, start, end, "x", "why", "test", 0.5)


def test_overlapping_findings_of_one_kind_merge() -> None:
    merged = merge_overlaps([
        _finding("pii.email", 0, 10),
        _finding("pii.email", 5, 15, Severity.HIGH),
        _finding("pii.email", 20, 25),
    ])
    assert [(f.start, f.end, f.severity) for f in merged] == [
        (0, 15, Severity.HIGH),
        (20, 25, Severity.MEDIUM),
    ]


def test_different_categories_on_one_span_are_all_kept() -> None:
    merged = merge_overlaps([
        _finding("pii.address", 0, 10),
        _finding("whereabouts.home", 0, 10, category=Category.PERSONAL_SECURITY),
    ])
    assert len(merged) == 2


def test_post_level_findings_of_one_kind_merge() -> None:
    assert len(merge_overlaps([_finding("x.y", None, None), _finding("x.y", None, None)])) == 1


def _engine(policy: str) -> Engine:
    return Engine(parse_profile(LUMIO_TOML + "\n[policy]\n" + policy))


POLICIES = [
    # (policy lines, text, decision, kinds kept)
    ("", "Project Nightjar", "block", ["confidential.code_name"]),
    ("", "write to a.b@gmail.com", "review", ["pii.email"]),
    ("", "Hello!", "allow", []),
    ('block_at = "critical"', "Project Nightjar", "review", ["confidential.code_name"]),
    ('block_at = "critical"\nreview_at = "critical"', "Project Nightjar", "allow",
     ["confidential.code_name"]),
    ('disabled = ["pii.email"]', "write to a.b@gmail.com", "allow", []),
    ('disabled = ["pii.*"]', "write to a.b@gmail.com", "allow", []),
    # a detector turned off by name leaves its category to the learned layer, unless it is off
    ('disabled = ["email_address", "learned_risk"]', "write to a.b@gmail.com", "allow", []),
    ('allow = ["A.B@gmail.com"]', "write to a.b@gmail.com", "allow", []),
    ('allow = ["Opale"]', "la gamme Opale", "allow", []),
    ('[policy.severity]\n"pii.email" = "low"', "write to a.b@gmail.com", "allow", ["pii.email"]),
    ('[policy.severity]\n"pii.*" = "critical"', "write to a.b@gmail.com", "block", ["pii.email"]),
]


@pytest.mark.parametrize(("policy", "text", "decision", "kinds"), POLICIES)
def test_policy(policy: str, text: str, decision: str, kinds: list[str]) -> None:
    result = _engine(policy).screen_text(text)
    assert result.decision == decision
    assert [f.kind for f in result.findings] == kinds


def test_deterministic_and_sorted(engine: Engine) -> None:
    text = "a@gmail.com Opale b@gmail.com Project Nightjar c@gmail.com"
    first = engine.screen_text(text).to_dict()
    assert all(engine.screen_text(text).to_dict() == first for _ in range(5))
    starts = [f["start"] for f in first["findings"]]
    assert starts == sorted(starts)


def test_result_id_and_language(engine: Engine) -> None:
    r = engine.screen(Post(id="p1", text="Bonjour à tous, nous recrutons à Lyon !"))
    assert (r.id, r.language) == ("p1", "fr")
    assert engine.screen(Post(text="hi", lang="en"), default_id=7).id == 7


@pytest.mark.parametrize(
    "text",
    [
        "🎉" * 10 + " Project Nightjar 🎉 a@gmail.com",
        "\u202eProject Nightjar\u202c et a@gmail.com",  # right-to-left override
        "שלום Project Nightjar שלום a@gmail.com",
        "P\u200dr\u200do\u200dj\u200de\u200dc\u200dt Nightjar, a\u200b@gmail.com",
        "\x00\x01\x07 Project Nightjar \x1b[31m a@gmail.com",
        "👨‍👩‍👧 Pr\u0301oject Nightjar 👨‍👩‍👧 a@gmail.com",
    ],
)
def test_spans_stay_python_indices(engine: Engine, text: str) -> None:
    result = engine.screen_text(text)
    kinds = {f.kind for f in result.findings}
    assert kinds >= {"confidential.code_name", "pii.email"}
    for f in result.findings:
        assert f.start is not None and f.end is not None
        evidence = text[f.start : f.end]
        assert evidence.strip() == evidence and evidence
        if f.kind in ("confidential.code_name", "pii.email"):
            assert ("ightjar" in evidence) or ("@gmail.com" in evidence)


def test_a_megabyte_post(engine: Engine) -> None:
    text = ("Bonjour à tous, voici les nouvelles du jour. " * 23000)[:1_000_000]
    text += " Project Nightjar et sophie@gmail.com"
    result = engine.screen_text(text)
    assert {f.kind for f in result.findings} >= {"confidential.code_name", "pii.email"}
    assert min(f.start for f in result.findings if f.start is not None) > 999_000


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.text(st.characters(codec="utf-8"), max_size=8),
            st.sampled_from(list("@.#_- \u200b\u200d\u202eｎｉＮ")),
            st.sampled_from(["nightjar", "Opale", "project", "gmail.com", "O P A L E", "é"]),
        ),
        max_size=40,
    ).map("".join)
)
def test_fuzz_never_crashes_and_spans_are_valid(text: str) -> None:
    engine = _FUZZ_ENGINE
    result = engine.screen_text(text)
    assert result.decision in ("allow", "review", "block")
    for f in result.findings:
        assert f.start is not None and f.end is not None
        assert 0 <= f.start < f.end <= len(text)
        assert f.explanation


_FUZZ_ENGINE = Engine(parse_profile(LUMIO_TOML))


class _Shouty(Detector):
    name = "shouty"
    categories = (Category.REPUTATION,)
    languages = ("en",)
    directions = ("inbound",)
    EXPLANATIONS = {"en": "Shouting: {word}", "fr": "Cri : {word}"}

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        i = ctx.text.find("HEY")
        if i >= 0:
            yield self.finding(ctx, category=Category.REPUTATION, kind="tone.shouting",
                               severity=Severity.LOW, span=(i, i + 3), excerpt="HEY",
                               rule="caps", matched="HEY", score=0.5, word="HEY")


@pytest.mark.parametrize(
    ("text", "direction", "lang", "found"),
    [
        ("HEY you", "inbound", "en", True),
        ("HEY you", "outbound", "en", False),  # detector limited to inbound
        ("HEY vous", "inbound", "fr", False),  # detector limited to English
    ],
)
def test_detectors_declare_directions_and_languages(
    text: str, direction: str, lang: str, found: bool
) -> None:
    engine = Engine(None, detectors=[_Shouty])
    result = engine.screen(Post(text=text, direction=direction, lang=lang))
    assert bool(result.findings) is found
    if found:
        assert result.findings[0].explanation.startswith("Shouting: HEY [shouty 1.0, rule caps]")
