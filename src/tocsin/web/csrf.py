"""Cross-site request forgery protection: every form carries this session's secret token.

The token lives in the signed session cookie and in a hidden field of each form; a POST whose
field does not match is refused (:class:`~tocsin.web.exceptions.CsrfError`, HTTP 403).
"""

from __future__ import annotations

import secrets

from starlette.datastructures import FormData
from starlette.requests import Request

from .exceptions import CsrfError

FIELD = "csrf_token"
SESSION_KEY = "csrf"


def csrf_token(request: Request) -> str:
    """This session's token, created on first use."""
    token = request.session.get(SESSION_KEY)
    if not isinstance(token, str) or not token:
        token = secrets.token_urlsafe(32)
        request.session[SESSION_KEY] = token
    return token


def rotate_csrf_token(request: Request) -> str:
    """A new token (at sign-in, so that a token seen before cannot be replayed after)."""
    request.session[SESSION_KEY] = secrets.token_urlsafe(32)
    return str(request.session[SESSION_KEY])


def verify_csrf(request: Request, form: FormData) -> None:
    """Raise :class:`CsrfError` unless the form's token is this session's token."""
    sent = form.get(FIELD)
    expected = request.session.get(SESSION_KEY)
    if (
        not isinstance(sent, str)
        or not isinstance(expected, str)
        or not expected
        or not secrets.compare_digest(sent.encode(), expected.encode())
    ):
        raise CsrfError(
            "This form has expired or was not sent from Tocsin (missing or wrong security "
            "token). Reload the page and try again; cookies must be enabled."
        )
