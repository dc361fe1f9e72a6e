"""From findings to a decision, as the profile's ``[policy]`` says.

Default: any ``high`` or ``critical`` finding blocks, any ``medium`` sends to review, else allow.
The policy can change both thresholds, the severity of a kind or a family (``"pii.*"``), turn
kinds, families or detectors off, and allow values that must never be reported.
"""

from __future__ import annotations

from dataclasses import replace

from ..models import Decision, Finding, Severity
from ..profile import Policy


def apply_policy(findings: list[Finding], policy: Policy) -> list[Finding]:
    """Drop disabled and allowed findings; set each remaining finding's severity."""
    allowed = {a.casefold() for a in policy.allow}
    out: list[Finding] = []
    for f in findings:
        if policy.is_disabled(f.kind, f.detector):
            continue
        if allowed and (f.matched.casefold() in allowed or f.excerpt.casefold() in allowed):
            continue
        severity = policy.severity_for(f.kind, f.severity)
        out.append(f if severity is f.severity else replace(f, severity=severity))
    return out


def decide(findings: list[Finding], policy: Policy) -> Decision:
    """The decision for a post with these (already policy-applied) findings."""
    if not findings:
        return Decision.ALLOW
    worst = max(f.severity.rank for f in findings)
    if worst >= policy.block_at.rank:
        return Decision.BLOCK
    if worst >= policy.review_at.rank:
        return Decision.REVIEW
    return Decision.ALLOW


def worst_severity(findings: list[Finding]) -> Severity | None:
    return max((f.severity for f in findings), key=lambda s: s.rank, default=None)
