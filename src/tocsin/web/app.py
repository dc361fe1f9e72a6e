"""The FastAPI application factory: ``create_app(settings, engine=..., config=...)``.

The app never runs open: it needs an access token (``TOCSIN_API_TOKEN``, or ``api_token=``;
``tocsin serve`` makes one when unset). ``/docs`` and ``/redoc`` are off (they would load
scripts from a CDN); the OpenAPI document is at ``/openapi.json``, behind authentication.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, FastAPI
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.staticfiles import StaticFiles

from ..screening.engine import Engine
from ..services.screening import load_engine, resolve_config
from ..settings import Settings, get_settings
from .auth import Gate, require_api_client
from .errors import install_error_handlers
from .headers import SecurityHeadersMiddleware
from .rendering import STATIC_DIR
from .routes import api, health, listening, pages, session
from .routes.health import app_version

SESSION_COOKIE = "tocsin_session"
SESSION_MAX_AGE = 12 * 60 * 60  # a working day; then sign in again

DESCRIPTION = (
    "Screen posts for the ten social media risks. Authenticate with "
    '`Authorization: Bearer <token>` (the access token). Errors are `{"error": message}`.'
)


def _openapi_router(app: FastAPI) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/openapi.json", dependencies=[Depends(require_api_client)])
    def openapi_document(request: Request) -> JSONResponse:
        document: dict[str, Any] = app.openapi()
        return JSONResponse(document)

    return router


def create_app(
    settings: Settings | None = None,
    *,
    engine: Engine | None = None,
    config: Path | None = None,
    api_token: str | None = None,
) -> FastAPI:
    """Build the web app and REST API.

    ``engine`` defaults to the one for ``config`` (else ``$TOCSIN_CONFIG``, else ./tocsin.toml).
    ``api_token`` overrides ``settings.api_token``; without either,
    :class:`~tocsin.errors.ConfigurationError` is raised.
    """
    settings = settings or get_settings()
    if api_token is None and settings.api_token is not None:
        api_token = settings.api_token.get_secret_value()
    gate = Gate(api_token or "")
    if engine is None:
        engine = load_engine(resolve_config(config, settings))
    secret_key = (
        settings.secret_key.get_secret_value() if settings.secret_key else secrets.token_urlsafe(32)
    )

    app = FastAPI(
        title="Tocsin",
        version=app_version(),
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.engine = engine
    app.state.gate = gate

    app.add_middleware(
        SessionMiddleware,
        secret_key=secret_key,
        session_cookie=SESSION_COOKIE,
        max_age=SESSION_MAX_AGE,
        same_site="lax",
    )
    app.add_middleware(SecurityHeadersMiddleware)
    install_error_handlers(app)

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(health.router)
    app.include_router(session.router)
    app.include_router(api.router)
    app.include_router(listening.webhook)
    app.include_router(listening.api)
    app.include_router(listening.pages)
    app.include_router(pages.router)
    app.include_router(_openapi_router(app))
    return app
