"""``tocsin demo``: a realistic bilingual demo organisation (Lumio SA) with screened posts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..services.demo import load_demo


def demo(
    directory: Annotated[
        Path, typer.Option("--dir", help="Folder for the demo profile and database.")
    ] = Path("."),
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite an existing tocsin.toml there.")
    ] = False,
) -> None:
    """Write the demo profile (Lumio SA) and load its posts, screened, into the store."""
    summary = load_demo(directory, overwrite=force)
    typer.echo(
        f"Demo organisation Lumio SA ready in {directory}/: profile {summary.profile_path.name}, "
        f"{summary.posts} posts screened ({summary.new} new) in {summary.database_url}."
    )
    typer.echo(
        "Decisions: "
        + ", ".join(f"{k} {v}" for k, v in sorted(summary.decisions.items()))
        + f". Try: cd {directory} && tocsin check \"Le projet Nightjar arrive !\""
    )
