"""File imports: the documented export formats and generic files with column mapping."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tocsin.errors import InputError
from tocsin.listening.formats import FORMATS, ReadOptions, detect_format, format_named
from tocsin.listening.items import Item, Rejected
from tocsin.models import Direction, Post

from .conftest import fixture_bytes


def read(fmt: str, data: bytes, **options: object) -> tuple[list[Post], list[Rejected]]:
    items = list(format_named(fmt).read(data, ReadOptions(**options)))  # type: ignore[arg-type]
    return [i.post for i in items if isinstance(i, Item)], [
        i for i in items if isinstance(i, Rejected)
    ]


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("x/tweets.js", "x-archive"),
        ("facebook/your_posts_1.json", "facebook"),
        ("facebook/comments.json", "facebook"),
        ("instagram/posts_1.json", "instagram"),
        ("instagram/post_comments_1.json", "instagram"),
        ("linkedin/Shares.csv", "linkedin"),
        ("linkedin/Comments.csv", "linkedin"),
        ("youtube/comment_threads.json", "youtube"),
        ("youtube/comments.csv", "youtube"),
    ],
)
def test_exports_are_recognised(fixture: str, expected: str) -> None:
    data = fixture_bytes(fixture)
    assert detect_format(fixture.rsplit("/", 1)[1], data[:4096]).name == expected


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("posts.jsonl", b'{"text": "a"}\n', "jsonl"),
        ("stdin", b'{"text": "a"}\n{"text": "b"}', "jsonl"),
        ("posts.json", b'[{"text": "a"}]', "json"),
        ("export.csv", b"message,date\nhi,2026-01-01\n", "csv"),
        ("export.tsv", b"message\tdate\n", "csv"),
    ],
)
def test_generic_files_are_recognised(name: str, head: bytes, expected: str) -> None:
    assert detect_format(name, head).name == expected


def test_unknown_files_ask_for_a_format() -> None:
    with pytest.raises(InputError, match="--format"):
        detect_format("notes.txt", b"hello")
    with pytest.raises(InputError, match="known formats"):
        format_named("myspace")


@pytest.mark.parametrize(
    ("fmt", "data"),
    [
        ("x-archive", fixture_bytes("x/tweets.js")),
        ("facebook", fixture_bytes("facebook/comments.json")),
        ("instagram", fixture_bytes("instagram/posts_1.json")),
        ("json", b'[ {"text": "a",  "x": 1},\n  {"text": "b"} ]'),
    ],
)
def test_records_keep_their_bytes_as_in_the_file(fmt: str, data: bytes) -> None:
    items = [i for i in format_named(fmt).read(data, ReadOptions()) if isinstance(i, Item)]
    assert items
    assert all(i.raw in data and i.raw.startswith(b"{") for i in items)


def test_a_single_object_keeps_its_json() -> None:
    items = list(format_named("json").read(b'{ "text" : "a" }', ReadOptions()))
    assert isinstance(items[0], Item) and items[0].raw == b'{"text":"a"}'


def test_x_archive() -> None:
    posts, rejected = read("x-archive", fixture_bytes("x/tweets.js"), author="lumio_fr")
    assert rejected == []
    first, reply = posts
    assert first.id == "1860000000000000001" and first.platform == "x"
    assert first.direction is Direction.OUTBOUND and first.author == "lumio_fr"
    assert first.at == datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
    assert first.url == "https://x.com/lumio_fr/status/1860000000000000001"
    assert (reply.model_extra or {})["in_reply_to"] == "jeanne_r"
    assert (reply.model_extra or {})["mentions"] == ["jeanne_r"]


def test_facebook_posts_and_comments_repair_mojibake() -> None:
    posts, rejected = read("facebook", fixture_bytes("facebook/your_posts_1.json"), author="Lumio")
    assert len(posts) == 1 and len(rejected) == 1  # the photo without text
    assert (
        posts[0].text
        == "Les fêtes approchent : -20 % sur toute la gamme Lumio jusqu'au 24 décembre !"
    )
    assert posts[0].direction is Direction.OUTBOUND and posts[0].platform == "facebook"
    assert posts[0].at == datetime.fromtimestamp(1762765200, UTC)
    comments, _ = read("facebook", fixture_bytes("facebook/comments.json"), author="Lumio")
    assert comments[0].text == "Toujours aucune réponse du SAV, c'est une honte."
    assert comments[0].direction is Direction.INBOUND and comments[0].author == "Marie Exemple"


def test_instagram_captions_and_comments() -> None:
    posts, rejected = read("instagram", fixture_bytes("instagram/posts_1.json"))
    assert rejected == []
    assert [p.text for p in posts] == [
        "Nouvelle collection d’hiver ✨ #lumio",
        "Dans les coulisses de l’atelier de Lyon",
    ]
    assert posts[0].at == datetime.fromtimestamp(1763024400, UTC)
    comments, _ = read("instagram", fixture_bytes("instagram/post_comments_1.json"))
    assert comments[0].text == "Merci pour votre retour, on vous écrit en message privé !"
    assert (comments[0].model_extra or {})["in_reply_to"] == "client_heureux"


def test_linkedin_shares_and_comments() -> None:
    shares, rejected = read("linkedin", fixture_bytes("linkedin/Shares.csv"), author="lumio")
    assert rejected == []
    assert shares[0].text == "Nous recrutons ! Lumio ouvre 5 postes d'ingénieur·e à Lyon."
    assert shares[0].at == datetime(2026, 11, 12, 8, 30, tzinfo=UTC)
    assert shares[0].id and shares[0].id.startswith("https://www.linkedin.com/feed/update/")
    assert (shares[1].model_extra or {})["visibility"] == "PUBLIC"
    comments, _ = read("linkedin", fixture_bytes("linkedin/Comments.csv"))
    assert comments[0].text == "Merci Claire, bravo à toute l'équipe !"


def test_youtube_api_threads_and_takeout() -> None:
    comments, rejected = read("youtube", fixture_bytes("youtube/comment_threads.json"))
    assert rejected == []
    top, reply = comments
    assert top.text.startswith("Is the Lumio hub compatible with Matter?")
    assert top.author == "UCviewer0000000000000001" and top.author_name == "@curious_buyer"
    assert top.direction is Direction.INBOUND
    assert top.url == "https://www.youtube.com/watch?v=dQw4lumio01&lc=UgzAAAAAAAAAAAAAAAA4AaABAg"
    assert reply.text == "Same question here"
    takeout, _ = read("youtube", fixture_bytes("youtube/comments.csv"))
    assert takeout[0].text == "Merci pour vos retours, la mise à jour arrive lundi."
    assert takeout[0].direction is Direction.OUTBOUND


def test_csv_with_column_mapping() -> None:
    data = (
        "message;posted;user;ref;likes\n"
        "Lumio ne répond pas;2026-11-20T10:00:00+01:00;@jo;a1;3\n"
        ";2026-11-20T11:00:00+01:00;@al;a2;0\n"
        "Super produit;pas une date;@al;a3;1\n"
    ).encode()
    posts, rejected = read(
        "csv",
        data,
        mapping={"text": "message", "at": "posted", "author": "user", "id": "ref"},
        platform="forum",
        direction=Direction.INBOUND,
    )
    assert len(posts) == 1
    post = posts[0]
    assert (post.id, post.author, post.platform, post.direction) == (
        "a1",
        "@jo",
        "forum",
        Direction.INBOUND,
    )
    assert (post.model_extra or {})["likes"] == "3"  # other columns travel with the post
    assert [r.where for r in rejected] == ["line 3", "line 4"]
    assert "text" in rejected[0].message and "at" in rejected[1].message


def test_jsonl_keeps_each_line_as_raw_and_reports_bad_lines() -> None:
    data = b'{"id":"1","text":"a"}\n\nnot json\n[1]\n{"id":"2","text":"b","platform":"x"}\n'
    items = list(format_named("jsonl").read(data, ReadOptions()))
    assert [i.raw for i in items if isinstance(i, Item)] == [
        b'{"id":"1","text":"a"}',
        b'{"id":"2","text":"b","platform":"x"}',
    ]
    assert [i.where for i in items if isinstance(i, Rejected)] == ["line 3", "line 4"]


def test_json_array_and_unknown_map_field() -> None:
    posts, rejected = read("json", b'[{"body": "hello"}, 3]', mapping={"text": "body"})
    assert posts[0].text == "hello" and rejected[0].where == "item 2"
    _, rejected = read("json", b'[{"body": "hello"}]', mapping={"texte": "body"})
    assert "not a post field" in rejected[0].message


def test_every_format_has_a_bilingual_description() -> None:
    for cls in FORMATS:
        assert set(cls.description) == {"en", "fr"}
