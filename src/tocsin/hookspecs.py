"""The hooks a Tocsin plug-in may implement (pluggy). Built-ins use the very same hooks.

A plug-in is a module or object with functions decorated by :data:`hookimpl`, registered through
the ``tocsin`` entry-point group of its distribution::

    [project.entry-points.tocsin]
    my_detectors = "my_package.tocsin_plugin"
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from .listening.connectors.base import Connector
    from .screening.detectors.base import Detector

hookspec = pluggy.HookspecMarker("tocsin")
hookimpl = pluggy.HookimplMarker("tocsin")


@hookspec
def register_detectors() -> list[type[Detector]]:  # type: ignore[empty-body]
    """Return the detector classes this plug-in provides.

    Each class is instantiated once per organisation profile by the screening engine.
    """


@hookspec
def register_connectors() -> list[type[Connector]]:  # type: ignore[empty-body]
    """Return the listening connector classes this plug-in provides (see docs/listening.md).

    Each class is instantiated per source run with the source's options and an ``httpx.Client``.
    """
