"""Internal hosts and addresses: private IPs, internal domains, staging and tool hosts.

What a post should not reveal about the network behind the organisation:

- private IPv4 addresses (RFC 1918: 10/8, 172.16/12, 192.168/16) and link-local ones (169.254/16);
- names under internal suffixes: ``*.internal``, ``*.corp``, ``*.local``, ``*.lan``,
  ``*.intranet``, ``*.intra``, ``*.localdomain``, ``*.home.arpa``;
- pre-production hosts on any domain (``staging.``, ``preprod.``, ``recette.``, ``uat.``), and on
  the organisation's own domains also ``dev.``, ``test.``, ``qa.``, ``admin.``, ``vpn.``…;
- self-hosted tools (Jenkins, Grafana, Kibana, GitLab, Vault…) as a subdomain or with a port;
- links to a single-label host (``http://intranet/``, ``http://srv-build:8080``).

Matched on the text in lower case, not on the shared folded text: folding joins "1.2.3" as
letters spaced out, which would break addresses. A host name written in full-width letters or
with zero-width characters is therefore not found (an accidental leak does not hide itself).

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
from collections.abc import Iterable

import ahocorasick

from ....models import Category, Finding, Severity
from ....profile import Profile
from ..base import Context, Detector

#: a host found: start and end in the text, and the reason (a key of REASONS)
Hit = tuple[int, int, str]


class InternalHost(Detector):
    name = "internal_host"
    version = "1.0"
    categories = (Category.DATA_LEAK,)
    description = "Private IP addresses, internal domains, staging and self-hosted tool hosts."

    KIND = "secret.internal_host"
    INTERNAL_SUFFIXES = ("internal", "corp", "local", "lan", "intranet", "intra", "localdomain",
                         "home.arpa")
    #: pre-production labels reported on any domain
    ENV_LABELS = ("staging", "stage", "preprod", "pre-prod", "preproduction", "recette", "uat")
    #: labels reported on the organisation's own domains only (public sites use them too);
    #: round 20 (precision, train-p): not "sandbox", the environment offered to outside
    #: developers by design ("test cards work on our sandbox at sandbox.lumio.com")
    OWN_LABELS = ("dev", "devel", "test", "tests", "qa", "int", "integration",
                  "intranet", "internal", "admin", "backoffice", "back-office", "bo", "vpn",
                  "git", "ci", "cd", "build", "builds", "monitoring", "vault", "db", "sql",
                  "ldap", "ad", "extranet", "demo-interne", "corp", "infra", "mgmt", "k8s",
                  "kube")
    #: self-hosted tools: internal when a subdomain label or followed by a port
    TOOLS = ("jenkins", "grafana", "kibana", "prometheus", "sonarqube", "sonar", "nexus",
             "artifactory", "rundeck", "airflow", "phpmyadmin", "pgadmin", "portainer",
             "rancher", "argocd", "consul", "nomad", "traefik", "zabbix", "nagios", "gitlab",
             "jupyter", "jupyterhub", "kubernetes-dashboard", "elasticsearch", "rabbitmq",
             "teamcity", "bamboo", "octopus", "metabase", "superset", "redash", "vault")
    EXAMPLE_DOMAINS = ("example.com", "example.org", "example.net", "example.fr", "test",
                       "example", "invalid")
    HOME_NETWORK = re.compile(
        r"\b(?:box|livebox|freebox|bbox|routeur|router|modem|passerelle|gateway|wi-?fi"
        r"|r[ée]seau domestique|home network)\b"
    )
    DEFAULT_GATEWAYS = frozenset({"192.168.0.1", "192.168.1.1", "192.168.0.254", "192.168.1.254",
                                  "10.0.0.1", "10.0.0.138", "192.168.100.1", "192.168.2.1"})
    #: round 9 (precision): the post says the loopback is the reader's own machine ("C'est
    #: votre machine, pas la nôtre", "that's your own computer"): a tutorial step, not a leak
    READERS_MACHINE = re.compile(
        r"\b(?:votre (?:propre )?(?:machine|ordinateur|ordi|poste|pc)|ta (?:propre )?machine"
        r"|ton (?:propre )?(?:ordinateur|ordi|poste|pc)"
        r"|your (?:own )?(?:machine|computer|laptop|pc)"
        r"|sur votre machine|on your machine)\b"
    )
    VERSION_CUE = re.compile(
        r"\b(?:version|vers\.|ver\.|release|firmware|build|mise [aà] jour|update|maj|patch"
        r"|ios|android|macos|windows|v)\s{0,2}\Z"
    )
    #: triggers examined per post: a real post has a handful; a megabyte of them stays cheap
    MAX_TRIGGERS = 1000
    IPV4 = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?!\w|\.\d)")
    CIDR = re.compile(r"/(\d{1,2})(?!\d)")
    PORT = re.compile(r":(\d{2,5})(?!\d)")
    SINGLE_LABEL = re.compile(
        r"[a-z0-9](?:[a-z0-9_\-]{0,61}[a-z0-9])?(?=:\d{1,5}(?!\d)|/|[\s)\]>,;\"']|\Z)"
    )

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
        "internal_suffix": {
            "en": "an internal domain suffix", "fr": "un suffixe de domaine interne"
        },
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
        words: dict[str, str] = {}
        for prefix in ("10.", "172.", "192.168.", "169.254."):
            words[prefix] = "ip"
        for suffix in self.INTERNAL_SUFFIXES:
            words["." + suffix] = "suffix"
        for label in self.ENV_LABELS:
            words[label] = "environment"
        for tool in self.TOOLS:
            words[tool] = "tool"
        for domain in self.official:
            words["." + domain] = "own"
        for loopback in ("localhost:", "127.0.0.1:"):
            words[loopback] = "loopback"
        words["://"] = "single"
        self._triggers = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
        for word, trigger in words.items():
            self._triggers.add_word(word, (len(word), trigger))
        self._triggers.make_automaton()
        self._checks = {
            "ip": self._ip,
            "suffix": self._suffix,
            "environment": self._labelled,
            "tool": self._labelled,
            "own": self._own,
            "loopback": self._loopback,
            "single": self._single,
        }

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        text = ctx.text
        # tested on the text itself, lower-cased only when needed: lower-casing (see _lower)
        # makes no colon, dot or hyphen and keeps every letter or digit one (checked on every
        # code point), so the answer is the same
        if ":" not in text and not _dot_inside_a_name(text):
            return  # no port, no link, no dotted name: nothing any check could report
        low = _lower(text)
        hosts: list[Hit] = []
        triggers = self._triggers.iter(low)
        for _, (end, (length, trigger)) in zip(range(self.MAX_TRIGGERS), triggers, strict=False):
            found = self._checks[trigger](low, end - length + 1, end + 1, trigger)
            if found is not None:
                hosts.append(found)
        if not hosts:
            return
        hosts.sort()
        done_until = -1
        for start, end, reason in hosts:
            if start < done_until:
                continue
            port = self.PORT.match(low, end)
            if port and reason != "loopback":
                end = port.end()
            done_until = end
            span = (start, end)
            host = text[start:end]
            why = self.REASONS[reason].get(ctx.explain_lang) or self.REASONS[reason]["en"]
            yield self.finding(
                ctx,
                category=Category.DATA_LEAK,
                kind=self.KIND,
                severity=Severity.LOW if reason == "loopback" else Severity.MEDIUM,
                span=span,
                excerpt=host,
                rule=f"secret.internal_host.{reason}",
                matched=host,
                score=0.6 if reason == "loopback" else 0.85,
                host=host,
                why=why,
            )

    # -- one check per trigger, on the lower-cased text --

    def _ip(self, low: str, start: int, end: int, _: str) -> Hit | None:
        if start > 0 and (low[start - 1].isalnum() or low[start - 1] in "._-"):
            return None
        m = self.IPV4.match(low, start)
        if m is None:
            return None
        try:
            ip = ipaddress.IPv4Address(m.group(0))
        except ValueError:
            return None
        if ip.is_link_local:
            reason = "link_local"
        elif any(ip in net for net in _PRIVATE_NETS):
            reason = "private_ip"
        else:
            return None
        if self.VERSION_CUE.search(low, max(0, start - 16), start):
            return None
        cidr = self.CIDR.match(low, m.end())
        if cidr and int(cidr.group(1)) <= 16:
            return None  # a whole range (10.0.0.0/8) described, not a host
        if str(ip) in self.DEFAULT_GATEWAYS and self.HOME_NETWORK.search(low):
            return None
        return start, m.end(), reason

    def _suffix(self, low: str, start: int, end: int, _: str) -> Hit | None:
        if start == 0 or not low[start - 1].isalnum() or not _ends_host(low, end):
            return None
        left, _right = self._host(low, start, end)
        if self._public(low[left:end]):
            return None
        return left, end, "internal_suffix"

    def _labelled(self, low: str, start: int, end: int, kind: str) -> Hit | None:
        """A pre-production label (any domain) or a tool name (subdomain, or with a port)."""
        left, right = self._host(low, start, end)
        host = low[left:right]
        labels = host.split(".")
        position = low.count(".", left, start)  # index of the label holding the trigger
        label = labels[position]
        word = low[start:end]
        if word not in label.rstrip("0123456789").split("-"):
            return None
        if self._public(host):
            return None
        has_port = self.PORT.match(low, right) is not None
        if kind == "tool" and has_port and len(labels) == 1:
            return left, right, "tool"
        if len(labels) < 3 or position > len(labels) - 3 or labels[0] == "www":
            return None  # the registrable name itself (jenkins.io, grafana.com) is public
        return left, right, kind

    def _own(self, low: str, start: int, end: int, _: str) -> Hit | None:
        """An internal label (dev., admin., vpn.…) under one of the organisation's domains."""
        if not _ends_host(low, end):
            return None
        left, _right = self._host(low, start, start)
        for label in low[left:start].split("."):
            if label.rstrip("0123456789") in self.OWN_LABELS:
                return left, end, "own_internal"
        return None

    def _loopback(self, low: str, start: int, end: int, _: str) -> Hit | None:
        if start > 0 and (low[start - 1].isalnum() or low[start - 1] in ".-"):
            return None
        if self.READERS_MACHINE.search(low):
            return None  # the reader's own machine, said so: a tutorial step
        port = self.PORT.match(low, end - 1)
        return (start, port.end(), "loopback") if port else None

    def _single(self, low: str, start: int, end: int, _: str) -> Hit | None:
        """``http://intranet/``: a host name without a dot only resolves inside a network."""
        m = self.SINGLE_LABEL.match(low, end)
        if m is None or m.group(0) == "localhost":
            return None
        return m.start(), m.end(), "single_label"

    def _host(self, low: str, start: int, end: int) -> tuple[int, int]:
        """The whole host name around ``low[start:end]``."""
        left = start
        floor = max(0, start - 253)
        while left > floor and (low[left - 1].isalnum() or low[left - 1] in ".-"):
            left -= 1
        while left < start and low[left] in ".-":
            left += 1
        right = end
        ceiling = min(len(low), end + 253)
        while right < ceiling and (low[right].isalnum() or low[right] in ".-"):
            right += 1
        while right > end and low[right - 1] in ".-":
            right -= 1
        return left, right

    def _public(self, host: str) -> bool:
        host = host.rstrip(".")
        return any(host == d or host.endswith("." + d) for d in self.EXAMPLE_DOMAINS)


def _lower(text: str) -> str:
    """``text`` in lower case, character for character (same indices as ``text``)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _dot_inside_a_name(low: str) -> bool:
    """True when a dot is followed by a character of a host name (a letter, a digit, a dot or a
    hyphen): every finding but those with a colon (ports, links) holds such a dot (an IP address,
    a suffix, a name of three labels or more). A dot ending a sentence is not one."""
    at = low.find(".")
    while at != -1:
        nxt = low[at + 1 : at + 2]
        if nxt and (nxt.isalnum() or nxt in ".-"):
            return True
        at = low.find(".", at + 1)
    return False


def _ends_host(low: str, end: int) -> bool:
    """Nothing after ``end`` continues the host name ("lumio.com" is not "lumio.community")."""
    if end >= len(low):
        return True
    nxt = low[end]
    if nxt.isalnum() or nxt in "-_":
        return False
    return not (nxt == "." and end + 1 < len(low) and low[end + 1].isalnum())


_PRIVATE_NETS = tuple(
    ipaddress.IPv4Network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")
)
