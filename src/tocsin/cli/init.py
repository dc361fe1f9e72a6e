"""``tocsin init``: write a commented starter profile that validates."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Annotated

import typer

from ..errors import InputError


def starter_profile() -> str:
    return files("tocsin").joinpath("profile_template.toml").read_text(encoding="utf-8")


def init(
    path: Annotated[Path, typer.Argument(help="Where to write the profile.")] = Path("tocsin.toml"),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented starter tocsin.toml (French and English comments)."""
    if path.exists() and not force:
        raise InputError(f"{path} already exists; use --force to overwrite it.")
    try:
        path.write_text(starter_profile(), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot be written ({exc.strerror})") from None
    typer.echo(f"Wrote {path}. Edit it, then run `tocsin profile check {path}`.")
