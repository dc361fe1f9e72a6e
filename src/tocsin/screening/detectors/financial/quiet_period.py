"""Quiet periods: when they are, and how a financial finding reads inside one.

A quiet period (``[[quiet_periods]]`` of the profile: inclusive dates in the organisation's time
zone) is the weeks before a results publication when nothing financial may leave the company
outside the official communication. Inside one, every financial finding becomes
``mnpi.quiet_period``: ``high`` (blocked by the default policy) for what is reported all year
round (guidance, results, M&A...), ``medium`` (reviewed) for plain financial words ("résultats",
"revenue") that are ignored outside quiet periods. The policy may raise the kind, e.g.
``"mnpi.quiet_period" = "critical"``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from ....models import Finding, Severity
from ....profile import Profile, QuietPeriod
from ..base import Context, Detector

QUIET_KIND = "mnpi.quiet_period"
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


class QuietCalendar:
    """The profile's quiet periods as UTC instants, for a cheap test per post.

    Gives the same answer as :meth:`Profile.quiet_period_at`: a period runs from local midnight
    of its first day to local midnight after its last day, in the organisation's time zone.
    """

    def __init__(self, profile: Profile) -> None:
        zone = profile.organisation.zone
        self.bounds = [
            (
                datetime.combine(p.start, time.min, zone).astimezone(UTC),
                datetime.combine(p.end + timedelta(days=1), time.min, zone).astimezone(UTC),
                p,
            )
            for p in profile.quiet_periods
        ]

    def __bool__(self) -> bool:
        return bool(self.bounds)

    def at(self, moment: datetime) -> QuietPeriod | None:
        for start, end, period in self.bounds:
            if start <= moment < end:
                return period
        return None


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
    """``finding`` as seen inside ``period``: kind ``mnpi.quiet_period``, explained as such.

    ``topic`` is the finding's own explanation (what was found, why it matters); the
    quiet-period explanation wraps it. With ``escalate`` the severity becomes ``high``.
    """
    explanation = detector.explain(
        ctx.explain_lang,
        finding.rule,
        TEMPLATES,
        period=period_text(period, ctx.explain_lang),
        topic=topic,
    )
    if not escalate:
        return replace(finding, kind=QUIET_KIND, explanation=explanation)
    return replace(
        finding,
        kind=QUIET_KIND,
        severity=ESCALATED_SEVERITY,
        explanation=explanation,
        score=min(1.0, finding.score + 0.1),
    )
