"""Settings from the environment: a bad value is a clear error naming the variable."""

from __future__ import annotations

import pytest

from tocsin.errors import ConfigurationError
from tocsin.settings import get_settings


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        ("TOCSIN_MODELS", "maybe", "TOCSIN_MODELS='maybe'"),
        ("TOCSIN_PORT", "huit mille", "TOCSIN_PORT='huit mille'"),
        ("TOCSIN_SCHEDULER", "peut-être", "valid boolean"),
    ],
)
def test_bad_values_name_the_variable(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, words: str
) -> None:
    monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    try:
        with pytest.raises(ConfigurationError, match="Bad setting") as caught:
            get_settings()
        assert words in str(caught.value)
    finally:
        monkeypatch.delenv(name)
        get_settings.cache_clear()


def test_bad_setting_exits_2_without_traceback(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TOCSIN_MODELS", "maybe")
    get_settings.cache_clear()
    result = cli("check", "hello")
    assert result.exit_code == 2
    assert "TOCSIN_MODELS" in result.output and "Traceback" not in result.output
