"""The documented formats of keys and tokens: data for :mod:`.keys_and_tokens`.

Each format has an *anchor* (a short literal, usually the documented prefix) and a full,
bounded *pattern*. All anchors are compiled into one alternation, :data:`PREFILTER`: a post with
none of them costs one regex scan; only the formats whose anchor occurs run their pattern.

A pattern may name two groups: ``secret`` (the span reported, when the match carries context
words, e.g. ``aws_secret_access_key = …``) and ``keep`` (the prefix shown in the masked excerpt,
e.g. ``AccountKey=``). Every repetition is bounded, so matching stays linear on huge posts.

Sources: the providers' own documentation of their key formats (AWS IAM identifiers, Google
API keys and service-account files, Azure Storage connection strings and SAS, GitHub token
prefixes, GitLab personal access tokens, Slack tokens and webhooks, Stripe API keys, OpenAI and
Anthropic key prefixes, RFC 7519 JWT, RFC 7468 PEM, RFC 3986 user information in URLs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from ....models import Severity


@dataclass(frozen=True, slots=True)
class TokenFormat:
    rule: str  # the finding's rule, e.g. "github_token"
    kind: str  # the finding's kind, e.g. "secret.github_token"
    severity: Severity
    anchor: str  # regex of a literal that every token of the format contains
    pattern: str  # the full token (bounded repetitions only)
    label: Mapping[str, str]  # what it is, per language, for the explanation
    keep: int = 0  # characters of the documented prefix shown in the excerpt
    check: str = ""  # extra validation done by the detector: "jwt", "sas", "pem", "basic_auth"
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", re.compile(self.pattern))


_B = r"(?<![A-Za-z0-9_\-])"  # not glued to a token character before
_E = r"(?![A-Za-z0-9_\-])"  # nor after

FORMATS: tuple[TokenFormat, ...] = (
    TokenFormat(
        "aws_access_key", "secret.aws_access_key", Severity.CRITICAL,
        r"A(?:KIA|SIA)[A-Z0-9]",
        r"(?<![A-Za-z0-9])A(?:KIA|SIA)[A-Z0-9]{16}(?![A-Za-z0-9])",
        {"en": "an AWS access key ID", "fr": "un identifiant de clé d'accès AWS"}, keep=4,
    ),
    TokenFormat(
        "aws_secret_key", "secret.aws_secret_key", Severity.CRITICAL,
        r"(?i:\baws\b|secret[_ ]?access[_ ]?key)",
        r"(?i:\baws\b|secret[_ ]?access[_ ]?key)[^\n]{0,60}?(?<![A-Za-z0-9/+])"
        r"(?P<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
        {"en": "an AWS secret access key", "fr": "une clé d'accès secrète AWS"}, check="mixed",
    ),
    TokenFormat(
        "gcp_api_key", "secret.gcp_api_key", Severity.CRITICAL,
        r"AIza",
        _B + r"AIza[0-9A-Za-z_\-]{35}" + _E,
        {"en": "a Google Cloud API key", "fr": "une clé d'API Google Cloud"}, keep=4,
    ),
    TokenFormat(
        "gcp_service_account", "secret.gcp_service_account", Severity.CRITICAL,
        r'"private_key_id"',
        r'"private_key_id"\s{0,4}:\s{0,4}"(?P<secret>[0-9a-f]{40})"',
        {
            "en": "the key of a Google Cloud service-account file",
            "fr": "la clé d'un fichier de compte de service Google Cloud",
        },
    ),
    TokenFormat(
        "azure_connection_string", "secret.azure_connection_string", Severity.CRITICAL,
        r"(?:AccountKey|SharedAccessKey)=",
        r"(?P<keep>(?:AccountKey|SharedAccessKey)=)[A-Za-z0-9+/]{20,100}={0,2}(?![A-Za-z0-9+/=])",
        {
            "en": "an Azure storage or service-bus account key",
            "fr": "une clé de compte de stockage ou de bus de services Azure",
        },
    ),
    TokenFormat(
        "azure_sas_token", "secret.azure_sas_token", Severity.CRITICAL,
        r"[?&]sig=",
        r"(?<=[?&])(?P<keep>sig=)[A-Za-z0-9%+/]{20,128}={0,2}(?![A-Za-z0-9%+/=])",
        {
            "en": "the signature of an Azure shared access signature (SAS) link",
            "fr": "la signature d'un lien d'accès partagé (SAS) Azure",
        },
        check="sas",
    ),
    TokenFormat(
        "github_token", "secret.github_token", Severity.CRITICAL,
        r"gh[pousr]_",
        _B + r"gh[pousr]_[A-Za-z0-9]{36,76}" + _E,
        {"en": "a GitHub token", "fr": "un jeton GitHub"}, keep=4,
    ),
    TokenFormat(
        "github_fine_grained_token", "secret.github_token", Severity.CRITICAL,
        r"github_pat_",
        _B + r"github_pat_[A-Za-z0-9_]{40,120}" + _E,
        {"en": "a GitHub fine-grained token", "fr": "un jeton GitHub à portée fine"}, keep=11,
    ),
    TokenFormat(
        "gitlab_token", "secret.gitlab_token", Severity.CRITICAL,
        r"glpat-",
        _B + r"glpat-[A-Za-z0-9_\-]{20,64}" + _E,
        {"en": "a GitLab personal access token", "fr": "un jeton d'accès personnel GitLab"},
        keep=6,
    ),
    TokenFormat(
        "slack_token", "secret.slack_token", Severity.CRITICAL,
        r"x(?:ox[bpaer]|app)-",
        _B + r"(?:xox[bpaer]|xapp)-[A-Za-z0-9\-]{10,250}" + _E,
        {"en": "a Slack token", "fr": "un jeton Slack"}, keep=5, check="digits",
    ),
    TokenFormat(
        "slack_webhook", "secret.slack_webhook", Severity.CRITICAL,
        r"hooks\.slack\.com/",
        r"(?P<keep>(?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/)"
        r"[A-Za-z0-9_/\-]{20,200}(?![A-Za-z0-9_/\-])",
        {
            "en": "a Slack incoming-webhook address (anyone holding it can post in the workspace)",
            "fr": "une adresse de webhook Slack (qui la détient peut écrire dans l'espace)",
        },
    ),
    TokenFormat(
        "stripe_live_key", "secret.stripe_key", Severity.CRITICAL,
        r"[rs]k_live_",
        _B + r"[rs]k_live_[0-9A-Za-z]{16,247}" + _E,
        {"en": "a live Stripe secret key", "fr": "une clé secrète Stripe de production"},
        keep=8,
    ),
    TokenFormat(
        "stripe_test_key", "secret.stripe_key", Severity.MEDIUM,
        r"[rs]k_test_",
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
        r"\bsk-ant-",
        _B + r"sk-ant-[A-Za-z0-9_\-]{20,200}" + _E,
        {"en": "an Anthropic API key", "fr": "une clé d'API Anthropic"}, keep=7,
    ),
    TokenFormat(
        "openai_project_key", "secret.openai_key", Severity.CRITICAL,
        r"\bsk-(?:proj|svcacct|admin)-",
        _B + r"(?P<keep>sk-(?:proj|svcacct|admin)-)[A-Za-z0-9_\-]{20,200}" + _E,
        {"en": "an OpenAI API key", "fr": "une clé d'API OpenAI"},
    ),
    TokenFormat(
        "openai_key", "secret.openai_key", Severity.CRITICAL,
        r"\bsk-[A-Za-z0-9]{32}",
        _B + r"sk-[A-Za-z0-9]{32,64}" + _E,
        {"en": "an OpenAI-style API key", "fr": "une clé d'API de type OpenAI"},
        keep=3, check="mixed",
    ),
    TokenFormat(
        "jwt", "secret.jwt", Severity.CRITICAL,
        r"eyJ",
        _B + r"eyJ[A-Za-z0-9_\-]{8,2000}\.eyJ[A-Za-z0-9_\-]{2,8000}\.[A-Za-z0-9_\-]{16,2000}" + _E,
        {
            "en": "a signed JSON Web Token (a bearer credential: whoever holds it is logged in)",
            "fr": "un jeton JWT signé (un jeton au porteur : qui le détient est connecté)",
        },
        keep=3, check="jwt",
    ),
    TokenFormat(
        "private_key", "secret.private_key", Severity.CRITICAL,
        r"-----BEGIN ",
        r"-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----",
        {"en": "a private key (PEM block)", "fr": "une clé privée (bloc PEM)"}, check="pem",
    ),
    TokenFormat(
        "basic_auth_url", "secret.basic_auth_url", Severity.CRITICAL,
        r"://[^\s/@:]{1,64}:",
        r"(?<![A-Za-z0-9+.\-])(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]{1,15}://)"
        r"(?P<user>[^\s:/@?#]{1,64}):(?P<password>[^\s/@?#]{1,128})@"
        r"(?P<host>[A-Za-z0-9.\-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])",
        {
            "en": "a link with a user name and password in it",
            "fr": "un lien contenant un identifiant et un mot de passe",
        },
        check="basic_auth",
    ),
)

#: one alternation of every anchor; ``lastgroup`` is ``f<index>`` of the format found
PREFILTER = re.compile("|".join(f"(?P<f{i}>{f.anchor})" for i, f in enumerate(FORMATS)))


def candidates(text: str) -> Iterator[tuple[TokenFormat, re.Match[str]]]:
    """Every match of every format whose anchor occurs in ``text`` (not yet validated)."""
    present = sorted({int(m.lastgroup[1:]) for m in PREFILTER.finditer(text) if m.lastgroup})
    for index in present:
        fmt = FORMATS[index]
        for match in fmt.compiled.finditer(text):
            yield fmt, match
