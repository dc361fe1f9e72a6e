"""Tocsin: social media risk management — screen, listen, archive, govern. French and English.

The public API::

    from tocsin import Engine, Post, load_profile
    engine = Engine(load_profile("tocsin.toml"))
    result = engine.screen(Post(text="Le projet Nightjar sort demain !"))
    result.decision, result.findings
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .errors import ProfileError, TocsinError
from .models import Category, Decision, Direction, Finding, Post, Result, Severity
from .profile import Profile, load_profile, parse_profile
from .screening.engine import Engine

try:
    __version__ = version("tocsin")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0"

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
