"""Texts round-trip exactly, whatever they hold, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from tocsin.store import Store
from tocsin.store.tables import ESCAPE, escape_text, unescape_text

from .factories import finding, pair

NASTY = {
    "empty": "",
    "emoji": "Lancement 🚀🇫🇷 👩🏽‍💻 family 👨‍👩‍👧‍👦 ✔︎",
    "rtl": "مرحبا بالعالم \u202eevil\u202c שלום \u200f!",
    "combining": "e\u0301te\u0301 Å Å ﬁ ｆｕｌｌ",
    "controls": "".join(chr(c) for c in range(1, 32)) + "\x7f\x85\u2028\u2029",
    "nul": "before\x00after\x00",
    "only_nul": "\x00",
    "escape_char": f"private {ESCAPE} use {ESCAPE}0 {ESCAPE}e {ESCAPE}sd800",
    "escapes_and_nul": f"{ESCAPE}\x00{ESCAPE}{ESCAPE}0\x00",
    "sql": "'; DROP TABLE posts; -- \\ % _ $1 ?",
    "crlf": "line\r\nline\rline\n",
    "astral": "𝕋𝕠𝕔𝕤𝕚𝕟 𐍈 \U0010fffd \ufeff\ufffe\uffff",
    "big": ("Été 🚀 مرحبا \x00 " * 40_000)[:1_000_000],
}

ESCAPE_CASES = [*NASTY.values(), "\ud800", "a\udfffb", f"\ud83d{ESCAPE}\x00"]


@pytest.mark.parametrize("value", ESCAPE_CASES)
def test_escape_round_trip(value: str) -> None:
    escaped = escape_text(value)
    assert "\x00" not in escaped
    escaped.encode("utf-8")  # no lone surrogate left
    assert unescape_text(escaped) == value


def test_plain_text_is_stored_as_is() -> None:
    plain = NASTY["emoji"] + NASTY["rtl"]
    assert escape_text(plain) is plain


@pytest.mark.parametrize("name", list(NASTY))
def test_texts_round_trip(store: Store, name: str) -> None:
    value = NASTY[name]
    post, result = pair(
        1,
        text=value,
        author=value,
        author_name=value,
        url=value,
        findings=[finding(excerpt=value, explanation=value, kind=value or "k")],
        note=value,
        nested={value: [value]},
    )
    assert store.save(post, result) is True
    (stored,) = store.recent()
    assert stored.text == value
    assert stored.author == stored.author_name == stored.url == value
    assert stored.extra == {"note": value, "nested": {value: [value]}}
    assert stored.findings[0]["excerpt"] == stored.findings[0]["explanation"] == value
    assert store.save(post, result) is False  # the key is found again


def test_non_json_extras_never_fail(store: Store) -> None:
    post, result = pair(1, score=float("nan"), limits=[float("inf"), -float("inf")])
    assert store.save(post, result) is True
    (stored,) = store.recent()
    assert stored.extra == {"score": "nan", "limits": ["inf", "-inf"]}
