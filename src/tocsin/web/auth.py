"""Who may use the app: the holder of the access token, by header or by signed session cookie.

* API clients send ``Authorization: Bearer <token>``.
* People sign in at ``/login`` by entering the same token; the signed session cookie then
  carries a fingerprint of it, so changing the token signs every browser out.

Tokens are compared with :func:`secrets.compare_digest`. Nothing but ``/health``, ``/login``,
``/logout`` and ``/static`` is reachable without one of the two.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from enum import StrEnum
from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.requests import Request

from ..errors import AuthenticationError, ConfigurationError
from .csrf import rotate_csrf_token

SESSION_KEY = "auth"

bearer_scheme = HTTPBearer(
    auto_error=False,
    scheme_name="AccessToken",
    description=(
        "The access token: $TOCSIN_API_TOKEN, or the one `tocsin serve` prints when it starts. "
        "A browser signed in at /login may call the API with its session cookie instead."
    ),
)


class AuthMethod(StrEnum):
    TOKEN = "token"
    SESSION = "session"


class Gate:
    """Holds the access token; checks candidates and session fingerprints against it."""

    def __init__(self, token: str) -> None:
        if not token or not token.strip():
            raise ConfigurationError(
                "No access token: set TOCSIN_API_TOKEN, or start the app with `tocsin serve`, "
                "which makes one and prints it. Tocsin never runs without authentication."
            )
        self._token = token.encode()
        self.fingerprint = hmac.new(self._token, b"tocsin-session", hashlib.sha256).hexdigest()

    def matches(self, candidate: str) -> bool:
        return secrets.compare_digest(candidate.encode(), self._token)

    def signed_in(self, request: Request) -> bool:
        held = request.session.get(SESSION_KEY) if "session" in request.scope else None
        return isinstance(held, str) and secrets.compare_digest(
            held.encode(), self.fingerprint.encode()
        )


def gate_of(request: Request) -> Gate:
    gate: Gate = request.app.state.gate
    return gate


def is_signed_in(request: Request) -> bool:
    return gate_of(request).signed_in(request)


def sign_in(request: Request) -> None:
    """Mark the session as signed in (and give it a fresh CSRF token)."""
    request.session[SESSION_KEY] = gate_of(request).fingerprint
    rotate_csrf_token(request)


def sign_out(request: Request) -> None:
    """Forget everything in the session but the language."""
    lang = request.session.get("lang")
    request.session.clear()
    if lang is not None:
        request.session["lang"] = lang


def require_api_client(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
) -> AuthMethod:
    """API dependency: a right bearer token, else a signed-in session, else HTTP 401 (JSON)."""
    gate = gate_of(request)
    if credentials is not None:
        if gate.matches(credentials.credentials):
            return AuthMethod.TOKEN
        raise AuthenticationError("The access token is not valid.")
    if gate.signed_in(request):
        return AuthMethod.SESSION
    raise AuthenticationError(
        "Authentication required: send 'Authorization: Bearer <token>' with the access token."
    )


def require_signed_in(request: Request) -> None:
    """Page dependency: a signed-in session, else a redirection to /login."""
    if not is_signed_in(request):
        raise AuthenticationError("Sign in with the access token to use Tocsin.")


ApiClient = Annotated[AuthMethod, Depends(require_api_client)]
