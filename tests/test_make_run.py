"""`make run`, as a new user types it: the demo loads and the server answers over HTTP."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_serves_the_demo(tmp_path: Path) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOCSIN_")}
    proc = subprocess.Popen(
        ["make", "--no-print-directory", "run", f"PORT={port}", f"DEMO_DIR={tmp_path / 'demo'}",
         f"VENV={sys.prefix}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        printed = ""
        deadline = time.monotonic() + 120
        url = None
        assert proc.stdout is not None
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            printed += line
            m = re.search(r"http://127\.0\.0\.1:\d+/?", line)
            if m:
                url = m.group(0).rstrip("/")
                break
        assert url == f"http://127.0.0.1:{port}", printed
        assert "tocsin-demo" in printed  # the demo sign-in is printed
        assert "Lumio SA" in printed
        for _ in range(100):
            try:
                health = httpx.get(f"{url}/health", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert health.status_code == 200
        assert health.json()["status"] == "ok"
        denied = httpx.post(f"{url}/api/v1/check", json={"text": "x"}, timeout=5)
        assert denied.status_code == 401
        checked = httpx.post(
            f"{url}/api/v1/check",
            json={"id": "t1", "text": "Le Projet Nightjar arrive"},
            headers={"Authorization": "Bearer tocsin-demo"},
            timeout=5,
        )
        assert checked.status_code == 200
        assert checked.json()["decision"] == "block"
        assert httpx.get(f"{url}/login", timeout=5).status_code == 200
        assert (tmp_path / "demo" / "tocsin.toml").is_file()
        assert (tmp_path / "demo" / "tocsin.db").is_file()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
