"""HTML pages: the Jinja2 environment (autoescaped) and the context every page gets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.templating import Jinja2Templates

from .auth import is_signed_in
from .csrf import csrf_token
from .i18n import LANGUAGES, request_language, translator

TEMPLATES_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"

_environment = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
templates = Jinja2Templates(env=_environment)


def language_links(request: Request) -> dict[str, str]:
    """For each UI language, this page's address with ``?lang=`` set (other parameters kept)."""
    links = {}
    for code in LANGUAGES:
        url = request.url.include_query_params(lang=code)
        links[code] = f"{url.path}?{url.query}"
    return links


def render(
    request: Request,
    name: str,
    context: dict[str, Any] | None = None,
    *,
    status_code: int = 200,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    """Render a page in the request's language, with the CSRF token and the sign-in state."""
    lang = request_language(request)
    page: dict[str, Any] = {
        "lang": lang,
        "t": translator(lang),
        "languages": LANGUAGES,
        "language_links": language_links(request),
        "csrf_token": csrf_token(request),
        "signed_in": is_signed_in(request),
    }
    page.update(context or {})
    return templates.TemplateResponse(request, name, page, status_code=status_code, headers=headers)
