from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tocsin.errors import PostError
from tocsin.models import Category, Decision, Direction, Post, Severity
from tocsin.services.screening import parse_post, parse_post_line


def test_ten_categories_with_stable_ids() -> None:
    assert [c.value for c in Category] == [
        "data_leak",
        "compliance",
        "reputation",
        "financial_disclosure",
        "human_resources",
        "generational_gap",
        "personal_security",
        "competition",
        "brand_hijacking",
        "community_management",
    ]


def test_ranks_are_ordered() -> None:
    assert [s.rank for s in Severity] == [0, 1, 2, 3]
    assert Decision.ALLOW.rank < Decision.REVIEW.rank < Decision.BLOCK.rank


def test_defaults_and_unknown_fields_kept() -> None:
    post = parse_post({"text": "hi", "campaign": "noel", "likes": 3})
    assert post.direction is Direction.OUTBOUND
    assert post.at.tzinfo is not None
    assert post.model_extra == {"campaign": "noel", "likes": 3}


def test_integer_id_becomes_text_and_naive_time_is_utc() -> None:
    post = parse_post({"id": 42, "text": "x", "at": "2026-11-29T10:00:00"})
    assert post.id == "42"
    assert post.at == datetime(2026, 11, 29, 10, tzinfo=UTC)


def test_lone_surrogates_are_replaced_keeping_length() -> None:
    post = parse_post_line('{"text": "a\\ud800b"}')
    assert post.text == "a\ufffdb"
    assert len(post.text) == 3


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        ('"text"', "must be a JSON object"),
        ("{}", "text: is required"),
        ('{"text": 5}', "text:"),
        ('{"text": "a", "direction": "up"}', "direction: must be one of"),
        ('{"text": "a", "at": "yesterday"}', "at:"),
        ('{"text": "a", "id": true}', "id:"),
    ],
)
def test_bad_posts_say_what_is_wrong(line: str, message: str) -> None:
    with pytest.raises(PostError) as err:
        parse_post_line(line)
    assert message in str(err.value)


def test_post_model_accepts_keywords() -> None:
    assert Post(text="x", direction="inbound").direction is Direction.INBOUND
