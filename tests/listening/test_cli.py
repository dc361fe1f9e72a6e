"""`tocsin import`, `tocsin ingest` and `tocsin sources` as a user runs them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .conftest import FIXTURES

Cli = Callable[..., Any]


@pytest.fixture
def profiled(cli: Cli, lumio_toml: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv("TOCSIN_CONFIG", str(lumio_toml))
    return cli


def test_import_jsonl_twice(profiled: Cli, tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_text(
        '{"id":"1","platform":"x","text":"Lumio est top"}\n'
        "oops\n"
        '{"id":"2","platform":"x","text":"Claire Dubois habite au 3 rue des Lilas"}\n',
        encoding="utf-8",
    )
    first = profiled("import", str(path))
    assert first.exit_code == 0, first.output
    assert "2 posts read, 2 new, 0 already stored, 1 rejected" in first.stdout
    assert "line 2: not valid JSON" in first.stderr
    second = profiled("import", str(path), "--json")
    report = json.loads(second.stdout)
    assert (report["read"], report["new"], report["format"]) == (2, 0, "jsonl")


@pytest.mark.parametrize(
    ("fixture", "fmt", "count"),
    [
        ("x/tweets.js", "x-archive", 2),
        ("facebook/comments.json", "facebook", 1),
        ("instagram/posts_1.json", "instagram", 2),
        ("linkedin/Shares.csv", "linkedin", 2),
        ("youtube/comment_threads.json", "youtube", 2),
    ],
)
def test_import_platform_exports(profiled: Cli, fixture: str, fmt: str, count: int) -> None:
    result = profiled("import", str(FIXTURES / fixture), "--json", "--author", "lumio")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["format"], report["new"]) == (fmt, count)


def test_import_stdin_csv_with_mapping(profiled: Cli) -> None:
    data = "msg,who\nLumio ne répond jamais,@jo\n"
    result = profiled(
        "import",
        "-",
        "--format",
        "csv",
        "--map",
        "text=msg",
        "--map",
        "author=who",
        "--platform",
        "forum",
        "--direction",
        "inbound",
        "--json",
        input=data,
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["new"] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import", "missing.jsonl"], "cannot be read"),
        (["import", "-", "--format", "myspace"], "Unknown import format"),
        (["import", "-", "--map", "text"], "FIELD=COLUMN"),
    ],
)
def test_import_errors_are_clear(profiled: Cli, args: list[str], message: str) -> None:
    result = profiled(*args, input="")
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_sources_add_list_remove(profiled: Cli) -> None:
    added = profiled(
        "sources", "add", "feed", "rss", "-o", "url=http://127.0.0.1:9/feed.xml", "--every", "5m"
    )
    assert added.exit_code == 0, added.output
    listed = profiled("sources", "list")
    assert "feed  rss  every 5m  [added]  never run" in listed.stdout
    bad = profiled("sources", "add", "x", "mastodon", "-o", "colour=red")
    assert bad.exit_code == 2 and "colour" in bad.output
    bad_every = profiled("sources", "add", "y", "rss", "-o", "url=u", "--every", "soon")
    assert bad_every.exit_code == 2 and "not a duration" in bad_every.output
    kinds = profiled("sources", "kinds")
    assert "mastodon:" in kinds.stdout and "jetstream:" in kinds.stdout
    removed = profiled("sources", "remove", "feed")
    assert removed.exit_code == 0
    assert "No source" in profiled("sources", "list").stdout


def test_ingest_reports_a_failing_source_and_its_health(
    profiled: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tocsin.listening import backoff

    monkeypatch.setattr(backoff.Backoff, "__init__", _fast_backoff)
    profiled("sources", "add", "feed", "rss", "-o", "url=http://127.0.0.1:9/feed.xml")
    for _ in range(3):
        result = profiled("ingest", "feed")
        assert result.exit_code == 1
        assert "feed: failed" in result.stderr and "network error" in result.stderr
    listed = profiled("sources", "list", "--json")
    status = json.loads(listed.stdout.splitlines()[0])
    assert status["status"] == "unhealthy" and status["failures"] == 3
    assert "network error" in status["last_error"]
    plain = profiled("sources", "list")
    assert "unhealthy" in plain.stdout and "last error (3 in a row)" in plain.stdout
    unknown = profiled("ingest", "nope")
    assert unknown.exit_code == 2 and "No source named 'nope'" in unknown.output


def _fast_backoff(self: Any, *args: Any, **kwargs: Any) -> None:
    object.__setattr__(self, "attempts", 1)
    object.__setattr__(self, "first", 0.0)
    object.__setattr__(self, "factor", 1.0)
    object.__setattr__(self, "cap", 0.0)
    object.__setattr__(self, "sleep", lambda s: None)


def test_ingest_without_sources(profiled: Cli) -> None:
    result = profiled("ingest")
    assert result.exit_code == 0 and "No source" in result.stdout
