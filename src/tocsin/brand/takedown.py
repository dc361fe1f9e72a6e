"""Takedown request drafts: one per case, for the case's platform, in French or English.

A draft is Markdown text for a person to check, complete (their name and contact) and send: the
organisation and its official accounts and domains, the impersonating account or domain, why it
is one (the strongest evidence's explanation), the evidence posts, the request, and where to send
it on that platform. Nothing is sent by Tocsin.
"""

from __future__ import annotations

from ..profile import Profile
from .cases import WEB, Case

#: where each platform takes impersonation reports (in the platform's help centre or app)
ROUTES: dict[str, dict[str, str]] = {
    "x": {
        "en": "X's impersonation report form (help.x.com → “Report impersonation”).",
        "fr": "le formulaire de signalement d'usurpation d'identité de X (help.x.com → "
        "« Signaler une usurpation d'identité »).",
    },
    "instagram": {
        "en": "Instagram's impersonation form (help.instagram.com → “Report impersonation”).",
        "fr": "le formulaire d'usurpation d'identité d'Instagram (help.instagram.com → "
        "« Signaler une usurpation d'identité »).",
    },
    "facebook": {
        "en": "Facebook's impersonation report (facebook.com/help → “Report an impersonating "
        "account”).",
        "fr": "le signalement d'usurpation de Facebook (facebook.com/help → « Signaler un compte "
        "qui usurpe une identité »).",
    },
    "linkedin": {
        "en": "LinkedIn's report of a fake profile or company page (linkedin.com/help).",
        "fr": "le signalement de faux profil ou de fausse page entreprise de LinkedIn "
        "(linkedin.com/help).",
    },
    "tiktok": {
        "en": "TikTok's impersonation report (support.tiktok.com → “Report impersonation”).",
        "fr": "le signalement d'usurpation de TikTok (support.tiktok.com → « Signaler une "
        "usurpation d'identité »).",
    },
    "youtube": {
        "en": "YouTube's impersonation complaint (support.google.com/youtube).",
        "fr": "la plainte pour usurpation d'identité de YouTube (support.google.com/youtube).",
    },
    "mastodon": {
        "en": "the moderators of the account's server: the Report button on the account, or the "
        "contact address on the server's About page.",
        "fr": "les modérateurs du serveur du compte : le bouton Signaler sur le compte, ou "
        "l'adresse de contact de la page À propos du serveur.",
    },
    "bluesky": {
        "en": "Bluesky's in-app report on the account (“Report account” → impersonation).",
        "fr": "le signalement dans l'application Bluesky sur le compte (« Signaler le compte » "
        "→ usurpation d'identité).",
    },
    WEB: {
        "en": "the registrar's and the host's abuse contacts (found with RDAP/WHOIS). For a "
        "typosquat of a trademark, a UDRP complaint (WIPO) or, for a .fr domain, a SYRELI "
        "procedure (AFNIC) can transfer or delete the domain.",
        "fr": "les contacts abus du registraire et de l'hébergeur (trouvés par RDAP/WHOIS). Pour "
        "un typosquat d'une marque, une plainte UDRP (OMPI) ou, pour un .fr, une procédure "
        "SYRELI (AFNIC) peut faire transférer ou supprimer le domaine.",
    },
}
_OTHER = {
    "en": "the platform's report form for impersonation or fake accounts.",
    "fr": "le formulaire de la plateforme pour signaler une usurpation ou un faux compte.",
}

_TEXT = {
    "en": {
        "subject_account": "Impersonation report: {display} on {platform}",
        "subject_domain": "Abuse report: {display} imitates our domains",
        "intro": "We are {org}, owner of the brands {brands}. Our official accounts are {handles}"
        " and our official domains {domains}.",
        "account": "The account {display} on {platform} is not ours. It uses our name to "
        "mislead our customers.",
        "domain": "The domain {display} is not ours. It imitates our domains and is used to "
        "mislead our customers.",
        "why": "Why it is an impersonation",
        "evidence": "Evidence ({shown} of {total} posts, first seen {first}, last seen {last})",
        "request_account": "We ask you to suspend or remove this account under your "
        "impersonation policy.",
        "request_domain": "We ask you to suspend this domain and any site or mail service "
        "behind it.",
        "send": "Where to send it",
        "contact": "Contact",
        "fill": "[name, role, e-mail and phone of the person sending this request]",
        "none": "none listed",
        "case": "Tocsin case {id} ({status}).",
    },
    "fr": {
        "subject_account": "Signalement d'usurpation d'identité : {display} sur {platform}",
        "subject_domain": "Signalement d'abus : {display} imite nos domaines",
        "intro": "Nous sommes {org}, titulaire des marques {brands}. Nos comptes officiels sont "
        "{handles} et nos domaines officiels {domains}.",
        "account": "Le compte {display} sur {platform} n'est pas le nôtre. Il utilise notre nom "
        "pour tromper nos clients.",
        "domain": "Le domaine {display} n'est pas le nôtre. Il imite nos domaines et sert à "
        "tromper nos clients.",
        "why": "Pourquoi il s'agit d'une usurpation",
        "evidence": "Preuves ({shown} publications sur {total}, vue la première fois le {first}, "
        "la dernière le {last})",
        "request_account": "Nous vous demandons de suspendre ou de supprimer ce compte au titre "
        "de votre politique contre l'usurpation d'identité.",
        "request_domain": "Nous vous demandons de suspendre ce domaine et tout site ou service "
        "de messagerie qui l'utilise.",
        "send": "Où l'envoyer",
        "contact": "Contact",
        "fill": "[nom, fonction, e-mail et téléphone de la personne qui envoie cette demande]",
        "none": "aucun indiqué",
        "case": "Dossier Tocsin {id} ({status}).",
    },
}

#: evidence posts shown in a draft
MAX_EVIDENCE = 10


def draft(case: Case, profile: Profile | None, lang: str = "en") -> str:
    """The takedown request for ``case`` (with its evidence loaded), in ``lang``."""
    lang = lang if lang in _TEXT else "en"
    t = _TEXT[lang]
    none = t["none"]
    org = profile.organisation.name if profile else "[organisation]"
    brands = ", ".join(b.name for b in profile.brands) if profile else none
    handles = (
        ", ".join(
            f"@{h} ({platform})"
            for b in profile.brands
            for platform, hs in b.handles.items()
            for h in hs
        )
        if profile
        else ""
    )
    domains = ", ".join(profile.official_domains) if profile else ""
    is_domain = case.platform == WEB and case.subject_type == "domain"
    platform = case.platform or "?"
    fields = {"display": case.display, "platform": platform}
    subject = t["subject_domain" if is_domain else "subject_account"].format(**fields)
    lines = [
        f"# {subject}",
        "",
        t["intro"].format(
            org=org, brands=brands or none, handles=handles or none, domains=domains or none
        ),  # fmt: skip
        "",
        t["domain" if is_domain else "account"].format(**fields),
        "",
    ]
    shown = case.evidence[:MAX_EVIDENCE]
    if shown:
        lines += [f"## {t['why']}", "", shown[0].explanation, ""]
    lines += [
        "## "
        + t["evidence"].format(
            shown=len(shown),
            total=case.evidence_count,
            first=case.first_seen.date().isoformat(),
            last=case.last_seen.date().isoformat(),
        ),
        "",
    ]
    for e in shown:
        where = e.url or (f"{e.platform or platform} id {e.native_id}" if e.native_id else "")
        author = f"@{e.author.lstrip('@')}" if e.author else ""
        text = " ".join(e.text.split())
        text = text if len(text) <= 280 else text[:279] + "…"
        lines.append(f"- {e.seen_at.isoformat(timespec='minutes')} {author} {where}".rstrip())
        lines.append(f"  > {text}")
    lines += [
        "",
        t["request_domain" if is_domain else "request_account"],
        "",
        f"## {t['send']}",
        "",
        ROUTES.get(case.platform, _OTHER)[lang],
        "",
        f"## {t['contact']}",
        "",
        t["fill"],
        "",
        t["case"].format(id=case.id, status=case.status),
        "",
    ]
    return "\n".join(lines)
