"""E-discovery search: words (French and English), filters, holds; SQLite FTS5 and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from tocsin.archive import append_records
from tocsin.archive.holds import place_hold
from tocsin.archive.search import SearchQuery, count, fts5_query, search, tsquery
from tocsin.errors import InputError
from tocsin.store.database import Store, open_store

from ..store.conftest import _admin_connect
from .conftest import make_record

POSTS = [
    # (native id suffix, text, author, platform, direction, decision, categories, day)
    (
        1,
        "Les résultats trimestriels seront publiés demain",
        "claire",
        "x",
        "outbound",
        "block",
        ("financial_disclosure",),
        3,
    ),
    (
        2,
        "Nous lançons le Projet Nightjar en mars",
        "lumio",
        "mastodon",
        "outbound",
        "block",
        ("data_leak",),
        5,
    ),
    (
        3,
        "Your support team never answers my complaints",
        "bob",
        "x",
        "inbound",
        "review",
        ("reputation",),
        7,
    ),
    (
        4,
        "We are launching a new lamp, quarterly results soon",
        "lumio",
        "linkedin",
        "outbound",
        "review",
        ("financial_disclosure",),
        9,
    ),
    (5, "Merci pour votre réponse rapide !", "alice", "x", "inbound", "allow", (), 11),
    (
        6,
        "Complaint filed: the lamp broke after two days",
        "carol",
        "mastodon",
        "inbound",
        "allow",
        (),
        13,
    ),
]


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def searchable(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """The posts above in one archive per database, shared by this module's tests (read only
    but for one legal hold)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('search')}/tocsin.db"
    else:
        database = request.getfixturevalue("pg_database")
        schema = f"s_{uuid.uuid4().hex[:12]}"
        with _admin_connect(database.rsplit("/", 1)[1]) as admin:
            admin.execute(f"CREATE SCHEMA {schema}")
        url = f"{database}?options=-csearch_path%3D{schema}"
    with open_store(url) as store:
        with store.transaction(write=True) as conn:
            append_records(
                conn,
                [
                    make_record(
                        n,
                        text=text,
                        author=author,
                        platform=platform,
                        direction=direction,
                        decision=decision,
                        categories=categories,
                        at=datetime(2026, 3, day, 10, 0, tzinfo=UTC),
                    )
                    for n, text, author, platform, direction, decision, categories, day in POSTS
                ],
            )
        yield store


def _ids(store: Store, query: SearchQuery) -> set[int]:
    with store.transaction() as conn:
        hits = search(conn, query, limit=100)
        assert count(conn, query) == len(hits)
    return {int(hit.native_id[1:]) for hit in hits if hit.native_id}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # words, in French and English, with accents or without
        (SearchQuery(text="résultats"), {1}),
        (SearchQuery(text="resultats"), {1}),
        (SearchQuery(text="Nightjar"), {2}),
        (SearchQuery(text='"Projet Nightjar"'), {2}),
        (SearchQuery(text='"Nightjar Projet"'), set()),  # near miss: words in another order
        (SearchQuery(text="launch"), {4}),  # English stemming: launching
        (SearchQuery(text="complaints"), {3, 6}),  # English stemming: complaint
        (SearchQuery(text="lamp broke"), {6}),  # every word
        (SearchQuery(text="lamp OR réponse"), {4, 5, 6}),
        (SearchQuery(text="Night*"), {2}),
        (SearchQuery(text="nightjars2"), set()),  # near miss
        (SearchQuery(text="quarterly results"), {4}),
        # filters
        (SearchQuery(platforms=("X",)), {1, 3, 5}),
        (SearchQuery(authors=("@Lumio",)), {2, 4}),
        (SearchQuery(direction="inbound"), {3, 5, 6}),
        (SearchQuery(decisions=("block",)), {1, 2}),
        (SearchQuery(categories=("financial_disclosure",)), {1, 4}),
        (SearchQuery(categories=("data",)), set()),  # near miss: part of a category name
        (
            SearchQuery(
                since=datetime(2026, 3, 5, tzinfo=UTC), until=datetime(2026, 3, 9, 23, tzinfo=UTC)
            ),
            {2, 3, 4},
        ),
        (SearchQuery(text="lamp", direction="outbound"), {4}),
        (SearchQuery(text="lamp", since=datetime(2026, 3, 10, tzinfo=UTC)), {6}),
        (SearchQuery(text="lamp", until=datetime(2026, 3, 9, 12, tzinfo=UTC)), {4}),
        (SearchQuery(text="lamp", since=datetime(2026, 4, 1, tzinfo=UTC)), set()),
        (SearchQuery(sources=("test:feed",), platforms=("mastodon",)), {2, 6}),
        (SearchQuery(sources=("other",)), set()),
    ],
)
def test_search(searchable: Store, query: SearchQuery, expected: set[int]) -> None:
    assert _ids(searchable, query) == expected


def test_search_by_hold(searchable: Store) -> None:
    with searchable.transaction(write=True) as conn:
        hold, covered = place_hold(
            conn, "Plainte Carol", "Service juridique", SearchQuery(text="lamp"), actor="tests"
        )
    assert covered == 2
    assert _ids(searchable, SearchQuery(hold=hold.id)) == {4, 6}
    assert _ids(searchable, SearchQuery(hold=hold.id, direction="inbound")) == {6}
    with searchable.transaction() as conn, pytest.raises(InputError, match="no legal hold #99"):
        search(conn, SearchQuery(hold=99))


def test_newest_first_with_a_limit(searchable: Store) -> None:
    with searchable.transaction() as conn:
        hits = search(conn, SearchQuery(), limit=2)
    assert [hit.native_id for hit in hits] == ["p6", "p5"]
    assert hits[0].text == POSTS[5][1] and hits[0].categories == []


@pytest.mark.parametrize(
    ("user", "fts"),
    [
        ("hello world", '"hello" "world"'),
        ('"Projet Nightjar"', '"Projet Nightjar"'),
        ("a OR b", '"a" OR "b"'),
        ("OR a OR", '"a"'),
        ("pre*", '"pre"*'),
        ('NEAR(a b) - "x', '"NEAR a" "b" "x"'),  # a token with punctuation: a phrase
        ("col:value ^start", '"col value" "start"'),
        ("e-mail", '"e mail"'),
    ],
)
def test_user_words_become_a_safe_fts5_query(user: str, fts: str) -> None:
    assert fts5_query(user) == fts


@pytest.mark.parametrize(
    ("user", "expression"),
    [
        ("hello world", "(hello) & (world)"),
        ('"Projet Nightjar"', "(Projet <-> Nightjar)"),
        ("a OR b c", "(a) | (b) & (c)"),
        ("pre* x:y", "(pre:*) & (x <-> y)"),
        ("it's & | !", "(it <-> s)"),
    ],
)
def test_user_words_become_a_safe_tsquery(user: str, expression: str) -> None:
    assert tsquery(user) == expression


def test_a_query_without_words_is_refused() -> None:
    with pytest.raises(InputError, match="no words"):
        fts5_query('" - *')


def test_query_round_trips_as_json() -> None:
    query = SearchQuery(
        text="x", since=datetime(2026, 1, 1, tzinfo=UTC), authors=("a",), categories=("compliance",)
    )
    assert SearchQuery.from_dict(query.to_dict()) == query


AUTHORS = ["jean.dupont", "jean_dupont", "Émilie", "日本語", 'say"hi', "@Lumio", "lumio2"]


@pytest.mark.parametrize(
    ("authors", "expected"),
    [
        (("jean.dupont",), {0}),  # near miss: jean_dupont gives the index the same words
        (("JEAN_DUPONT",), {1}),
        (("émilie",), {2}),
        (("emilie",), set()),  # handles compare exactly (accents too)
        (("日本語",), {3}),  # no ASCII word: the author column alone decides
        (('say"hi',), {4}),
        (("lumio",), {5}),
        (("lumio", "lumio2"), {5, 6}),
        (("lumi",), set()),  # near miss: part of a handle
        (("@",), set()),
    ],
)
def test_search_by_author(store: Store, authors: tuple[str, ...], expected: set[int]) -> None:
    """Authors: an FTS5 index on SQLite (the exact handle decides), a B-tree on PostgreSQL."""
    with store.transaction(write=True) as conn:
        append_records(conn, [make_record(i, author=a) for i, a in enumerate(AUTHORS)])
    found = _ids(store, SearchQuery(authors=authors))
    assert found == expected
    if expected:
        assert _ids(store, SearchQuery(authors=authors, text="launch")) == expected


def test_author_index_follows_a_sweep(sqlite_url: str) -> None:
    from datetime import timedelta

    from sqlalchemy import text as sql

    from tocsin.archive.retention import set_policy, sweep

    from .conftest import T0

    with open_store(sqlite_url) as store:
        with store.transaction(write=True) as conn:
            append_records(
                conn,
                [make_record(i, author="old" if i < 3 else "new") for i in range(6)],
            )
            set_policy(conn, days=30, actor="tests")
            conn.execute(
                sql(
                    "UPDATE archive_records SET captured_at = :old, posted_at = :old WHERE seq < 3"
                ),
                {"old": T0 - timedelta(days=400)},
            )
        with store.transaction(write=True) as conn:
            assert sweep(conn, actor="tests", now=T0 + timedelta(days=1)).deleted == 3
        with store.transaction() as conn:
            for table in ("archive_fts", "archive_fts_authors"):
                conn.execute(
                    sql(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
                )
        assert _ids(store, SearchQuery(authors=("old",))) == set()
        assert _ids(store, SearchQuery(authors=("new",))) == {3, 4, 5}
