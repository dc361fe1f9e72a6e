"""Tocsin: social media risk management — screen, listen, archive, govern. French and English.

The public API::

    from tocsin import Engine, Post, load_profile
    engine = Engine(load_profile("tocsin.toml"))
    result = engine.screen(Post(text="Le projet Nightjar sort demain !"))
    result.decision, result.findings
"""

from __future__ import annotations

from .errors import ProfileError, TocsinError
from .models import Category, Decision, Direction, Finding, Post, Result, Severity
from .profile import Profile, load_profile, parse_profile
from .screening.engine import Engine


def __getattr__(name: str) -> str:
    # The version is read from the installed metadata only when asked (importlib.metadata is
    # slow to import, and `tocsin check` does not need it).
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("tocsin")
        except PackageNotFoundError:  # pragma: no cover - source tree without install
            return "0.0.0"
    raise AttributeError(f"module 'tocsin' has no attribute {name!r}")


__all__ = [
    "Category",
    "Decision",
    "Direction",
    "Engine",
    "Finding",
    "Post",
    "Profile",
    "ProfileError",
    "Result",
    "Severity",
    "TocsinError",
    "__version__",
    "load_profile",
    "parse_profile",
]
