"""Ingestion as a service: raw items in, screened posts with their matched terms stored, raw
payloads archived — for connector runs, file imports and the webhook alike.

Each batch is one write transaction: the new posts, their results and findings, their matched
terms, their raw payloads (the archive's intake) and the source's cursor commit together or not at
all. A crash at any moment therefore loses nothing (the cursor has not moved past what is not
stored) and duplicates nothing (a post seen again has the same natural key and adds nothing).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from ..errors import DetectorFailure, PostError, SourceError
from ..listening.items import Item, Rejected
from ..listening.mentions import Mention, MentionMatcher
from ..listening.sources import SourceSpec
from ..models import Post, Result, utcnow
from ..screening.engine import Engine
from ..store import listening as queries
from ..store.posts import NewPost

if TYPE_CHECKING:  # httpx and the connectors load only when a source runs, not for imports
    import httpx

    from ..listening.backoff import Backoff
    from ..listening.connectors.base import Page
    from ..profile import Profile
    from ..store.database import Store

#: posts per write transaction for file imports (connector pages are one transaction each)
IMPORT_BATCH = 1000
#: imports smaller than this are screened in process whatever ``workers`` says (starting worker
#: processes and warming their caches costs more than it saves)
PARALLEL_FROM = 2000
#: at most this many screening processes with ``workers=0`` (auto): the storing process is the
#: bottleneck beyond
MAX_AUTO_WORKERS = 4
#: pages one run of a source reads at most (the next run goes on from the cursor)
MAX_PAGES = 50
USER_AGENT = "tocsin-listening/0.1"


@dataclass(slots=True)
class IngestReport:
    """What a run, an import or a webhook call did."""

    source: str
    read: int = 0
    kept: int = 0
    new: int = 0
    pages: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    error: str | None = None
    cursor: str | None = None
    decisions: Counter[str] = field(default_factory=Counter)

    @property
    def skipped(self) -> int:
        """Posts read but not kept (they do not mention the organisation)."""
        return self.read - self.kept - len(self.rejected)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "read": self.read,
            "kept": self.kept,
            "new": self.new,
            "skipped": self.skipped,
            "rejected": [{"where": r.where, "error": r.message} for r in self.rejected],
            "error": self.error,
        }


def _archive_intake() -> tuple[Any, Any] | None:
    """The archive's ``(RawRecord, append_records)`` once the archive exists (issue #7)."""
    try:
        from ..archive import RawRecord, append_records
    except ImportError:
        return None
    return RawRecord, append_records


@dataclass(slots=True)
class ScreenedBatch:
    """A batch after screening: the kept items with their result and matched terms, the
    records rejected, and how many posts were read."""

    kept: list[tuple[Item, Result, list[Mention]]] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    read: int = 0


def screen_items(
    engine: Engine, matcher: MentionMatcher, keep: str, items: Iterable[Item | Rejected]
) -> ScreenedBatch:
    """Match and screen ``items`` (no I/O: runs in worker processes too). With ``keep`` =
    ``mentions``, posts that do not concern the organisation are not screened nor kept."""
    batch = ScreenedBatch()
    # what to do with each item, in order: a rejected item, or an item to screen (with its
    # mentions and its number among the items read); the posts are screened together
    # (Engine.screen_batch: the text models score them one after the other)
    todo: list[Rejected | tuple[Item, list[Mention], int]] = []
    for item in items:
        if isinstance(item, Rejected):
            todo.append(item)
            continue
        batch.read += 1
        mentions = matcher.find(item.post)
        if keep == "mentions" and not mentions:
            continue
        todo.append((item, mentions, batch.read))
    screened = iter(
        engine.screen_batch([entry[0].post for entry in todo if not isinstance(entry, Rejected)])
    )
    for entry in todo:
        if isinstance(entry, Rejected):
            batch.rejected.append(entry)
            continue
        item, mentions, number = entry
        result = next(screened)
        if isinstance(result, DetectorFailure):
            batch.rejected.append(Rejected(item.post.id or f"post {number}", str(result)))
            continue
        batch.kept.append((item, result, mentions))
    return batch


class Ingestion:
    """Screens, matches and stores items for one source, batch by batch."""

    def __init__(
        self,
        store: Store,
        engine: Engine,
        *,
        source: str,
        captured_by: str,
        keep: str = "all",
        matcher: MentionMatcher | None = None,
    ) -> None:
        self.store = store
        self.engine = engine
        self.source = source
        self.captured_by = captured_by
        self.keep = keep
        self.matcher = matcher if matcher is not None else MentionMatcher(engine.profile)
        self.profile_name = engine.profile.organisation.name if engine.has_profile else None
        self.archive = _archive_intake()

    def store_items(
        self, items: Iterable[Item | Rejected], report: IngestReport, *, cursor: str | None = None
    ) -> None:
        """Screen and store ``items`` in one transaction, with ``cursor`` the source's new one."""
        self.write(screen_items(self.engine, self.matcher, self.keep, items), report, cursor=cursor)

    def write(
        self, screened: ScreenedBatch, report: IngestReport, *, cursor: str | None = None
    ) -> None:
        """Store a screened batch in one transaction, with ``cursor`` the source's new one."""
        report.read += screened.read
        report.rejected.extend(screened.rejected)
        kept = screened.kept
        pairs = [(item.post, result) for item, result, _mentions in kept]
        for _item, result, _mentions in kept:
            report.decisions[result.decision.value] += 1
        report.kept += len(pairs)
        if cursor is not None:
            report.cursor = cursor
        if not pairs:
            if cursor is not None:
                with self.store.transaction(write=True) as connection:
                    queries.set_cursor(connection, self.source, cursor)
            return

        def within(
            connection: Connection, batch: list[tuple[Post, Result]], new: list[NewPost]
        ) -> None:
            self._write_new(
                connection, [(n.pk, n.result, kept[n.index][0], kept[n.index][2]) for n in new]
            )
            if cursor is not None:
                queries.set_cursor(connection, self.source, cursor)

        report.new += self.store.save_many(
            pairs, profile=self.profile_name, batch_size=len(pairs) + 1, within=within
        )

    def _write_new(
        self, connection: Connection, new: Sequence[tuple[int, Result, Item, list[Mention]]]
    ) -> None:
        queries.insert_mentions(
            connection,
            (
                {"post_id": pk, "kind": m.kind.value, "term": m.term, "owner": m.owner}
                for pk, _result, _item, mentions in new
                for m in mentions
            ),
        )
        if self.archive is not None and new:
            raw_record, append_records = self.archive
            now = utcnow()
            append_records(
                connection,
                [
                    raw_record(
                        source=self.source,
                        platform=item.post.platform,
                        native_id=item.post.id,
                        raw=item.raw,
                        post=item.post.model_dump(mode="json"),
                        captured_at=now,
                        captured_by=self.captured_by,
                        trail=result.to_dict(),
                    )
                    for _pk, result, item, _mentions in new
                ],
            )


def ingest_items(
    store: Store,
    engine: Engine,
    items: Iterable[Item | Rejected],
    *,
    source: str,
    captured_by: str,
    batch_size: int = IMPORT_BATCH,
    progress: Callable[[int], None] | None = None,
    workers: int = 1,
    parallel_from: int = PARALLEL_FROM,
) -> IngestReport:
    """Store every post of ``items`` (an import or a webhook call), ``batch_size`` at a time.

    With ``workers`` > 1, batches are screened in that many worker processes while this one
    stores the batches already screened, in order (see :mod:`tocsin.services.screening_pool`);
    ``workers=0`` chooses from the cores this process may use. A list of fewer than
    ``parallel_from`` items is screened in process either way.
    """
    from .screening_pool import screening_pool

    ingestion = Ingestion(store, engine, source=source, captured_by=captured_by, keep="all")
    report = IngestReport(source)
    inherited = items if isinstance(items, list) else None
    if workers == 0:
        workers = auto_workers()
    if inherited is not None and len(inherited) < parallel_from:
        workers = 1
    batches = _chunks(items, batch_size)
    with screening_pool(engine, ingestion.matcher, "all", workers, items=inherited) as screen:
        for screened in screen(batches):
            ingestion.write(screened, report)
            if progress is not None:
                progress(screened.read + len(screened.rejected))
    return report


def auto_workers() -> int:
    """Screening processes for ``workers=0``: one per core this process may use (at most
    :data:`MAX_AUTO_WORKERS`); 1, in process, on a single core."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return 1 if cores < 2 else min(cores, MAX_AUTO_WORKERS)


def _chunks(items: Iterable[Item | Rejected], size: int) -> Iterator[list[Item | Rejected]]:
    batch: list[Item | Rejected] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# -- sources ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SourceStatus:
    spec: SourceSpec
    origin: str  # "profile" or "added"
    health: queries.Health

    def to_dict(self) -> dict[str, Any]:
        """The JSON of `tocsin sources list --json` and `GET /api/v1/sources`."""
        spec, health = self.spec, self.health
        return {
            "name": spec.name,
            "kind": spec.kind,
            "origin": self.origin,
            "every": spec.every,
            "keep": spec.keep,
            "enabled": spec.enabled,
            "options": spec.options,
            "status": health.status,
            "healthy": health.healthy,
            "failures": health.failures,
            "runs": health.runs,
            "last_run_at": _iso(health.last_run_at),
            "last_success_at": _iso(health.last_success_at),
            "last_error": health.last_error,
            "posts_new": health.posts_new,
        }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment is not None else None


def all_sources(store: Store, profile: Profile | None) -> list[tuple[SourceSpec, str]]:
    """The profile's sources, then those added by command (a profile name hides a stored one)."""
    listed = [(spec, "profile") for spec in (profile.sources if profile else [])]
    names = {spec.name for spec, _ in listed}
    with store.transaction() as connection:
        stored = queries.stored_sources(connection)
    listed += [(spec, "added") for spec in stored if spec.name not in names]
    return listed


def find_source(store: Store, profile: Profile | None, name: str) -> SourceSpec:
    for spec, _origin in all_sources(store, profile):
        if spec.name == name:
            return spec
    raise SourceError(f"No source named {name!r}; see `tocsin sources list`.")


def check_spec(spec: SourceSpec) -> SourceSpec:
    """``spec`` if its kind exists and its options are valid for it; SourceError if not."""
    from ..listening.connectors.base import parse_options
    from ..listening.registry import connector_class

    cls = connector_class(spec.kind)
    parse_options(cls.options_model, spec.options, spec.kind)
    return spec


def add_source(store: Store, profile: Profile | None, spec: SourceSpec) -> None:
    check_spec(spec)
    if profile is not None and any(s.name == spec.name for s in profile.sources):
        raise SourceError(f"The profile already defines a source named {spec.name!r}.")
    with store.transaction(write=True) as connection:
        if not queries.add_source(connection, spec):
            raise SourceError(
                f"A source named {spec.name!r} exists; remove it first or choose another name."
            )


def remove_source(store: Store, profile: Profile | None, name: str) -> None:
    if profile is not None and any(s.name == name for s in profile.sources):
        raise SourceError(
            f"The source {name!r} is defined in the profile; remove it from tocsin.toml."
        )
    with store.transaction(write=True) as connection:
        if not queries.remove_source(connection, name):
            raise SourceError(f"No source named {name!r} was added; see `tocsin sources list`.")


def source_statuses(store: Store, profile: Profile | None) -> list[SourceStatus]:
    listed = all_sources(store, profile)
    with store.transaction() as connection:
        health = queries.health(connection)
    return [
        SourceStatus(spec, origin, health.get(spec.name, queries.Health(spec.name)))
        for spec, origin in listed
    ]


def new_client() -> httpx.Client:
    import httpx

    return httpx.Client(
        timeout=httpx.Timeout(30.0, connect=10.0),
        follow_redirects=True,
        headers={"User-Agent": USER_AGENT},
    )


def run_source(
    store: Store,
    engine: Engine,
    spec: SourceSpec,
    *,
    client: httpx.Client | None = None,
    backoff: Backoff | None = None,
    max_pages: int = MAX_PAGES,
    matcher: MentionMatcher | None = None,
    now: Callable[[], datetime] = utcnow,
) -> IngestReport:
    """Run a source once from its cursor: fetch, map, screen, store; never raises for the
    source's own failures (network, HTTP, bad answers), which are recorded in its health."""
    from ..listening.registry import connector_class

    report = IngestReport(spec.name)
    own_client = client is None
    http = client or new_client()
    try:
        cls = connector_class(spec.kind)
        connector = cls(spec.options, http, backoff=backoff)
        ingestion = Ingestion(
            store,
            engine,
            source=spec.name,
            captured_by=f"source:{spec.name}",
            keep=spec.keep or cls.default_keep,
            matcher=matcher,
        )
        with store.transaction() as connection:
            cursor = queries.get_cursor(connection, spec.name)
        for _ in range(max_pages):
            page = connector.get_items(cursor)
            report.pages += 1
            ingestion.store_items(_mapped(cls, page), report, cursor=page.cursor)
            cursor = page.cursor
            if not page.more or not page.items:
                break
    except SourceError as exc:
        report.error = str(exc)
    except (PostError, ValueError, KeyError, TypeError) as exc:
        report.error = f"unexpected answer ({type(exc).__name__}: {exc})"
    finally:
        if own_client:
            http.close()
    with store.transaction(write=True) as connection:
        queries.record_run(connection, spec.name, new=report.new, error=report.error, at=now())
    return report


def _mapped(cls: Any, page: Page) -> Iterator[Item | Rejected]:
    raws = page.raw or [None] * len(page.items)
    for number, (payload, raw) in enumerate(zip(page.items, raws, strict=True), start=1):
        try:
            post = cls.map_item(payload)
        except (PostError, ValueError, KeyError, TypeError, AttributeError) as exc:
            yield Rejected(f"item {number}", f"cannot be mapped ({type(exc).__name__}: {exc})")
            continue
        yield Item(raw if raw is not None else cls.raw_bytes(payload), post)
