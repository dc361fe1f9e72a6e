"""One way to render errors: JSON ``{"error": message}`` for the API, an HTML page otherwise.

:class:`~tocsin.errors.TocsinError` carries its HTTP status; FastAPI's validation errors and
Starlette's HTTP errors (404, 405) are rendered the same way. A page that needs a sign-in
redirects to ``/login`` instead of showing a 401. Anything unexpected is logged and answered
with a 500 that shows no details.
"""

from __future__ import annotations

import html
import logging
from urllib.parse import quote

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from ..errors import AuthenticationError, TocsinError
from .exceptions import CsrfError
from .i18n import request_language, translate
from .rendering import render

logger = logging.getLogger(__name__)

JSON_PATHS = ("/api/", "/openapi.json", "/health")


def wants_json(request: Request) -> bool:
    path = request.url.path
    return any(path.startswith(prefix) for prefix in JSON_PATHS)


def error_response(
    request: Request,
    status: int,
    message: str,
    *,
    html_message: str | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """The error as JSON under /api/, else as the error page (``html_message`` if given)."""
    if wants_json(request):
        return JSONResponse({"error": message}, status_code=status, headers=headers)
    if status == 401:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
    return render(
        request,
        "error.html",
        {"status": status, "message": html_message or message},
        status_code=status,
        headers=headers,
    )


async def handle_tocsin_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, TocsinError)
    status = exc.http_status
    if status >= 500:
        logger.error("%s: %s", type(exc).__name__, exc)
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, AuthenticationError) else None
    html_message = None
    if isinstance(exc, CsrfError):
        html_message = translate(request_language(request), "error.csrf")
    return error_response(request, status, exc.message, html_message=html_message, headers=headers)


async def handle_http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    html_message = None
    if exc.status_code == 404:
        html_message = translate(request_language(request), "error.not_found")
    return error_response(
        request,
        exc.status_code,
        str(exc.detail),
        html_message=html_message,
        headers=dict(exc.headers) if exc.headers else None,
    )


def describe_validation(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()))
        parts.append(f"{where}: {err.get('msg', 'is invalid')}" if where else err.get("msg", ""))
    return "invalid request: " + "; ".join(parts)


async def handle_validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return error_response(request, 422, describe_validation(exc))


UNEXPECTED = "Tocsin hit an unexpected error; it has been logged. Please try again."


async def handle_unexpected(request: Request, exc: Exception) -> Response:
    """Last resort (outside the session middleware): no details, no traceback to the client."""
    logger.error("Unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    if wants_json(request):
        return JSONResponse({"error": UNEXPECTED}, status_code=500)
    page = f"<!doctype html><title>Tocsin</title><h1>500</h1><p>{html.escape(UNEXPECTED)}</p>"
    return HTMLResponse(page, status_code=500)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(Exception, handle_unexpected)
    app.add_exception_handler(TocsinError, handle_tocsin_error)
    app.add_exception_handler(StarletteHTTPException, handle_http_exception)
    app.add_exception_handler(RequestValidationError, handle_validation_error)
