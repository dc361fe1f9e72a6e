"""Screening as a service: find the profile, build the engine, turn JSON into posts and results."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from pydantic import ValidationError

from ..errors import PostError
from ..models import Post, Result
from ..profile import Profile, load_profile
from ..screening.engine import Engine

if TYPE_CHECKING:
    from ..settings import Settings

DEFAULT_CONFIG = Path("tocsin.toml")


def resolve_config(explicit: Path | None, settings: Settings | None = None) -> Path | None:
    """``--config``, else ``$TOCSIN_CONFIG``, else ``./tocsin.toml`` when it exists, else None."""
    if explicit is not None:
        return explicit
    if settings is None:
        from ..settings import get_settings

        settings = get_settings()
    if settings.config is not None:
        return settings.config
    return DEFAULT_CONFIG if DEFAULT_CONFIG.is_file() else None


def load_engine(config: Path | None, *, lang: str | None = None) -> Engine:
    """Build the engine for a profile path (None: organisation-independent detectors only)."""
    profile: Profile | None = load_profile(config) if config is not None else None
    return Engine(profile, lang=lang, models=_models_enabled())


_TRUE = frozenset(("1", "true", "t", "yes", "y", "on"))
_FALSE = frozenset(("0", "false", "f", "no", "n", "off"))


def _models_enabled() -> bool:
    """``TOCSIN_MODELS`` (default true), read without importing the settings when it is a plain
    boolean: importing pydantic-settings costs a tenth of a second at the start of every
    ``tocsin check``. Anything else goes through the settings, which say what is wrong."""
    value = next((v for k, v in os.environ.items() if k.upper() == "TOCSIN_MODELS"), None)
    if value is None or value.strip().lower() in _TRUE:
        return True
    if value.strip().lower() in _FALSE:
        return False
    from ..settings import get_settings

    return get_settings().models


def _field_errors(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"]) or "post"
        msg = "is required" if err["type"] == "missing" else err["msg"]
        if err["type"] == "enum":
            msg = f"must be one of {err.get('ctx', {}).get('expected', '')}"
        parts.append(f"{loc}: {msg}")
    return "; ".join(parts)


def parse_post(data: Any) -> Post:
    """A post from its JSON object; :class:`PostError` says which field is wrong and why."""
    if not isinstance(data, Mapping):
        raise PostError(f"a post must be a JSON object, not {type(data).__name__}")
    try:
        return Post.model_validate(dict(data))
    except ValidationError as exc:
        raise PostError(f"invalid post: {_field_errors(exc)}") from None


def parse_post_line(line: str) -> Post:
    """A post from one JSONL line."""
    try:
        return Post.model_validate_json(line)  # the fast path: pydantic's own JSON parser
    except ValidationError as exc:
        first = exc.errors()[0]
        if first["type"] not in ("json_invalid", "model_type"):
            raise PostError(f"invalid post: {_field_errors(exc)}") from None
    # Not a JSON object, or JSON that only Python's parser reads (lone surrogates): the slow path
    # gives the same messages as everywhere else.
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise PostError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    return parse_post(data)


def result_json(result: Result) -> dict[str, Any]:
    """The public JSON of a result (docs/schemas/result.schema.json)."""
    return result.to_dict()


def dumps(obj: Any) -> str:
    """Compact JSON, UTF-8 text (no ASCII escaping), the form the CLI and API print.

    orjson writes what ``json.dumps(obj, ensure_ascii=False, separators=(",", ":"))`` writes
    (floats may be spelt differently: ``1e-7`` for ``1e-07``), six times faster; what it refuses
    (lone surrogates, integers beyond 64 bits) goes to the standard library.
    """
    try:
        return orjson.dumps(obj).decode("utf-8")
    except (TypeError, orjson.JSONEncodeError):
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
