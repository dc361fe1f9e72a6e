"""Listening in the web app: the inbound webhook ``POST /api/v1/ingest`` (HMAC-signed), the
sources and their health (``GET /api/v1/sources`` and the ``/sources`` page)."""

from __future__ import annotations

import threading
from functools import partial
from typing import Any

from fastapi import APIRouter, Depends, Query
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ...errors import AuthenticationError
from ...listening.formats import ReadOptions
from ...listening.formats.base import mapped_post, raw_json
from ...listening.items import Item, Rejected
from ...listening.signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from ...listening.sources import format_every
from ...screening.engine import Engine
from ...services.ingest import ingest_items, source_statuses
from ...settings import Settings
from ...store.database import Store, open_store
from ..auth import require_api_client, require_signed_in
from ..rendering import render
from .api import decode_json, read_body

_store_lock = threading.Lock()

webhook = APIRouter(prefix="/api/v1", tags=["listening"])
api = APIRouter(prefix="/api/v1", tags=["listening"], dependencies=[Depends(require_api_client)])
pages = APIRouter(include_in_schema=False, dependencies=[Depends(require_signed_in)])


def app_store(request: Request) -> Store:
    """The app's store (``TOCSIN_DATABASE_URL``), opened and migrated on first use."""
    state = request.app.state
    with _store_lock:
        store = getattr(state, "store", None)
        if store is None:
            settings: Settings = state.settings
            store = open_store(settings.database_url)
            state.store = store
    return store


def _items(document: Any) -> list[Item | Rejected]:
    records = document if isinstance(document, list) else [document]
    items: list[Item | Rejected] = []
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            items.append(Rejected(f"item {number}", "a post must be a JSON object"))
            continue
        try:
            items.append(Item(raw_json(record), mapped_post(record, ReadOptions())))
        except Exception as exc:  # noqa: BLE001 - PostError and friends: reported per item
            items.append(Rejected(f"item {number}", str(exc)))
    return items


@webhook.post(
    "/ingest",
    summary="Push posts (inbound webhook, HMAC-signed)",
    description=(
        "Takes one post or a JSON array of posts (the post shape of `/api/v1/check`), "
        "screens and stores them and archives their raw JSON. Authenticated by "
        f"`{SIGNATURE_HEADER}: sha256=<hex>` = HMAC-SHA256(TOCSIN_INGEST_SECRET, "
        f"`{TIMESTAMP_HEADER}` + '.' + body), timestamp within 5 minutes. Sending the same "
        "posts again adds nothing."
    ),
)
async def ingest(
    request: Request,
    source: str = Query(default="webhook", max_length=100, description="Name of the sender."),
) -> JSONResponse:
    settings: Settings = request.app.state.settings
    if settings.ingest_secret is None:
        raise AuthenticationError(
            "the ingest webhook is off: no request can be authenticated until "
            "TOCSIN_INGEST_SECRET is set"
        )
    body = await read_body(request)
    verify(
        settings.ingest_secret.get_secret_value(),
        request.headers.get(SIGNATURE_HEADER),
        request.headers.get(TIMESTAMP_HEADER),
        body,
    )
    items = _items(decode_json(body))
    engine: Engine = request.app.state.engine
    store = await run_in_threadpool(app_store, request)
    report = await run_in_threadpool(
        partial(
            ingest_items,
            store,
            engine,
            items,
            source=f"webhook:{source}",
            captured_by="webhook",
        )
    )
    return JSONResponse(report.to_dict())


def _statuses(request: Request) -> list[dict[str, Any]]:
    engine: Engine = request.app.state.engine
    profile = engine.profile if engine.has_profile else None
    rows = [status.to_dict() for status in source_statuses(app_store(request), profile)]
    for row in rows:
        row["every"] = format_every(row["every"])
    return rows


@api.get("/sources", summary="Listening sources and their health")
async def sources_json(request: Request) -> JSONResponse:
    return JSONResponse(await run_in_threadpool(_statuses, request))


@pages.get("/sources")
async def sources_page(request: Request) -> Response:
    statuses = await run_in_threadpool(_statuses, request)
    return render(request, "sources.html", {"sources": statuses})
