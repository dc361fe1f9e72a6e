"""``tocsin detectors``: what the screening engine runs."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from ..plugins import detector_classes

app = typer.Typer(help="Screening detectors (built-in and plug-ins).", no_args_is_help=True)


@app.command("list")
def list_detectors(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show every detector with its version, categories and languages."""
    rows: list[dict[str, Any]] = [
        {
            "name": cls.name,
            "version": cls.version,
            "categories": [c.value for c in cls.categories],
            "languages": list(cls.languages),
            "directions": list(cls.directions),
            "module": cls.__module__,
            "description": cls.description,
        }
        for cls in detector_classes()
    ]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title="Tocsin detectors")
    table.add_column("name", no_wrap=True)
    table.add_column("version", no_wrap=True)
    table.add_column("categories")
    table.add_column("languages")
    table.add_column("description", ratio=1)
    for r in rows:
        langs = ", ".join(r["languages"]).replace("*", "any")
        table.add_row(
            r["name"], r["version"], ", ".join(r["categories"]), langs, escape(r["description"])
        )
    Console().print(table)
