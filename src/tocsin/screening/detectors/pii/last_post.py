"""The findings a detector gave for the last post, so that another detector can reuse them.

``PersonWithContact`` needs the e-mail, phone, address and IBAN findings of the post it looks
at; the engine has usually just computed them with its own instances of those detectors. Each of
those classes keeps one slot, shared by its instances: the last post (the object itself, its text,
the profile and the explanation language) and its findings. A second call for the same post
returns the same list; any other post recomputes. One tuple is read and written at a time, so
threads sharing an engine at worst recompute.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ....models import Finding
from ..base import Context


class LastPostFindings:
    __slots__ = ("_slot",)

    def __init__(self) -> None:
        self._slot: tuple[object, object, str, str, list[Finding]] | None = None

    def get(self, ctx: Context, compute: Callable[[Context], Iterable[Finding]]) -> list[Finding]:
        post = ctx.post
        slot = self._slot
        if (
            slot is not None
            and slot[0] is post
            and slot[1] is ctx.profile
            and slot[2] == ctx.explain_lang
            and slot[3] is post.text
        ):
            return slot[4]
        found = list(compute(ctx))
        self._slot = (post, ctx.profile, ctx.explain_lang, post.text, found)
        return found
