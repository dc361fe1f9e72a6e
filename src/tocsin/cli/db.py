"""``tocsin db``: create and migrate the store's database."""

from __future__ import annotations

from typing import Annotated

import typer

app = typer.Typer(
    help="Create and migrate the database ($TOCSIN_DATABASE_URL, default sqlite:///tocsin.db).",
    no_args_is_help=True,
)

UrlOption = Annotated[
    str | None,
    typer.Option(
        "--url",
        help="Database URL; defaults to $TOCSIN_DATABASE_URL, then sqlite:///tocsin.db.",
        show_default=False,
    ),
]


def _url(url: str | None) -> str:
    if url is not None:
        return url
    from ..settings import get_settings

    return get_settings().database_url


@app.command()
def upgrade(url: UrlOption = None) -> None:
    """Create the tables or migrate them to this version's schema; prints the revision."""
    from ..store.database import Store

    with Store(_url(url)) as store:
        revision = store.upgrade()
    typer.echo(f"{revision} (head)")


@app.command()
def current(url: UrlOption = None) -> None:
    """Print the database's schema revision, and whether `tocsin db upgrade` is needed."""
    from ..store.database import SCHEMA_REVISION, Store

    with Store(_url(url)) as store:
        revision = store.current()
    if revision is None:
        typer.echo("none (empty database: run `tocsin db upgrade`)")
    elif revision == SCHEMA_REVISION:
        typer.echo(f"{revision} (head)")
    else:
        typer.echo(f"{revision} (head is {SCHEMA_REVISION}: run `tocsin db upgrade`)")
