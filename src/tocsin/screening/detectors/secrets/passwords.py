"""Passwords written out in natural phrasing, French and English.

"mot de passe : Lumio2026!", "mdp: …", "the wifi password is Guest-2026", "pwd=…",
"login admin / Azerty123", "identifiants : jean / Soleil2026". A keyword, an explicit separator
(":", "=", "is", "est"…) and a value that looks like a password: letters with digits or symbols,
a capital inside a word, or four digits or more. Password-hygiene advice is left alone: no value
after the keyword ("ne partagez jamais votre mot de passe", "reset your password at …"), a value
that is a plain word or a link ("mot de passe : oublié ?", "password: lumio.com/reset"), or a
hygiene cue before it ("évitez", "never use", "like", "if your password is 123456").

Matched on the original text, case-insensitively (accents written both ways), so that the value
keeps its case. The excerpt shows the keyword and the first character of the value only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....models import Category, Finding, Severity
from ..base import Context, Detector
from .masking import mask_password


class Password(Detector):
    name = "password"
    version = "1.0"
    categories = (Category.DATA_LEAK,)
    description = "Passwords in natural phrasing (mot de passe : …, password is …, login x / y)."

    KIND = "secret.password"
    SEVERITY = Severity.CRITICAL
    GATE = re.compile(
        r"de passe|mdp|passw|pwd|passphrase|login|identifiant|credential|wi-?fi", re.IGNORECASE
    )
    _VALUE = r"[ \t]{0,3}[\"'«“`]?[ \t]?(?P<value>[^\s\"'«»“”`:=：][^\s\"'«»“”`]{0,63})"
    #: keyword, up to five filler words ("du wifi", "for the guest network"), separator, value
    KEYWORD = re.compile(
        r"(?P<kw>\b(?:mot de passe|mdp|password|passwd|pwd|passphrase|pass phrase"
        r"|code wi-?fi|cl[eé] wi-?fi|wi-?fi (?:password|key|code))\b)"
        r"(?P<filler>(?:[ \t]{1,3}[^\s:=：]{1,30}){0,5}?)"
        r"[ \t]{0,3}(?P<sep>[:=：]|->|→|\bis\b|\best\b|\bc'est\b|\bc’est\b|\bwas\b|\b[ée]tait\b"
        r"|\bsera\b|\bwill be\b)" + _VALUE,
        re.IGNORECASE,
    )
    #: "login admin / Azerty123", "identifiants : jean / Soleil2026"
    LOGIN = re.compile(
        r"(?P<kw>\b(?:login|identifiants?|credentials|creds)\b)[ \t]{0,3}[:=：]?[ \t]{0,3}"
        r"(?P<user>[^\s/:,;|]{2,64})[ \t]{0,3}[/|][ \t]{0,3}" + _VALUE,
        re.IGNORECASE,
    )
    #: cues before the keyword (same sentence) that make the phrase advice or an example
    HYGIENE = re.compile(
        r"\b(?:[ée]vite[zr]?|avoid|jamais|never|n[e'’] ?utilise[zr]? pas|don[’']?t use"
        r"|do not use|stop using|e\.g|par ex|exemples?|examples?|pires?|worst|faibles?|weak"
        r"|trop simple|too simple|deviner|guess|interdits?|banned|(?:si|if) (?:votre|ton|your))\b",
        re.IGNORECASE,
    )
    #: cues between the keyword and the value: a rule or a comparison, not a value
    RULE_WORDS = re.compile(
        r"\b(?:comme|like|such as|must|doit|should|devrait|contain|contenir|at least|au moins"
        r"|caract[eè]res|characters|chars|chiffres|digits|longueur|length|exemple|example)\b",
        re.IGNORECASE,
    )
    HYGIENE_REACH = 40  # characters before the keyword searched for a hygiene cue
    #: values that are words of the sentence, not passwords
    STOPWORDS = frozenset(
        {"oublie", "oublié", "forgotten", "forgot", "reset", "strong", "fort", "robuste",
         "required", "requis", "obligatoire", "incorrect", "invalide", "invalid", "expired",
         "expiré", "changed", "changé", "modifié", "personnel", "personal", "confidentiel",
         "confidential", "password", "motdepasse", "minimum", "maximum", "none", "aucun",
         "null", "vide", "empty", "hidden", "masqué", "caché", "secret", "unique", "inchangé"}
    )
    URL_LIKE = re.compile(
        r"(?i)^(?:[a-z][a-z0-9+.\-]{1,15}://|www\.|[\w\-]{1,63}(?:\.[\w\-]{1,63}){0,8}"
        r"\.[a-z]{2,24}(?:/|$))"
    )
    TRAILING = ".,;:)]}»”’\"'?…"

    EXPLANATIONS = {
        "en": (
            "A password is written out ({masked}). Once published it is compromised: anyone "
            "can log in with it, and people reuse passwords elsewhere. Remove it, change the "
            "password now, and share access through the password manager or in private."
        ),
        "fr": (
            "Un mot de passe est écrit en clair ({masked}). Publié, il est compromis : "
            "n'importe qui peut se connecter, et il sert souvent ailleurs. Retirez-le, changez "
            "le mot de passe maintenant, et partagez les accès par le gestionnaire de mots de "
            "passe ou en privé."
        ),
    }

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        text = ctx.text
        if self.GATE.search(text) is None:
            return
        seen: set[int] = set()
        for pattern in (self.KEYWORD, self.LOGIN):
            for match in pattern.finditer(text):
                start = match.start("value")
                if start in seen:
                    continue
                value = self._password(text, match)
                if value is None:
                    continue
                seen.add(start)
                keyword = match.group("kw")
                masked = f"{keyword}: {mask_password(value)}"
                yield self.finding(
                    ctx,
                    category=Category.DATA_LEAK,
                    kind=self.KIND,
                    severity=self.SEVERITY,
                    span=(start, start + len(value)),
                    excerpt=masked,
                    rule=f"secret.password.{'login' if pattern is self.LOGIN else 'keyword'}",
                    matched=masked,
                    score=0.9,
                    masked=masked,
                )

    def _password(self, text: str, match: re.Match[str]) -> str | None:
        """The value when it looks like a password and the phrase is not advice, else None."""
        value = match.group("value").rstrip(self.TRAILING)
        if not looks_like_password(value, self.STOPWORDS) or self.URL_LIKE.match(value):
            return None
        before = text[max(0, match.start() - self.HYGIENE_REACH) : match.start()]
        before = re.split(r"[.!?\n]", before)[-1]  # the same sentence only
        inside = text[match.start() : match.start("value")]
        if self.HYGIENE.search(before) or self.HYGIENE.search(inside):
            return None
        if self.RULE_WORDS.search(inside):
            return None
        return value


def looks_like_password(value: str, stopwords: frozenset[str] = frozenset()) -> bool:
    """Letters with digits or symbols, a capital inside, or 4+ digits; not filler or a word."""
    if not 4 <= len(value) <= 64 or value.lower() in stopwords:
        return False
    if value.startswith(("<", "{", "$", "[", "%", "*")) or "xxx" in value.lower():
        return False
    if "…" in value or "..." in value:
        return False
    letters = any(c.isalpha() for c in value)
    digits = any(c.isdigit() for c in value)
    symbols = any(not c.isalnum() and c not in "-'’." for c in value)
    inner_capital = any(c.isupper() for c in value[1:]) and any(c.islower() for c in value)
    if value.isdigit():
        return True
    return letters and (digits or symbols or inner_capital)
