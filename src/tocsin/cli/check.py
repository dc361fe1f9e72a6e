"""``tocsin check``: screen one post, or one post per JSONL line."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated, Any

import orjson
import typer
from pydantic import ValidationError

from ..errors import DetectorFailure, InputError, PostError
from ..models import Decision, Direction, Post, Result
from ..screening.engine import Engine
from ..services.screening import dumps, load_engine, parse_post_line, resolve_config, result_json
from .state import state


class FailOn(StrEnum):
    review = "review"
    block = "block"


class Lang(StrEnum):
    fr = "fr"
    en = "en"


def check(
    ctx: typer.Context,
    text: Annotated[
        str | None, typer.Argument(help="The post to screen; '-' reads it from standard input.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    jsonl: Annotated[
        str | None,
        typer.Option(
            "--jsonl",
            metavar="FILE|-",
            help="Screen one JSON post per line of FILE ('-': standard input); "
            "write one JSON result per line, in order.",
        ),
    ] = None,
    direction: Annotated[
        Direction, typer.Option(help="outbound (a draft) or inbound (a message received).")
    ] = Direction.OUTBOUND,
    author: Annotated[str | None, typer.Option(help="Author handle.")] = None,
    author_name: Annotated[str | None, typer.Option(help="Author display name.")] = None,
    at: Annotated[
        str | None, typer.Option(help="Publication time, ISO 8601 (default: now).")
    ] = None,
    platform: Annotated[str | None, typer.Option(help="Platform (x, mastodon, ...).")] = None,
    post_id: Annotated[str | None, typer.Option("--id", help="Id of the post.")] = None,
    lang: Annotated[
        Lang | None,
        typer.Option(help="Language of explanations (default: the organisation's first)."),
    ] = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(help="Exit with code 1 when a post's decision reaches this level."),
    ] = None,
    save: Annotated[
        bool, typer.Option("--save", help="Store the posts and findings ($TOCSIN_DATABASE_URL).")
    ] = False,
    progress: Annotated[
        bool, typer.Option(help="Progress bar on standard error for --jsonl FILE.")
    ] = True,
) -> None:
    """Screen a post (or a JSONL stream of posts) before publication.

    Exit codes: 0 done; 1 --fail-on reached; 2 usage, configuration or input error.
    """
    if jsonl is not None and text is not None:
        raise typer.BadParameter("give either TEXT or --jsonl, not both", param_hint="TEXT")
    config = resolve_config(state(ctx).config)
    engine = _load_engine(config, lang.value if lang else None, stream=jsonl is not None)
    if config is None:
        typer.echo(
            "No organisation profile (tocsin.toml): only organisation-independent detectors run. "
            "Create one with `tocsin init` or pass --config.",
            err=True,
        )
    store = _open_store() if save else None
    if jsonl is not None:
        worst = _check_jsonl(engine, jsonl, store, show_progress=progress)
    else:
        post = _single_post(text, direction, author, author_name, at, platform, post_id)
        result = engine.screen(post)
        if store is not None:
            store.save_many([(post, result)], profile=_profile_name(engine), within=_archive())
        if as_json:
            typer.echo(dumps(result_json(result)))
        else:
            from .report import print_report

            print_report(post, result, has_profile=engine.has_profile, lang=engine.explain_lang)
        worst = result.decision
    if store is not None:
        store.close()
    if fail_on is not None and worst is not None and worst.rank >= Decision(fail_on.value).rank:
        raise typer.Exit(1)


def _load_engine(config: Path | None, lang: str | None, *, stream: bool) -> Engine:
    """The engine (built with the cyclic garbage collector paused, see
    :func:`~tocsin.screening.engine.collector_paused`); frozen for a stream.

    Building it makes hundreds of thousands of objects that live as long as the process
    (lexicons, automata, patterns, the models' table): the collector would walk them again at
    every full collection while a stream is screened. Frozen (``gc.freeze``), they are left out
    of collections; the posts' garbage is collected as usual.
    """
    engine = load_engine(config, lang=lang)
    if stream:
        gc.freeze()
    return engine


def _archive() -> Any:
    """Archives each post saved with its decision trail (docs/archive.md)."""
    from ..archive.audit import default_actor
    from ..archive.outbound import archive_saved

    return archive_saved("check", default_actor())


def _open_store() -> Any:
    from ..settings import get_settings
    from ..store.database import open_store

    return open_store(get_settings().database_url)


def _single_post(
    text: str | None,
    direction: Direction,
    author: str | None,
    author_name: str | None,
    at: str | None,
    platform: str | None,
    post_id: str | None,
) -> Post:
    if text is None:
        raise typer.BadParameter("give the text to screen, '-' for standard input, or --jsonl")
    if text == "-":
        text = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    else:
        # Arguments that were not valid UTF-8 arrive with surrogate escapes: make them U+FFFD.
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    fields: dict[str, Any] = {"text": text, "direction": direction}
    if at is not None:
        try:
            fields["at"] = datetime.fromisoformat(at)
        except ValueError:
            raise typer.BadParameter(
                f"{at!r} is not an ISO 8601 date-time (e.g. 2026-12-01T09:30:00+01:00)",
                param_hint="--at",
            ) from None
    for key, value in (
        ("author", author),
        ("author_name", author_name),
        ("platform", platform),
        ("id", post_id),
    ):
        if value is not None:
            fields[key] = value
    return Post(**fields)


def _check_jsonl(
    engine: Engine, source: str, store: Any, *, show_progress: bool
) -> Decision | None:
    if source == "-":
        return _screen_stream(engine, sys.stdin.buffer, store, None)
    path = Path(source)
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise InputError(f"{source}: file not found") from None
    except IsADirectoryError:
        raise InputError(f"{source}: is a directory, expected a JSONL file") from None
    except OSError as exc:
        raise InputError(f"{source}: cannot be read ({exc.strerror})") from None
    with handle:
        if not show_progress or not sys.stderr.isatty():  # no bar: do not even import rich
            return _screen_stream(engine, handle, store, None)
        from .progress import byte_progress

        with byte_progress(path) as advance:
            return _screen_stream(engine, handle, store, advance)


#: posts screened together (Engine.screen_batch): the text models score them one after the other
SCREEN_BATCH = 256


def _screen_stream(
    engine: Engine, stream: IO[bytes], store: Any, advance: Any
) -> Decision | None:
    write, flush = _byte_writer()
    rank = {d: d.rank for d in Decision}
    worst: Decision | None = None
    batch: list[bytes] = []
    to_save: list[tuple[Post, Result]] = []
    # lines read since the last screening, in order: a post to screen (with its line number) or
    # the error line of one that could not be read
    pending: list[tuple[int, Post] | bytes] = []
    posts = 0

    def screen_pending() -> None:
        nonlocal worst
        todo = [item for item in pending if not isinstance(item, bytes)]
        results = iter(engine.screen_batch([p for _, p in todo], [n for n, _ in todo]))
        for item in pending:
            if isinstance(item, bytes):
                batch.append(item)
                continue
            number, post = item
            result = next(results)
            if isinstance(result, DetectorFailure):
                batch.append(_json_line(_error(number, str(result))))
                continue
            batch.append(_json_line(result.to_dict()))
            if worst is None or rank[result.decision] > rank[worst]:
                worst = result.decision
            if store is not None:
                to_save.append((post, result))
                if len(to_save) >= 500:
                    store.save_many(to_save, profile=_profile_name(engine), within=_archive())
                    to_save.clear()
        pending.clear()
        if len(batch) >= 256:
            write(b"".join(batch))
            batch.clear()

    for number, raw in enumerate(stream, start=1):
        if advance is not None:
            advance(len(raw))
        try:
            # The fast path: pydantic reads the UTF-8 bytes of a well-formed post itself. Anything
            # else (blank lines, bad bytes, bad posts) goes the way that explains what is wrong.
            post = Post.model_validate_json(raw)
        except ValidationError:
            if not raw.strip():
                continue
            try:
                post = parse_post_line(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                message = f"line is not valid UTF-8 (byte {exc.start + 1})"
                pending.append(_json_line(_error(number, message)))
                continue
            except PostError as exc:
                pending.append(_json_line(_error(number, str(exc))))
                continue
        pending.append((number, post))
        posts += 1
        if posts >= SCREEN_BATCH:
            screen_pending()
            posts = 0
    if pending:
        screen_pending()
    if batch:
        write(b"".join(batch))
    if to_save:
        store.save_many(to_save, profile=_profile_name(engine), within=_archive())
    flush()
    return worst


def _json_line(obj: dict[str, Any]) -> bytes:
    """One result as a line of compact UTF-8 JSON, as :func:`dumps` writes it."""
    try:
        return orjson.dumps(obj, option=orjson.OPT_APPEND_NEWLINE)
    except (TypeError, orjson.JSONEncodeError):
        return (dumps(obj) + "\n").encode("utf-8", "replace")


def _byte_writer() -> tuple[Callable[[bytes], Any], Callable[[], Any]]:
    """Write bytes to standard output: to its binary buffer when it has one."""
    out = sys.stdout
    buffer = getattr(out, "buffer", None)
    if buffer is None:  # a text-only stream (tests, embedding)
        return (lambda data: out.write(data.decode("utf-8"))), out.flush
    out.flush()  # what was written as text goes first
    return buffer.write, buffer.flush


def _profile_name(engine: Engine) -> str | None:
    return engine.profile.organisation.name if engine.has_profile else None


def _error(number: int, message: str) -> dict[str, Any]:
    return {"id": number, "line": number, "error": message}
