from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_tocsin(*args: str, cwd: Path, input: bytes | None = None,
               env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the real `python -m tocsin` process (entry point, exit codes, no traceback)."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("TOCSIN_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "tocsin", *args],
        cwd=cwd,
        input=input,
        capture_output=True,
        env=full_env,
        timeout=120,
    )
