"""What the detectors of one kind of personal data share: their finding's shape.

Each such detector reports ``data_leak`` findings of its ``KIND`` whose excerpt is the masked
value (the value itself never travels to queues, alerts or exports); the explanation templates
get the masked value as ``masked``.
"""

from __future__ import annotations

from typing import ClassVar

from ....models import Category, Finding, Severity
from ..base import Context, Detector


class PersonalDataDetector(Detector):
    categories = (Category.DATA_LEAK,)
    KIND: ClassVar[str] = ""
    SEVERITY: ClassVar[Severity] = Severity.MEDIUM

    def personal_finding(
        self,
        ctx: Context,
        span: tuple[int, int],
        masked: str,
        *,
        rule: str,
        score: float,
        matched: str | None = None,
        severity: Severity | None = None,
        **fields: object,
    ) -> Finding:
        """A finding of this detector's kind; ``matched`` (allow-lists) defaults to ``masked``."""
        return self.finding(
            ctx,
            category=Category.DATA_LEAK,
            kind=self.KIND,
            severity=severity or self.SEVERITY,
            span=span,
            excerpt=masked,
            rule=rule,
            matched=masked if matched is None else matched,
            score=score,
            templates=None,
            masked=masked,
            **fields,
        )
