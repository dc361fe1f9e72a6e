"""Literal prefilters for regular expressions: do not search a text that cannot match.

Python's ``re`` finds the start of a pattern fast only when the pattern opens with a literal or a
character class. The detectors' shapes open with ``\\b``, a look-behind or an alternation of
phrases, so ``re`` tries every alternative at every position of the post: 10-30 µs a search on a
short post for the longest ones, and most posts match none of them.

Most of those patterns cannot match without one of a few literal strings: ``\\b(?:will|soon|
bient[ôo]t)\\b`` needs "will", "soon" or "bient" in the text. :func:`required_literals` reads the
pattern's syntax tree (the standard library's own parser) and returns such a set, and
:class:`Prefiltered` wraps the compiled pattern: its ``search``, ``match``, ``fullmatch``,
``finditer`` and ``findall`` first check that one of the literals is in the text (``in`` on the
text, lower-cased once per text for case-insensitive patterns), and only then run the pattern.
The result is always the pattern's own: a text without any of the literals has no match, so
skipping it changes nothing (``tests/screening/test_prefilter.py`` checks it on every pattern of
every detector over the labelled corpus and on generated text).

The literals are exact where the pattern is case-sensitive. Where it ignores case, in whole or in
a group ("(?i:...)"), the literals and the text are compared in lower case, and the letters ``re``
matches beyond ``str.lower`` ("ı" and "i", "ſ" and "s", "µ" and "μ"...: the standard library's own
table) are mapped onto one of them. Look-arounds, back-references and optional parts give no
literal; a pattern whose literals are too short or too many always runs.
"""

from __future__ import annotations

import atexit
import importlib
import marshal
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..user_cache import cache_dir
from .lexicon_cache import read_marshal, write_marshal

# the standard library's own reader of patterns (private modules, stable since Python 3.11)
_sre_parse: Any = importlib.import_module("re._parser")
_sre_constants: Any = importlib.import_module("re._constants")

_LITERAL = _sre_constants.LITERAL
_IN = _sre_constants.IN
_SUBPATTERN = _sre_constants.SUBPATTERN
_BRANCH = _sre_constants.BRANCH
_REPEATS = tuple(
    getattr(_sre_constants, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(_sre_constants, name)
)
_ATOMIC = getattr(_sre_constants, "ATOMIC_GROUP", None)

#: a prefilter is worth it only with literals at least this long ...
MIN_LENGTH = 2
#: ... and not too many of them (each one is an ``in`` test)
MAX_LITERALS = 96
#: the prefilter of a pattern is dropped when more than this share of its first TRIAL texts
#: pass it: a test that nearly never skips the search only adds to it
KEEP_BELOW = 0.9
TRIAL = 200
#: a class of up to this many characters multiplies the strings of a run ("[ée]t[ée]") ...
MAX_CLASS = 4
#: ... up to this many strings
MAX_VARIANTS = 8


def _same_case_table() -> dict[int, int]:
    """Letters ``re.IGNORECASE`` matches beyond ``str.lower`` ("ı" and "i", "ſ" and "s",
    "µ" and "μ"...), each mapped onto the smallest of its class."""
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:  # pragma: no cover - before Python 3.11.2
        _EXTRA_CASES = {0x69: (0x131,), 0x131: (0x69,), 0x73: (0x17F,), 0x17F: (0x73,)}
    table: dict[int, int] = {}
    for lower, extra in _EXTRA_CASES.items():
        group = {lower, *extra}
        smallest = min(group)
        for code in group:
            if code != smallest:
                table[code] = smallest
    return table


#: applied after ``str.lower`` to the text and to the literals of case-insensitive patterns
_SAME_CASE = _same_case_table()
#: the letters it maps (a text without any of them is left as it is)
_SAME_CASE_LETTER = re.compile("[" + re.escape("".join(map(chr, sorted(_SAME_CASE)))) + "]")
#: applied before it: the one letter whose lower case is two characters
_DOTTED_I = str.maketrans({"İ": "i"})

Literals = frozenset[str]


def required_literals(pattern: re.Pattern[str]) -> Literals | None:
    """Strings of which every match of ``pattern`` contains at least one, or None.

    None when the pattern has no such set worth testing: a literal shorter than
    :data:`MIN_LENGTH`, more than :data:`MAX_LITERALS` of them, or a part the reader does not
    follow (a look-around, a back-reference, an optional alternative...). The literals of a
    pattern that ignores case (:func:`folded`) are in lower case and are looked for in
    :func:`haystack`, the others in the text itself.
    """
    if not isinstance(pattern.pattern, str):
        return None
    try:
        tree = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - it compiled, so it parses
        return None
    literals = _sequence(list(tree), folded(pattern))
    if not literals or len(literals) > MAX_LITERALS or min(map(_weight, literals)) < MIN_LENGTH:
        return None
    return literals


def _sequence(items: Sequence[tuple[Any, Any]], fold: bool) -> Literals | None:
    """The best literal set of a sequence of nodes: each run of literal characters is one
    candidate (a set when a small class sits in it: "bient[ôo]t"), each node another; every
    match of the sequence contains one string of every candidate."""
    candidates: list[Literals] = []
    run: list[str] = [""]

    def close() -> None:
        if run[0]:
            candidates.append(frozenset(run))
        run[:] = [""]

    def extend(chars: Sequence[str], times: int = 1) -> None:
        variants = [v + c * times for v in run for c in chars]
        if len(variants) > MAX_VARIANTS:
            close()
        else:
            run[:] = variants

    for op, av in items:
        chars = _chars(op, av, fold)
        if chars is not None:
            extend(chars)
            continue
        if op in _REPEATS and av[0] >= 1:
            body = list(av[2])
            if len(body) == 1:
                chars = _chars(body[0][0], body[0][1], fold)
                if chars is not None:  # "shh+" needs "shh"
                    extend(chars, min(av[0], 8))
                    close()
                    continue
        close()
        found = _node(op, av, fold)
        if found:
            candidates.append(found)
    close()
    if not candidates:
        return None
    return max(candidates, key=_strength)


def folded(pattern: re.Pattern[str]) -> bool:
    """Whether the pattern's literals are compared with the lowered text: when it ignores case,
    in whole or in a group ("(?i:...)"; a case-sensitive literal in the text is in the lowered
    text too, so folding a whole pattern for one group of it is safe)."""
    return bool(pattern.flags & re.IGNORECASE) or "(?i" in pattern.pattern


def _strength(literals: Literals) -> tuple[int, int]:
    return (min(min(map(_weight, literals)), 4), -len(literals))


def _weight(literal: str) -> int:
    """How selective a literal is: its length, a rare (non-ASCII) character counting twice."""
    return len(literal) + sum(not c.isascii() for c in literal)


def _chars(op: Any, av: Any, fold: bool) -> list[str] | None:
    """The characters one node matches, when it is a literal or a small class of literals."""
    if op is _LITERAL:
        char = _literal_char(av, fold)
        return None if char is None else [char]
    if op is _IN and len(av) <= MAX_CLASS and all(o is _LITERAL for o, _ in av):
        chars = [_literal_char(code, fold) for _, code in av]
        if any(c is None for c in chars):
            return None
        return sorted({c for c in chars if c is not None})
    return None


def _literal_char(code: int, fold: bool) -> str | None:
    """The character as the text (``fold``: the lowered text) has it, or None when it cannot
    be one."""
    if not fold:
        return chr(code)
    lower = chr(code).lower()
    if len(lower) != 1:  # "İ": re matches it with "i", str.lower makes it two characters
        return None
    return lower.translate(_SAME_CASE)


def _node(op: Any, av: Any, fold: bool) -> Literals | None:
    if op is _SUBPATTERN:
        if not fold and av[1] & re.IGNORECASE:  # "(?xi:...)" that folded() did not see
            return None
        return _sequence(list(av[3]), fold)
    if op is _BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            found = _sequence(list(alternative), fold)
            if not found:
                return None
            union |= found
            if len(union) > MAX_LITERALS:
                return None
        return frozenset(union)
    if op in _REPEATS:
        if av[0] < 1:
            return None
        return _sequence(list(av[2]), fold)
    if _ATOMIC is not None and op is _ATOMIC:
        return _sequence(list(av), fold)
    return None


_last: tuple[str, str] = ("", "")


def haystack(text: str) -> str:
    """``text`` as the literals are compared with it: lowered (the last one is kept: the
    detectors search the same post many times in a row)."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    if text.isascii():
        lowered = text.lower()
    else:
        # "İ" lowers to "i" and a combining dot, which would split the word; the two tables
        # are applied only to a text holding one of their letters (a dictionary look-up per
        # character otherwise, some 20 µs on a short post with an accent or an emoji)
        lowered = (text.translate(_DOTTED_I) if "İ" in text else text).lower()
        if _SAME_CASE_LETTER.search(lowered) is not None:
            lowered = lowered.translate(_SAME_CASE)
    _last = (text, lowered)
    return lowered


class Prefiltered:
    """A compiled pattern that is not run on a text holding none of its required literals.

    It answers like the pattern it wraps (same matches, same ``pattern``, ``flags``, ``groups``);
    see the module's documentation. The literals are read on first use (``literals`` given, or
    :func:`known_literals`): a process that never runs a pattern never reads it. When more than
    :data:`KEEP_BELOW` of the first :data:`TRIAL` texts tested hold one of them, the test is
    dropped and the pattern always runs (it would cost more than it saves).
    """

    __slots__ = (
        "_pattern",
        "_literals",
        "_last",
        "_tested",
        "_passed",
        "_fold",
        "pattern",
        "flags",
        "groups",
        "groupindex",
    )

    def __init__(self, pattern: re.Pattern[str], literals: Literals | None = None) -> None:
        self._pattern = pattern
        self._last: tuple[str | None, bool] = (None, True)
        self._tested = 0
        self._passed = 0
        self._fold = folded(pattern)
        self._literals: tuple[str, ...] | None = (
            None if literals is None else tuple(sorted(literals, key=len))
        )
        self.pattern = pattern.pattern
        self.flags = pattern.flags
        self.groups = pattern.groups
        self.groupindex = pattern.groupindex

    @property
    def literals(self) -> tuple[str, ...]:
        """The required literals, shortest first (empty: the pattern has no useful ones and
        always runs)."""
        literals = self._literals
        if literals is None:
            literals = self._literals = known_literals(self._pattern)
        return literals

    def may_match(self, text: str) -> bool:
        """False when ``text`` cannot hold a match (none of the literals is in it).

        The answer for the last text is kept: a detector that searches windows of a long post
        one after the other tests the whole post once, not once per window.
        """
        last = self._last
        if last[0] is text:
            return last[1]
        literals = self._literals
        if literals is None:
            literals = self.literals
        answer = not literals
        if not answer:
            hay = haystack(text) if self._fold else text
            for literal in literals:
                if literal in hay:
                    answer = True
                    break
            tested = self._tested + 1
            if tested <= TRIAL:
                self._tested = tested
                self._passed += answer
                if tested == TRIAL and self._passed > TRIAL * KEEP_BELOW:
                    self._literals = ()  # nearly every text has one: the test only costs
        self._last = (text, answer)
        return answer

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self.may_match(string):
            return None
        return self._pattern.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self.may_match(string):
            return None
        return self._pattern.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        if not self.may_match(string):
            return None
        return self._pattern.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if not self.may_match(string):
            return iter(())
        return self._pattern.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if not self.may_match(string):
            return []
        return self._pattern.findall(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self._pattern.sub(repl, string, count)

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        return self._pattern.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self._pattern.split(string, maxsplit)

    @property
    def wrapped(self) -> re.Pattern[str]:
        return self._pattern

    def __repr__(self) -> str:
        return f"Prefiltered({self._pattern!r}, {list(self.literals)!r})"


def prefiltered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a literal prefilter when it has a useful one, else itself.

    Typed as a pattern: the wrapper answers the same methods with the same results.
    """
    literals = required_literals(pattern)
    if literals is None:
        return pattern
    return Prefiltered(pattern, literals)  # type: ignore[return-value]


def prefilter_class_patterns(cls: type) -> None:
    """Wrap the compiled patterns that are class attributes of ``cls`` (not inherited ones:
    each class wraps its own); their literals are read when first used."""
    for name, value in list(vars(cls).items()):
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            setattr(cls, name, Prefiltered(value))


# -- the literals of the detectors' patterns, kept between runs -----------------------------------
#
# Reading a pattern's syntax tree costs a few hundred microseconds for the longest ones, about
# 0.3 s for every pattern of every detector: a long run reads each one once, and the literals
# found are kept in the user's cache directory (tocsin.user_cache) for the next run, in a file
# named by this module's reading rules, the marshal format and the Python version. The file is
# never required: a missing, unreadable or damaged one means the patterns are read again.

#: change it whenever the reading rules above change the literals found
_RULES_VERSION = 3
_known: dict[str, tuple[str, ...]] | None = None
_new: dict[str, tuple[str, ...]] = {}


def known_literals(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The required literals of ``pattern`` (empty when it has none worth testing), from the
    cache when this pattern was read before."""
    global _known
    if _known is None:
        _known = _read_cache()
    key = f"{pattern.flags}\x00{pattern.pattern}"
    literals = _known.get(key)
    if literals is None:
        found = required_literals(pattern)
        literals = () if found is None else tuple(sorted(found, key=len))
        _known[key] = literals
        if not _new:
            atexit.register(_write_cache)
        _new[key] = literals
    return literals


def _cache_path() -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    python = f"{sys.version_info[0]}{sys.version_info[1]}"
    return folder / f"prefilter-r{_RULES_VERSION}-m{marshal.version}-py{python}.marshal"


def _read_cache() -> dict[str, tuple[str, ...]]:
    data = read_marshal(_cache_path()) or {}
    return {
        k: v
        for k, v in data.items()
        if isinstance(k, str) and isinstance(v, tuple) and all(isinstance(x, str) for x in v)
    }


def _write_cache() -> None:
    """Add the literals read in this run to the cache file (atomically); best effort."""
    path = _cache_path()
    if path is None or not _new:
        return
    data = _read_cache()
    data.update(_new)
    write_marshal(path, data)
    _new.clear()
