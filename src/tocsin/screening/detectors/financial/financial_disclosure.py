"""Inside information in posts and replies: guidance, results, M&A, contracts, dividends, shares.

The phrases are data (``lexicons/financial.toml``, every rule but those of kind
``mnpi.quiet_period``). This class adds what a phrase list cannot say:

- rules ``contract`` and ``signed_volume`` count only with an amount ("50 M€", "$10M", "3 millions
  d'euros") or a large quantity ("12 000 chambres", "300 stores") near the contract or the
  signature ("Signé ce matin : 1 800 lampes"): signing a lease or a supplier contract is not
  inside information, a priced or sized one is;
- rule ``results_period`` ("le CA du T3", "Q4 revenue") counts only with an amount or a growth
  figure near it ("42 M€", "+18 %"), rule ``results_growth_figure`` ("ventes", "sales") only with
  a growth figure right next to it ("+22 % de ventes", "ventes x3", "sales up 40%");
- rule ``m_and_a_named`` counts only when a proper noun or a handle follows ("rachat de Brillix",
  "merge with @acme"), so "le rachat de votre ancienne lampe" is left alone;
- inside a quiet period of the profile every finding becomes ``mnpi.quiet_period`` (high), see
  :mod:`.quiet_period`.

Announcing the date of a scheduled publication ("nos résultats du T4 seront publiés le 28
janvier", "Save the date: Q4 results on 28 January") is allowed by the rules' ``unless`` phrases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....models import Category, Finding
from ....profile import Profile
from ...lexicon import LexiconDetector, Rule
from ..base import Context
from .quiet_period import QUIET_KIND, QuietCalendar, during_quiet_period


class FinancialDisclosure(LexiconDetector):
    name = "financial_disclosure"
    version = "1.0"
    categories = (Category.FINANCIAL_DISCLOSURE,)
    directions = ("outbound", "inbound")
    description = (
        "Forward-looking statements, guidance, unpublished results, M&A, material contracts, "
        "dividends and share-price talk; escalated during the profile's quiet periods."
    )
    LEXICON = "financial"
    PHRASES_REQUIRED = True  # nothing without a phrase of the lexicon

    #: rules that need an amount within AMOUNT_WINDOW characters of the match
    AMOUNT_RULES = frozenset({"contract", "signed_volume"})
    AMOUNT_WINDOW = 60
    #: possessive runs of digits: a line of "2 2 2 2 ..." without a currency fails at once
    AMOUNT = re.compile(
        r"(?:[€$£]\s?\d[\d.,]{0,12}+\s?(?:k|m|mn|md|mds|bn|b|millions?|milliards?|billions?)?"
        r"(?![^\W\d_]))"
        r"|(?:\d[\d.,\u00a0\u202f ]{0,12}+\s?"
        r"(?:k|m|mn|md|mds|bn|b|mio|millions?|milliards?|billions?|thousand)?\s?"
        r"(?:€|\$|£|eur\b|euros?\b|usd\b|dollars?\b))"
        r"|(?:\d[\d.,]{0,6}+\s?(?:millions?|milliards?|billions?|mn|bn|mds?|md)\b)",
        re.IGNORECASE,
    )
    #: ... or, for these, a large quantity of something a contract equips or serves
    QUANTITY_RULES = frozenset({"contract", "signed_volume"})
    QUANTITY = re.compile(
        r"(?<![\w.,])(\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+|\d{3,7})[ \u00a0\u202f]?"
        r"(?:rooms|chambres|h[oô]tels|stores|magasins|boutiques|sites|agences|branches|"
        r"[ée]coles|schools|h[oô]pitaux|hospitals|gares|stations|lampes|lamps|luminaires|"
        r"lampadaires|points de vente|outlets|restaurants|bureaux|offices|licences|licenses|"
        r"units|unit[ée]s|appartements|logements|homes|apartments|buildings|b[aâ]timents|"
        r"villes|cities|pays|countries|trains|bus|buses|v[ée]hicules|vehicles)(?!\w)",
        re.IGNORECASE,
    )
    #: rules that need an amount or a growth figure within AMOUNT_WINDOW characters
    FIGURE_RULES = frozenset({"results_period"})
    #: rules that need a growth figure right next to the match (before or after)
    GROWTH_RULES = frozenset({"results_growth_figure"})
    GROWTH_BEFORE = 25
    GROWTH_AFTER = 30
    GROWTH = re.compile(
        r"(?<![\w+-])\+[ \u00a0\u202f]?\d{1,3}(?:[.,]\d{1,2})?[ \u00a0\u202f]?%"
        r"|(?<![\w-])[x×][ \u00a0\u202f]?[2-9](?:[.,]\d)?(?!\w)"
        r"|(?<!\w)(?:up|en hausse de|hausse de|grew|grew by|rose|rose by|jumped|progression de|"
        r"bond de|en progression de|augmentation de|increase of|growth of)"
        r"[ \u00a0\u202f]{1,2}\+?\d{1,3}(?:[.,]\d{1,2})?[ \u00a0\u202f]?(?:%|pts?\b|points?\b)",
        re.IGNORECASE,
    )
    #: rules that need a proper noun (or a @handle) right after the match
    NAMED_RULES = frozenset({"m_and_a_named"})
    NAME_AFTER = re.compile(r"[\s«\"“'‘(]{1,4}(@\w|[^\W\d_])")

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._rule_of = {f"{self.LEXICON}.{r.id}": r for r in self.rules}
        self._calendar = QuietCalendar(profile)

    @classmethod
    def owns(cls, rule: Rule) -> bool:
        return rule.kind != QUIET_KIND

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        found = list(super().analyze(ctx))
        if not found:
            return
        period = self._calendar.at(ctx.post.at) if self._calendar else None
        for finding in found:
            rule = self._rule_of[finding.rule]
            if not self.confirmed(ctx.text, rule, finding):
                continue
            if period is None:
                yield finding
                continue
            topic = self.topic(rule, ctx.explain_lang, ctx.text[finding.start : finding.end])
            yield during_quiet_period(self, ctx, finding, period, topic)

    def confirmed(self, text: str, rule: Rule, finding: Finding) -> bool:
        """The checks a phrase list cannot express (amount near, proper noun after)."""
        start, end = finding.start or 0, finding.end or 0
        if rule.id in self.AMOUNT_RULES or rule.id in self.FIGURE_RULES:
            window = text[max(0, start - self.AMOUNT_WINDOW) : end + self.AMOUNT_WINDOW]
            if self.AMOUNT.search(window) is not None:
                return True
            if rule.id in self.FIGURE_RULES:
                return self.GROWTH.search(window) is not None
            return rule.id in self.QUANTITY_RULES and any(
                int(re.sub(r"\D", "", m.group(1))) >= 100 for m in self.QUANTITY.finditer(window)
            )
        if rule.id in self.GROWTH_RULES:
            lo = max(0, start - self.GROWTH_BEFORE)
            return self.GROWTH.search(text, lo, end + self.GROWTH_AFTER) is not None
        if rule.id in self.NAMED_RULES:
            m = self.NAME_AFTER.match(text, end, end + 8)
            return m is not None and (m.group(1).startswith("@") or m.group(1).isupper())
        return True

    @staticmethod
    def topic(rule: Rule, lang: str, found: str) -> str:
        """The rule's own explanation, wrapped by the quiet-period one."""
        template = rule.explanation.get(lang) or rule.explanation.get("en") or ""
        return template.format(found=found)
