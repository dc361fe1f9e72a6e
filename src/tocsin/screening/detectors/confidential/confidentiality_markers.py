"""Confidentiality markers: "confidentiel", "internal only", "ne pas diffuser", "sous embargo"…

The rules are data: ``screening/lexicons/confidential_markers.toml`` (FR and EN phrases, context
words, and ``unless`` exceptions for privacy reassurances, support lines, password hygiene and
public teasers). On outbound posts a marker keeps the severity of its rule (``high`` for
confidential, internal-only, embargo, NDA and not-yet-announced; ``medium`` for drafts, roadmaps,
prototypes and trade secrets). On inbound posts, where someone else shows what looks like the
organisation's internal material, the severity is one step lower: a case to look at, not a post
of ours to stop.

A few rules of the lexicon give other kinds: hints at a credential, a site's security gap
(``secret.security_gap``, with a ``personal_security`` companion) and access not revoked are
secrets; "not public yet" said of staff news or of a deal is that news's risk (``hr.unannounced``,
``mnpi.unannounced``), not a confidentiality marker.

Round 10, second pass: a hint at a credential told as a past slip that has since been fixed
("bon, on l'a changé depuis", "we've changed it since", "the code has been reset") is not a hint
any more, wherever the fix is said in the post (the lexicon's ``unless`` only looks nearby). A
credential "never changed" or "not changed since" is still one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ....models import Category, Direction, Finding, Severity
from ...lexicon import LexiconDetector
from ..base import Context


class ConfidentialityMarkers(LexiconDetector):
    name = "confidentiality_markers"
    version = "1.0"
    categories = (Category.DATA_LEAK,)
    description = (
        "Confidentiality markers: confidentiel, internal only, ne pas diffuser, sous embargo, "
        "under NDA, brouillon, roadmap, not yet announced, prototype, secret de fabrication."
    )
    LEXICON = "confidential_markers"
    PHRASES_REQUIRED = True  # nothing without a phrase of the lexicon
    #: the severity of a marker on an inbound post, from the severity of its rule
    INBOUND = {
        Severity.CRITICAL: Severity.HIGH,
        Severity.HIGH: Severity.MEDIUM,
        Severity.MEDIUM: Severity.LOW,
        Severity.LOW: Severity.LOW,
    }

    #: a credential said to have been changed since (round 10, second pass), on the lowercased
    #: text; a negation just before ("n'a jamais été changé", "hasn't been changed") is checked
    FIXED_SINCE = re.compile(
        r"\b(?:on l['’]a|on les a|nous l['’]avons|nous les avons|on vient de l['’]|"
        r"(?:a|ont|avons|a bien) été) ?(?:changée?s?|modifiée?s?|réinitialisée?s?)\b"
        r"|\b(?:we(?:['’]ve| have)?|it(?:['’]s| has| was)|has|have|was|were)"
        r"(?: since| now| already)? (?:been )?(?:changed|reset|rotated)(?: it| them)?"
        r"(?: since| now| already)?\b"
    )
    NEGATED = re.compile(r"(?:n['’]|\bnot |\bnever |\bjamais |\bpas |n['’]t )\S*\s?\S*\s?$")
    CREDENTIAL_HINT = "secret.credential_hint"

    def _fixed_since(self, text: str) -> bool:
        low = text.lower()
        return any(
            not self.NEGATED.search(low[max(0, m.start() - 16) : m.start()])
            for m in self.FIXED_SINCE.finditer(low)
        )

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        inbound = ctx.post.direction is Direction.INBOUND
        fixed: bool | None = None
        for finding in super().analyze(ctx):
            if finding.kind == self.CREDENTIAL_HINT:
                if fixed is None:
                    fixed = self._fixed_since(ctx.text)
                if fixed:
                    continue
            yield replace(finding, severity=self.INBOUND[finding.severity]) if inbound else finding
