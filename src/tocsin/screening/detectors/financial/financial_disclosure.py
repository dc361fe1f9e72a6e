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

Round 11 (structural), detector :class:`HintedOutcome`: shareholders or the market and what they
will feel soon ("nos actionnaires vont être ravis", "keep your eyes on the ticker"), or buying
and holding the shares on an insider's word ("trust me, I work here"), shapes of
:mod:`..reputation.shapes`. Round 12: those who see the figures first (auditors, the results call)
and what they cannot say; the deal makers at work and a secret (``mnpi.m_and_a``); a contract
signed with a partner the post will not name yet (``mnpi.contract``). Round 13: a change of
owner with a wink (``mnpi.m_and_a``), an executive's mood with a teaser (``mnpi.results``), the
next quarter announced as painful (``mnpi.guidance``), "not financial advice" next to a stock
(``mnpi.share_price``). Round 14: a deal told before its announcement or as a leak
(``mnpi.contract``), a big customer or a company described instead of named, soon, with a wink
(``mnpi.contract``, ``mnpi.m_and_a``), a period's results judged before their publication
(``mnpi.results``), where one would put one's money before a date (``mnpi.share_price``).
Round 15: our books about to shine or soar (``mnpi.guidance``), many new colleagues and not by
hiring, an executive's repeated trips with a wink (``mnpi.m_and_a``); results and dividends
said to be out already anywhere in the post are public (precision).
Round 16: a growth target for next year, a sales forecast in large numbers (``mnpi.guidance``),
orders counted in millions, our cash or debt in trouble, a big write-down (``mnpi.results``),
colleagues from abroad arriving soon (``mnpi.m_and_a``); a full release "soon" is not published.
Round 17: a sales record (``mnpi.results``), a merger told as a romance (``mnpi.m_and_a``), the
employee shareholder's tip (``mnpi.share_price``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....models import Category, Finding, Severity
from ....profile import Profile
from ...lexicon import LexiconDetector, Rule
from ...matching import PhraseMatch, PhraseMatcher, SpanIndex
from ...normalize import NormalizedText
from ...prefilter import prefiltered
from ..base import Context
from ..reputation.shapes import Shape, ShapeRules
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

    #: round 20: a buy-out in the present tense ("Lumio rachète Brillix"): checked on the text
    #: as written (see :meth:`present_buyout`)
    PRESENT_BUYOUT_RULES = frozenset({"m_and_a_present"})
    #: the subject right before the verb: a capitalised name (one to three words, "les
    #: Allemands", "un groupe allemand" is not named), a @handle, or "on"/"we" (the speaker's
    #: company); nothing else between it and the verb ("n'a pas", "ne", "a" break the shape)
    BUYOUT_SUBJECT = re.compile(
        r"(?:(?<![\w@#])(?:(?:les|des|the)[ \t]+)?[A-ZÀ-ÖØ-Þ][\w&'’.-]{1,30}"
        r"(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w&'’.-]{1,30}){0,2}|@\w{2,30}|(?<![\w'’])(?:on|we)|"
        r"(?<![\w@#])[A-ZÀ-ÖØ-Þ]{2,10})[ \t]{1,2}\Z"
    )
    #: the object right after the verb: a capitalised name or a @handle
    BUYOUT_OBJECT = re.compile(r"[ \t]{1,2}(?:@\w{2,30}|[A-ZÀ-ÖØ-Þ][\w&-]{1,30})(?!['’]s\b)")
    #: verbs as written that are not a present tense ("racheté", "absorbé")
    BUYOUT_PAST = re.compile(r"é(?:e|s|es)?\Z", re.IGNORECASE)
    #: the brand as a product ("rachète Lumio Zen", "buys Lumio 2"): a purchase, not a deal
    BUYOUT_PRODUCT = re.compile(r"[ \t]{1,2}(?:[A-ZÀ-ÖØ-Þ0-9]|mini|pro|max)\w*")
    #: capitalised words that open a sentence and are no company
    BUYOUT_NOT_SUBJECT = frozenset(
        {
            "qui", "who", "si", "if", "quand", "when", "it", "he", "she", "this", "that", "ça",
            "cela", "elle", "il", "lui", "je", "i", "tu", "you", "everyone", "personne",
            "nobody", "client", "mum", "mom", "dad", "maman", "papa",
        }
    )

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._near = NearPhrases(self._context, self._unless)
        self._calendar = QuietCalendar(profile)
        names = [
            n
            for b in (*profile.brands, *profile.competitors)
            for n in (b.name, *b.aliases)
            if n.strip() and not n.startswith("#")
        ]
        names.append(profile.organisation.name)
        self._parties = (
            re.compile(
                r"(?<![\w@#])(?:"
                + "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True) if n)
                + r")(?!\w)",
                re.IGNORECASE,
            )
            if any(n.strip() for n in names)
            else None
        )

    @classmethod
    def owns(cls, rule: Rule) -> bool:
        return rule.kind != QUIET_KIND

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        norm = ctx.normalized
        hits = self._phrases.find_all(norm)
        if not hits:
            return ()
        # The lexicon's findings (LexiconDetector._findings) filtered by the checks below, each
        # hit judged before its finding is made: every check is a test of the hit alone (its
        # rule, its span, the post), so the order they run in changes nothing. The context and
        # exception phrases are looked for only for the rules of the hits that passed the
        # cheaper checks, once per rule (NearPhrases).
        text = ctx.text
        direction = ctx.post.direction.value
        kept: list[PhraseMatch[Rule]] = []
        for hit in hits:
            rule = hit.payload
            if direction in rule.directions and self.confirmed(text, rule, hit.start, hit.end):
                kept.append(hit)
        if not kept:
            return ()
        # per rule id: where its context phrases, and apart its exception phrases, are (the
        # exceptions are not looked for when the context is missing)
        near: dict[tuple[str, int], NearSpans] = {}
        found: list[Finding] = []
        period = self._calendar.at(ctx.post.at) if self._calendar.bounds else None
        published: bool | None = None
        quoted: bool | None = None
        for hit in kept:
            rule = hit.payload
            if rule.context:
                context = near.get((rule.id, NearPhrases.CONTEXT))
                if context is None:
                    context = near[rule.id, NearPhrases.CONTEXT] = self._near.spans(
                        norm, rule.id, NearPhrases.CONTEXT
                    )
                if not context.near(hit.fstart, hit.fend, rule.window):
                    continue
            if rule.unless:
                unless = near.get((rule.id, NearPhrases.UNLESS))
                if unless is None:
                    unless = near[rule.id, NearPhrases.UNLESS] = self._near.spans(
                        norm, rule.id, NearPhrases.UNLESS
                    )
                if unless.near(hit.fstart, hit.fend, rule.window):
                    continue
            if self.set_aside(ctx, rule, hit.start, hit.end):
                continue
            if rule.kind in self.PUBLISHED_KINDS:
                if published is None:
                    published = self.said_published(norm.folded)
                if published:
                    continue
            if rule.kind in self.QUOTED_KINDS:
                if quoted is None:
                    quoted = self.said_published(norm.folded, PUBLISHED_REF_TEST)
                if quoted:
                    continue
            for finding in self.hit_findings(ctx, hit):
                if period is not None:
                    topic = self.topic(rule, ctx.explain_lang, text[hit.start : hit.end])
                    finding = during_quiet_period(self, ctx, finding, period, topic)
                found.append(finding)
        return found

    def confirmed(self, text: str, rule: Rule, start: int, end: int) -> bool:
        """The checks a phrase list cannot express (amount near, proper noun after), on a hit of
        ``rule`` at ``start:end``."""
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
        if rule.id in self.PRESENT_BUYOUT_RULES:
            return self.present_buyout(text, start, end)
        return True

    def present_buyout(self, text: str, start: int, end: int) -> bool:
        """Round 20: "Lumio rachète Brillix", "les Allemands rachètent Lumio": the verb as
        written is a present tense (not "racheté"), a named subject stands right before it, a
        named object right after it, and one of the two is the organisation, one of its brands
        or a competitor (or the subject is "on"/"we"). "Lumio n'a pas racheté Brillix", "Apple
        rachète Shazam" and "Lumio buys new machines" are left alone."""
        if self.BUYOUT_PAST.search(text[start:end]):
            return False
        subject = self.BUYOUT_SUBJECT.search(text, max(0, start - 45), start)
        obj = self.BUYOUT_OBJECT.match(text, end, end + 40)
        if subject is None or obj is None:
            return False
        head = subject.group(0).strip()
        first = re.split(r"[ \t]+", head)[-1].lower().strip("'’.")
        if first in self.BUYOUT_NOT_SUBJECT:
            return False
        if head.lower() in {"on", "we"}:
            return True
        if self._parties is None:
            return False
        if self._parties.match(text, obj.end() - len(obj.group(0).strip()), obj.end()):
            return self.BUYOUT_PRODUCT.match(text, obj.end()) is None
        return self._parties.search(head) is not None

    #: round 15: kinds left alone when the post says the figures or the decision are already
    #: out (a link to the investors' page, "as announced with our full-year results", "the
    #: annual report is online", "approved at the June AGM"), anywhere in the post
    PUBLISHED_KINDS = frozenset({"mnpi.results", "mnpi.dividend"})
    #: round 18: guidance, a deal, a contract, the share price: left alone only when the post
    #: quotes the release or a publication that happened (:data:`PUBLISHED_REF`)
    QUOTED_KINDS = frozenset({"mnpi.guidance", "mnpi.m_and_a", "mnpi.contract", "mnpi.share_price"})
    #: round 18: the winks that need a financial object elsewhere in the post
    TEASER_RULES = frozenset({"news_teaser", "results_teaser", "results_hint", "hedged_hint"})

    #: round 18: how far around a wink its object is looked for (a post, not a megabyte)
    TEASER_WINDOW = 300

    @staticmethod
    def post_cues(ctx: Context) -> dict[str, bool]:
        """Round 18: the post-level cues of :meth:`set_aside`, looked for once per post."""
        cached = ctx.memo.get("financial.round18")
        if cached is None:
            folded = ctx.normalized.folded
            cached = {
                "source": SOURCE_TEST.search(folded) is not None,
                "rival_congratulated": CONGRATS_TEST.search(folded) is not None
                and any(
                    n.casefold() in folded for n in ctx.profile.competitor_names() if n.strip()
                )
                and OUR_OPERATION.search(folded) is None,
            }
            ctx.memo["financial.round18"] = cached
        return cached

    def set_aside(self, ctx: Context, rule: Rule, start: int, end: int) -> bool:
        """Round 18 (precision, structural): findings that disclose nothing.

        - an inbound question to the company ("any chance you're being bought?", "le dividende,
          c'est pour quand ?"): the finding sits in a sentence that ends with a question mark and
          nothing in the post gives a source (a friend inside, "my broker says", a forum);
        - a competitor congratulated on its own public operation ("Bravo à Brillix pour sa levée
          de fonds"), with no operation of ours;
        - a wink ("let's just say", "pas le droit d'en dire plus", "won't be pretty") about a
          site, a team, a product or an order, and no financial object outside the wink itself:
          other families judge those.
        """
        post = self.post_cues(ctx)
        if ctx.post.direction == "inbound" and not post["source"] and asked(ctx.text, start):
            return True
        if rule.kind == "mnpi.m_and_a" and post["rival_congratulated"]:
            return True
        if rule.id in self.GREETING_RULES and self.outlook_wished(ctx.text, start, end):
            return True
        if rule.id in self.TEASER_RULES:
            text = ctx.text
            lo, hi = max(0, start - self.TEASER_WINDOW), end + self.TEASER_WINDOW
            rest = (text[lo:start] + " " + text[end:hi]).casefold()
            if OTHER_OBJECT.search(rest) is not None and FINANCIAL_OBJECT.search(rest) is None:
                return True
        return False

    #: round 22 (precision, blind18): the outlook word of a season's greeting ("Nos perspectives
    #: pour 2027 ? Plus de lumière dans vos salons … Bonne année !", "Our outlook for 2027: more
    #: cosy evenings. Happy New Year!"): a wish, when the post holds no financial object and
    #: the outlook is not judged nor winked at
    GREETING_RULES = frozenset({"guidance_word"})

    @staticmethod
    def outlook_wished(text: str, start: int, end: int) -> bool:
        """Round 22: the outlook word at ``start:end`` is in a post of season's greetings, with
        no financial object anywhere else in it (:data:`FINANCIAL_OBJECT`, on the post without
        the outlook word), no wink or hedge, no plan of the business (growth, hiring, openings,
        markets) and no judgement of the outlook right after it (better, strong, "à deux
        chiffres")."""
        folded = _fold_accents(text)
        if GREETING.search(folded) is None:
            return False
        rest = (text[:start] + " " + text[end:]).casefold()
        if FINANCIAL_OBJECT.search(rest) is not None:
            return False
        if HUSH_TEST.search(folded) is not None or SECRECY_TEST.search(folded) is not None:
            return False
        if BUSINESS_AHEAD.search(folded) is not None:
            return False
        return OUTLOOK_JUDGED.search(_fold_accents(text[end : end + 60])) is None

    @staticmethod
    def said_published(folded: str, published: re.Pattern[str] | None = None) -> bool:
        """Round 15 (precision): the post says its figures are published, and nothing says
        they are not yet (round 18: nor that the release is still to come), nor winks."""
        return (
            (published or PUBLISHED_TEST).search(folded) is not None
            and NOT_PUBLIC_YET_TEST.search(folded) is None
            and FUTURE_RELEASE_TEST.search(folded) is None
            and HUSH_TEST.search(folded) is None
            and SECRECY_TEST.search(folded) is None
        )

    @staticmethod
    def topic(rule: Rule, lang: str, found: str) -> str:
        """The rule's own explanation, wrapped by the quiet-period one."""
        template = rule.explanation.get(lang) or rule.explanation.get("en") or ""
        return template.format(found=found)


class NearPhrases:
    """The context and exception phrases (``context``, ``unless``) of each rule, found in a post
    for one rule at a time (:meth:`spans`): a post's hits are of a rule or two, and two small
    matchers of that rule's phrases alone (built on first use) walk only for them, each only
    when asked (a hit without its context needs no exception).

    The spans are those of the lexicon's matchers'
    :meth:`~tocsin.screening.matching.PhraseMatcher.spaced_hits` that are the rule's (what the
    lexicon's ``NearRules`` groups by rule): a proximity test needs only where they are.
    """

    __slots__ = ("_phrases", "_matchers")

    #: which phrases :meth:`spans` looks for: the context's or the exceptions'
    CONTEXT = 0
    UNLESS = 1

    def __init__(self, context: PhraseMatcher[Rule], unless: PhraseMatcher[Rule]) -> None:
        #: rule id -> its context phrases, then its exception phrases
        self._phrases: dict[str, tuple[list[tuple[str, Rule]], list[tuple[str, Rule]]]] = {}
        for index, matcher in enumerate((context, unless)):
            for _length, entries in matcher.keys.values():
                for phrase, rule, _prefix in entries:
                    self._phrases.setdefault(rule.id, ([], []))[index].append((phrase, rule))
        self._matchers: dict[str, tuple[PhraseMatcher[Rule], PhraseMatcher[Rule]]] = {}

    def spans(self, norm: NormalizedText, rule_id: str, which: int) -> NearSpans:
        """Where the context phrases (``which`` is :attr:`CONTEXT`) or the exception phrases
        (:attr:`UNLESS`) of rule ``rule_id`` are in the spaced folded text of ``norm``."""
        matchers = self._matchers.get(rule_id)
        if matchers is None:
            phrases = self._phrases.get(rule_id)
            if phrases is None:
                return NearSpans([])
            matchers = self._matchers[rule_id] = (
                PhraseMatcher(phrases[0], on_demand=True),
                PhraseMatcher(phrases[1], on_demand=True),
            )
        return NearSpans([(start, end) for start, end, _, _ in matchers[which].spaced_hits(norm)])


class NearSpans:
    """Spans of phrases found in a post, for proximity tests."""

    __slots__ = ("spans", "_index")

    #: beyond this many spans, a proximity test bisects a sorted index (a long post)
    LINEAR = 32

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self._index: SpanIndex[bool] | None = None

    def near(self, start: int, end: int, window: int) -> bool:
        """True when a span is at most ``window`` characters away from ``start:end`` (the
        answer of the lexicon's ``NearRules.near``)."""
        spans = self.spans
        if len(spans) <= self.LINEAR:
            return any(max(s - end, start - e, 0) <= window for s, e in spans)
        if self._index is None:
            self._index = SpanIndex((s, e, True) for s, e in spans)
        return self._index.has_near(start, end, window)


def asked(text: str, start: int) -> bool:
    """Round 18: the sentence holding ``start`` ends with a question mark."""
    stop = SENTENCE_END.search(text, start)
    return stop is not None and "?" in stop.group(0)


#: round 18: the end of a sentence (the question mark kept to tell a question)
SENTENCE_END = re.compile(r"[.!?…\n]+|$")
#: round 18: a source for what an inbound post asks about: someone inside, a broker, a forum,
#: "heard", "c'est signé" (the question then relays a leak)
SOURCE = re.compile(
    r"\b(?:heard|hearing|told me|tells me|says|said|m'a dit|m'a assure|m'ont dit|dit que|dit qu|"
    r"disent que|sources?|on entend dire|il parait|parait que|bosse (?:chez|a|dans)|"
    r"travaille (?:chez|a|dans)|works? (?:at|there|in|for)|a friend|a mate|my mate|un pote|"
    r"une amie?|cousine?|beau-frere|belle-soeur|uncle|oncle|broker|forums?|insider|"
    r"c'est (?:deja )?signe|it'?s (?:done|signed)|deal closes|employees?|salaries?|"
    r"commercial|sales guy)\b"
)
#: round 18: congratulations (on someone else's operation)
CONGRATS = re.compile(
    r"\b(?:bravo|felicitations|congrats|congratulations|kudos|hats off|chapeau|well done|"
    r"bien joue|good job)\b"
)
#: round 18: an operation of ours next to the congratulations
OUR_OPERATION = re.compile(
    r"\b(?:notre|nos|our) (?:levee|ipo|introduction|augmentation|fundrais\w*|funding|round|"
    r"serie|series|acquisition|rachat|offre|deal|operation)|\b(?:on|nous|we) (?:rachet|acqui|"
    r"achet|buy|fusionn|merg)\w*|\b(?:a nous|to us)\b"
)
#: round 18: what a wink must be about to be financial: results, figures of a period, money,
#: the shares and the market, a deal, a contract, a big customer, the order book
FINANCIAL_OBJECT = re.compile(
    r"\b(?:results?|resultats?|résultats?|chiffres?(?! de conso)|numbers|figures|earnings|revenue|"
    r"chiffre d'affaires|ca (?:du|de|record)|de ca|[qth][1-4]|quarter\w*|trimestres?|"
    r"semestres?|exercice|fiscal|full-year|year-end|profits?|benefices?|bénéfices?|marges?|"
    r"margins?|ebitda|cash|tresorerie|trésorerie|budget|guidance|prévisions?|previsions?|"
    r"forecast|consensus|analystes?|analysts?|actionnaires?|shareholders?|investors?|"
    r"investisseurs?|dividendes?|dividends?|bourse|stock|shares?|actions|l'action|cours|"
    r"ticker|titre|marchés?|markets?|rachat|racheter|rachète|acquisitions?|acqui\w+|buying|"
    r"bought|merger|fusion|deal|contrats?|contracts?|signé|signed|gros client|big client|"
    r"order book|carnet de commandes|commandes|orders|précommandes|pre-orders|ventes|"
    r"sales(?! (?:guys?|reps?|people|team|folks|staff|manager))|"
    r"objectifs?|targets?|(?<!the )record|board|conseil|clôture|closing|"
    # a date (of a publication, a closing): "the 28th", "le 28", "28 janvier"
    r"\d{1,2}(?:st|nd|rd|th)|le \d{1,2}|\d{1,2} (?:janv?|f[eé]vr?|feb|mars?|avr|apr|mai|may|"
    r"juin|june?|juil|july?|ao[uû]t|aug|sept?|oct|nov|d[eé]c)\w*|"
    r"finance|startup|start-up|banque d'affaires|bankers?|crédit|credit|s'agrandir|"
    r"[€$£]|\d+ ?(?:%|m€|€|k€|m|millions?|milliards?|bn))"
    r"(?!\w)"
)

#: round 18: the release still to come ("full release on the 28th", "communiqué complet lundi")
FUTURE_RELEASE = re.compile(
    r"\b(?:full release|communique complet|press release|communique) (?:on the \d|on \d|le \d|"
    r"next|soon|to come|coming|bientot|a venir|lundi|mardi|mercredi|jeudi|vendredi|monday|"
    r"tuesday|wednesday|thursday|friday|la semaine prochaine|demain|tomorrow)"
)
#: round 18: what a wink is about when it is not the company's money: a site or a team, a
#: lease, a product's colour or range, a customer's order, a visit to an office
OTHER_OBJECT = re.compile(
    r"\b(?:team|teams|equipe|équipe|usine|factory|plant|site|sites|coll[eè]gues|colleagues|"
    r"lease|bail|cv|resume|gamme|range|teinte|shade|colou?r|design|conso|consommation|"
    r"office|bureaux?|store|magasin|boutique|order|colis|parcel|delivery|livraison)\b"
)

#: round 15 (precision): the figures or the decision said to be out already: a report or
#: results "online", "out", "published"; "as announced with", "déjà publiés"; a dividend
#: "approved at the AGM"; the full release or the investors' page
PUBLISHED = re.compile(
    r"\b(?:(?:numbers|results|figures|earnings|accounts|report|release|statements|chiffres|"
    r"resultats|comptes|rapport|communique|urd)(?: [\w'-]+){0,3} (?:are|is|sont|est) (?:now |"
    r"desormais |maintenant )?(?:out|online|live|up|published|en ligne|publie(?:e|s|es)?|"
    r"sortis?|disponibles?|available)|"
    r"as (?:announced|published|disclosed|reported) (?:in|with|on|at|last|this|earlier)|"
    r"comme (?:annonce|publie|communique)(?:e|s|es)? (?:lors|avec|dans|le|la|en|ce)|"
    r"deja (?:annonce|publie|communique)(?:e|s|es)?|already (?:announced|published|disclosed|"
    r"public)|(?:approved|voted|adopted|declared) (?:at|by) (?:the |our |last )?(?:\w+ )?"
    r"(?:agm|annual general meeting|general meeting|shareholders'? meeting)|"
    r"(?:approuve|vote|adopte)(?:e|s|es)? (?:lors de|en|par) (?:l'|la |notre )?(?:derniere )?"
    r"(?:ag|assemblee)|full release|communique complet|[\w-]+\.com/(?:investors|"
    r"investisseurs|finance|ir)\b|(?:page|espace|site) investisseurs|investor (?:relations )?"
    r"(?:page|site|website))"
)
#: round 18 (precision): for guidance, a deal, a contract or the share price, the post must
#: quote the release itself or a publication that happened (results being out does not make
#: next year's outlook public): "as stated in our H1 release", "comme indiqué dans notre
#: communiqué", "we published our Q1 revenue", "publiées en juillet", "annonce aujourd'hui",
#: the full release or the investors' page
PUBLISHED_REF = re.compile(
    r"\b(?:as (?:stated|indicated|mentioned|set out|disclosed|announced|published) in (?:our|the) |"
    r"comme (?:indique|precise|mentionne|annonce) dans (?:notre|le|la|nos) |"
    r"(?:we|nous avons) (?:published|publie|released|announced|annonce) (?:our|nos|notre|le|la|"
    r"les) |apres (?:la|leur|notre) publication (?:hier|ce matin|de|du|des)|"
    r"(?<!be )(?<!etre )(?<!seront )(?<!sera )(?<!will )(?:published|publiee?s?) (?:in|last|"
    r"yesterday|this morning|en|hier|ce matin) |published (?:outlook|guidance)|"
    r"deja (?:annonce|publie|communique)(?:e|s|es)?|already (?:announced|published|disclosed)|"
    r"(?:annonce|announces?) (?:aujourd'hui|ce jour|today) |full release|communique complet|"
    r"[\w-]+\.com/(?:investors|investisseurs|finance|ir)\b|(?:page|espace|site) investisseurs|"
    r"investor (?:relations )?(?:page|site|website))"
)

#: round 22 (precision): season's greetings and wishes (folded text)
GREETING = re.compile(
    r"\b(?:bonne (?:annee|et heureuse annee|\d{4})|belle annee|excellente annee|"
    r"happy new year|happy (?:\d{4})|(?:meilleurs|tous nos|nos|mes) voeux|best wishes|"
    r"season'?s greetings|joyeux noel|joyeuses fetes|bonnes fetes|merry (?:christmas|xmas)|"
    r"happy holidays|on vous souhaite|nous vous souhaitons|je vous souhaite|we wish you|"
    r"wishing you)\b"
)
#: round 22: the outlook judged or sized right after its word: better, stronger, a record,
#: "à deux chiffres", up or down (folded text)
OUTLOOK_JUDGED = re.compile(
    r"\b(?:bright\w*|better|best|strong\w*|solid\w*|record\w*|excellent\w*|great|"
    r"positive\w*|negative\w*|optimis\w*|ambiti\w*|promising|prometteu\w*|radieu\w*|"
    r"meilleur\w*|tres bonnes?|au beau fixe|rosy|exceptionn\w*|huge|enorme\w*|massive|"
    r"explos\w*|boom\w*|soar\w*|decoll\w*|up|hausse|down|baisse|difficile\w*|tough|"
    r"compliqu\w*|sombre\w*|gloomy|bleak|prudent\w*|cautious|deux chiffres|double[- ]digit|"
    r"raised|relevees?|abaissees?|lowered|confirm\w*|beat|battre|depass\w*)\b"
)
#: round 22: the business's own plans, anywhere in a greeting (folded text): growth, hiring,
#: openings, new markets, investment
BUSINESS_AHEAD = re.compile(
    r"\b(?:grow\w*|growth|croissance|croitre|grandir|expan\w*|develop\w*|acceler\w*|"
    r"hiring|embauch\w*|recrut\w*|opening|ouvertures?|ouvrir|ouvrons|stores|magasins|"
    r"boutiques|markets|marches|export\w*|conque\w*|invest\w*|acquisitions?|rachats?|"
    r"levee|fundrais\w*|ipo|bourse|usines?|factory|factories|plants?)\b"
)
_ACCENTS = str.maketrans(
    {**dict(zip("àâäéèêëîïôöùûüç’", "aaaeeeeiioouuuc'", strict=True)), "œ": "oe", "æ": "ae"}
)


def _fold_accents(text: str) -> str:
    """Lowercase without the accents of French ("vœux" is "voeux")."""
    return text.lower().translate(_ACCENTS)


#: round 11 (structural): shareholders, investors, the market or those who bet against us...
MARKET_ALLUSION = re.compile(
    r"\b(?:actionnaires?|shareholders?|investisseurs?|investors?|cote investisseurs|"
    r"leur ligne \w+|their \w+ (?:shares|position)|ceux qui ont parie contre|"
    r"(?:those|people|anyone) who (?:bet|shorted|sold) (?:against )?(?:us|short)|short sellers?|"
    r"vendeurs a decouvert|the (?:#?\w+ )?ticker|le titre|the stock|the share price|le cours|"
    r"(?:q[1-4]|t[1-4]) (?:figures|numbers|results|chiffres|resultats)|analystes|analysts|"
    r"(?:des|vos|your) (?:titres|actions|shares) #?\w+|"
    # round 12: those who see the figures first, and the deal makers
    r"auditors?|auditeurs?|commissaires aux comptes|(?:results|earnings) call|"
    r"finance floor|"
    # round 20: what the company announces on a date ("vu ce qu'on annonce le 28", "what we
    # announce on the 28th")
    r"ce qu'on (?:annonce|va annoncer|publie|va publier) (?:le|jeudi|lundi|mardi|mercredi|"
    r"vendredi|fin|debut|en)|what we(?:'re| are)? (?:announce|announcing|publish|publishing|"
    r"release|releasing) (?:on|next))\b"
)
#: ...and what they will feel or do soon: "vont être ravis", "keep your eyes on", "décoller"
MARKET_OUTCOME = re.compile(
    r"\b(?:vont (?:etre )?(?:tres |vraiment )?(?:contents?|ravis|heureux|decus|passer un "
    r"mauvais)|va decoller|vont decoller|going to (?:be )?(?:very |so |really )?(?:happy|"
    r"pleased|thrilled|sorry|make (?:plenty of |a lot of |many )?(?:folks|people|you) happy)|"
    r"will be (?:very )?(?:happy|pleased|thrilled|sorry)|keep (?:your )?eyes? on|"
    r"watch (?:the|our) (?:ticker|stock|share)|mauvais (?:lundi|mardi|mercredi|jeudi|vendredi)|"
    r"bad (?:monday|tuesday|wednesday|thursday|friday)|to the moon|big announcement|"
    r"ne les (?:lachez|vendez) pas|don'?t sell|hold on to them|(?:tiny|little|small) hint|"
    r"petit indice|a vous de deviner|just saying|that'?s all i'?m saying|"
    # round 12: good news kept back, figures better than said, a secret everyone may guess
    r"(?:good news|bonnes? nouvelles?) (?:in|by|coming|soon|ahead|arrivent|arrive|bientot|en|"
    r"fin|debut|late|early|very soon)|that'?s all (?:we|i) can say|"
    r"c'est tout ce qu'on peut (?:vous )?dire|"
    r"better than (?:the )?(?:analysts|market|people|everyone|anyone) (?:think|expect)s?|"
    r"mieux que ce que (?:pensent|croient|attendent) les analystes|entry point|"
    r"point d'entree|je dis ca,? je dis rien|speak for themselves|en disent long|"
    r"(?:no one|nobody)(?: [\w-]+){0,4} (?:is|are) allowed to (?:say|talk|speak)|"
    r"personne n'a le droit d'en parler|vous saurez bientot|you'?ll (?:know|find out) soon|"
    # round 13: the reader left to conclude, a treat announced, the word not said
    r"draw your own conclusions?|tirez(?:-en)? vos (?:propres )?conclusions|"
    r"a vous (?:de conclure|d'en tirer les conclusions)|"
    r"vont (?:etre )?(?:bien )?(?:gates|servis|choyes)|(?:are|will be) in for a (?:treat|"
    # round 20: everyone will be happy ("tout le monde va être content")
    r"(?:\w+ )?surprise)|(?:tout le monde|everyone|everybody) (?:va|will|is going to|'?s going "
    r"to) (?:etre |be )?(?:tres |very |so )?(?:contents?|ravis?|heureux|happy|pleased|thrilled)|"
    r"(?:"
    r"surprise)|will be spoiled|(?:je ne dirai|on ne dira) pas le mot|"
    r"(?:i|we) won'?t say the (?:word|w-word)|"
    # round 16: an eye kept on the price, the knowing few ("gardez un œil sur le cours",
    # "ceux qui savent savent", "if you know you know")
    r"gardez (?:un |l')?oeil sur|gardez les yeux sur|surveillez (?:de pres )?(?:le|notre|"
    r"l')|ceux qui savent,? savent|those who know,? know|if you know,? you know|iykyk)\b"
)

#: round 12: the people who make deals, at work ("l'équipe corpo dev était avec elle", "the
#: investment bankers were in all week"; a data room or a due diligence are the lexicon's)...
DEAL_MAKERS = re.compile(
    r"\b(?:(?:corpo|corporate) dev(?:elopment)?|corp ?dev|banquiers? d'affaires|"
    r"investment bankers?|avocats d'affaires|deal team)\b"
)
#: ...and a secret kept in plain sight ("personne n'a le droit d'en parler", "je dis ça, je dis
#: rien", "nobody is allowed to say", a zipped-lips emoji)
SECRECY = re.compile(
    r"\b(?:personne n'a le droit d'en parler|on n'a pas le droit d'en parler|"
    r"(?:no one|nobody)(?: [\w-]+){0,4} (?:is|are) allowed to (?:say|talk|speak)|"
    r"je dis ca,? je dis rien|just saying|that'?s all (?:we|i) can say|on ne peut rien dire|"
    r"(?:can'?t|cannot) say (?:more|anything)|motus|chut|"
    # round 13: "je dis rien, je dis rien", "j'dis rien"
    r"je (?:ne )?dis rien|j'dis rien|i'?m not saying anything|i said nothing)\b|🤐|🤫"
)
#: round 12: a contract just signed with someone the post will not name...
SIGNED_UNNAMED = re.compile(
    r"\b(?:(?:on|nous) (?:vient|vien(?:nen)?t|venons) de signer|on a signe|nous avons signe|"
    r"(?:we'?ve|we have|we) just signed|(?:we'?ve|we have) signed|just inked|deal signed|"
    r"contrat signe|deal signe)\b"
)
#: ...and a teaser instead of the name ("vous saurez bientôt", "can't say who", "devinez")
DEAL_TEASER = re.compile(
    r"\b(?:vous saurez bientot|vous saurez tout|you'?ll (?:know|find out|hear) soon|"
    r"stay tuned|restez connectes|more (?:news )?soon|(?:can'?t|cannot) (?:say|tell you) "
    r"(?:who|which|more)|on ne peut (?:rien|pas) (?:dire|en dire)|devinez (?:qui|lequel)|"
    r"guess who|je dis ca,? je dis rien|que vous croisez tous les jours|"
    r"you (?:all )?(?:see|pass) every day)\b"
)

#: buying or holding the shares...
INVEST_NUDGE = re.compile(
    r"(?:\$[a-z]{3,6}\b|\b(?:buy|achetez|achete|acheter|mettez \d+ \w+ dans|invest(?:ir|issez)?|"
    r"bonds|obligations|yields?|rendement|placement|the \w+ dip|ne (?:les )?(?:lachez|vendez) pas|"
    r"don'?t sell|hold (?:on to )?(?:your|them)|"
    # round 17: one's savings put into it ("mettez vos économies sur", "put your savings
    # into", "placez votre épargne dans", "load up on")
    r"(?:mettez|placez|mets|place|put|move) (?:vos|votre|tes|ton|your) (?:economies|epargne|"
    r"argent|sous|savings|money|cash)|load(?:ing)? up|mettez tout (?:sur|dans)|"
    r"put (?:it all|everything) (?:on|into|in))\b)"
)
#: ...on an insider's word ("trust me, I work here"); a sure return alone ("zéro risque") is
#: an investment scam, the compliance family's
INSIDER_WORD = re.compile(
    r"\b(?:i work (?:here|there)|works there|je (?:bosse|travaille) (?:ici|la-bas)|"
    r"j'y (?:bosse|travaille)|qui voit passer les chiffres|i see the numbers|"
    # round 17: the employee shareholder and the inside ("salarié actionnaire", "employee
    # shareholder", "je bosse chez", "de l'intérieur", "someone on the inside")
    r"salaries? actionnaires?|employee(?: and)? shareholders?|as an employee|"
    r"en tant que salarie|je (?:bosse|travaille) chez|de l'interieur|on the inside|"
    r"from the inside|insider tip|moi qui y (?:travaille|bosse)|parole de salarie)\b"
)


# -- Round 13 (structural, from blind11's misses) ------------------------------------------------

#: a change of owner, from the closed vocabulary of ownership ("the parent company field",
#: "la maison mère", "new owners", "changer de nom de famille" said of the company)...
OWNER_CHANGE = re.compile(
    r"\b(?:parent company|holding company|maison mere|societe mere|new owners?|"
    r"nouveaux? proprietaires?|nouvel actionnaire (?:majoritaire|de reference)|"
    # round 16: "about to get a new parent", "une nouvelle maison mère"
    r"new parent(?! ?s\b)(?: company| group)?|nouvelle maison mere|"
    r"under new ownership|change (?:our |my )?(?:last name|surname|family name|owners?)|"
    r"chang\w* de (?:nom de famille|proprietaires?|maison mere|actionnaire))\b"
)
#: ...with a wink: the reader is left to guess ("il a cligné de l'œil", "draw your own
#: conclusions", 👀 😉 🤭)
WINK = re.compile(
    r"(?:\b(?:cligne\w* de l'oeil|clin d'oeil|winked|wink|j'ai compris|(?:i think )?i get it|"
    r"draw your own conclusions?|tirez(?:-en)? vos (?:propres )?conclusions|je dis (?:ca,? "
    r"je dis )?rien|just saying|might be updating|va falloir mettre a jour)\b|👀|😉|😏|🤭|🤫|🤐)"
)
#: a wedding or a divorce changes a family name too
FAMILY_EVENT = re.compile(
    r"\b(?:mariage|marie(?:e|s)?|wedding|married|marry|epouse|fiance\w*|divorce\w*|pacs|"
    r"baby|bebe|naissance|birth|newborn|adoption|adopted)\b"
)
OWNER_CHANGE_CUES = (
    "parent company", "holding company", "maison mere", "societe mere", "new owner",
    "new owners", "nouveau proprietaire", "nouveaux proprietaires", "nouvel actionnaire",
    "under new ownership", "last name", "surname", "family name", "nom de famille",
    "de proprietaire", "de proprietaires", "change owner*", "change our owner*",
    "d actionnaire", "de maison mere",
    # round 16
    "new parent", "nouvelle maison mere",
)

#: an executive who sees the numbers or the deals first...
EXECUTIVE = re.compile(
    r"\b(?:cfo|daf|directeur financier|directrice financiere|ir lead|head of ir|"
    r"investor relations|relations investisseurs|(?:sales|commercial) vp|vp (?:of )?sales|"
    r"directeur commercial|directrice commerciale|ceo|pdg|the board|le board|comex|codir)\b"
)
#: ...whose mood is the message ("hasn't stopped smiling", "doing a little dance")...
MOOD = re.compile(
    r"\b(?:smil(?:e|es|ed|ing)|sourires?|sourit|souriai(?:t|ent)|souriante?s?|grin(?:s|ned|ning)?|"
    r"beaming|danc(?:e|es|ed|ing)|dans(?:e|es|ent|ait|aient|er)|jubil\w*|rayonn(?:e|ait|ant|ante)|"
    r"champagne|ecstatic|over the moon|aux anges|"
    # round 20: the speaker smiling too ("je souris depuis lundi"), everyone walking out
    # grinning
    r"(?:je|on|tu) souris|sourions|souriez|"
    r"walked out (?:grinning|smiling|beaming|happy))\b|💃|🕺|🍾"
)
#: ...and a teaser for the reader ("big things, people", "draw your own conclusions", 📈)
TEASER = re.compile(
    r"(?:\b(?:big things|great things|de grandes choses|du lourd|du tres lourd|stay tuned|"
    r"draw your own conclusions?|tirez(?:-en)? vos (?:propres )?conclusions|a vous de conclure|"
    r"je dis (?:ca,? je dis )?rien|just saying|you'?ll see|vous verrez|shareholders|"
    r"actionnaires|watch this space|"
    # round 20: the figures withheld in so many words ("Can't talk Q4 numbers yet", "bouche
    # cousue", "pas le droit d'en parler")
    r"can'?t (?:talk|say|share|discuss|comment on) (?:about )?(?:the |our )?(?:q[1-4] |h[12] |"
    r"full[- ]year |annual )?(?:numbers|figures|results)|bouche cousue|lips (?:are )?sealed|"
    r"pas (?:encore )?le droit d'en parler|periode calme|quiet period)\b|📈|🚀|👀|🤫|🤐)"
)
EXECUTIVE_CUES = (
    "cfo", "daf", "directeur financier", "directrice financiere", "ir lead", "head of ir",
    "investor relations", "relations investisseurs", "sales vp", "commercial vp", "vp sales",
    "vp of sales", "directeur commercial", "directrice commerciale", "ceo", "pdg", "the board",
    "le board", "comex", "codir",
)

#: the next period, when the figures are not out ("le prochain trimestre", "next quarter")...
NEXT_PERIOD = re.compile(
    r"\b(?:(?:le )?prochain (?:trimestre|semestre|exercice)|(?:le )?(?:trimestre|semestre) "
    r"prochain|next (?:quarter|half|fiscal year|financial year)|ce trimestre|this quarter|"
    r"coming quarter|"
    # round 16: a quarter named with what it will be ("Q1 will be ugly", "le T1 va piquer")
    r"(?:q[1-4]|t[1-4]|h[12]|s[12]) (?:will|is going to|'?s going to|va|sera|risque de))\b"
)
#: ...announced as painful ("va piquer un peu", "brace yourselves", 😬): a profit warning
PAINFUL = re.compile(
    r"(?:\b(?:piquer|piquera|pique(?![ -]?nique)|faire mal|fera mal|douloureu\w*|saigner|"
    r"sting\w*|hurt\w*|painful|"
    r"rough|ugly|brutal|brace (?:yourselves|yourself|for)|preparez-vous|accrochez-vous|"
    r"buckle up|pas de champagne|no champagne|don'?t expect champagne|"
    # round 16: the figures about to fall ("vont plonger", "going to tank")
    r"(?:va|vont|will|going to|gonna) (?:\w+ )?(?:plonger|chuter|s'effondrer|degringoler|"
    r"tank|dive|collapse|crater|nosedive|plummet))\b|😬|🥶|📉)"
)
NEXT_PERIOD_CUES = (
    "prochain trimestre", "prochain semestre", "prochain exercice", "trimestre prochain",
    "semestre prochain", "next quarter", "next half", "next fiscal year",
    "next financial year", "ce trimestre", "this quarter", "coming quarter",
    # round 16
    "q1", "q2", "q3", "q4", "t1", "t2", "t3", "t4", "h1", "h2", "s1", "s2",
)

#: "not financial advice", said by someone who then talks about a stock...
NOT_ADVICE = re.compile(
    r"\b(?:not (?:financial|investment|investing) advice|nfa|(?:ce n'est|ceci n'est|c'est) "
    r"pas (?:un )?(?:conseil|conseils) (?:financiers?|en investissement|d'investissement|"
    r"boursiers?))\b"
)
STOCK_TALK = re.compile(
    r"\b(?:stocks?|shares?|ticker|listed|stacking|loading up|buy(?:ing)?|actions?|titres?|"
    r"cote(?:e|s)? (?:a|en) bourse|achet\w*|investir|invest\w*)\b|\$[a-z]{3,6}\b"
)
NOT_ADVICE_CUES = (
    "not financial advice", "not investment advice", "not investing advice", "nfa",
    "pas un conseil", "pas conseil", "pas des conseils", "pas de conseils",
)



# -- Round 14 (structural, from blind12's misses) ------------------------------------------------

#: a deal or a contract, the word itself ("supply deal", "contrat signé", "distributeur
#: exclusif", "partnership"; not "d'accord", not a job contract: see DEAL_UNLESS)...
DEAL_WORD = re.compile(
    r"\b(?:deals?|contrats?|contracts?|agreements?|(?<!d')accords?|partenariats?|partnerships?|"
    r"distributeur exclusif|distributrice exclusive|exclusive (?:distributor|distribution|"
    r"supplier|partner)|distribution exclusive|fournisseur exclusif|appel d'offres|tender|"
    # a signature or an account won ("on a signé avec", "just signed with", "won the X account")
    r"(?:on a|nous avons|on vient de|nous venons de) signe|signe avec|(?:just |we'?ve |have )"
    r"signed|signed (?:with|a|an|the)|(?:won|landed|secured|remporte|decroche)\w* (?:the |le |"
    r"un |a |an )?(?:[\w@'-]+ ){0,2}?(?:account|budget|marche))\b"
)
#: ...told before its announcement: the announcement still to come, a leak or a scoop owned
#: ("official PR next week", "you heard it here first", "petite fuite", "pas encore officiel")
NOT_PUBLIC_YET = re.compile(
    r"\b(?:(?:official |the )?(?:pr|press release|announcement|news release) (?:is )?"
    r"(?:next week|tomorrow|on monday|monday|later this week|coming soon|soon|to follow|"
    r"follows?)|"
    r"(?:le )?communique(?: officiel| de presse)? (?:la semaine prochaine|demain|lundi|"
    r"arrive|suivra|bientot|a venir)|annonce officielle (?:la semaine prochaine|demain|lundi|"
    r"bientot|a venir)|(?:you )?heard it here first|vous l'(?:apprenez|avez lu|entendez) "
    r"(?:ici|en premier)|en avant-premiere|(?:petite|grosse|mini) fuite|(?:a )?(?:little|small|"
    r"tiny) leak|leaking (?:a bit|this|it)|scoop|pas encore (?:officiel(?:le)?|annonce(?:e)?|"
    r"public(?:que)?)|not (?:yet )?(?:official|announced|public)(?: yet)?|"
    r"before (?:it'?s|it is) (?:official|announced|public)|avant (?:que ce soit|que ça soit|"
    r"qu'il soit|qu'elle soit) (?:officiel|public|annonce)\w*|"
    r"officialise\w* (?:la semaine prochaine|demain|lundi|bientot)|"
    # round 16: the full release or the details still to come ("Full release soon")
    r"(?:full release|full results|full details|full numbers|communique complet|les details"
    r"|le detail) (?:soon|coming soon|to follow|next week|later|bientot|a venir|suivra|"
    r"la semaine prochaine|plus tard))\b"
)
#: a job contract, a lease, a deal already out are not news
DEAL_UNLESS = re.compile(
    r"\b(?:cdi|cdd|contrat de travail|employment contract|job offer|offre d'emploi|"
    r"contrat de location|lease|as announced|comme annonce|deja annonce\w*|already announced|"
    r"published|publie(?:e|s)? (?:ce matin|aujourd'hui|hier)|black friday|code promo|"
    r"promo code|% off)\b"
)
NOT_PUBLIC_YET_CUES = (
    "pr", "press release", "announcement", "news release",
    "communique", "annonce officielle", "heard it here", "vous l apprenez", "vous l avez lu",
    "vous l entendez", "avant premiere", "petite fuite", "grosse fuite", "mini fuite",
    "little leak", "small leak", "tiny leak", "leaking", "scoop", "pas encore officiel*",
    "pas encore annonce*", "pas encore public*", "not official", "not yet official",
    "not announced", "not yet announced", "not public", "not yet public", "before it s",
    "before it is", "que ce soit", "que ca soit", "qu il soit", "qu elle soit", "officialise*",
)

#: a big partner described instead of named ("un certain géant de la distribution", "a major
#: hotel chain", "a certain Grenoble startup")...
_UNNAMED = (
    r"\b(?:a certain|un certain|une certaine|a (?:very )?(?:big|major|huge|large|well-known|"
    r"famous)|un (?:tres )?(?:grand|gros|beau|geant|acteur majeur)|une (?:tres )?(?:grande|grosse|"
    r"belle))"
    r"(?: [\w'-]+){0,3}? "
)
#: ...a customer or a reseller (a contract)...
UNNAMED_CUSTOMER = re.compile(
    _UNNAMED + r"(?:geants?|giants?|chaines?|chains?|enseignes?|retailers?|distributeurs?|"
    r"distributors?|operateurs?|operators?|groupes? (?:hotelier|de distribution|de grande "
    r"distribution)|hotel groups?|grande distribution|franchise)\b"
)
#: ...or a company that may join us (an acquisition)
UNNAMED_COMPANY = re.compile(
    _UNNAMED + r"(?:start-?ups?|scale-?ups?|pme|societes?|companies|company|firms?|boites?|"
    r"entreprises?|fabricants?|manufacturers?|labs?|laboratoires?)\b"
)
#: ...with the event coming soon...
SOON = re.compile(
    r"\b(?:bientot|tres bientot|prochainement|sous peu|d'ici peu|soon|very soon|shortly|"
    r"any day now|imminent\w*|in a few (?:days|weeks)|dans (?:quelques|peu de) (?:jours|"
    r"semaines))\b"
)
#: ...and a wink or a secret instead of the name (🤐 😉 👀, "disons que", "let's just say",
#: "pens are out", "chut")
HUSH = re.compile(
    r"(?:\b(?:disons que|mettons que|let'?s (?:just )?say|say no more|je dis (?:ca,? je dis )?"
    r"rien|j'dis rien|chut|motus|on en reparle|i said nothing|not a word|pas un mot|"
    r"pens are out|stylos? (?:sont )?(?:sortis|prets)|devinez|guess (?:who|which))\b|"
    r"🤐|🤫|😉|😏|👀|🙊|🖋|✍)"
)

#: the post-level tests of FinancialDisclosure behind a literal prefilter (see
#: tocsin.screening.prefilter): the same answers, and a post holding none of a pattern's words is
#: not searched (most posts hold none)
SOURCE_TEST = prefiltered(SOURCE)
CONGRATS_TEST = prefiltered(CONGRATS)
PUBLISHED_TEST = prefiltered(PUBLISHED)
PUBLISHED_REF_TEST = prefiltered(PUBLISHED_REF)
NOT_PUBLIC_YET_TEST = prefiltered(NOT_PUBLIC_YET)
FUTURE_RELEASE_TEST = prefiltered(FUTURE_RELEASE)
HUSH_TEST = prefiltered(HUSH)
SECRECY_TEST = prefiltered(SECRECY)
#: a job ad, an event, a charity: not a deal
UNNAMED_UNLESS = re.compile(
    r"\b(?:we'?re hiring|on recrute|recrutement|job|poste|stage|internship|webinar|salon|"
    r"trade show|conference|don|donation|charity|association|concours|giveaway|"
    r"as announced|comme annonce)\b"
)
UNNAMED_PARTY_CUES = (
    "a certain", "un certain", "une certaine", "a big", "a major", "a huge", "a large",
    "a very", "a well known", "a famous", "un grand", "un gros", "un beau", "un geant",
    "un acteur majeur",
    "une grande", "une grosse", "une belle", "un tres", "une tres",
)

#: a period's results, the words themselves ("the Q3 number", "les chiffres du trimestre",
#: "the Q4 call", "quarterly figures")...
PERIOD_RESULTS = re.compile(
    r"\b(?:(?:(?:q|t)[1-4]|(?:h|s)[12]) (?:numbers?|figures?|results?|calls?|earnings|"
    r"chiffres?|resultats?|revenue|sales|ventes|ca|margin|marge)|"
    r"(?:numbers?|figures?|results?|earnings|chiffres?|resultats?|ventes|sales|revenue|marge|"
    r"margin) (?:du|de ce|of the|of this|for the|for this|this|de la|de l') ?(?:(?:q|t)[1-4]|"
    r"(?:h|s)[12]|trimestre|quarter|semestre|half|exercice|fiscal year)|"
    r"(?:quarterly|half-year|full-year|year-end|annual|trimestriels?|semestriels?|annuels?) "
    r"(?:numbers|figures|results|chiffres|resultats)|(?:this|last|ce|le) (?:quarter|trimestre|"
    r"month|mois)'?s? (?:numbers|figures|results|chiffres|resultats)|"
    # a month's sales or figures ("les chiffres de novembre", "November's numbers")
    r"(?:chiffres|ventes|resultats|ca) (?:de |d')(?:janvier|fevrier|mars|avril|mai|juin|"
    r"juillet|aout|septembre|octobre|novembre|decembre)|(?:january|february|march|april|may|"
    r"june|july|august|september|october|november|december)(?:'s)? (?:numbers|figures|sales|"
    r"revenue))\b"
)
#: ...judged before they are out: bad ("embarrassing", "a tough one", "gênants") or good in
#: slang ("écœurants", "insane", "malades", "de fous")
RESULTS_VERDICT = re.compile(
    r"\b(?:embarrass\w*|genant\w*|honteu\w*|shameful|catastroph\w*|desastreu\w*|disastrous|"
    r"dismal|awful|terrible\w*|horrible\w*|affreu\w*|moches?|ugly|decevant\w*|disappointing|"
    r"(?:a )?tough one|grim|brutal\w*|bad|mauvai(?:s|se|ses)|weak|faibles?|poor|pas bons?|"
    r"painful|douloureu\w*|pas (?:terribles?|fameux|jolis?|"
    r"glorieux)|not (?:great|pretty|good)|rough|ecoeurant\w*|malades?|dingues?|de (?:fous|"
    r"ouf)|ouf|incroyables?|insane|crazy|sick|unreal|bonkers|nuts|monstrueu\w*|stellar|"
    r"mind-?blowing|hallucinant\w*|to die for|off the charts|through the roof)\b"
)
#: published, scheduled or someone else's: not a hint
RESULTS_UNLESS = re.compile(
    r"\b(?:publie(?:e|s|es)?|published|seront (?:publies|presentes)|will be (?:published|"
    r"released|presented)|are out|sont (?:en ligne|sortis|tombes ce matin)|press release|"
    r"communique|webcast|webinai?re?|registration|inscriptions?|save the date|replay|weather|"
    r"meteo|as announced|comme annonce|our customers'?|"
    r"nos clients|your (?:shop|store|business)|votre (?:boutique|magasin|entreprise)|"
    r"sondage|survey|enquete|quiz|concours|contest|match|equipe de foot|league|followers|"
    r"abonnes|views|vues|downloads|telechargements|likes|participants|inscrits|sign-?ups|"
    r"visitors|visiteurs|steps)\b"
)
PERIOD_RESULTS_CUES = (
    "q1", "q2", "q3", "q4", "t1", "t2", "t3", "t4", "h1", "h2", "s1", "s2", "trimestre",
    "quarter", "semestre", "half", "exercice", "fiscal year", "quarterly", "half year",
    "trimestriel*", "semestriel*", "full year", "year end", "annual", "annuel*", "month",
    "mois", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
    "septembre", "octobre", "novembre", "decembre", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december",
)

#: money one would put somewhere if one had it ("si j'avais des sous, je sais où je les
#: mettrais", "if I had spare cash I know where I'd park it")...
INVEST_IF = re.compile(
    r"\b(?:si j'avais (?:des sous|de l'argent|des economies|du cash|de l'epargne|un peu "
    r"d'argent|quelques (?:sous|euros|milliers)|\d[\d ]*(?:k|€| euros))|"
    r"if i had (?:(?:some|any|spare|extra|a bit of|a little|the|a few) ){0,2}(?:money|cash|"
    r"savings|dough|bucks|euros|\$?\d[\d,]*k?)|"
    r"je sais (?:ou|dans quoi|sur quoi) je (?:les |le |la )?(?:mettrais|placerais|"
    r"investirais|miserais)|i know (?:where|what) i'd (?:put|park|invest|stick) (?:it|them|"
    r"my)|(?:je mettrais|je placerais|j'investirais|je miserais) (?:tout|mes (?:sous|economies)"
    r")|i'd (?:put|park|invest|stick) (?:it all|everything|all of it|my savings|my money))\b"
)
#: ...before a date or the news, or from someone placed to know
BEFORE_NEWS = re.compile(
    r"\b(?:avant (?:la )?(?:fin |mi-|debut )?(?:janvier|fevrier|mars|avril|mai|juin|juillet|"
    r"aout|septembre|octobre|novembre|decembre|le \d{1,2}|les resultats|l'annonce|la "
    r"publication|le trimestre|la fin du trimestre)|before (?:the )?(?:end of |mid-?|early )?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|the \d{1,2}(?:st|nd|rd|th)?|results|announcement|earnings|the news|q[1-4])|"
    r"bien place\w*|well[- ]placed|de l'interieur|from the inside|i work (?:here|there)|"
    r"j'y (?:bosse|travaille))\b"
)
#: a gift, a sale, a product: not the shares
INVEST_UNLESS = re.compile(
    r"\b(?:soldes|promo\w*|sale|sales end|cadeau|gift|noel|christmas|lampes?|lamps?|"
    r"ampoules?|bulbs?|vacances|holiday|voyage|trip)\b"
)
INVEST_IF_CUES = (
    "si j avais", "if i had", "je sais ou je", "je sais dans quoi", "je sais sur quoi",
    "i know where i", "i know what i", "je mettrais", "je placerais", "j investirais",
    "je miserais", "i d put", "i d park", "i d invest", "i d stick",
)


#: the cue words of MARKET_ALLUSION and INSIDER_WORD (see :attr:`Shape.cues`)
#: round 20: the market's estimate...
CONSENSUS = re.compile(
    r"\b(?:consensus|the street|(?:les |the )?analy(?:st|ste)s?'? (?:estimates|expectations|"
    r"forecasts|numbers)|(?:estimations|attentes|previsions) des analystes|"
    r"(?:anyone|those|people) covering us|ceux qui nous suivent)\b"
)
#: ...said too low or too high by the speaker
CONSENSUS_OFF = re.compile(
    r"\b(?:(?:un (?:peu|poil|brin) |a (?:touch|tad|bit|little) |way |far |bien |beaucoup |"
    r"largement )?(?:pessimist\w*|conservative|prudent\w*|timide\w*|optimist\w*|"
    r"too (?:low|high|cautious|timid)|trop (?:bas|haut|bas|faible)|underestimat\w*|"
    r"overestimat\w*|sous-?estim\w*|sur-?estim\w*|off the mark|way off|a cote de la plaque|"
    r"loin du compte|loin de la realite|en dessous de la realite|below reality))"
)
#: ...not a past or published estimate, nor a general remark on forecasts
CONSENSUS_UNLESS = re.compile(
    r"\b(?:were|was|had been|etaient|etait|avaient|avait ete|last (?:year|quarter)|"
    r"l'an (?:dernier|passe)|l'annee derniere|le trimestre dernier|published|publies?|"
    r"as announced|comme annonce|press release|communique|weather|meteo|politi\w*|"
    r"election\w*|sondage|poll)\b"
)
CONSENSUS_CUES = (
    "consensus", "the street", "analyst*", "analyste*", "covering us", "ceux qui nous suivent",
)
#: round 20: a profit-sharing or bonus pool...
PROFIT_SHARE = re.compile(
    r"\b(?:prime d'interessement|primes d'interessement|l'interessement|la participation|"
    r"profit[- ]sharing|bonus pool|enveloppe (?:des primes|de primes|d'interessement)|"
    r"primes? de fin d'annee|year[- ]end bonus(?:es)?|annual bonus(?:es)?|la prime)\b"
)
#: ...said to be a record, ahead ("va être la plus grosse de l'histoire", "will be the biggest")
RECORD_AHEAD = re.compile(
    r"\b(?:va (?:etre|faire)|sera|vont etre|will be|is going to be|'s going to be|gonna be|"
    r"s'annonce)\b[^.!?\n]{0,40}?\b(?:record\w*|la plus (?:grosse|grande|belle|elevee)|"
    r"le plus (?:gros|eleve)|historique|biggest|largest|highest|best ever|"
    r"(?:la|le) (?:meilleure?|plus) de l'histoire)"
)
PROFIT_SHARE_UNLESS = re.compile(
    r"\b(?:verse|versee|paid|publie|published|as announced|comme annonce|accord signe|"
    r"l'an dernier|last year)\b"
)
PROFIT_SHARE_CUES = (
    "interessement", "participation", "profit sharing", "profit-sharing", "bonus pool",
    "enveloppe", "primes", "prime", "year end bonus*", "year-end bonus*", "annual bonus*",
)
MARKET_ALLUSION_CUES = (
    # round 20
    "ce qu'on annonce", "ce qu'on va annoncer", "ce qu'on publie", "ce qu'on va publier",
    "what we announce", "what we're announcing", "what we are announcing", "what we publish",
    "what we release", "what we're releasing",
    "actionnaire*", "shareholder*", "investisseur*", "investor*", "leur ligne", "shares",
    "position", "ceux qui ont parie contre", "bet", "shorted", "sold", "short seller*",
    "vendeurs a decouvert", "ticker", "le titre", "the stock", "the share price", "le cours",
    "figures", "numbers", "results", "chiffres", "resultats", "analystes", "analysts", "titres",
    "actions",
    # round 12
    "auditor*", "auditeur*", "commissaires aux comptes", "results call", "earnings call",
    "finance floor",
)
#: the cue words of DEAL_MAKERS (round 12)
DEAL_MAKERS_CUES = (
    "corpo dev", "corporate dev*", "corp dev", "corpdev",
    # round 13: a '*' ends a cue, it does not continue a word inside one
    "banquier d affaires", "banquiers d affaires",
    "investment banker*", "avocats d affaires", "deal team",
)
#: the cue words of SIGNED_UNNAMED (round 12)
SIGNED_CUES = ("signer", "signe", "signed", "inked")
INSIDER_WORD_CUES = (
    "i work here", "i work there", "works there", "je bosse", "je travaille", "j'y bosse",
    "j'y travaille", "qui voit passer les chiffres", "i see the numbers",
    # round 17
    "salarie actionnaire", "salaries actionnaires", "employee shareholder*",
    "employee and shareholder*", "as an employee", "en tant que salarie", "de l'interieur",
    "on the inside", "from the inside", "insider tip", "moi qui y travaille", "moi qui y bosse",
    "parole de salarie",
)


# -- Round 15 (structural, from blind13's misses) ------------------------------------------------

#: our books, figures or bottom line ("nos comptes", "our numbers", "le bilan", "the bottom
#: line"; "our sales team" is people, not figures)...
OUR_BOOKS = re.compile(
    r"\b(?:(?:nos|notre|our) (?:comptes|chiffres|bilan|resultats?|ca|chiffre d'affaires|"
    r"p&l|pnl|p ?& ?l|books|numbers|figures|accounts|bottom line|top line|topline|revenues?|"
    r"earnings|margins?|marges?|ventes|sales|benefices?|profits?)(?! (?:team|reps?|people|"
    r"staff|force|equipe|conference|meeting|deck|manager|training))|the (?:bottom|top) line|"
    r"le bilan)\b"
)
#: ...said to be about to shine or soar ("ça va briller", "going to go through the roof", "va
#: faire des jaloux"), or sunglasses handed out for them (😎, "lunettes de soleil", "shades")
BRIGHT_AHEAD = re.compile(
    r"(?:\b(?:va|vont|ira|iront|going to|gonna|will|'ll|about to|s'appretent? a|sur le point "
    r"de|set to|poised to) (?:[\w']+ ){0,3}?(?:briller|shine|glow|sparkle|exploser|explode|"
    r"cartonner|decoller|take off|soar|skyrocket|rocket|fly|s'envoler|grimper|flamber|pop|"
    r"crush it|go through the roof|go (?:to the )?moon|be (?:huge|massive|insane|monster|"
    r"stellar|gorgeous|beautiful|epic|a record|historic)|look (?:gorgeous|great|amazing|"
    r"beautiful|insane|stellar|very good|really good)|etre (?:enormes?|monstrueu\w*|"
    r"historiques?|magnifiques?|tres beaux|tres belles?|dingues?|records?)|faire des jaloux|"
    r"make (?:people|some people|a few people|everyone) jealous|aveugler|blind (?:you|people|"
    r"everyone))\b|lunettes de soleil|sunglasses|\bshades\b|😎)"
)
#: social accounts, bank accounts, someone else's figures, or figures already out
BRIGHT_UNLESS = re.compile(
    r"\b(?:insta\w*|tiktok|linkedin|twitter|youtube|facebook|followers|abonnes|reseaux "
    r"sociaux|social media|en banque|bank|epargne|savings|published|publie(?:e|s)?|are out|"
    r"as announced|comme annonce|soleil d'ete|summer sun|plage|beach|soldes|promos?|"
    r"promotions?|black friday|code promo|promo code|discount|reduction|flash sale|"
    r"ventes? privees?)\b"
)
OUR_BOOKS_CUES = (
    "nos comptes", "nos chiffres", "notre bilan", "nos resultats", "notre resultat", "notre ca",
    "notre chiffre d affaires", "nos marges", "notre marge", "nos ventes", "nos benefices",
    "notre benefice", "our p", "our pnl", "our books", "our numbers", "our figures",
    "our accounts", "our bottom line", "our top line", "our topline", "our revenue",
    "our revenues", "our earnings", "our margin", "our margins", "our sales", "our profit",
    "our profits", "bottom line", "top line", "le bilan", "our results", "our result",
)

#: people joining us in numbers ("bientôt un peu plus de Lillois dans l'équipe", "the team is
#: about to double", "a whole crew of new colleagues")...
ARRIVALS = re.compile(
    r"\b(?:(?:bientot|tres bientot|soon|very soon) (?:un peu |beaucoup |bien )?(?:plus de|more|"
    r"de nouveaux|de nouvelles|new|quelques|a few|toute une|a whole)|"
    r"(?:de nouveaux|de nouvelles|new|plein de nouveaux|lots of new|a bunch of new|a whole "
    r"(?:new )?(?:team|crew|bunch) of(?: new)?|toute une (?:equipe|bande) de(?: nouveaux)?|"
    r"des dizaines de(?: nouveaux)?|dozens of(?: new)?) (?:collegues|colleagues|teammates|"
    r"coequipiers|visages|faces|arrivants|joiners|people|gens|tetes|recrues|members)|"
    r"l'equipe (?:va |est sur le point de )?(?:s'agrandi\w*|grossi\w*|doubl\w*)|"
    r"(?:the|our) (?:team|family|crew|headcount) (?:is |'s )?(?:about to |going to |will |set "
    r"to )?(?:grow\w*|get\w* (?:bigger|larger)|doubl\w*|expand\w*)|"
    r"(?:on|nous) (?:va |allons )?(?:s'agrandi\w*|nous agrandi\w*|grossi\w*|doubler)|"
    r"la famille (?:va )?s'agrandi\w*|"
    r"(?:plus de|more) [\w-]+ (?:dans l'equipe|in the team|on the team|chez nous|with us|in "
    r"our (?:team|offices?)))"
)
#: ...and not by hiring ("et pas parce qu'on recrute", "without a single job ad", "no
#: interviews needed"): a company joining, an acquisition
NOT_HIRING = re.compile(
    r"\b(?:pas (?:parce qu'on|parce que nous|parce qu'on va|grace a un|par un|via un|par le|"
    r"via le)? ?(?:recrute|embauche|recrutement|recrutons|embauchons)|sans (?:recruter|"
    r"embaucher|(?:un seul |une seule |aucun |aucune |le moindre |la moindre )?"
    r"(?:recrutement|entretien|offre d'emploi))|"
    r"ce n'est pas (?:un |du )?recrutement|aucune offre d'emploi|zero (?:offre|entretien)s?|"
    r"not (?:because|since|cause) (?:we'?re|we are|we'?ve been) hiring|not (?:through|by|via) "
    r"hiring|without (?:hiring|recruiting|a single (?:job (?:ad|post|opening)|interview)|any "
    r"(?:job (?:ads?|posts?|openings?)|interviews?))|no (?:job (?:ads?|posts?|openings?)|"
    r"interviews?|hiring|recruiting|recruitment)(?: (?:involved|needed|required))?|and (?:it'?s )?"
    r"not (?:a |about )?(?:hiring|recruiting|recruitment)|zero (?:interviews|job ads))\b"
)
#: a birth, interns or volunteers, a transfer inside the group: not a deal
ARRIVALS_UNLESS = re.compile(
    r"\b(?:bebes?|baby|babies|naissance|birth|born|nee?|stagiaires?|interns?|alternants?|"
    r"apprenti\w*|apprentices?|benevoles|volunteers|mutations?|transfers?|reorg\w*|"
    r"reorganis\w*|demenag\w*|moving offices|chiens?|dogs?|chats?|cats?|plantes?|plants?)\b"
)
NOT_HIRING_CUES = (
    "recrute", "recrutement", "recruter", "recrutons", "embauche", "embaucher", "embauchons",
    "hiring", "recruiting", "recruitment", "job ad", "job ads", "job post", "job posts",
    "job opening", "job openings", "interview", "interviews", "entretien", "offre d emploi",
)

#: an executive or a founder (who makes deals)...
TRAVELLER = re.compile(
    r"\b(?:cfo|daf|ceo|pdg|dg|coo|directeur financier|directrice financiere|directeur general|"
    r"directrice generale|big boss|boss|patron(?:ne)?|founders?|fondat(?:eur|rice)s?|"
    r"head of (?:m&a|corp dev|strategy)|general counsel|directeur juridique|"
    r"directrice juridique|the board|le board|comex)\b"
)
#: ...who keeps going somewhere ("keeps visiting friends in Eindhoven", "toutes les deux
#: semaines à Lille", "fait des allers-retours", "weekly trips to")...
TRIPS = re.compile(
    r"\b(?:keeps? (?:visiting|flying|going|popping|heading|taking (?:the )?trains?|"
    r"travel\w*)|(?:visiting|visits?|to visit) (?:some )?(?:friends|family|old friends)|every "
    r"(?:other |single )?(?:week|monday|tuesday|wednesday|thursday|friday)|twice a (?:week|"
    r"month)|(?:toutes? les|chaque) (?:deux |quinze |2 )?(?:semaines?|lundis?|mardis?|"
    r"mercredis?|jeudis?|vendredis?)|allers?-retours?|(?:weekly|regular|frequent|mysterious|"
    r"mysteriou\w*) (?:trips?|visits?|flights?)|(?:voyages?|deplacements?|visites?) "
    r"(?:reguliers?|frequents?|mysterieu\w*|hebdomadaires?)|(?:se rend|file|fait un saut|passe|"
    r"part) (?:souvent|regulierement|encore|toujours|tout le temps) (?:a|en|chez)|"
    r"(?:rendre|rend) visite a des (?:amis|copains|potes)|voir des (?:amis|copains|potes))\b"
)
#: ...and the reader invited to guess why ("funny how", "no reason", "comme par hasard", 👀)
INSINUATE = re.compile(
    r"(?:\b(?:funny how|curious how|interesting how|odd how|no reason|for no reason|pour rien|"
    r"aucune raison|sans raison|comme par hasard|curieusement|bizarrement|coincidence|"
    r"je dis (?:ca,? je dis )?rien|just saying|nothing to see|rien a voir|draw your own|"
    r"tirez vos|let'?s just say|disons que|i'?m sure it'?s nothing|surement rien)\b|"
    r"👀|😉|😏|🤔|🤫|🤐|🙊)"
)
#: a holiday, a fair, a marathon, a family event, a store tour: a reason given
TRIPS_UNLESS = re.compile(
    r"\b(?:holidays?|vacances|conges?|wedding|mariage|salon|trade ?show|conference|webinar|"
    r"marathon|training|entrainement|malade|sick|hopital|hospital|funeral|obseques|"
    r"store visits?|visites? (?:de|des) (?:magasins|boutiques|sites|usines)|tournee des)\b"
)
TRAVELLER_CUES = (
    "cfo", "daf", "ceo", "pdg", "dg", "coo", "directeur financier", "directrice financiere",
    "directeur general", "directrice generale", "boss", "patron", "patronne", "founder",
    "founders", "fondateur", "fondatrice", "fondateurs", "head of m", "head of corp",
    "head of strategy", "general counsel", "directeur juridique", "directrice juridique",
    "the board", "le board", "comex",
)



# -- Round 16 (structural, from blind14's misses and a sweep by kind) ---------------------------

#: a growth target for the next period ("objectif pour l'an prochain", "our goal for next year",
#: "d'ici fin 2027")...
TARGET_AHEAD = re.compile(
    r"\b(?:(?:notre |our |l')?(?:objectif|ambition|target|goal|cap)s?|on vis(?:e|ait|erait)|"
    r"nous vis(?:ons|ions)|"
    r"we aim|we'?re aiming)(?: [\w'€$£]+){0,4}? (?:l'an prochain|l'annee prochaine|next year|"
    r"(?:en |in |pour |for )?20[2-3]\d|the coming year|d'ici (?:la )?fin (?:d'annee|de l'annee|"
    r"20[2-3]\d)|by (?:the )?end of (?:next year|20[2-3]\d)|next (?:quarter|fiscal year))\b|"
    r"\b(?:our |notre |nos |the )?(?:20[2-3]\d|next year's) (?:goals?|targets?|ambitions?|"
    r"objectifs?)\b"
)
#: ...that multiplies something ("doubler", "x3", "to triple", "+40 %")...
MULTIPLY = re.compile(
    r"(?:\b(?:doubler|tripler|doubl\w+|tripl\w+|double|triple|quadrupl\w+|multipli\w+|"
    r"(?:presque |almost |nearly )?par (?:deux|trois|quatre))\b|"
    r"(?<![\w-])[x×] ?[2-9](?!\w)|\+ ?\d{2,3} ?%)"
)
#: ...of the business ("vu les commandes", "sales", "le CA", "order book")
BUSINESS = re.compile(
    r"\b(?:commandes|orders|ventes|sales|chiffre d'affaires|ca|revenue|croissance|growth|"
    r"carnet|pipeline|marges?|margins?|business|order book|benefices?|profits?|ebitda|"
    # ... or told as a secret ("motus", "en interne", "you heard it here first")
    r"motus|chut|en interne|internally|vous l'apprenez ici|heard it here first|en exclusivite|"
    r"avant les analystes|before the analysts)\b|🤐|🤫"
)
#: money raised or given for a cause: no business target
TARGET_UNLESS = re.compile(
    r"\b(?:dons?|donations?|donate|reverse\w*|collect\w*|associations?|charity|caritati\w*|"
    r"solidari\w*|fondation|foundation|arbres?|trees?|recycl\w*)\b"
)
TARGET_AHEAD_CUES = (
    "objectif", "objectifs", "ambition", "ambitions", "target", "targets", "goal", "goals", "cap",
    "on vise", "nous visons", "we aim", "we re aiming", "were aiming",
    # round 21: the target said in the past of reported speech ("qu'on visait 300 M€ en 2027")
    "on visait", "on viserait", "nous visions",
)
#: a forecast of units to sell ("on prévoit d'en vendre", "we expect to ship")...
SELL_FORECAST = re.compile(
    r"\b(?:on prevoit|nous prevoyons|on compte|nous comptons|on vise|nous visons|on table sur|"
    r"on espere|nous esperons|objectif|we expect|we'?re expecting|we plan|we'?re planning|"
    r"we aim|we'?re aiming|we hope|we forecast|we project|target is|goal is|plan is)"
    r"(?: [\w']+){0,2}? (?:d'en vendre|de vendre|d'en ecouler|d'ecouler|d'en livrer|"
    r"to sell|to ship|selling|shipping|ventes? de)\b"
)
#: ...in large numbers ("500 000", "2 millions", "10k units")
BIG_COUNT = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+|\d{4,}|\d+(?:[.,]\d+)? ?(?:millions?|"
    r"k|mn|bn|milliards?))(?![\w])"
)
SELL_FORECAST_CUES = (
    "en vendre", "de vendre", "en ecouler", "d ecouler", "en livrer", "to sell", "to ship",
    "selling", "shipping", "vente de", "ventes de",
)
#: an order book counted in millions ("20 M€ de précommandes", "$3M in pre-orders")...
BIG_MONEY = re.compile(
    r"(?:\d[\d.,]*+ ?(?:m€|m\$|m£|meur|musd|md€|mds€|k€|bn|(?:millions?|milliards?) "
    r"(?:d'euros|de dollars|d'eur|euros|dollars|€|\$))(?!\w)|[€$£] ?\d[\d.,]*+ ?(?:m|mn|bn|k|"
    r"millions?|billions?)(?!\w))"
)
ORDER_BOOK = re.compile(
    r"\b(?:pre-?commandes?|pre-?orders?|carnet de commandes|order ?book|backlog|"
    r"commandes fermes|firm orders|commandes|orders)\b"
)
ORDER_BOOK_CUES = (
    "precommande*", "pre commande*", "preorder*", "pre order*", "carnet de commandes",
    "order book", "orderbook", "backlog", "commandes", "orders",
)
#: new colleagues who speak another language ("des collègues qui parlent allemand", "German-
#: speaking teammates") arriving soon: a company abroad joining us
FOREIGN_COLLEAGUES = re.compile(
    r"\b(?:collegues|colleagues|teammates|coworkers|co-workers|coequipiers)(?: [\w']+){0,2}? "
    r"(?:qui parlent|parlant|who speak|speaking) (?:[\w']+ )?(?:allemand|german|neerlandais|"
    r"dutch|flamand|flemish|espagnol|spanish|italien|italian|polonais|polish|suedois|swedish|"
    r"danois|danish|japonais|japanese|chinois|chinese|coreen|korean|portugais|portuguese|"
    r"tcheque|czech|finnois|finnish|norvegien|norwegian)\b|"
    r"\b(?:german|dutch|spanish|italian|polish|swedish|danish|japanese|chinese|korean|"
    r"portuguese|czech|finnish|norwegian)-speaking (?:colleagues|teammates|coworkers)\b"
)
ARRIVING_SOON = re.compile(
    r"\b(?:bientot|tres bientot|sous peu|d'ici peu|prochainement|soon|shortly|any day now|"
    r"le mois prochain|next month|a la rentree|en janvier|in january|l'an prochain|next year)\b"
)
#: our cash or our debt in trouble ("we're burning cash", "les banques renégocient notre
#: dette", "au bord du défaut de paiement", "covenant breach")...
DEBT_TROUBLE = re.compile(
    r"\b(?:(?:we'?re|we are|on est|nous sommes|on) (?:\w+ )?(?:burning (?:through )?cash|"
    r"running out of cash|short of cash|a court de (?:cash|tresorerie)|au bord du defaut|"
    r"en defaut|in default|brule\w* du cash|cram\w* la tresorerie)|"
    r"(?:renegoti\w+|renegoci\w+|restructur\w+|rallong\w+|reechelonn\w+) (?:\w+ )?"
    r"(?:our|notre|nos) (?:debt|dette|dettes|loans?|prets?|credit lines?|lignes? de credit|"
    r"bonds|obligations)|"
    r"(?:our|notre|nos) (?:covenants?|tresorerie|cash position|liquidity) (?:\w+ )?(?:breach\w*|"
    r"rompus?|a sec|dry|tendue|critique|critical)|(?:we|on|nous) (?:\w+ )?(?:breached|"
    r"a rompu|avons rompu) (?:our|notre|nos|a|un) covenants?|les banques nous lachent|"
    r"(?:the )?banks? (?:are )?(?:pulling|cutting) (?:our|the) "
    r"(?:credit|plug|lines?))\b"
)
DEBT_TROUBLE_CUES = (
    "burning cash", "burning through cash", "running out of cash", "short of cash",
    "court de cash", "court de tresorerie", "bord du defaut", "en defaut", "in default",
    "brule du cash", "brulons du cash", "crame la tresorerie", "renegoti*", "renegoci*",
    "restructur*", "rallong*", "reechelonn*", "covenant*", "tresorerie", "cash position",
    "liquidity", "banques nous lachent", "pulling our", "cutting our", "pulling the",
    "cutting the",
)
#: a write-down or an impairment said to be big ("the write-down is huge", "une dépréciation
#: énorme", "a €20M impairment")...
WRITE_DOWN = re.compile(
    r"\b(?:write-?downs?|write-?offs?|impairments?|depreciations? d'actifs|depreciation "
    r"(?:exceptionnelle|massive|enorme)|perte exceptionnelle|one-off (?:loss|charge)|"
    r"provisions? (?:pour|for) (?:risques|litiges?|restructuring|restructuration))\b"
)
BIG_SIZE = re.compile(
    r"(?:\b(?:huge|massive|enormous|giant|big|colossal|eye-watering|enorme|colossale|"
    r"gigantesque|salee|violente|brutal)\b|" + BIG_MONEY.pattern + ")"
)
WRITE_DOWN_CUES = (
    "write down", "writedown", "write downs", "writedowns", "write off", "writeoff",
    "write offs", "impairment*", "depreciation*", "perte exceptionnelle", "one off loss",
    "one off charge", "provision pour", "provisions pour", "provision for", "provisions for",
)
#: births, interns, transfers (see ARRIVALS_UNLESS) or a job ad: not a company joining
FOREIGN_UNLESS = re.compile(
    ARRIVALS_UNLESS.pattern + r"|\b(?:recrut\w*|embauch\w*|(?<!not )(?<!no )hiring|"
    r"postulez|apply|offres? d'emploi|candidat\w*|erasmus|exchange|echange|visite|"
    r"visit(?:ing|ors?)?|clients?|customers?)\b"
)
FOREIGN_COLLEAGUES_CUES = (
    "collegues", "colleagues", "teammates", "coworkers", "co workers", "coequipiers",
)

# -- Round 17 (structural, blind15, and wordings written per kind before the rules) -------------

#: the sellers, their target or their orders ("réunion des commerciaux", "the sales floor",
#: "notre quota", "orders this month"): whose record is a result...
SALES_SIDE = re.compile(
    r"\b(?:commerciaux|(?:equipe|service|force|reunion|direction) (?:des )?(?:ventes|"
    r"commerciale?s?)|(?:nos|les) ventes|sales (?:team|floor|force|kickoff|meeting|people|"
    r"reps?|department)|(?:our|the) sales|revenue team|quotas?|(?:nos |les |des )?commandes|"
    r"(?:our |the )?orders|chiffre d'affaires|le ca|(?:objectif|target)s? (?:annuel|annual|"
    r"commercial|de ventes|sales|du mois|du trimestre)\w*)\b"
)
#: ...beaten as never before ("objectif explosé", "du jamais vu", "best quarter in company
#: history", "blew past the target", "off the charts"; a beating word only on the target,
#: so "crushed it at the expo" or a parcel "smashed" is none)
RECORD_BEATEN = re.compile(
    r"\b(?:(?:du )?jamais vu|(?:never|n'ont jamais|n'avons jamais|n'a jamais) (?:\w+ )?"
    r"(?:seen|vu)|(?:best|biggest|strongest|record) (?:\w+ )?(?:month|quarter|year|week|day)s?"
    r"(?: ever| in (?:company|our) history| we'?ve ever had)?|meilleur (?:mois|trimestre|"
    r"semestre|exercice|annee)|record\w* (?:de \w+ )?(?:battu|explose|pulverise)|"
    r"(?:objectifs?|targets?|quotas?|records?)\W{1,3}(?:[\w']+ ){0,2}?(?:explos\w+|pulveris\w+|"
    r"smashed|crushed|battus?|beaten)|(?:explos\w+|pulveris\w+|smashed|crushed|blew "
    r"(?:past|through)|beat|battu) (?:[\w']+ ){0,2}?(?:objectifs?|targets?|quotas?)|"
    r"off the charts|"
    r"atteint des (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|"
    r"novembre)|hit (?:in|by) (?:january|february|march|april|may|june|july|august|"
    r"september|october|november)|weeks early|n'en reviennent pas)\b"
)
RECORD_UNLESS = re.compile(
    PUBLISHED.pattern + r"|\b(?:arbres?|trees?|dons?|donations?|charity|caritati\w+|"
    r"solidaires?|recycl\w+|participation|coureurs|runners|benevoles|volunteers)\b"
)
SALES_SIDE_CUES = (
    "commerciaux", "commerciale", "commerciales", "ventes", "sales", "revenue team", "quota",
    "quotas", "commandes", "orders", "chiffre d affaires", "le ca", "target", "targets",
    "objectif", "objectifs",
)
#: a deal told as a romance ("un mariage se prépare", "we've been seeing a lot of each other",
#: "plus seuls à table", 💍)...
ROMANCE = re.compile(
    r"(?:\b(?:(?:un |a )?mariage se prepare|wedding (?:bells|is coming|coming)|"
    r"(?:getting|get) (?:married|engaged)|se marier|fiancailles|engagement (?:rumou?rs?|ring)|"
    r"dating|on se frequente|se frequentent|seeing a lot of each other|getting (?:very |really )?"
    r"close|coup de foudre|l'ame soeur|demande en mariage|plus (?:tout a fait )?seuls a table|"
    r"plus (?:tres |vraiment )?celibataires?|no longer single|tying the knot|"
    r"la bague au doigt)\b|💍|💘|💞|💑)"
)
#: ...with another company ("un acteur allemand du secteur", "a certain German lighting
#: group", "a big Italian player")
PARTNER_COMPANY = re.compile(
    r"\b(?:groupes?|group|acteurs?|players?|company|companies|societes?|entreprises?|"
    r"concurrents?|competitors?|rivals?|fabricants?|manufacturers?|makers?|industriels?)\b"
)
PARTNER_UNLESS = re.compile(
    r"\b(?:felicitations|congrat\w*|bravo|just (?:got )?engaged|friend'?s|d'une? amie?|"
    r"leur mariage|their wedding|bride|mariee|jeunes maries|newlyweds)\b"
)
ROMANCE_CUES = (
    "mariage", "wedding", "married", "engaged", "se marier", "fiancailles", "engagement",
    "dating", "frequente", "frequentent", "seeing a lot", "getting close", "getting very close",
    "coup de foudre", "ame soeur", "seuls a table", "celibataire", "celibataires",
    "no longer single", "tying the knot", "bague au doigt", "💍", "💘", "💞", "💑",
)


# -- Round 21 (structural, the round-20 leftovers and the misses of all development files) -----

#: a company described instead of named, as a player rather than a customer ("un certain acteur
#: nordique de l'éclairage", "a certain German carmaker", "un grand groupe allemand", "une boîte
#: grenobloise qui fait aussi des ampoules"); "un grand groupe d'amis" is no company...
UNNAMED_PLAYER = re.compile(
    r"\b(?:(?:a certain|un certain|une certaine|un (?:tres )?(?:grand|gros)|une (?:tres )?"
    r"(?:grande|grosse)|a (?:very )?(?:big|major|large|huge))(?: [\w'-]+){0,3}? "
    r"(?:acteurs?|players?|groupes?(?! d'| de| of)|groups?(?! of)|industriels?|constructeurs?|"
    r"carmakers?|automakers?|fabricants?|manufacturers?|boites?|societes?|companies|company|"
    r"firms?|rivals?|concurrents?|competitors?|fonds|funds?|conglomerates?|conglomerats?)|"
    r"une (?:boite|societe|entreprise|start-?up|pme)(?: [\w'-]+){0,2}? qui (?:fait|fabrique|vend)"
    r" aussi|an? (?:[\w-]+ )?(?:company|firm|start-?up|outfit) (?:that|which|who) also "
    r"(?:makes|sells|builds))\b"
)
#: ...and talks, a yes or an interest that only a deal explains ("en « discussions avancées »",
#: "finally said yes to us", "très intéressés par notre petite famille", "nouveaux collègues
#: venus de", "may be changing hands")
DEAL_TALKS = re.compile(
    r"\b(?:discussions? (?:avancees|exclusives|serieuses|poussees|tres avancees)|"
    r"en (?:pleines? |grandes? )?(?:discussions?|negociations?|pourparlers) avec|"
    r"negociations? (?:avancees|exclusives)|pourparlers|(?:advanced|exclusive|serious|"
    r"late-stage|secret) (?:talks|negotiations)|in (?:secret |serious |advanced )?talks with|"
    r"(?:finally |just )?said yes to (?:us|our)|(?:nous |vous )?(?:a|ont) (?:enfin |finalement )?"
    r"dit oui|(?:tres |vraiment )?interesses? par (?:notre|nous|nos)|(?:very |really |"
    r"seriously )?interested in (?:us|our|buying)|(?:nouveaux|nouvelles) collegues venu\w*"
    r"[ .…]{1,5}(?:de|d')|new colleagues (?:coming |arriving )?from|chang\w* (?:hands|de mains?|de "
    r"proprietaire)|kicking (?:our|the) tyres|due diligence)"
)
#: a job ad, an event, a charity, a fair: no deal
UNNAMED_PLAYER_UNLESS = re.compile(
    r"\b(?:we'?re hiring|on recrute|job|stage|internship|webinar|salon|trade show|"
    r"conference|donation|charity|association|concours|giveaway|as announced|comme annonce|"
    r"deja annonce|already announced|rumeurs? infondees?|fausse rumeur|pure rumeur|"
    r"false rumou?r|dementi\w*|deny|denies|denied)\b"
)
UNNAMED_PLAYER_CUES = (
    "discussion", "discussions", "negociation", "negociations", "pourparlers", "talks",
    "negotiations", "said yes", "dit oui", "interesse", "interesses", "interested",
    "venus", "venu", "venues", "colleagues from", "colleagues coming", "colleagues arriving",
    "changing hands", "change hands", "changed hands", "changer de", "change de",
    "kicking our", "kicking the", "due diligence",
)
#: a forecast for a year ahead ("Lumio's 2027 forecast", "leurs prévisions pour 2027", "next
#: year's volumes")...
YEAR_FORECAST = re.compile(
    r"\b(?:20[2-3]\d (?:forecasts?|volumes?|previsions?|plans? de charge)|"
    r"next year'?s? (?:forecasts?|volumes?|orders?)|"
    r"(?:forecasts?|previsions?|previsionnels?|volumes? (?:prevus|previsionnels)|"
    r"planned volumes|plans? de charge|commandes prevues)"
    r"(?: [\w']+){0,2} (?:pour |for |de |d')?(?:20[2-3]\d|next year|l'an prochain|l'annee "
    r"prochaine))\b"
)
#: ...multiplied ("3x this year's volumes", "x3", "doublés", "trois fois plus")
YEAR_MULTIPLIED = re.compile(
    r"(?:(?<![\w.,-])[2-9](?:[.,]5)? ?[x×](?!\w)|(?<![\w-])[x×] ?[2-9](?!\w)|"
    r"\b(?:doubl\w+|tripl\w+|quadrupl\w+|(?:deux|trois|quatre|two|three|four) (?:fois|times) "
    r"(?:plus|more|les|the|this|ce|cette))\b)"
)
#: the weather, a traffic or delivery forecast, a charity: no business forecast
YEAR_FORECAST_UNLESS = re.compile(
    r"\b(?:meteo|weather|pluie|rain|neige|snow|trafic|traffic|livraisons?|deliver\w*|"
    r"dons?|donations?|charity|published|publie\w*|comme annonce|as announced|"
    r"rapport annuel|annual report)\b"
)
YEAR_FORECAST_CUES = (
    "forecast", "forecasts", "prevision", "previsions", "previsionnel", "previsionnels",
    "volumes", "plan de charge", "plans de charge", "commandes prevues", "planned volumes",
    "orders", "commandes",
)
#: the analysts given work by what is coming ("Analysts will have some reading to do at the end
#: of the month", "les analystes sauront compter d'ici la fin du mois")...
ANALYSTS_TASK = re.compile(
    r"\b(?:analysts?|analystes|the market|le marche|shareholders?|actionnaires|investors?|"
    r"investisseurs)(?: [\w']+){0,2}? (?:will have|'ll have|are going to have|vont avoir|"
    r"auront|sauront|will (?:need|want) to|vont devoir|devront)(?: [\w']+){0,3}? "
    r"(?:reading|lire|lecture|compter|count\w*|(?:the |some )?math|calcul\w*|digest\w*|"
    r"homework|devoirs|du boulot|du travail|work to do|explaining|expliquer|recalcul\w*|"
    r"revoir leurs|revise\w*|redo\w*|refaire)"
)
#: ...soon, at the publication
ANALYSTS_WHEN = re.compile(
    r"\b(?:(?:at |by |before )?the end of (?:the|this|next) month|(?:a |d'ici |avant )?(?:la )?"
    r"fin du mois|(?:fin|debut|end of|early|late) (?:janvier|fevrier|january|february|"
    r"juillet|july)|le 28|the 28th|results day|jour des resultats|(?:next|this) week|"
    r"la semaine prochaine|cette semaine|soon|bientot|shortly)\b"
)
ANALYSTS_UNLESS = re.compile(
    r"\b(?:published|publie\w*|is out|sont sortis|annual report|rapport annuel|webinar|"
    r"conference|weather|meteo|job|poste|on recrute|we'?re hiring|"
    # our own analysts at work: data or BI people, a tool, dashboards
    r"(?:nos|our|mes|my) analys\w+|data analysts?|analystes? (?:de donnees|data|bi)|"
    r"dashboards?|tableaux de bord|outils?|tools?)\b"
)
ANALYSTS_TASK_CUES = (
    "analyst", "analysts", "analystes", "the market", "le marche", "shareholder",
    "shareholders", "actionnaires", "investor", "investors", "investisseurs",
)


class HintedOutcome(ShapeRules):
    """A hint to shareholders about news not published yet (round 11, structural)."""

    name = "hinted_outcome"
    version = "1.2"
    categories = (Category.FINANCIAL_DISCLOSURE,)
    directions = ("outbound", "inbound")
    description = (
        "A hint to shareholders or the market about unpublished news: who will be happy, who "
        "bet against us, keep your eyes on the ticker; buying or holding on an insider's word."
    )
    SHAPES = (
        Shape(
            id="hinted_outcome",
            kind="mnpi.results",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(MARKET_ALLUSION, MARKET_OUTCOME),
            cues=MARKET_ALLUSION_CUES,
            window=140,
            explanation={
                "en": "Hint at unpublished news for the market (“{found}”): telling shareholders "
                "who will be happy or sorry before the publication is selective disclosure. "
                "Say nothing until the news is public.",
                "fr": "Allusion à une information non publiée (« {found} ») : annoncer aux "
                "actionnaires qui sera content ou déçu avant la publication est une "
                "divulgation sélective. Ne dites rien avant la publication.",
            },
        ),
        Shape(
            id="deal_makers_secret",
            kind="mnpi.m_and_a",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound", "inbound"),
            parts=(DEAL_MAKERS, SECRECY),
            cues=DEAL_MAKERS_CUES,
            window=200,
            explanation={
                "en": "Deal talks hinted at (“{found}”): the deal makers at work and a secret "
                "nobody may tell let the market guess an acquisition before it is announced. "
                "Remove it.",
                "fr": "Négociation évoquée (« {found} ») : l'équipe des opérations au travail et "
                "un secret que personne ne peut dire laissent deviner une acquisition avant son "
                "annonce. Retirez-le.",
            },
        ),
        Shape(
            id="hinted_deal",
            kind="mnpi.contract",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(SIGNED_UNNAMED, DEAL_TEASER),
            cues=SIGNED_CUES,
            window=160,
            explanation={
                "en": "A contract hinted at before it is announced (“{found}”): a deal said to "
                "be signed with a partner the post will not name yet is news for the market. "
                "Wait for the announcement.",
                "fr": "Contrat évoqué avant son annonce (« {found} ») : dire qu'un contrat est "
                "signé avec un partenaire qu'on ne nomme pas encore est une information pour le "
                "marché. Attendez l'annonce.",
            },
        ),
        Shape(
            id="owner_change_wink",
            kind="mnpi.m_and_a",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(OWNER_CHANGE, WINK),
            cues=OWNER_CHANGE_CUES,
            unless=FAMILY_EVENT,
            window=200,
            explanation={
                "en": "A takeover hinted at (“{found}”): a new owner or parent company with a "
                "wink lets the market guess an acquisition before it is announced. Remove it.",
                "fr": "Rachat suggéré (« {found} ») : un nouveau propriétaire ou une maison mère "
                "avec un clin d'œil laisse deviner une acquisition avant son annonce. "
                "Retirez-le.",
            },
        ),
        Shape(
            id="executive_mood",
            kind="mnpi.results",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(EXECUTIVE, MOOD, TEASER),
            cues=EXECUTIVE_CUES,
            window=200,
            explanation={
                "en": "News read on an executive's face (“{found}”): the CFO's or the sales "
                "head's mood, with a teaser, tells the market that results or a deal are "
                "coming. Say nothing until they are published.",
                "fr": "Nouvelle lue sur le visage d'un dirigeant (« {found} ») : l'humeur du "
                "directeur financier ou commercial, avec une allusion, annonce au marché des "
                "résultats ou un contrat. Ne dites rien avant la publication.",
            },
        ),
        # round 20 (structural): the market's estimate said wrong from the inside ("the
        # consensus on Q2 gross margin is… let's say a touch pessimistic")
        Shape(
            id="consensus_off",
            kind="mnpi.results",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(CONSENSUS, CONSENSUS_OFF),
            cues=CONSENSUS_CUES,
            unless=CONSENSUS_UNLESS,
            window=90,
            # the lexicon's ``analysts_wrong`` keeps its own (longer) evidence when it fires
            last_part_only=True,
            explanation={
                "en": "The market's estimate said wrong from the inside (“{found}”): telling "
                "analysts their consensus is too low or too high before the publication is "
                "selective disclosure of the results. Say nothing until they are published.",
                "fr": "Le consensus du marché dit faux de l'intérieur (« {found} ») : dire aux "
                "analystes que leur consensus est trop bas ou trop haut avant la publication "
                "est une divulgation sélective des résultats. Ne dites rien avant la "
                "publication.",
            },
        ),
        # round 20 (structural): a record profit-sharing or bonus pool announced ahead ("la
        # prime d'intéressement va être la plus grosse de l'histoire de la boîte")
        Shape(
            id="record_profit_share",
            kind="mnpi.results",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(PROFIT_SHARE, RECORD_AHEAD),
            cues=PROFIT_SHARE_CUES,
            unless=PROFIT_SHARE_UNLESS,
            window=100,
            explanation={
                "en": "A record profit-sharing announced ahead (“{found}”): it tells the market "
                "the results before they are published. Say nothing until they are out.",
                "fr": "Un intéressement record annoncé d'avance (« {found} ») : il donne au "
                "marché les résultats avant leur publication. Ne dites rien avant qu'ils "
                "soient publiés.",
            },
        ),
        Shape(
            id="painful_period",
            kind="mnpi.guidance",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(NEXT_PERIOD, PAINFUL),
            cues=NEXT_PERIOD_CUES,
            window=80,
            explanation={
                "en": "A profit warning in passing (“{found}”): saying the coming quarter will "
                "hurt is guidance the market has not been given. Remove it.",
                "fr": "Avertissement sur résultats en passant (« {found} ») : dire que le "
                "prochain trimestre va faire mal est une prévision que le marché n'a pas reçue. "
                "Retirez-le.",
            },
        ),
        Shape(
            id="not_advice_stock",
            kind="mnpi.share_price",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(NOT_ADVICE, STOCK_TALK),
            cues=NOT_ADVICE_CUES,
            window=200,
            explanation={
                "en": "Stock tip from the inside (“{found}”): “not financial advice” next to a "
                "stock, from someone who works there, is advice on inside information. "
                "Remove it.",
                "fr": "Conseil boursier de l'intérieur (« {found} ») : « pas un conseil "
                "financier » à côté d'un titre, de la part de quelqu'un qui y travaille, est un "
                "conseil sur une information privilégiée. Retirez-le.",
            },
        ),
        # round 14 (structural, blind12)
        Shape(
            id="deal_before_announcement",
            kind="mnpi.contract",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound", "inbound"),
            parts=(DEAL_WORD, NOT_PUBLIC_YET),
            cues=NOT_PUBLIC_YET_CUES,
            unless=DEAL_UNLESS,
            window=120,
            # the leak or the announcement to come: a lexicon rule on the same deal keeps its
            # own evidence
            last_part_only=True,
            explanation={
                "en": "A deal told before its announcement (“{found}”): a contract or a "
                "partnership with the announcement still to come, a leak or a scoop, is news "
                "for the market given to a few. Wait for the official announcement.",
                "fr": "Contrat dévoilé avant son annonce (« {found} ») : un contrat ou un "
                "partenariat dont l'annonce est encore à venir, une fuite ou un scoop, est une "
                "information pour le marché donnée à quelques-uns. Attendez l'annonce "
                "officielle.",
            },
        ),
        Shape(
            id="unnamed_customer_soon",
            kind="mnpi.contract",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound", "inbound"),
            parts=(UNNAMED_CUSTOMER, SOON, HUSH),
            cues=UNNAMED_PARTY_CUES,
            unless=UNNAMED_UNLESS,
            window=140,
            explanation={
                "en": "A major customer hinted at (“{found}”): a big retailer or chain described "
                "instead of named, coming soon, with a wink, lets the market guess a contract "
                "before it is announced. Wait for the announcement.",
                "fr": "Gros client suggéré (« {found} ») : un géant de la distribution ou une "
                "chaîne décrits au lieu d'être nommés, pour bientôt, avec un clin d'œil, laissent "
                "deviner un contrat avant son annonce. Attendez l'annonce.",
            },
        ),
        Shape(
            id="unnamed_company_soon",
            kind="mnpi.m_and_a",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound", "inbound"),
            parts=(UNNAMED_COMPANY, SOON, HUSH),
            cues=UNNAMED_PARTY_CUES,
            unless=UNNAMED_UNLESS,
            window=140,
            explanation={
                "en": "An acquisition hinted at (“{found}”): a company described instead of "
                "named, joining soon, with a wink, lets the market guess a deal before it is "
                "announced. Remove it.",
                "fr": "Rachat suggéré (« {found} ») : une société décrite au lieu d'être nommée, "
                "qui nous rejoint bientôt, avec un clin d'œil, laisse deviner une opération "
                "avant son annonce. Retirez-le.",
            },
        ),
        Shape(
            id="period_results_verdict",
            kind="mnpi.results",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound", "inbound"),
            parts=(PERIOD_RESULTS, RESULTS_VERDICT),
            cues=PERIOD_RESULTS_CUES,
            unless=RESULTS_UNLESS,
            window=60,
            # the verdict alone: a lexicon rule on the same results keeps its own evidence
            last_part_only=True,
            explanation={
                "en": "A period's results judged before their publication (“{found}”): saying "
                "the quarter's numbers are embarrassing or insane tells the market what they "
                "are. Say nothing until they are published.",
                "fr": "Résultats d'une période jugés avant leur publication (« {found} ») : dire "
                "que les chiffres du trimestre sont gênants ou dingues dit au marché ce qu'ils "
                "sont. Ne dites rien avant la publication.",
            },
        ),
        Shape(
            id="money_placed_before",
            kind="mnpi.share_price",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound", "inbound"),
            parts=(INVEST_IF, BEFORE_NEWS),
            cues=INVEST_IF_CUES,
            unless=INVEST_UNLESS,
            window=120,
            explanation={
                "en": "A stock tip in disguise (“{found}”): saying where you would put your "
                "money before a date or the news, from the inside, is advice on inside "
                "information. Remove it.",
                "fr": "Conseil boursier déguisé (« {found} ») : dire où l'on mettrait son argent "
                "avant une date ou l'annonce, quand on est de la maison, est un conseil sur une "
                "information privilégiée. Retirez-le.",
            },
        ),
        Shape(
            id="insider_nudge",
            kind="mnpi.share_price",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound", "inbound"),
            parts=(INVEST_NUDGE, INSIDER_WORD),
            cues=INSIDER_WORD_CUES,
            window=140,
            explanation={
                "en": "Investment advice on an insider's word (“{found}”): telling people to "
                "buy or hold the shares because you work there suggests inside information. "
                "Remove it.",
                "fr": "Conseil d'investissement d'initié (« {found} ») : pousser à acheter ou "
                "garder les titres parce qu'on travaille là laisse penser à une information "
                "privilégiée. Retirez-le.",
            },
        ),
        # round 15 (structural, blind13)
        Shape(
            id="bright_outlook",
            kind="mnpi.guidance",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(OUR_BOOKS, BRIGHT_AHEAD),
            cues=OUR_BOOKS_CUES,
            unless=BRIGHT_UNLESS,
            window=100,
            explanation={
                "en": "An outlook given in passing (“{found}”): saying our figures are about "
                "to shine or soar is guidance the market has not been given. Remove it.",
                "fr": "Prévision donnée en passant (« {found} ») : dire que nos comptes vont "
                "briller ou s'envoler est une prévision que le marché n'a pas reçue. "
                "Retirez-la.",
            },
        ),
        Shape(
            id="arrivals_not_hired",
            kind="mnpi.m_and_a",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(ARRIVALS, NOT_HIRING),
            cues=NOT_HIRING_CUES,
            unless=ARRIVALS_UNLESS,
            window=160,
            explanation={
                "en": "An acquisition hinted at (“{found}”): many new colleagues arriving, "
                "and not by hiring, lets the market guess that a company is joining us before "
                "it is announced. Remove it.",
                "fr": "Rachat suggéré (« {found} ») : beaucoup de nouveaux collègues, et pas "
                "par recrutement, laissent deviner qu'une société nous rejoint avant "
                "l'annonce. Retirez-le.",
            },
        ),
        Shape(
            id="executive_trips",
            kind="mnpi.m_and_a",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound", "inbound"),
            parts=(TRAVELLER, TRIPS, INSINUATE),
            cues=TRAVELLER_CUES,
            unless=TRIPS_UNLESS,
            window=200,
            explanation={
                "en": "Deal talks hinted at (“{found}”): an executive's repeated trips "
                "somewhere, with a wink, let the market guess negotiations before any "
                "announcement. Remove it.",
                "fr": "Négociation suggérée (« {found} ») : les allers-retours d'un dirigeant, "
                "avec un sous-entendu, laissent deviner des discussions avant toute annonce. "
                "Retirez-le.",
            },
        ),
        # round 16 (structural, blind14 and a sweep by kind)
        Shape(
            id="target_ahead",
            kind="mnpi.guidance",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(TARGET_AHEAD, MULTIPLY, BUSINESS),
            cues=TARGET_AHEAD_CUES,
            unless=TARGET_UNLESS,
            window=120,
            explanation={
                "en": "A growth target given in passing (“{found}”): doubling or tripling the "
                "business next year is guidance the market has not been given. Remove it.",
                "fr": "Objectif de croissance donné en passant (« {found} ») : doubler ou "
                "tripler l'activité l'an prochain est une prévision que le marché n'a pas "
                "reçue. Retirez-le.",
            },
        ),
        Shape(
            id="target_amount",
            kind="mnpi.guidance",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(TARGET_AHEAD, BIG_MONEY),
            cues=TARGET_AHEAD_CUES,
            unless=TARGET_UNLESS,
            window=60,
            # the amount alone: a lexicon rule on the same target keeps its own evidence
            last_part_only=True,
            explanation={
                "en": "A target given in passing (“{found}”): next year's revenue in millions is "
                "guidance the market has not been given. Remove it.",
                "fr": "Objectif donné en passant (« {found} ») : le chiffre d'affaires visé "
                "l'an prochain, en millions, est une prévision que le marché n'a pas reçue. "
                "Retirez-le.",
            },
        ),
        Shape(
            id="sales_forecast",
            kind="mnpi.guidance",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound", "inbound"),
            parts=(SELL_FORECAST, BIG_COUNT),
            cues=SELL_FORECAST_CUES,
            window=60,
            explanation={
                "en": "A sales forecast (“{found}”): the number of units we expect to sell is "
                "guidance the market has not been given. Remove it.",
                "fr": "Prévision de ventes (« {found} ») : le nombre d'unités qu'on prévoit de "
                "vendre est une prévision que le marché n'a pas reçue. Retirez-la.",
            },
        ),
        Shape(
            id="order_book_amount",
            kind="mnpi.results",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound", "inbound"),
            parts=(ORDER_BOOK, BIG_MONEY),
            cues=ORDER_BOOK_CUES,
            window=60,
            explanation={
                "en": "Orders counted in millions (“{found}”): the size of the order book or of "
                "the pre-orders is an unpublished figure. Say nothing until it is published.",
                "fr": "Commandes chiffrées en millions (« {found} ») : le montant du carnet de "
                "commandes ou des précommandes est un chiffre non publié. Ne dites rien avant "
                "sa publication.",
            },
        ),
        Shape(
            id="debt_trouble",
            kind="mnpi.results",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(DEBT_TROUBLE,),
            cues=DEBT_TROUBLE_CUES,
            explanation={
                "en": "Our cash or debt in trouble (“{found}”): a cash crunch, a covenant "
                "breach or debt being renegotiated is inside information until the company "
                "publishes it. Remove it.",
                "fr": "Trésorerie ou dette en difficulté (« {found} ») : un manque de "
                "trésorerie, un covenant rompu ou une dette renégociée sont une information "
                "privilégiée tant que l'entreprise ne l'a pas publiée. Retirez-le.",
            },
        ),
        Shape(
            id="big_write_down",
            kind="mnpi.results",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(WRITE_DOWN, BIG_SIZE),
            cues=WRITE_DOWN_CUES,
            unless=PUBLISHED,
            window=60,
            explanation={
                "en": "A write-down told before the accounts (“{found}”): the size of an "
                "impairment or a one-off loss is an unpublished figure. Say nothing until it "
                "is published.",
                "fr": "Dépréciation annoncée avant les comptes (« {found} ») : l'ampleur d'une "
                "dépréciation ou d'une perte exceptionnelle est un chiffre non publié. Ne dites "
                "rien avant sa publication.",
            },
        ),
        Shape(
            id="foreign_colleagues",
            kind="mnpi.m_and_a",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(FOREIGN_COLLEAGUES, ARRIVING_SOON),
            cues=FOREIGN_COLLEAGUES_CUES,
            unless=FOREIGN_UNLESS,
            window=120,
            explanation={
                "en": "An acquisition hinted at (“{found}”): colleagues from abroad arriving "
                "soon, without hiring, let the market guess that a company is joining us. "
                "Remove it.",
                "fr": "Rachat suggéré (« {found} ») : des collègues étrangers qui arrivent "
                "bientôt, sans recrutement, laissent deviner qu'une société nous rejoint. "
                "Retirez-le.",
            },
        ),
        # round 17 (structural, blind15 and wordings per kind)
        Shape(
            id="sales_record",
            kind="mnpi.results",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(SALES_SIDE, RECORD_BEATEN),
            cues=SALES_SIDE_CUES,
            unless=RECORD_UNLESS,
            window=80,
            explanation={
                "en": "Sales results hinted at (“{found}”): a target beaten or a record month "
                "told before the publication is an unpublished result. Say nothing until it is "
                "published.",
                "fr": "Résultats commerciaux suggérés (« {found} ») : un objectif explosé ou un "
                "mois record raconté avant la publication est un résultat non publié. Ne dites "
                "rien avant sa publication.",
            },
        ),
        Shape(
            id="merger_romance",
            kind="mnpi.m_and_a",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(ROMANCE, PARTNER_COMPANY),
            cues=ROMANCE_CUES,
            unless=PARTNER_UNLESS,
            window=120,
            explanation={
                "en": "A merger told as a romance (“{found}”): a wedding or a courtship with "
                "another company lets the market guess a deal before it is announced. "
                "Remove it.",
                "fr": "Fusion racontée comme une idylle (« {found} ») : un mariage ou des "
                "fiançailles avec une autre société laissent deviner une opération avant son "
                "annonce. Retirez-le.",
            },
        ),
        # round 21 (structural): a company described instead of named, and talks, a yes or an
        # interest that only a deal explains ("discussions avancées avec un certain acteur
        # nordique", "a certain German carmaker finally said yes to us")
        Shape(
            id="unnamed_player_talks",
            kind="mnpi.m_and_a",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound", "inbound"),
            parts=(UNNAMED_PLAYER, DEAL_TALKS),
            cues=UNNAMED_PLAYER_CUES,
            unless=UNNAMED_PLAYER_UNLESS,
            window=160,
            explanation={
                "en": "A deal hinted at (“{found}”): a company described instead of named, with "
                "talks or a yes, lets the market guess an acquisition or a contract before it is "
                "announced. Remove it.",
                "fr": "Opération suggérée (« {found} ») : une société décrite au lieu d'être "
                "nommée, avec des discussions ou un oui, laisse deviner un rachat ou un contrat "
                "avant son annonce. Retirez-le.",
            },
        ),
        # round 21: a forecast for a year ahead, multiplied ("Lumio's 2027 forecast: 3x this
        # year's volumes"), from us or from a supplier
        Shape(
            id="year_forecast_multiplied",
            kind="mnpi.guidance",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound", "inbound"),
            parts=(YEAR_FORECAST, YEAR_MULTIPLIED),
            cues=YEAR_FORECAST_CUES,
            unless=YEAR_FORECAST_UNLESS,
            window=60,
            explanation={
                "en": "A forecast told in passing (“{found}”): next year's volumes multiplied is "
                "guidance the market has not been given, whether we or a supplier say it. "
                "Remove it.",
                "fr": "Prévision donnée en passant (« {found} ») : des volumes multipliés l'an "
                "prochain sont une prévision que le marché n'a pas reçue, qu'elle vienne de "
                "nous ou d'un fournisseur. Retirez-la.",
            },
        ),
        # round 21: the analysts given work by what comes out soon ("Analysts will have some
        # reading to do at the end of the month")
        Shape(
            id="analysts_homework",
            kind="mnpi.results",
            category=Category.FINANCIAL_DISCLOSURE,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(ANALYSTS_TASK, ANALYSTS_WHEN),
            cues=ANALYSTS_TASK_CUES,
            unless=ANALYSTS_UNLESS,
            window=80,
            explanation={
                "en": "Results hinted at (“{found}”): telling analysts they will have work to do "
                "when the figures come out says the figures are a surprise. Say nothing until "
                "they are published.",
                "fr": "Résultats suggérés (« {found} ») : dire aux analystes qu'ils auront du "
                "travail à la publication dit que les chiffres surprendront. Ne dites rien "
                "avant la publication.",
            },
        ),
    )
