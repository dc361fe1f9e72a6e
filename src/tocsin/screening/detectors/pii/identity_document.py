"""What passport and identity-card numbers have in common: a number format next to a word.

Document numbers have no checksum one can rely on and look like any reference code ("12AB34567",
"X4RTBPFW4", nine digits), so they are reported only within a short window after (or just before)
a word naming the document: "passeport", "passport", "carte d'identité", "CNI", "ID card"… A
generic "numéro de" is not enough ("numéro de commande 123456789" is an order). Context words are
matched on the folded text (case, accents, spacing do not matter); the number itself on the
original text, because its letters are capitals. A word that makes the document something else
("passeport vaccinal", "code promo") cancels the context.

A subclass is data only: ``KIND``, ``CONTEXT``, ``UNLESS``, ``FORMATS`` and its explanations.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import ClassVar

from ....models import Finding, Severity
from ....profile import Profile
from ...lexicon import Gate
from ...matching import PhraseMatcher, near
from ..base import Context
from .personal_data import PersonalDataDetector

#: round 20: an abbreviated "number" right after the document word, its dot not a sentence end
_ABBREVIATED_NUMBER = re.compile(r"^\W{0,2}(?:no|nr|num|n°|nº)\.", re.IGNORECASE)


def mask_document(number: str) -> str:
    """``12AB34567`` -> ``12*****67``."""
    compact = "".join(ch for ch in number if ch.isalnum())
    return compact[:2] + "*" * max(len(compact) - 4, 1) + compact[-2:]


class DocumentFormat:
    """One way a document number is written: a pattern on the original text and a check.

    A format that ``claims`` its shape rules it out for the formats after it when its check
    fails (a Spanish DNI with a wrong letter is not another document's number).
    """

    def __init__(
        self,
        rule: str,
        pattern: str,
        check: Callable[[str], bool] | None = None,
        *,
        claims: bool = False,
    ) -> None:
        self.rule = rule
        self.regex = re.compile(pattern)
        self.check = check
        self.claims = claims

    def accepts(self, number: str) -> bool:
        return self.check is None or self.check(number)


def letters_and_digits(min_digits: int, min_letters: int) -> Callable[[str], bool]:
    """A check that a number mixes enough digits and (capital) letters."""

    def check(number: str) -> bool:
        digits = sum(ch.isdigit() for ch in number)
        return digits >= min_digits and len(number) - digits >= min_letters

    return check


class IdentityDocument(PersonalDataDetector):
    """Base class: a document number in one of ``FORMATS`` near one of ``CONTEXT``."""

    KIND: ClassVar[str] = ""
    SEVERITY: ClassVar[Severity] = Severity.HIGH
    #: document words (folded phrases, '*' = the word continues)
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    #: words that make the document something else, when near the document word
    UNLESS: ClassVar[tuple[str, ...]] = ()
    #: substrings of the folded text, one of which must be there before anything else runs
    TRIGGERS: ClassVar[tuple[str, ...]] = ()
    FORMATS: ClassVar[tuple[DocumentFormat, ...]] = ()
    AFTER = 50  # characters after the document word where the number may start
    BEFORE = 25  # characters before the document word where the number may end
    UNLESS_WINDOW = 20
    #: round 19 (train-o): farther than ``AFTER``, a number still counts when it is the value
    #: after a colon in the same sentence ("here's my passport number for the claim since your
    #: form keeps crashing: 19GB47382"); 0: off
    AFTER_COLON = 0

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._context: PhraseMatcher[str] = PhraseMatcher((p, "context") for p in self.CONTEXT)
        self._unless: PhraseMatcher[str] = PhraseMatcher((p, "unless") for p in self.UNLESS)

    def gate(self) -> Gate:
        """Nothing without a document word: the engine skips the detector on a post where its
        shared pass found none."""
        return Gate((self._context,))

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        norm = ctx.normalized
        folded = norm.folded
        for trigger in self.TRIGGERS:  # a loop: no generator to build on the usual post
            if trigger in folded:
                break
        else:
            return
        words = self._context.find_all(norm)
        if not words:
            return
        unless = self._unless.find_all(norm) if self._unless else []
        text = ctx.text
        seen: set[tuple[int, int]] = set()
        for word in words:
            if any(near(word, u, self.UNLESS_WINDOW) for u in unless):
                continue
            lo = max(0, word.start - self.BEFORE)
            hi = min(len(text), word.end + max(self.AFTER, self.AFTER_COLON))
            near_hi = word.end + self.AFTER
            for fmt in self.FORMATS:
                for m in fmt.regex.finditer(text, lo, hi):
                    span = m.span()
                    if span in seen or not self._alone(text, *span):
                        continue
                    if span[0] >= near_hi and not self._after_colon(
                        text, word.start, word.end, span[0]
                    ):
                        continue
                    if span[0] < word.start < span[1]:
                        continue
                    if not fmt.accepts(m.group()):
                        if fmt.claims:
                            seen.add(span)
                        continue
                    seen.add(span)
                    masked = mask_document(m.group())
                    yield self.personal_finding(
                        ctx,
                        span,
                        masked,
                        rule=f"{self.KIND}.{fmt.rule}",
                        score=0.9,
                        word=word.phrase.rstrip("*"),
                    )

    @staticmethod
    def _after_colon(text: str, word_start: int, word_end: int, start: int) -> bool:
        """The number is the value of a colon, in the same sentence as the document word, which
        is named as a number ("passport number", "numéro de passeport")."""
        between = text[word_end:start]
        # round 20: the dot of an abbreviated "number" ("passport no.", "nr.", "num.") is not
        # the end of the sentence
        between = _ABBREVIATED_NUMBER.sub("", between, count=1)
        if not between.rstrip().endswith(":") or any(c in between for c in ".!?\n"):
            return False
        around = text[max(0, word_start - 12) : word_end + 10].lower()
        return any(w in around for w in ("number", "numéro", "numero", "n°", "no."))

    @staticmethod
    def _alone(text: str, start: int, end: int) -> bool:
        before = start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "-_/")
        after = end >= len(text) or not (text[end].isalnum() or text[end] in "-_/")
        return before and after
