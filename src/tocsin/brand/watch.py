"""Domain watch: every permutation of the official domains, as CSV or JSON, optionally resolved.

Resolution uses the system resolver, or a given DNS server (dnspython) so that monitoring can
point at a chosen resolver and tests at a local stub; lookups run on a few threads with a timeout
each. A permutation that resolves is registered (and maybe live): a case for a person to check.
"""

from __future__ import annotations

import csv
import io
import ipaddress
import json
import socket
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from ..errors import InputError
from ..profile import Profile
from .permutations import Permutation, permutations

#: a resolver: domain → its addresses (empty when it does not resolve)
Resolver = Callable[[str], list[str]]

FIELDS = ("official", "family", "domain", "unicode", "resolved", "addresses")


@dataclass(slots=True)
class WatchRow:
    official: str
    permutation: Permutation
    resolved: bool | None = None  # None: not resolved
    addresses: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"official": self.official, **self.permutation.to_dict()}
        if self.resolved is not None:
            out["resolved"] = self.resolved
            out["addresses"] = self.addresses
        return out


def watch_rows(profile: Profile, domains: Iterable[str] | None = None) -> list[WatchRow]:
    """The permutations of ``domains`` (default: every official domain of the profile)."""
    chosen = list(domains) if domains is not None else profile.official_domains
    if not chosen:
        raise InputError(
            "No domain to watch: list the official domains in the profile's [[brands]] "
            '(domains = ["example.com"]) or give --domain.'
        )
    rows: list[WatchRow] = []
    seen: set[str] = set(chosen)
    for domain in chosen:
        for p in permutations(domain):
            if p.domain not in seen:
                seen.add(p.domain)
                rows.append(WatchRow(domain, p))
    return rows


def system_resolver(timeout: float) -> Resolver:
    """The operating system's resolver (``getaddrinfo``); ``timeout`` is set process-wide."""
    socket.setdefaulttimeout(timeout)

    def resolve(domain: str) -> list[str]:
        try:
            infos = socket.getaddrinfo(domain, None, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError):
            return []
        return sorted({str(info[4][0]) for info in infos})

    return resolve


def dns_resolver(nameserver: str, timeout: float) -> Resolver:
    """A resolver asking one DNS server (``IP`` or ``IP:PORT``) for A and AAAA records."""
    import dns.exception
    import dns.resolver

    host, port = nameserver, "53"
    if nameserver.count(":") == 1:  # IPv4:PORT (an IPv6 address alone has several colons)
        host, port = nameserver.split(":")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        host = ""
    if not host or not port.isdigit():
        raise InputError(f"{nameserver!r}: expected a DNS server as IP or IP:PORT.")
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = [host]
    resolver.port = int(port)
    resolver.timeout = resolver.lifetime = timeout

    def resolve(domain: str) -> list[str]:
        found: list[str] = []
        for rdtype in ("A", "AAAA"):
            try:
                answer = resolver.resolve(domain, rdtype, raise_on_no_answer=False)
            except (dns.exception.DNSException, OSError):
                continue
            found += [r.to_text() for r in answer]
        return sorted(set(found))

    return resolve


def resolve_all(
    rows: list[WatchRow],
    resolver: Resolver,
    *,
    workers: int = 16,
    advance: Callable[[int], None] | None = None,
) -> list[WatchRow]:
    """Resolve every row (in place, order kept) on ``workers`` threads."""
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        for row, addresses in zip(
            rows, pool.map(lambda r: resolver(r.permutation.domain), rows), strict=True
        ):
            row.resolved = bool(addresses)
            row.addresses = addresses
            if advance is not None:
                advance(1)
    return rows


def to_csv(rows: list[WatchRow]) -> str:
    out = io.StringIO()
    resolved = any(r.resolved is not None for r in rows)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS if resolved else FIELDS[:4])
    for r in rows:
        p = r.permutation
        line = [r.official, p.family, p.domain, p.unicode]
        if resolved:
            line += ["yes" if r.resolved else "no", " ".join(r.addresses)]
        writer.writerow(line)
    return out.getvalue()


def to_json(rows: list[WatchRow]) -> str:
    return json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=1) + "\n"
