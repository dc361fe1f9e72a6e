"""Engine.screen_batch and screen_many: the same results as screen(), post by post."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pytest

from tocsin import Engine, Post, load_profile
from tocsin.errors import DetectorFailure
from tocsin.models import Category, Finding
from tocsin.screening.detectors.base import Context, Detector
from tocsin.screening.detectors.pii.email_address import EmailAddress

CORPUS = Path(__file__).parents[1] / "corpus"


@pytest.fixture(scope="module")
def corpus_engine() -> Engine:
    return Engine(load_profile(CORPUS / "profile.toml"))


def _posts() -> list[Post]:
    posts = []
    with open(CORPUS / "posts.jsonl", encoding="utf-8") as lines:
        for line in list(lines)[:150]:
            data = json.loads(line)
            posts.append(Post(text=data["text"], direction=data["direction"], at=data["at"]))
    return posts


def test_a_batch_gives_what_screen_gives_post_by_post(corpus_engine: Engine) -> None:
    posts = _posts()
    one_by_one = [corpus_engine.screen(p, default_id=n).to_dict() for n, p in enumerate(posts)]
    batch = corpus_engine.screen_batch(posts, list(range(len(posts))))
    assert [r.to_dict() for r in batch if not isinstance(r, DetectorFailure)] == one_by_one
    assert [r.to_dict() for r in corpus_engine.screen_many(posts, batch=7)] == [
        corpus_engine.screen(p, default_id=n).to_dict() for n, p in enumerate(posts, start=1)
    ]


def test_an_empty_batch_and_posts_with_their_own_id(corpus_engine: Engine) -> None:
    assert corpus_engine.screen_batch([]) == []
    (result,) = corpus_engine.screen_batch([Post(id="p1", text="Bonjour à tous")])
    assert not isinstance(result, DetectorFailure)
    assert result.id == "p1"


class Broken(Detector):
    name = "broken_in_batch"
    categories = (Category.REPUTATION,)

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        if "boom" in ctx.text:
            raise ValueError("unexpected input")
        return ()


def test_a_failing_detector_costs_its_post_only() -> None:
    engine = Engine(None, detectors=[EmailAddress, Broken])
    posts = [Post(text="jo@gmail.com"), Post(text="boom"), Post(text="fine")]
    results = engine.screen_batch(posts, [1, 2, 3])
    assert isinstance(results[1], DetectorFailure)
    assert "broken_in_batch" in str(results[1])
    first, third = results[0], results[2]
    assert not isinstance(first, DetectorFailure) and first.decision.value == "review"
    assert not isinstance(third, DetectorFailure) and third.decision.value == "allow"
    with pytest.raises(DetectorFailure, match="broken_in_batch"):
        list(engine.screen_many(posts))
