"""Internal hosts and addresses: private IPs, internal domains, staging and tool hosts.

What a post should not reveal about the network behind the organisation:

- private IPv4 addresses (RFC 1918: 10/8, 172.16/12, 192.168/16) and link-local ones (169.254/16);
- names under internal suffixes: ``*.internal``, ``*.corp``, ``*.local``, ``*.lan``,
  ``*.intranet``, ``*.intra``, ``*.localdomain``, ``*.home.arpa``;
- pre-production hosts on any domain (``staging.``, ``preprod.``, ``recette.``, ``uat.``), and on
  the organisation's own domains also ``dev.``, ``test.``, ``qa.``, ``admin.``, ``vpn.``…;
- self-hosted tools (Jenkins, Grafana, Kibana, GitLab, Vault…) as a subdomain or with a port;
- links to a single-label host (``http://intranet/``, ``http://srv-build:8080``).

Left alone: public IPs (a DNS how-to with 8.8.8.8), four-part version numbers ("version
10.2.3.4"), whole private ranges in CIDR notation (10.0.0.0/8 in a networking lesson), the usual
home-router addresses (192.168.1.1) when the post talks about a box or router, the tools' own
public sites (jenkins.io, grafana.com), documentation domains (example.com) and public
subdomains such as ``status.`` or ``developers.``. ``localhost`` or 127.0.0.1 with a port is
reported ``low``: it is the same machine for everyone, yet shows how a service is run.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Iterator

from ....models import Category, Finding, Severity
from ....profile import Profile
from ..base import Context, Detector


class InternalHost(Detector):
    name = "internal_host"
    version = "1.0"
    categories = (Category.DATA_LEAK,)
    description = "Private IP addresses, internal domains, staging and self-hosted tool hosts."

    KIND = "secret.internal_host"
    INTERNAL_SUFFIXES = ("internal", "corp", "local", "lan", "intranet", "intra", "localdomain",
                         "home\\.arpa")
    #: pre-production labels reported on any domain
    ENV_LABELS = ("staging", "stage", "preprod", "pre-prod", "preproduction", "recette", "uat")
    #: labels reported on the organisation's own domains only (public sites use them too)
    OWN_LABELS = ("dev", "devel", "test", "tests", "qa", "int", "integration", "sandbox",
                  "intranet", "internal", "admin", "backoffice", "back-office", "bo", "vpn",
                  "git", "ci", "cd", "build", "builds", "monitoring", "vault", "db", "sql",
                  "ldap", "ad", "extranet", "demo-interne")
    #: self-hosted tools: internal when a subdomain label or followed by a port
    TOOLS = ("jenkins", "grafana", "kibana", "prometheus", "sonarqube", "sonar", "nexus",
             "artifactory", "rundeck", "airflow", "phpmyadmin", "pgadmin", "portainer",
             "rancher", "argocd", "consul", "nomad", "traefik", "zabbix", "nagios", "gitlab",
             "jupyter", "jupyterhub", "kubernetes-dashboard", "elasticsearch", "rabbitmq",
             "teamcity", "bamboo", "octopus", "metabase", "superset", "redash", "vault")
    EXAMPLE_DOMAINS = ("example.com", "example.org", "example.net", "example.fr", "test",
                       "example", "invalid")
    HOME_NETWORK = re.compile(
        r"(?i)\b(?:box|livebox|freebox|bbox|routeur|router|modem|passerelle|gateway|wi-?fi"
        r"|r[ée]seau domestique|home network)\b"
    )
    DEFAULT_GATEWAYS = frozenset({"192.168.0.1", "192.168.1.1", "192.168.0.254", "192.168.1.254",
                                  "10.0.0.1", "10.0.0.138", "192.168.100.1", "192.168.2.1"})
    VERSION_CUE = re.compile(
        r"(?i)(?:version|vers\.|ver\.|release|firmware|build|mise à jour|update|maj|patch"
        r"|ios|android|macos|windows|v)\s{0,2}\Z"
    )
    HOST_CHARS = re.compile(r"[A-Za-z0-9.\-]{1,253}")
    PORT = re.compile(r":(\d{2,5})(?!\d)")

    EXPLANATIONS = {
        "en": (
            "Internal host or address “{host}” ({why}). It maps the network behind the "
            "organisation for attackers and may lead to services never meant to be public. "
            "Remove it, or use the public address of the service."
        ),
        "fr": (
            "Hôte ou adresse interne « {host} » ({why}). Cela dessine le réseau interne de "
            "l'organisation pour un attaquant et peut mener à des services qui ne devaient pas "
            "être publics. Retirez-le, ou donnez l'adresse publique du service."
        ),
    }
    REASONS = {
        "private_ip": {"en": "a private IP address", "fr": "une adresse IP privée"},
        "link_local": {"en": "a link-local address", "fr": "une adresse de lien local"},
        "loopback": {
            "en": "this machine with a port: shows how a service is run, harmless otherwise",
            "fr": "la machine locale avec un port : montre comment un service tourne, "
            "sans autre danger",
        },
        "internal_suffix": {"en": "an internal domain suffix", "fr": "un suffixe de domaine interne"},
        "environment": {
            "en": "a pre-production environment", "fr": "un environnement de pré-production"
        },
        "own_internal": {
            "en": "an internal subdomain of the organisation",
            "fr": "un sous-domaine interne de l'organisation",
        },
        "tool": {"en": "a self-hosted internal tool", "fr": "un outil interne auto-hébergé"},
        "single_label": {
            "en": "a host name that only resolves inside a company network",
            "fr": "un nom d'hôte qui ne se résout que dans un réseau d'entreprise",
        },
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self.official = tuple(profile.official_domains)
        own = "|".join(re.escape(d) for d in self.official)
        label = r"(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?)"
        parts = [
            r"(?P<ip>(?<![\w.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w]|\.\d))",
            r"(?P<suffix>(?<=[a-z0-9])\.(?:" + "|".join(self.INTERNAL_SUFFIXES) + r")"
            r"(?![\w\-]|\.[a-z0-9]))",
            r"(?P<environment>(?<![\w\-])(?:" + label + r"-)?(?:"
            + "|".join(re.escape(x) for x in self.ENV_LABELS)
            + r")(?:-" + label + r")?\d{0,3}\.(?=" + label + r"\.[a-z]))",
            r"(?P<tool>(?<![\w\-])(?:" + "|".join(re.escape(x) for x in self.TOOLS)
            + r")(?:-" + label + r")?\d{0,3}(?=[.:]" + r"[a-z0-9]))",
            r"(?P<loopback>(?<![\w.\-])(?:localhost|127\.0\.0\.1)(?=:\d{2,5}(?!\d)))",
            r"(?P<single>(?<=://)" + label + r"(?=[:/]\d{0,5}|[\s)\]>,;\"']|\Z))",
        ]
        if own:
            parts.append(
                r"(?P<own>(?<![\w\-])(?:" + "|".join(re.escape(x) for x in self.OWN_LABELS)
                + r")\d{0,3}\.(?:" + label + r"\.){0,4}(?:" + own + r")(?![\w\-]|\.[a-z0-9]))"
            )
        self.trigger = re.compile("|".join(parts), re.IGNORECASE)

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        text = ctx.text
        if self.trigger.search(text) is None:
            return
        done_until = -1
        for start, end, reason, host in self._hosts(text):
            if start < done_until:
                continue
            done_until = end
            severity = Severity.LOW if reason == "loopback" else Severity.MEDIUM
            why = self.REASONS[reason].get(ctx.explain_lang) or self.REASONS[reason]["en"]
            yield self.finding(
                ctx,
                category=Category.DATA_LEAK,
                kind=self.KIND,
                severity=severity,
                span=(start, end),
                excerpt=host,
                rule=f"secret.internal_host.{reason}",
                matched=host,
                score=0.6 if reason == "loopback" else 0.85,
                host=host,
                why=why,
            )

    def _hosts(self, text: str) -> Iterator[tuple[int, int, str, str]]:
        """(start, end, reason, host[:port]) of each internal host, in text order."""
        for m in self.trigger.finditer(text):
            reason = m.lastgroup or ""
            if reason == "ip":
                found = self._ip(text, m)
                if found is None:
                    continue
                start, end, reason = found
            elif reason == "loopback":
                start, end = m.start(), m.end()
            elif reason == "single":
                if m.group(0).lower() == "localhost":
                    continue
                start, end, reason = m.start(), m.end(), "single_label"
            else:
                start, end = self._expand(text, m.start(), m.end())
                host = text[start:end].lower()
                if reason == "suffix":
                    reason = "internal_suffix"
                if reason == "own":
                    reason = "own_internal"
                if reason == "tool" and not self._tool_is_internal(text, host, end):
                    continue
                if self._public(host) or (reason == "environment" and host.count(".") < 2):
                    continue
            port = self.PORT.match(text, end)
            if port:
                end = port.end()
            yield start, end, reason, text[start:end]

    def _ip(self, text: str, m: re.Match[str]) -> tuple[int, int, str] | None:
        try:
            ip = ipaddress.IPv4Address(m.group(0))
        except ValueError:
            return None
        if ip.is_link_local:
            reason = "link_local"
        elif ip.is_loopback:
            return None  # 127.x alone is the same machine for everyone (with a port: loopback)
        elif ip.is_private and _rfc1918(ip):
            reason = "private_ip"
        else:
            return None
        start, end = m.span()
        if self.VERSION_CUE.search(text, max(0, start - 16), start):
            return None
        cidr = re.match(r"/(\d{1,2})(?!\d)", text[end : end + 3])
        if cidr and int(cidr.group(1)) <= 16:
            return None  # a whole range (10.0.0.0/8) described, not a host
        if str(ip) in self.DEFAULT_GATEWAYS and self.HOME_NETWORK.search(text):
            return None
        return start, end, reason

    def _expand(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The whole host name around a trigger."""
        left = start
        floor = max(0, start - 253)
        while left > floor and (text[left - 1].isalnum() or text[left - 1] in ".-"):
            left -= 1
        right = self.HOST_CHARS.match(text, end)
        stop = right.end() if right else end
        host_end = stop
        while host_end > end and text[host_end - 1] in ".-":
            host_end -= 1
        while left < start and text[left] in ".-":
            left += 1
        return left, max(host_end, end)

    def _tool_is_internal(self, text: str, host: str, end: int) -> bool:
        """A tool name is internal as a subdomain or with a port, not as its public site."""
        if self.PORT.match(text, end):
            return True
        labels = host.split(".")
        return len(labels) >= 3 and labels[0] != "www" and labels[-2] not in self.TOOLS

    def _public(self, host: str) -> bool:
        host = host.rstrip(".")
        return any(host == d or host.endswith("." + d) for d in self.EXAMPLE_DOMAINS)


def _rfc1918(ip: ipaddress.IPv4Address) -> bool:
    return any(ip in net for net in _PRIVATE_NETS)


_PRIVATE_NETS = tuple(
    ipaddress.IPv4Network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")
)
