"""Word lists shipped as text files in ``tocsin/screening/lexicons/``: one entry a line, as
written (case and accents kept), ``#`` comment lines and blank lines skipped. Detectors that share
a list read it from here, so that it is written once."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of ``lexicons/<name>``, in file order."""
    path = files("tocsin.screening").joinpath("lexicons", name)
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))
