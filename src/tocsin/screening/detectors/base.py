"""What a detector is: data (class constants) plus one method, ``analyze``.

A detector is built once per organisation profile and then called for every post with a
:class:`Context`. It yields :class:`~tocsin.models.Finding` objects whose spans are Python string
indices into the post's original text. Explanations come from ``EXPLANATIONS``, one template per
language, so that every finding says what was found, why it matters and what to do.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from ...models import Category, Finding, Post, Severity
from ...profile import Profile
from ..normalize import NormalizedText, normalize
from ..prefilter import prefilter_class_patterns


@dataclass(slots=True)
class Context:
    """Everything a detector may look at for one post."""

    post: Post
    language: str  # the post's language
    explain_lang: str  # the language of explanations
    profile: Profile
    _normalized: NormalizedText | None = field(default=None, repr=False)
    #: per-post scratch space shared by detectors (see :meth:`Detector.memoized`)
    memo: dict[Any, Any] = field(default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        return self.post.text

    @property
    def normalized(self) -> NormalizedText:
        """The folded text (computed once per post, shared by all detectors)."""
        if self._normalized is None:
            self._normalized = normalize(self.post.text)
        return self._normalized

    @property
    def local_time(self) -> datetime:
        """When the post is (to be) published, in the organisation's time zone."""
        return self.post.at.astimezone(self.profile.organisation.zone)


class Detector:
    """Base class of every detector (built-in or plug-in)."""

    name: ClassVar[str] = ""
    version: ClassVar[str] = "1.0"
    categories: ClassVar[tuple[Category, ...]] = ()
    languages: ClassVar[tuple[str, ...]] = ("*",)  # "*": works on any language
    directions: ClassVar[tuple[str, ...]] = ("outbound", "inbound")
    description: ClassVar[str] = ""
    #: explanation templates per language; ``str.format`` fields are filled by ``explain``
    EXPLANATIONS: ClassVar[Mapping[str, str]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # a pattern that cannot match without one of a few words is not run on a post without
        # any of them (same results, see tocsin.screening.prefilter)
        prefilter_class_patterns(cls)

    def __init__(self, profile: Profile) -> None:
        self.profile = profile

    @property
    def enabled(self) -> bool:
        """False when the profile gives this detector nothing to do (it is then skipped)."""
        return True

    def analyze(self, ctx: Context) -> Iterable[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    # -- helpers for subclasses ---------------------------------------------------------------

    def memoized(
        self, ctx: Context, compute: Callable[[Context], Iterable[Finding]]
    ) -> list[Finding]:
        """This detector's findings for the post, computed once per post whoever asks first.

        Another detector can reuse them (a name next to an e-mail address needs the addresses)
        by calling its own instance of this detector on the same context.
        """
        key = (type(self), "findings")
        found: list[Finding] | None = ctx.memo.get(key)
        if found is None:
            found = ctx.memo[key] = list(compute(ctx))
        return found

    def explain(
        self, lang: str, rule: str, templates: Mapping[str, str] | None = None, **fields: object
    ) -> str:
        """The explanation in ``lang`` (else English) from ``templates`` or ``EXPLANATIONS``."""
        templates = templates or self.EXPLANATIONS
        template = templates.get(lang) or templates.get("en") or ""
        text = template.format(**fields)
        trailer = _RULE_WORD.get(lang, "rule")
        return f"{text} [{self.name} {self.version}, {trailer} {rule}]"

    def finding(
        self,
        ctx: Context,
        *,
        category: Category,
        kind: str,
        severity: Severity,
        span: tuple[int, int] | None,
        excerpt: str,
        rule: str,
        matched: str,
        score: float,
        templates: Mapping[str, str] | None = None,
        **fields: object,
    ) -> Finding:
        start, end = span if span is not None else (None, None)
        return Finding(
            category=category,
            kind=kind,
            severity=severity,
            start=start,
            end=end,
            excerpt=excerpt,
            explanation=self.explain(ctx.explain_lang, rule, templates, **fields),
            detector=self.name,
            score=round(score, 4),
            rule=rule,
            matched=matched,
        )

    def match_finding(
        self,
        ctx: Context,
        match: re.Match[str],
        *,
        category: Category,
        kind: str,
        severity: Severity,
        rule: str,
        score: float,
        templates: Mapping[str, str],
    ) -> Finding:
        """The finding of one regular-expression match on ``ctx.text``: its span, its text as
        the excerpt, the matched words and the explanation's ``{found}``."""
        found = match.group()
        return self.finding(
            ctx,
            category=category,
            kind=kind,
            severity=severity,
            span=match.span(),
            excerpt=found,
            rule=rule,
            matched=found,
            score=score,
            templates=templates,
            found=found,
        )


#: the word "rule" at the end of an explanation, per language
_RULE_WORD = {"fr": "règle", "en": "rule"}


def is_word_char(ch: str) -> bool:
    return ch.isalnum()


def at_word_boundaries(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is not glued to letters or digits on either side."""
    before = start == 0 or not text[start - 1].isalnum()
    after = end >= len(text) or not text[end].isalnum()
    return before and after
