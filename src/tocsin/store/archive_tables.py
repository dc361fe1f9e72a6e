"""Tamper-evident archive: records, tree heads, retention, legal holds, audit (issue #7).

Tables here share :data:`tocsin.store.tables.metadata`; ``tables.py`` imports this module so the
metadata (and the migration check) always sees them.
"""

from __future__ import annotations

from .tables import metadata

__all__ = ["metadata"]
