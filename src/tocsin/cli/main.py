"""The ``tocsin`` command: global options and the registration of every command group.

Exit codes: 0 done; 1 ``--fail-on`` reached (``check``) or a failed verification; 2 usage,
configuration or input error. A :class:`~tocsin.errors.TocsinError` is printed as its message,
never as a traceback.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from ..errors import TocsinError
from . import check
from .state import State, state

#: every command but ``check``, in the order of ``tocsin --help``: name -> (module of tocsin.cli,
#: its Typer group or command function). Each is imported when named, so that ``tocsin check`` does
#: not import the archive, the brand watch or the models to start.
LAZY_COMMANDS: dict[str, tuple[str, str]] = {
    "init": ("init", "init"),
    "demo": ("demo", "demo"),
    "import": ("ingest", "import_"),
    "ingest": ("ingest", "ingest"),
    "serve": ("main", "serve"),
    "profile": ("profile", "app"),
    "detectors": ("detectors", "app"),
    "db": ("db", "app"),
    "ml": ("ml", "app"),
    "brand": ("brand", "app"),
    "archive": ("archive", "app"),
    "sources": ("sources", "app"),
}


class TocsinGroup(TyperGroup):
    """Turns every :class:`TocsinError` into its message on stderr and its exit code; loads the
    commands of :data:`LAZY_COMMANDS` when they are named (or listed, for ``--help``)."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except TocsinError as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(exc.exit_code) from None

    def list_commands(self, ctx: Any) -> list[str]:
        names = super().list_commands(ctx)
        return [*names, *(name for name in LAZY_COMMANDS if name not in names)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in LAZY_COMMANDS:
            self.add_command(_lazy_command(cmd_name), cmd_name)
        return super().get_command(ctx, cmd_name)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except Exception:
            if all(name in self.commands for name in LAZY_COMMANDS):
                raise
            # an unknown command: load them all, so that "Did you mean" knows every name
            for name in LAZY_COMMANDS:
                self.get_command(ctx, name)
            return super().resolve_command(ctx, args)


def _nothing() -> None:
    """A group callback: it makes the holder of :func:`_lazy_command` a group."""


def _lazy_command(name: str) -> Any:
    """The click command of a lazy command, built as ``app.add_typer``/``app.command`` would."""
    module, attribute = LAZY_COMMANDS[name]
    target = getattr(importlib.import_module(f"{__package__}.{module}"), attribute)
    holder = typer.Typer(
        rich_markup_mode=app.rich_markup_mode, pretty_exceptions_enable=False, add_completion=False
    )
    holder.callback()(_nothing)
    if isinstance(target, typer.Typer):
        holder.add_typer(target, name=name)
    else:
        holder.command(name)(target)
    return typer.main.get_command(holder).commands[name]  # type: ignore[attr-defined]


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
