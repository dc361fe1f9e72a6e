"""French company numbers (SIREN, 9 digits; SIRET, 14 digits) next to a word that names them.

Severity is **low** by default: a company's SIREN is public (the SIRENE register, every invoice
and legal notice print it), so a post quoting one is usually fine and is allowed, with the finding
on record. It is **medium** (review) when the post speaks of a sole trader — auto- or
micro-entrepreneur, entreprise individuelle, freelance, artisan, profession libérale, "mon
SIRET" — because a sole trader's
SIREN is tied to a person and is personal data (CNIL). The organisation's own numbers
(``[organisation] registration_numbers``: SIREN, SIRET or French VAT numbers) and the SIRETs of
its establishments are never reported.

Only numbers within 60 characters of "SIREN", "SIRET", "RCS", "immatriculé(e)", "n° d'entreprise"
or "registre du commerce" are considered, and only valid ones (Luhn key, python-stdnum).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ....models import Finding, Severity
from ....profile import Profile
from ..base import Context
from .digits import count_digits, mask_digits, only_digits
from .personal_data import PersonalDataDetector


def _valid_siren_or_siret(digits: str) -> bool:
    """python-stdnum's checks, imported on first use (they cost tens of ms at start-up)."""
    from stdnum.fr import siren, siret

    return bool(siret.is_valid(digits) if len(digits) == 14 else siren.is_valid(digits))


class FrSiren(PersonalDataDetector):
    name = "fr_siren"
    version = "1.0"
    description = "SIREN and SIRET numbers in context (personal data for sole traders)."

    KIND = "pii.fr_siren"
    SEVERITY = Severity.LOW
    SOLE_TRADER_SEVERITY = Severity.MEDIUM
    WINDOW = 60
    #: substrings that must be in the folded text before any regular expression runs
    TRIGGERS = ("sire", "rcs", "r.c.s", "immatricul", "entreprise", "registre")
    CONTEXT = re.compile(
        r"\b(?:siren|siret|rcs|r\.c\.s|immatricul\w{0,8}|registre du commerce"
        r"|(?:n[°o]\.?|numero) ?d['’ ]?entreprise)\b"
    )
    SOLE_TRADER = re.compile(
        r"\b(?:auto[ \-]?entrepreneu\w{0,4}|micro[ \-]?entrepr\w{0,8}|"
        r"entrepreneu\w{0,4} individuel\w{0,2}|entreprise individuelle|ei|eirl|freelance|"
        r"free[ \-]lance|independante?s?|travailleur independant|sole trader|self[ \-]employed|"
        r"artisane?s?|profession liberale|liberale?|agent commercial|"
        r"mon siret|mon siren|my siret|my siren)\b"
    )
    CANDIDATE = re.compile(r"\d{3}[ .]?\d{3}[ .]?\d{3}(?:[ .]?\d{5})?")
    EXPLANATIONS = {
        "en": (
            "{what} {masked} (valid key) in a post. A company's number is public and may stay; "
            "{sole} Check whose number it is before publishing."
        ),
        "fr": (
            "{what} {masked} (clé valide) dans le message. Le numéro d'une société est public "
            "et peut rester ; {sole} Vérifiez à qui appartient ce numéro avant de publier."
        ),
    }
    SOLE_TRADER_NOTE = {
        "en": (
            "this one seems to be a sole trader's, which is personal data tied to a person: "
            "remove it unless its owner agreed."
        ),
        "fr": (
            "celui-ci semble être celui d'un entrepreneur individuel, donc une donnée "
            "personnelle : retirez-le sauf accord de son titulaire."
        ),
    }
    COMPANY_NOTE = {
        "en": "a sole trader's number, though, is personal data.",
        "fr": "celui d'un entrepreneur individuel est en revanche une donnée personnelle.",
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        own = set()
        for number in profile.organisation.registration_numbers:
            digits = only_digits(number)
            if len(digits) in (9, 14):
                own.add(digits[:9])
            elif len(digits) == 11 and number.strip().upper().startswith("FR"):
                own.add(digits[2:])  # French VAT number: FR + key + SIREN
        self.own = frozenset(own)

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        folded = ctx.normalized.folded
        if count_digits(folded) < 9:
            return ()  # most posts: no generator to build
        for trigger in self.TRIGGERS:  # a loop: no generator to build on the usual post
            if trigger in folded:
                return self._findings(ctx)
        return ()

    def _findings(self, ctx: Context) -> Iterator[Finding]:
        norm = ctx.normalized
        folded = norm.folded
        sole = self.SOLE_TRADER.search(folded) is not None
        lang = ctx.explain_lang if ctx.explain_lang in self.EXPLANATIONS else "en"
        for start, end, digits in self.find(folded):
            span = norm.to_original(start, end)
            masked = mask_digits(folded[start:end], 3, 2)
            what = "SIRET" if len(digits) == 14 else "SIREN"
            note = self.SOLE_TRADER_NOTE if sole else self.COMPANY_NOTE
            yield self.personal_finding(
                ctx,
                span,
                masked,
                rule="pii.fr_siren.sole_trader" if sole else "pii.fr_siren.company",
                score=0.9 if sole else 0.8,
                severity=self.SOLE_TRADER_SEVERITY if sole else self.SEVERITY,
                what=what,
                sole=note[lang],
            )

    def find(self, folded: str) -> Iterator[tuple[int, int, str]]:
        """``(start, end, digits)`` of valid SIREN/SIRET numbers near a context word, but the
        organisation's own."""
        contexts = [m.span() for m in self.CONTEXT.finditer(folded)]
        if not contexts:
            return
        for m in self.CANDIDATE.finditer(folded):
            start, end = m.span()
            if start > 0 and (folded[start - 1].isalnum() or folded[start - 1] in "+-.,/"):
                continue
            if end < len(folded) and folded[end].isalnum():
                continue
            if not any(s - self.WINDOW <= end and start <= e + self.WINDOW for s, e in contexts):
                continue
            digits = only_digits(m.group())
            valid = _valid_siren_or_siret(digits)
            if valid and digits[:9] not in self.own:
                yield start, end, digits
