"""The REST API under ``/api/v1/``: JSON in, JSON out, the same service functions as the CLI."""

from __future__ import annotations

import json
from functools import partial
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from ...errors import PostError
from ...screening.engine import Engine
from ...services.screening import parse_post, result_json
from ..auth import AuthMethod, require_api_client
from ..exceptions import PayloadTooLarge, UnsupportedMediaType
from ..schemas import CheckResult, ErrorOut, post_request_body

#: the largest request body accepted (a post of a few megabytes is already a document)
MAX_BODY_BYTES = 8 * 1024 * 1024

router = APIRouter(
    prefix="/api/v1",
    tags=["screening"],
    dependencies=[Depends(require_api_client)],
    responses={401: {"model": ErrorOut, "description": "Missing or wrong access token."}},
)


async def read_body(request: Request, limit: int | None = None) -> bytes:
    """The request body, refused (HTTP 413) beyond ``limit`` bytes without reading it all."""
    limit = MAX_BODY_BYTES if limit is None else limit
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"the request body is larger than {limit // (1024 * 1024)} MB")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"the request body is larger than {limit // (1024 * 1024)} MB")
        chunks.append(chunk)
    return b"".join(chunks)


def decode_json(body: bytes) -> Any:
    if not body.strip():
        raise PostError(
            'the request body is empty: send a post as a JSON object, e.g. {"text": "…"}'
        )
    try:
        return json.loads(body)
    except json.JSONDecodeError as exc:
        raise PostError(
            f"the request body is not valid JSON ({exc.msg} at line {exc.lineno}, "
            f"column {exc.colno})"
        ) from None
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PostError(f"the request body is not valid JSON ({exc})") from None


def require_json_from_browsers(request: Request, via: AuthMethod) -> None:
    """A browser session must send JSON: a cross-site form cannot, so this blocks forgeries."""
    if via is not AuthMethod.SESSION:
        return
    media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media_type != "application/json":
        raise UnsupportedMediaType(
            "send the post with 'Content-Type: application/json' (required with a session cookie)"
        )


@router.post(
    "/check",
    response_model=CheckResult,
    summary="Screen one post",
    description=(
        "Screens a post (an outbound draft or an inbound message) and returns the decision and "
        "the findings, exactly as `tocsin check --json` prints them. `lang` sets the language "
        "of the explanations (default: the organisation's first language)."
    ),
    openapi_extra=post_request_body(),
    responses={
        413: {"model": ErrorOut, "description": "Request body too large."},
        415: {"model": ErrorOut, "description": "Not JSON (browser sessions only)."},
        422: {"model": ErrorOut, "description": "Not a valid post: invalid JSON or field."},
    },
)
async def check(
    request: Request,
    via: Annotated[AuthMethod, Depends(require_api_client)],
    lang: Annotated[
        Literal["fr", "en"] | None,
        Query(description="Language of the explanations; default: the organisation's first."),
    ] = None,
) -> JSONResponse:
    require_json_from_browsers(request, via)
    post = parse_post(decode_json(await read_body(request)))
    engine: Engine = request.app.state.engine
    result = await run_in_threadpool(partial(engine.screen, post, lang=lang))
    return JSONResponse(result_json(result))
