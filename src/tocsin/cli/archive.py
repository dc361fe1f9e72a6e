"""``tocsin archive``: verify, search, export, legal holds, retention, keys and the audit log."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, time
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..errors import InputError
from .check import Lang

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from ..archive.search import SearchQuery

app = typer.Typer(
    help="The tamper-evident archive: verify it, search it, export bundles, holds, retention.",
    no_args_is_help=True,
)
hold_app = typer.Typer(help="Legal holds: records in their scope are never deleted.")
retention_app = typer.Typer(help="Retention policies and the sweep that applies them.")
key_app = typer.Typer(help="The archive's Ed25519 signing key.")
app.add_typer(hold_app, name="hold", no_args_is_help=True)
app.add_typer(retention_app, name="retention", no_args_is_help=True)
app.add_typer(key_app, name="key", no_args_is_help=True)


class DirectionFilter(StrEnum):
    outbound = "outbound"
    inbound = "inbound"


JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]
ActorOption = Annotated[
    str | None, typer.Option("--actor", help="Who acts, for the audit log (default: $USER).")
]
ProgressOption = Annotated[bool, typer.Option(help="Progress bar on standard error.")]
QueryArgument = Annotated[
    str | None,
    typer.Argument(
        help='Words to find (all of them; "a phrase", OR, prefix*).', show_default=False
    ),
]
SinceOption = Annotated[
    str | None, typer.Option("--from", help="From this date (ISO 8601, inclusive).")
]
UntilOption = Annotated[
    str | None, typer.Option("--to", help="Up to this date (ISO 8601, inclusive).")
]
PlatformOption = Annotated[list[str] | None, typer.Option("--platform", help="Platform (repeat).")]
AuthorOption = Annotated[list[str] | None, typer.Option("--author", help="Author handle (repeat).")]
SourceOption = Annotated[list[str] | None, typer.Option("--source", help="Source (repeat).")]
DirectionOption = Annotated[
    DirectionFilter | None, typer.Option("--direction", help="outbound or inbound.")
]
CategoryOption = Annotated[
    list[str] | None, typer.Option("--category", help="Risk category of a finding (repeat).")
]
DecisionOption = Annotated[
    list[str] | None, typer.Option("--decision", help="allow, review or block (repeat).")
]
HoldOption = Annotated[int | None, typer.Option("--hold", help="Only records under this hold.")]


@contextmanager
def _connection(*, write: bool = False) -> Iterator[Connection]:
    from ..settings import get_settings
    from ..store.database import open_store

    with open_store(get_settings().database_url) as store, store.transaction(write=write) as conn:
        yield conn


def _actor(actor: str | None) -> str:
    from ..archive.audit import default_actor

    return actor or default_actor()


def _date(value: str | None, option: str, *, end: bool = False) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not an ISO 8601 date (e.g. 2026-12-01 or 2026-12-01T09:30:00+01:00)",
            param_hint=option,
        ) from None
    if len(value) == 10 and end:  # a whole day: up to its last instant
        parsed = datetime.combine(parsed.date(), time.max)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _query(
    text: str | None,
    since: str | None,
    until: str | None,
    platforms: list[str] | None,
    authors: list[str] | None,
    sources: list[str] | None,
    direction: DirectionFilter | None,
    categories: list[str] | None,
    decisions: list[str] | None,
    hold: int | None,
) -> SearchQuery:
    from ..archive.search import SearchQuery
    from ..models import Category, Decision

    for category in categories or []:
        if category not in {c.value for c in Category}:
            raise typer.BadParameter(
                f"{category!r}; expected one of {', '.join(c.value for c in Category)}",
                param_hint="--category",
            )
    for decision in decisions or []:
        if decision not in {d.value for d in Decision}:
            raise typer.BadParameter(
                f"{decision!r}; expected allow, review or block", param_hint="--decision"
            )
    return SearchQuery(
        text=text,
        since=_date(since, "--from"),
        until=_date(until, "--to", end=True),
        platforms=tuple(platforms or ()),
        authors=tuple(authors or ()),
        sources=tuple(sources or ()),
        direction=direction.value if direction else None,
        categories=tuple(categories or ()),
        decisions=tuple(decisions or ()),
        hold=hold,
    )


def _print_json(value: Any) -> None:
    from ..services.screening import dumps

    typer.echo(dumps(value))


# -- verify, head, proofs --------------------------------------------------------------------


@app.command()
def verify(
    as_json: JsonOption = False,
    public_key: Annotated[
        Path | None,
        typer.Option(
            "--public-key",
            help="The public key every tree head must be signed with (PEM or hex); default: "
            "the TOCSIN_ARCHIVE_KEY file's, if set.",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    heads: Annotated[
        list[Path] | None,
        typer.Option(
            "--head",
            help="A tree head kept from before (JSON of `archive head --json` or a bundle's "
            "tree_head.json): the archive must still contain that tree (repeat).",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    lang: Annotated[Lang, typer.Option(help="Language of the message.")] = Lang.en,
    progress: ProgressOption = True,
) -> None:
    """Recompute every hash, the tree and every signature; exit 1 and name the first bad record."""
    from ..archive.signing import current_public_key, key_file_setting, load_public_key
    from ..archive.verify import verify_archive
    from .progress import count_progress

    with _connection() as conn:
        pinned = load_public_key(public_key.read_bytes()) if public_key is not None else None
        if pinned is None and key_file_setting() is not None:
            pinned = current_public_key(conn, key_file_setting())
        total = _record_count(conn) if progress else 0
        with count_progress(total, "verify") as advance:
            outcome = verify_archive(
                conn, pinned_key=pinned, known_heads=_known_heads(heads or []), progress=advance
            )
    if as_json:
        _print_json(outcome.to_dict(lang.value))
    elif outcome.ok:
        if lang is Lang.fr:
            typer.echo(
                f"Archive intègre : {outcome.records} enregistrements, {outcome.heads} têtes "
                f"d'arbre signées, racine {outcome.root or '-'}."
            )
        else:
            typer.echo(
                f"Archive intact: {outcome.records} records, {outcome.heads} signed tree heads, "
                f"root {outcome.root or '-'}."
            )
    else:
        problem = outcome.problem_fr if lang is Lang.fr else outcome.problem
        label = "ARCHIVE ALTÉRÉE" if lang is Lang.fr else "ARCHIVE TAMPERED"
        typer.echo(f"{label}: {problem}", err=False)
    if not outcome.ok:
        raise typer.Exit(1)


def _known_heads(paths: list[Path]) -> list[tuple[int, bytes]]:
    import json

    known = []
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            known.append((int(data["tree_size"]), bytes.fromhex(data["root_hash"])))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(
                f"{path}: not a tree head (JSON with tree_size and root_hash): {exc}"
            ) from None
    return known


def _record_count(conn: Connection) -> int:
    from sqlalchemy import func, select

    from ..store.archive_tables import archive_records

    return int(conn.execute(select(func.count()).select_from(archive_records)).scalar_one())


@app.command()
def head(as_json: JsonOption = False) -> None:
    """The latest signed tree head (size, root, timestamp, signature, key)."""
    from ..archive.log import latest_head
    from ..archive.signing import archive_public_keys, fingerprint

    with _connection() as conn:
        current = latest_head(conn)
        if current is None:
            raise InputError("the archive is empty: no signed tree head yet")
        public = archive_public_keys(conn)[current.key_id]
    data = current.to_dict(public) | {"key_fingerprint": fingerprint(public)}
    if as_json:
        _print_json(data)
        return
    when = datetime.fromtimestamp(current.timestamp_ms / 1000, UTC).isoformat()
    typer.echo(f"tree size  {current.tree_size}\nroot       {data['root_hash']}\nsigned at  {when}")
    typer.echo(f"key        {data['key_fingerprint']}")


@app.command()
def proof(
    seq: Annotated[int, typer.Argument(help="Sequence number of the record.")],
    tree_size: Annotated[
        int | None, typer.Option(help="Size of the signed tree (default: the latest).")
    ] = None,
) -> None:
    """Print the RFC 6962 inclusion proof of a record (JSON)."""
    from ..archive.log import inclusion_proof

    with _connection() as conn:
        _print_json(inclusion_proof(conn, seq, tree_size))


@app.command()
def consistency(
    old_size: Annotated[int, typer.Argument(help="Size of the older signed tree.")],
    new_size: Annotated[
        int | None, typer.Argument(help="Size of the newer signed tree (default: the latest).")
    ] = None,
) -> None:
    """Print the RFC 6962 consistency proof between two signed tree heads (JSON)."""
    from ..archive.log import consistency_proof

    with _connection() as conn:
        _print_json(consistency_proof(conn, old_size, new_size))


# -- search and export -----------------------------------------------------------------------


@app.command()
def search(
    text: QueryArgument = None,
    since: SinceOption = None,
    until: UntilOption = None,
    platform: PlatformOption = None,
    author: AuthorOption = None,
    source: SourceOption = None,
    direction: DirectionOption = None,
    category: CategoryOption = None,
    decision: DecisionOption = None,
    hold: HoldOption = None,
    limit: Annotated[int, typer.Option(help="At most this many records, newest first.")] = 50,
    as_json: JsonOption = False,
) -> None:
    """Full-text search with filters (one JSON record per line with --json)."""
    from ..archive.search import count
    from ..archive.search import search as run_search

    query = _query(
        text, since, until, platform, author, source, direction, category, decision, hold
    )
    with _connection() as conn:
        hits = run_search(conn, query, limit=limit)
        total = count(conn, query) if not as_json else len(hits)
    if as_json:
        for hit in hits:
            _print_json(hit.to_dict())
        return
    for hit in hits:
        at = (hit.posted_at or hit.captured_at).strftime("%Y-%m-%d %H:%M")
        who = f"@{hit.author.removeprefix('@')}" if hit.author else "-"
        flags = f" [{hit.decision}]" if hit.decision else ""
        text_line = (hit.text or "").replace("\n", " ")
        if len(text_line) > 100:
            text_line = text_line[:99] + "…"
        typer.echo(f"#{hit.seq}  {at}  {hit.platform or '-'}  {who}{flags}  {text_line}")
    typer.echo(f"{len(hits)} shown of {total} matching records.", err=True)


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", help="The bundle to write (.zip).")],
    query_text: Annotated[
        str | None, typer.Option("--query", help="Words to find (as for `archive search`).")
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    platform: PlatformOption = None,
    author: AuthorOption = None,
    source: SourceOption = None,
    direction: DirectionOption = None,
    category: CategoryOption = None,
    decision: DecisionOption = None,
    hold: HoldOption = None,
    actor: ActorOption = None,
    progress: ProgressOption = True,
) -> None:
    """Write an e-discovery bundle an auditor verifies without Tocsin (docs/archive.md)."""
    from ..archive.export import export_bundle
    from .progress import count_progress

    query = _query(
        query_text, since, until, platform, author, source, direction, category, decision, hold
    )
    with _connection(write=True) as conn:
        from ..archive.search import count

        total = count(conn, query) if progress else 0
        with count_progress(total, out.name) as advance:
            state = {"done": 0}

            def report(done: int, _total: int) -> None:
                advance(done - state["done"])
                state["done"] = done

            result = export_bundle(conn, query, out, actor=_actor(actor), progress=report)
    typer.echo(
        f"{result.path}: {result.records} records, proved against the signed tree of "
        f"{result.tree_size} records (root {result.root})."
    )


# -- legal holds -----------------------------------------------------------------------------


@hold_app.command("place")
def hold_place(
    matter: Annotated[str, typer.Option(help="The matter (case, investigation).")],
    custodian: Annotated[str, typer.Option(help="The person responsible for the hold.")],
    query_text: Annotated[
        str | None, typer.Option("--query", help="Words the records contain.")
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    platform: PlatformOption = None,
    author: AuthorOption = None,
    source: SourceOption = None,
    direction: DirectionOption = None,
    category: CategoryOption = None,
    decision: DecisionOption = None,
    actor: ActorOption = None,
) -> None:
    """Place a legal hold: records in its scope are kept until it is released."""
    from ..archive.holds import place_hold

    scope = _query(
        query_text, since, until, platform, author, source, direction, category, decision, None
    )
    with _connection(write=True) as conn:
        placed, covered = place_hold(conn, matter, custodian, scope, _actor(actor))
    typer.echo(f"Legal hold #{placed.id} ({placed.matter}) placed; it covers {covered} records.")


@hold_app.command("list")
def hold_list(
    show_all: Annotated[bool, typer.Option("--all", help="Released holds too.")] = False,
    as_json: JsonOption = False,
) -> None:
    """The legal holds (active ones unless --all)."""
    from ..archive.holds import list_holds

    with _connection() as conn:
        holds = list_holds(conn, active_only=not show_all)
    if as_json:
        _print_json([h.to_dict() for h in holds])
        return
    for h in holds:
        state = "active" if h.active else f"released {h.released_at:%Y-%m-%d}"
        typer.echo(f"#{h.id}  {h.matter}  custodian: {h.custodian}  {state}  {h.scope.to_dict()}")
    if not holds:
        typer.echo("No legal holds.")


@hold_app.command("release")
def hold_release(
    hold_id: Annotated[int, typer.Argument(help="Number of the hold.")],
    actor: ActorOption = None,
) -> None:
    """Release a legal hold (retention applies again to its records)."""
    from ..archive.holds import release_hold

    with _connection(write=True) as conn:
        released = release_hold(conn, hold_id, _actor(actor))
    typer.echo(f"Legal hold #{released.id} ({released.matter}) released.")


# -- retention -------------------------------------------------------------------------------


@retention_app.command("set")
def retention_set(
    days: Annotated[int, typer.Option(help="Keep matching records this many days.", min=1)],
    source: Annotated[str | None, typer.Option(help="Only this source.")] = None,
    platform: Annotated[str | None, typer.Option(help="Only this channel (platform).")] = None,
    category: Annotated[str | None, typer.Option(help="Only this risk category.")] = None,
    actor: ActorOption = None,
) -> None:
    """Add or replace the retention policy of a scope (e.g. --days 1095: SEC 17a-4's 3 years)."""
    from ..archive.retention import set_policy

    with _connection(write=True) as conn:
        policy = set_policy(
            conn,
            days=days,
            source=source,
            platform=platform,
            category=category,
            actor=_actor(actor),
        )
    typer.echo(f"Retention {policy.describe()} set.")


@retention_app.command("list")
def retention_list(as_json: JsonOption = False) -> None:
    """The retention policies (records no policy matches are kept)."""
    from ..archive.retention import list_policies

    with _connection() as conn:
        policies = list_policies(conn)
    if as_json:
        _print_json([p.to_dict() for p in policies])
        return
    for policy in policies:
        typer.echo(policy.describe())
    if not policies:
        typer.echo("No retention policies: every record is kept.")


@retention_app.command("remove")
def retention_remove(
    policy_id: Annotated[int, typer.Argument(help="Number of the policy.")],
    actor: ActorOption = None,
) -> None:
    """Remove a retention policy."""
    from ..archive.retention import remove_policy

    with _connection(write=True) as conn:
        remove_policy(conn, policy_id, _actor(actor))
    typer.echo(f"Retention policy #{policy_id} removed.")


@retention_app.command("sweep")
def retention_sweep(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Count what would be deleted; delete nothing.")
    ] = False,
    as_json: JsonOption = False,
    actor: ActorOption = None,
) -> None:
    """Delete the content of expired records not under legal hold; tombstones stay."""
    from ..archive.retention import sweep

    with _connection(write=not dry_run) as conn:
        report = sweep(conn, actor=_actor(actor), dry_run=dry_run)
    if as_json:
        _print_json(report.to_dict() | {"dry_run": dry_run})
        return
    verb = "would be deleted" if dry_run else "deleted"
    typer.echo(
        f"{report.expired} records expired, {report.held} kept under legal hold, "
        f"{report.deleted} {verb} (tombstones keep their hashes)."
    )


# -- keys and audit log ----------------------------------------------------------------------


@key_app.command("export")
def key_export(
    out: Annotated[
        Path | None, typer.Option("--out", help="Write the PEM here (default: standard output).")
    ] = None,
    actor: ActorOption = None,
) -> None:
    """Export the public key auditors verify tree heads with (PEM), and log it."""
    from ..archive.audit import record_action
    from ..archive.signing import (
        current_public_key,
        fingerprint,
        key_file_setting,
        public_key_pem,
    )

    with _connection(write=True) as conn:
        public = current_public_key(conn, key_file_setting())
        if public is None:
            raise InputError("the archive has no key yet: it is made with the first record")
        record_action(conn, "key.export", {"fingerprint": fingerprint(public)}, _actor(actor))
    pem = public_key_pem(public)
    if out is None:
        typer.echo(pem, nl=False)
    else:
        try:
            out.write_text(pem, encoding="ascii")
        except OSError as exc:
            raise InputError(f"cannot write {out}: {exc.strerror or exc}") from exc
    typer.echo(f"SHA-256 fingerprint: {fingerprint(public)}", err=True)


@app.command("audit")
def audit(
    action: Annotated[str | None, typer.Option(help="Only this action.")] = None,
    limit: Annotated[int, typer.Option(help="The newest N entries.")] = 100,
    as_json: JsonOption = False,
) -> None:
    """The audit log: holds, retention, sweeps, exports, key exports (oldest first)."""
    from ..archive.audit import audit_entries

    with _connection() as conn:
        entries = audit_entries(conn, action=action, limit=limit)
    if as_json:
        for entry in entries:
            _print_json(entry.to_dict())
        return
    for entry in entries:
        typer.echo(f"#{entry.seq}  {entry.at}  {entry.actor}  {entry.action}  {entry.details}")
    if not entries:
        typer.echo("The audit log is empty.")
