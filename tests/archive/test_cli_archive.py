"""`tocsin archive ...` as a user runs it, and `tocsin check --save` archiving what it saves."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Cli = Callable[..., Any]


@pytest.fixture
def archived(cli: Cli, tmp_path: Path) -> Path:
    """Three posts saved by `check --save` (one single post, two from JSONL)."""
    assert (
        cli(
            "check", "--save", "Notre projet sort demain, écrivez à jean.dupont@gmail.com"
        ).exit_code
        == 0
    )
    lines = [
        {
            "id": "a1",
            "text": "We are launching the new lamp today",
            "platform": "x",
            "author": "lumio",
        },
        {
            "id": "a2",
            "text": "Les résultats trimestriels seront excellents",
            "platform": "x",
            "author": "claire",
            "at": "2026-03-02T10:00:00+01:00",
        },
    ]
    posts = tmp_path / "posts.jsonl"
    posts.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    assert cli("check", "--save", "--jsonl", str(posts), "--no-progress").exit_code == 0
    return tmp_path / "tocsin.db"


def test_check_save_archives_each_post_with_its_decision(cli: Cli, archived: Path) -> None:
    result = cli("archive", "search", "--json")
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert [hit["native_id"] for hit in hits] == ["a2", "a1", None]
    assert hits[2]["decision"] == "review" and "data_leak" in hits[2]["categories"]
    assert all(hit["direction"] == "outbound" for hit in hits)
    # saving the same posts again adds nothing, in the store or in the archive
    cli("check", "--save", "--jsonl", str(archived.parent / "posts.jsonl"), "--no-progress")
    assert len(cli("archive", "search", "--json").stdout.splitlines()) == 3


def test_verify_json_contract_and_exit_codes(cli: Cli, archived: Path) -> None:
    result = cli("archive", "verify", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert {"ok", "records", "tree_size", "root", "first_bad"} <= set(data)
    assert data["ok"] is True and data["records"] == data["tree_size"] == 3
    with sqlite3.connect(archived) as db:
        db.execute("UPDATE archive_records SET raw = x'00' WHERE seq = 1")
    result = cli("archive", "verify", "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["ok"] is False and data["first_bad"] == 1
    assert "payload" in data["problem"]
    french = cli("archive", "verify", "--lang", "fr")
    assert french.exit_code == 1 and "ARCHIVE ALTÉRÉE: enregistrement 1" in french.stdout


def test_verify_an_empty_archive(cli: Cli) -> None:
    result = cli("archive", "verify")
    assert result.exit_code == 0 and "Archive intact: 0 records" in result.stdout


def test_search_prints_one_line_per_record(cli: Cli, archived: Path) -> None:
    result = cli("archive", "search", "resultats", "--platform", "x")
    assert result.exit_code == 0
    assert "@claire [review]  Les résultats trimestriels" in result.stdout
    assert "1 shown of 1 matching records." in result.output
    assert cli("archive", "search", "--from", "yesterday").exit_code == 2
    assert cli("archive", "search", "--category", "gossip").exit_code == 2


def test_holds_retention_and_audit(cli: Cli, archived: Path) -> None:
    placed = cli(
        "archive",
        "hold",
        "place",
        "--matter",
        "Litige 42",
        "--custodian",
        "Legal",
        "--author",
        "claire",
        "--actor",
        "marie",
    )
    assert placed.exit_code == 0 and "covers 1 records" in placed.stdout
    listed = json.loads(cli("archive", "hold", "list", "--json").stdout)
    assert listed[0]["matter"] == "Litige 42" and listed[0]["scope"] == {"authors": ["claire"]}
    assert cli("archive", "retention", "set", "--days", "1095").exit_code == 0
    assert cli("archive", "retention", "set", "--days", "0").exit_code == 2
    assert "1095 days" in cli("archive", "retention", "list").stdout
    sweep = json.loads(cli("archive", "retention", "sweep", "--json").stdout)
    assert sweep["deleted"] == 0  # nothing is three years old
    assert cli("archive", "hold", "release", "1").exit_code == 0
    again = cli("archive", "hold", "release", "1")
    assert again.exit_code == 2 and "already released" in again.output
    audit = [json.loads(line) for line in cli("archive", "audit", "--json").stdout.splitlines()]
    assert [a["action"] for a in audit] == [
        "hold.place",
        "retention.set",
        "retention.sweep",
        "hold.release",
    ]
    assert audit[0]["actor"] == "marie"
    assert cli("archive", "retention", "remove", "1").exit_code == 0
    assert cli("archive", "verify").exit_code == 0


def test_key_export_head_proofs_and_export(cli: Cli, archived: Path, tmp_path: Path) -> None:
    assert cli("archive", "key", "export", "--out", "archive.pem").exit_code == 0
    assert (tmp_path / "archive.pem").read_text().startswith("-----BEGIN PUBLIC KEY-----")
    head = json.loads(cli("archive", "head", "--json").stdout)
    (tmp_path / "head.json").write_text(json.dumps(head))
    proof = json.loads(cli("archive", "proof", "1").stdout)
    assert proof["tree_size"] == head["tree_size"] and proof["root_hash"] == head["root_hash"]
    consistency = json.loads(cli("archive", "consistency", "1").stdout)
    assert consistency["old_size"] == 1 and consistency["new_size"] == head["tree_size"]
    exported = cli("archive", "export", "--query", "lamp", "--out", "out/bundle.zip")
    assert exported.exit_code == 0 and "1 records" in exported.stdout
    assert (tmp_path / "out" / "bundle.zip").is_file()
    pinned = cli("archive", "verify", "--public-key", "archive.pem", "--head", "head.json")
    assert pinned.exit_code == 0
    bad = cli("archive", "export", "--out", "bundle.txt")
    assert bad.exit_code == 2 and ".zip" in bad.output
    assert cli("archive", "proof", "999").exit_code == 2


def test_commands_on_an_empty_archive_say_what_is_wrong(cli: Cli) -> None:
    head = cli("archive", "head")
    assert head.exit_code == 2 and "empty" in head.output
    key = cli("archive", "key", "export")
    assert key.exit_code == 2 and "no key yet" in key.output
    assert "No legal holds." in cli("archive", "hold", "list").stdout
    assert "every record is kept" in cli("archive", "retention", "list").stdout
