"""`tocsin serve` runs the sources on their schedule in process (start_scheduler)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from tocsin import Engine
from tocsin.cli.serve import start_scheduler
from tocsin.listening.sources import SourceSpec
from tocsin.services.ingest import add_source
from tocsin.settings import Settings
from tocsin.store import listening as queries
from tocsin.store.database import open_store
from tocsin.web import create_app

from .conftest import fixture_bytes, local_server


@pytest.fixture
def feed_url() -> Iterator[str]:
    with local_server(lambda path: ("application/rss+xml", fixture_bytes("rss/feed.xml"))) as url:
        yield f"{url}/feed.xml"


def test_sources_run_in_the_serving_process(tmp_path: Path, engine: Engine, feed_url: str) -> None:
    url = f"sqlite:///{tmp_path / 'serve.db'}"
    with open_store(url) as store:
        add_source(store, None, SourceSpec(name="press", kind="rss", options={"url": feed_url}))
    settings = Settings(api_token=SecretStr("t"), database_url=url)
    scheduler = start_scheduler(create_app(settings, engine=engine))
    try:
        with open_store(url) as store:
            for _ in range(400):
                with store.transaction() as connection:
                    health = queries.health(connection).get("press")
                if health is not None and health.runs:
                    break
                time.sleep(0.05)
            assert health is not None and health.status == "ok"
            assert store.count_posts() == 2  # both entries name Lumio or Brillix
    finally:
        scheduler.stop()
