"""Documentation is part of the contract: undocumented settings, commands or hooks fail here."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
import typer

from tocsin import hookspecs
from tocsin.settings import Settings

DOCS = Path(__file__).resolve().parents[1] / "docs"
README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    from tocsin.cli.main import app

    root = typer.main.get_command(app)
    out: list[str] = []

    def walk(cmd: typer.core.TyperGroup | object, path: str) -> None:
        if isinstance(cmd, typer.core.TyperGroup):  # lazy commands load when asked for
            ctx = typer.Context(cmd)
            for name in cmd.list_commands(ctx):
                walk(cmd.get_command(ctx, name), f"{path} {name}".strip())
        else:
            out.append(path)

    walk(root, "")
    return out


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_every_setting_is_documented(name: str) -> None:
    assert f"`TOCSIN_{name.upper()}`" in (DOCS / "settings.md").read_text(encoding="utf-8")
    assert Settings.model_fields[name].description


@pytest.mark.parametrize("command", _commands())
def test_every_command_is_documented(command: str) -> None:
    assert f"tocsin {command}" in (DOCS / "cli.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "hook",
    [n for n, f in inspect.getmembers(hookspecs, inspect.isfunction) if hasattr(f, "tocsin_spec")],
)
def test_every_hook_is_documented(hook: str) -> None:
    assert f"`{hook}()`" in (DOCS / "plugins.md").read_text(encoding="utf-8")


def test_readme_gives_the_two_commands() -> None:
    assert "make run" in README and "make test" in README


def test_every_docs_page_is_indexed() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    for page in DOCS.glob("*.md"):
        if page.name != "index.md":
            assert f"({page.name})" in index, page.name


def _detectors() -> list[tuple[str, str]]:
    from tocsin.plugins import detector_classes

    return [(cls.__module__.split(".")[-2], cls.name) for cls in detector_classes()]


@pytest.mark.parametrize(("family", "name"), _detectors())
def test_every_detector_is_documented(family: str, name: str) -> None:
    assert f"`{name}`" in (DOCS / "detectors.md").read_text(encoding="utf-8")
    assert name in (DOCS / "detectors" / f"{family}.md").read_text(encoding="utf-8")
