"""``tocsin profile``: validate the organisation profile."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import ConfigurationError
from ..profile import load_profile
from ..services.screening import resolve_config
from .state import state

app = typer.Typer(help="Organisation profile (tocsin.toml).", no_args_is_help=True)


@app.command("check")
def check_profile(
    ctx: typer.Context,
    path: Annotated[
        Path | None, typer.Argument(help="Profile to check (default: the one --config resolves).")
    ] = None,
) -> None:
    """Validate a profile and report every problem with its key and line (exit code 2)."""
    target = path or resolve_config(state(ctx).config)
    if target is None:
        raise ConfigurationError(
            "No profile to check: pass a path, --config, set TOCSIN_CONFIG, "
            "or create ./tocsin.toml with `tocsin init`."
        )
    profile = load_profile(target)
    org = profile.organisation
    typer.echo(
        f"{target} is valid: {org.name} ({', '.join(org.languages)}, {org.timezone}); "
        f"{len(profile.brands)} brand(s), {len(profile.competitors)} competitor(s), "
        f"{len(profile.confidential.terms)} confidential term(s), {len(profile.people)} "
        f"person(s), {len(profile.quiet_periods)} quiet period(s)."
    )
