"""The pages for people (signed in): ``/check`` screens a draft and explains the findings."""

from __future__ import annotations

from functools import partial
from typing import Any

from fastapi import APIRouter, Depends
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ...errors import PostError
from ...models import Direction
from ...screening.engine import Engine
from ...services.screening import parse_post, result_json
from ..auth import require_signed_in
from ..csrf import verify_csrf
from ..highlight import segments
from ..i18n import request_language, translate
from ..rendering import render

router = APIRouter(include_in_schema=False, dependencies=[Depends(require_signed_in)])

DIRECTIONS = tuple(d.value for d in Direction)


def blank_form() -> dict[str, str]:
    return {"text": "", "direction": Direction.OUTBOUND.value, "author": ""}


def check_page(request: Request, **context: Any) -> Response:
    engine: Engine = request.app.state.engine
    page: dict[str, Any] = {
        "form": blank_form(),
        "directions": DIRECTIONS,
        "has_profile": engine.has_profile,
        "result": None,
        "segments": [],
        "error": None,
    }
    page.update(context)
    status = 422 if page["error"] else 200
    return render(request, "check.html", page, status_code=status)


@router.get("/")
def home() -> Response:
    return RedirectResponse("/check", status_code=303)


@router.get("/check")
def check_form(request: Request) -> Response:
    return check_page(request)


@router.post("/check")
async def check(request: Request) -> Response:
    data = await request.form()
    verify_csrf(request, data)
    form = blank_form()
    for name in form:
        value = data.get(name)
        if isinstance(value, str):
            form[name] = value
    lang = request_language(request)
    if not form["text"].strip():
        return check_page(request, form=form, error=translate(lang, "check.empty"))
    post_data: dict[str, Any] = {"text": form["text"], "direction": form["direction"]}
    if form["author"].strip():
        post_data["author"] = form["author"].strip()
    try:
        post = parse_post(post_data)
    except PostError as exc:
        return check_page(request, form=form, error=exc.message)
    engine: Engine = request.app.state.engine
    result = await run_in_threadpool(partial(engine.screen, post, lang=lang))
    return check_page(
        request,
        form=form,
        result=result_json(result),
        segments=segments(post.text, result.findings),
    )
