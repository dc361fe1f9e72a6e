"""HTTP calls of the connectors, retried with exponential back-off.

Rate limits (429, honouring ``Retry-After``), server errors (5xx) and network errors are retried;
other client errors (401, 403, 404…) are not — a wrong token does not get better by waiting. What
still fails becomes a :class:`~tocsin.errors.SourceError` that says what happened and what to do.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from ..errors import SourceError
from ..models import utcnow

RETRIED_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class Backoff:
    """How often to try and how long to wait: ``first`` seconds, times ``factor``, up to ``cap``."""

    attempts: int = 5
    first: float = 1.0
    factor: float = 2.0
    cap: float = 60.0
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based)."""
        wait = self.first * self.factor ** (attempt - 1)
        if retry_after is not None:
            wait = max(wait, retry_after)
        return min(wait, self.cap)


def retry_after(response: httpx.Response) -> float | None:
    """The server's ``Retry-After`` (seconds or an HTTP date), or the X-RateLimit reset time."""
    value = response.headers.get("retry-after")
    if value:
        try:
            return max(0.0, float(value))
        except ValueError:
            try:
                return max(0.0, (parsedate_to_datetime(value) - utcnow()).total_seconds())
            except (TypeError, ValueError):
                return None
    return None


def request(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    params: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
    backoff: Backoff | None = None,
) -> httpx.Response:
    """``client.request(...)``, retried; a :class:`SourceError` when it still fails."""
    backoff = backoff or Backoff()
    last = ""
    for attempt in range(1, backoff.attempts + 1):
        wait_hint: float | None = None
        try:
            response = client.request(method, url, params=params, headers=headers)
        except httpx.TransportError as exc:
            last = f"network error ({type(exc).__name__}: {exc})"
        else:
            if response.status_code < 400:
                return response
            if response.status_code not in RETRIED_STATUSES:
                raise SourceError(_refused(url, response))
            last = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
            wait_hint = retry_after(response)
        if attempt < backoff.attempts:
            backoff.sleep(backoff.delay(attempt, wait_hint))
    raise SourceError(
        f"{_where(url)}: {last} after {backoff.attempts} attempts; will try again at the next run."
    )


def get_json(
    client: httpx.Client,
    url: str,
    *,
    params: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
    backoff: Backoff | None = None,
) -> tuple[Any, bytes]:
    """The decoded JSON answer of a GET and its bytes, retried; :class:`SourceError` when it is
    not JSON."""
    response = request(client, "GET", url, params=params, headers=headers, backoff=backoff)
    try:
        return response.json(), response.content
    except ValueError:
        raise SourceError(f"{_where(url)}: the answer is not JSON.") from None


def _where(url: str) -> str:
    return httpx.URL(url).copy_with(query=None).__str__()


def _refused(url: str, response: httpx.Response) -> str:
    status = response.status_code
    advice = {
        401: "the access token is missing or wrong",
        403: "access is forbidden (check the token's scopes)",
        404: "not found (check the instance, the name or the query)",
        410: "gone (the resource was removed)",
    }.get(status, "the request was refused")
    return f"{_where(url)}: HTTP {status} — {advice}."
