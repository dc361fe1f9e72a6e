"""The checks of the rounds' table tests: a row's (detector, kind) is among the findings, a
near-miss row gets no finding of its detector (round 11); a row's category is found or not
(rounds 20 to 23, each row with its direction and date)."""

from __future__ import annotations

from datetime import datetime

from tocsin import Engine


def assert_found(engine: Engine, text: str, direction: str, detector: str, kind: str) -> None:
    result = engine.screen_text(text, direction=direction)
    found = [(f.detector, f.kind) for f in result.findings]
    assert (detector, kind) in found, (text, found)


def assert_not_found(engine: Engine, text: str, direction: str, detector: str) -> None:
    result = engine.screen_text(text, direction=direction)
    found = [f.kind for f in result.findings if f.detector == detector]
    assert found == [], (text, found)


def categories_found(engine: Engine, text: str, direction: str, at: datetime) -> set[str]:
    result = engine.screen_text(text, direction=direction, at=at)
    return {str(f.category.value) for f in result.findings}


def assert_category_found(
    engine: Engine, category: str, text: str, direction: str, at: datetime
) -> None:
    found = categories_found(engine, text, direction, at)
    assert category in found, (text, found)


def assert_category_not_found(
    engine: Engine, category: str, text: str, direction: str, at: datetime, why: str = ""
) -> None:
    found = categories_found(engine, text, direction, at)
    assert category not in found, (why, text, found) if why else (text, found)
