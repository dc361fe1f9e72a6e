"""The demo's listening stream: deterministic, bilingual, with the story the demo tells."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from tocsin import Engine
from tocsin.demo.stream import CRISIS_DAY, WEEKS, stream
from tocsin.models import Post
from tocsin.services.demo import replay_stream
from tocsin.store.database import open_store

END = datetime(2026, 11, 29, 15, 0, tzinfo=UTC)


def test_same_day_same_posts_and_valid_posts() -> None:
    first, second = list(stream(END)), list(stream(END))
    assert first == second
    assert 2000 <= len(first) <= 4000
    assert len({p["id"] for p in first}) == len(first)
    for fields in first[:200]:
        Post.model_validate(fields)
    start = END.replace(hour=0) - timedelta(weeks=WEEKS)
    ats = [datetime.fromisoformat(p["at"]) for p in first]
    assert ats == sorted(ats) and start <= ats[0] and ats[-1] < END.replace(hour=0)


def test_the_story_is_there() -> None:
    posts = list(stream(END))
    kinds = Counter(p["demo_kind"] for p in posts)
    for kind in (
        "praise",
        "question",
        "complaint",
        "answer",
        "spam",
        "toxic",
        "impersonator",
        "crisis",
        "press",
        "official",
        "competitor",
    ):
        assert kinds[kind] > 0, kind
    languages = Counter(p["lang"] for p in posts)
    assert languages["fr"] > languages["en"] > 0.3 * len(posts)
    start = END.replace(hour=0) - timedelta(weeks=WEEKS)
    per_day = Counter((datetime.fromisoformat(p["at"]) - start).days for p in posts)
    quiet = sum(per_day[d] for d in range(7, 14)) / 7
    assert per_day[CRISIS_DAY] > 2 * quiet  # the crisis is a spike
    answered = {p["reply_to"] for p in posts if p["demo_kind"] == "answer"}
    addressed = [p for p in posts if p["demo_kind"] == "complaint" and p["mentions"]]
    waiting = [p for p in addressed if p["id"] not in answered]
    assert answered and len(waiting) > 50  # complaints still awaiting an answer


def test_replayed_through_ingestion_once(sqlite_url: str, engine: Engine) -> None:
    with open_store(sqlite_url) as store:
        first = replay_stream(store, engine, end=END)
        assert first.new == first.read > 2000
        assert replay_stream(store, engine, end=END).new == 0
    assert first.decisions["block"] > 0 and first.decisions["allow"] > 0
