"""Signing in and out: ``/login`` takes the access token once, the session cookie keeps it."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ..auth import gate_of, is_signed_in, sign_in, sign_out
from ..csrf import verify_csrf
from ..i18n import request_language, translate
from ..rendering import render

router = APIRouter(include_in_schema=False)

HOME = "/check"


def safe_next(target: object) -> str:
    """A local path to go to after sign-in; anything else (another site) becomes the home."""
    if (
        isinstance(target, str)
        and target.startswith("/")
        and not target.startswith("//")
        and "\\" not in target
        and not any(ord(ch) < 32 for ch in target)
    ):
        return target
    return HOME


@router.get("/login")
def login_page(request: Request, next: str = HOME) -> Response:
    if is_signed_in(request):
        return RedirectResponse(safe_next(next), status_code=303)
    return render(request, "login.html", {"next": safe_next(next), "error": None})


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    verify_csrf(request, form)
    target = safe_next(form.get("next"))
    token = form.get("token")
    if isinstance(token, str) and token and gate_of(request).matches(token):
        sign_in(request)
        return RedirectResponse(target, status_code=303)
    lang = request_language(request)
    error = translate(lang, "login.wrong" if token else "login.missing")
    return render(request, "login.html", {"next": target, "error": error}, status_code=401)


@router.get("/logout")
def logout_link(request: Request) -> Response:
    sign_out(request)
    return RedirectResponse("/login", status_code=303)


@router.post("/logout")
async def logout(request: Request) -> Response:
    verify_csrf(request, await request.form())
    sign_out(request)
    return RedirectResponse("/login", status_code=303)
