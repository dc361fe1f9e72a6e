"""Quiet periods: how a financial finding changes when the post falls inside one.

A quiet period (``[[quiet_periods]]`` of the profile, inclusive dates in the organisation's time
zone) is the weeks before a results publication when nothing financial may leave the company
outside the official communication. Inside one, every substantive financial finding becomes
``mnpi.quiet_period`` with severity ``high`` (blocked by the default policy), and milder financial
words, ignored the rest of the year, become ``mnpi.quiet_period_mention`` (``medium``, reviewed).
Separate kinds let the policy tune them apart (e.g. ``"mnpi.quiet_period" = "critical"``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ....models import Finding, Severity
from ....profile import QuietPeriod
from ..base import Context, Detector

QUIET_KIND = "mnpi.quiet_period"
MENTION_KIND = "mnpi.quiet_period_mention"
ESCALATED_SEVERITY = Severity.HIGH

TEMPLATES = {
    "en": (
        "Quiet period {period}. {topic} During a quiet period nothing financial leaves the "
        "company outside the official publication."
    ),
    "fr": (
        "Période de silence {period}. {topic} Pendant une période de silence, aucune "
        "information financière ne sort hors de la publication officielle."
    ),
}


def period_text(period: QuietPeriod, lang: str) -> str:
    """``du 15/12/2026 au 28/01/2027 (Q4 results)`` or ``2026-12-15 to 2027-01-28 (...)``."""
    if lang == "fr":
        text = f"du {_fr(period.start)} au {_fr(period.end)}"
    else:
        text = f"{period.start.isoformat()} to {period.end.isoformat()}"
    return f"{text} ({period.reason})" if period.reason else text


def _fr(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def during_quiet_period(
    detector: Detector,
    ctx: Context,
    finding: Finding,
    period: QuietPeriod,
    topic: str,
    *,
    escalate: bool = True,
) -> Finding:
    """``finding`` as seen inside ``period``: re-kinded and escalated, or only re-explained.

    ``topic`` is the finding's own explanation sentence (what was found and why it matters);
    the quiet-period explanation wraps it.
    """
    explanation = detector.explain(
        ctx.explain_lang,
        finding.rule,
        TEMPLATES,
        period=period_text(period, ctx.explain_lang),
        topic=topic,
    )
    if not escalate:
        return replace(finding, explanation=explanation)
    return replace(
        finding,
        kind=QUIET_KIND,
        severity=ESCALATED_SEVERITY,
        explanation=explanation,
        score=min(1.0, finding.score + 0.1),
    )
