"""``tocsin serve``: run the web app and the REST API with uvicorn.

The app never runs open: without ``TOCSIN_API_TOKEN`` a random access token is made for this
run and printed. The port is bound before anything else, so a port in use is reported clearly
(:class:`~tocsin.errors.ConfigurationError`, exit code 2).
"""

from __future__ import annotations

import errno
import secrets
import socket
from pathlib import Path
from typing import TYPE_CHECKING, Any

import uvicorn

from ..errors import ConfigurationError
from ..settings import get_settings

if TYPE_CHECKING:
    from ..listening.scheduler import Scheduler


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening-ready socket on ``host:port``, or a ConfigurationError saying why not."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets that say so, and without it
    # Nagle's algorithm adds ~40 ms to every small response.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            reason = "is already in use: stop the program using it, or choose another with --port"
        elif exc.errno == errno.EACCES:
            reason = "needs privileges (ports below 1024): choose another with --port"
        elif exc.errno == errno.EADDRNOTAVAIL or isinstance(exc, socket.gaierror):
            reason = "cannot be used: the host is not an address of this machine (see --host)"
        else:
            reason = f"cannot be used ({exc.strerror or exc})"
        raise ConfigurationError(f"Port {port} on {host} {reason}.") from None
    except OverflowError:
        sock.close()
        raise ConfigurationError(f"Port {port} is not a valid port (0-65535).") from None
    sock.set_inheritable(True)
    return sock


def display_url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def serve(host: str | None = None, port: int | None = None, config: Path | None = None) -> None:
    """Run the web app on ``host:port`` (defaults: $TOCSIN_HOST, $TOCSIN_PORT) until stopped."""
    from ..web.app import create_app

    settings = get_settings()
    host = host or settings.host
    port = settings.port if port is None else port
    configured = settings.api_token.get_secret_value() if settings.api_token else ""
    token = configured or secrets.token_urlsafe(24)
    app = create_app(settings, config=config, api_token=token)
    sock = bind_socket(host, port)
    url = display_url(host, port)
    if configured:
        print(f"Tocsin is running at {url} — sign in with the access token in TOCSIN_API_TOKEN.")
        print(
            f"Tocsin tourne sur {url} — connectez-vous avec le jeton d'accès de TOCSIN_API_TOKEN."
        )
    else:
        print(f"Tocsin is running at {url} — sign in with the access token: {token}")
        print(f"Tocsin tourne sur {url} — connectez-vous avec le jeton d'accès : {token}")
    print("(Ctrl+C to stop / pour arrêter)", flush=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="info"))
    scheduler = start_scheduler(app) if settings.scheduler else None
    try:
        server.run(sockets=[sock])
    finally:
        if scheduler is not None:
            scheduler.stop()
        sock.close()


def start_scheduler(app: Any) -> Scheduler:
    """Run the listening sources on their schedule in this process (see docs/listening.md)."""
    from ..listening.scheduler import Scheduler
    from ..services.ingest import all_sources, run_source
    from ..store.database import open_store

    engine = app.state.engine
    profile = engine.profile if engine.has_profile else None
    store = open_store(app.state.settings.database_url)
    scheduler = Scheduler(
        lambda: [spec for spec, _origin in all_sources(store, profile)],
        lambda spec: run_source(store, engine, spec),
    )
    scheduler.start()
    return scheduler
