"""The screening engine: run the enabled detectors on a post, merge overlaps, apply the policy.

Deterministic: the same post, profile and detectors always give the same result, findings sorted
by position, then category and kind.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..errors import DetectorFailure, PluginError
from ..models import Decision, Finding, Post, Result
from ..profile import Profile
from .compiled_patterns import cached_compiles
from .detectors.base import Context, Detector
from .language import detect_language
from .lexicon import LexiconDetector, required_gate
from .matching import SharedPass, phrase_matchers
from .normalize import normalize
from .policy import apply_policy, decide

if TYPE_CHECKING:
    from ..ml.findings import ModelStep, Scored

SUPPORTED_LANGUAGES = ("fr", "en")

#: a detector's gate in the engine: the ids of the shared pass's matchers of which one must have
#: a hit, and the characters that open it too; None: the detector always runs
_Gate = tuple[frozenset[int], tuple[str, ...]] | None


class Engine:
    """Screens posts for one organisation profile. Build it once, call :meth:`screen` many times."""

    def __init__(
        self,
        profile: Profile | None = None,
        *,
        detectors: Sequence[type[Detector]] | None = None,
        lang: str | None = None,
        models: bool = True,
    ) -> None:
        # the detectors' patterns: compiled once, then from the cache
        with cached_compiles(), collector_paused():
            self._load(profile, detectors, lang, models)

    def _load(
        self,
        profile: Profile | None,
        detectors: Sequence[type[Detector]] | None,
        lang: str | None,
        models: bool,
    ) -> None:
        self.profile = profile or Profile.anonymous()
        self.has_profile = profile is not None
        every_detector = detectors is None  # the learned risk layer complements the whole set
        if detectors is None:
            from ..plugins import detector_classes

            # families whose detectors the policy turns off are not even imported
            detectors = detector_classes(skip=self.profile.policy.disabled)
        self.detectors: list[Detector] = []
        for cls in detectors:
            if cls.name in self.profile.policy.disabled:
                continue  # turned off by name: not even built
            try:
                detector = cls(self.profile)
            except Exception as exc:
                raise PluginError(f"Detector {cls.name or cls!r} could not start: {exc}") from exc
            if detector.enabled:
                self.detectors.append(detector)
        self._shared = SharedPass(
            [m for detector in self.detectors for m in phrase_matchers(detector)]
        )
        # per direction, each detector with its languages (None: any language) and its gate: the
        # ids of the shared pass's matchers of which one must have a hit, and the characters
        # that open it too (None: always run it)
        self._by_direction: dict[str, list[tuple[Detector, tuple[str, ...] | None, _Gate]]]
        self._by_direction = {
            direction: [
                (d, None if "*" in d.languages else tuple(d.languages), self._gate(d))
                for d in self.detectors
                if direction in d.directions
            ]
            for direction in ("outbound", "inbound")
        }
        #: lexicon rules that yield to other kinds (``yields_to``): the finding's rule -> kinds
        self._yields: dict[str, tuple[str, ...]] = {
            f"{d.LEXICON}.{rule.id}": rule.yields_to
            for d in self.detectors
            if isinstance(d, LexiconDetector)
            for rule in d.rules
            if rule.yields_to
        }
        #: per (direction, language): the detectors to run, each with its gate (made on first use)
        self._plans: dict[tuple[str, str], list[tuple[Detector, _Gate]]] = {}
        # The text models (sentiment, toxicity, spam): one separate step, see tocsin.ml.findings.
        self.model_step: ModelStep | None = None
        if models:
            from ..ml.findings import ModelStep

            self.model_step = ModelStep(self.profile, learned=every_detector)
        self.explain_lang = lang or self.profile.language
        self.languages = tuple(self.profile.organisation.languages)

    def _gate(self, detector: Detector) -> _Gate:
        gate = required_gate(detector)
        if gate is None or not all(self._shared.covers(m) for m in gate.matchers):
            return None
        return frozenset(id(m) for m in gate.matchers), gate.chars

    def screen(
        self, post: Post, *, default_id: str | int | None = None, lang: str | None = None
    ) -> Result:
        """Screen one post and return its result.

        ``default_id`` is the result's id when the post has none; ``lang`` the language of
        explanations for this call (default: the engine's).
        """
        return self._screen(self._context(post, lang), default_id, None)

    def screen_batch(
        self, posts: Sequence[Post], default_ids: Sequence[str | int | None] | None = None
    ) -> list[Result | DetectorFailure]:
        """Screen several posts; each one's result, or the :class:`DetectorFailure` of a detector
        that raised on it (the others are screened all the same).

        The same results as :meth:`screen` post by post, faster on a stream: the text models
        score every post of the batch first, one after the other, while their tables are in the
        processor's caches (the detectors, run in between, would push them out), then the
        detectors screen each post. ``default_ids``: the results' ids of posts without one.
        """
        ids = default_ids if default_ids is not None else [None] * len(posts)
        contexts = [self._context(post, None) for post in posts]
        step = self.model_step
        scored = [step.score(ctx) for ctx in contexts] if step is not None else None
        out: list[Result | DetectorFailure] = []
        for number, ctx in enumerate(contexts):
            try:
                out.append(
                    self._screen(ctx, ids[number], scored[number] if scored is not None else None)
                )
            except DetectorFailure as exc:
                out.append(exc)
        return out

    def _context(self, post: Post, lang: str | None) -> Context:
        """The post, normalised, with its language and the language of explanations."""
        text = post.text
        normalized = normalize(text)
        language = post.lang or detect_language(text, self.languages, words=normalized.words)
        explain = lang or self.explain_lang
        if explain not in SUPPORTED_LANGUAGES:
            explain = "en"
        return Context(
            post=post,
            language=language,
            explain_lang=explain,
            profile=self.profile,
            _normalized=normalized,
        )

    def _screen(
        self, ctx: Context, default_id: str | int | None, scored: Scored | None
    ) -> Result:
        """The detectors, the text models (``scored``: their scores when already computed) and
        the policy, on one prepared post."""
        post, normalized, text = ctx.post, ctx.normalized, ctx.post.text
        found: list[Finding] = []
        hits: dict[int, Any] = {}
        if self._shared.size:
            self._shared.run(normalized)
            hits = normalized.shared[1]
        plan = self._plans.get((post.direction, ctx.language))
        if plan is None:
            plan = self._plan(post.direction, ctx.language)
        for detector, gate in plan:
            if (
                gate is not None
                and hits.keys().isdisjoint(gate[0])
                and not (gate[1] and any(c in text for c in gate[1]))
            ):
                continue  # none of its phrases is in the post: it would find nothing
            try:
                found.extend(detector.analyze(ctx))
            except Exception as exc:  # a detector's bug must not take the run down
                raise DetectorFailure(detector.name, exc) from exc
        if self._yields and found:
            found = yield_to_better(found, self._yields)
        signals = None
        if self.model_step is not None:
            signals, by_models = self.model_step.run(ctx, found, scored)
            found.extend(by_models)
        if found:
            policy = self.profile.policy
            findings = apply_policy(merge_overlaps(found), policy)
            decision = decide(findings, policy)
        else:
            findings, decision = found, Decision.ALLOW
        return Result(
            post.id if post.id is not None else default_id, decision, ctx.language, findings,
            signals,
        )

    def _plan(self, direction: str, language: str) -> list[tuple[Detector, _Gate]]:
        """The detectors that screen posts of this direction and language, in order."""
        plan = [
            (detector, gate)
            for detector, languages, gate in self._by_direction[direction]
            if languages is None or language in languages
        ]
        if len(self._plans) < 256:  # languages come from the posts: keep the table small
            self._plans[(direction, language)] = plan
        return plan

    def screen_text(self, text: str, **fields: Any) -> Result:
        return self.screen(Post(text=text, **fields))

    def screen_many(self, posts: Iterable[Post], *, batch: int = 64) -> Iterator[Result]:
        """The results of ``posts`` in order, screened ``batch`` at a time (:meth:`screen_batch`);
        a detector's failure is raised, as by :meth:`screen`."""
        chunk: list[Post] = []
        first = 1
        for post in posts:
            chunk.append(post)
            if len(chunk) >= batch:
                yield from self._results(chunk, first)
                first += len(chunk)
                chunk = []
        if chunk:
            yield from self._results(chunk, first)

    def _results(self, posts: list[Post], first: int) -> Iterator[Result]:
        for result in self.screen_batch(posts, range(first, first + len(posts))):
            if isinstance(result, DetectorFailure):
                raise result
            yield result


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused within the block (reference counting still frees
    what is dropped). Loading the engine allocates a few hundred thousand tuples, lists and
    dicts that live as long as it does, and each automatic collection on the way walked all of
    them again (building the engine of the test profile: 0.37 s of CPU with it, 0.32 without).
    ``tocsin check`` also freezes them for a stream (see :mod:`tocsin.cli.check`)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def yield_to_better(found: list[Finding], yields: dict[str, tuple[str, ...]]) -> list[Finding]:
    """``found`` without the findings of rules that yield to a kind another finding has ("a
    secrecy hedge" before a layoff hint is the layoff's business, not a financial disclosure)."""
    kinds = {f.kind for f in found}

    def explained(targets: tuple[str, ...]) -> bool:
        return any(k == t or (t.endswith(".") and k.startswith(t)) for t in targets for k in kinds)

    return [f for f in found if f.rule not in yields or not explained(yields[f.rule])]


def _order(f: Finding) -> tuple[int, int, str, str]:
    return (
        f.start if f.start is not None else -1,
        f.end if f.end is not None else -1,
        f.category.value,
        f.kind,
    )


def merge_overlaps(findings: list[Finding]) -> list[Finding]:
    """Merge overlapping findings of the same kind and category; keep different ones apart."""
    if len(findings) < 2:
        return findings
    findings = sorted(findings, key=_order)
    merged: list[Finding] = []
    open_by_key: dict[tuple[str, str], int] = {}
    for f in findings:
        key = (f.category.value, f.kind)
        i = open_by_key.get(key)
        if i is not None:
            prev = merged[i]
            same_post_level = f.start is None and prev.start is None
            overlaps = (
                f.start is not None
                and prev.start is not None
                and prev.end is not None
                and f.start < prev.end
            )
            if same_post_level or overlaps:
                merged[i] = _union(prev, f)
                continue
        open_by_key[key] = len(merged)
        merged.append(f)
    return sorted(merged, key=_order)


def _union(a: Finding, b: Finding) -> Finding:
    # Keep the explanation and excerpt of the longer (then stronger) evidence.
    def weight(f: Finding) -> tuple[int, int, float]:
        length = (f.end or 0) - (f.start or 0)
        return (length, f.severity.rank, f.score)

    best = a if weight(a) >= weight(b) else b
    start = None if a.start is None else min(a.start, b.start if b.start is not None else a.start)
    end = None if a.end is None else max(a.end, b.end if b.end is not None else a.end)
    severity = a.severity if a.severity.rank >= b.severity.rank else b.severity
    return replace(best, start=start, end=end, severity=severity, score=max(a.score, b.score))
