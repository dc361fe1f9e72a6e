"""Random-looking strings next to secret words: keys and tokens of formats nobody documented.

A candidate is a run of 20 or more base64/base64url characters. It is reported only when all of
these hold, to keep false positives rare:

- a secret word (key, token, secret, clé, jeton, API, bearer, credentials…) is just before it on
  the same line, and no public-value word is (commit, SHA, hash, checksum, fingerprint, public
  key, order, tracking, transaction, version…): commit SHAs and published hashes stay quiet;
- it looks random: upper case, lower case and digits (or 32+ hex digits, or lower case with many
  digits), Shannon entropy above the level 99 % of random strings of its length and alphabet
  reach, and not a slug of words (``summer-collection-2026``);
- it is not a token of a documented format (:mod:`.keys_and_tokens` reports those), not inside a
  PEM block, and not part of a link, except as the value of a secret-named query parameter
  (``?token=…``, ``&api_key=…``) on a domain that is not the organisation's own;
- a UUID counts only when assigned to a secret word (``api_key = 3f2c…``): UUIDs in tracking
  links and order numbers are identifiers, not secrets.

Severity: ``high`` when assigned (``token: …``, ``secret=…``, ``la clé est …``), else ``medium``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from ....models import Category, Finding, Severity
from ....profile import Profile
from ..base import Context, Detector
from .masking import mask_token
from .token_formats import candidates

#: every byte of the UTF-8 text made ``x`` when it is one of ``HighEntropy.TOKEN_CHARS`` but
#: ``=`` (all ASCII), else a space: a candidate exists when 20 ``x`` follow each other
_TOKEN_BYTES = bytes(
    ord("x")
    if chr(b) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-"
    else ord(" ")
    for b in range(256)
)
_RUN_OF_20 = b"x" * 20


class HighEntropy(Detector):
    name = "high_entropy"
    version = "1.0"
    categories = (Category.DATA_LEAK,)
    description = "Random-looking strings (keys, tokens) next to words such as key, token, secret."

    KIND = "secret.high_entropy"
    CANDIDATE = re.compile(r"(?<![A-Za-z0-9+/_\-])[A-Za-z0-9+/_\-]{20,4096}={0,2}")
    TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-=")
    SECRET_WORDS = re.compile(
        r"(?i)\b(?:api[ _\-]?keys?|apikey|keys?|tokens?|secrets?|cl[eé]s?|jetons?|api|bearer"
        r"|authorization|auth|credentials?|access[ _\-]?keys?|private|priv[ée]e|signing"
        r"|client[ _\-]?secret|passphrase|x-api-key)\b"
    )
    PUBLIC_WORDS = re.compile(
        r"(?i)\b(?:commit|sha\d{0,3}|md5|hash|hachage|checksum|somme de contr[oô]le|empreinte"
        r"|fingerprint|digest|integrity|etag|txid|tx|transaction|wallet|portefeuille|public"
        r"|publique|pubkey|ssh-rsa|ssh-ed25519|ecdsa-sha2-nistp\d{3}|build|version|release"
        r"|commande|order|tracking|suivi|colis|parcel|ticket|r[ée]f[ée]rence|ref|invoice"
        r"|facture|doi|isbn|hashtag)\b"
    )
    #: the context ends with an assignment: "token: ", "secret=", "la clé est "
    ASSIGNED = re.compile(r"(?i)(?:[:=：]|\bis|\best|\bvaut)[ \t\"'`]{0,3}\Z")
    UUID = re.compile(r"(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
    #: query parameters whose value is a secret
    SECRET_PARAMS = re.compile(
        r"(?i)[?&;](?:token|access_token|refresh_token|id_token|private_token|api_?key|key"
        r"|secret|client_secret|auth|password|pwd|signature)=\Z"
    )
    HOST = re.compile(r"(?i)^(?:[a-z][a-z0-9+.\-]{1,15}://)?(?:[^\s/@]{1,128}@)?([a-z0-9.\-]{1,253})")
    WINDOW = 48  # characters before a candidate searched for secret and public words
    URL_REACH = 2048  # characters before a candidate searched for the start of its link
    HEX = frozenset("0123456789abcdefABCDEF")

    EXPLANATIONS = {
        "en": (
            "A random-looking string ({masked}) follows “{word}”: it looks like a key or a "
            "token. If it is one, it is compromised once published: remove it and revoke or "
            "rotate it. Share secrets only through the secret manager. If it is a public value "
            "(an order number, a hash), add it to the policy's allow-list."
        ),
        "fr": (
            "Une chaîne d'apparence aléatoire ({masked}) suit « {word} » : on dirait une clé ou "
            "un jeton. Si c'en est un, il est compromis une fois publié : retirez-le, révoquez-"
            "le ou renouvelez-le. Ne partagez les secrets que par le gestionnaire de secrets. "
            "Si c'est une valeur publique (numéro de commande, empreinte), ajoutez-la à la "
            "liste d'autorisation de la politique."
        ),
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self.official = tuple(profile.official_domains)

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        text = ctx.text
        # ``find``, not ``in``: ``bytes.__contains__`` first tries its operand as an integer and
        # builds, then drops, a TypeError on every post
        if text.encode("utf-8", "surrogatepass").translate(_TOKEN_BYTES).find(_RUN_OF_20) < 0:
            return  # no run of 20 token characters: no candidate (a regex search costs 10x)
        known: list[tuple[int, int]] | None = None
        for match in self.CANDIDATE.finditer(text):
            start, end = match.span()
            if end < len(text) and text[end] in self.TOKEN_CHARS:
                continue  # longer than any key: a blob, not a token
            token = match.group(0)
            context = self._context(text, start)
            if context is None:
                continue
            word, assigned = context
            if self.UUID.fullmatch(token):
                if not assigned:
                    continue
            elif not looks_random(token):
                continue
            if known is None:
                known = [(s, m.end()) for _, m, s in candidates(text)]
            if any(s < end and start < e for s, e in known):
                continue
            masked = mask_token(token, 3)
            yield self.finding(
                ctx,
                category=Category.DATA_LEAK,
                kind=self.KIND,
                severity=Severity.HIGH if assigned else Severity.MEDIUM,
                span=(start, end),
                excerpt=masked,
                rule="secret.high_entropy." + ("assigned" if assigned else "near"),
                matched=masked,
                score=0.85 if assigned else 0.7,
                masked=masked,
                word=word,
            )

    def _context(self, text: str, start: int) -> tuple[str, bool] | None:
        """The secret word before ``start`` and whether the value is assigned to it, or None."""
        line_start = text.rfind("\n", max(0, start - self.URL_REACH), start) + 1
        chunk_start = start
        floor = max(line_start, start - self.URL_REACH)
        while chunk_start > floor and not text[chunk_start - 1].isspace():
            chunk_start -= 1
        chunk = text[chunk_start:start]  # the part of the same "word" before the candidate
        if chunk.endswith((".", "@", "#")) or "-----BEGIN" in text[max(0, start - 200) : start]:
            return None
        if "://" in chunk or chunk.lower().startswith("www.") or "/" in chunk:
            return self._url_parameter(chunk)
        window = text[max(line_start, start - self.WINDOW) : start]
        if self.PUBLIC_WORDS.search(window):
            return None
        words = list(self.SECRET_WORDS.finditer(window))
        if not words:
            return None
        last = words[-1]
        between = window[last.end() :]
        assigned = len(between) <= 24 and self.ASSIGNED.search(between) is not None
        return last.group(0), assigned

    def _url_parameter(self, chunk: str) -> tuple[str, bool] | None:
        """A candidate inside a link counts only as a secret query parameter off our domains."""
        param = self.SECRET_PARAMS.search(chunk)
        if param is None:
            return None
        host = self.HOST.match(chunk)
        domain = host.group(1).lower().rstrip(".") if host else ""
        if any(domain == d or domain.endswith("." + d) for d in self.official):
            return None
        return param.group(0)[1:-1], True


def shannon_entropy(text: str) -> float:
    """Bits per character of ``text`` (its own character frequencies)."""
    n = len(text)
    return -sum(c / n * math.log2(c / n) for c in Counter(text).values())


def entropy_floor(length: int, hex_only: bool) -> float:
    """About the entropy 99 % of random strings of this length and alphabet exceed."""
    if hex_only:
        return min(3.5, 0.55 * math.log2(length) + 0.5)
    return min(4.5, 0.8 * math.log2(length) + 0.2)


def looks_random(token: str) -> bool:
    """Random key material, not words, slugs, paths or counters."""
    body = token.rstrip("=")
    if len(body) < 20:
        return False
    lower = any(c.islower() for c in body)
    upper = any(c.isupper() for c in body)
    digits = sum(c.isdigit() for c in body)
    if not digits or _wordy(body):
        return False
    if set(body) <= HighEntropy.HEX:
        if len(body) < 32 or not (lower or upper):
            return False
        return shannon_entropy(body) >= entropy_floor(len(body), hex_only=True)
    if not (lower and upper) and digits < len(body) * 0.2:
        return False
    floor = entropy_floor(len(body), hex_only=False) - (0 if lower and upper else 0.3)
    return shannon_entropy(body) >= floor


def _wordy(body: str) -> bool:
    """A slug or path: two or more segments that are plain words (``lampe-opale-2026``)."""
    segments = [s for s in re.split(r"[\-_/+]", body) if s]
    if len(segments) < 2:
        return False
    words = sum(1 for s in segments if len(s) >= 3 and s.isalpha() and (s.islower() or s.istitle()))
    return words >= 2 or (words > 0 and words * 2 >= len(segments))
