"""``tocsin serve``: token, message, port errors, and one real server over real HTTP."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tocsin.cli import serve as serve_module
from tocsin.errors import ConfigurationError
from tocsin.settings import get_settings

from .conftest import PROFILE_TOML

TOKEN_LINE = re.compile(
    r"^Tocsin is running at (http://\S+/) — sign in with the access token: (\S+)$", re.M
)


@pytest.fixture()
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A directory with a tocsin.toml; settings read afresh from a clean environment."""
    (tmp_path / "tocsin.toml").write_text(PROFILE_TOML, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("TOCSIN_"):
            monkeypatch.delenv(name)
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_serve_makes_and_prints_a_token_when_none_is_set(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    started: list[object] = []
    monkeypatch.setattr(
        serve_module.uvicorn.Server, "run", lambda self, sockets: started.append(self)
    )
    port = free_port()
    serve_module.serve(host="127.0.0.1", port=port)
    out = capsys.readouterr().out
    match = TOKEN_LINE.search(out)
    assert match, out
    assert match.group(1) == f"http://127.0.0.1:{port}/"
    token = match.group(2)
    assert len(token) >= 32
    assert f"connectez-vous avec le jeton d'accès : {token}" in out
    assert len(started) == 1
    app = started[0].config.app  # type: ignore[attr-defined]
    assert app.state.gate.matches(token)
    assert app.state.engine.has_profile  # ./tocsin.toml was found


def test_serve_never_prints_a_configured_token(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TOCSIN_API_TOKEN", "configured-secret")
    get_settings.cache_clear()
    monkeypatch.setattr(serve_module.uvicorn.Server, "run", lambda self, sockets: None)
    serve_module.serve(host="127.0.0.1", port=free_port())
    out = capsys.readouterr().out
    assert "configured-secret" not in out
    assert "TOCSIN_API_TOKEN" in out


def test_serve_reports_a_port_in_use(workdir: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(ConfigurationError, match=f"Port {port} on 127.0.0.1 is already in use"):
            serve_module.serve(host="127.0.0.1", port=port)


def test_serve_reports_a_host_that_is_not_here(workdir: Path) -> None:
    with pytest.raises(ConfigurationError, match="not an address of this machine"):
        serve_module.serve(host="192.0.2.1", port=free_port())


def test_display_url_brackets_ipv6() -> None:
    assert serve_module.display_url("::1", 8000) == "http://[::1]:8000/"


def tocsin_command() -> list[str]:
    """The installed console script when there is one, else the same entry point via python."""
    script = Path(sys.executable).with_name("tocsin")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from tocsin.cli.main import run; run()"]


@pytest.mark.slow
def test_real_server_answers_over_http(tmp_path: Path) -> None:
    (tmp_path / "lumio.toml").write_text(PROFILE_TOML, encoding="utf-8")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOCSIN_")}
    env["TOCSIN_API_TOKEN"] = "real-server-token"
    command = [*tocsin_command(), "--config", "lumio.toml", "serve", "--port", str(port)]
    process = subprocess.Popen(
        command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, process.communicate()
            try:
                health = httpx.get(f"{base}/health", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    pytest.fail("the server did not start within 60 s")
                time.sleep(0.2)
        assert health.json()["status"] == "ok"
        assert httpx.post(f"{base}/api/v1/check", json={"text": "x"}).status_code == 401
        response = httpx.post(
            f"{base}/api/v1/check?lang=en",
            json={"id": "p1", "text": "Project Nightjar ships, ask jane.doe@yahoo.com"},
            headers={"Authorization": "Bearer real-server-token"},
            timeout=30,
        )
        assert response.status_code == 200
        result = response.json()
        assert result["id"] == "p1"
        assert result["decision"] == "block"
        assert [f["kind"] for f in result["findings"]] == ["confidential.code_name", "pii.email"]
        assert httpx.get(f"{base}/check").status_code == 303
    finally:
        process.terminate()
        out, err = process.communicate(timeout=30)
    assert f"Tocsin is running at http://127.0.0.1:{port}/" in out
    assert "real-server-token" not in out + err


@pytest.mark.slow
def test_cli_exits_2_when_the_port_is_in_use(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOCSIN_")}
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run(
            [*tocsin_command(), "serve", "--port", str(port)],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 2
    assert f"Port {port} on 127.0.0.1 is already in use" in done.stderr
