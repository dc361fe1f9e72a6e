"""``tocsin import`` (files and platform exports) and ``tocsin ingest`` (run sources once)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import InputError
from ..models import Direction
from .state import state

if TYPE_CHECKING:
    from ..screening.engine import Engine
    from ..store.database import Store


class DirectionChoice(StrEnum):
    outbound = "outbound"
    inbound = "inbound"


def _engine_and_store(ctx: typer.Context, *, warn: bool = True) -> tuple[Engine, Store]:
    from ..services.screening import load_engine, resolve_config
    from ..settings import get_settings
    from ..store.database import open_store

    engine = load_engine(resolve_config(state(ctx).config))
    if warn and not engine.has_profile:
        typer.echo(
            "No organisation profile (tocsin.toml): posts are screened with the "
            "organisation-independent detectors only and no mention is matched.",
            err=True,
        )
    return engine, open_store(get_settings().database_url)


def _mapping(values: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for value in values:
        field, sep, column = value.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise typer.BadParameter(f"{value!r}: expected FIELD=COLUMN", param_hint="--map")
        mapping[field.strip()] = column.strip()
    return mapping


def import_(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(help="File to import, or - for standard input.")],
    format_: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="jsonl, json, csv, x-archive, facebook, instagram, linkedin, youtube "
            "(default: recognised from the file).",
        ),
    ] = None,
    map_: Annotated[
        list[str] | None,
        typer.Option("--map", help="FIELD=COLUMN: read a post field from another column."),
    ] = None,
    platform: Annotated[str | None, typer.Option(help="Platform of posts that do not say.")] = None,
    direction: Annotated[
        DirectionChoice | None, typer.Option(help="Direction of posts that do not say.")
    ] = None,
    author: Annotated[
        str | None, typer.Option(help="Author of posts that do not say (an export's owner).")
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    workers: Annotated[
        int,
        typer.Option(
            min=0,
            help="Processes screening batches in parallel while this one stores them; "
            "0 (default): one per core, in process on one core or for under 2,000 posts; "
            "1: in process.",
        ),
    ] = 0,
) -> None:
    """Import posts from a file: screened, stored with their findings and archived.

    Importing the same posts again adds nothing. Records that cannot be read are reported
    (with their line) and the others are imported.
    """
    from ..listening.formats import ReadOptions, detect_format, format_named
    from ..services.ingest import ingest_items
    from ..services.screening import dumps
    from .progress import count_progress

    options = ReadOptions(
        mapping=_mapping(map_ or []),
        platform=platform,
        direction=Direction(direction.value) if direction else None,
        author=author,
    )
    if file == "-":
        data, name = sys.stdin.buffer.read(), "stdin"
    else:
        path = Path(file)
        try:
            data, name = path.read_bytes(), path.name
        except OSError as exc:
            raise InputError(f"{file}: cannot be read ({exc.strerror or exc})") from None
    reader = format_named(format_) if format_ else detect_format(name, data[:4096])
    items = list(reader.read(data, options))
    engine, store = _engine_and_store(ctx)
    try:
        with count_progress(len(items), f"import {name}") as advance:
            report = ingest_items(
                store,
                engine,
                items,
                source=f"import:{name}",
                captured_by="tocsin import",
                progress=advance,
                workers=workers,
            )
    finally:
        store.close()
    if json_output:
        typer.echo(dumps(report.to_dict() | {"format": reader.name}))
    else:
        typer.echo(
            f"{name} ({reader.name}): {report.read} posts read, {report.new} new, "
            f"{report.kept - report.new} already stored, {len(report.rejected)} rejected."
        )
        for rejected in report.rejected[:20]:
            typer.echo(f"  {rejected.where}: {rejected.message}", err=True)
        if len(report.rejected) > 20:
            typer.echo(f"  … and {len(report.rejected) - 20} more", err=True)


def ingest(
    ctx: typer.Context,
    source: Annotated[
        str | None, typer.Argument(help="Source to run (default: every enabled source).")
    ] = None,
    json_output: Annotated[
        bool, typer.Option("--json", help="One JSON report per source.")
    ] = False,
) -> None:
    """Run sources once, from where each stopped; exit code 1 when one of them failed."""
    from ..services.ingest import all_sources, find_source, run_source
    from ..services.screening import dumps

    engine, store = _engine_and_store(ctx)
    profile = engine.profile if engine.has_profile else None
    failed = False
    try:
        if source is not None:
            specs = [find_source(store, profile, source)]
        else:
            specs = [spec for spec, _origin in all_sources(store, profile) if spec.enabled]
            if not specs:
                typer.echo("No source: add one with `tocsin sources add` or in tocsin.toml.")
        for spec in specs:
            report = run_source(store, engine, spec)
            failed = failed or report.error is not None
            if json_output:
                typer.echo(dumps(report.to_dict()))
            elif report.error:
                typer.echo(f"{spec.name}: failed — {report.error}", err=True)
            else:
                typer.echo(
                    f"{spec.name}: {report.read} read, {report.kept} kept, {report.new} new "
                    f"({report.pages} page(s))."
                )
    finally:
        store.close()
    if failed:
        raise typer.Exit(1)
