"""`tocsin brand`: cases, takedown drafts, and the domain watch (on a local DNS stub)."""

from __future__ import annotations

import csv
import io
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import dns.message
import dns.rcode
import dns.rrset
import pytest
from typer.testing import CliRunner

from tocsin.cli.main import app

from ..conftest import LUMIO_TOML

POSTS = [
    {"id": "1", "text": "Support Lumio : envoyez votre numéro de carte en MP", "direction":
     "inbound", "author": "lumio_support", "platform": "x", "at": "2026-11-02T10:00:00Z"},
    {"id": "2", "text": "Remboursement : https://lumio-login.com/r", "direction": "inbound",
     "author": "jd_1988", "platform": "x", "at": "2026-11-03T10:00:00Z"},
    {"id": "3", "text": "Merci Lumio !", "direction": "inbound", "author": "fan", "platform": "x"},
]  # fmt: skip


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TOCSIN_CONFIG", raising=False)
    monkeypatch.setenv("TOCSIN_DATABASE_URL", f"sqlite:///{tmp_path / 'tocsin.db'}")
    (tmp_path / "tocsin.toml").write_text(LUMIO_TOML, encoding="utf-8")
    from tocsin.settings import get_settings

    get_settings.cache_clear()
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
        return runner.invoke(app, list(args), input=input)

    yield invoke
    get_settings.cache_clear()


@pytest.fixture
def stored(run, tmp_path: Path):  # type: ignore[no-untyped-def]
    posts = tmp_path / "posts.jsonl"
    posts.write_text("".join(json.dumps(p) + "\n" for p in POSTS), encoding="utf-8")
    result = run("check", "--jsonl", str(posts), "--save")
    assert result.exit_code == 0, result.output
    return run


def test_cases_list_show_update(stored) -> None:  # type: ignore[no-untyped-def]
    listed = json.loads(stored("brand", "cases", "list", "--json").output)
    assert {(c["platform"], c["subject"]) for c in listed} == {
        ("x", "lumio_support"),
        ("web", "lumio-login.com"),
    }
    text = stored("brand", "cases", "list").output
    assert "@lumio_support" in text and "lumio-login.com" in text
    account = next(c for c in listed if c["subject"] == "lumio_support")
    shown = stored("brand", "cases", "show", str(account["id"]))
    assert shown.exit_code == 0 and "Support Lumio" not in shown.output  # excerpts only
    assert "impersonation.handle" in shown.output
    detail = json.loads(stored("brand", "cases", "show", str(account["id"]), "--json").output)
    assert detail["evidence"][0]["text"].startswith("Support Lumio")
    updated = stored(
        "brand", "cases", "update", str(account["id"]), "--status", "confirmed", "--note", "ok"
    )
    assert updated.exit_code == 0 and "now confirmed" in updated.output
    assert stored("brand", "cases", "list", "--status", "confirmed", "--json").output.count(
        "lumio_support"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("brand", "cases", "show", "99"), "no impersonation case 99"),
        (("brand", "cases", "update", "1", "--status", "closed"), "Unknown case status"),
        (("brand", "cases", "update", "1", "--status", "takedown_requested"), "can move to"),
        (("brand", "takedown", "42"), "no impersonation case 42"),
        (("brand", "cases", "list", "--status", "nope"), "Unknown case status"),
    ],
)
def test_errors_are_messages(stored, args: tuple[str, ...], message: str) -> None:  # type: ignore[no-untyped-def]
    result = stored(*args)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_empty_list(run) -> None:  # type: ignore[no-untyped-def]
    assert "No impersonation case" in run("brand", "cases", "list").output


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fr", ["Signalement d'usurpation d'identité : @lumio_support sur x", "help.x.com",
                "Nous sommes Lumio SA", "@lumio (x)", "numéro de carte"]),
        ("en", ["Impersonation report: @lumio_support on x", "help.x.com",
                "We are Lumio SA", "lumio.com, lumio.fr", "suspend or remove"]),
    ],
)  # fmt: skip
def test_takedown_draft(stored, lang: str, words: list[str], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    listed = json.loads(stored("brand", "cases", "list", "--json").output)
    account = next(c for c in listed if c["subject"] == "lumio_support")
    result = stored("brand", "takedown", str(account["id"]), "--lang", lang)
    assert result.exit_code == 0
    for w in words:
        assert w in result.output
    out = tmp_path / "draft.md"
    assert stored("brand", "takedown", str(account["id"]), "--out", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# Signalement")  # profile language: fr


def test_takedown_of_a_domain_points_at_registrar_and_udrp(stored) -> None:  # type: ignore[no-untyped-def]
    listed = json.loads(stored("brand", "cases", "list", "--platform", "web", "--json").output)
    text = stored("brand", "takedown", str(listed[0]["id"]), "--lang", "en").output
    assert "The domain lumio-login.com is not ours" in text
    assert "UDRP" in text and "SYRELI" in text


def test_watch_domains_csv_and_json(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("brand", "watch-domains")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.output)))
    families = {r["family"] for r in rows}
    assert {"addition", "bitsquatting", "homoglyph", "hyphenation", "insertion", "omission",
            "repetition", "replacement", "subdomain", "transposition", "vowel-swap",
            "tld-swap", "dictionary"} <= families  # fmt: skip
    domains = {r["domain"] for r in rows}
    assert {"lumio-login.com", "lumoi.com", "lumio.shop", "lu-mio.fr"} <= domains
    assert not {"lumio.com", "lumio.fr"} & domains
    out = tmp_path / "watch.json"
    assert run("brand", "watch-domains", "--format", "json", "--out", str(out)).exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data) == len(rows) and {"official", "family", "domain", "unicode"} <= set(data[0])


def test_watch_domains_needs_domains(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "tocsin.toml").write_text('[organisation]\nname = "X"\n', encoding="utf-8")
    result = run("brand", "watch-domains")
    assert result.exit_code == 2 and "No domain to watch" in result.output


class StubDNS:
    """A DNS server on 127.0.0.1 (UDP) answering A records for a few names, NXDOMAIN else."""

    def __init__(self, records: dict[str, str]) -> None:
        self.records = records
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.queries: list[str] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                data, addr = self.sock.recvfrom(4096)
            except OSError:
                return
            query = dns.message.from_wire(data)
            question = query.question[0]
            name = question.name.to_text().rstrip(".")
            self.queries.append(name)
            reply = dns.message.make_response(query)
            address = self.records.get(name)
            if address is None:
                reply.set_rcode(dns.rcode.NXDOMAIN)
            elif question.rdtype == dns.rdatatype.A:
                reply.answer.append(dns.rrset.from_text(question.name, 60, "IN", "A", address))
            self.sock.sendto(reply.to_wire(), addr)

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def stub_dns() -> Iterator[StubDNS]:
    server = StubDNS({"lumio-login.com": "192.0.2.10", "lumoi.fr": "192.0.2.11"})
    yield server
    server.close()


def test_watch_domains_resolve_with_a_local_resolver(run, stub_dns: StubDNS) -> None:  # type: ignore[no-untyped-def]
    result = run(
        "brand", "watch-domains", "--resolve", "--nameserver", f"127.0.0.1:{stub_dns.port}",
        "--timeout", "1", "--format", "json",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    resolved = {r["domain"]: r["addresses"] for r in data if r["resolved"]}
    assert resolved == {"lumio-login.com": ["192.0.2.10"], "lumoi.fr": ["192.0.2.11"]}
    assert len(stub_dns.queries) >= len(data)  # every permutation was asked, locally


def test_watch_domains_one_domain_csv_resolved(run, stub_dns: StubDNS) -> None:  # type: ignore[no-untyped-def]
    result = run(
        "brand", "watch-domains", "--domain", "lumio.fr", "--resolve",
        "--nameserver", f"127.0.0.1:{stub_dns.port}", "--timeout", "1",
    )  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert {r["official"] for r in rows} == {"lumio.fr"}
    assert [r["domain"] for r in rows if r["resolved"] == "yes"] == ["lumoi.fr"]
    assert next(r for r in rows if r["domain"] == "lumoi.fr")["addresses"] == "192.0.2.11"


@pytest.mark.parametrize("server", ["127.0.0.1:dns", "dns.example", "1.2.3.4:"])
def test_bad_nameserver_is_a_message(run, server: str) -> None:  # type: ignore[no-untyped-def]
    result = run("brand", "watch-domains", "--resolve", "--nameserver", server)
    assert result.exit_code == 2 and "IP or IP:PORT" in result.output
