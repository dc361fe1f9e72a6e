"""``GET /health``: the only endpoint open without authentication (for load balancers)."""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version

from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    version: str


def app_version() -> str:
    """``tocsin.__version__``, else the installed distribution's version."""
    declared = getattr(importlib.import_module("tocsin"), "__version__", None)
    if isinstance(declared, str):
        return declared
    try:
        return version("tocsin")
    except PackageNotFoundError:  # pragma: no cover - running from a bare source tree
        return "0+unknown"


@router.get("/health", response_model=Health, summary="Liveness (no authentication)")
def health() -> Health:
    return Health(status="ok", version=app_version())
