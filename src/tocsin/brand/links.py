"""Links and domain names in a post, and whether each imitates an official domain.

:class:`LinkChecker` finds host names in the text (URLs, bare domains, e-mail domains, IDN in
Unicode or ``xn--`` form) and in the post's ``url``, then tells, for each host that is not an
official domain or one of its subdomains:

- a typosquat of an official domain, named after dnstwist's fuzzer families: ``tld-swap``,
  ``homoglyph`` (IDN or ASCII lookalikes), ``hyphenation``, ``dictionary`` (``-login``,
  ``-secure``, ``-support``, ``-gift``, ``-outlet``...), ``subdomain`` (``lu.mio.com``), and the
  one-edit families ``addition``, ``bitsquatting``, ``insertion``, ``omission``, ``repetition``,
  ``replacement``, ``transposition``, ``vowel-swap``;
- the brand inside a foreign domain (``brand-in-subdomain``: ``lumio.com.secure-pay.ru``);
- a URL shortener (``shortener``), whose destination cannot be seen: sent to review.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .domains import DomainParts, registered_parts, registrable_label, to_ascii, to_unicode
from .keys import DOMAIN_AFFIXES
from .lookalikes import Lookalike, NameIndex
from .targets import Target, TargetKind

#: link shorteners: the destination is hidden (t.co is left out: X wraps every link in it)
SHORTENERS = frozenset(
    {
        "bit.ly",
        "bitly.com",
        "tinyurl.com",
        "goo.gl",
        "ow.ly",
        "is.gd",
        "buff.ly",
        "cutt.ly",
        "rebrand.ly",
        "shorturl.at",
        "tiny.cc",
        "rb.gy",
        "t.ly",
        "v.gd",
        "s.id",
        "lnkd.in",
        "shorte.st",
        "adf.ly",
        "bl.ink",
        "short.io",
        "tiny.one",
        "urlz.fr",
        "qrco.de",
        "surl.li",
        "shor.by",
        "linktr.ee",
        "x.gd",
        "u.to",
        "clck.ru",
        "t.me",
    }
)

#: services that give each customer a subdomain: the brand there is most likely the brand's own
TENANT_HOSTS = frozenset(
    {
        "sharepoint.com", "onmicrosoft.com", "atlassian.net", "slack.com", "zendesk.com",
        "force.com", "salesforce.com", "notion.site", "okta.com", "box.com", "zoom.us",
        "webex.com", "freshdesk.com", "hubspot.com", "typeform.com", "workday.com",
    }
)  # fmt: skip

#: a whitespace-delimited word holding a dot
_DOTTED_WORD = re.compile(r"(?<!\S)\S*\.\S*")

# A host name: labels of letters, digits and hyphens (any script) joined by dots, the last one
# letters (a TLD) or an xn-- label.
_HOST = re.compile(
    r"(?:[^\W_](?:[\w\-]{0,61}[^\W_])?\.)+(?:[^\W\d_]{2,63}|xn--[a-z0-9\-]{2,59})", re.IGNORECASE
)

#: confidence per domain technique (the one-edit families use the lookalike's own score)
DOMAIN_SCORES = {
    "homoglyph": 0.95,
    "tld-swap": 0.9,
    "dictionary": 0.9,
    "brand-in-subdomain": 0.9,
    "brand-domain": 0.85,
    "hyphenation": 0.85,
    "subdomain": 0.85,
    "shortener": 0.6,
}


@dataclass(frozen=True, slots=True)
class SuspiciousHost:
    host: str  # as found, lower case
    start: int | None  # where it is in the text (None: the post's url field)
    end: int | None
    registered: str  # the registrable domain, ASCII (punycode): one case per registered domain
    technique: str
    target: Target | None  # the imitated official name (None for a shortener)
    score: float

    @property
    def display(self) -> str:
        unicode_host = registered_parts(self.host).host
        shown = to_ascii(unicode_host)
        return unicode_host if shown == unicode_host else f"{unicode_host} ({shown})"


def hosts_in(text: str) -> Iterator[tuple[str, int, int]]:
    """Each host name in ``text`` with its span.

    Only the words holding a dot are looked at; in each, the host is what follows the scheme
    and any ``user@``, up to the path, query, port or closing punctuation, checked as a whole.
    """
    if "." not in text:
        return
    for word in _DOTTED_WORD.finditer(text):
        offset, value = word.start(), word.group()
        start = value.find("://") + 3 if "://" in value else 0
        end = len(value)
        for stop in "/?#":
            cut = value.find(stop, start)
            if cut != -1:
                end = min(end, cut)
        at = value.rfind("@", start, end)
        if at != -1:
            start = at + 1
        while start < end and not value[start].isalnum():
            start += 1
        while end > start and not value[end - 1].isalnum():
            end -= 1
        colon = value.find(":", start, end)
        if colon != -1:
            end = colon
        host = value[start:end]
        if "." in host and _HOST.fullmatch(host):
            yield host.lower(), offset + start, offset + end


class LinkChecker:
    """The official domains of a profile, and the lookalike test for any other host."""

    def __init__(self, official_domains: list[str], targets: list[Target]) -> None:
        # Both forms of each official domain: Unicode and punycode are the same name.
        unicode_names = {to_unicode(d) for d in official_domains}
        self.official = tuple(sorted(unicode_names | {to_ascii(d) for d in unicode_names}))
        self._official = frozenset(self.official)
        # Labels compared: official domains' labels and brand names (a domain imitates either).
        names = [t for t in targets if t.kind in (TargetKind.DOMAIN, TargetKind.BRAND)]
        self.names = NameIndex(names, DOMAIN_AFFIXES)
        self._official_labels = {registrable_label(d): d for d in self.official}
        self._cache: dict[str, SuspiciousHost | None] = {}

    def __bool__(self) -> bool:
        return bool(self.official) or bool(self.names)

    def is_official(self, host: str) -> bool:
        """True for an official domain and its subdomains (one set look-up per dot)."""
        host = host.lower().rstrip(".")
        official = self._official
        if host in official:
            return True
        dot = host.find(".")
        while dot != -1:
            if host[dot + 1 :] in official:
                return True
            dot = host.find(".", dot + 1)
        return False

    def check(self, text: str, url: str | None = None) -> list[SuspiciousHost]:
        """The suspicious hosts of a post, at most one per registered domain."""
        found: dict[str, SuspiciousHost] = {}
        spans: list[tuple[str, int | None, int | None]] = list(hosts_in(text))
        if url:
            spans += [(h, None, None) for h, _s, _e in hosts_in(url)]
        for host, start, end in spans:
            verdict = self.check_host(host)
            if verdict is not None and verdict.registered not in found:
                found[verdict.registered] = SuspiciousHost(
                    host,
                    start,
                    end,
                    verdict.registered,
                    verdict.technique,
                    verdict.target,
                    verdict.score,
                )
        return list(found.values())

    def check_host(self, host: str) -> SuspiciousHost | None:
        """The verdict on one host (cached: links repeat)."""
        host = host.lower().rstrip(".")
        if host in self._cache:
            return self._cache[host]
        verdict = self._judge(host)
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[host] = verdict
        return verdict

    def _judge(self, host: str) -> SuspiciousHost | None:
        if self.is_official(host):
            return None
        parts = registered_parts(host)
        if not parts.suffix or not parts.label:
            return None  # not a domain name ("e.g", "file.txt")
        registered = to_ascii(parts.registered)
        if parts.host != host and self.is_official(parts.host):
            return None  # an official domain written in punycode
        if registered in SHORTENERS:
            score = DOMAIN_SCORES["shortener"]
            return SuspiciousHost(host, None, None, registered, "shortener", None, score)
        verdict = self._lookalike(parts)
        if verdict is not None:
            match, technique = verdict
            score = DOMAIN_SCORES.get(technique, match.score)
            return SuspiciousHost(host, None, None, registered, technique, match.target, score)
        return None

    def _lookalike(self, parts: DomainParts) -> tuple[Lookalike, str] | None:
        label = parts.label
        match = self.names.match(label)
        if match is not None:
            return match, _domain_technique(match, parts, self._official_labels)
        if parts.subdomain and parts.subdomain != "www":
            # lu.mio.com: a dot slipped into the brand
            joined = self.names.match(parts.subdomain.rsplit(".", 1)[-1] + label, edits=False)
            if joined is not None and "same-name" in joined.techniques + ("separators",):
                return joined, "subdomain"
            # lumio.com.secure-pay.ru: the brand (or an official domain) as a subdomain; not on
            # the hosts where every customer gets a subdomain (lumio-my.sharepoint.com is ours)
            if parts.registered in TENANT_HOSTS:
                return None
            for piece in parts.subdomain.split("."):
                inside = self.names.match(piece, edits=False)
                if inside is not None and set(inside.techniques) <= {"same-name", "separators"}:
                    return inside, "brand-in-subdomain"
        return None


def _domain_technique(match: Lookalike, parts: DomainParts, official_labels: dict[str, str]) -> str:
    """Which fuzzer family made ``parts`` from the official name ``match`` found."""
    techniques = match.techniques
    if "same-name" in techniques:
        return "tld-swap" if parts.label in official_labels else "brand-domain"
    if "separators" in techniques:
        return "hyphenation"
    if "affix" in techniques and len(techniques) == 1:
        return "dictionary"
    for t in techniques:
        if t in ("case", "leetspeak", "homoglyph"):
            return "homoglyph"
    edit = [t for t in techniques if t not in ("affix", "digits")]
    return edit[0] if edit else "dictionary"
