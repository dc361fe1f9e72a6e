"""Export bundles, checked by the auditor's standalone script (docs/archive-verify.py)."""

from __future__ import annotations

import ast
import csv
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tocsin.archive.export import export_bundle
from tocsin.archive.search import SearchQuery
from tocsin.errors import InputError
from tocsin.store.database import Store, open_store

from .conftest import fill

SCRIPT = Path(__file__).resolve().parents[2] / "docs" / "archive-verify.py"


def _auditor(
    bundle: Path, *extra: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The script as an auditor runs it: from another directory, no Tocsin (isolated mode,
    unless ``env`` is given)."""
    isolated = [] if env is not None else ["-I"]
    return subprocess.run(
        [sys.executable, *isolated, str(SCRIPT), str(bundle), *extra],
        capture_output=True,
        text=True,
        cwd=bundle.parent,
        env=env,
        timeout=60,
    )


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    with open_store(f"sqlite:///{tmp_path}/tocsin.db") as store:
        fill(store, 25, batch=4)
        with store.transaction(write=True) as conn:
            report = export_bundle(
                conn, SearchQuery(text="launch"), tmp_path / "out" / "bundle.zip", actor="auditor"
            )
    assert report.records == 25 and report.tree_size == 26  # the export's audit entry
    return report.path


def test_the_script_needs_nothing_from_tocsin() -> None:
    tree = ast.parse(SCRIPT.read_text(encoding="utf-8"))
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in (
            node.names if isinstance(node, ast.Import) else [ast.alias(node.module or "")]
        )
    }
    assert "tocsin" not in imported
    assert imported <= {
        "base64",
        "cryptography",
        "hashlib",
        "json",
        "struct",
        "subprocess",
        "sys",
        "tempfile",
        "zipfile",
        "pathlib",
    }


def test_an_auditor_verifies_the_bundle(bundle: Path) -> None:
    done = _auditor(bundle)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("VERIFIED: 26 records")


def test_the_bundle_holds_what_the_issue_asks(bundle: Path) -> None:
    with zipfile.ZipFile(bundle) as z:
        names = set(z.namelist())
        assert {
            "manifest.json",
            "tree_head.json",
            "public_key.pem",
            "records.jsonl",
            "index.csv",
            "proofs.jsonl",
            "custody.jsonl",
            "VERIFY.txt",
            "records/0.raw",
            "records/0.meta",
            "records/0.document",
        } <= names
        records = [json.loads(line) for line in z.read("records.jsonl").splitlines()]
        assert [r["seq"] for r in records] == list(range(26))
        assert records[0]["post"]["text"].startswith("Message numéro 0")
        assert records[0]["trail"]["decision"] == "allow"
        index = list(csv.DictReader(io.StringIO(z.read("index.csv").decode("utf-8"))))
        assert index[3]["native_id"] == "p3" and index[3]["payload"] == "records/3.raw"
        custody = [json.loads(line) for line in z.read("custody.jsonl").splitlines()]
        assert custody[-1]["post"]["action"] == "export"
        assert custody[-1]["post"]["actor"] == "auditor"
        manifest = json.loads(z.read("manifest.json"))
        assert manifest["records"] == 25 and manifest["query"] == {"text": "launch"}
        assert set(manifest["files"]) == names - {"manifest.json"}


def _rewrite(bundle: Path, target: Path, change: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(target, "w") as out:
        for name in source.namelist():
            out.writestr(name, change.get(name, source.read(name)))
    return target


def _manifest_with(bundle: Path, name: str, data: bytes) -> bytes:
    import hashlib

    with zipfile.ZipFile(bundle) as z:
        manifest = json.loads(z.read("manifest.json"))
    manifest["files"][name] = hashlib.sha256(data).hexdigest()
    return json.dumps(manifest).encode()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("records/7.raw", b'{"forged": 1}', "does not match its SHA-256 in the manifest"),
        ("records/7.raw", b'{"forged": 1}', "record 7: the payload"),  # manifest updated too
        ("proofs.jsonl", None, "inclusion proof"),
        ("tree_head.json", None, "differs from the manifest"),
    ],
)
def test_the_script_catches_a_doctored_bundle(
    bundle: Path, tmp_path: Path, name: str, data: bytes | None, message: str
) -> None:
    with zipfile.ZipFile(bundle) as z:
        original = z.read(name)
    if data is None:
        data = (
            original.replace(b'"proof":["', b'"proof":["00', 1)
            if name == "proofs.jsonl"
            else (original.replace(b'"tree_size": 26', b'"tree_size": 25'))
        )
    change = {name: data}
    if "in the manifest" not in message:  # a careful forger updates the manifest too
        change["manifest.json"] = _manifest_with(bundle, name, data)
    doctored = _rewrite(bundle, tmp_path / "doctored.zip", change)
    done = _auditor(doctored)
    assert done.returncode == 1
    assert message in done.stdout


def test_the_script_checks_the_pinned_key(bundle: Path, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    other = Ed25519PrivateKey.generate().public_key()
    pem = tmp_path / "other.pem"
    pem.write_bytes(other.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo))
    done = _auditor(bundle, "--public-key", str(pem))
    assert done.returncode == 1 and "not the one given" in done.stdout
    with zipfile.ZipFile(bundle) as z:
        (tmp_path / "right.pem").write_bytes(z.read("public_key.pem"))
    assert _auditor(bundle, "--public-key", str(tmp_path / "right.pem")).returncode == 0


def test_export_refuses_a_name_that_is_not_a_zip(store: Store, tmp_path: Path) -> None:
    with store.transaction(write=True) as conn, pytest.raises(InputError, match=r"\.zip"):
        export_bundle(conn, SearchQuery(), tmp_path / "bundle.tar", actor="a")


def test_the_script_works_with_openssl_alone(bundle: Path, tmp_path: Path) -> None:
    """Without the cryptography package the script asks the openssl command."""
    import hashlib
    import os
    import shutil

    if shutil.which("openssl") is None:
        pytest.skip("no openssl command on this machine")
    blocker = tmp_path / "blocker" / "cryptography"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('blocked for this test')\n")
    env = {**os.environ, "PYTHONPATH": str(blocker.parent)}
    done = _auditor(bundle, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    with zipfile.ZipFile(bundle) as z:
        head = json.loads(z.read("tree_head.json"))
        manifest = json.loads(z.read("manifest.json"))
    head["signature"] = "00" * 64
    data = json.dumps(head).encode()
    manifest["tree_head"] = head
    manifest["files"]["tree_head.json"] = hashlib.sha256(data).hexdigest()
    doctored = _rewrite(
        bundle,
        tmp_path / "doctored.zip",
        {"tree_head.json": data, "manifest.json": json.dumps(manifest).encode()},
    )
    done = _auditor(doctored, env=env)
    assert done.returncode == 1 and "signature does not verify" in done.stdout
