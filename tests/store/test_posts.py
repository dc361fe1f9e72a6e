"""Saving, deduplicating and reading posts, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import UTC, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import delete, func, select

from tocsin.models import Decision, Direction, Post
from tocsin.store import Store, StoredPost, natural_key
from tocsin.store.tables import findings, posts, results

from .factories import T0, finding, pair

PLUS_TWO = timezone(timedelta(hours=2))

# (first post's fields, second post's fields, is it the same post?)
DEDUPE_CASES: list[tuple[dict[str, Any], dict[str, Any], bool]] = [
    ({"id": "1"}, {"id": "1", "text": "edited text"}, True),
    ({"id": "1"}, {"id": "1", "platform": "X"}, True),
    ({"id": "1"}, {"id": "1", "platform": "mastodon"}, False),
    ({"id": "1"}, {"id": "2"}, False),
    ({"id": "1"}, {"id": "1 "}, False),
    ({"id": "1", "platform": None}, {"id": "1", "platform": None, "text": "b"}, True),
    ({"id": "1", "platform": None}, {"id": "1", "platform": "x"}, False),
    ({"id": None}, {"id": None}, True),
    ({"id": None, "author": "lumio"}, {"id": None, "author": "@Lumio"}, True),
    ({"id": None, "at": T0}, {"id": None, "at": T0.astimezone(PLUS_TWO)}, True),
    ({"id": None}, {"id": None, "text": "Post number 1 claire@lumio.com "}, False),
    ({"id": None}, {"id": None, "author": "brillix"}, False),
    ({"id": None}, {"id": None, "at": T0 + timedelta(microseconds=1)}, False),
    ({"id": None}, {"id": None, "platform": "bluesky"}, False),
    (
        {"id": None, "platform": "a", "author": "b"},
        {"id": None, "platform": "ab", "author": ""},
        False,
    ),
]


def _post(fields: dict[str, Any]) -> Post:
    values: dict[str, Any] = {"platform": "x", "author": "lumio", "at": T0, "text": "hello"}
    values.update(fields)
    return Post(**values)


@pytest.mark.parametrize(("first", "second", "same"), DEDUPE_CASES)
def test_natural_key(first: dict[str, Any], second: dict[str, Any], same: bool) -> None:
    assert (natural_key(_post(first)) == natural_key(_post(second))) is same


def test_natural_key_shape() -> None:
    with_id = natural_key(_post({"id": "42"}))
    without = natural_key(_post({"id": None}))
    assert with_id.startswith("i:") and without.startswith("c:")
    assert len(with_id) == len(without) == 66


def test_save_then_dedupe(store: Store) -> None:
    post, result = pair(1)
    assert store.save(post, result) is True
    assert store.save(post, result) is False
    edited, _ = pair(1, text="edited, same id")
    assert store.save(edited, result) is False
    assert store.save(*pair(2)) is True
    assert store.count_posts() == 2
    assert [p.text for p in store.recent()] == [pair(2)[0].text, post.text]


def test_save_many_counts_new_posts_only(store: Store) -> None:
    assert store.save_many([]) == 0
    assert store.save_many([pair(1), pair(2), pair(1)]) == 2
    generated = (pair(n) for n in range(1, 1204))  # lazily, over three batches
    assert store.save_many(generated, batch_size=500) == 1201
    assert store.save_many(pair(n) for n in range(1, 1204)) == 0
    assert store.count_posts() == 1203
    with store.transaction() as connection:
        assert connection.execute(select(func.count()).select_from(results)).scalar() == 1203
        assert connection.execute(select(func.count()).select_from(findings)).scalar() == 1203


def test_recent_returns_posts_with_their_result(store: Store) -> None:
    at = T0.astimezone(PLUS_TWO)
    spans = [finding(start=0, end=4, rule="a"), finding(start=None, end=None, score=0.5)]
    post, result = pair(
        7,
        at=at,
        decision=Decision.BLOCK,
        findings=spans,
        direction="inbound",
        author_name="Lumio",
        url="https://x.com/lumio/status/7",
        lang="fr",
        campaign={"name": "spring", "tags": ["a", 1, None, 2.5]},
    )
    store.save(post, result, profile="Lumio SA", engine_version="9.9")
    (stored,) = store.recent()
    assert isinstance(stored, StoredPost)
    assert (stored.id, stored.platform, stored.author) == ("7", "x", "lumio")
    assert stored.author_name == "Lumio"
    assert stored.direction is Direction.INBOUND
    assert stored.at == at and stored.at.tzinfo == UTC
    assert stored.url == "https://x.com/lumio/status/7" and stored.lang == "fr"
    assert stored.extra == {"campaign": {"name": "spring", "tags": ["a", 1, None, 2.5]}}
    assert stored.decision is Decision.BLOCK
    assert (stored.language, stored.profile, stored.engine_version) == ("en", "Lumio SA", "9.9")
    assert stored.findings == [f.to_dict() for f in spans]
    assert stored.natural_key == natural_key(post)
    assert stored.to_post().model_dump() == post.model_dump()


def test_recent_is_newest_first_and_limited(store: Store) -> None:
    store.save_many([pair(3), pair(1), pair(2)])
    same_time = [pair(n, at=T0 + timedelta(days=1)) for n in (10, 11)]
    store.save_many(same_time)
    assert [p.id for p in store.recent()] == ["11", "10", "3", "2", "1"]
    assert [p.id for p in store.recent(limit=2)] == ["11", "10"]
    assert store.recent(limit=0) == []


def test_recent_without_posts_or_findings(store: Store) -> None:
    assert store.recent() == []
    store.save(*pair(1, decision=Decision.ALLOW, findings=[]))
    (stored,) = store.recent()
    assert stored.decision is Decision.ALLOW and stored.findings == []


def test_deleting_a_post_deletes_its_results_and_findings(store: Store) -> None:
    store.save_many([pair(1), pair(2)])
    with store.transaction(write=True) as connection:
        connection.execute(delete(posts).where(posts.c.native_id == "1"))
    with store.transaction() as connection:
        assert connection.execute(select(func.count()).select_from(results)).scalar() == 1
        assert connection.execute(select(func.count()).select_from(findings)).scalar() == 1


def test_concurrent_writers_store_each_post_once(store: Store, db_url: str) -> None:
    counts: list[int] = []
    errors: list[BaseException] = []

    def write(offset: int) -> None:
        try:
            with Store(db_url) as own:
                counts.append(own.save_many(pair(n) for n in range(offset, offset + 300)))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(offset,)) for offset in (0, 100, 200)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sum(counts) == store.count_posts() == 500


def test_insert_rows_stores_what_sqlalchemy_stores(store: Store) -> None:
    # the SQLite fast path converts values with the columns' own types: compare with Core
    from tocsin.store.posts import insert_rows

    def row(key: str, text: str, extra: dict[str, Any] | None) -> dict[str, Any]:
        return {
            "natural_key": key,
            "native_id": None,
            "platform": "x",
            "direction": "inbound",
            "at": T0.astimezone(PLUS_TWO),
            "author": None,
            "author_name": "Zoë \ue000",
            "url": None,
            "lang": None,
            "text": text,
            "extra": extra,
            "created_at": T0,
        }

    tricky = "nul \x00, lone \ud800, escape \ue000, end"
    with store.transaction(write=True) as connection:
        connection.execute(
            posts.insert(), [row("core", tricky, {"n": [1, None]}), row("core-none", "", None)]
        )
        new = insert_rows(
            connection,
            posts,
            [
                row("fast", tricky, {"n": [1, None]}),
                row("core", "again", {}),
                row("none", "", None),
            ],
            unique="natural_key",
            returning=("id", "natural_key"),
        )
        assert sorted(key for _id, key in new) == ["fast", "none"]
        stored = {r.natural_key: r for r in connection.execute(select(posts)).all()}
        raw = {
            r.natural_key: r
            for r in connection.exec_driver_sql(
                "SELECT natural_key, at, text, extra, author_name FROM posts"
            ).all()
        }
    assert stored["core"].text == stored["fast"].text == tricky
    assert stored["fast"].at == T0 and stored["fast"].at.tzinfo is not None
    assert stored["fast"].extra == stored["core"].extra == {"n": [1, None]}
    assert raw["fast"][1:] == raw["core"][1:]  # the very same stored values
    assert raw["none"][1:] == raw["core-none"][1:]  # None as Core stores it
    assert sorted(id_ for id_, _key in new) == sorted(stored[k].id for k in ("fast", "none"))
