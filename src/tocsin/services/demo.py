"""The demo organisation: its profile and posts ship in ``tocsin/demo``."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from ..errors import InputError
from ..profile import load_profile
from ..screening.engine import Engine
from .screening import parse_post_line


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
    finally:
        store.close()
    decisions = Counter(result.decision.value for _, result in pairs)
    return DemoSummary(profile_path, url, len(pairs), new, dict(decisions))
