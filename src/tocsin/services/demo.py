"""The demo organisation: its profile and posts ship in ``tocsin/demo``."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..models import Post, utcnow
from ..profile import load_profile
from ..screening.engine import Engine
from .screening import dumps, parse_post_line

if TYPE_CHECKING:
    from ..store.database import Store


@dataclass(frozen=True, slots=True)
class DemoSummary:
    profile_path: Path
    database_url: str
    posts: int
    new: int
    decisions: dict[str, int]


def demo_file(name: str) -> str:
    return files("tocsin.demo").joinpath(name).read_text(encoding="utf-8")


def load_demo(directory: Path, *, overwrite: bool = False) -> DemoSummary:
    """Write ``directory/tocsin.toml`` and store the demo posts, screened, in the database.

    The database is ``$TOCSIN_DATABASE_URL`` when set, else ``directory/tocsin.db``. Running it
    twice adds nothing (posts are deduplicated).
    """
    from ..store.database import open_store

    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{directory}: cannot be created ({exc.strerror})") from None
    profile_path = directory / "tocsin.toml"
    text = demo_file("tocsin.toml")
    if profile_path.exists() and profile_path.read_text(encoding="utf-8") != text and not overwrite:
        raise InputError(
            f"{profile_path} exists and is not the demo profile; use --force to overwrite it."
        )
    profile_path.write_text(text, encoding="utf-8")
    engine = Engine(load_profile(profile_path))
    default_url = f"sqlite:///{(directory / 'tocsin.db').resolve()}"
    url = os.environ.get("TOCSIN_DATABASE_URL") or default_url
    pairs = []
    for line in demo_file("posts.jsonl").splitlines():
        if line.strip():
            post = parse_post_line(line)
            pairs.append((post, engine.screen(post)))
    store = open_store(url)
    try:
        new = store.save_many(pairs, profile=engine.profile.organisation.name)
        stream = replay_stream(store, engine)
    finally:
        store.close()
    decisions = Counter(result.decision.value for _, result in pairs)
    decisions.update(stream.decisions)
    return DemoSummary(
        profile_path, url, len(pairs) + stream.read, new + stream.new, dict(decisions)
    )


@dataclass(frozen=True, slots=True)
class StreamSummary:
    read: int
    new: int
    decisions: Counter[str]


def replay_stream(store: Store, engine: Engine, *, end: datetime | None = None) -> StreamSummary:
    """Ingest the demo's listening stream (tocsin.demo.stream) like any source: screened,
    mentions matched, stored and archived; replaying it again adds nothing."""
    from ..demo.stream import stream
    from ..listening.items import Item
    from .ingest import ingest_items

    posts = [Post.model_validate(fields) for fields in stream(end or utcnow())]
    items = [Item(dumps(post.model_dump(mode="json")).encode("utf-8"), post) for post in posts]
    report = ingest_items(store, engine, items, source="demo:stream", captured_by="tocsin demo")
    return StreamSummary(report.read, report.new, report.decisions)
