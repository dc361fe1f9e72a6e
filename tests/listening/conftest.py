"""Fixtures for listening: recorded payloads, a replaying httpx client, real databases."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.store.conftest import db_url, pg_database, pg_url, sqlite_url, store  # noqa: F401
from tocsin.listening.backoff import Backoff

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def fixture_json(name: str) -> Any:
    return json.loads(fixture_bytes(name))


Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def requests_seen() -> list[httpx.Request]:
    return []


@pytest.fixture
def replay(requests_seen: list[httpx.Request]) -> Callable[[Handler], httpx.Client]:
    """``replay(handler)``: an httpx.Client whose every request is answered by ``handler``."""

    def make(handler: Handler) -> httpx.Client:
        def record(request: httpx.Request) -> httpx.Response:
            requests_seen.append(request)
            return handler(request)

        return httpx.Client(transport=httpx.MockTransport(record))

    return make


@pytest.fixture
def no_wait() -> Backoff:
    """Back-off that records its waits instead of sleeping."""
    waits: list[float] = []
    return Backoff(attempts=4, first=1.0, factor=2.0, cap=30.0, sleep=waits.append)


#: ``answer(path_and_query) -> (content_type, body)`` of a local HTTP server
Answer = Callable[[str], tuple[str, bytes]]


@contextmanager
def local_server(answer: Answer) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 (for other processes too); yields its base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            content_type, body = answer(self.path)
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
