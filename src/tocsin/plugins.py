"""The plug-in manager: built-in detectors load through the same hook as third-party ones."""

from __future__ import annotations

import importlib
from functools import lru_cache

import pluggy

from . import hookspecs
from .errors import PluginError
from .screening.detectors.base import Detector

#: the built-in plug-ins, one per detector family (each package lists its detectors)
DEFAULT_PLUGINS: tuple[str, ...] = tuple(
    f"tocsin.screening.detectors.{family}"
    for family in (
        "confidential",
        "pii",
        "secrets",
        "financial",
        "compliance",
        "reputation",
        "human_resources",
        "personal_security",
        "competition",
        "brand",
    )
)


@lru_cache(maxsize=1)
def plugin_manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager("tocsin")
    pm.add_hookspecs(hookspecs)
    for name in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(name), name=name)
    try:
        pm.load_setuptools_entrypoints("tocsin")
    except Exception as exc:  # a broken third-party plug-in must say so, not crash with a traceback
        raise PluginError(f"A Tocsin plug-in could not be loaded: {exc}") from exc
    return pm


def detector_classes() -> list[type[Detector]]:
    """Every registered detector class, built-ins first, in a stable order."""
    seen: dict[str, type[Detector]] = {}
    for batch in reversed(plugin_manager().hook.register_detectors()):
        for cls in batch or []:
            if not (isinstance(cls, type) and issubclass(cls, Detector)):
                raise PluginError(f"A plug-in registered {cls!r}, which is not a Detector class.")
            if cls.name in seen and seen[cls.name] is not cls:
                raise PluginError(f"Two plug-ins register a detector named {cls.name!r}.")
            seen[cls.name] = cls
    return list(seen.values())
