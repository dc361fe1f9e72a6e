"""The API's documented shapes (OpenAPI). The post is parsed by the same service as the CLI's."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..models import Category, Decision, Post, Severity


class FindingOut(BaseModel):
    category: Category = Field(description="The risk of the taxonomy this finding belongs to.")
    kind: str = Field(description="Finer dotted kind, e.g. 'pii.email'.", examples=["pii.email"])
    severity: Severity
    start: int | None = Field(description="Start index of the evidence (Python str index).")
    end: int | None = Field(description="End index (exclusive); null for post-level findings.")
    excerpt: str = Field(description="The evidence, masked when personal or secret.")
    explanation: str = Field(description="What was found, why it matters, what to do.")
    detector: str
    score: float = Field(ge=0, le=1)


class CheckResult(BaseModel):
    """The result of screening one post: exactly what ``tocsin check --json`` prints."""

    model_config = ConfigDict(extra="allow")

    id: str | int | None = Field(description="The post's id; null when the post has none.")
    decision: Decision
    language: str = Field(description="Language of the post (given, or detected).")
    findings: list[FindingOut]


class ErrorOut(BaseModel):
    error: str = Field(description="What is wrong, written for the person who sent the request.")


POST_EXAMPLE: dict[str, Any] = {
    "id": "draft-42",
    "text": "Launch of Project Nightjar next week! Questions: sophie.martin@gmail.com",
    "direction": "outbound",
    "author": "lumio_fr",
    "platform": "x",
}


def _inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            return _inline_refs(defs[ref.removeprefix("#/$defs/")], defs)
        return {key: _inline_refs(value, defs) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline_refs(value, defs) for value in node]
    return node


def post_schema() -> dict[str, Any]:
    """JSON Schema of a post (unknown fields allowed), self-contained for the OpenAPI document."""
    schema = Post.model_json_schema()
    defs = schema.pop("$defs", {})
    inlined: dict[str, Any] = _inline_refs(schema, defs)
    inlined["additionalProperties"] = True
    inlined["description"] = (
        "A post to screen. Only `text` is required; `direction` defaults to outbound and `at` to "
        "now. Unknown fields are kept, not rejected."
    )
    return inlined


def post_request_body() -> dict[str, Any]:
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": post_schema(), "example": POST_EXAMPLE}},
        }
    }
