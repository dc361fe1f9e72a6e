"""``tocsin brand``: impersonation cases, takedown request drafts, and the domain watch."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import InputError
from .check import Lang
from .state import state

app = typer.Typer(
    help="Brand hijacking: impersonation cases, takedown drafts, lookalike domain watch.",
    no_args_is_help=True,
)
cases_app = typer.Typer(
    help="Impersonation cases (one per lookalike account or domain).", no_args_is_help=True
)
app.add_typer(cases_app, name="cases")


class Format(StrEnum):
    csv = "csv"
    json = "json"


JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _store() -> Any:
    from ..settings import get_settings
    from ..store.database import open_store

    return open_store(get_settings().database_url)


def _profile(ctx: typer.Context, *, required: bool) -> Any:
    from ..profile import load_profile
    from ..services.screening import resolve_config

    config = resolve_config(state(ctx).config)
    if config is None:
        if required:
            raise InputError(
                "No organisation profile: give --config FILE, set TOCSIN_CONFIG, or create "
                "./tocsin.toml (`tocsin init`)."
            )
        return None
    return load_profile(config)


def _emit(text: str, out: Path | None, summary: str) -> None:
    """``text`` to standard output, or to ``out`` with ``summary`` on standard error."""
    if out is None:
        sys.stdout.write(text)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"Cannot write {out}: {exc.strerror or exc}.") from exc
    typer.echo(summary, err=True)


def _lang(ctx: typer.Context, lang: Lang | None) -> str:
    if lang is not None:
        return lang.value
    profile = _profile(ctx, required=False)
    return profile.language if profile is not None and profile.language in ("fr", "en") else "en"


@cases_app.command("list")
def list_cases(
    status: Annotated[
        str | None,
        typer.Option(
            help="Only this status: new, confirmed, takedown_requested, resolved, false_positive."
        ),
    ] = None,
    platform: Annotated[str | None, typer.Option(help="Only this platform (web: domains).")] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many cases.")] = 100,
    as_json: JsonOption = False,
) -> None:
    """List the cases, most recently seen first."""
    from ..brand import cases

    with _store() as store, store.transaction() as connection:
        found = cases.list_cases(connection, status=status, platform=platform, limit=limit)
    if as_json:
        typer.echo(json.dumps([c.to_dict() for c in found], ensure_ascii=False))
        return
    if not found:
        typer.echo("No impersonation case.")
        return
    typer.echo(
        f"{'id':>5}  {'status':18} {'platform':10} {'evidence':>8}  {'last seen':16}  subject"
    )
    for c in found:
        typer.echo(
            f"{c.id:>5}  {c.status:18} {c.platform or '-':10} {c.evidence_count:>8}  "
            f"{c.last_seen.strftime('%Y-%m-%d %H:%M'):16}  {c.display}  ({c.kind}, {c.score:.2f})"
        )


@cases_app.command("show")
def show_case(
    case_id: Annotated[int, typer.Argument(help="The case's id (see `tocsin brand cases list`).")],
    as_json: JsonOption = False,
) -> None:
    """Show one case and its evidence posts."""
    from ..brand import cases

    with _store() as store, store.transaction() as connection:
        case = cases.get_case(connection, case_id)
    if as_json:
        typer.echo(json.dumps(case.to_dict(), ensure_ascii=False))
        return
    typer.echo(f"Case {case.id}: {case.display} on {case.platform or '-'} — {case.status}")
    typer.echo(f"  kind {case.kind}, score {case.score:.2f}, {case.evidence_count} post(s)")
    typer.echo(
        f"  first seen {case.first_seen.isoformat()}, last seen {case.last_seen.isoformat()}"
    )
    if case.note:
        typer.echo(f"  note: {case.note}")
    for e in case.evidence:
        typer.echo(f"- {e.seen_at.isoformat(timespec='minutes')} {', '.join(e.kinds)}: {e.excerpt}")
        typer.echo(f"  {e.explanation}")


@cases_app.command("update")
def update_case(
    case_id: Annotated[int, typer.Argument(help="The case's id.")],
    status: Annotated[
        str,
        typer.Option(
            help="New status: new, confirmed, takedown_requested, resolved or false_positive."
        ),
    ],
    note: Annotated[str | None, typer.Option(help="A note kept with the case.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Move a case to a new status (new → confirmed → takedown_requested → resolved)."""
    from ..brand import cases

    with _store() as store, store.transaction(write=True) as connection:
        case = cases.set_status(connection, case_id, status, note=note)
    if as_json:
        typer.echo(json.dumps(case.to_dict(), ensure_ascii=False))
    else:
        typer.echo(f"Case {case.id} ({case.display}) is now {case.status}.")


@app.command("takedown")
def takedown(
    ctx: typer.Context,
    case_id: Annotated[int, typer.Argument(help="The case's id.")],
    lang: Annotated[
        Lang | None, typer.Option(help="Language of the draft (default: the organisation's).")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Write the draft to this file.", dir_okay=False)
    ] = None,
) -> None:
    """Draft the takedown request of a case for its platform (Markdown, for a person to send)."""
    from ..brand import cases
    from ..brand.takedown import draft

    profile = _profile(ctx, required=False)
    with _store() as store, store.transaction() as connection:
        case = cases.get_case(connection, case_id)
    _emit(draft(case, profile, _lang(ctx, lang)), out, f"Draft written to {out}.")


@app.command("watch-domains")
def watch_domains(
    ctx: typer.Context,
    fmt: Annotated[Format, typer.Option("--format", help="csv or json.")] = Format.csv,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", help="Write to this file (default: standard output).", dir_okay=False
        ),
    ] = None,
    domain: Annotated[
        list[str] | None,
        typer.Option(help="Watch this domain instead of the profile's official ones (repeatable)."),
    ] = None,
    resolve: Annotated[
        bool, typer.Option("--resolve", help="Resolve each permutation (A and AAAA records).")
    ] = False,
    nameserver: Annotated[
        str | None,
        typer.Option(help="DNS server to ask, IP or IP:PORT (default: the system resolver)."),
    ] = None,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds per lookup.")] = 2.0,
    workers: Annotated[int, typer.Option(min=1, max=256, help="Parallel lookups.")] = 16,
) -> None:
    """Write every typosquat permutation of the official domains, for DNS monitoring."""
    from ..brand import watch
    from .progress import count_progress

    profile = _profile(ctx, required=not domain)
    if domain:
        domain = [d.strip().lower().rstrip(".") for d in domain if d.strip()]
    rows = watch.watch_rows(profile, domain or None)
    if resolve:
        resolver = (
            watch.dns_resolver(nameserver, timeout)
            if nameserver
            else watch.system_resolver(timeout)
        )
        with count_progress(len(rows), "resolving") as advance:
            watch.resolve_all(rows, resolver, workers=workers, advance=advance)
    text = watch.to_json(rows) if fmt is Format.json else watch.to_csv(rows)
    found = f", {sum(1 for r in rows if r.resolved)} resolve" if resolve else ""
    _emit(text, out, f"{len(rows)} permutations written to {out}{found}.")
