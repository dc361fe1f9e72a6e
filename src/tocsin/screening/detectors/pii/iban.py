"""IBANs (bank account numbers), checked with python-stdnum: mod-97 key and country format.

A candidate is two letters, two digits and up to eight groups of one to four letters or digits,
compact (``FR7630006000011234567890189``) or spaced (``FR76 3000 6000 0112 3456 7890 189``).
Only the length the country code prescribes is kept (27 for France, 22 for Germany and the United
Kingdom…), and it must end at a group boundary, so the words after an IBAN never join it. Case
does not matter, and full-width or zero-width characters inside do not hide it (matching runs
on the folded text).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator
from functools import cache

from ....models import Finding, Severity
from ..base import Context
from .digits import count_digits
from .personal_data import PersonalDataDetector


def _valid_iban(compact: str) -> bool:
    """python-stdnum's mod-97 check, imported on first use."""
    from stdnum import iban

    return bool(iban.is_valid(compact))


@cache
def _iban_lengths() -> dict[str, int]:
    """The length of an IBAN per country code, from python-stdnum's registry (read on first
    use: importing python-stdnum costs tens of ms at start-up)."""
    from stdnum import numdb

    registry = numdb.get("iban")
    lengths: dict[str, int] = {}
    for a in string.ascii_uppercase:
        for b in string.ascii_uppercase:
            info = registry.info(a + b)
            structure = info[0][1].get("bban", "") if info and info[0][1] else ""
            if structure:
                parts = re.findall(r"(\d+)!([nac])", structure)
                lengths[a + b] = 4 + sum(int(n) for n, _ in parts)
    return lengths


def mask_iban(compact: str) -> str:
    """``FR7630006000011234567890189`` -> ``FR76 **** **** 0189``."""
    return f"{compact[:4]} **** **** {compact[-4:]}"


class Iban(PersonalDataDetector):
    name = "iban"
    version = "1.0"
    description = "IBANs with a valid key and country format (bank account numbers)."
    KIND = "pii.iban"
    SEVERITY = Severity.HIGH
    MIN_DIGITS = 8  # the shortest IBAN (Norway, 15 characters) is all digits but the country
    START = re.compile(r"[a-z]{2}\d{2}")
    CANDIDATE = re.compile(r"[a-z]{2}\d{2}(?:[ \-]?[a-z0-9]{1,4}+){2,8}+")
    EXPLANATIONS = {
        "en": (
            "IBAN {masked} ({country}, valid key): a bank account number. Published, it invites "
            "fraudulent direct debits and targeted scams. Remove it and send bank details only "
            "through a private, secure channel."
        ),
        "fr": (
            "IBAN {masked} ({country}, clé valide) : un numéro de compte bancaire. Publié, il "
            "expose à des prélèvements frauduleux et à des escroqueries ciblées. Retirez-le et "
            "ne transmettez des coordonnées bancaires que par un canal privé et sûr."
        ),
    }

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        if count_digits(ctx.normalized.folded) < self.MIN_DIGITS:
            return ()
        return self.memoized(ctx, self._analyze)

    def _analyze(self, ctx: Context) -> Iterable[Finding]:
        norm = ctx.normalized
        if count_digits(norm.folded) < self.MIN_DIGITS:
            return
        for start, end, compact in self.find(norm.folded):
            span = norm.to_original(start, end)
            masked = mask_iban(compact)
            yield self.personal_finding(
                ctx,
                span,
                masked,
                rule="pii.iban.checksum",
                score=0.98,
                country=compact[:2],
            )

    def find(self, folded: str) -> Iterator[tuple[int, int, str]]:
        """``(start, end, compact IBAN)`` for every valid IBAN in the folded text."""
        for s in self.START.finditer(folded):
            start = s.start()
            if start > 0 and folded[start - 1].isalnum():
                continue
            length = _iban_lengths().get(folded[start : start + 2].upper())
            m = self.CANDIDATE.match(folded, start, start + 48) if length is not None else None
            if length is None or m is None:
                continue
            end = self._end_of(folded, start, m.end(), length)
            if end is None:
                continue
            compact = "".join(ch for ch in folded[start:end] if ch.isalnum()).upper()
            if _valid_iban(compact):
                yield start, end, compact

    @staticmethod
    def _end_of(folded: str, start: int, stop: int, length: int) -> int | None:
        """Where the ``length``-th letter or digit ends, if that is the end of a group."""
        seen = 0
        for i in range(start, stop):
            if folded[i].isalnum():
                seen += 1
                if seen == length:
                    end = i + 1
                    return end if end >= len(folded) or not folded[end].isalnum() else None
        return None
