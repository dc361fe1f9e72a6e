"""Talk about the company's own share: "l'action Lumio", "Lumio stock", "$LUMI to the moon 🚀".

Two signals the generic lexicon cannot carry:

- the profile's brand names in share phrases ("l'action Lumio", "des actions Lumio", "le titre
  Lumio", "Lumio en bourse", "Lumio stock", "Lumio shares", "Lumio share price");
- investing in the company itself ("investissez dans Lumio", "Lumio bonds") next to a promised
  return ("8 % garantis", "zero risk"): promoting the company's securities;
- a cashtag (``$LUMI``) next to hype or advice ("to the moon", "buy", "hold", "x10", 🚀, 📈).
  A cashtag alone is not reported: investor relations use it to announce a publication date.

A brand share phrase next to a refusal to comment ("Le cours de l'action Lumio ? On ne le
commente pas", "no comment on Lumio shares") or in the risk warning ("past performance of Lumio
shares is no guarantee of future results") is the official line and is not reported.

"action" alone is an everyday French word ("passez à l'action", "nos actions pour le climat"), so
it is never matched without the brand. Escalated during quiet periods like every financial
finding (see :mod:`.quiet_period`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ....models import Category, Finding, Severity
from ....profile import Profile
from ...lexicon import Gate
from ...matching import PhraseMatcher
from ..base import Context, Detector
from .quiet_period import QuietCalendar, during_quiet_period


class StockTalk(Detector):
    name = "stock_talk"
    version = "1.0"
    categories = (Category.FINANCIAL_DISCLOSURE,)
    directions = ("outbound", "inbound")
    description = "The company's own share named with its brand, and cashtags with hype or advice."

    KIND = "mnpi.share_price"
    SEVERITY = Severity.MEDIUM
    #: share phrases around a brand name; "{b}" is replaced by each brand name and alias
    BRAND_PATTERNS = (
        "l'action {b}", "actions {b}", "le titre {b}", "{b} en bourse",
        "{b} stock", "{b} shares", "{b} share price", "{b} stock price", "{b} to the moon",
    )
    #: investing in the company itself ("investissez dans Lumio", "Lumio bonds"): reported only
    #: with a promised return within PROMISE_WINDOW characters ("8 % garantis", "zero risk");
    #: "investir dans une lampe Lumio" does not match
    INVEST_PATTERNS = (
        "invest in {b}", "investing in {b}", "investir dans {b}", "investissez dans {b}",
        "investi dans {b}", "{b} bonds", "obligations {b}",
    )
    PROMISE_WINDOW = 80
    PROMISE = re.compile(
        r"(?<!\w)(?:garanti\w{0,2}|guaranteed?|sans (?:aucun )?risque|z[ée]ro risque|zero risk|"
        r"no risk|risk[- ]free|can'?t lose|perdre un centime|lose a cent|double your money|"
        r"assur[ée]s?|capital prot[ée]g[ée])(?!\w)"
    )
    CASHTAG = re.compile(r"(?<![\w$])\$[a-z][a-z.]{0,5}(?![\w])")
    HYPE_WINDOW = 40
    HYPE = re.compile(
        r"(?<!\w)(?:to the moon|moon|rocket|buy|buying|achetez|acheter|hold|hodl|pump|x10|x5|"
        r"x2|10x|5x|double|doubler|tripler|bullish|haussier|all in|yolo|stonks|diamond hands|"
        r"squeeze|rally|breakout|undervalued|sous-evalue|sous-evaluee|price target|"
        r"objectif de cours|calls|envol\w{0,4}|decoll\w{0,4}|exploser|load(?:ing)? up|"
        r"(?:gonna|going to|will) rip|can'?t lose|skyrocket\w{0,3}|chargez)(?!\w)"
        r"|[\U0001F680\U0001F4C8\U0001F48E\U0001F315\U0001F4B0\U0001F911]"
    )
    DECLINE_WINDOW = 60
    #: declining to comment: "on ne le commente pas", "no comment", "we don't comment on"; and
    #: the investment risk warning ("past performance ... is no guarantee of future results");
    #: round 9: the insider-trading policy ("no trading in Lumio shares from 15 Dec", "fenêtre
    #: négative") and a question that asks for no tip ("not asking you to tell me"); round 10:
    #: an outside investor asking for the official information ("asking as a small investor")
    DECLINE = re.compile(
        r"(?<!\w)(?:ne (?:le |la |les )?comment\w*|no comment|sans commentaire|"
        r"(?:pas de|aucun) commentaire|(?:don'?t|do not|won'?t|will not|can'?t|cannot|never) "
        r"comment|past performance|performances? pass[ée]es?|no guarantee of future|"
        r"insider trading policy|insider dealing policy|no trading in|trading window|"
        r"blackout period|fen[êe]tre n[ée]gative|p[ée]riode d'abstention|"
        r"interdiction de (?:n[ée]gocier|trader|vendre|acheter)|"
        r"(?:i'?m )?not asking you to|je ne vous demande pas de|je vous demande pas de|"
        # round 10: an outside investor's question that asks for the official information
        r"asking as an? (?:small |retail |private )?(?:investor|shareholder)|"
        r"(?:any|an?) official (?:info|information|news|update|announcement)s?|"
        r"(?:une |des )?infos? officielles?|informations? officielles?|"
        r"en tant que petit (?:porteur|actionnaire)|"
        # round 10: where to read the public price ("consultable en temps réel sur Euronext")
        r"consultables?|en temps r[ée]el|real[- ]time)(?!\w)"
    )
    #: round 19 (precision, train-o): advice declined, the reader sent to an advisor ("is
    #: Lumio stock a buy? I just make lamps, ask your advisor"); not with a promised return
    ADVISOR_WINDOW = 100
    ADVISOR = re.compile(
        r"(?<!\w)(?:(?:ask|see|talk to|consult|check with) (?:your|a) (?:financial |own )?"
        r"advis[eo]r|(?:demandez|demande|voyez|parlez-en|parle-en|consultez) (?:à |a |avec )?"
        r"(?:votre|ton|un) conseiller)(?!\w)"
    )
    #: round 17 (precision, blind15): in an inbound post, someone outside asking whether to
    #: buy ("Is Lumio stock a good buy right now? Thinking of investing a bit", "je pense
    #: investir, c'est le moment ?"): a question that discloses nothing
    ASKING = re.compile(
        r"(?<!\w)(?:(?:good|smart|safe|wise) (?:buy|investment|bet)[^.!?]{0,40}\?|"
        r"(?:thinking|thought) (?:of|about) (?:investing|buying)|should i (?:buy|invest)|"
        r"(?:bon|bonne) (?:placement|investissement|achat|idée)[^.!?]{0,40}\?|"
        r"je (?:pense|songe|compte|réfléchis|reflechis) (?:à |a )?(?:investir|acheter)|"
        r"(?:faut-il|dois-je|devrais-je) (?:acheter|investir))"
    )
    #: round 21 (precision, para-w, blind10): the right time asked ("c'est le bon moment pour
    #: acheter de l'action Lumio ?"), a plan to put money in ("je pense placer un peu
    #: d'argent"), a claim heard elsewhere put to the company ("vous confirmez que je ne peux
    #: pas perdre ?", "can you confirm it's risk-free?"); not with a source inside
    ASKING_MORE = re.compile(
        r"(?<!\w)(?:(?:bon|good|right|best) (?:moment|time) (?:pour|to) (?:acheter|investir|"
        r"buy|invest|placer)[^.!?]{0,60}\?|"
        r"je (?:pense|songe|compte|vais|voudrais) (?:à |a )?placer|"
        r"(?:thinking|planning) (?:of|about|to) (?:put|putting) (?:some|a bit of|my)|"
        r"(?:vous (?:me )?confirmez|pouvez-vous (?:me )?confirmer|can you confirm|could you "
        r"confirm|is (?:it|that) (?:really )?true)[^.!?]{0,80}\?)"
    )
    #: round 21: a source inside the company makes the inbound question a relayed tip
    INSIDE_SOURCE = re.compile(
        r"(?<!\w)(?:works? (?:at|there|for|in)|bosse (?:chez|là-bas|la-bas|dans)|travaille "
        r"(?:chez|là-bas|la-bas|dans)|employee|employé|salarié|insider|initié|cousin\w*|"
        r"friend|pote|copain|copine|beau-frère|belle-sœur|uncle|oncle|internal|interne)(?!\w)"
    )
    EXPLANATIONS = {
        "en": (
            "Talk about the company's share (“{found}”): when the company or its employees "
            "comment on, predict or promote the share price, it is a market-manipulation risk. "
            "Remove it; only investor relations speak about the share, through official channels."
        ),
        "fr": (
            "Propos sur l'action de l'entreprise (« {found} ») : quand l'entreprise ou ses "
            "salariés commentent, prédisent ou vantent le cours, c'est un risque de manipulation "
            "de marché. "
            "Retirez-le ; seule la communication financière parle de l'action, par les canaux "
            "officiels."
        ),
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        names = {n for b in profile.brands for n in (b.name, *b.aliases) if n.strip("#@ ")}
        patterns = [(p, False) for p in self.BRAND_PATTERNS]
        patterns += [(p, True) for p in self.INVEST_PATTERNS]
        self._brand_phrases: PhraseMatcher[bool] = PhraseMatcher(
            (pattern.format(b=name.strip("#@ ")), invest)
            for name in sorted(names)
            for pattern, invest in patterns
        )
        self._calendar = QuietCalendar(profile)

    #: the characters without which no cashtag is looked for (:meth:`analyze`)
    DOLLARS = ("$", "＄")

    def gate(self) -> Gate:
        """Nothing without a share phrase of a brand or a dollar sign (a cashtag's)."""
        return Gate((self._brand_phrases,), self.DOLLARS)

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        spans = list(self._brand_spans(ctx))
        if "$" in ctx.text or "＄" in ctx.text:  # DOLLARS
            spans.extend(self._cashtag_spans(ctx))
        if not spans:
            return
        period = self._calendar.at(ctx.post.at) if self._calendar else None
        for (start, end), rule in spans:
            found = ctx.text[start:end]
            finding = self.finding(
                ctx,
                category=Category.FINANCIAL_DISCLOSURE,
                kind=self.KIND,
                severity=self.SEVERITY,
                span=(start, end),
                excerpt=found,
                rule=rule,
                matched=found,
                score=0.85,
                found=found,
            )
            if period is not None:
                topic = self.EXPLANATIONS.get(ctx.explain_lang, self.EXPLANATIONS["en"])
                finding = during_quiet_period(
                    self, ctx, finding, period, topic.format(found=found)
                )
            yield finding

    def _brand_spans(self, ctx: Context) -> Iterator[tuple[tuple[int, int], str]]:
        if not self._brand_phrases:
            return
        for m in self._brand_phrases.find(ctx.normalized):
            if m.payload:  # investing in the company: only with a promised return
                if self._promised(ctx.text, m.start, m.end):
                    yield (m.start, m.end), "stock_talk.invest_promise"
            elif not self._declined(ctx.text, m.start, m.end) and not self._asked(ctx):
                yield (m.start, m.end), "stock_talk.brand_share"

    def _promised(self, text: str, start: int, end: int) -> bool:
        window = text[max(0, start - self.PROMISE_WINDOW) : end + self.PROMISE_WINDOW]
        return self.PROMISE.search(window.lower()) is not None

    def _asked(self, ctx: Context) -> bool:
        """An inbound question from someone thinking of buying (round 17)."""
        if ctx.post.direction.value != "inbound":
            return False
        text = ctx.text.lower().replace("’", "'")
        if self.ASKING.search(text) is not None:
            return True
        return self.ASKING_MORE.search(text) is not None and self.INSIDE_SOURCE.search(text) is None

    def _declined(self, text: str, start: int, end: int) -> bool:
        window = text[max(0, start - self.DECLINE_WINDOW) : end + self.DECLINE_WINDOW]
        window = window.lower().replace("’", "'")
        if self.DECLINE.search(window) is not None:
            return True
        wide = text[max(0, start - self.ADVISOR_WINDOW) : end + self.ADVISOR_WINDOW]
        wide = wide.lower().replace("’", "'")
        return self.ADVISOR.search(wide) is not None and self.PROMISE.search(wide) is None

    def _cashtag_spans(self, ctx: Context) -> Iterator[tuple[tuple[int, int], str]]:
        norm = ctx.normalized
        folded = norm.folded
        for m in self.CASHTAG.finditer(folded):
            window = folded[max(0, m.start() - self.HYPE_WINDOW) : m.end() + self.HYPE_WINDOW]
            if self.HYPE.search(window):
                yield norm.to_original(m.start(), m.end()), "stock_talk.cashtag_hype"
