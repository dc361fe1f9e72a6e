"""Ingestion on real databases: sources run from their cursor, posts screened and stored once,
matched terms stored, raw payloads archived for new posts only, health recorded."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from typing import cast

import httpx
import pytest
from sqlalchemy import func, select, text

from tocsin import Engine
from tocsin.errors import TocsinError
from tocsin.listening.backoff import Backoff
from tocsin.listening.formats import ReadOptions, format_named
from tocsin.listening.items import Item, Rejected
from tocsin.listening.scheduler import Scheduler
from tocsin.listening.sources import SourceSpec
from tocsin.models import Post
from tocsin.services.ingest import (
    IngestReport,
    add_source,
    all_sources,
    ingest_items,
    remove_source,
    run_source,
)
from tocsin.store import listening as queries
from tocsin.store.database import Store
from tocsin.store.listening_tables import post_mentions

from .conftest import fixture_bytes, fixture_json

NO_WAIT = Backoff(attempts=2, first=0, sleep=lambda s: None)


def _count(store: Store, sql: str) -> int:
    with store.transaction() as connection:
        return int(connection.execute(text(sql)).scalar_one())


def _mastodon_server(
    statuses: list[dict[str, object]],
) -> Callable[[httpx.Request], httpx.Response]:
    """A Mastodon tag timeline over ``statuses``: min_id, limit, newest first, like the API."""

    def handle(request: httpx.Request) -> httpx.Response:
        min_id = request.url.params.get("min_id")
        limit = int(request.url.params.get("limit", "20"))
        newer = [s for s in statuses if min_id is None or int(str(s["id"])) > int(min_id)]
        newer.sort(key=lambda s: int(str(s["id"])))
        page = newer[:limit] if min_id is not None else newer[-limit:]
        return httpx.Response(200, json=list(reversed(page)))

    return handle


def _status(number: int, text: str) -> dict[str, object]:
    status = dict(fixture_json("mastodon/tag_timeline.json")[0])
    status["id"] = str(113300000000000000 + number)
    status["content"] = f"<p>{text}</p>"
    status["mentions"] = []
    return status


SPEC = SourceSpec(name="masto-lumio", kind="mastodon", options={"hashtag": "lumio", "limit": 5})


def _statuses(first: int, last: int) -> list[dict[str, object]]:
    return [
        _status(n, f"Message {n} : ma lampe Lumio clignote" if n % 3 else f"Message {n} hors sujet")
        for n in range(first, last + 1)
    ]


def test_run_stores_matching_posts_once_and_resumes(
    store: Store, engine: Engine, replay: Callable[..., httpx.Client]
) -> None:
    statuses = _statuses(1, 12)
    client = replay(_mastodon_server(statuses))
    # the first run starts from now: the newest page (8..12), then nothing newer
    report = run_source(store, engine, SPEC, client=client, backoff=NO_WAIT)
    assert report.error is None
    assert (report.read, report.kept, report.new, report.skipped) == (5, 3, 3, 2)
    with store.transaction() as connection:
        assert queries.get_cursor(connection, SPEC.name) == "113300000000000012"

    # what comes later is read page by page from the cursor, oldest first
    statuses.extend(_statuses(13, 24))
    second = run_source(store, engine, SPEC, client=client, backoff=NO_WAIT)
    assert (second.read, second.kept, second.new, second.pages) == (12, 8, 8, 3)
    assert store.count_posts() == 11
    with store.transaction() as connection:
        assert queries.get_cursor(connection, SPEC.name) == "113300000000000024"
        terms = connection.execute(select(post_mentions.c.term).distinct()).scalars().all()
    assert set(terms) == {"Lumio"}
    assert _count(store, "SELECT count(*) FROM archive_records WHERE source = 'masto-lumio'") == 11
    with store.transaction() as connection:
        raw, native_id = connection.execute(
            text("SELECT raw, native_id FROM archive_records ORDER BY seq LIMIT 1")
        ).one()
    served = json.dumps(
        list(reversed(statuses[7:12])), separators=(",", ":"), ensure_ascii=False
    ).encode()
    assert bytes(raw) in served and json.loads(raw)["id"] == native_id  # the bytes as served

    # nothing new: nothing read, nothing added; a lost cursor re-reads and adds nothing either
    again = run_source(store, engine, SPEC, client=client, backoff=NO_WAIT)
    assert (again.read, again.new, again.error) == (0, 0, None)
    with store.transaction(write=True) as connection:
        queries.set_cursor(connection, SPEC.name, "113300000000000010")
    replayed = run_source(store, engine, SPEC, client=client, backoff=NO_WAIT)
    assert (replayed.read, replayed.new) == (14, 0)
    assert store.count_posts() == 11
    assert _count(store, "SELECT count(*) FROM archive_records") == 11


def test_posts_are_screened_and_findings_stored(
    store: Store, engine: Engine, replay: Callable[..., httpx.Client]
) -> None:
    statuses = [
        _status(1, "Lumio : écrivez à jean.dupont@gmail.com, IBAN FR7630006000011234567890189")
    ]
    run_source(store, engine, SPEC, client=replay(_mastodon_server(statuses)), backoff=NO_WAIT)
    stored = store.recent(1)[0]
    assert stored.platform == "mastodon" and stored.decision is not None
    assert {f["category"] for f in stored.findings} >= {"data_leak"}


def test_keep_all_keeps_unrelated_posts(
    store: Store, engine: Engine, replay: Callable[..., httpx.Client]
) -> None:
    spec = SPEC.model_copy(update={"keep": "all"})
    statuses = [_status(1, "rien à voir"), _status(2, "nothing here")]
    report = run_source(store, engine, spec, client=replay(_mastodon_server(statuses)))
    assert report.new == 2 and report.skipped == 0


def test_failures_are_recorded_and_make_a_source_unhealthy(
    store: Store, engine: Engine, replay: Callable[..., httpx.Client]
) -> None:
    client = replay(lambda request: httpx.Response(503))
    for _ in range(3):
        report = run_source(store, engine, SPEC, client=client, backoff=NO_WAIT)
        assert report.error is not None and "HTTP 503" in report.error
    with store.transaction() as connection:
        health = queries.health(connection)[SPEC.name]
    assert health.failures == 3 and not health.healthy and health.status == "unhealthy"
    assert "HTTP 503" in (health.last_error or "")
    ok = replay(_mastodon_server([]))
    run_source(store, engine, SPEC, client=ok, backoff=NO_WAIT)
    with store.transaction() as connection:
        health = queries.health(connection)[SPEC.name]
    assert health.failures == 0 and health.healthy and health.runs == 4
    assert health.last_success_at is not None


def test_a_post_that_cannot_be_mapped_is_rejected_not_fatal(
    store: Store, engine: Engine, replay: Callable[..., httpx.Client]
) -> None:
    good = _status(2, "Lumio ok")
    bad = _status(1, "Lumio")
    bad["created_at"] = "not a date"
    report = run_source(store, engine, SPEC, client=replay(_mastodon_server([bad, good])))
    assert report.new == 1 and len(report.rejected) == 1 and report.error is None


def test_import_twice_adds_nothing_and_archives_once(store: Store, engine: Engine) -> None:
    items = list(
        format_named("x-archive").read(fixture_bytes("x/tweets.js"), ReadOptions(author="lumio"))
    )
    first = ingest_items(store, engine, items, source="import:tweets.js", captured_by="test")
    second = ingest_items(store, engine, items, source="import:tweets.js", captured_by="test")
    assert (first.new, second.new) == (2, 0)
    assert _count(store, "SELECT count(*) FROM archive_records") == 2
    raw = _count(store, "SELECT count(*) FROM archive_records WHERE raw IS NOT NULL")
    assert raw == 2


def test_sources_from_profile_and_database(store: Store, engine: Engine) -> None:
    profile = engine.profile.model_copy(
        update={"sources": [SourceSpec(name="feed", kind="rss", options={"url": "https://x/f"})]}
    )
    add_source(
        store, profile, SourceSpec(name="reddit-fr", kind="reddit", options={"query": "lumio"})
    )
    assert [(s.name, o) for s, o in all_sources(store, profile)] == [
        ("feed", "profile"),
        ("reddit-fr", "added"),
    ]
    with pytest.raises(Exception, match="exists"):
        add_source(
            store, profile, SourceSpec(name="reddit-fr", kind="reddit", options={"query": "x"})
        )
    with pytest.raises(Exception, match="profile already"):
        add_source(store, profile, SourceSpec(name="feed", kind="rss", options={"url": "u"}))
    with pytest.raises(Exception, match="Unknown source kind"):
        add_source(store, profile, SourceSpec(name="n", kind="myspace"))
    with pytest.raises(Exception, match="query: is required"):
        add_source(store, profile, SourceSpec(name="n", kind="bluesky"))
    with pytest.raises(Exception, match="tocsin.toml"):
        remove_source(store, profile, "feed")
    remove_source(store, profile, "reddit-fr")
    with pytest.raises(Exception, match="No source named"):
        remove_source(store, profile, "reddit-fr")
    assert [s.name for s, _ in all_sources(store, profile)] == ["feed"]


def test_scheduler_runs_due_sources_and_survives_errors() -> None:
    now = [0.0]
    runs: list[str] = []
    specs = [
        SourceSpec(name="a", kind="rss", every=60, options={"url": "u"}),
        SourceSpec(name="b", kind="rss", every=600, options={"url": "u"}),
        SourceSpec(name="off", kind="rss", enabled=False, options={"url": "u"}),
    ]

    def run(spec: SourceSpec) -> None:
        runs.append(spec.name)
        if spec.name == "a":
            raise RuntimeError("boom")

    scheduler = Scheduler(lambda: specs, run, clock=lambda: now[0])
    assert scheduler.run_due() == ["a", "b"]
    now[0] = 59
    assert scheduler.run_due() == []
    now[0] = 61
    assert scheduler.run_due() == ["a"]
    now[0] = 601
    assert scheduler.run_due() == ["a", "b"]
    assert runs == ["a", "b", "a", "a", "b"]


def test_scheduler_thread_starts_and_stops() -> None:
    ran: list[str] = []
    spec = SourceSpec(name="a", kind="rss", every=60, options={"url": "u"})
    scheduler = Scheduler(lambda: [spec], lambda s: ran.append(s.name), tick=0.01)
    scheduler.start()
    for _ in range(500):
        if ran:
            break
        time.sleep(0.01)
    scheduler.stop()
    assert ran == ["a"]


def test_mentions_are_stored_per_post(store: Store, engine: Engine) -> None:
    items = list(
        format_named("jsonl").read(
            b'{"id":"p1","text":"@lumio_fr Claire Dubois a parl\\u00e9 de Brillix"}\n',
            ReadOptions(platform="x"),
        )
    )
    ingest_items(store, engine, items, source="t", captured_by="test")
    with store.transaction() as connection:
        pk = connection.execute(text("SELECT id FROM posts")).scalar_one()
        found = queries.mentions_of(connection, pk)
        assert connection.execute(select(func.count()).select_from(post_mentions)).scalar_one() == 4
    assert found == [
        ("brand", "Lumio", "Lumio"),
        ("competitor", "Brillix", "Brillix"),
        ("handle", "@lumio_fr", "Lumio"),
        ("person", "Claire Dubois", "Claire Dubois"),
    ]


def _worker_items(count: int = 40) -> list[Item | Rejected]:
    lines = [
        f'{{"id":"w{n}","platform":"x","text":"Lumio {n} : écrivez à jo{n}@gmail.com"}}'
        if n % 5
        else "not json"
        for n in range(count)
    ]
    return list(format_named("jsonl").read("\n".join(lines).encode(), ReadOptions()))


@pytest.mark.parametrize(
    ("workers", "as_list"), [(1, True), (2, True), (2, False), (3, True), (0, True)]
)
def test_import_with_screening_workers(
    store: Store, engine: Engine, workers: int, as_list: bool
) -> None:
    # a list reaches the workers by inheritance (slices), any other iterable as post JSON
    items = _worker_items()
    report = ingest_items(
        store,
        engine,
        items if as_list else iter(items),
        source="t",
        captured_by="test",
        batch_size=7,
        workers=workers,
        parallel_from=0,
    )
    assert (report.read, report.new, len(report.rejected)) == (32, 32, 8)
    assert [r.where for r in report.rejected][:2] == ["line 1", "line 6"]
    assert report.decisions["review"] + report.decisions["block"] == 32  # e-mail addresses
    assert _count(store, "SELECT count(*) FROM post_mentions") == 32
    assert _count(store, "SELECT count(*) FROM archive_records") == 32
    stored = {p.id: p.text for p in store.recent(100)}
    assert stored["w7"] == "Lumio 7 : écrivez à jo7@gmail.com"


class _DiesInWorker:
    """An engine whose screening of the post ``boom`` kills the worker process screening it."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._parent = os.getpid()

    def __getattr__(self, name: str) -> object:
        return getattr(self._engine, name)

    def screen(self, post: Post, **options: object) -> object:
        if post.id == "boom" and os.getpid() != self._parent:
            os._exit(3)  # as if killed: no exception, no goodbye
        return self._engine.screen(post, **options)  # type: ignore[arg-type]

    def screen_batch(self, posts: list[Post], *args: object) -> object:
        if any(post.id == "boom" for post in posts) and os.getpid() != self._parent:
            os._exit(3)
        return self._engine.screen_batch(posts, *args)  # type: ignore[arg-type]


def test_a_dead_screening_worker_stops_the_import_with_a_clear_error(
    store: Store, engine: Engine
) -> None:
    items = _worker_items()
    items[30] = Item(b"{}", Post(id="boom", platform="x", text="Lumio boom"))
    dying = cast(Engine, _DiesInWorker(engine))

    def import_with(screening: Engine) -> IngestReport:
        return ingest_items(
            store,
            screening,
            items,
            source="t",
            captured_by="test",
            batch_size=7,
            workers=2,
            parallel_from=0,
        )

    with pytest.raises(TocsinError, match="screening worker process died"):
        import_with(dying)
    stored = _count(store, "SELECT count(*) FROM posts")
    assert stored < 32  # the batch of the bad post and those after it are not stored
    assert _count(store, "SELECT count(*) FROM results") == stored
    assert _count(store, "SELECT count(*) FROM archive_records") == stored
    # the same import again (the bad post fixed) goes on from there
    items[30] = Item(b"{}", Post(id="w30", platform="x", text="Lumio 30"))
    report = import_with(engine)
    assert report.new == 33 - stored
    assert _count(store, "SELECT count(DISTINCT native_id) FROM posts") == 33
    assert _count(store, "SELECT count(*) FROM archive_records") == 33


def test_small_imports_are_screened_in_process(
    store: Store, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tocsin.services.screening_pool as pool

    monkeypatch.setattr(pool, "ProcessPoolExecutor", None)  # would fail if a pool were started
    report = ingest_items(store, engine, _worker_items(), source="t", captured_by="test", workers=2)
    assert (report.read, report.new) == (32, 32)


def test_auto_workers_uses_the_cores_of_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    from tocsin.services import ingest

    for cores, expected in [(1, 1), (2, 2), (3, 3), (64, ingest.MAX_AUTO_WORKERS)]:
        monkeypatch.setattr(os, "sched_getaffinity", lambda _pid, n=cores: set(range(n)))
        assert ingest.auto_workers() == expected


def test_a_mastodon_stream_catches_up_what_it_missed_through_the_rest_api(
    store: Store, engine: Engine, replay: Callable[..., httpx.Client]
) -> None:
    statuses = _statuses(1, 12)
    timeline = _mastodon_server(statuses)
    live = _statuses(12, 14)  # the stream repeats 12, which the catch-up read already

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/streaming/hashtag":
            events = "".join(f"event: update\ndata: {json.dumps(s)}\n\n" for s in live)
            return httpx.Response(200, content=events.encode())
        assert request.url.path == "/api/v1/timelines/tag/lumio"
        return timeline(request)

    spec = SourceSpec(
        name="masto-live",
        kind="mastodon-stream",
        options={"instance": "https://mastodon.example", "hashtag": "lumio", "seconds": 5},
    )
    with store.transaction(write=True) as connection:  # the last run stopped after status 3
        queries.set_cursor(connection, spec.name, "113300000000000003")
    report = run_source(store, engine, spec, client=replay(handle), backoff=NO_WAIT)
    assert report.error is None
    stored = {p.id for p in store.recent(100)}
    expected = {str(113300000000000000 + n) for n in range(4, 15) if n % 3}
    assert stored == expected  # 4..11 from the REST API, 12..14 live, each once
    with store.transaction() as connection:
        assert queries.get_cursor(connection, spec.name) == "113300000000000014"

    no_catch_up = spec.model_copy(
        update={"name": "masto-live-only", "options": spec.options | {"catch_up": False}}
    )
    with store.transaction(write=True) as connection:
        queries.set_cursor(connection, no_catch_up.name, "113300000000000003")
    seen: list[str] = []

    def only_stream(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return handle(request)

    run_source(store, engine, no_catch_up, client=replay(only_stream), backoff=NO_WAIT)
    assert seen == ["/api/v1/streaming/hashtag"]
