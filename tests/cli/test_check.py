from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from ..conftest import LUMIO_TOML
from .conftest import run_tocsin

SCHEMAS = Path(__file__).resolve().parents[2] / "docs" / "schemas"


@pytest.fixture(scope="module")
def result_validator() -> jsonschema.Draft202012Validator:
    registry_schemas = {
        p.name: json.loads(p.read_text(encoding="utf-8")) for p in SCHEMAS.glob("*.json")
    }
    from referencing import Registry, Resource

    registry = Registry().with_resources(
        (f"https://tocsin.example/schemas/{name}", Resource.from_contents(schema))
        for name, schema in registry_schemas.items()
    )
    return jsonschema.Draft202012Validator(registry_schemas["result.schema.json"],
                                           registry=registry)


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    path = tmp_path / "lumio.toml"
    path.write_text(LUMIO_TOML, encoding="utf-8")
    return path


def test_readable_report_highlights_and_explains(cli, profile: Path) -> None:  # type: ignore[no-untyped-def]
    out = cli("--config", str(profile), "check", "Le Projet Nightjar, écrivez à jo.b@gmail.com")
    assert out.exit_code == 0
    assert "Décision: BLOQUÉ" in out.stdout
    assert "confidential.code_name" in out.stdout
    assert "j****.b****@gmail.com" in out.stdout
    assert "Terme confidentiel" in out.stdout


def test_lang_option_switches_explanations(cli, profile: Path) -> None:  # type: ignore[no-untyped-def]
    out = cli("--config", str(profile), "check", "--lang", "en", "Project Nightjar")
    assert "Decision: BLOCK" in out.stdout
    assert "Confidential term" in out.stdout


def test_json_result(cli, profile: Path, result_validator) -> None:  # type: ignore[no-untyped-def]
    out = cli("--config", str(profile), "check", "--json", "--id", "d1", "--direction", "inbound",
              "--author", "@jo", "--at", "2026-12-20T10:00:00+01:00", "Opale sort demain")
    result = json.loads(out.stdout)
    result_validator.validate(result)
    assert result["id"] == "d1"
    assert result["decision"] == "block"
    assert result["findings"][0]["start"] == 0


def test_config_from_environment_then_working_directory(cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "elsewhere.toml").write_text(LUMIO_TOML, encoding="utf-8")
    monkeypatch.setenv("TOCSIN_CONFIG", str(tmp_path / "elsewhere.toml"))
    from tocsin.settings import get_settings

    get_settings.cache_clear()
    assert json.loads(cli("check", "--json", "Opale").stdout)["decision"] == "block"
    monkeypatch.delenv("TOCSIN_CONFIG")
    get_settings.cache_clear()
    (tmp_path / "tocsin.toml").write_text(LUMIO_TOML, encoding="utf-8")
    assert json.loads(cli("check", "--json", "Opale").stdout)["decision"] == "block"


def test_without_profile_it_says_so(cli) -> None:  # type: ignore[no-untyped-def]
    out = cli("check", "--json", "Opale, a.b@gmail.com")
    assert "No organisation profile" in out.stderr
    assert [f["kind"] for f in json.loads(out.stdout)["findings"]] == ["pii.email"]


def test_text_from_stdin(cli, profile: Path) -> None:  # type: ignore[no-untyped-def]
    out = cli("--config", str(profile), "check", "--json", "-", input="Project Nightjar\n")
    assert json.loads(out.stdout)["decision"] == "block"


JSONL_IN = (
    '{"id": "a", "text": "Project Nightjar"}\n'
    "\n"
    '{"text": "write to jo@gmail.com", "direction": "inbound"}\n'
    "not json\n"
    '{"text": "Bonjour", "campaign": "noel"}\n'
    "[1]\n"
    '{"text": "ok", "direction": "sideways"}\n'
    "   \n"
    '{"id": 9, "text": "clean"}\n'
)


def test_jsonl_in_order_with_errors(cli, profile: Path, result_validator) -> None:  # type: ignore[no-untyped-def]
    out = cli("--config", str(profile), "check", "--jsonl", "-", input=JSONL_IN)
    assert out.exit_code == 0
    results = [json.loads(line) for line in out.stdout.splitlines()]
    for r in results:
        result_validator.validate(r)
    assert [r["id"] for r in results] == ["a", 3, 4, 5, 6, 7, "9"]
    assert [r.get("decision", "error") for r in results] == [
        "block", "review", "error", "allow", "error", "error", "allow"
    ]
    assert "not valid JSON" in results[2]["error"]
    assert "direction" in results[5]["error"]


def test_jsonl_file(cli, profile: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "posts.jsonl"
    path.write_bytes(JSONL_IN.encode() + b'{"text": "caf\xe9"}\n' + b'{"text": "end"}')
    out = cli("--config", str(profile), "check", "--jsonl", str(path))
    results = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(results) == 9
    assert "not valid UTF-8" in results[-2]["error"]
    assert results[-1]["decision"] == "allow"


@pytest.mark.parametrize(
    ("fail_on", "text", "code"),
    [
        ("block", "Project Nightjar", 1),
        ("block", "jo@gmail.com", 0),
        ("review", "jo@gmail.com", 1),
        ("review", "Bonjour", 0),
    ],
)
def test_fail_on(cli, profile: Path, fail_on: str, text: str, code: int) -> None:  # type: ignore[no-untyped-def]
    out = cli("--config", str(profile), "check", "--json", "--fail-on", fail_on, text)
    assert out.exit_code == code
    line = json.dumps({"text": text})
    out = cli("--config", str(profile), "check", "--jsonl", "-", "--fail-on", fail_on,
              input=line + "\n")
    assert out.exit_code == code


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["check"], "give the text"),
        (["check", "x", "--jsonl", "-"], "not both"),
        (["check", "--at", "yesterday", "x"], "ISO 8601"),
        (["check", "--direction", "up", "x"], "direction"),
        (["check", "--jsonl", "missing.jsonl"], "file not found"),
        (["check", "--jsonl", "."], "is a directory"),
        (["--config", "missing.toml", "check", "x"], "file not found"),
    ],
)
def test_usage_errors_exit_2_without_traceback(cli, args: list[str], words: str) -> None:  # type: ignore[no-untyped-def]
    out = cli(*args)
    assert out.exit_code == 2
    assert words in out.stderr
    assert "Traceback" not in out.stderr + out.stdout


def test_bad_profile_lists_problems(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "tocsin.toml").write_text('[organisation]\nname = "X"\ntimezone = "Nowhere"\n')
    out = cli("check", "x")
    assert out.exit_code == 2
    assert "line 3, organisation.timezone" in out.stderr


def test_save_stores_posts_once(cli, profile: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tocsin.store.database import open_store

    for _ in range(2):
        out = cli("--config", str(profile), "check", "--jsonl", "-", "--save", input=JSONL_IN)
        assert out.exit_code == 0
    out = cli("--config", str(profile), "check", "--save", "--id", "single", "Opale")
    store = open_store(f"sqlite:///{tmp_path / 'tocsin.db'}")
    try:
        assert store.count_posts() == 5
        newest = store.recent(10)
        assert any(p.decision == "block" for p in newest)
        assert {p.profile for p in newest} == {"Lumio SA"}
    finally:
        store.close()


def test_real_process_exit_codes_and_no_traceback(tmp_path: Path) -> None:
    (tmp_path / "tocsin.toml").write_text(LUMIO_TOML, encoding="utf-8")
    done = run_tocsin("check", "--json", "--fail-on", "block", "Project Nightjar", cwd=tmp_path)
    assert done.returncode == 1
    assert json.loads(done.stdout)["decision"] == "block"
    bad = run_tocsin("check", "--jsonl", "nope.jsonl", cwd=tmp_path)
    assert bad.returncode == 2
    assert b"Traceback" not in bad.stderr
    invalid = run_tocsin("check", "--json", "caf\udcff".encode("utf-8", "surrogateescape").decode(
        "utf-8", "surrogateescape"), cwd=tmp_path)
    assert invalid.returncode == 0
    assert json.loads(invalid.stdout)["decision"] == "allow"


def test_megabyte_post_in_jsonl(cli, profile: Path) -> None:  # type: ignore[no-untyped-def]
    text = "x " * 500_000 + "Project Nightjar"
    out = cli("--config", str(profile), "check", "--jsonl", "-",
              input=json.dumps({"text": text}) + "\n")
    result = json.loads(out.stdout)
    assert result["findings"][0]["start"] == 1_000_000


def test_models_can_be_turned_off(cli, profile: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tocsin.settings import get_settings

    text = "Le projet Opale sort demain"
    with_models = json.loads(cli("--config", str(profile), "check", text, "--json").stdout)
    monkeypatch.setenv("TOCSIN_MODELS", "false")
    get_settings.cache_clear()
    without = json.loads(cli("--config", str(profile), "check", text, "--json").stdout)
    assert "signals" in with_models
    assert "signals" not in without
    assert [f for f in without["findings"] if f["detector"] == "text_models"] == []
    assert [f["kind"] for f in without["findings"]] == ["confidential.code_name"]


def test_jsonl_across_screening_batches_keeps_order_and_errors(cli, profile: Path) -> None:  # type: ignore[no-untyped-def]
    from tocsin.cli.check import SCREEN_BATCH

    lines = []
    for n in range(1, 2 * SCREEN_BATCH + 4):
        if n % 50 == 0:
            lines.append("{not json")
        elif n % 77 == 0:
            lines.append("")
        else:
            lines.append(json.dumps({"text": f"post {n}: jo{n}@gmail.com" if n % 3 else "Bonjour"}))
    out = cli("--config", str(profile), "check", "--jsonl", "-", input="\n".join(lines) + "\n")
    assert out.exit_code == 0
    results = [json.loads(line) for line in out.stdout.splitlines()]
    expected = [n for n in range(1, 2 * SCREEN_BATCH + 4) if n % 77 != 0 or n % 50 == 0]
    assert [r["id"] for r in results] == expected
    for r in results:
        n = r["id"]
        if n % 50 == 0:
            assert "not valid JSON" in r["error"]
        else:
            assert r["decision"] == ("allow" if n % 3 == 0 else "review")
