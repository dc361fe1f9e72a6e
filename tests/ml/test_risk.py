"""The learned risk layer: findings the rules missed, thresholds, off switches, weights, training.

Most tests use a risk model made here, whose weights sit on a few invented trigger words, so that
what they check does not move when the shipped model is retrained; the last ones use the shipped
model as it is.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tocsin import Engine, Post, parse_profile
from tocsin.errors import ProfileError
from tocsin.ml.features import BUCKETS, word_buckets
from tocsin.ml.findings import ModelStep
from tocsin.ml.inference import MODEL_NAMES, MODELS_DIR, TextModels
from tocsin.ml.learned import NAME, WORDING, threshold_of
from tocsin.ml.linear import LinearModel
from tocsin.ml.training import risk
from tocsin.models import Category, Decision, Direction, Severity
from tocsin.profile import MODEL_THRESHOLDS, RISK_CATEGORY_DEFAULTS
from tocsin.services.screening import load_engine

from ..conftest import LUMIO_TOML

Cli = Callable[..., Any]

#: invented words that push one category each in the test model
TRIGGERS = {
    "zorblat": "competition",
    "quimbrel": "personal_security",
    "fradoxe": "data_leak",
    "vintrope": "human_resources",
}


@cache
def _models() -> TextModels:
    weights = np.zeros((BUCKETS, len(risk.CATEGORIES)), np.float32)
    for word, category in TRIGGERS.items():
        weights[word_buckets(word), risk.CATEGORIES.index(category)] = 3.5
    made = LinearModel(
        "risk", "sigmoid", list(risk.CATEGORIES), weights, np.full(len(risk.CATEGORIES), -4.0)
    )
    return TextModels([*(LinearModel.load(MODELS_DIR, n) for n in MODEL_NAMES), made])


def _engine(policy: str = "", lang: str | None = None) -> Engine:
    """The Lumio engine with the test risk model, at threshold 0.5 unless ``policy`` sets it."""
    if "[policy.thresholds]" not in policy:
        policy += "\n[policy.thresholds]\nrisk = 0.5\n"
    engine = Engine(parse_profile(LUMIO_TOML + policy), lang=lang)
    engine.model_step = ModelStep(engine.profile, _models())
    return engine


def _learned(engine: Engine, text: str, direction: str = "outbound") -> dict[str, Any]:
    result = engine.screen(Post(text=text, direction=Direction(direction)))
    return {f.kind: f for f in result.findings if f.detector == NAME}


def _score(text: str, category: str) -> float:
    from tocsin.screening.normalize import normalize

    models = _models()
    z = models.raw(normalize(text).folded)[models.columns[f"risk.{category}"]]
    return 0.5 * (1 + math.tanh(0.5 * float(z)))


@pytest.mark.parametrize(
    ("lang", "text", "category", "word", "words"),
    [
        ("en", "Honestly the zorblat crowd will never ship anything", "competition", "zorblat",
         ("learned risk model", "statement about a competitor", "no rule found it")),
        ("fr", "Franchement les zorblat ne livreront jamais rien", "competition", "zorblat",
         ("modèle de risque appris", "mise en cause d'un concurrent", "aucune règle")),
        ("en", "The quimbrel crew meets on Monday at the usual place", "personal_security",
         "quimbrel", ("personal-security risk", "threshold 50%")),
        ("fr", "L'équipe quimbrel se retrouve lundi au même endroit", "personal_security",
         "quimbrel", ("sécurité des personnes", "seuil 50%")),
        ("en", "The vintrope list goes out to the team tomorrow", "human_resources", "vintrope",
         ("human-resources matter", "check with HR")),
        ("fr", "La liste vintrope part à l'équipe demain", "human_resources", "vintrope",
         ("ressources humaines", "voyez avec les RH")),
    ],
)  # fmt: skip
def test_a_category_the_rules_missed_is_reported_and_explained(
    lang: str, text: str, category: str, word: str, words: tuple[str, ...]
) -> None:
    found = _learned(_engine(lang=lang), text)
    assert set(found) == {f"learned.{category}"}
    finding = found[f"learned.{category}"]
    assert finding.category is Category(category)
    assert finding.severity is Severity.MEDIUM
    assert finding.start is not None and finding.end is not None
    assert text[finding.start : finding.end] == word  # the word that drove the score
    assert finding.excerpt == word and word in finding.explanation
    assert f"{finding.score:.0%}".replace("%", "") in finding.explanation
    for piece in words:
        assert piece in finding.explanation.replace("\u202f", " ").replace("\xa0", " ")
    assert finding.explanation.endswith(f"[learned_risk 1.0, {'règle' if lang == 'fr' else 'rule'} "
                                        f"learned.{category}]")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Our new lamp ships next week in three colours",
        "Notre nouvelle lampe arrive la semaine prochaine",
        "Thanks to everyone who came to the open day!",
        "Merci à toutes et à tous pour cette belle journée portes ouvertes",
    ],
)
def test_no_trigger_no_finding(text: str) -> None:
    assert _learned(_engine(), text) == {}


@pytest.mark.parametrize(
    ("text", "rules_kind", "learned"),
    [
        # the rules found data_leak (an e-mail address): the model adds no data_leak of its own,
        # but still reports the competition it alone saw
        ("fradoxe: write to jean.martin.perso@gmail.com, the zorblat people are hopeless",
         "pii.email", {"learned.competition"}),
        ("fradoxe : écrivez à jean.martin.perso@gmail.com, les zorblat sont nuls",
         "pii.email", {"learned.competition"}),
    ],
)  # fmt: skip
def test_no_finding_of_a_category_the_rules_found(
    text: str, rules_kind: str, learned: set[str]
) -> None:
    result = _engine().screen(Post(text=text, direction=Direction.OUTBOUND))
    kinds = {f.kind for f in result.findings}
    assert rules_kind in kinds
    assert _score(text, "data_leak") > 0.5  # the model did see it
    assert {k for k in kinds if k.startswith("learned.")} == learned


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Honestly the zorblat crowd will never ship anything"),
        ("fr", "Franchement les zorblat ne livreront jamais rien"),
    ],
)
def test_a_learned_finding_alone_sends_to_review_never_blocks(lang: str, text: str) -> None:
    result = _engine(lang=lang).screen(Post(text=text, direction=Direction.OUTBOUND))
    assert {f.detector for f in result.findings} == {NAME}
    assert result.decision is Decision.REVIEW


def test_thresholds_come_from_the_policy() -> None:
    text = "Honestly the zorblat crowd will never ship anything"
    score = _score(text, "competition")
    assert 0.5 < score < 0.99
    below, above = round(score - 0.01, 2), round(score + 0.01, 2)
    lenient = _engine(f"\n[policy.thresholds]\nrisk = {below}\n")
    assert "learned.competition" in _learned(lenient, text)
    assert _learned(_engine(f"\n[policy.thresholds]\nrisk = {above}\n"), text) == {}
    # one category's own threshold wins over the shared one
    own = f"\n[policy.thresholds]\nrisk = {below}\nrisk_competition = {above}\n"
    assert _learned(_engine(own), text) == {}
    step = _engine(own).model_step
    assert step is not None and step.learned is not None
    cuts = {c.value: cut for c, _, cut, _ in step.learned.columns}
    assert cuts["competition"] == above and cuts["data_leak"] == below


@pytest.mark.parametrize(
    ("thresholds", "expected"),
    [
        # no policy: the per-category defaults beside the shared 0.65
        ("", {"data_leak": 0.75, "compliance": 0.6, "competition": 0.65, "reputation": 0.65,
              "human_resources": 0.5, "personal_security": 0.55,
              "financial_disclosure": 0.6}),
        # another model's threshold set: the defaults stay
        ("spam = 0.8\n", {"compliance": 0.6, "data_leak": 0.75}),
        # the shared threshold set: it applies to every category not set by name
        ("risk = 0.8\n", {"reputation": 0.8, "human_resources": 0.8, "data_leak": 0.8}),
        ("risk = 0.8\nrisk_reputation = 0.5\n", {"reputation": 0.5, "human_resources": 0.8}),
        ("risk_human_resources = 0.9\n", {"human_resources": 0.9, "data_leak": 0.75}),
    ],
)
def test_per_category_default_thresholds(thresholds: str, expected: dict[str, float]) -> None:
    policy = parse_profile(LUMIO_TOML + f"\n[policy.thresholds]\n{thresholds}").policy
    assert {c: threshold_of(policy.thresholds, c) for c in expected} == expected


@pytest.mark.parametrize(
    ("policy", "kinds"),
    [
        ('\n[policy]\ndisabled = ["learned_risk"]\n', set()),
        ('\n[policy]\ndisabled = ["learned.*"]\n', set()),
        ('\n[policy]\ndisabled = ["learned.competition"]\n', {"learned.personal_security"}),
        ('\n[policy.severity]\n"learned.*" = "low"\n', {"learned.competition",
                                                        "learned.personal_security"}),
    ],
)  # fmt: skip
def test_the_policy_turns_it_off(policy: str, kinds: set[str]) -> None:
    text = "The zorblat team is off to the quimbrel on Monday"
    engine = _engine(policy)
    assert set(_learned(engine, text)) == kinds
    if 'disabled = ["learned_risk"]' in policy:
        assert engine.model_step is not None and engine.model_step.learned is None


def test_a_score_no_word_explains_gives_no_finding() -> None:
    # a model whose prior alone passes every threshold: no word pushes it, nothing to point at
    prior = LinearModel(
        "risk", "sigmoid", list(risk.CATEGORIES),
        np.zeros((BUCKETS, len(risk.CATEGORIES)), np.float32), np.full(len(risk.CATEGORIES), 5.0),
    )  # fmt: skip
    models = TextModels([*(LinearModel.load(MODELS_DIR, n) for n in MODEL_NAMES), prior])
    engine = Engine(parse_profile(LUMIO_TOML))
    engine.model_step = ModelStep(engine.profile, models)
    for text in ("-/", "Bonjour à tous et bonne semaine", "Hello everyone, have a nice week"):
        assert _learned(engine, text) == {}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Launch day 🚀", False),
        ("Jour J 🚀 !", False),
        ("big news tomorrow", False),
        ("big news tomorrow, folks", True),
        ("grosse annonce demain matin", True),
    ],
)  # fmt: skip
def test_posts_of_fewer_than_four_words_give_no_finding(text: str, found: bool) -> None:
    # every word pushes every category past its threshold: only the length decides
    every = LinearModel(
        "risk", "sigmoid", list(risk.CATEGORIES),
        np.ones((BUCKETS, len(risk.CATEGORIES)), np.float32), np.zeros(len(risk.CATEGORIES)),
    )  # fmt: skip
    models = TextModels([*(LinearModel.load(MODELS_DIR, n) for n in MODEL_NAMES), every])
    engine = Engine(parse_profile(LUMIO_TOML))
    engine.model_step = ModelStep(engine.profile, models)
    assert bool(_learned(engine, text)) is found


def test_a_hand_picked_detector_list_runs_without_the_layer() -> None:
    from tocsin.screening.detectors.pii.email_address import EmailAddress

    engine = Engine(parse_profile(LUMIO_TOML), detectors=[EmailAddress])
    assert engine.model_step is not None and engine.model_step.learned is None
    assert Engine(parse_profile(LUMIO_TOML)).model_step.learned is not None  # type: ignore[union-attr]


def test_a_lower_severity_from_the_policy_allows_the_post() -> None:
    engine = _engine('\n[policy.severity]\n"learned.*" = "low"\n')
    result = engine.screen(Post(text="Franchement les zorblat ne livreront jamais rien"))
    assert result.decision is Decision.ALLOW


@pytest.mark.parametrize(
    ("policy", "message"),
    [
        ("[policy.thresholds]\nrisk_weather = 0.5\n", r"unknown threshold\(s\) risk_weather"),
        ("[policy.thresholds]\nrisk = 1.5\n", "between 0 and 1"),
        ("[policy.thresholds]\nrisk_competition = -0.1\n", "between 0 and 1"),
    ],
)
def test_bad_risk_thresholds_are_refused(policy: str, message: str) -> None:
    with pytest.raises(ProfileError, match=message):
        parse_profile(LUMIO_TOML + "\n" + policy)


def test_every_category_has_wording_in_both_languages() -> None:
    assert {c.value for c in WORDING} == set(risk.CATEGORIES)
    for wording in WORDING.values():
        assert set(wording.label) == set(wording.advice) == {"fr", "en"}


def test_models_off_means_no_learned_finding(
    monkeypatch: pytest.MonkeyPatch, lumio_toml: Path
) -> None:
    monkeypatch.setenv("TOCSIN_MODELS", "false")
    assert load_engine(lumio_toml).model_step is None
    monkeypatch.setenv("TOCSIN_MODELS", "true")
    step = load_engine(lumio_toml).model_step
    assert step is not None and step.learned is not None  # the shipped risk model is used


def test_a_models_folder_without_risk_still_loads(tmp_path: Path) -> None:
    for name in (f"{n}{suffix}" for n in MODEL_NAMES for suffix in (".npz", ".json")):
        (tmp_path / name).write_bytes((MODELS_DIR / name).read_bytes())
    models = TextModels.load(tmp_path)
    assert models.risk == {}
    step = ModelStep(parse_profile(LUMIO_TOML), models)
    assert step.learned is None


def test_the_risk_columns_are_scored_in_the_same_pass() -> None:
    models = _models()
    signals, raw = models.scores_and_raw("the zorblat team")
    assert signals == models.scores("the zorblat team")
    assert len(raw) == len(models.columns) and set(models.risk) == set(risk.CATEGORIES)
    assert raw[models.risk["competition"]] > 0 > raw[models.risk["compliance"]]


# -- the shipped weights ---------------------------------------------------------------------------


def test_the_default_thresholds_are_the_cross_validations() -> None:
    """The per-category defaults are the ones the shipped weights' cross-validation chose."""
    meta = json.loads((MODELS_DIR / "risk.json").read_text(encoding="utf-8"))
    chosen = meta["cv"]["thresholds"]
    shared = parse_profile(LUMIO_TOML).policy.thresholds["risk"]
    assert shared == meta["cv"]["threshold"]
    assert {
        f"risk_{c}": t for c, t in chosen.items() if t != shared
    } == RISK_CATEGORY_DEFAULTS


def test_the_shipped_weights_load_without_pickle() -> None:
    with np.load(MODELS_DIR / "risk.npz", allow_pickle=False) as arrays:
        assert set(arrays.files) == {"weights", "bias"}
        assert arrays["weights"].shape == (BUCKETS, len(risk.CATEGORIES))
        assert arrays["weights"].dtype == np.float16 and arrays["bias"].dtype == np.float32
    meta = json.loads((MODELS_DIR / "risk.json").read_text(encoding="utf-8"))
    assert meta["outputs"] == list(risk.CATEGORIES) and meta["kind"] == "sigmoid"
    # the default is chosen on authors the rules were never tuned on, at or below the in-sample
    # cross-validation's choice (docs/models.md, "learned risk layer")
    assert meta["cv"]["threshold"] in risk.GRID
    assert parse_profile(LUMIO_TOML).policy.thresholds["risk"] <= meta["cv"]["threshold"]
    model = LinearModel.load(MODELS_DIR, "risk")
    assert np.isfinite(model.weights).all()
    card = (MODELS_DIR / "risk.md").read_text(encoding="utf-8")
    for section in ("## Sources", "## Metrics (leave one file out)", "## Known biases"):
        assert section in card


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "Their lamps catch fire, everyone knows it, avoid that brand at all costs",
         "learned.competition"),
        ("fr", "Leurs lampes prennent feu, tout le monde le sait, fuyez cette marque",
         "learned.competition"),
        ("en", "Customers complaining again, maybe they should just buy candles",
         "learned.reputation"),
    ],
)  # fmt: skip
def test_the_shipped_model_finds_what_the_rules_miss(lang: str, text: str, kind: str) -> None:
    """At the default threshold (chosen by cross-validation), the layer finds what no rule does."""
    result = Engine(parse_profile(LUMIO_TOML), lang=lang).screen(Post(text=text))
    assert [f.kind for f in result.findings] == [kind]  # the rules found nothing
    finding = result.findings[0]
    assert finding.score >= MODEL_THRESHOLDS["risk"] and finding.excerpt
    assert finding.excerpt.split(", ")[0] in finding.explanation
    assert result.decision is Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Nos nouvelles lampes arrivent en magasin la semaine prochaine",
        "Thanks for your patience, your refund is on its way",
        "Save the date: our Q4 results on 28 January",
        "Merci à toute l'équipe pour ce beau salon à Lyon !",
        "We are hiring! Join our engineering team in Lyon (all profiles welcome)",
        "Comparatif : nos lampes consomment 20 % de moins que la génération précédente",
    ],
)
def test_the_shipped_model_leaves_clean_posts_alone(text: str) -> None:
    result = Engine(parse_profile(LUMIO_TOML)).screen(Post(text=text))
    assert [f for f in result.findings if f.detector == NAME] == []


# -- training --------------------------------------------------------------------------------------

POSTS = {
    "data_leak": ("Le mot de passe du wifi interne : Lum-2291!", "Internal server is 10.2.3.4"),
    "compliance": ("Rendement garanti de 12 % sans risque", "This cream cures arthritis"),
    "reputation": ("Nos clients sont vraiment des idiots", "Our customers are honestly morons"),
    "financial_disclosure": ("Nos résultats vont exploser au T4", "Buy our stock before Thursday"),
    "human_resources": ("Le site de Nantes ferme, 40 postes supprimés", "Bob earns 85k, Jim 60k"),
    "personal_security": ("Maison vide pendant trois semaines", "The CEO lands at gate 32 at 9"),
    "competition": ("Brillix vend des lampes qui prennent feu", "Brillix lamps are junk"),
}
CLEAN = ("Belle journée à tous !", "New colours are in the shop", "Merci pour vos retours")


def _write_sets(folder: Path) -> list[Path]:
    paths = []
    for part in (0, 1):
        rows = [
            {"id": f"{c}{part}", "text": texts[part], "direction": "outbound",
             "expected": [{"category": c}]}
            for c, texts in POSTS.items()
        ] + [
            {"id": f"clean{part}{i}", "text": f"{t} {part}", "direction": "outbound",
             "expected": []}
            for i, t in enumerate(CLEAN)
        ]  # fmt: skip
        path = folder / f"part{part}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        paths.append(path)
    return paths


def test_train_risk_on_small_files(cli: Cli, tmp_path: Path, lumio_toml: Path) -> None:
    files = _write_sets(tmp_path)
    out = tmp_path / "models"
    args = ["ml", "train-risk", *map(str, files), "--out", str(out), "--iterations", "3"]
    result = cli(*args, "--profile", str(lumio_toml))
    assert result.exit_code == 0, result.output
    assert "leave one file out" in result.output and "threshold chosen" in result.output
    for name in ("risk", *MODEL_NAMES):
        assert (out / f"{name}.npz").is_file() and (out / f"{name}.json").is_file()
    meta = json.loads((out / "risk.json").read_text(encoding="utf-8"))
    assert meta["rows"] == 20 and meta["support"]["competition"] == 2
    assert [f["source"] for f in meta["cv"]["files"]] == ["part0", "part1"]
    assert meta["cv"]["threshold"] in risk.GRID
    assert set(meta["cv"]["thresholds"]) == set(risk.CATEGORIES)
    assert all(len(t) == len(risk.GRID) for t in meta["cv"]["category_tables"].values())
    assert "| `part0.jsonl` |" in (out / "risk.md").read_text(encoding="utf-8")
    models = TextModels.load(out)
    assert set(models.risk) == set(risk.CATEGORIES)
    plain = [cli(*args[:-4], "--out", str(tmp_path / n), "--iterations", "3") for n in ("b", "c")]
    assert all(r.exit_code == 0 for r in plain)
    first, second = (LinearModel.load(tmp_path / n, "risk") for n in ("b", "c"))
    np.testing.assert_array_equal(first.weights, second.weights)  # seeded: the same weights
    assert "cv" not in second.meta  # no profile, no cross-validation
    assert meta["names_masked"] and not second.meta["names_masked"]
    masked = LinearModel.load(out, "risk")  # the profile's names were not trained on
    assert not np.array_equal(masked.weights, second.weights)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Brillix? More like Brokenix", " ? More like Brokenix"),
        ("Les lampes BRILLIX de brillix.com", "Les lampes   de  "),
        ("Notre CEO Claire Dubois sera à Lyon", "Notre CEO   sera à Lyon"),
        ("Dinner at Claire's on Friday", "Dinner at  's on Friday"),
        ("Project Nightjar ships with #Opale", "  ships with  "),
        ("@lumio_fr merci !", "  merci !"),
        ("Brillixxx and Claires are not names of the profile", None),
    ],
)
def test_the_profiles_names_are_removed_from_training_texts(text: str, masked: str | None) -> None:
    mask = risk.name_mask(LUMIO_TOML)
    assert mask(text) == (text if masked is None else masked)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "line 1: not valid JSON"),
        ('{"text": "hi"}', '"expected" must be a list'),
        ('{"expected": []}', 'expected an object with "text"'),
    ],
)
def test_bad_training_lines_are_named(cli: Cli, tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    result = cli("ml", "train-risk", str(path), "--out", str(tmp_path / "m"))
    assert result.exit_code != 0
    assert message in result.output


def test_every_category_needs_examples(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "few.jsonl"
    row = {"text": "Brillix lamps are junk", "expected": [{"category": "competition"}]}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    result = cli("ml", "train-risk", str(path), "--out", str(tmp_path / "m"))
    assert result.exit_code != 0 and "no post labelled data_leak" in result.output


def _labelled(n: int, category: str | None) -> list[risk.LabelledPost]:
    cats = frozenset() if category is None else frozenset({category})
    return [risk.LabelledPost(f"{category}{i}", "f", {"text": "x"}, cats) for i in range(n)]


@pytest.mark.parametrize(
    ("risky", "other", "clean", "expected"),
    [
        # risky posts at 0.7, 0.56 and 0.45; two clean posts at 0.5 are more than the
        # clean-post budget (one in two hundred): the lowest threshold above them
        ([0.7] * 20 + [0.56] * 5 + [0.45] * 15, [], [0.5, 0.5] + [0.1] * 198, 0.55),
        # one clean post at 0.5 fits the budget: every risky post is worth it
        ([0.7] * 20 + [0.45] * 20, [], [0.5] + [0.1] * 199, 0.45),
        # twenty clean posts at 0.6: above them; the ties between 0.65 and 0.85 go to the
        # shared threshold
        ([0.85] * 10, [], [0.1] * 180 + [0.6] * 20, 0.65),
        # thirty posts of another category scored 0.7: precision, not the clean budget, bounds it
        ([0.9] * 10, [0.7] * 30, [0.1] * 200, 0.75),
    ],
)
def test_each_category_gets_its_own_threshold(
    risky: list[float], other: list[float], clean: list[float], expected: float
) -> None:
    """The thresholds that find the most risky posts with the gate 95 % precise and at most one
    clean post in two hundred flagged beyond the rules; a category without signal keeps the
    shared threshold."""
    k = risk.CATEGORIES.index("human_resources")
    rows = (
        _labelled(len(risky), "human_resources")
        + _labelled(len(other), "reputation")
        + _labelled(len(clean), None)
    )
    probs = np.zeros((len(rows), len(risk.CATEGORIES)))
    probs[:, k] = risky + other + clean
    found = [frozenset[str]()] * len(rows)
    chosen, tables = risk.per_category(rows, found, probs, 0.65)
    assert chosen["human_resources"] == expected
    assert chosen["competition"] == 0.65
    at = {r["threshold"]: r for r in tables["human_resources"]}
    assert at[expected]["added_tp"] == sum(p >= expected for p in risky)
    assert [r["threshold"] for r in tables["human_resources"]] == list(risk.GRID)
