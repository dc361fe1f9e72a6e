"""Payment card numbers: issuer prefix and length, Luhn key, and a card-like layout.

A number is reported when all three hold: it starts with a known issuer prefix and has a length
that issuer uses (Visa, Mastercard 51-55 and 2221-2720, American Express 34/37, Discover, Diners,
JCB, UnionPay, Maestro, Mir; French Cartes Bancaires are co-branded Visa or Mastercard numbers),
its Luhn key is right (python-stdnum), and it is written compact or in the usual groups (4-4-4-4,
4-4-4-4-3, Amex 4-6-5, Diners 4-6-4) with spaces or dashes. A 16-digit Luhn-valid number without
an issuer prefix is not a card. The well-known test numbers published by payment processors
(4242 4242 4242 4242…) are left alone: posting them in a developer tip leaks nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ....models import Finding, Severity
from ..base import Context
from .digits import count_digits, only_digits
from .personal_data import PersonalDataDetector


def _luhn_valid(digits: str) -> bool:
    """python-stdnum's Luhn check, imported on first use (tens of ms at start-up)."""
    from stdnum import luhn

    return bool(luhn.is_valid(digits))


def mask_card(digits: str) -> str:
    """Any card number -> ``**** **** **** 1234``."""
    return f"**** **** **** {digits[-4:]}"


class PaymentCard(PersonalDataDetector):
    name = "payment_card"
    version = "1.0"
    description = "Payment card numbers (issuer prefix, length, Luhn key)."

    KIND = "pii.payment_card"
    SEVERITY = Severity.CRITICAL
    MIN_DIGITS = 13
    CANDIDATE = re.compile(r"\d{1,19}+(?:[ \-]\d{1,19}+){0,5}+")
    SEPARATOR = re.compile(r"[ \-]")
    #: (issuer, first digits from, to (inclusive, same length), allowed lengths)
    ISSUERS: tuple[tuple[str, int, int, tuple[int, ...]], ...] = (
        ("Visa", 4, 4, (13, 16, 19)),
        ("Mastercard", 51, 55, (16,)),
        ("Mastercard", 2221, 2720, (16,)),
        ("American Express", 34, 34, (15,)),
        ("American Express", 37, 37, (15,)),
        ("Discover", 6011, 6011, (16, 17, 18, 19)),
        ("Discover", 644, 649, (16, 17, 18, 19)),
        ("Discover", 65, 65, (16, 17, 18, 19)),
        ("Diners Club", 300, 305, (14, 16, 17, 18, 19)),
        ("Diners Club", 36, 36, (14, 16, 17, 18, 19)),
        ("Diners Club", 38, 39, (16, 17, 18, 19)),
        ("JCB", 3528, 3589, (16, 17, 18, 19)),
        ("UnionPay", 62, 62, (16, 17, 18, 19)),
        ("Maestro", 5018, 5018, (13, 15, 16, 17, 18, 19)),
        ("Maestro", 5020, 5020, (13, 15, 16, 17, 18, 19)),
        ("Maestro", 5038, 5038, (13, 15, 16, 17, 18, 19)),
        ("Maestro", 5893, 5893, (13, 15, 16, 17, 18, 19)),
        ("Maestro", 6304, 6304, (13, 15, 16, 17, 18, 19)),
        ("Maestro", 6759, 6759, (13, 15, 16, 17, 18, 19)),
        ("Maestro", 6761, 6763, (13, 15, 16, 17, 18, 19)),
        ("Mir", 2200, 2204, (16, 17, 18, 19)),
    )
    #: group layouts people write, besides all groups of four (the last one shorter)
    LAYOUTS = ((4, 6, 5), (4, 6, 4))
    #: numbers published by payment processors for testing
    TEST_NUMBERS = frozenset({
        "4242424242424242", "4000056655665556", "4111111111111111", "4012888888881881",
        "4222222222222", "4000000000000002", "4000000000009995", "4000002500003155",
        "4000000000000077", "4000000000003220", "4917610000000000", "4988080000000000",
        "5555555555554444", "5200828282828210", "5105105105105100", "5454545454545454",
        "2223003122003222", "2222400070000005", "5425233430109903", "2223000048410010",
        "378282246310005", "371449635398431", "378734493671000", "340000000000009",
        "6011111111111117", "6011000990139424", "6011000400000000", "6011601160116611",
        "30569309025904", "38520000023237", "3056930009020004", "36227206271667",
        "3530111333300000", "3566002020360505", "3566111111111113",
        "6200000000000005", "6205500000000000004", "6759649826438453", "6799990100000000019",
    })
    #: words right before a long number that make it something else (tracking, IMEI, order…)
    OTHER_NUMBER_WORDS = re.compile(
        r"\b(?:imei|suivi|tracking|colis|parcel|commande|order|facture|invoice|siret|siren|"
        r"iban|rib|ean|isbn|sku|serie|serial|ticket|dossier|transaction|ref|reference)"
        r"(?: (?:n[°o]|no|number|id|de))?\.?[ :#°]{0,4}\Z"
    )
    CARD_WORDS = re.compile(
        r"\b(?:carte|card|cb|visa|mastercard|master card|amex|american express|discover|"
        r"maestro|jcb|cvv|cvc|cryptogramme|expir\w{0,6}|exp|paiement|payment)\b"
    )
    EXPLANATIONS = {
        "en": (
            "Payment card number {masked} ({issuer}, valid Luhn key): anyone can use it for "
            "fraudulent payments, and publishing it breaches PCI DSS. Remove it at once; if it "
            "is a real card, have it blocked."
        ),
        "fr": (
            "Numéro de carte de paiement {masked} ({issuer}, clé de Luhn valide) : n'importe qui "
            "peut s'en servir pour des paiements frauduleux, et le publier enfreint PCI DSS. "
            "Retirez-le tout de suite ; si la carte est réelle, faites-la bloquer."
        ),
    }

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        if count_digits(ctx.normalized.folded) < self.MIN_DIGITS:
            return ()  # most posts: no generator to build
        return self._findings(ctx)

    def _findings(self, ctx: Context) -> Iterator[Finding]:
        norm = ctx.normalized
        for start, end, digits, issuer, context in self.find(norm.folded):
            span = norm.to_original(start, end)
            masked = mask_card(digits)
            yield self.personal_finding(
                ctx,
                span,
                masked,
                rule="pii.payment_card.luhn",
                score=0.98 if context else 0.9,
                issuer=issuer,
            )

    def find(self, folded: str) -> Iterator[tuple[int, int, str, str, bool]]:
        """``(start, end, digits, issuer, card word near)`` for every card number."""
        for m in self.CANDIDATE.finditer(folded):
            start = m.start()
            if start > 0 and (folded[start - 1].isalnum() or folded[start - 1] in "+-.,/"):
                continue
            found = self._card_in(folded, start, m.group())
            if found is None:
                continue
            end, digits, issuer = found
            context = self.CARD_WORDS.search(folded, max(0, start - 40), start) is not None
            if not context and self.OTHER_NUMBER_WORDS.search(folded, max(0, start - 24), start):
                continue
            yield start, end, digits, issuer, context

    def _card_in(self, folded: str, start: int, raw: str) -> tuple[int, str, str] | None:
        """The card number the run ``raw`` begins with: the longest run of its groups that has
        a card layout, length and issuer, a valid key, and nothing glued after it."""
        if sum(1 for ch in raw if ch.isdigit()) < self.MIN_DIGITS:
            return None
        ends = [i for i, ch in enumerate(raw) if ch in " -"] + [len(raw)]
        for cut in reversed(ends):
            piece = raw[:cut]
            digits = only_digits(piece)
            if not 13 <= len(digits) <= 19 or not self._card_layout(piece):
                continue
            end = start + cut
            if end < len(folded) and self._glued(folded, end):
                continue
            issuer = self.issuer(digits)
            if issuer is None or digits in self.TEST_NUMBERS or not _luhn_valid(digits):
                continue
            return end, digits, issuer
        return None

    @staticmethod
    def _glued(folded: str, end: int) -> bool:
        """A letter or digit right after, or a decimal point or comma followed by more."""
        after = folded[end]
        if after in ",.":
            return folded[end + 1 : end + 2] not in ("", " ", "\n")
        return after.isalnum()

    def issuer(self, digits: str) -> str | None:
        for name, low, high, lengths in self.ISSUERS:
            width = len(str(low))
            if len(digits) in lengths and low <= int(digits[:width]) <= high:
                return name
        return None

    def _card_layout(self, raw: str) -> bool:
        groups = self.SEPARATOR.split(raw)
        if len(groups) == 1:
            return True
        if len({ch for ch in raw if not ch.isdigit()}) != 1:
            return False  # spaces and dashes mixed
        sizes = tuple(len(g) for g in groups)
        if all(s == 4 for s in sizes[:-1]) and 1 <= sizes[-1] <= 4:
            return True
        return sizes in self.LAYOUTS
