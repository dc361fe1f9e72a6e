"""Impersonation cases: opened when posts are stored, one per account or domain, durable."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tocsin import Engine, Post
from tocsin.brand import cases
from tocsin.errors import InputError
from tocsin.store.database import Store, open_store


def _post(pid: str, text: str, author: str = "lumio_support", day: int = 1, **kw: str) -> Post:
    return Post(
        id=pid,
        text=text,
        direction="inbound",
        author=author,
        platform=kw.pop("platform", "x"),
        at=datetime(2026, 11, day, 12, tzinfo=UTC),
        **kw,
    )


def _save(store: Store, engine: Engine, posts: list[Post]) -> int:
    return store.save_many([(p, engine.screen(p)) for p in posts])


def _cases(store: Store) -> list[cases.Case]:
    with store.transaction() as c:
        return cases.list_cases(c)


def test_posts_open_one_case_per_account_and_domain(store: Store, engine: Engine) -> None:
    _save(
        store,
        engine,
        [
            _post("1", "Envoyez votre numéro de carte en MP, support Lumio", day=1),
            _post("2", "Remboursement ici : https://lumio-login.com/r", day=3),
            _post("3", "Encore : lumio-login.com", author="jd_1988", day=2),
            _post("4", "Bonjour, merci !", author="jd_1988", day=2),  # nothing: no case
            _post("5", "Infos : https://bit.ly/3xYz", author="jd_1988", day=2),  # review only
        ],
    )
    found = {(c.subject_type, c.platform, c.subject): c for c in _cases(store)}
    assert set(found) == {("account", "x", "lumio_support"), ("domain", "web", "lumio-login.com")}
    account = found[("account", "x", "lumio_support")]
    assert account.evidence_count == 2 and account.status == "new"
    assert account.display == "@lumio_support" and account.kind == "impersonation.handle"
    assert account.first_seen.day == 1 and account.last_seen.day == 3
    domain = found[("domain", "web", "lumio-login.com")]
    assert domain.evidence_count == 2 and domain.kind == "impersonation.domain"
    with store.transaction() as c:
        shown = cases.get_case(c, account.id)
    assert [e.native_id for e in shown.evidence] == ["2", "1"]  # newest first
    assert "impersonation.handle" in shown.evidence[1].kinds
    assert "brand.fake_support" in shown.evidence[1].kinds


def test_storing_the_same_posts_again_adds_nothing(store: Store, engine: Engine) -> None:
    posts = [_post("1", "Support Lumio : DM"), _post("2", "Support Lumio, bonjour")]
    assert _save(store, engine, posts) == 2
    assert _save(store, engine, posts) == 0
    (case,) = _cases(store)
    assert case.evidence_count == 2


def test_the_same_account_differently_written_is_one_case(store: Store, engine: Engine) -> None:
    _save(
        store,
        engine,
        [_post("1", "a", author="@Lumio_Support"), _post("2", "b", author="lumio_support")],
    )
    (case,) = _cases(store)
    assert case.subject == "lumio_support" and case.evidence_count == 2


def test_same_handle_on_two_platforms_is_two_cases(store: Store, engine: Engine) -> None:
    _save(store, engine, [_post("1", "a"), _post("2", "b", platform="instagram")])
    assert sorted(c.platform for c in _cases(store)) == ["instagram", "x"]


def test_cases_survive_a_restart(db_url: str, engine: Engine) -> None:
    with open_store(db_url) as first:
        _save(first, engine, [_post("1", "Support Lumio ici")])
        with first.transaction(write=True) as c:
            cases.set_status(c, _cases(first)[0].id, "confirmed", note="vérifié")
    with open_store(db_url) as again:
        _save(again, engine, [_post("2", "Toujours là", day=5)])
        (case,) = _cases(again)
    assert case.status == "confirmed" and case.note == "vérifié" and case.evidence_count == 2


def test_status_workflow(store: Store, engine: Engine) -> None:
    _save(store, engine, [_post("1", "Support Lumio ici")])
    case_id = _cases(store)[0].id
    with store.transaction(write=True) as c:
        for status in ("confirmed", "takedown_requested", "resolved"):
            assert cases.set_status(c, case_id, status).status == status
        with pytest.raises(InputError, match="can move to"):
            cases.set_status(c, case_id, "false_positive")
        with pytest.raises(InputError, match="Unknown case status"):
            cases.set_status(c, case_id, "closed")
        with pytest.raises(InputError, match="no impersonation case 999"):
            cases.set_status(c, 999, "confirmed")
    # new evidence reopens a resolved case ...
    _save(store, engine, [_post("2", "De retour", day=9)])
    assert _cases(store)[0].status == "new"
    # ... but not a false positive
    with store.transaction(write=True) as c:
        cases.set_status(c, case_id, "false_positive")
    _save(store, engine, [_post("3", "Encore", day=10)])
    (case,) = _cases(store)
    assert case.status == "false_positive" and case.evidence_count == 3


def test_list_filters(store: Store, engine: Engine) -> None:
    _save(store, engine, [_post("1", "a"), _post("2", "voir lumio-login.com", author="jd")])
    with store.transaction() as c:
        assert [x.platform for x in cases.list_cases(c, platform="web")] == ["web"]
        assert len(cases.list_cases(c, status="new")) == 2
        assert cases.list_cases(c, status="resolved") == []
        assert cases.count_cases(c) == 2
