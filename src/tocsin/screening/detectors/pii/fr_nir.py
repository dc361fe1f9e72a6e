"""French social security numbers (NIR, « numéro de sécurité sociale »), with their key.

Fifteen characters: sex (1 or 2; 3, 4, 7 or 8 for provisional numbers), year, month (01-12, or
20-42 and 50-99 when unknown), department (two digits, or 2A/2B for Corsica), commune, order
number and a two-digit key, compact (``185057800608436``) or spaced as on the « carte Vitale »
(``1 85 05 78 006 084 36``). The structure and the key (97 - n mod 97, python-stdnum) must both
hold, so no context word is needed; one raises the score.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ....models import Finding, Severity
from ..base import Context
from .digits import count_digits
from .personal_data import PersonalDataDetector


def _valid_nir(number: str) -> bool:
    """python-stdnum's check, imported on first use (it costs tens of ms at start-up)."""
    from stdnum.fr import nir

    return bool(nir.is_valid(number))


def mask_nir(compact: str) -> str:
    """``185057800608436`` -> ``1 ** ** ** *** *** 36``: sex and key only."""
    return f"{compact[0]} ** ** ** *** *** {compact[-2:]}"


class FrNir(PersonalDataDetector):
    name = "fr_nir"
    version = "1.0"
    description = "French social security numbers (NIR) with a valid key."

    KIND = "pii.fr_nir"
    SEVERITY = Severity.HIGH
    MIN_DIGITS = 13  # Corsican numbers have two letters
    _S = r"[ .\-]?"
    CANDIDATE = re.compile(
        rf"[1-478]{_S}\d\d{_S}(?:0[1-9]|1[0-2]|[2-9]\d){_S}(?:\d\d|2[ab]){_S}\d{{3}}{_S}"
        rf"\d{{3}}{_S}\d\d"
    )
    CONTEXT = re.compile(
        r"\b(?:nir|secu|securite sociale|secu sociale|ss|insee|carte vitale|assurance maladie|"
        r"ameli|social security|ssn)\b"
    )
    EXPLANATIONS = {
        "en": (
            "French social security number (NIR) {masked}, valid key: it reveals sex, birth "
            "month and place, and gives access to health and social records. Remove it; never "
            "publish it, even partly."
        ),
        "fr": (
            "Numéro de sécurité sociale (NIR) {masked}, clé valide : il révèle le sexe, le mois "
            "et le lieu de naissance, et ouvre l'accès aux dossiers de santé et sociaux. "
            "Retirez-le ; il ne se publie jamais, même en partie."
        ),
    }

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        if count_digits(ctx.normalized.folded) < self.MIN_DIGITS:
            return ()  # most posts: no generator to build
        return self._findings(ctx)

    def _findings(self, ctx: Context) -> Iterator[Finding]:
        norm = ctx.normalized
        for start, end, compact, context in self.find(norm.folded):
            span = norm.to_original(start, end)
            masked = mask_nir(compact)
            yield self.personal_finding(
                ctx,
                span,
                masked,
                rule="pii.fr_nir.key",
                score=0.98 if context else 0.9,
            )

    def find(self, folded: str) -> Iterator[tuple[int, int, str, bool]]:
        """``(start, end, compact NIR, context word near)`` for every valid NIR."""
        for m in self.CANDIDATE.finditer(folded):
            start, end = m.span()
            if start > 0 and (folded[start - 1].isalnum() or folded[start - 1] in "+-.,/"):
                continue
            if end < len(folded) and folded[end].isalnum():
                continue
            compact = "".join(ch for ch in m.group() if ch.isalnum()).upper()
            if _valid_nir(compact):
                context = self.CONTEXT.search(folded, max(0, start - 50), start) is not None
                yield start, end, compact, context
