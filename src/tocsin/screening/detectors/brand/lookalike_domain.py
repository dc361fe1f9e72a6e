"""Typosquatted and homograph domains, the brand inside foreign domains, and link shorteners.

Every host in the post (URLs, bare domains, e-mail domains, IDN in Unicode or ``xn--`` form, and
the post's ``url``) that is not an official domain or a subdomain of one is compared with the
official domains and brand names (see :mod:`tocsin.brand.links` for the fuzzer families).
A lookalike is ``impersonation.domain`` (high); a link shortener is
``impersonation.shortened_link`` (medium: its destination cannot be checked, a person should).
Inbound posts only (the issue's scope: what others post at or about the brand).
Posts without a dot cost nothing; hosts are judged once and remembered.
"""

from __future__ import annotations

from collections.abc import Iterable

from ....brand.links import LinkChecker
from ....brand.reasons import describe
from ....brand.targets import profile_targets
from ....models import Category, Finding, Severity
from ....profile import Profile
from ..base import Context, Detector


class LookalikeDomain(Detector):
    name = "lookalike_domain"
    version = "1.0"
    categories = (Category.BRAND_HIJACKING,)
    directions = ("inbound",)
    description = "Typosquatted, homograph and brand-bearing domains; link shorteners."

    EXPLANATIONS = {
        "en": (
            "The domain {host} imitates {target}: {reasons} (score {score_value:.2f}). "
            "Do not click or share it; check the case (`tocsin brand cases`) and ask the "
            "registrar or host to take it down (`tocsin brand takedown`)."
        ),
        "fr": (
            "Le domaine {host} imite {target} : {reasons} (score {score_value:.2f}). "
            "Ne cliquez pas et ne le partagez pas ; vérifiez le dossier (`tocsin brand cases`) "
            "et demandez sa suppression au registraire ou à l'hébergeur "
            "(`tocsin brand takedown`)."
        ),
    }
    SHORTENER = {
        "en": (
            "A shortened link ({host}): {reasons}. Open it in a safe place to check that it does "
            "not lead to a fake site before anyone answers."
        ),
        "fr": (
            "Un lien raccourci ({host}) : {reasons}. Ouvrez-le dans un environnement sûr pour "
            "vérifier qu'il ne mène pas à un faux site avant toute réponse."
        ),
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self.checker = LinkChecker(profile.official_domains, profile_targets(profile))

    @property
    def enabled(self) -> bool:
        return bool(self.profile.brands)

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        post = ctx.post
        lang = ctx.explain_lang
        for host in self.checker.check(post.text, post.url):
            span = None
            if host.start is not None and host.end is not None:
                span = (host.start, host.end)
            excerpt = ctx.text[span[0] : span[1]] if span else host.host
            shortener = host.target is None
            yield self.finding(
                ctx,
                category=Category.BRAND_HIJACKING,
                kind="impersonation.shortened_link" if shortener else "impersonation.domain",
                severity=Severity.MEDIUM if shortener else Severity.HIGH,
                span=span,
                excerpt=excerpt,
                rule="shortener" if shortener else f"domain.{host.technique}",
                matched=host.registered,
                score=host.score,
                templates=self.SHORTENER if shortener else None,
                host=host.display,
                target=host.target.shown if host.target is not None else "",
                reasons=describe((host.technique,), lang),
                score_value=host.score,
            )
