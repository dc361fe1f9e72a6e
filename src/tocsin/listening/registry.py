"""The connectors known to this installation: the built-ins and those of plug-ins, by kind."""

from __future__ import annotations

import importlib

from ..errors import PluginError, SourceError
from ..plugins import plugin_manager
from .connectors.base import Connector

BUILTIN_PLUGIN = "tocsin.listening.connectors"


def connector_classes() -> dict[str, type[Connector]]:
    """Every registered connector class by kind, built-ins first."""
    pm = plugin_manager()
    if pm.get_plugin(BUILTIN_PLUGIN) is None:
        pm.register(importlib.import_module(BUILTIN_PLUGIN), name=BUILTIN_PLUGIN)
    found: dict[str, type[Connector]] = {}
    for batch in reversed(pm.hook.register_connectors()):
        for cls in batch or []:
            if not (isinstance(cls, type) and issubclass(cls, Connector)):
                raise PluginError(f"A plug-in registered {cls!r}, which is not a Connector class.")
            if cls.kind in found and found[cls.kind] is not cls:
                raise PluginError(f"Two plug-ins register a connector of kind {cls.kind!r}.")
            found[cls.kind] = cls
    return found


def connector_class(kind: str) -> type[Connector]:
    classes = connector_classes()
    try:
        return classes[kind]
    except KeyError:
        raise SourceError(
            f"Unknown source kind {kind!r}; known kinds: {', '.join(sorted(classes))}."
        ) from None
