"""The documented formats of keys and tokens: data for :mod:`.keys_and_tokens`.

Each format has *anchors* (literal strings: the documented prefixes, or the context words of a
format without prefix) and a full, bounded *pattern* that starts where an anchor starts. All
anchors of all formats are compiled into one Aho-Corasick automaton, :data:`ANCHORS`: a post
without any costs one pass of the automaton; a pattern only runs, anchored, where its anchor is.

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
    check: str = ""  # extra validation done by the detector: "jwt", "sas", "pem", "basic_auth"
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", re.compile(self.pattern))


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


def candidates(text: str) -> Iterator[tuple[TokenFormat, re.Match[str]]]:
    """Every match of a format at one of its anchors in ``text`` (not yet validated).

    An anchor may start several formats: an AWS key ID is a token and the context of the secret
    key that often follows it.
    """
    for end, (length, indices) in ANCHORS.iter(text):
        start = end - length + 1
        for index in indices:
            fmt = FORMATS[index]
            match = fmt.compiled.match(text, start)
            if match is not None:
                yield fmt, match
