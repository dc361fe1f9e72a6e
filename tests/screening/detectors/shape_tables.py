"""The two checks of the round-11 table tests: a row's (detector, kind) is among the findings; a
near-miss row gets no finding of its detector."""

from __future__ import annotations

from tocsin import Engine


def assert_found(engine: Engine, text: str, direction: str, detector: str, kind: str) -> None:
    result = engine.screen_text(text, direction=direction)
    found = [(f.detector, f.kind) for f in result.findings]
    assert (detector, kind) in found, (text, found)


def assert_not_found(engine: Engine, text: str, direction: str, detector: str) -> None:
    result = engine.screen_text(text, direction=direction)
    found = [f.kind for f in result.findings if f.detector == detector]
    assert found == [], (text, found)
