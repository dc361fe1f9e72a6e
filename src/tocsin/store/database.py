"""The store: one database (SQLite file or PostgreSQL), its connections, migrations and errors.

``Store(url)`` checks the URL and prepares the engine without touching the database;
:meth:`Store.upgrade` migrates it to the schema of this version (Alembic, idempotent), and
:func:`open_store` does both. Every database failure reaches the caller as a
:class:`~tocsin.errors.StorageError` whose message says what to do.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from ..brand import cases as brand_cases
from ..errors import StorageError
from ..models import Post, Result
from . import posts as post_queries
from .posts import BATCH_SIZE, ENGINE_VERSION, NewPost, StoredPost

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")

#: ``within(connection, batch, new)`` of :meth:`Store.save_many`.
WithinBatch = Callable[[Connection, list[tuple[Post, Result]], list[NewPost]], None]

# The newest migration this code knows; a test checks that it is Alembic's head. Knowing it lets
# open_store() skip loading Alembic when the database is already up to date.
SCHEMA_REVISION = "0006"

VERSION_TABLE = "alembic_version"

# Key of the PostgreSQL advisory lock that serialises concurrent migrations (any constant int64).
_MIGRATION_LOCK = 0x70C5_1E_DB

_POSTGRES_ALIASES = {"postgres", "postgresql"}
_PASSWORD = re.compile(r"(//[^:/@]*:)[^@]*@")  # user:password@ in a URL that does not parse
_HINT = (
    "Set TOCSIN_DATABASE_URL to sqlite:///path/to/tocsin.db or postgresql+psycopg://user@host/db."
)


def parse_url(url: str | URL) -> URL:
    """The SQLAlchemy URL of the store; :class:`StorageError` when Tocsin cannot use it."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        shown = _PASSWORD.sub(r"\1***@", str(url))
        raise StorageError(f"{shown!r} is not a database URL. {_HINT}") from None
    backend = parsed.get_backend_name()
    if backend in _POSTGRES_ALIASES and "+" not in parsed.drivername:
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif backend == "sqlite" and parsed.host:
        raise StorageError(
            f"{parsed.render_as_string(hide_password=True)!r}: a SQLite URL has three slashes "
            "before a relative path (sqlite:///tocsin.db) and four before an absolute one "
            "(sqlite:////var/lib/tocsin/tocsin.db)."
        )
    elif backend not in ("sqlite", "postgresql"):
        raise StorageError(
            f"Unsupported database {parsed.drivername!r}: Tocsin stores its data in SQLite or "
            f"PostgreSQL. {_HINT}"
        )
    return parsed


def sqlite_path(url: URL) -> Path | None:
    """The file of a SQLite URL, or None for an in-memory or ``file:`` URI database."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def _json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=True, default=str)


def _make_engine(url: URL) -> Engine:
    kwargs: dict[str, Any] = {"json_serializer": _json_dumps}
    connect_args: dict[str, Any] = {}
    if url.get_backend_name() == "sqlite":
        connect_args = {"timeout": 30, "check_same_thread": False}
        if sqlite_path(url) is None and "uri" not in url.query:
            kwargs["poolclass"] = StaticPool  # one shared in-memory database
    else:
        kwargs["pool_pre_ping"] = True
        if "connect_timeout" not in url.query:
            connect_args["connect_timeout"] = 10
    try:
        engine = create_engine(url, connect_args=connect_args, **kwargs)
    except (NoSuchModuleError, ImportError) as exc:
        extra = " Install it with: pip install 'tocsin[postgres]'." if "psycopg" in str(exc) else ""
        raise StorageError(
            f"The database driver for {url.drivername!r} is not installed ({exc}).{extra}"
        ) from exc
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    """WAL, foreign keys, and real transactions (DDL included) on every SQLite connection.

    The sqlite3 module's own transaction handling is switched off and SQLAlchemy emits BEGIN
    itself, as SQLAlchemy's documentation recommends; write transactions use BEGIN IMMEDIATE
    so that concurrent writers wait for each other instead of failing.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            try:
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=NORMAL")
            except sqlite3.OperationalError:
                pass  # read-only file: reads still work, writes fail with a clear message
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get("tocsin_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if mode else "BEGIN")


class Store:
    """Posts, their screening results and findings, in one SQLite or PostgreSQL database."""

    def __init__(self, url: str | URL) -> None:
        self.url = parse_url(url)
        self.display_url = self.url.render_as_string(hide_password=True)
        self.path = sqlite_path(self.url)
        if self.path is not None and not self.path.parent.is_dir():
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(
                    f"Cannot create the directory {self.path.parent} for the SQLite database: "
                    f"{exc.strerror or exc}. Choose another path in TOCSIN_DATABASE_URL."
                ) from exc
        self.engine = _make_engine(self.url)

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    # -- connections and errors ---------------------------------------------------------------

    @contextmanager
    def transaction(self, *, write: bool = False) -> Iterator[Connection]:
        """A connection in a transaction, committed at the end; errors become StorageError."""
        try:
            connection = self.engine.connect()
        except SQLAlchemyError as exc:
            raise StorageError(self._cannot_connect(exc)) from exc
        try:
            if write:
                connection = connection.execution_options(tocsin_write=True)
            with connection.begin():
                yield connection
        except SQLAlchemyError as exc:
            raise StorageError(self._failed(exc)) from exc
        finally:
            connection.close()

    def _cannot_connect(self, exc: SQLAlchemyError) -> str:
        reason = _reason(exc)
        if self.path is not None:
            return (
                f"Cannot open the SQLite database {self.path}: {reason}. Check that the file "
                "and its directory exist and are readable and writable."
            )
        if "does not exist" in reason and self.url.database:
            return (
                f"The database {self.url.database!r} does not exist on {self.display_url}. "
                f"Create it (createdb {self.url.database}) or fix TOCSIN_DATABASE_URL."
            )
        return (
            f"Cannot connect to the database {self.display_url}: {reason}. Check that the "
            "server is running and reachable and that TOCSIN_DATABASE_URL is right."
        )

    def _failed(self, exc: SQLAlchemyError) -> str:
        reason = _reason(exc)
        lowered = reason.lower()
        where = str(self.path) if self.path is not None else self.display_url
        if "readonly" in lowered or "read-only" in lowered:
            return (
                f"The database {where} is read-only ({reason}). Check the permissions of the "
                "file and its directory, or use another TOCSIN_DATABASE_URL."
            )
        if "unable to open" in lowered:
            return (
                f"Cannot open the SQLite database {where}: {reason}. Check that the file and "
                "its directory exist and are writable."
            )
        if "locked" in lowered:
            return f"The database {where} is busy (locked by another process); try again."
        if "no such table" in lowered or ("relation" in lowered and "does not exist" in lowered):
            return (
                f"The database {where} has not been created or migrated ({reason}). "
                "Run `tocsin db upgrade`."
            )
        return f"Database error on {where}: {reason}"

    # -- migrations ---------------------------------------------------------------------------

    def current(self) -> str | None:
        """The schema revision of the database, or None when it has never been migrated."""
        if self.path is not None and not self.path.exists():
            return None
        with self.transaction() as connection:
            return _read_revision(connection)

    def head(self) -> str:
        """The newest schema revision this version of Tocsin knows."""
        from alembic.script import ScriptDirectory

        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        if head is None:  # pragma: no cover - the package always ships migrations
            raise StorageError("No database migrations found in the Tocsin package.")
        return head

    def upgrade(self, revision: str = "head") -> str:
        """Migrate to ``revision`` (default: the newest), and return the revision reached.

        Idempotent and safe when several processes do it at once (they wait for each other).
        """
        if revision in ("head", SCHEMA_REVISION) and self.current() == SCHEMA_REVISION:
            return SCHEMA_REVISION
        return self._migrate("upgrade", revision)

    def downgrade(self, revision: str) -> str:
        """Migrate down to ``revision`` (``base`` removes every table); returns where it is."""
        return self._migrate("downgrade", revision)

    def _migrate(self, direction: str, revision: str) -> str:
        from alembic import command
        from alembic.util import CommandError

        with self.transaction(write=True) as connection:
            if self.dialect == "postgresql":
                lock = text("SELECT pg_advisory_xact_lock(:key)")
                connection.execute(lock, {"key": _MIGRATION_LOCK})
            current = _read_revision(connection)
            config = alembic_config(connection=connection)
            try:
                if direction == "upgrade":
                    if not (revision == "head" and current == SCHEMA_REVISION):
                        command.upgrade(config, revision)
                else:
                    command.downgrade(config, revision)
            except CommandError as exc:
                raise StorageError(self._migration_error(current, exc)) from exc
            reached = _read_revision(connection)
        return reached or "base"

    def _migration_error(self, current: str | None, exc: Exception) -> str:
        if current is not None and "Can't locate revision" in str(exc):
            return (
                f"The database {self.display_url} is at schema revision {current!r}, which this "
                "version of Tocsin does not know: it was migrated by a newer Tocsin. Upgrade "
                "Tocsin, or use another database."
            )
        return f"Cannot migrate the database {self.display_url}: {exc}"

    # -- posts --------------------------------------------------------------------------------

    def save(
        self,
        post: Post,
        result: Result,
        *,
        profile: str | None = None,
        engine_version: str = ENGINE_VERSION,
    ) -> bool:
        """Store a post with its result; False when the post was already stored (nothing added)."""
        return self.save_many([(post, result)], profile=profile, engine_version=engine_version) == 1

    def save_many(
        self,
        pairs: Iterable[tuple[Post, Result]],
        *,
        profile: str | None = None,
        engine_version: str = ENGINE_VERSION,
        batch_size: int = BATCH_SIZE,
        within: WithinBatch | None = None,
    ) -> int:
        """Store posts with their results, ``batch_size`` per transaction; returns the number new.

        Posts already stored (same natural key), including repeats within ``pairs``, add nothing.
        A failure leaves the batches before it committed. ``within(connection, batch, new)`` is
        called in each batch's transaction, after the insert, with the posts that were new: what
        it writes (raw payloads, matched terms, a source's cursor) commits with them or not at all.
        New posts with brand-hijacking findings open or update impersonation cases
        (:func:`tocsin.brand.cases.record`) in the same transaction.
        """
        inserted = 0
        for batch in post_queries.batches(pairs, batch_size):
            with self.transaction(write=True) as connection:
                new = post_queries.insert_new(
                    connection, batch, profile=profile, engine_version=engine_version
                )
                brand_cases.record(connection, [(n.pk, n.post, n.result) for n in new])
                if within is not None:
                    within(connection, batch, new)
                inserted += len(new)
        return inserted

    def count_posts(self) -> int:
        with self.transaction() as connection:
            return post_queries.count_posts(connection)

    def recent(self, limit: int = 50) -> list[StoredPost]:
        """The ``limit`` newest posts (by their date, then by arrival), with their latest result."""
        with self.transaction() as connection:
            return post_queries.recent(connection, limit)

    # -- life cycle ---------------------------------------------------------------------------

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.display_url!r})"


def open_store(url: str | URL | None = None) -> Store:
    """The store at ``url`` (default: ``TOCSIN_DATABASE_URL``), migrated to the current schema."""
    if url is None:
        from ..settings import get_settings

        url = get_settings().database_url
    store = Store(url)
    try:
        store.upgrade()
    except BaseException:
        store.close()
        raise
    return store


def alembic_config(*, connection: Connection | None = None, url: str | None = None) -> Config:
    """An Alembic configuration for the migrations shipped in the package (no alembic.ini).

    Pass the ``connection`` to migrate on, or a ``url`` for Alembic commands run by hand, e.g.
    ``alembic.command.revision(alembic_config(url=...), "add x", autogenerate=True)``.
    """
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    if url is not None:
        rendered = parse_url(url).render_as_string(hide_password=False)
        config.set_main_option("sqlalchemy.url", rendered.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _read_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    return rows[0] if rows else None


def _reason(exc: SQLAlchemyError) -> str:
    """The first line of the driver's message, without SQLAlchemy's decorations."""
    orig = getattr(exc, "orig", None)
    message = str(orig) if orig is not None else str(exc)
    lines = [line.strip() for line in message.strip().splitlines() if line.strip()]
    return lines[0].rstrip(".") if lines else type(exc).__name__
