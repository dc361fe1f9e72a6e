"""Keys and tokens with documented formats: cloud and API keys, JWT, private keys, URL passwords.

The formats are data (:mod:`.token_formats`); this module validates what they match. One
Aho-Corasick automaton of every documented prefix is the prefilter, so a post with none costs
one pass of the automaton.
Tokens are matched on the original text with invisible characters removed and full-width
letters made ASCII (:mod:`.reveal`), not on the folded text: tokens are case-sensitive.

Documentation placeholders (``ghp_xxxx…``, ``sk-0123456789abcdef…``, ``<your-key>``) are not
reported; values published as examples by the provider (``AKIAIOSFODNN7EXAMPLE``) are reported
with a low severity and an explanation saying so. Excerpts are masked (``AKIA…9986``) and the
finding's ``matched`` value is the masked excerpt too: the raw secret is never stored.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterable, Mapping

from ....models import Category, Finding, Severity
from ..base import Context, Detector
from .masking import mask_token
from .placeholders import Lookalike, lookalike
from .reveal import original_span, reveal
from .token_formats import TokenFormat, candidates


class KeysAndTokens(Detector):
    name = "keys_and_tokens"
    version = "1.0"
    categories = (Category.DATA_LEAK,)
    description = (
        "Credentials with documented formats: AWS, Google Cloud, Azure, GitHub, GitLab, Slack, "
        "Stripe, OpenAI, Anthropic, Mailchimp, Telegram, SendGrid, Twilio, npm, PyPI, Discord, "
        "Shopify, Hugging Face, DigitalOcean, Square, Mapbox, X keys; JWT; PEM private keys; "
        "passwords in links."
    )

    EXPLANATIONS = {
        "en": (
            "Found {label} ({masked}). A published credential is compromised: anyone reading the "
            "post can use it, and bots collect keys from public posts within minutes. Do not "
            "publish it; revoke or rotate it now (even if the post was never sent, if it left "
            "the team's secret store), and share secrets only through the secret manager."
        ),
        "fr": (
            "Trouvé : {label} ({masked}). Un identifiant publié est compromis : tout lecteur "
            "peut s'en servir, et des robots récoltent les clés des messages publics en quelques "
            "minutes. Ne le publiez pas ; révoquez-le ou renouvelez-le maintenant (même si le "
            "message n'est pas parti, s'il est sorti du coffre à secrets), et ne partagez les "
            "secrets que par le gestionnaire de secrets."
        ),
    }
    EXAMPLE_EXPLANATIONS = {
        "en": (
            "Found {label} ({masked}) that is the example value published in the provider's "
            "documentation, not a working credential: nothing to revoke. Make sure the post "
            "really meant to show the documented example and not a real key."
        ),
        "fr": (
            "Trouvé : {label} ({masked}), qui est la valeur d'exemple publiée dans la "
            "documentation du fournisseur, pas un identifiant valide : rien à révoquer. "
            "Vérifiez que le message voulait bien montrer l'exemple documenté et non une vraie clé."
        ),
    }

    #: after a PEM header: optional armour headers, then at least 40 characters of key material
    PEM_BODY = re.compile(
        r"(?:(?:\\n|\s){1,4}[A-Za-z][A-Za-z\-]{1,20}: [^\n\\]{0,120}){0,4}"
        r"(?:\\n|\s){1,8}[A-Za-z0-9+/=]{40}"
    )
    PEM_END = re.compile(r"-----END (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----")
    PEM_MAX = 20_000  # characters searched for the END line
    #: URL passwords that are documentation, not secrets
    PASSWORD_PLACEHOLDERS = frozenset(
        {"password", "pass", "passwd", "pwd", "pw", "secret", "motdepasse", "mot_de_passe",
         "mdp", "xxx", "xxxx", "pass123", "yourpassword", "mypassword"}
    )
    #: the scheme before "://" of a link with a password
    SCHEME = re.compile(r"(?<![A-Za-z0-9+.\-])[A-Za-z][A-Za-z0-9+.\-]{1,15}\Z")
    EXAMPLE_HOSTS = ("example.com", "example.org", "example.net", "example.fr")
    URL_REACH = 1000  # characters around a SAS signature searched for the rest of its link

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        text, index = reveal(ctx.text)
        seen: set[tuple[int, int]] = set()
        for fmt, match, token_start in candidates(text):
            found = self._validate(text, fmt, match, token_start)
            if found is None or found[0] in seen:
                continue
            (start, end), excerpt, example = found
            seen.add((start, end))
            span = original_span(index, start, end)
            yield self.finding(
                ctx,
                category=Category.DATA_LEAK,
                kind=fmt.kind,
                severity=Severity.LOW if example else fmt.severity,
                span=span,
                excerpt=excerpt,
                rule=f"secret.{fmt.rule}",
                matched=excerpt,
                score=0.6 if example else 0.97,
                templates=self.EXAMPLE_EXPLANATIONS if example else self.EXPLANATIONS,
                label=_label(fmt.label, ctx.explain_lang),
                masked=excerpt,
            )

    def _validate(
        self, text: str, fmt: TokenFormat, match: re.Match[str], token_start: int
    ) -> tuple[tuple[int, int], str, bool] | None:
        """The span, masked excerpt and "is a documented example" of a real token, else None."""
        groups = fmt.compiled.groupindex
        start, end = match.span("secret") if "secret" in groups else (token_start, match.end())
        value = text[start:end]
        keep = match.end("keep") - start if "keep" in groups else fmt.keep
        if fmt.show_lead:
            keep += match.start() - start
        check = fmt.check
        if check == "pem":
            return self._pem(text, match)
        if check == "basic_auth":
            return self._basic_auth(text, match)
        body = value[keep:]
        # an app-only bearer token holds runs of "A" (zero bytes): not filler there
        kind_of = lookalike(body.replace("AAAA", "") if check == "bearer" else body)
        if kind_of is Lookalike.PLACEHOLDER:
            return None
        if check in ("mixed", "bearer") and not _mixed(body):
            return None
        if check == "digits" and not any(c.isdigit() for c in body):
            return None
        if check == "cased" and not (any(c.isupper() for c in body) and any(
            c.islower() for c in body
        )):
            return None
        if check == "jwt" and not _jwt_header(value):
            return None
        if check == "discord" and not _discord_id(value):
            return None
        if check == "mapbox" and not _mapbox_payload(value):
            return None
        if check == "sas" and not self._in_sas_link(text, start, end):
            return None
        return (start, end), mask_token(value, keep), kind_of is Lookalike.EXAMPLE

    def _pem(self, text: str, match: re.Match[str]) -> tuple[tuple[int, int], str, bool] | None:
        body = self.PEM_BODY.match(text, match.end())
        if body is None:  # a header alone ("your file starts with -----BEGIN …") is no key
            return None
        footer = self.PEM_END.search(text, body.end(), body.end() + self.PEM_MAX)
        end = footer.end() if footer else body.end()
        return (match.start(), end), match.group(0) + "…", False

    def _basic_auth(
        self, text: str, match: re.Match[str]
    ) -> tuple[tuple[int, int], str, bool] | None:
        scheme = self.SCHEME.search(text, max(0, match.start() - 16), match.start())
        if scheme is None:
            return None
        user, password, host = match.group("user"), match.group("password"), match.group("host")
        host = host.rstrip(".-")
        kind_of = lookalike(password)
        if password.lower() in self.PASSWORD_PLACEHOLDERS or kind_of is Lookalike.PLACEHOLDER:
            return None
        if "." in user and password.isdigit():  # "https://lumio.com:443@evil.example": a lure
            return None
        if not host:
            return None
        low = host.lower()
        example = kind_of is Lookalike.EXAMPLE or any(
            low == h or low.endswith("." + h) for h in self.EXAMPLE_HOSTS
        )
        excerpt = f"{scheme.group(0)}://{user[:1]}****:****@{host}"
        end = match.start("host") + len(host)
        return (scheme.start(), end), excerpt, example

    def _in_sas_link(self, text: str, start: int, end: int) -> bool:
        """A SAS signature comes with its version (``sv=``) in the same link."""
        left = start
        floor = max(0, start - self.URL_REACH)
        while left > floor and not text[left - 1].isspace():
            left -= 1
        right = end
        ceiling = min(len(text), end + self.URL_REACH)
        while right < ceiling and not text[right].isspace():
            right += 1
        link = text[left:right]
        return "sv=" in link and ("windows.net" in link or "se=" in link)


def _label(labels: Mapping[str, str], lang: str) -> str:
    return labels.get(lang) or labels["en"]


def _mixed(body: str) -> bool:
    """Random key material has upper case, lower case and digits."""
    return (
        any(c.isupper() for c in body)
        and any(c.islower() for c in body)
        and any(c.isdigit() for c in body)
    )


def _b64_json(part: str) -> object:
    """The JSON value of a base64url part of a token, or None."""
    try:
        return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    except (binascii.Error, ValueError):
        return None


def _discord_id(token: str) -> bool:
    """The first part of a Discord bot token is the bot's numeric id (17 to 20 digits)."""
    head = token.split(".", 1)[0]
    try:
        raw = base64.b64decode(head + "=" * (-len(head) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False
    return 17 <= len(raw) <= 20 and raw.isdigit()


def _mapbox_payload(token: str) -> bool:
    """The payload of a Mapbox token is JSON naming its user ("u")."""
    payload = _b64_json(token.split(".")[1])
    return isinstance(payload, dict) and "u" in payload


def _jwt_header(token: str) -> bool:
    """The first part of a JWT decodes to a JSON object naming its algorithm."""
    head = token.split(".", 1)[0]
    try:
        raw = base64.urlsafe_b64decode(head + "=" * (-len(head) % 4))
        header = json.loads(raw)
    except (binascii.Error, ValueError):
        return False
    return isinstance(header, dict) and "alg" in header
