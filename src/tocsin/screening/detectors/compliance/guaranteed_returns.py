"""Guaranteed-return and risk-free investment claims ("rendement garanti", "double your money").

Rules in ``lexicons/compliance.toml`` (kind ``compliance.guaranteed_return``). A product warranty
("garantie 2 ans") or a risk-free trial ("essayez sans risque, satisfait ou remboursé") is not an
investment claim: "sans risque" and "risk-free" count only next to investment words.

One more construction is checked here, when no phrase of the rules is found: a figure promised,
a percentage or a sum of money within ``FIGURE_GAP`` characters of "garanti(s)", "guaranteed" or
"assuré(s)", in a sentence with a word of investing or gaining ("+40 % garanti d'ici l'été",
"gagnez 5 % par mois garantis", "placez 1 000 €, récupérez 1 200 € dans un an, c'est garanti").
Round 11 (structural, :meth:`GuaranteedReturns._rate_without_risk`, outbound): a yearly or
monthly rate ("8 % par an", "8.5% a year", "11 % chaque année") on a financial product
("obligations", "fund", "fonds", "actions") in a post that also denies any risk of loss ("on ne voit
pas comment vous pourriez perdre", "hasn't lost a single penny", "zero risk", "marchés en hausse
ou en baisse"): the guarantee said without the word.

Round 12 (structural, :meth:`GuaranteedReturns._vouched`): an invitation to put money in (buy,
place, invest, "a safe place for your savings") in a post about the market (the share,
shareholders, results, savings) and an outcome vouched for (no loss ever, "vous me remercierez",
"thank me later", "you won't regret it", with stated grounds: results ahead or the price now):
"Achetez l'action à 14 €, vous me remercierez le 28", "our employee shareholders have never lost
a cent... a safe place for your savings". A product bought ("Buy the Halo lamp, you won't regret
it") has no market word.

Round 13: a multiple of the stake ("guaranteed 3x", "x3 garanti") is a promised figure, and a
stock ticker ("$LUMIO") makes the sentence an investment's, in inbound posts too.

"100 % garanti" (an absolute promise, reputation's business), discounts and energy savings
("-20 % garanti", "60 % d'économies garanties") are left alone.

Round 14 (structural, :meth:`GuaranteedReturns._growth_without_risk`): a share invited to (buy,
grab, invest, with a market word, or its ticker) said to double, triple or "x3" while any risk is
denied ("it'll double by summer, zero risk", "elle va tripler, aucun risque"); an issuer said
unable to go bust ("when did a lightbulb ever go bust?", "jamais fait faillite") denies the
risk of loss for the round-11 rate shape.

Round 19 (structural, :meth:`GuaranteedReturns._own_vehicle_without_risk`, outbound): the
organisation's own investment vehicle (the employee share plan, "plan d'épargne salariale", its
crowdfunding, its share named with the brand, "your savings in Lumio") and, within
``VEHICLE_REACH`` characters, any loss denied in the speaker's own words ("they literally can't
go down", "c'est sans risque, je vous le promets", "vous n'aurez pris aucun risque", "no
scenario where you lose"). A denial negated ("not risk-free", "n'est pas sans risque") or a
risk warning ("tout placement comporte un risque") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import ahocorasick

from ....models import Category, Finding, Severity
from ....profile import Profile
from ...lexicon import LexiconDetector
from ...matching import PhraseMatcher
from ..base import Context


class GuaranteedReturns(LexiconDetector):
    name = "guaranteed_returns"
    version = "1.2"
    categories = (Category.COMPLIANCE,)
    #: every rule is outbound but ``share_tip_inbound``: a reply on the organisation's page
    #: promising that its shares will double ("guaranteed 2x by March, trust me I work there") is
    #: a misleading investment promise to moderate too
    directions = ("outbound", "inbound")
    description = "Guaranteed returns and risk-free investment claims (misleading promotion)."
    LEXICON = "compliance"
    KINDS = ("compliance.guaranteed_return",)

    #: a percentage (not 100 %) or a sum of money
    FIGURE = re.compile(
        r"(?<![\w.,])(?:\+\s?)?(?!100\s?%)\d{1,3}(?:[.,]\d{1,2})?\s?%"
        r"|(?<![\w.,])\d{1,3}(?:[ .,\u00a0\u202f]?\d{3})*(?:[.,]\d{2})?\s?(?:€|\$|£|euros?\b)"
        r"|[€$£]\s?\d{1,3}(?:[ .,]?\d{3})*"
        # round 13: a multiple of the stake ("guaranteed 3x", "x2 garanti", "10x assuré")
        r"|(?<![\w.,])\d{1,2}(?:[.,]\d)?\s?x(?!\w)|(?<![\w.,])x\s?\d{1,2}(?![\w.,])"
    )
    #: round 13: a stock ticker ("$LUMIO") makes the sentence about an investment, and an
    #: inbound post promising a multiple on it is a misleading promotion too
    TICKER = re.compile(r"(?<![\w$])\$[A-Za-z]{2,5}\b")
    GUARANTEE = re.compile(r"\b(?:garantis?|guaranteed|assur[ée]s?)\b", re.IGNORECASE)
    FIGURE_GAP = 40
    #: a word of investing or gaining in the same sentence
    INVESTING = re.compile(
        r"\b(?:plac(?:ez|er|ement)|investi\w*|invest\w*|mise[zr]?|gagne[zr]?|gain\w*|earn\w*|"
        r"r[ée]cup[ée]re[zr]|get back|touche[zr]|rapport\w*|rendement\w*|returns?|yield\w*|"
        r"int[ée]r[êe]ts?|interest|profit\w*|actions?|shares?|stock|tokens?|crypto\w*|"
        r"[ée]pargne|savings?)\b",
        re.IGNORECASE,
    )
    #: discounts, savings and product figures: not a return on an investment
    NOT_RETURN = re.compile(
        r"\b(?:remises?|r[ée]ductions?|off|soldes|promo\w*|discount\w*|[ée]conomies|"
        r"[ée]nerg\w*|energy|consomm\w*|lumin\w*|efficac\w*|lumens?|batterie|battery|"
        r"recycl\w*|satisfaction|"
        r"rembours\w*|refund\w*|livraison|delivery|garantie)\b",
        re.IGNORECASE,
    )
    #: round 9 (precision): the figure reported to warn against it, a scam or a fake site
    #: quoted ("attention aux faux sites qui promettent 12 % garantis", "beware of 'guaranteed
    #: 10%' offers", "we never offer ...") is not the organisation's own promise; "qui
    #: promettent" alone is not enough ("nos obligations qui promettent 8 % garantis")
    WARNING = re.compile(
        r"\b(?:attention aux?|m[ée]fiez[- ]vous|arnaque\w*|escroqu\w*|scam\w*|beware|"
        r"fraud\w*|faux (?:sites?|comptes?|profils?|conseillers?)|fake (?:sites?|accounts?|"
        r"profiles?|ads?|offers?)|usurp\w*|imperson\w*|phishing|hame[çc]onnage|"
        r"n'[ée]met aucun|"
        r"ne (?:propose|vend|garantit) (?:jamais|aucun\w*|pas)|never (?:offer|sell|promise)\w*|"
        r"signalez[- ]les|report them)\b",
        re.IGNORECASE,
    )
    SENTENCE = re.compile(r"[^.!?\n]*")
    #: round 10 (precision): the guarantee denied right before it ("capital non garanti", "not
    #: guaranteed", "rendement pas garanti")
    NEGATED = re.compile(r"\b(?:non|pas|not|never|jamais|aucunement|nullement)[ \t-]{1,3}\Z", re.I)
    EXPLANATIONS = {
        "en": (
            "A return promised as a figure (“{found}”): guaranteeing a percentage or a sum on an "
            "investment is misleading and regulated (financial promotion rules, AMF/FCA). Remove "
            "it; every investment carries a risk of loss."
        ),
        "fr": (
            "Rendement promis en chiffres (« {found} ») : garantir un pourcentage ou une somme sur "
            "un placement est trompeur et encadré (règles de commercialisation, AMF). Retirez-le ; "
            "tout placement comporte un risque de perte."
        ),
    }

    # -- round 11 (structural): a rate, a financial product and no risk of loss -----------------
    RATE = re.compile(
        r"(?<![\w.,])\d{1,2}(?:[.,]\d{1,2})?\s?%\s?(?:net\s|brut\s|de rendement\s)?"
        r"(?:par an|par mois|l['’]an|chaque ann[ée]e|tous les ans|annuels?|a year|per year|"
        r"per annum|a month|per month|every year|each year|annually|yearly|p\.?a\.?)(?!\w)",
        re.IGNORECASE,
    )
    PRODUCT = re.compile(
        r"\b(?:obligations?|bonds?|fonds|funds?|actions?|shares?|stocks?|placements?|placer|"
        r"investi\w*|invest\w*|[ée]pargne|savings?|livrets?|sicav|etf|portfolio|portefeuille|"
        r"rapport\w*|rendements?|returns?|yields?)\b",
        re.IGNORECASE,
    )
    NO_LOSS = re.compile(
        r"(?:can['’]?t lose|cannot lose|can not lose|won['’]t lose|impossible (?:de|to) (?:perdre|"
        r"lose)|pas comment [^.!?\n]{0,30}perdre|(?:n['’]a|n['’]ont|hasn['’]t|haven['’]t|has never|"
        r"have never|never|jamais) (?:jamais |rien |encore )?(?:perdu|lost)|"
        r"z[ée]ro (?:risque|risk|downside|worr(?:y|ies)|perte)|no[- ](?:risk|downside)|"
        r"risk[- ]free|"
        r"sans (?:aucun )?risque|aucun risque|sans perte|no losses?|"
        r"march[ée]s? en hausse ou en baisse|(?:whether )?(?:the )?markets? (?:go )?up or down|"
        r"quoi qu['’]il arrive|whatever (?:happens|the market)|rain or shine|"
        # round 14: the issuer said unable to fail ("when did a lightbulb ever go bust?")
        r"(?:ever|never|jamais|pas pr[èe]s de|won['’]?t|will not|can['’]?t|cannot) "
        r"(?:go(?:ne|es)? (?:bust|under|bankrupt|belly[- ]up)|fait faillite|faire faillite|"
        r"fera faillite|couler|coul[ée]))",
        re.IGNORECASE,
    )
    RATE_EXPLANATIONS = {
        "en": (
            "A return promised without any risk (“{found}”): a rate on an investment with no "
            "possible loss is a misleading financial promotion (AMF/FCA). Remove it; every "
            "investment carries a risk of loss."
        ),
        "fr": (
            "Rendement promis sans risque (« {found} ») : un taux sur un placement présenté sans "
            "perte possible est une communication financière trompeuse (AMF). Retirez-le ; tout "
            "placement comporte un risque de perte."
        ),
    }

    # -- round 12 (structural): an invitation to invest and an outcome vouched for ------------
    #: the cheap test: a word vouching for the outcome (folded)
    VOUCH_CUES = (
        "never lost", "jamais perdu", "thank me later", "thank me on", "thank me after",
        "remercierez", "remercieras", "safe place", "safest place", "safe bet", "safest bet",
        "placement sur", "valeur sure", "valeur refuge", "can t go wrong", "cannot go wrong",
        "won t regret", "wont regret", "regretterez pas", "regretteras pas",
    )
    #: the outcome vouched for: no loss ever, or the reader's thanks to come
    VOUCH = re.compile(
        r"(?:(?:n['’]a|n['’]ont|hasn['’]t|haven['’]t|has never|have never|never|jamais)\s"
        r"(?:jamais\s|rien\s|encore\s)?(?:perdu|lost)|thank me (?:later|on|after)|"
        r"(?:vous|tu) (?:me )?remercier(?:ez|as)|safest? (?:place|bet|haven)|placement s[ûu]r|"
        r"valeur (?:s[ûu]re|refuge)|can['’]?t go wrong|cannot go wrong|won['’]?t regret|"
        r"(?:vous|tu) ne (?:le )?regretter(?:ez|as) pas)",
        re.IGNORECASE,
    )
    #: an invitation to put money in: buy (now, before a date), place, invest, "your savings"
    INVITE = re.compile(
        r"\b(?:achetez|ach[èe]te|achetez-en|buy|grab|load up|investissez|investis|invest|"
        r"placez|place (?:your|vos)|put your (?:money|savings)|mettez (?:votre argent|vos "
        r"[ée]conomies|votre [ée]pargne)|(?:for|pour) (?:your|vos|votre) (?:savings|[ée]pargne|"
        r"[ée]conomies))\b",
        re.IGNORECASE,
    )
    #: ... in a post about the market: a share, shareholders, results ahead
    MARKET = re.compile(
        r"\b(?:l['’]action|les actions|actionnaires?|shares?|shareholders?|stocks?|ipo|bourse|"
        r"share price|cours|dividend\w*|revenue|chiffre d['’]affaires|consensus|r[ée]sultats?|"
        r"results|guidance|savings|[ée]pargne|titres?|\$[a-z]{2,5})\b",
        re.IGNORECASE,
    )
    #: the reader's thanks to come vouch for a gain only on stated grounds: results or figures
    #: ahead, or the price now ("Q4 revenue way above consensus… thank me later", "tant qu'elle
    #: est à 14 €, vous me remercierez"); a bare "buy before the 28th, you'll thank me" is a tip
    THANKS = re.compile(r"thank|remercier|regret|go wrong", re.IGNORECASE)
    GROUNDS = re.compile(
        r"\b(?:r[ée]sultats?|results|revenue|chiffre d['’]affaires|consensus|guidance|"
        r"dividend\w*|b[ée]n[ée]fices?|profits?|earnings)\b"
        r"|\d\s?(?:€|\$|£|euros?\b|[mk]\b)|[€$£]\s?\d",
        re.IGNORECASE,
    )
    VOUCH_EXPLANATIONS = {
        "en": (
            "An investment vouched for (“{found}”): inviting people to buy or place money "
            "while promising no loss or their thanks to come is a misleading financial promotion "
            "(AMF/FCA). Remove it; every investment carries a risk of loss."
        ),
        "fr": (
            "Placement garanti sans le mot (« {found} ») : inviter à acheter ou à placer en "
            "promettant l'absence de perte ou des remerciements à venir est une communication "
            "financière trompeuse (AMF). Retirez-le ; tout placement comporte un risque de perte."
        ),
    }

    # -- round 14 (structural): a multiple of the stake and no risk, on a share ---------------
    #: the stake doubled, tripled, multiplied ("it'll double by summer", "va doubler", "x2")
    GROWTH = re.compile(
        r"\b(?:doubl(?:e|es|ed|ing|er|era|eront|ement)|tripl(?:e|es|ed|ing|er|era|eront)|"
        r"quadrupl\w+|multipli(?:e|er|era|ed|es|y) (?:par|by) (?:deux|trois|two|three|\d)|"
        r"(?:go(?:es|ing)?|to) (?:to )?the moon|moon(?:ing|shot)?|10-?bagger)\b"
        r"|(?<![\w.,])[x×]\s?[2-9](?![\w.,])|(?<![\w.,])[2-9]\s?[x×](?!\w)",
        re.IGNORECASE,
    )
    #: a word of the stake's risk (the cheap test, on the folded text)
    RISK_CUES = ("risk", "risque", "lose", "perdre", "perte", "bust", "faillite", "couler")
    GROWTH_EXPLANATIONS = {
        "en": (
            "A share said to multiply without risk (“{found}”): inviting people to buy it with a "
            "doubling promised and no possible loss is a misleading financial promotion "
            "(AMF/FCA), and from staff it may be an insider's tip. Remove it."
        ),
        "fr": (
            "Une action promise au double sans risque (« {found} ») : inviter à l'acheter en "
            "promettant qu'elle doublera sans perte possible est une communication financière "
            "trompeuse (AMF), et venant d'un salarié un tuyau d'initié. Retirez-le."
        ),
    }

    # -- round 19 (structural): the organisation's own vehicle and the loss denied -----------
    #: the cheap test (folded): a word of the vehicle
    VEHICLE_CUES = (
        "share plan", "stock plan", "actionnariat", "epargne salariale", "plan d epargne",
        "crowdfunding", "financement participatif", "action ", "actions ", "stock", "shares",
        "savings", "epargne", "economies",
    )
    #: how far the denial may stand from the vehicle
    VEHICLE_REACH = 130
    #: the loss denied in the speaker's words, on top of ``NO_LOSS``
    DENIAL = re.compile(
        r"(?:can['’]?t|cannot|won['’]?t|will never|never) (?:go down|drop|fall|lose)|"
        r"(?:can|will) only go up|(?:ne )?(?:peu(?:t|vent)|va|vont) que monter|"
        r"ne (?:peu(?:t|vent)|va|vont) pas (?:baisser|chuter|descendre)|"
        r"no (?:scenario|way|world) (?:where|in which) you (?:lose|lose money)|"
        r"(?:aucun|pas de|z[ée]ro) sc[ée]nario o[uù] (?:vous|tu) perd|"
        r"(?:pris|prendrez|prenez|prends) aucun risque|"
        r"(?:n['’]|ne )?(?:aurez|auras) (?:pris )?aucun risque|"
        r"(?:c['’]est|is|it['’]s) (?:totally |totalement |100 ?% )?"
        r"(?:sans risque|risk[- ]free|safe as houses)",
        re.IGNORECASE,
    )
    #: the denial negated right before ("not risk-free", "n'est pas sans risque")
    DENIAL_NEGATED = re.compile(r"\b(?:not|pas|never|jamais|n['’]est pas|isn['’]t)[ \t]{1,3}\Z",
                                re.IGNORECASE)
    RISK_WARNING = re.compile(
        r"(?:comporte(?:nt)? (?:un|des) risques?|risque de perte en capital|capital (?:is )?at "
        r"risk|risk of (?:capital )?loss|you (?:may|could|can) lose|vous pouvez perdre|"
        r"(?:peut|peuvent) (?:baisser|perdre)|(?:may|can|could) (?:go down|fall|lose))",
        re.IGNORECASE,
    )
    VEHICLE_EXPLANATIONS = {
        "en": (
            "The organisation's own investment said to carry no risk (“{found}”): promising "
            "staff or the public that its shares, share plan or crowdfunding cannot lose is a "
            "misleading financial promotion (AMF/FCA). Remove it; every investment carries a "
            "risk of loss."
        ),
        "fr": (
            "Placement de l'organisation présenté sans risque (« {found} ») : promettre aux "
            "salariés ou au public que ses actions, son épargne salariale ou son financement "
            "participatif ne peuvent pas perdre est une communication financière trompeuse "
            "(AMF). Retirez-le ; tout placement comporte un risque de perte."
        ),
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._vouch_cues: PhraseMatcher[str] = PhraseMatcher((c, c) for c in self.VOUCH_CUES)
        names = sorted(
            {n.strip("#@ ") for b in profile.brands for n in (b.name, *b.aliases)} - {""},
            key=len,
            reverse=True,
        )
        brand = "|".join(re.escape(n) for n in names) or r"(?!x)x"
        self._vehicle = re.compile(
            r"(?<!\w)(?:(?:employee |staff )?(?:share|stock) (?:purchase )?plan|"
            r"actionnariat salari[ée]|(?:plan d['’])?[ée]pargne salariale|plan d['’][ée]pargne "
            r"(?:entreprise|groupe)|crowdfunding|financement participatif|"
            rf"(?:l['’]action|les actions|des actions|actions|le titre) (?:{brand})|"
            rf"(?:{brand}) (?:stock|shares|share price)|"
            r"(?:savings|money|cash|[ée]conomies|[ée]pargne|argent) "
            rf"(?:in|into|dans|sur) (?:{brand})"
            r")(?!\w)",
            re.IGNORECASE,
        )
        #: the cue words of the cheap tests (VEHICLE_CUES, RISK_CUES, the guarantee's words), each
        #: with its test's bit: one walk of the folded text says which tests a post passes
        self._cues: Any = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
        bits: dict[str, int] = {}
        for words, bit in (
            (self.VEHICLE_CUES, _VEHICLE),
            (self.RISK_CUES, _RISK),
            (GUARANTEE_WORDS, _GUARANTEED),
        ):
            for word in words:
                bits[word] = bits.get(word, 0) | bit
        for word, bit in bits.items():
            self._cues.add_word(word, bit)
        self._cues.make_automaton()

    def _cues_in(self, folded: str) -> int:
        """The bits of the cheap tests ``folded`` passes: the bit of a test when one of its words
        is in the text (the answer of ``any(word in folded for word in words)``)."""
        found = 0
        for _end, bit in self._cues.iter(folded):
            found |= bit
            if found == _VEHICLE | _RISK | _GUARANTEED:
                break  # a long post full of them: nothing more to learn
        return found

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        found = list(super().analyze(ctx))
        if found:
            return found  # the claim is reported already, by its own words
        outbound = ctx.post.direction.value == "outbound"
        if "%" in ctx.text and outbound:
            found = list(self._rate_without_risk(ctx))
            if found:
                return found
        if self._vouch_cues.found_in(ctx.normalized):
            found = list(self._vouched(ctx))
            if found:
                return found
        cues = self._cues_in(ctx.normalized.folded)
        if outbound and cues & _VEHICLE:
            found = list(self._own_vehicle_without_risk(ctx))
            if found:
                return found
        if cues & _RISK:
            found = list(self._growth_without_risk(ctx))
            if found:
                return found
        if not cues & _GUARANTEED:
            return ()  # the cheap test: most posts promise nothing
        if (outbound or self.TICKER.search(ctx.text)) and self.GUARANTEE.search(ctx.text):
            return list(self._figures(ctx))
        return ()

    def _figures(self, ctx: Context) -> Iterator[Finding]:
        text = ctx.text
        for word in self.GUARANTEE.finditer(text):
            if self.NEGATED.search(text, max(0, word.start() - 16), word.start()):
                continue
            lo, hi = max(0, word.start() - self.FIGURE_GAP), word.end() + self.FIGURE_GAP
            figure = self.FIGURE.search(text, lo, hi)
            if figure is None:
                continue
            start = max(text.rfind(stop, 0, word.start()) for stop in ".!?\n") + 1
            tail = self.SENTENCE.match(text, word.end())
            end = tail.end() if tail is not None else len(text)
            sentence = text[start:end]
            if self.NOT_RETURN.search(sentence) or (
                self.INVESTING.search(sentence) is None and self.TICKER.search(text) is None
            ):
                continue
            if self.WARNING.search(sentence):
                continue
            span = (min(figure.start(), word.start()), max(figure.end(), word.end()))
            found = text[span[0] : span[1]]
            yield self.finding(
                ctx,
                category=Category.COMPLIANCE,
                kind="compliance.guaranteed_return",
                severity=Severity.HIGH,
                span=span,
                excerpt=found,
                rule="compliance.guaranteed_figure",
                matched=word.group(),
                score=0.85,
                templates=self.EXPLANATIONS,
                found=found,
            )
            return

    def _growth_without_risk(self, ctx: Context) -> Iterator[Finding]:
        """Round 14: a share invited to (buy, grab, invest, or its ticker) said to double and
        denied any risk ("buy $LUMIO before the 28th, it'll double by summer, zero risk", "un
        x2 sans aucun risque sur l'action"); not a product, a discount or a warning."""
        text = ctx.text
        growth = self.GROWTH.search(text)
        if growth is None or self.NO_LOSS.search(text) is None:
            return
        if self.WARNING.search(text) or self.NOT_RETURN.search(text):
            return
        ticker = self.TICKER.search(text) is not None
        if not ticker and (self.INVITE.search(text) is None or self.MARKET.search(text) is None):
            return
        if not ticker and ctx.post.direction.value != "outbound":
            return
        yield self.match_finding(
            ctx,
            growth,
            category=Category.COMPLIANCE,
            kind="compliance.guaranteed_return",
            severity=Severity.HIGH,
            rule="growth_without_risk",
            score=0.8,
            templates=self.GROWTH_EXPLANATIONS,
        )

    def _own_vehicle_without_risk(self, ctx: Context) -> Iterator[Finding]:
        """Round 19: the organisation's own vehicle (share plan, employee savings, crowdfunding,
        its share) and, near it, a loss denied ("can't go down", "c'est sans risque, je vous le
        promets"); not negated, not next to a risk warning or a scam warning."""
        text = ctx.text
        vehicle = self._vehicle.search(text)
        if vehicle is None or self.WARNING.search(text) or self.RISK_WARNING.search(text):
            return
        while vehicle is not None:
            lo = max(0, vehicle.start() - self.VEHICLE_REACH)
            hi = vehicle.end() + self.VEHICLE_REACH
            for pattern in (self.DENIAL, self.NO_LOSS):
                for denial in pattern.finditer(text, lo, hi):
                    head = max(0, denial.start() - 14)
                    if self.DENIAL_NEGATED.search(text, head, denial.start()):
                        continue
                    yield self.match_finding(
                        ctx,
                        denial,
                        category=Category.COMPLIANCE,
                        kind="compliance.guaranteed_return",
                        severity=Severity.HIGH,
                        rule="own_vehicle_without_risk",
                        score=0.8,
                        templates=self.VEHICLE_EXPLANATIONS,
                    )
                    return
            vehicle = self._vehicle.search(text, vehicle.end())

    def _vouched(self, ctx: Context) -> Iterator[Finding]:
        """Round 12: an invitation to invest, a market word and an outcome vouched for."""
        text = ctx.text
        vouch = self.VOUCH.search(text)
        if vouch is None or self.WARNING.search(text) or self.NOT_RETURN.search(text):
            return
        if self.INVITE.search(text) is None or self.MARKET.search(text) is None:
            return
        if self.THANKS.search(vouch.group()) and self.GROUNDS.search(text) is None:
            return
        yield self.match_finding(
            ctx,
            vouch,
            category=Category.COMPLIANCE,
            kind="compliance.guaranteed_return",
            severity=Severity.HIGH,
            rule="vouched_investment",
            score=0.8,
            templates=self.VOUCH_EXPLANATIONS,
        )

    def _rate_without_risk(self, ctx: Context) -> Iterator[Finding]:
        """Round 11: a rate per period, a financial product and a denial of any loss."""
        text = ctx.text
        rate = self.RATE.search(text)
        if rate is None or self.WARNING.search(text) or self.NOT_RETURN.search(text):
            return
        if self.PRODUCT.search(text) is None or self.NO_LOSS.search(text) is None:
            return
        yield self.match_finding(
            ctx,
            rate,
            category=Category.COMPLIANCE,
            kind="compliance.guaranteed_return",
            severity=Severity.HIGH,
            rule="rate_without_risk",
            score=0.8,
            templates=self.RATE_EXPLANATIONS,
        )


#: the bits of :meth:`GuaranteedReturns._cues_in`: a word of the organisation's own vehicle, of
#: the stake's risk, of a guarantee
_VEHICLE, _RISK, _GUARANTEED = 1, 2, 4
#: the guarantee's words, the cheap test before the figure's patterns (folded)
GUARANTEE_WORDS = ("garanti", "guaranteed", "assur")
