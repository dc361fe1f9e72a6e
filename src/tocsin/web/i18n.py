"""The web app's languages: the message catalogue and the choice of language for a request.

The language of a request is, in order: ``?lang=fr|en`` (remembered in the session), the one
remembered in the session, the browser's ``Accept-Language`` (with its q-values), else English.
Every UI string goes through :func:`translate`; findings are explained in the same language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from starlette.requests import Request

LANGUAGES: tuple[str, ...] = ("en", "fr")
DEFAULT_LANGUAGE = "en"
SESSION_KEY = "lang"

CATALOGUE: Mapping[str, Mapping[str, str]] = {
    "en": {
        "app.tagline": "Social media risk management",
        "nav.check": "Check a post",
        "nav.logout": "Sign out",
        "nav.language": "Language",
        "login.title": "Sign in",
        "login.intro": (
            "Enter the access token: the one “tocsin serve” printed when it started, or the "
            "value of TOCSIN_API_TOKEN."
        ),
        "login.token": "Access token",
        "login.submit": "Sign in",
        "login.wrong": "This access token is not the right one.",
        "login.missing": "Enter the access token.",
        "check.title": "Check a post",
        "check.intro": (
            "Paste a draft (or a message received): Tocsin screens it for the ten social media "
            "risks and explains every finding."
        ),
        "check.text": "Post",
        "check.direction": "Direction",
        "check.author": "Author (optional)",
        "nav.sources": "Sources",
        "sources.title": "Listening sources",
        "sources.intro": "Where Tocsin listens, how often, and how each source is doing.",
        "sources.none": "No source yet: add one in tocsin.toml or with “tocsin sources add”.",
        "sources.name": "Source",
        "sources.kind": "Connector",
        "sources.every": "Every",
        "sources.status": "Status",
        "sources.last_ok": "Last success",
        "sources.new": "New posts",
        "sources.error": "Last error",
        "sources.status.ok": "OK",
        "sources.status.failing": "Failing",
        "sources.status.unhealthy": "Unhealthy",
        "sources.status.never run": "Never run",
        "check.author_hint": "handle, e.g. lumio_fr",
        "check.submit": "Check",
        "check.empty": "Write the post to check.",
        "direction.outbound": "Outbound — a draft we publish",
        "direction.inbound": "Inbound — a message we received",
        "profile.none": (
            "No organisation profile (tocsin.toml) is loaded: only the organisation-independent "
            "detectors run."
        ),
        "result.title": "Result",
        "result.meta": "Language of the post: {language} · findings: {count}",
        "result.findings": "Findings",
        "result.none": "No finding: nothing to fix.",
        "result.text": "The post, with the findings highlighted",
        "result.whole_post": "whole post",
        "decision.allow": "Allow",
        "decision.review": "Review",
        "decision.block": "Block",
        "decision.allow.help": "Nothing stands in the way of publishing this post.",
        "decision.review.help": "Have this post reviewed before it goes out.",
        "decision.block.help": "Do not publish this post as it is.",
        "finding.number": "#",
        "finding.category": "Risk",
        "finding.kind": "Kind",
        "finding.severity": "Severity",
        "finding.excerpt": "Excerpt",
        "finding.explanation": "Explanation",
        "severity.low": "low",
        "severity.medium": "medium",
        "severity.high": "high",
        "severity.critical": "critical",
        "category.data_leak": "Data leak",
        "category.compliance": "Compliance",
        "category.reputation": "Reputation",
        "category.financial_disclosure": "Financial disclosure",
        "category.human_resources": "Human resources",
        "category.generational_gap": "Generational gap",
        "category.personal_security": "Personal security",
        "category.competition": "Competition",
        "category.brand_hijacking": "Brand hijacking",
        "category.community_management": "Community management",
        "error.title": "Something went wrong",
        "error.status": "Error {status}",
        "error.back": "Back to the check page",
        "error.csrf": (
            "This form has expired or was not sent from Tocsin (missing or wrong security "
            "token). Reload the page and try again; cookies must be enabled."
        ),
        "error.not_found": "There is no page at this address.",
    },
    "fr": {
        "app.tagline": "Gestion des risques des réseaux sociaux",
        "nav.check": "Vérifier un message",
        "nav.logout": "Se déconnecter",
        "nav.language": "Langue",
        "login.title": "Connexion",
        "login.intro": (
            "Saisissez le jeton d'accès : celui que « tocsin serve » a affiché au démarrage, ou la "
            "valeur de TOCSIN_API_TOKEN."
        ),
        "login.token": "Jeton d'accès",
        "login.submit": "Se connecter",
        "login.wrong": "Ce jeton d'accès n'est pas le bon.",
        "login.missing": "Saisissez le jeton d'accès.",
        "check.title": "Vérifier un message",
        "check.intro": (
            "Collez un brouillon (ou un message reçu) : Tocsin y cherche les dix risques des "
            "réseaux sociaux et explique chaque constat."
        ),
        "check.text": "Message",
        "check.direction": "Sens",
        "check.author": "Auteur (facultatif)",
        "nav.sources": "Sources",
        "sources.title": "Sources d'écoute",
        "sources.intro": "Où Tocsin écoute, à quelle fréquence, et l'état de chaque source.",
        "sources.none": (
            "Aucune source : ajoutez-en dans tocsin.toml ou avec « tocsin sources add »."
        ),
        "sources.name": "Source",
        "sources.kind": "Connecteur",
        "sources.every": "Fréquence",
        "sources.status": "État",
        "sources.last_ok": "Dernier succès",
        "sources.new": "Nouveaux posts",
        "sources.error": "Dernière erreur",
        "sources.status.ok": "OK",
        "sources.status.failing": "En échec",
        "sources.status.unhealthy": "En panne",
        "sources.status.never run": "Jamais lancée",
        "check.author_hint": "compte, p. ex. lumio_fr",
        "check.submit": "Vérifier",
        "check.empty": "Écrivez le message à vérifier.",
        "direction.outbound": "Sortant — un brouillon que nous publions",
        "direction.inbound": "Entrant — un message que nous avons reçu",
        "profile.none": (
            "Aucun profil d'organisation (tocsin.toml) n'est chargé : seuls les détecteurs "
            "indépendants de l'organisation sont actifs."
        ),
        "result.title": "Résultat",
        "result.meta": "Langue du message : {language} · constats : {count}",
        "result.findings": "Constats",
        "result.none": "Aucun constat : rien à corriger.",
        "result.text": "Le message, constats surlignés",
        "result.whole_post": "tout le message",
        "decision.allow": "Autorisé",
        "decision.review": "À relire",
        "decision.block": "Bloqué",
        "decision.allow.help": "Rien ne s'oppose à la publication de ce message.",
        "decision.review.help": "Faites relire ce message avant sa publication.",
        "decision.block.help": "Ne publiez pas ce message en l'état.",
        "finding.number": "n°",
        "finding.category": "Risque",
        "finding.kind": "Type",
        "finding.severity": "Gravité",
        "finding.excerpt": "Extrait",
        "finding.explanation": "Explication",
        "severity.low": "faible",
        "severity.medium": "moyenne",
        "severity.high": "élevée",
        "severity.critical": "critique",
        "category.data_leak": "Fuite de données",
        "category.compliance": "Conformité",
        "category.reputation": "Réputation",
        "category.financial_disclosure": "Communication financière",
        "category.human_resources": "Ressources humaines",
        "category.generational_gap": "Fossé générationnel",
        "category.personal_security": "Sécurité des personnes",
        "category.competition": "Concurrence",
        "category.brand_hijacking": "Usurpation de marque",
        "category.community_management": "Gestion des communautés",
        "error.title": "Une erreur est survenue",
        "error.status": "Erreur {status}",
        "error.back": "Retour à la vérification",
        "error.csrf": (
            "Ce formulaire a expiré ou n'a pas été envoyé depuis Tocsin (jeton de sécurité "
            "absent ou faux). Rechargez la page et recommencez ; les cookies doivent être "
            "activés."
        ),
        "error.not_found": "Il n'y a pas de page à cette adresse.",
    },
}

Translate = Callable[..., str]


def translate(lang: str, key: str, **fields: object) -> str:
    """The message ``key`` in ``lang`` (English when missing there), formatted with ``fields``."""
    message = CATALOGUE.get(lang, {}).get(key) or CATALOGUE[DEFAULT_LANGUAGE].get(key, key)
    return message.format(**fields) if fields else message


def translator(lang: str) -> Translate:
    """``t(key, **fields)`` bound to one language, for templates."""

    def t(key: str, **fields: object) -> str:
        return translate(lang, key, **fields)

    return t


def supported(code: str | None) -> str | None:
    """``code`` as one of :data:`LANGUAGES` (``fr-CA`` -> ``fr``), or None."""
    if not code:
        return None
    primary = code.strip().lower().replace("_", "-").split("-", 1)[0]
    return primary if primary in LANGUAGES else None


def parse_accept_language(header: str) -> list[tuple[str, float]]:
    """The language ranges of an ``Accept-Language`` header with their q-values, best first."""
    ranges: list[tuple[str, float, int]] = []
    for position, part in enumerate(header.split(",")):
        tag, *params = (p.strip() for p in part.split(";"))
        if not tag:
            continue
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = max(0.0, min(1.0, float(value)))
                except ValueError:
                    quality = 0.0
        ranges.append((tag.lower(), quality, position))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(tag, quality) for tag, quality, _ in ranges]


def from_accept_language(header: str | None) -> str | None:
    """The supported language the browser prefers most, or None."""
    for tag, quality in parse_accept_language(header or ""):
        if quality <= 0:
            continue
        if tag == "*":
            return DEFAULT_LANGUAGE
        lang = supported(tag)
        if lang is not None:
            return lang
    return None


def request_language(request: Request) -> str:
    """The language of this request's pages; a valid ``?lang=`` is remembered in the session."""
    session = request.session if "session" in request.scope else None
    asked = supported(request.query_params.get("lang"))
    if asked is not None:
        if session is not None and session.get(SESSION_KEY) != asked:
            session[SESSION_KEY] = asked
        return asked
    remembered = supported(session.get(SESSION_KEY)) if session is not None else None
    if remembered is not None:
        return remembered
    return from_accept_language(request.headers.get("accept-language")) or DEFAULT_LANGUAGE
