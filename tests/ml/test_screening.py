"""The text models inside the screening: signals on every result, findings above the policy."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from referencing import Registry, Resource

from tocsin import Engine, Post, parse_profile
from tocsin.errors import ProfileError
from tocsin.models import Category

from ..conftest import LUMIO_TOML

SCHEMAS = Path(__file__).resolve().parents[2] / "docs" / "schemas"


def _engine(policy: str = "", lang: str | None = None) -> Engine:
    return Engine(parse_profile(LUMIO_TOML + policy), lang=lang)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return _engine()


def _model_findings(engine: Engine, text: str, direction: str = "inbound") -> list:  # type: ignore[type-arg]
    result = engine.screen(Post(text=text, direction=direction))
    return [f for f in result.findings if f.detector == "text_models"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Shut up you stupid bitch", "toxicity.toxic"),
        ("Ferme ta gueule espèce de sale con", "toxicity.toxic"),
        ("Vous êtes vraiment une bande d'abrutis et de connards", "toxicity.toxic"),
        ("Send them all back, these immigrants are animals", "toxicity.hate"),
        ("This is fucking bullshit", "toxicity.offensive"),
        ("You are a pathetic loser and a liar", "toxicity.offensive"),
        ("Subscribe to my channel for free gift cards", "spam.spam"),
        ("WIN a FREE iPhone now!!! Click here http://bit.ly/abc to claim your prize", "spam.spam"),
    ],
)
def test_match(engine: Engine, text: str, kind: str) -> None:
    found = {f.kind: f for f in _model_findings(engine, text)}
    assert kind in found
    finding = found[kind]
    assert finding.category is Category.COMMUNITY_MANAGEMENT
    assert finding.start is not None and finding.end is not None
    assert text[finding.start : finding.end] in finding.excerpt  # the strongest word
    assert finding.excerpt in finding.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the quick fix, great support team",
        "Merci pour votre aide, le service client est au top",
        "I hate waiting, delivery is late again, really disappointed",  # angry, not toxic
        "Ce film est nul, quelle perte de temps",  # harsh, not toxic
        "Our new lamp ships next week in three colours",
        "Notre nouvelle lampe arrive la semaine prochaine",
        "Call us on 01 23 45 67 89 for support",  # a number, not spam
        "Les immigrés sont les bienvenus dans notre équipe",  # an identity term, not hate
    ],
)
def test_near_miss(engine: Engine, text: str) -> None:
    assert _model_findings(engine, text) == []


@pytest.mark.parametrize(
    ("text", "sentiment"),
    [
        ("J'adore ma nouvelle lampe, merci !", "positive"),
        ("I love my new lamp, thank you!", "positive"),
        ("Quelle déception, la lampe ne marche plus après deux jours", "negative"),
        ("I hate waiting, delivery is late again, really disappointed", "negative"),
        ("La réunion est à 15h demain", "neutral"),
        ("The meeting is at 3pm tomorrow", "neutral"),
    ],
)
def test_sentiment(engine: Engine, text: str, sentiment: str) -> None:
    signals = engine.screen(Post(text=text)).signals
    assert signals is not None and signals["sentiment"] == sentiment


def test_outbound_toxicity_is_a_reputation_risk(engine: Engine) -> None:
    found = _model_findings(engine, "Shut up you stupid bitch", "outbound")
    assert {f.category for f in found} == {Category.REPUTATION}
    toxic = next(f for f in found if f.kind == "toxicity.toxic")
    assert "Reformulez avant de publier" in toxic.explanation  # Lumio's first language: fr


def test_explanations_follow_the_language() -> None:
    text = "Ferme ta gueule espèce de sale con"
    french = _model_findings(_engine(lang="fr"), text)[0].explanation
    english = _model_findings(_engine(lang="en"), text)[0].explanation
    assert "Le modèle de toxicité" in french and "règle toxicity.toxic" in french
    assert "The toxicity model" in english and "rule toxicity.toxic" in english


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ("The toxicity model scores this post", "offensive", "rule toxicity.offensive")),
        ("fr", ("Le modèle de toxicité estime ce message offensant", "Reformulez", "règle")),
    ],
)
def test_offensive_findings_are_explained(lang: str, words: tuple[str, ...]) -> None:
    text = "This is fucking bullshit"
    found = _model_findings(_engine(lang=lang), text, "outbound")
    offensive = next(f for f in found if f.kind == "toxicity.offensive")
    assert offensive.category is Category.REPUTATION
    assert offensive.excerpt == "fucking, bullshit" and offensive.rule == "offensive>=0.75"
    assert offensive.start is not None and text[offensive.start : offensive.end] == "fucking"
    assert all(w in offensive.explanation for w in words)


def test_offensive_threshold_comes_from_the_policy() -> None:
    text = "This is fucking bullshit"
    assert "toxicity.offensive" in {f.kind for f in _model_findings(_engine(), text)}
    strict = _engine("\n[policy.thresholds]\noffensive = 1.0\n")
    assert "toxicity.offensive" not in {f.kind for f in _model_findings(strict, text)}


def test_thresholds_come_from_the_policy() -> None:
    text = "Ferme ta gueule espèce de sale con"
    strict = _engine("\n[policy.thresholds]\ntoxicity = 0.99\n")
    lenient = _engine("\n[policy.thresholds]\nspam = 0.0\n")
    assert "toxicity.toxic" not in {f.kind for f in _model_findings(strict, text)}
    assert "spam.spam" in {f.kind for f in _model_findings(lenient, text)}
    assert lenient.model_step is not None
    assert lenient.model_step.thresholds["toxicity"] == 0.75  # the others keep their default


@pytest.mark.parametrize(
    ("policy", "message"),
    [
        ("[policy.thresholds]\nthreat = 0.5\n", r"unknown threshold\(s\) threat"),
        ("[policy.thresholds]\ntoxicity = 1.5\n", "between 0 and 1"),
    ],
)
def test_bad_thresholds_are_refused(policy: str, message: str) -> None:
    with pytest.raises(ProfileError, match=message):
        parse_profile(LUMIO_TOML + "\n" + policy)


def test_disabled_models_still_give_signals() -> None:
    engine = _engine('\n[policy]\ndisabled = ["text_models"]\n')
    result = engine.screen(Post(text="Shut up you stupid bitch", direction="inbound"))
    assert [f for f in result.findings if f.detector == "text_models"] == []
    assert result.signals is not None and result.signals["toxicity"] > 0.6


@pytest.mark.parametrize(
    "text",
    [
        "Merci pour tout, l'équipe est au top !",  # accents: folded one character for one
        "Ｓｈｕｔ ｕｐ, you ＳＴＵＰＩＤ idiot",  # full-width letters: folded with a map
        "t'es qu'un c o n n a r d",  # spaced-out letters, joined in the folded text
        "F.U.C.K you all",
        "",
    ],
)
def test_signals_are_those_of_the_folded_text(engine: Engine, text: str) -> None:
    from tocsin.ml.inference import default_models
    from tocsin.screening.normalize import normalize

    result = engine.screen(Post(text=text, direction="inbound"))
    # the post's language decides whether the toxicity model's context network reads it
    expected = default_models().signals(normalize(text).folded, result.language).to_dict()
    assert result.signals == expected


def test_engine_without_models_has_no_signals() -> None:
    result = Engine(models=False).screen(Post(text="Shut up you stupid bitch"))
    assert result.signals is None and "signals" not in result.to_dict()


def test_result_json_matches_the_schema(engine: Engine) -> None:
    schemas = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in SCHEMAS.glob("*.json")}
    registry = Registry().with_resources(
        (f"https://tocsin.example/schemas/{name}", Resource.from_contents(schema))
        for name, schema in schemas.items()
    )
    validator = jsonschema.Draft202012Validator(schemas["result.schema.json"], registry=registry)
    for text in ("Shut up you stupid bitch", "Merci !", ""):
        data = engine.screen(Post(text=text, direction="inbound")).to_dict()
        validator.validate(data)
        assert set(data["signals"]["toxicity_kinds"]) == {"hate", "offensive"}


def test_excerpts_name_words_not_handles_or_numbers(engine: Engine) -> None:
    text = "@jean_dupont WINNER!! call 09061701461 now to claim your free prize, text WIN"
    found = _model_findings(engine, text)
    assert found, "expected a spam finding"
    for finding in found:
        assert "0906" not in finding.excerpt and "jean" not in finding.excerpt


@pytest.mark.parametrize("name", ["TOCSIN_MODELS_DIR", "tocsin_models_dir"])
def test_models_dir_from_the_environment_is_used(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tocsin.errors import ConfigurationError
    from tocsin.settings import get_settings

    monkeypatch.setenv(name, str(tmp_path))  # a folder without models
    get_settings.cache_clear()
    try:
        with pytest.raises(ConfigurationError, match="cannot be read"):
            _engine()
    finally:
        monkeypatch.delenv(name)
        get_settings.cache_clear()
    assert _engine().model_step is not None  # unset: the shipped models
