"""E-mail addresses: personal data that must not leak. The profile's own domains are not a leak.

Addresses are found from each ``@`` outwards with bounded patterns, so a megabyte of text costs
linear time whatever it contains. Matching runs on the folded text, so zero-width characters or
full-width letters inside an address do not hide it. Addresses written to dodge scrapers are found
too when the ``@`` is bracketed: ``jeanne.roux [at] laposte.net``, ``jeanne (arobase) laposte
(point) net``, ``john{at}mail[dot]com``; a bare " at " is not, it is ordinary English.

Round 10, second pass: an address spelled out in words, "at" / "arobase" / "chez" then a domain
and "dot" / "point" then a common top-level domain ("prénom.nom chez orange point fr",
"j.smith at gmail dot com"), when the local part has a dot, an underscore or a digit, or the
domain is a mail provider: "rendez-vous chez Darty point com" is a shop, not an address.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....models import Finding, Severity
from ....profile import Profile
from ..base import Context
from .personal_data import PersonalDataDetector


def mask_email(address: str) -> str:
    """``sophie.martin@gmail.com`` -> ``s****.m****@gmail.com``: enough to recognise, not to use."""
    local, _, domain = address.partition("@")
    parts = re.split(r"([._+\-])", local)
    masked = "".join(p if p in "._+-" or not p else p[0] + "****" for p in parts)
    return f"{masked}@{domain}"


class EmailAddress(PersonalDataDetector):
    name = "email_address"
    version = "1.0"
    description = "E-mail addresses outside the organisation's own domains (PII)."
    KIND = "pii.email"
    SEVERITY = Severity.MEDIUM
    LOCAL = re.compile(r"[a-z0-9!#$%&'*+/=?^_`{|}~.\-]{1,64}\Z")
    #: the characters of LOCAL: the local part is the run of them that ends at the "@", cut to
    #: its last 64 (what ``LOCAL.search`` finds, with one ``str.rstrip`` instead of a search
    #: tried at every position before the "@")
    LOCAL_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+/=?^_`{|}~.-"
    DOMAIN = re.compile(
        r"(?:[^\W_](?:[\w\-]{0,61}[^\W_])?\.){1,8}[^\W\d_]{2,24}(?![\w\-]|\.[^\W_])"
    )
    #: "[at]", "(arobase)", "{@}"… with "." or "[dot]", "(point)"… in the domain
    OBFUSCATED = re.compile(
        r"(?<![\w.+\-])([a-z0-9][a-z0-9._+\-]{0,63}) ?[\[({] ?(?:at|arobase|@) ?[\])}] ?"
        r"((?:[a-z0-9\-]{1,63}(?:\.| ?[\[({] ?(?:dot|point) ?[\])}] ?)){1,8}[a-z]{2,24})"
        r"(?![\w\-])"
    )
    OBFUSCATED_TRIGGERS = ("at]", "at)", "at}", "arobase", "@]", "@)", "@}")
    #: round 10, second pass: the address spelled out in words (see the module docstring)
    SPELLED = re.compile(
        r"(?<![\w.+\-])([a-z0-9][a-z0-9._+\-]{0,63}) (?:at|arobase|chez) ([a-z0-9\-]{2,63}) "
        r"(?:dot|point) (com|fr|net|org|eu|be|ch|ca|io|de|es|it|uk|info|me|biz)(?![\w\-])"
    )
    SPELLED_TRIGGERS = (" dot ", " point ")
    MAIL_PROVIDERS = frozenset(
        (
            "gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "icloud", "me",
            "aol", "gmx", "proton", "protonmail", "orange", "wanadoo", "free", "laposte", "sfr",
            "neuf", "bbox", "numericable", "btinternet", "sky", "virginmedia", "mail", "yandex",
        )
    )
    DOT = re.compile(r" ?[\[({] ?(?:dot|point) ?[\])}] ?")
    EXPLANATIONS = {
        "en": (
            "E-mail address {masked}: personal data that identifies someone and exposes them to "
            "spam and phishing. Remove it, or point to an official contact address of the "
            "organisation ({official})."
        ),
        "fr": (
            "Adresse e-mail {masked} : une donnée personnelle qui identifie une personne et "
            "l'expose au spam et à l'hameçonnage. Retirez-la, ou renvoyez vers une adresse "
            "officielle de l'organisation ({official})."
        ),
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self.official = tuple(profile.official_domains)
        #: the first labels of the official domains ("lumio" of lumio.com), for lookalikes
        self._own_labels = tuple({d.split(".", 1)[0] for d in self.official if d})

    #: top-level domains reserved for documentation and tests (RFC 2606, RFC 6761): an address
    #: under them reaches nobody ("faux expéditeur (fictif) : securite@lumio-support.example")
    RESERVED_TLDS = ("example", "test", "invalid", "localhost")

    #: round 23 (precision, blind19): the local parts of an organisation's functional addresses
    #: (a newsroom's "presse@", an agency's "contact@", a shop's "sav@"): they reach a desk, not
    #: a person, and are published to be written to. At a mail provider's domain they stay
    #: personal ("contact@gmail.com" is somebody's own).
    ROLE_LOCALS = frozenset(
        (
            "contact", "contacts", "info", "infos", "information", "presse", "press", "media",
            "medias", "redaction", "newsroom", "communication", "comms", "support", "help",
            "aide", "hello", "bonjour", "service-client", "serviceclient", "service.client",
            "customerservice", "customer.service", "customer-service", "sav", "sales", "ventes",
            "commercial", "jobs", "careers", "recrutement", "carrieres", "accueil", "reception",
            "secretariat", "webmaster", "noreply", "no-reply", "partenariats", "partnerships",
            "events", "evenements", "marketing", "privacy", "dpo", "rgpd", "legal", "juridique",
            "facturation", "billing", "rh", "hr", "investisseurs", "investors", "ir",
        )
    )

    def is_role_address(self, local: str, domain: str) -> bool:
        """True for a functional address of another organisation (see :attr:`ROLE_LOCALS`); not
        at a domain that borrows a label of the organisation's own ("support@lumio.fr.secure-
        login.ru" is phishing dressed as the official desk)."""
        return (
            local in self.ROLE_LOCALS
            and domain.split(".", 1)[0] not in self.MAIL_PROVIDERS
            and not any(label in domain for label in self._own_labels)
        )

    def is_official(self, domain: str) -> bool:
        return any(domain == d or domain.endswith("." + d) for d in self.official)

    def is_reserved(self, domain: str) -> bool:
        """True for a domain under a TLD reserved for examples (round 9, precision)."""
        return domain.rsplit(".", 1)[-1] in self.RESERVED_TLDS

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        if not self.may_hold_one(ctx):
            return ()
        return self.memoized(ctx, self._analyze)

    def may_hold_one(self, ctx: Context) -> bool:
        """A cheap test: False when the post cannot hold an address."""
        text = ctx.text
        if "@" in text or "＠" in text:
            return True
        # every obfuscated form closes a bracket: "[at]", "(arobase)", "{at}" (or full-width)
        for bracket in ")]}）］｝":
            if bracket in text:
                if self._obfuscation_hint(ctx.normalized.folded):
                    return True
                break
        return self._spelled_hint(ctx.normalized.folded)

    def _plain_hint(self, folded: str) -> bool:
        """An "@" with a character of a local part before it and a letter or digit after it,
        which every address :meth:`_plain` finds has; a mention ("@lumio", "hi @lumio_fr") has
        none before it: a fifth of the posts have one, and no address."""
        at = folded.find("@")
        while at != -1:
            if at and folded[at - 1] in self.LOCAL_CHARS and folded[at + 1 : at + 2].isalnum():
                return True
            at = folded.find("@", at + 1)
        return False

    def _spelled_hint(self, folded: str) -> bool:
        for trigger in self.SPELLED_TRIGGERS:  # noqa: SIM110
            if trigger in folded:
                return True
        return False

    def _obfuscation_hint(self, folded: str) -> bool:
        # a loop, not any() over a generator: built for nothing on almost every post
        for trigger in self.OBFUSCATED_TRIGGERS:  # noqa: SIM110
            if trigger in folded:
                return True
        return False

    def _analyze(self, ctx: Context) -> Iterable[Finding]:
        if ("@" in ctx.text or "＠" in ctx.text) and self._plain_hint(ctx.normalized.folded):
            yield from self._plain(ctx)
        if self._obfuscation_hint(ctx.normalized.folded):
            yield from self._obfuscated(ctx)
        if self._spelled_hint(ctx.normalized.folded):
            yield from self._spelled(ctx)

    def _spelled(self, ctx: Context) -> Iterable[Finding]:
        norm = ctx.normalized
        for m in self.SPELLED.finditer(norm.folded):
            local, provider, tld = m.group(1), m.group(2), m.group(3)
            if provider not in self.MAIL_PROVIDERS and not any(c in local for c in "._0123456789"):
                continue
            domain = f"{provider}.{tld}"
            if self.is_official(domain):
                continue
            address = f"{local}@{domain}"
            yield self.personal_finding(
                ctx,
                norm.to_original(*m.span()),
                mask_email(address),
                rule="pii.email.spelled",
                score=0.8,
                matched=address,
                official=self._official_list(ctx),
            )

    def _obfuscated(self, ctx: Context) -> Iterable[Finding]:
        norm = ctx.normalized
        for m in self.OBFUSCATED.finditer(norm.folded):
            domain = self.DOT.sub(".", m.group(2))
            if self.is_official(domain) or self.is_reserved(domain):
                continue
            address = f"{m.group(1)}@{domain}"
            masked = mask_email(address)
            yield self.personal_finding(
                ctx,
                norm.to_original(*m.span()),
                masked,
                rule="pii.email.obfuscated",
                score=0.9,
                matched=address,
                official=self._official_list(ctx),
            )

    def _official_list(self, ctx: Context) -> str:
        return ", ".join(self.official) or {"fr": "aucune au profil"}.get(
            ctx.explain_lang, "none in the profile"
        )

    def _plain(self, ctx: Context) -> Iterable[Finding]:
        norm = ctx.normalized
        folded = norm.folded
        official = self._official_list(ctx)
        at = folded.find("@")
        while at != -1:
            nxt = folded.find("@", at + 1)
            head = folded[max(0, at - 64) : at]
            local = head[len(head.rstrip(self.LOCAL_CHARS)) :]  # LOCAL.search's match, or ""
            domain_m = self.DOMAIN.match(folded, at + 1, at + 256) if local else None
            if domain_m:
                local = local.lstrip(".")
                start = at - len(local)
                end = domain_m.end()
                domain = domain_m.group(0)
                if (
                    local
                    and not self.is_official(domain)
                    and not self.is_reserved(domain)
                    and not self.is_role_address(local, domain)
                ):
                    span = norm.to_original(start, end)
                    address = f"{local}@{domain}"
                    yield self.personal_finding(
                        ctx,
                        span,
                        mask_email(address),
                        rule="pii.email.address",
                        score=0.95,
                        matched=address,
                        official=official,
                    )
            at = nxt

