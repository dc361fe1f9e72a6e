from __future__ import annotations

import json
from pathlib import Path

from tocsin.profile import load_profile


def test_init_writes_a_valid_commented_profile(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = cli("init")
    assert out.exit_code == 0
    text = (tmp_path / "tocsin.toml").read_text(encoding="utf-8")
    assert text.count("#") > 10
    load_profile(tmp_path / "tocsin.toml")
    again = cli("init")
    assert again.exit_code == 2
    assert "already exists" in again.stderr
    assert cli("init", "--force").exit_code == 0


def test_profile_check(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("profile", "check").exit_code == 2  # nothing to check
    cli("init")
    ok = cli("profile", "check")
    assert ok.exit_code == 0
    assert "is valid: Example SA" in ok.stdout
    (tmp_path / "bad.toml").write_text('[organisation]\nname = "X"\nlanguages = ["xx1"]\n')
    bad = cli("profile", "check", "bad.toml")
    assert bad.exit_code == 2
    assert "line 3, organisation.languages" in bad.stderr


def test_detectors_list(cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COLUMNS", "200")
    rows = json.loads(cli("detectors", "list", "--json").stdout)
    by_name = {r["name"]: r for r in rows}
    assert by_name["confidential_terms"]["categories"] == ["data_leak"]
    assert by_name["email_address"]["version"] == "1.0"
    table = cli("detectors", "list").stdout
    assert "confidential_terms" in table and "[confidential]" in table


def test_demo_is_valid_and_idempotent(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = cli("demo", "--dir", "demo")
    assert first.exit_code == 0, first.stderr
    assert "Lumio SA" in first.stdout
    load_profile(tmp_path / "demo" / "tocsin.toml")
    second = cli("demo", "--dir", "demo")
    assert "(0 new)" in second.stdout


def test_version(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("--version").stdout.startswith("tocsin ")
