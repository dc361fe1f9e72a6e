"""The store: posts, screening results and findings in SQLite or PostgreSQL (docs/storage.md).

``open_store(url)`` gives a migrated :class:`Store`; its methods are the queries the rest of
Tocsin uses. Tables live in :mod:`tocsin.store.tables`, migrations in ``migrations/``.
"""

from __future__ import annotations

from .database import SCHEMA_REVISION, Store, open_store
from .posts import StoredPost, natural_key

__all__ = ["SCHEMA_REVISION", "Store", "StoredPost", "natural_key", "open_store"]
