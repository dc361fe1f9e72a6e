"""The documented formats of keys and tokens: data for :mod:`.keys_and_tokens`.

Each format has *anchors* (literal strings: the documented prefixes, or the context words of a
format without prefix) and a full, bounded *pattern* that starts where an anchor starts. All
anchors of all formats are compiled into one Aho-Corasick automaton, :data:`ANCHORS`: a post
without any costs one pass of the automaton; a pattern only runs, anchored, where its anchor is.

A pattern may name two groups: ``secret`` (the span reported, when the match carries context
words, e.g. ``aws_secret_access_key = …``) and ``keep`` (the prefix shown in the masked excerpt,
e.g. ``AccountKey=``). A format whose documented literal is not at its start (a Mailchimp key
ends in ``-us21``, a Telegram bot token has ``:A`` after the bot's number) has a *lead*: a
bounded pattern that must end exactly where the anchor starts, searched backwards over at most
``lead_reach`` characters; the token then starts where the lead starts. Every repetition is
bounded, so matching stays linear on huge posts.

Sources: the providers' own documentation of their key formats (AWS IAM identifiers, Google
API keys and service-account files, Azure Storage connection strings and SAS, GitHub token
prefixes, GitLab personal access tokens, Slack tokens and webhooks, Stripe API keys, OpenAI and
Anthropic key prefixes, RFC 7519 JWT, RFC 7468 PEM, RFC 3986 user information in URLs;
Mailchimp API keys and their data-centre suffix, Telegram Bot API tokens, SendGrid API keys,
Twilio account and API-key SIDs, npm access tokens, PyPI API tokens (macaroons for "pypi.org"),
Discord bot tokens and webhooks, Stripe webhook signing secrets, Shopify app tokens, Hugging Face
user-access and organisation tokens, DigitalOcean personal access and OAuth tokens, Square access
tokens and application secrets, Mapbox access tokens, X/Twitter app-only bearer tokens).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

import ahocorasick

from ....models import Severity


@dataclass(frozen=True, slots=True)
class TokenFormat:
    rule: str  # the finding's rule, e.g. "github_token"
    kind: str  # the finding's kind, e.g. "secret.github_token"
    severity: Severity
    anchors: tuple[str, ...]  # literals where a token of the format starts (case-sensitive)
    pattern: str  # the full token from an anchor on (bounded repetitions only)
    label: Mapping[str, str]  # what it is, per language, for the explanation
    keep: int = 0  # characters of the documented prefix shown in the excerpt
    #: extra validation done by the detector: "mixed", "digits", "cased", "jwt", "sas", "pem",
    #: "basic_auth", "discord", "mapbox", "bearer"
    check: str = ""
    lead: str = ""  # the part of the token before the anchor (see the module docstring)
    lead_reach: int = 0  # at most this many characters before the anchor
    show_lead: bool = False  # the lead is shown in the excerpt, and ``keep`` counts after it
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)
    compiled_lead: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", re.compile(self.pattern))
        lead = re.compile(self.lead + r"\Z") if self.lead else None
        object.__setattr__(self, "compiled_lead", lead)


_B = r"(?<![A-Za-z0-9_\-])"  # not glued to a token character before
_E = r"(?![A-Za-z0-9_\-])"  # nor after

FORMATS: tuple[TokenFormat, ...] = (
    TokenFormat(
        "aws_access_key", "secret.aws_access_key", Severity.CRITICAL,
        ("AKIA", "ASIA"),
        r"(?<![A-Za-z0-9])A(?:KIA|SIA)[A-Z0-9]{16}(?![A-Za-z0-9])",
        {"en": "an AWS access key ID", "fr": "un identifiant de clé d'accès AWS"}, keep=4,
    ),
    TokenFormat(
        "aws_secret_key", "secret.aws_secret_key", Severity.CRITICAL,
        ("aws", "AWS", "Aws", "secret_access_key", "SECRET_ACCESS_KEY", "secret access key",
         "Secret Access Key", "SecretAccessKey", "secretAccessKey", "AKIA", "ASIA"),
        r"(?:(?i:\baws\b|secret[_ ]?access[_ ]?key)|A(?:KIA|SIA)[A-Z0-9]{16}(?![A-Za-z0-9]))"
        r"[^\n]{0,60}?(?<![A-Za-z0-9/+])"
        r"(?P<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
        {"en": "an AWS secret access key", "fr": "une clé d'accès secrète AWS"}, check="mixed",
    ),
    TokenFormat(
        "gcp_api_key", "secret.gcp_api_key", Severity.CRITICAL,
        ("AIza",),
        _B + r"AIza[0-9A-Za-z_\-]{35}" + _E,
        {"en": "a Google Cloud API key", "fr": "une clé d'API Google Cloud"}, keep=4,
    ),
    TokenFormat(
        "gcp_service_account", "secret.gcp_service_account", Severity.CRITICAL,
        ('"private_key_id"',),
        r'"private_key_id"\s{0,4}:\s{0,4}"(?P<secret>[0-9a-f]{40})"',
        {
            "en": "the key of a Google Cloud service-account file",
            "fr": "la clé d'un fichier de compte de service Google Cloud",
        },
    ),
    TokenFormat(
        "azure_connection_string", "secret.azure_connection_string", Severity.CRITICAL,
        ("AccountKey=", "SharedAccessKey="),
        r"(?P<keep>(?:AccountKey|SharedAccessKey)=)[A-Za-z0-9+/]{20,100}={0,2}(?![A-Za-z0-9+/=])",
        {
            "en": "an Azure storage or service-bus account key",
            "fr": "une clé de compte de stockage ou de bus de services Azure",
        },
    ),
    TokenFormat(
        "azure_sas_token", "secret.azure_sas_token", Severity.CRITICAL,
        ("sig=",),
        r"(?<=[?&])(?P<keep>sig=)[A-Za-z0-9%+/]{20,128}={0,2}(?![A-Za-z0-9%+/=])",
        {
            "en": "the signature of an Azure shared access signature (SAS) link",
            "fr": "la signature d'un lien d'accès partagé (SAS) Azure",
        },
        check="sas",
    ),
    TokenFormat(
        "github_token", "secret.github_token", Severity.CRITICAL,
        ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
        _B + r"gh[pousr]_[A-Za-z0-9]{36,76}" + _E,
        {"en": "a GitHub token", "fr": "un jeton GitHub"}, keep=4,
    ),
    TokenFormat(
        "github_fine_grained_token", "secret.github_token", Severity.CRITICAL,
        ("github_pat_",),
        _B + r"github_pat_[A-Za-z0-9_]{40,120}" + _E,
        {"en": "a GitHub fine-grained token", "fr": "un jeton GitHub à portée fine"}, keep=11,
    ),
    TokenFormat(
        "gitlab_token", "secret.gitlab_token", Severity.CRITICAL,
        ("glpat-",),
        _B + r"glpat-[A-Za-z0-9_\-]{20,64}" + _E,
        {"en": "a GitLab personal access token", "fr": "un jeton d'accès personnel GitLab"},
        keep=6,
    ),
    TokenFormat(
        "slack_token", "secret.slack_token", Severity.CRITICAL,
        ("xoxb-", "xoxp-", "xoxa-", "xoxe-", "xoxr-", "xapp-"),
        _B + r"(?:xox[bpaer]|xapp)-[A-Za-z0-9\-]{10,250}" + _E,
        {"en": "a Slack token", "fr": "un jeton Slack"}, keep=5, check="digits",
    ),
    TokenFormat(
        "slack_webhook", "secret.slack_webhook", Severity.CRITICAL,
        ("hooks.slack.com/",),
        r"(?P<keep>hooks\.slack\.com/(?:services|workflows|triggers)/)"
        r"[A-Za-z0-9_/\-]{20,200}(?![A-Za-z0-9_/\-])",
        {
            "en": "a Slack incoming-webhook address (anyone holding it can post in the workspace)",
            "fr": "une adresse de webhook Slack (qui la détient peut écrire dans l'espace)",
        },
    ),
    TokenFormat(
        "stripe_live_key", "secret.stripe_key", Severity.CRITICAL,
        ("sk_live_", "rk_live_"),
        _B + r"[rs]k_live_[0-9A-Za-z]{16,247}" + _E,
        {"en": "a live Stripe secret key", "fr": "une clé secrète Stripe de production"},
        keep=8,
    ),
    TokenFormat(
        "stripe_test_key", "secret.stripe_key", Severity.MEDIUM,
        ("sk_test_", "rk_test_"),
        _B + r"[rs]k_test_[0-9A-Za-z]{16,247}" + _E,
        {
            "en": "a Stripe test-mode secret key (no real payments, but access to test data)",
            "fr": "une clé secrète Stripe de test (pas de vrais paiements, mais l'accès aux "
            "données de test)",
        },
        keep=8,
    ),
    TokenFormat(
        "anthropic_key", "secret.anthropic_key", Severity.CRITICAL,
        ("sk-ant-",),
        _B + r"sk-ant-[A-Za-z0-9_\-]{20,200}" + _E,
        {"en": "an Anthropic API key", "fr": "une clé d'API Anthropic"}, keep=7,
    ),
    TokenFormat(
        "openai_project_key", "secret.openai_key", Severity.CRITICAL,
        ("sk-proj-", "sk-svcacct-", "sk-admin-"),
        _B + r"(?P<keep>sk-(?:proj|svcacct|admin)-)[A-Za-z0-9_\-]{20,200}" + _E,
        {"en": "an OpenAI API key", "fr": "une clé d'API OpenAI"},
    ),
    TokenFormat(
        "openai_key", "secret.openai_key", Severity.CRITICAL,
        ("sk-",),
        _B + r"sk-[A-Za-z0-9]{32,64}" + _E,
        {"en": "an OpenAI-style API key", "fr": "une clé d'API de type OpenAI"},
        keep=3, check="mixed",
    ),
    TokenFormat(
        "jwt", "secret.jwt", Severity.CRITICAL,
        ("eyJ",),
        _B + r"eyJ[A-Za-z0-9_\-]{8,2000}\.eyJ[A-Za-z0-9_\-]{2,8000}\.[A-Za-z0-9_\-]{16,2000}" + _E,
        {
            "en": "a signed JSON Web Token (a bearer credential: whoever holds it is logged in)",
            "fr": "un jeton JWT signé (un jeton au porteur : qui le détient est connecté)",
        },
        keep=3, check="jwt",
    ),
    TokenFormat(
        "private_key", "secret.private_key", Severity.CRITICAL,
        ("-----BEGIN ",),
        r"-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----",
        {"en": "a private key (PEM block)", "fr": "une clé privée (bloc PEM)"}, check="pem",
    ),
    TokenFormat(
        "basic_auth_url", "secret.basic_auth_url", Severity.CRITICAL,
        ("://",),
        r"://(?P<user>[^\s:/@?#]{1,64}):(?P<password>[^\s/@?#]{1,128})@"
        r"(?P<host>[A-Za-z0-9.\-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])",
        {
            "en": "a link with a user name and password in it",
            "fr": "un lien contenant un identifiant et un mot de passe",
        },
        check="basic_auth",
    ),
    # -- more providers -------------------------------------------------------------------------
    TokenFormat(
        "mailchimp_key", "secret.mailchimp_key", Severity.CRITICAL,
        ("-us",),
        r"-us\d{1,2}(?![A-Za-z0-9_\-])",
        {"en": "a Mailchimp API key", "fr": "une clé d'API Mailchimp"},
        lead=r"(?<![A-Za-z0-9_\-])[0-9a-f]{32}", lead_reach=32,
    ),
    TokenFormat(
        "telegram_bot_token", "secret.telegram_bot_token", Severity.CRITICAL,
        (":A",),
        r":A[A-Za-z0-9_\-]{34}" + _E,
        {
            "en": "a Telegram bot token (whoever holds it controls the bot)",
            "fr": "un jeton de bot Telegram (qui le détient contrôle le bot)",
        },
        check="mixed", lead=r"(?<![A-Za-z0-9_:\-])[0-9]{5,16}", lead_reach=16,
    ),
    TokenFormat(
        "sendgrid_key", "secret.sendgrid_key", Severity.CRITICAL,
        ("SG.",),
        _B + r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}" + _E,
        {"en": "a SendGrid API key", "fr": "une clé d'API SendGrid"}, keep=3, check="mixed",
    ),
    TokenFormat(
        "twilio_api_key", "secret.twilio_key", Severity.CRITICAL,
        ("SK",),
        _B + r"SK[0-9a-f]{32}" + _E,
        {"en": "a Twilio API key SID", "fr": "un identifiant de clé d'API Twilio"}, keep=2,
        check="digits",
    ),
    TokenFormat(
        "twilio_account_sid", "secret.twilio_key", Severity.MEDIUM,
        ("AC",),
        _B + r"AC[0-9a-f]{32}" + _E,
        {
            "en": "a Twilio account SID (an identifier, but half of the account's credentials: "
            "check that its auth token is not published too)",
            "fr": "un identifiant de compte Twilio (pas un secret à lui seul, mais la moitié des "
            "identifiants du compte : vérifiez que son jeton d'authentification n'est pas publié)",
        },
        keep=2, check="digits",
    ),
    TokenFormat(
        "npm_token", "secret.npm_token", Severity.CRITICAL,
        ("npm_",),
        _B + r"npm_[A-Za-z0-9]{36}" + _E,
        {
            "en": "an npm access token (it can publish packages in the owner's name)",
            "fr": "un jeton d'accès npm (il permet de publier des paquets au nom du titulaire)",
        },
        keep=4, check="mixed",
    ),
    TokenFormat(
        "pypi_token", "secret.pypi_token", Severity.CRITICAL,
        ("pypi-AgE",),
        _B + r"pypi-AgE[A-Za-z0-9_\-]{50,1000}" + _E,
        {
            "en": "a PyPI API token (it can publish packages in the owner's name)",
            "fr": "un jeton d'API PyPI (il permet de publier des paquets au nom du titulaire)",
        },
        keep=5,
    ),
    TokenFormat(
        "discord_bot_token", "secret.discord_token", Severity.CRITICAL,
        # the bot's numeric id in base64: "1…" -> "MT", "4…" -> "ND", "5…" -> "NT" …
        ("MT", "ND", "NT", "Nj", "Nz", "OD", "OT"),
        _B + r"[MNO][A-Za-z0-9]{22,26}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,38}" + _E,
        {
            "en": "a Discord bot token (whoever holds it controls the bot)",
            "fr": "un jeton de bot Discord (qui le détient contrôle le bot)",
        },
        check="discord",
    ),
    TokenFormat(
        "discord_webhook", "secret.discord_webhook", Severity.CRITICAL,
        ("/api/webhooks/",),
        r"/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_\-]{60,80}" + _E,
        {
            "en": "a Discord webhook address (anyone holding it can post in the channel)",
            "fr": "une adresse de webhook Discord (qui la détient peut écrire dans le salon)",
        },
        keep=14, lead=r"discord(?:app)?\.com", lead_reach=14, show_lead=True,
    ),
    TokenFormat(
        "stripe_webhook_secret", "secret.stripe_key", Severity.CRITICAL,
        ("whsec_",),
        _B + r"whsec_[A-Za-z0-9]{24,100}" + _E,
        {
            "en": "a Stripe webhook signing secret (it lets anyone forge payment events)",
            "fr": "un secret de signature de webhook Stripe (il permet de forger des événements "
            "de paiement)",
        },
        keep=6, check="digits",
    ),
    TokenFormat(
        "shopify_token", "secret.shopify_token", Severity.CRITICAL,
        ("shpat_", "shpss_", "shpca_", "shppa_"),
        _B + r"shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}" + _E,
        {
            "en": "a Shopify app access token or shared secret",
            "fr": "un jeton d'accès ou un secret partagé d'application Shopify",
        },
        keep=6, check="digits",
    ),
    TokenFormat(
        "huggingface_token", "secret.huggingface_token", Severity.CRITICAL,
        ("hf_", "api_org_"),
        _B + r"(?P<keep>hf_|api_org_)[A-Za-z0-9]{34,40}" + _E,
        {"en": "a Hugging Face access token", "fr": "un jeton d'accès Hugging Face"},
        check="cased",
    ),
    TokenFormat(
        "digitalocean_token", "secret.digitalocean_token", Severity.CRITICAL,
        ("dop_v1_", "doo_v1_", "dor_v1_"),
        _B + r"do[por]_v1_[a-f0-9]{64}" + _E,
        {"en": "a DigitalOcean access token", "fr": "un jeton d'accès DigitalOcean"}, keep=7,
    ),
    TokenFormat(
        "square_access_token", "secret.square_token", Severity.CRITICAL,
        ("EAAA",),
        _B + r"EAAA[A-Za-z0-9_\-]{60}" + _E,
        {"en": "a Square access token", "fr": "un jeton d'accès Square"}, keep=4, check="mixed",
    ),
    TokenFormat(
        "square_legacy_token", "secret.square_token", Severity.CRITICAL,
        ("sq0atp-", "sq0csp-"),
        _B + r"(?P<keep>sq0(?:atp|csp)-)[A-Za-z0-9_\-]{22,43}" + _E,
        {
            "en": "a Square access token or application secret",
            "fr": "un jeton d'accès ou un secret d'application Square",
        },
        check="mixed",
    ),
    TokenFormat(
        "mapbox_secret_token", "secret.mapbox_token", Severity.CRITICAL,
        ("eyJ",),
        r"eyJ[A-Za-z0-9_\-]{10,400}\.[A-Za-z0-9_\-]{20,100}" + _E,
        {"en": "a secret Mapbox access token", "fr": "un jeton d'accès secret Mapbox"},
        check="mapbox", lead=_B + r"[st]k\.", lead_reach=3, show_lead=True,
    ),
    TokenFormat(
        "mapbox_public_token", "secret.mapbox_token", Severity.LOW,
        ("eyJ",),
        r"eyJ[A-Za-z0-9_\-]{10,400}\.[A-Za-z0-9_\-]{20,100}" + _E,
        {
            "en": "a public Mapbox token (made to ship in apps and web pages: make sure it is "
            "restricted to the organisation's URLs)",
            "fr": "un jeton public Mapbox (fait pour être intégré aux applis et aux pages web : "
            "vérifiez qu'il est restreint aux adresses de l'organisation)",
        },
        check="mapbox", lead=_B + r"pk\.", lead_reach=3, show_lead=True,
    ),
    TokenFormat(
        "twitter_bearer_token", "secret.twitter_bearer_token", Severity.CRITICAL,
        ("AAAAAAAAAAAAAAAAAAAAA",),
        r"(?<![A-Za-z0-9%])(?P<keep>A{21,24})[A-Za-z0-9%]{40,160}(?![A-Za-z0-9%])",
        {
            "en": "an X (Twitter) app-only bearer token",
            "fr": "un jeton d'application X (Twitter), au porteur",
        },
        check="bearer",
    ),
)


def _automaton() -> ahocorasick.Automaton:
    """Every anchor -> (its length, the indices of the formats it starts)."""
    starts: dict[str, list[int]] = {}
    for index, fmt in enumerate(FORMATS):
        for anchor in fmt.anchors:
            starts.setdefault(anchor, []).append(index)
    automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
    for anchor, indices in starts.items():
        automaton.add_word(anchor, (len(anchor), tuple(indices)))
    automaton.make_automaton()
    return automaton


#: one automaton of every anchor of every format
ANCHORS = _automaton()


def candidates(text: str) -> Iterator[tuple[TokenFormat, re.Match[str], int]]:
    """Every match of a format at one of its anchors in ``text`` (not yet validated), with the
    start of the token (before the anchor for a format with a lead).

    An anchor may start several formats: an AWS key ID is a token and the context of the secret
    key that often follows it. An occurrence of an anchor overlapping the previous occurrence of
    the same anchor ("AAAA…" in a run of A) is skipped: every format refuses to start inside a
    run of its own characters, and a megabyte of one letter must stay cheap.
    """
    last: dict[int, int] = {}  # anchor (the identity of its entry) -> its previous start
    for end, (length, indices) in ANCHORS.iter(text):
        start = end - length + 1
        anchor = id(indices)
        if start < last.get(anchor, -length) + length:
            continue
        last[anchor] = start
        for index in indices:
            fmt = FORMATS[index]
            match = fmt.compiled.match(text, start)
            if match is None:
                continue
            token_start = start
            if fmt.compiled_lead is not None:
                lead = fmt.compiled_lead.search(text, max(0, start - fmt.lead_reach), start)
                if lead is None:
                    continue
                token_start = lead.start()
            yield fmt, match, token_start
