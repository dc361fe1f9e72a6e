"""Pure domain types: posts, findings, results and the vocabularies they use.

No I/O here. Everything that travels between the engine, the store, the CLI and the API is
one of these types; their JSON forms are the contracts of ``docs/schemas/``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Category(StrEnum):
    """The ten risks of the taxonomy; every finding has exactly one primary category."""

    DATA_LEAK = "data_leak"
    COMPLIANCE = "compliance"
    REPUTATION = "reputation"
    FINANCIAL_DISCLOSURE = "financial_disclosure"
    HUMAN_RESOURCES = "human_resources"
    GENERATIONAL_GAP = "generational_gap"
    PERSONAL_SECURITY = "personal_security"
    COMPETITION = "competition"
    BRAND_HIJACKING = "brand_hijacking"
    COMMUNITY_MANAGEMENT = "community_management"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.LOW: 0, Severity.MEDIUM: 1, Severity.HIGH: 2, Severity.CRITICAL: 3}


class Decision(StrEnum):
    ALLOW = "allow"
    REVIEW = "review"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return _DECISION_RANK[self]


_DECISION_RANK = {Decision.ALLOW: 0, Decision.REVIEW: 1, Decision.BLOCK: 2}


class Direction(StrEnum):
    OUTBOUND = "outbound"
    INBOUND = "inbound"


def utcnow() -> datetime:
    return datetime.now(UTC)


class Post(BaseModel):
    """A post to screen: an outbound draft or an inbound message.

    Unknown fields are kept (``model_extra``) and travel with the post, never rejected.
    """

    model_config = ConfigDict(extra="allow", str_strip_whitespace=False)

    id: str | None = None
    text: str
    direction: Direction = Direction.OUTBOUND
    at: datetime = Field(default_factory=utcnow)
    author: str | None = None
    author_name: str | None = None
    platform: str | None = None
    url: str | None = None
    lang: str | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: Any) -> Any:
        # Integer ids are common in exports; keep them as text, the contract's type.
        if isinstance(value, bool):
            raise ValueError("id must be a string")
        if isinstance(value, int):
            return str(value)
        return value

    @field_validator("text", "author", "author_name", mode="after")
    @classmethod
    def _no_lone_surrogates(cls, value: str | None) -> str | None:
        # JSON may carry lone surrogates ("\ud800"); they cannot be written as UTF-8. Replace each
        # with U+FFFD: same length, so every span stays a correct index into the text.
        if value is None:
            return value
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in value)
        return value

    @field_validator("at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        # A naive datetime is taken as UTC so that comparisons never fail.
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


@dataclass(slots=True)
class Finding:
    """One thing the screening found, with the explanation a person can act on.

    ``start``/``end`` are Python string indices into the post's text (``text[start:end]`` is the
    evidence), or ``None`` for post-level findings. ``excerpt`` is masked when the evidence is
    personal or secret. ``rule`` and ``matched`` are kept for the explanation and the store but not
    part of the public JSON result.
    """

    category: Category
    kind: str
    severity: Severity
    start: int | None
    end: int | None
    excerpt: str
    explanation: str
    detector: str
    score: float
    rule: str = ""
    matched: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category.value,
            "kind": self.kind,
            "severity": self.severity.value,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "explanation": self.explanation,
            "detector": self.detector,
            "score": self.score,
        }


@dataclass(slots=True)
class Result:
    """The outcome of screening one post: the decision and the findings behind it."""

    id: str | int | None
    decision: Decision
    language: str
    findings: list[Finding] = field(default_factory=list)
    #: what the text models say (sentiment, toxicity, spam), as in the JSON result; None: no models
    signals: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "decision": self.decision.value,
            "language": self.language,
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.signals is not None:
            out["signals"] = self.signals
        return out
