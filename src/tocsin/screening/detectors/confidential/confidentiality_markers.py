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
"""

from __future__ import annotations

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

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        inbound = ctx.post.direction is Direction.INBOUND
        for finding in super().analyze(ctx):
            yield replace(finding, severity=self.INBOUND[finding.severity]) if inbound else finding
