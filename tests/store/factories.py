"""Posts and results to store in tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from tocsin.models import Category, Decision, Finding, Post, Result, Severity

T0 = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def finding(text: str = "claire@lumio.com", **fields: Any) -> Finding:
    values: dict[str, Any] = {
        "category": Category.DATA_LEAK,
        "kind": "email_address",
        "severity": Severity.HIGH,
        "start": 0,
        "end": len(text),
        "excerpt": "c***@lumio.com",
        "explanation": "A personal e-mail address is published.",
        "detector": "pii.email_address",
        "score": 0.95,
        "rule": "email",
        "matched": text,
    }
    values.update(fields)
    return Finding(**values)


def pair(
    number: int = 1,
    *,
    text: str | None = None,
    decision: Decision = Decision.REVIEW,
    findings: list[Finding] | None = None,
    **fields: Any,
) -> tuple[Post, Result]:
    values: dict[str, Any] = {
        "id": str(number),
        "platform": "x",
        "author": "lumio",
        "at": T0 + timedelta(minutes=number),
        "text": text if text is not None else f"Post number {number} claire@lumio.com",
    }
    values.update(fields)
    post = Post(**values)
    found = [finding()] if findings is None else findings
    return post, Result(id=post.id, decision=decision, language="en", findings=found)
