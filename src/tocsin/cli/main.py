"""The ``tocsin`` command: global options and the registration of every command group.

Exit codes: 0 done; 1 ``--fail-on`` reached (``check``) or a failed verification; 2 usage,
configuration or input error. A :class:`~tocsin.errors.TocsinError` is printed as its message,
never as a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from ..errors import TocsinError
from . import archive, brand, check, db, demo, detectors, ingest, init, ml, profile, sources
from .state import State, state


class TocsinGroup(TyperGroup):
    """Turns every :class:`TocsinError` into its message on stderr and its exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except TocsinError as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(exc.exit_code) from None


app = typer.Typer(
    name="tocsin",
    cls=TocsinGroup,
    help="Tocsin — social media risk management (screen posts, listen, archive, govern).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)


def _print_version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"tocsin {__version__}")
        raise typer.Exit(0)


@app.callback()
def main(
    ctx: typer.Context,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            "-c",
            help="Organisation profile (TOML). Default: $TOCSIN_CONFIG, then ./tocsin.toml.",
            dir_okay=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="Print the version and exit.", is_eager=True, callback=_print_version
        ),
    ] = False,
) -> None:
    ctx.obj = State(config=config)


app.command("check")(check.check)
app.command("init")(init.init)
app.command("demo")(demo.demo)
app.add_typer(profile.app, name="profile")
app.add_typer(detectors.app, name="detectors")
app.add_typer(db.app, name="db")
app.add_typer(ml.app, name="ml")
app.add_typer(brand.app, name="brand")
app.add_typer(archive.app, name="archive")
app.command("import")(ingest.import_)
app.command("ingest")(ingest.ingest)
app.add_typer(sources.app, name="sources")


@app.command("serve")
def serve(
    ctx: typer.Context,
    host: Annotated[
        str | None, typer.Option(help="Address to listen on (default 127.0.0.1).")
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on (default 8000).")] = None,
) -> None:
    """Run the web app and the REST API."""
    from .serve import serve as run_server

    run_server(host=host, port=port, config=state(ctx).config)


def run() -> None:
    """Console-script entry point."""
    try:
        app()
    except TocsinError as exc:
        typer.echo(f"Error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except BrokenPipeError:  # `tocsin check --jsonl big.jsonl | head`
        sys.stderr.close()
        sys.exit(0)
    except KeyboardInterrupt:
        typer.echo("Interrupted.", err=True)
        sys.exit(130)
