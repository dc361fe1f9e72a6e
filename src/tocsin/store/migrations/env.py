"""Alembic environment of the store, driven from code (``tocsin.store.database``).

``Store`` passes the connection to migrate on in ``config.attributes["connection"]``; without
one (Alembic commands run by hand through ``alembic_config(url=...)``), it connects to
``sqlalchemy.url``. Offline mode writes the SQL instead of running it.
"""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection

from tocsin.store.archive_tables import is_search_index
from tocsin.store.tables import SafeText, UTCDateTime, metadata

config = context.config


def render_item(kind: str, item: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Write the database types of the store's own column types in new migrations."""
    if kind == "type" and isinstance(item, SafeText):
        return "sa.Text()"
    if kind == "type" and isinstance(item, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _configure(**kwargs: Any) -> None:
    context.configure(
        target_metadata=metadata,
        render_as_batch=True,  # SQLite changes columns by copying the table
        compare_type=True,
        render_item=render_item,
        include_name=lambda name, _kind, _parent: not is_search_index(name or ""),
        include_object=lambda _obj, name, *_rest: not is_search_index(name or ""),
        **kwargs,
    )


def _run(connection: Connection) -> None:
    _configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    _configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from tocsin.store.database import Store

    store = Store(config.get_main_option("sqlalchemy.url") or "")
    try:
        with store.transaction(write=True) as own:
            _run(own)
    finally:
        store.close()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
