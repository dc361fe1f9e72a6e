"""``tocsin sources``: add, list and remove listening sources; list the connector kinds."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any

import typer
from pydantic import ValidationError

from ..errors import SourceError
from .ingest import _engine_and_store

if TYPE_CHECKING:
    from ..profile import Profile
    from ..store.database import Store

app = typer.Typer(help="Listening sources: connectors with their options and schedule.")


@contextmanager
def _profile_and_store(ctx: typer.Context) -> Iterator[tuple[Profile | None, Store]]:
    """The organisation profile (None without one) and the store, closed at the end."""
    engine, store = _engine_and_store(ctx, warn=False)
    try:
        yield (engine.profile if engine.has_profile else None), store
    finally:
        store.close()


def _option_value(raw: str) -> Any:
    try:
        return json.loads(raw)  # numbers, booleans, lists
    except json.JSONDecodeError:
        return raw


@app.command("add")
def add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Unique name of the source.")],
    kind: Annotated[str, typer.Argument(help="Connector: see `tocsin sources kinds`.")],
    option: Annotated[
        list[str] | None,
        typer.Option("--option", "-o", help="KEY=VALUE option of the connector (repeatable)."),
    ] = None,
    every: Annotated[str, typer.Option(help="Schedule in `tocsin serve`: 30s, 10m, 2h…")] = "15m",
    keep: Annotated[
        str | None, typer.Option(help="mentions (posts naming the organisation) or all.")
    ] = None,
) -> None:
    """Add a source (stored in the database); `tocsin ingest NAME` runs it once."""
    from ..listening.sources import SourceSpec
    from ..services.ingest import add_source

    options: dict[str, Any] = {}
    for item in option or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"{item!r}: expected KEY=VALUE", param_hint="--option")
        options[key.strip()] = _option_value(value)
    try:
        spec = SourceSpec.model_validate(
            {"name": name, "kind": kind, "every": every, "keep": keep, "options": options}
        )
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise SourceError(f"Source {name!r}: {problems}.") from None
    with _profile_and_store(ctx) as (profile, store):
        add_source(store, profile, spec)
    typer.echo(f"Source {name!r} ({kind}) added; run it with `tocsin ingest {name}`.")


@app.command("list")
def list_(
    ctx: typer.Context,
    json_output: Annotated[
        bool, typer.Option("--json", help="One JSON object per source.")
    ] = False,
) -> None:
    """List sources with their schedule and health (unhealthy ones with their last error)."""
    from ..listening.sources import format_every
    from ..services.ingest import source_statuses
    from ..services.screening import dumps

    with _profile_and_store(ctx) as (profile, store):
        statuses = source_statuses(store, profile)
    if not statuses and not json_output:
        typer.echo("No source: add one with `tocsin sources add NAME KIND -o key=value`.")
    for status in statuses:
        spec, health = status.spec, status.health
        if json_output:
            typer.echo(dumps(status.to_dict()))
            continue
        line = (
            f"{spec.name}  {spec.kind}  every {format_every(spec.every)}  "
            f"[{status.origin}{'' if spec.enabled else ', disabled'}]  {health.status}"
        )
        if health.last_success_at is not None:
            line += f"  last ok {health.last_success_at:%Y-%m-%d %H:%M} UTC"
        line += f"  {health.posts_new} new"
        typer.echo(line)
        if health.failures and health.last_error:
            typer.echo(f"    last error ({health.failures} in a row): {health.last_error}")


@app.command("remove")
def remove(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Name of a source added with `sources add`.")],
) -> None:
    """Remove a source added with `tocsin sources add` (its posts stay stored)."""
    from ..services.ingest import remove_source

    with _profile_and_store(ctx) as (profile, store):
        remove_source(store, profile, name)
    typer.echo(f"Source {name!r} removed (its posts stay stored).")


@app.command("kinds")
def kinds() -> None:
    """List the connector kinds and their options."""
    from ..listening.registry import connector_classes

    for kind, cls in sorted(connector_classes().items()):
        typer.echo(f"{kind}: {cls.description['en']} / {cls.description['fr']}")
        for field_name, info in cls.options_model.model_fields.items():
            required = " (required)" if info.is_required() else f" (default {info.default!r})"
            typer.echo(f"    {field_name}{required}")
