"""The engine skips a lexicon detector on a post where the shared pass found none of its phrases
(or, for an anchored one, none of its anchors; for one with a ``gate``, none of the gate's
phrases nor characters): the results are the same as when it runs them all.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tocsin import Engine, Post, load_profile, parse_profile
from tocsin.plugins import detector_classes
from tocsin.screening import engine as engine_module
from tocsin.screening.lexicon import Gate, required_gate

from ..conftest import LUMIO_TOML

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

#: detectors that find nothing without a phrase (or an anchor) of their own
GATED = {
    "unrealistic_promises", "complaints", "brand_offers",
    "financial_disclosure", "quiet_period_mentions", "fake_reviews",
    "special_category_data", "copyright_flags", "confidentiality_markers",
    # a gate of several matchers (round 11's shapes behind their own cue words): a rival
    # pointed at without its name, people moving, a shape's cue words, a medication's; round
    # 12: a school's or a relative's word
    "competitor_disparagement", "poaching", "employee_health", "layoffs", "health_claims",
    "family",
    # shape rules, behind their shapes' cue words (all of them have some)
    "unreleased_teaser", "code_request", "hinted_outcome", "reputation_shapes", "hotel_stay",
    # its phrases, or one of its mocking emoji (a character of the gate)
    "insults",
    # structural rules behind their cue words (whereabouts: an itinerary behind a piece of a
    # day's name; travel: the plane emoji and arrows too)
    "whereabouts", "travel",
    # its phrases, or an "@" (a team mention)
    "internal_chatter",
    # a brand's share phrases, or a dollar sign (a cashtag's)
    "stock_talk",
    # a document number only near a word naming the document
    "passport", "id_card",
}  # fmt: skip
#: detectors with work of their own beyond the lexicon's phrases: never skipped
#: (guaranteed_returns: a figure promised; job_discrimination: age brackets and limits)
NOT_GATED = {
    "profanity", "home_address",
    "salaries", "guaranteed_returns", "job_discrimination",
}  # fmt: skip
#: detectors whose gate has more than one matcher (shape rules of both directions: the cue
#: words of each direction's shapes)
SEVERAL = {
    "competitor_disparagement", "poaching", "employee_health", "layoffs", "health_claims",
    "family", "whereabouts", "reputation_shapes", "unreleased_teaser", "hinted_outcome",
}  # fmt: skip


def _posts() -> list[Post]:
    posts = []
    for line in (CORPUS / "posts.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            posts.append(Post(id=row.get("id"), text=row["text"], at=row.get("at"),
                              direction=row.get("direction", "outbound"),
                              author=row.get("author")))
    return posts


def _results(engine: Engine, posts: list[Post]) -> list[str]:
    return [
        json.dumps(r.to_dict(), ensure_ascii=False, sort_keys=True)
        + repr([(f.rule, f.matched) for f in r.findings])
        for r in (engine.screen(p) for p in posts)
    ]


def test_which_detectors_are_skipped_without_their_phrases() -> None:
    engine = Engine(parse_profile(LUMIO_TOML), models=False)
    gates = {d.name: required_gate(d) for d in engine.detectors}
    gated = {name for name, gate in gates.items() if gate is not None}
    names = {d.name for d in engine.detectors}
    assert gated == GATED & names
    assert not gated & NOT_GATED
    assert {name for name in gated if len(gates[name].matchers) > 1} == SEVERAL & names
    # every matcher of every gate is found by the engine's shared pass, else no gate at all
    built = {d.name: gate for d, _, gate in engine._by_direction["outbound"]}
    assert all(built[name] is not None for name in gated if name in built)


@pytest.mark.parametrize("profile", ["corpus", "lumio"])
def test_skipping_changes_no_result(monkeypatch: pytest.MonkeyPatch, profile: str) -> None:
    loaded = (
        load_profile(CORPUS / "profile.toml") if profile == "corpus" else parse_profile(LUMIO_TOML)
    )
    posts = _posts()
    gated = _results(Engine(loaded, models=False), posts)
    monkeypatch.setattr(engine_module, "required_gate", lambda _: None)
    everything = Engine(loaded, models=False)
    assert all(gate is None for d in everything._by_direction.values() for _, _, gate in d)
    assert _results(everything, posts) == gated
    fired = {d for line in gated for d in GATED if f'"detector": "{d}"' in line}
    # (7 since round 11: employee_health, layoffs and health_claims are no longer gated)
    assert len(fired) >= 7, f"the corpus must give findings of skipped detectors, not {fired}"


def test_a_subclass_must_declare_again() -> None:
    from tocsin.screening.detectors.financial.financial_disclosure import FinancialDisclosure

    class Stricter(FinancialDisclosure):
        name = "stricter_disclosure"

        def analyze(self, ctx):  # type: ignore[no-untyped-def]
            yield from ()

    cls = next(c for c in detector_classes() if c.name == "financial_disclosure")
    assert cls is FinancialDisclosure
    assert required_gate(Stricter(parse_profile(LUMIO_TOML))) is None


def test_a_gate_is_read_from_the_class_that_analyzes() -> None:
    from tocsin.screening.detectors.human_resources.layoffs import Layoffs

    class Again(Layoffs):
        name = "layoffs_again"

        def analyze(self, ctx):  # type: ignore[no-untyped-def]
            yield from ()

    layoffs = Layoffs(parse_profile(LUMIO_TOML))
    gate = required_gate(layoffs)
    assert isinstance(gate, Gate) and gate.chars == ("🤐", "🤫")
    assert required_gate(Again(parse_profile(LUMIO_TOML))) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # no phrase of the lexicon, no cue word: only the emoji opens the gate
        ("🤫 the whole Nantes plant is moving to Poland", "hr.layoffs"),
        ("🤐 toute l'usine de Nantes déménage en Pologne", "hr.layoffs"),
    ],
)
def test_a_gate_opened_by_a_character(text: str, kind: str) -> None:
    engine = Engine(load_profile(CORPUS / "profile.toml"), models=False)
    assert kind in {f.kind for f in engine.screen(Post(text=text)).findings}
    assert kind not in {
        f.kind for f in engine.screen(Post(text=text.replace("🤫", "").replace("🤐", ""))).findings
    }
