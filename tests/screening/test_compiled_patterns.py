"""The detectors' compiled regular expressions kept between runs (compiled_patterns)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tocsin.screening import compiled_patterns
from tocsin.screening.compiled_patterns import cached_compiles, compile_cached

CORPUS = Path(__file__).parents[1] / "corpus"

#: patterns of the kinds the detectors write: flags, inline flags, named groups, look-arounds,
#: classes, alternations of words, back-references, verbose mode, non-ASCII letters
PATTERNS: list[tuple[str, int]] = [
    (r"\b(?:licenci\w+|layoffs?|plan social)\b", re.IGNORECASE),
    (r"(?i)mot de passe\s*[:=]\s*(?P<secret>\S+)", 0),
    (r"(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:/(?P<year>\d{4}))?", 0),
    (r"(?<![\w@])(?:10|192\.168)\.\d{1,3}\.\d{1,3}(?!\w)", 0),
    (
        r"""
        \b(?:achetez|buy)\s+     # an order
        (?:l'action|the\ stock)  # the share
     """,
        re.VERBOSE | re.IGNORECASE,
    ),
    (r"(\w+) \1", 0),
    (r"[A-ZÉÈ][a-zéèêàç]+(?:-[A-ZÉÈ][a-zéèêàç]+)?", 0),
    (r"^\s*confidentiel\b", re.MULTILINE | re.IGNORECASE),
    (r"(?x: a b )|(?i:CÔTE)", 0),
    (r".", re.DOTALL),
]

SAMPLES = [
    "Mot de passe : Tr0ub4dor&3 — plan social chez Lumio, LAYOFFS announced",
    "Rendez-vous le 12/03/2027 au 192.168.1.20, achetez l'action ! buy  THE stock",
    "Jean-Pierre Éloi et la côte d'Opale, hello hello\nconfidentiel : ne pas diffuser",
    "ab CÔTE côte 10.0.0.1 x@10.1.2.3 licenciements",
]


@pytest.fixture
def empty_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(compiled_patterns, "_known", None)
    monkeypatch.setattr(compiled_patterns, "_new", {})
    monkeypatch.setattr(compiled_patterns, "_built", {})
    return tmp_path / "tocsin"


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, dict(a.groupindex)) == (
        b.pattern,
        b.flags,
        b.groups,
        dict(b.groupindex),
    )
    for text in SAMPLES:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
        assert [m.groups() for m in a.finditer(text)] == [m.groups() for m in b.finditer(text)]
        assert [m.groupdict() for m in a.finditer(text)] == [
            m.groupdict() for m in b.finditer(text)
        ]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_from_the_cache_is_the_pattern_re_compiles(
    empty_cache: Path, monkeypatch: pytest.MonkeyPatch, pattern: str, flags: int
) -> None:
    fresh = re.compile(pattern, flags)
    _same(compile_cached(pattern, flags), fresh)
    compiled_patterns._write_cache()
    monkeypatch.setattr(compiled_patterns, "_known", None)  # a new run: read the file
    monkeypatch.setattr(compiled_patterns, "_built", {})
    monkeypatch.setattr(compiled_patterns, "_entry", lambda *a: pytest.fail("compiled again"))
    _same(compile_cached(pattern, flags), fresh)


def test_every_pattern_the_engine_compiles_is_kept_and_comes_back_the_same(
    empty_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tocsin.screening.compiled_patterns as module

    seen: dict[tuple[str, int], re.Pattern[str]] = {}
    build = module._build

    def recording(pattern: str, entry: module.Entry) -> re.Pattern[str]:
        compiled = build(pattern, entry)
        seen[(pattern, compiled.flags)] = compiled
        return compiled

    monkeypatch.setattr(module, "_build", recording)
    with cached_compiles():
        # the detectors' modules may be imported already in this suite: compile the patterns
        # of their classes again through the cache
        from tocsin.plugins import detector_classes

        for cls in detector_classes():
            for klass in cls.__mro__:
                for value in vars(klass).values():
                    inner = getattr(value, "wrapped", value)
                    if isinstance(inner, re.Pattern) and isinstance(inner.pattern, str):
                        re.compile(inner.pattern, inner.flags)
    assert len(seen) > 300
    with open(CORPUS / "posts.jsonl", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines][:80]
    for (pattern, flags), compiled in seen.items():
        fresh = re.compile(pattern, flags)
        assert compiled.groupindex == fresh.groupindex
        for text in texts:
            assert [m.span() for m in compiled.finditer(text)] == [
                m.span() for m in fresh.finditer(text)
            ], pattern


def test_the_cache_is_written_once_and_read_by_the_next_run(
    empty_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compile_cached(r"\bopale\b", re.I)
    assert not list(empty_cache.glob("regex-*.marshal"))  # written at exit, not before
    compiled_patterns._write_cache()
    (written,) = empty_cache.glob("regex-*.marshal")
    monkeypatch.setattr(compiled_patterns, "_known", None)
    monkeypatch.setattr(compiled_patterns, "_built", {})
    monkeypatch.setattr(compiled_patterns, "_entry", lambda *a: pytest.fail("compiled again"))
    assert compile_cached(r"\bopale\b", re.I).search("Côte d'OPALE")


@pytest.mark.parametrize(
    "content",
    [b"damaged", b"", json.dumps({"x": 1}).encode()],
    ids=["garbage", "empty", "not marshal"],
)
def test_a_damaged_cache_means_compiling_again(
    empty_cache: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    compile_cached(r"plan social", 0)
    compiled_patterns._write_cache()
    (written,) = empty_cache.glob("regex-*.marshal")
    written.write_bytes(content)
    monkeypatch.setattr(compiled_patterns, "_known", None)
    monkeypatch.setattr(compiled_patterns, "_built", {})
    assert compile_cached(r"plan social", 0).search("un plan social")


def test_a_damaged_entry_means_compiling_again(
    empty_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compiled_patterns, "_known", {"0\x00abc": (0, [999, 1, 2], 0, {}, (None,))})
    assert compile_cached("abc", 0).search("xabcx")


def test_a_bad_pattern_raises_as_re_does(empty_cache: Path) -> None:
    with pytest.raises(re.error):
        compile_cached(r"(unclosed", 0)
    with cached_compiles(), pytest.raises(re.error):
        re.compile(r"[z-a]")


def test_the_block_gives_re_back_even_after_an_error() -> None:
    original = re._compile  # type: ignore[attr-defined]
    with pytest.raises(RuntimeError), cached_compiles():
        assert re._compile is not original  # type: ignore[attr-defined]
        raise RuntimeError
    assert re._compile is original  # type: ignore[attr-defined]


def test_bytes_patterns_and_compiled_patterns_go_to_re(empty_cache: Path) -> None:
    compiled = re.compile(r"\d+")
    with cached_compiles():
        assert re.compile(rb"\d+").search(b"a12")
        assert re.compile(compiled) is compiled
        assert re.search(r"[0-9]+", "a12")
    assert list(compiled_patterns._new) == ["0\x00[0-9]+"]  # only the string pattern
