"""The parsed lexicons kept between runs: the same tables as parsing, never required."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tocsin.screening import lexicon_cache
from tocsin.screening.lexicon import rules_from
from tocsin.screening.lexicon_cache import parsed_toml

TEXT = """
[[rules]]
id = "a"
kind = "k.a"
category = "reputation"
severity = "low"
phrases = ["plan social", "licenci*"]
score = 0.65
[rules.explanation]
en = "Found “{found}”."
fr = "Trouvé « {found} »."
"""


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    folder = lexicon_cache.cache_dir()
    assert folder is not None
    return folder


def test_parsed_then_read_back(cache: Path) -> None:
    first = parsed_toml(TEXT)
    assert first == tomllib.loads(TEXT)
    assert len(list(cache.glob("lexicon-*.marshal"))) == 1
    again = parsed_toml(TEXT)
    assert again == first and list(again) == list(first)
    assert rules_from(again) == rules_from(tomllib.loads(TEXT))


def test_edited_text_is_parsed_again(cache: Path) -> None:
    parsed_toml(TEXT)
    edited = TEXT.replace("0.65", "0.7")
    assert parsed_toml(edited)["rules"][0]["score"] == 0.7
    assert len(list(cache.glob("lexicon-*.marshal"))) == 2


def test_damaged_file_is_parsed_again(cache: Path) -> None:
    parsed_toml(TEXT)
    (path,) = cache.glob("lexicon-*.marshal")
    path.write_bytes(b"\x00garbage")
    assert parsed_toml(TEXT) == tomllib.loads(TEXT)
    assert parsed_toml(TEXT) == tomllib.loads(TEXT)  # written again


def test_unwritable_cache_is_not_required(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert parsed_toml(TEXT) == tomllib.loads(TEXT)


def test_invalid_toml_raises_as_tomllib(cache: Path) -> None:
    with pytest.raises(tomllib.TOMLDecodeError):
        parsed_toml("[[rules]\n")


def test_dates_are_parsed_but_not_cached(cache: Path) -> None:
    assert parsed_toml("when = 2026-11-30\n") == tomllib.loads("when = 2026-11-30\n")
    assert not list(cache.glob("lexicon-*.marshal"))
