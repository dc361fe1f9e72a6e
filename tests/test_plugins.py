from __future__ import annotations

from collections.abc import Iterable, Iterator
from types import SimpleNamespace

import pytest

from tocsin import Engine
from tocsin.errors import PluginError
from tocsin.hookspecs import hookimpl
from tocsin.models import Category, Finding, Severity
from tocsin.plugins import DEFAULT_PLUGINS, detector_classes, plugin_manager
from tocsin.screening.detectors.base import Context, Detector


class Rocket(Detector):
    name = "rocket_emoji"
    version = "0.1"
    categories = (Category.REPUTATION,)
    EXPLANATIONS = {"en": "Rocket emoji: hype.", "fr": "Émoji fusée : emballement."}

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        i = ctx.text.find("🚀")
        if i >= 0:
            yield self.finding(ctx, category=Category.REPUTATION, kind="tone.hype",
                               severity=Severity.MEDIUM, span=(i, i + 1), excerpt="🚀",
                               rule="rocket", matched="🚀", score=0.6)


@pytest.fixture
def registered() -> Iterator[None]:
    plugin = SimpleNamespace(register_detectors=hookimpl(lambda: [Rocket]))
    plugin_manager().register(plugin, name="test-rocket")
    yield
    plugin_manager().unregister(name="test-rocket")


def test_builtins_load_through_the_public_hook() -> None:
    pm = plugin_manager()
    for name in DEFAULT_PLUGINS:
        assert pm.has_plugin(name)
    names = [cls.name for cls in detector_classes()]
    assert names[0] == "confidential_terms"  # families in DEFAULT_PLUGINS order
    assert "email_address" in names


def test_a_third_party_detector_runs_like_a_builtin(registered: None) -> None:
    assert "rocket_emoji" in [cls.name for cls in detector_classes()]
    result = Engine(None).screen_text("Launch day 🚀")  # the default engine loads plug-ins
    assert [(f.kind, f.detector) for f in result.findings] == [("tone.hype", "rocket_emoji")]
    assert result.decision == "review"


def test_a_plugin_returning_garbage_is_refused() -> None:
    plugin = SimpleNamespace(register_detectors=hookimpl(lambda: ["not a class"]))
    plugin_manager().register(plugin, name="test-bad")
    try:
        with pytest.raises(PluginError, match="not a Detector class"):
            detector_classes()
    finally:
        plugin_manager().unregister(name="test-bad")


class Broken(Detector):
    name = "broken_detector"
    categories = (Category.REPUTATION,)

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        if "boom" in ctx.text:
            raise ValueError("unexpected input")
        return ()


@pytest.fixture
def broken() -> Iterator[None]:
    plugin = SimpleNamespace(register_detectors=hookimpl(lambda: [Broken]))
    plugin_manager().register(plugin, name="test-broken")
    yield
    plugin_manager().unregister(name="test-broken")


def test_a_failing_detector_costs_one_line_not_the_run(broken: None, cli) -> None:  # type: ignore[no-untyped-def]
    import json

    out = cli("check", "--jsonl", "-", input='{"text": "ok"}\n{"text": "boom"}\n{"text": "fine"}\n')
    assert out.exit_code == 0
    results = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r.get("decision", "error") for r in results] == ["allow", "error", "allow"]
    assert "broken_detector" in results[1]["error"]
    single = cli("check", "boom")
    assert single.exit_code == 2
    assert "broken_detector" in single.stderr and "Traceback" not in single.stderr
