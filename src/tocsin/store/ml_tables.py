"""Text models: review labels and model metadata (issue #6), if any table is needed.

Tables here share :data:`tocsin.store.tables.metadata`; ``tables.py`` imports this module so the
metadata (and the migration check) always sees them.
"""

from __future__ import annotations

from .tables import metadata

__all__ = ["metadata"]
