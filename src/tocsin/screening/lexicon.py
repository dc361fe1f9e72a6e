"""Detectors written as data: rules of phrases in a TOML lexicon, matched by one automaton.

A lexicon file (``screening/lexicons/<name>.toml``) holds rules::

    [[rules]]
    id = "layoffs"                       # unique in the file; the finding's rule
    kind = "hr.layoffs"                  # the finding's kind
    category = "human_resources"         # one of the ten risks
    severity = "high"                    # default severity (the policy may change it)
    directions = ["outbound"]            # optional, default both
    phrases = ["plan social", "licenci*", "layoff*"]   # FR and EN together; '*' = word continues
    context = ["salarié*", "employees"]  # optional: one of these must be within `window` chars
    window = 80                          # optional, default 60
    unless = ["sans licenciement"]       # optional: no finding when one of these is near
    score = 0.8                          # optional confidence, default 0.8
    yields_to = ["hr.layoffs"]           # optional: no finding when the post has one of these
                                         # kinds (or kind prefixes) from another rule or detector
    [rules.explanation]
    en = "Layoffs mentioned (“{found}”): ... what to do."
    fr = "Licenciements évoqués (« {found} ») : ... que faire."
    [[rules.also]]                       # optional: the same evidence is another risk too
    category = "financial_disclosure"    # one more finding on the same span, in this category,
    kind = "mnpi.executive_change"       # with this kind (severity: the rule's unless given)
    [rules.also.explanation]
    en = "..."
    fr = "..."

A companion finding (``also``) says what the design says of evidence that is two risks: an
employee's health is ``human_resources`` and ``compliance`` (special-category data); the departure
of a chief executive not yet announced is ``human_resources`` and ``financial_disclosure``.

Phrases of every language are matched whatever the post's detected language: short posts are
often misdetected, and bilingual posts are common. The detector class is data plus nothing:
``class Layoffs(LexiconDetector): name = ...; LEXICON = "hr"``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any, ClassVar, NamedTuple

from ..errors import PluginError
from ..models import Category, Finding, Severity
from ..profile import Profile
from .detectors.base import Context, Detector
from .lexicon_cache import parsed_toml
from .matching import PhraseMatch, PhraseMatcher, SpanIndex


@dataclass(frozen=True, slots=True)
class Companion:
    """Another finding a rule gives on the same evidence: another category, another kind."""

    category: Category
    kind: str
    severity: Severity | None
    explanation: dict[str, str]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    kind: str
    category: Category
    severity: Severity
    explanation: dict[str, str]
    directions: tuple[str, ...] = ("outbound", "inbound")
    window: int = 60
    score: float = 0.8
    context: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    phrases: tuple[str, ...] = field(default=())
    also: tuple[Companion, ...] = ()
    #: kinds (or kind prefixes ending in a dot) that explain the evidence better: when a post
    #: has a finding of one of them, the engine drops this rule's findings
    yields_to: tuple[str, ...] = ()

    def outcomes(self) -> Iterator[tuple[Category, str, Severity, dict[str, str]]]:
        """Category, kind, severity and explanation of each finding a hit gives: the rule's, then
        its companions'."""
        yield self.category, self.kind, self.severity, self.explanation
        for also in self.also:
            yield also.category, also.kind, also.severity or self.severity, also.explanation


@cache
def lexicon_data(name: str) -> dict[str, Any]:
    """The parsed TOML of the shipped ``lexicons/<name>.toml`` (kept between runs, see
    :mod:`.lexicon_cache`); read only, it is shared."""
    path = files("tocsin.screening").joinpath("lexicons", f"{name}.toml")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PluginError(f"Lexicon {name!r} cannot be read: {exc}") from exc
    try:
        return parsed_toml(text)
    except tomllib.TOMLDecodeError as exc:
        raise PluginError(f"Lexicon {name!r} is not valid TOML: {exc}") from exc


@cache
def load_rules(name: str) -> tuple[Rule, ...]:
    """The rules of the shipped ``lexicons/<name>.toml``."""
    return rules_from(lexicon_data(name), name)


def parse_rules(text: str, name: str = "lexicon") -> tuple[Rule, ...]:
    """Rules from lexicon TOML text; a malformed lexicon is a PluginError naming the rule."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PluginError(f"Lexicon {name!r} is not valid TOML: {exc}") from exc
    return rules_from(data, name)


def rules_from(data: dict[str, Any], name: str = "lexicon") -> tuple[Rule, ...]:
    """Rules from a lexicon's parsed TOML; a malformed rule is a PluginError naming it."""
    rules = []
    for raw in data.get("rules", []):
        try:
            rules.append(
                Rule(
                    id=raw["id"],
                    kind=raw["kind"],
                    category=Category(raw["category"]),
                    severity=Severity(raw["severity"]),
                    explanation=dict(raw["explanation"]),
                    directions=tuple(raw.get("directions", ("outbound", "inbound"))),
                    window=int(raw.get("window", 60)),
                    score=float(raw.get("score", 0.8)),
                    context=tuple(raw.get("context", ())),
                    unless=tuple(raw.get("unless", ())),
                    yields_to=tuple(raw.get("yields_to", ())),
                    phrases=tuple(raw["phrases"]),
                    also=tuple(
                        Companion(
                            category=Category(c["category"]),
                            kind=c["kind"],
                            severity=Severity(c["severity"]) if "severity" in c else None,
                            explanation=dict(c.get("explanation", raw["explanation"])),
                        )
                        for c in raw.get("also", ())
                    ),
                )
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise PluginError(f"Lexicon {name!r}, rule {raw.get('id', '?')!r}: {exc}") from exc
    return tuple(rules)


class LexiconDetector(Detector):
    """A detector whose rules are a lexicon file (see the module docstring)."""

    LEXICON: ClassVar[str] = ""
    #: several detectors may share one lexicon file; each then owns part of its rules:
    #: those whose id starts with the detector's name and a dot (``profanity.en``) ...
    RULES_BY_NAME: ClassVar[bool] = False
    #: ... or those of these kinds
    KINDS: ClassVar[tuple[str, ...]] = ()
    #: set on a subclass whose own ``analyze`` only filters or rewrites the findings of this
    #: class's ``analyze``: it finds nothing on a post without a phrase of its lexicon, and the
    #: engine skips it there (see :func:`required_gate`; a subclass of it must set it again)
    PHRASES_REQUIRED: ClassVar[bool] = False

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self.rules = self.load()
        self._phrases: PhraseMatcher[Rule] = PhraseMatcher(
            (p, r) for r in self.rules for p in r.phrases
        )
        self._context: PhraseMatcher[Rule] = PhraseMatcher(
            ((p, r) for r in self.rules for p in r.context), on_demand=True
        )
        self._unless: PhraseMatcher[Rule] = PhraseMatcher(
            ((p, r) for r in self.rules for p in r.unless), on_demand=True
        )

    @classmethod
    def load(cls) -> tuple[Rule, ...]:
        """The rules of this detector: those of its shipped lexicon that it owns."""
        return tuple(r for r in load_rules(cls.LEXICON) if cls.owns(r))

    @classmethod
    def owns(cls, rule: Rule) -> bool:
        if cls.RULES_BY_NAME and not rule.id.startswith(cls.name + "."):
            return False
        return not cls.KINDS or rule.kind in cls.KINDS

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        hits = self._phrases.find_all(ctx.normalized)
        if not hits:
            return ()  # most posts: no phrase of this lexicon, and no generator to run
        return self._findings(ctx, hits)

    def rule_finding(
        self, ctx: Context, rule: Rule, span: tuple[int, int], *, how: str, matched: str,
        **fields: object,
    ) -> Finding:
        """A finding of ``rule`` told by code rather than by its phrases (a shape, an emoji): the
        rule's category, kind, severity, score and explanation, the evidence at ``span``; ``how``
        names the way in the finding's rule (``<lexicon>.<rule id>.<how>``)."""
        return self.finding(
            ctx,
            category=rule.category,
            kind=rule.kind,
            severity=rule.severity,
            span=span,
            excerpt=ctx.text[span[0] : span[1]],
            rule=f"{self.LEXICON}.{rule.id}.{how}",
            matched=matched,
            score=rule.score,
            templates=rule.explanation,
            **fields,
        )

    def _findings(self, ctx: Context, hits: list[PhraseMatch[Rule]]) -> Iterator[Finding]:
        """The findings of the phrases found (``hits``), once their rule's conditions hold."""
        norm = ctx.normalized
        direction = ctx.post.direction.value
        # context and exception phrases are looked for once, and only when a hit needs them
        context: NearRules | None = None
        unless: NearRules | None = None
        for hit in hits:
            rule = hit.payload
            if direction not in rule.directions:
                continue
            if rule.context:
                if context is None:
                    context = NearRules(self._context.spaced_hits(norm))
                if not context.near(rule.id, hit.fstart, hit.fend, rule.window):
                    continue
            if rule.unless:
                if unless is None:
                    unless = NearRules(self._unless.spaced_hits(norm))
                if unless.near(rule.id, hit.fstart, hit.fend, rule.window):
                    continue
            yield from self.hit_findings(ctx, hit)

    def hit_findings(self, ctx: Context, hit: PhraseMatch[Rule]) -> Iterator[Finding]:
        """The findings of a phrase of the lexicon kept in the post: one per outcome of its rule
        (its own category and kind, and those of ``[[rules.also]]``)."""
        rule = hit.payload
        found = ctx.text[hit.start : hit.end]
        for category, kind, severity, templates in rule.outcomes():
            yield self.finding(
                ctx,
                category=category,
                kind=kind,
                severity=severity,
                span=(hit.start, hit.end),
                excerpt=found,
                rule=f"{self.LEXICON}.{rule.id}",
                matched=hit.phrase,
                score=rule.score,
                templates=templates,
                found=found,
            )


class NearRules:
    """Context or exception phrases found in a post (:meth:`PhraseMatcher.spaced_hits`), grouped
    by rule; the proximity index of a rule is built when first asked for (a post's hits ask about
    a rule or two)."""

    __slots__ = ("_grouped", "_indexes")

    def __init__(self, hits: list[tuple[int, int, str, Rule]]) -> None:
        self._grouped: dict[str, list[tuple[int, int, bool]]] = {}
        for start, end, _phrase, rule in hits:
            found = self._grouped.get(rule.id)
            if found is None:
                self._grouped[rule.id] = [(start, end, True)]
            else:
                found.append((start, end, True))
        self._indexes: dict[str, SpanIndex[bool]] = {}

    def near(self, rule_id: str, start: int, end: int, window: int) -> bool:
        """True when a phrase of rule ``rule_id`` is at most ``window`` characters away."""
        index = self._indexes.get(rule_id)
        if index is None:
            found = self._grouped.get(rule_id)
            if found is None:
                return False
            index = self._indexes[rule_id] = SpanIndex(found)
        return index.has_near(start, end, window)


class AnchoredLexiconDetector(LexiconDetector):
    """A lexicon detector whose phrases count only near an anchor taken from the profile.

    "camelote" is disparagement only next to a competitor's name; "quittez" is poaching only
    next to one. Subclasses give the anchor terms (:meth:`anchor_terms`: term and the name it
    stands for); a phrase counts within ``WINDOW`` folded characters of an anchor, and the
    finding spans both. Its explanation gets the phrase as ``found`` and the anchor's name in the
    field ``ANCHOR_FIELD``. Without anchor terms in the profile the detector is off.
    """

    #: folded characters between a phrase and its anchor
    WINDOW: ClassVar[int] = 60
    #: the explanation templates' field for the anchor's name
    ANCHOR_FIELD: ClassVar[str] = "anchor"

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._anchors: PhraseMatcher[str] = PhraseMatcher(self.anchor_terms(profile))

    def anchor_terms(self, profile: Profile) -> Iterable[tuple[str, str]]:
        raise NotImplementedError

    @property
    def enabled(self) -> bool:
        return bool(self._anchors)

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        norm = ctx.normalized
        anchors = self._anchors.find_all(norm)
        if not anchors:
            return
        near = SpanIndex((a.fstart, a.fend, a) for a in anchors)
        unless = NearRules(self._unless.spaced_hits(norm))
        context: NearRules | None = None
        direction = ctx.post.direction.value
        for hit in self._phrases.find(norm):
            rule = hit.payload
            anchor = near.nearest(hit.fstart, hit.fend, self.WINDOW)
            if anchor is None or direction not in rule.directions:
                continue
            if rule.context:
                if context is None:
                    context = NearRules(self._context.spaced_hits(norm))
                if not context.near(rule.id, hit.fstart, hit.fend, rule.window):
                    continue
            if unless.near(rule.id, hit.fstart, hit.fend, rule.window):
                continue
            start, end = min(hit.start, anchor.start), max(hit.end, anchor.end)
            yield self.finding(
                ctx,
                category=rule.category,
                kind=rule.kind,
                severity=rule.severity,
                span=(start, end),
                excerpt=ctx.text[start:end],
                rule=f"{self.LEXICON}.{rule.id}",
                matched=hit.phrase,
                score=rule.score,
                templates=rule.explanation,
                found=ctx.text[hit.start : hit.end],
                **{self.ANCHOR_FIELD: anchor.payload},
            )
        yield from self.more(ctx, anchors)

    def more(self, ctx: Context, anchors: list[PhraseMatch[str]]) -> Iterable[Finding]:
        """Findings of the subclass's own, given the anchors found (default: none)."""
        return ()


class Gate(NamedTuple):
    """What a detector needs in a post to find anything: a hit of one of ``matchers`` in the
    engine's shared pass, or one of ``chars`` in the text (emoji, which phrases cannot hold)."""

    matchers: tuple[PhraseMatcher[Any], ...]
    chars: tuple[str, ...] = ()


def required_gate(detector: object) -> Gate | None:
    """The gate without which ``detector`` finds nothing, or None (always run it).

    A lexicon detector that keeps the lexicon's own ``analyze`` finds nothing when its phrases
    are not in the post; an anchored one, when no anchor is. A detector whose own ``analyze``
    adds work behind cheap cue words says so with a ``gate`` method defined in the same class as
    that ``analyze`` (a subclass that overrides ``analyze`` again must define it again). The
    engine then need not call it on a post where no matcher of its gate had a hit.
    """
    cls = type(detector)
    analyze = getattr(cls, "analyze", None)
    if analyze is LexiconDetector.analyze or vars(cls).get("PHRASES_REQUIRED") is True:
        phrases = getattr(detector, "_phrases", None)
        return Gate((phrases,)) if phrases is not None else None
    if analyze is AnchoredLexiconDetector.analyze:
        anchors = getattr(detector, "_anchors", None)
        return Gate((anchors,)) if anchors is not None else None
    owner = next((c for c in cls.__mro__ if "analyze" in vars(c)), None)
    gate = vars(owner).get("gate") if owner is not None else None
    return gate(detector) if callable(gate) else None
