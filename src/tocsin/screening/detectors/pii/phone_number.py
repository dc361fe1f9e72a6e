"""Phone numbers, national and international, checked with ``phonenumbers``.

Candidates are runs of digit groups separated by one space, dot, dash or slash, with an optional
leading ``+`` (or ``00``) and parenthesised groups (``+33 (0)6 …``, ``(415) 555-2671``), found by
one bounded regular expression with possessive repeats: linear time on any input. A candidate is
reported only when ``phonenumbers`` says it is a *valid* number (not merely possible):

- with ``+`` or ``00``: as an international number;
- starting with a trunk ``0``: as a national number of France first, then Belgium, Switzerland,
  Luxembourg, the United Kingdom, Ireland, Germany, Italy, the Netherlands, Austria (the regions
  of the organisation's published numbers come first);
- other national numbers (US ``415-555-2671``, Spanish ``612 34 56 78``) only in North-American
  layout or next to a phone word ("tél", "phone", "appelez", "WhatsApp"…), because most
  9- and 10-digit numbers without a ``0`` are valid somewhere.

Dates, year ranges, prices, percentages, IP addresses and version numbers are not phone numbers;
a number after "commande", "order", "facture", "SIRET", "IBAN"… is skipped unless a phone word is
also near. The organisation's published numbers (``[organisation] phones``) are compared in E.164
form and never reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ....models import Finding, Severity
from ....profile import Profile
from ...matching import spaced_text
from ..base import Context
from .digits import count_digits, mask_digits, only_digits
from .personal_data import PersonalDataDetector

if TYPE_CHECKING:  # imported when a number is first checked: ~20 ms a start-up spared
    import phonenumbers


@dataclass(frozen=True, slots=True)
class PhoneMatch:
    """A valid phone number found in the folded text (``start``/``end`` are folded indices)."""

    start: int
    end: int
    e164: str
    region: str
    context: bool  # a phone word is near


class PhoneNumber(PersonalDataDetector):
    name = "phone_number"
    version = "1.0"
    description = "Phone numbers (national and international, validated) but the published ones."
    KIND = "pii.phone"
    SEVERITY = Severity.MEDIUM
    MIN_DIGITS = 8
    MAX_DIGITS = 15  # E.164
    #: national numbers with a trunk 0 are tried in these regions, in this order
    TRUNK_REGIONS = ("FR", "BE", "CH", "LU", "GB", "IE", "DE", "IT", "NL", "AT")
    #: regions whose national numbers are a trunk "0" and the significant number (not Italy,
    #: where the 0 belongs to the number, nor Luxembourg, which has no trunk prefix)
    #: (tests/screening check these against phonenumbers.country_code_for_region)
    TRUNK_ZERO_CODES = {
        "FR": 33, "BE": 32, "CH": 41, "GB": 44, "IE": 353, "DE": 49, "NL": 31, "AT": 43,
    }  # fmt: skip
    #: national numbers without a trunk 0, only in context
    NO_TRUNK_REGIONS = ("US", "ES", "IT")
    #: at most this many numbers are checked with phonenumbers per post (adversarial input)
    PARSE_BUDGET = 256

    _GROUP = r"(?:\d{1,15}+|\(\+?\d{1,5}\))"
    CANDIDATE = re.compile(
        rf"(?:\+ ?)?{_GROUP}(?:(?:[ .\-/]|(?<=\))|(?=\())(?:{_GROUP})){{0,15}}+"
    )
    TOKEN = re.compile(r"\(\+?\d{1,5}\)|\+?\d{1,15}")
    #: phone words before the number (folded text: lower case, no accents)
    PHONE_WORDS = re.compile(
        r"\b(?:tel|tels|telephone|telephoner|phone|portable|mobile|cell|cellulaire|gsm|"
        r"appel\w{0,6}|call|calling|joindre|joignable|whatsapp|signal|sms|texto|text|fax|"
        r"standard|hotline|ring|reach|dial|numero de (?:tel|telephone|portable|mobile)|"
        r"phone number)\b"
        r"|[\u260e\u260f\U0001f4de\U0001f4f1\U0001f4f2]"
    )
    #: round 17: the phone words around a number spelled out in words ("rappelez-moi",
    #: "ring me", "mon numéro", "joignable")
    SPELLED_CONTEXT = re.compile(
        PHONE_WORDS.pattern + r"|\b(?:rappel\w{0,6}|numero|number|num|no|n°|ring|reach)\b"
    )
    #: identifiers that look like phone numbers, when written right before the number
    OTHER_NUMBER_WORDS = re.compile(
        r"\b(?:commande|cmd|order|ref|reference|facture|invoice|suivi|tracking|colis|parcel|"
        r"dossier|ticket|siret|siren|rcs|tva|vat|iban|rib|bic|compte|account|carte|card|isbn|"
        r"ean|sku|serie|serial|imei|transaction|lot|code|pin|passeport|passport|nir|secu|"
        r"securite sociale|social security|ssn|cni|identite|identity|contrat|contract|"
        r"licence|license|immatriculation|cheque|check|montant|amount|prix|price|total|"
        r"version|build|release|isin|ticker|client|customer|adherent|member|membre)"
        r"(?: (?:n[°o]|no|number|id|de|d))?\.?[ :#°]{0,4}\Z"
    )
    PRICE_AFTER = re.compile(
        r" ?(?:[€$£%]|k€|m€|eur\b|euros?\b|usd\b|gbp\b|chf\b|dollars?\b|pounds?\b)"
    )
    DATE = re.compile(
        r"(?:\d{1,2}([./\-])\d{1,2}\1\d{2,4}|\d{4}([./\-])\d{1,2}\2\d{1,2})(?: \d{1,2})?"
    )
    YEAR_RANGE = re.compile(r"(?:19|20)\d\d ?[\-/] ?(?:19|20)\d\d")
    IPV4 = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}")
    #: an IBAN's first groups: the digits after them are the account, not a phone number
    IBAN_HEAD = re.compile(r"\b[a-z]{2}\d{2}(?:[ \-][a-z0-9]{4}){0,4}[ \-]\Z")
    #: a national number with its trunk 0 has at most this many digits (German mobiles: 12)
    MAX_NATIONAL_DIGITS = 12
    NANP_LAYOUT = re.compile(r"(?:\+?1[ .\-])?(?:\(\d{3}\) ?|\d{3}[ .\-])\d{3}[ .\-]\d{4}")
    EXPLANATIONS = {
        "en": (
            "Phone number {masked} ({region}): personal data that lets anyone call, text or "
            "harass its owner, and that cannot be taken back once published. Remove it, or give "
            "a published number of the organisation instead."
        ),
        "fr": (
            "Numéro de téléphone {masked} ({region}) : une donnée personnelle qui permet "
            "d'appeler, d'écrire ou de harceler son titulaire, et qu'on ne peut plus retirer "
            "une fois publiée. Retirez-le, ou donnez plutôt un numéro publié de l'organisation."
        ),
    }

    #: at most this many numbers' answers are kept (see :meth:`_parse`)
    KEPT_ANSWERS = 4096

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        #: (number as written, regions, phone word near) -> what :meth:`_try_regions` found
        #: (E.164 and region, or None) and how many regions it tried
        self._answers: dict[
            tuple[str, tuple[str | None, ...], bool], tuple[tuple[str, str] | None, int]
        ] = {}
        published = [self._parse_profile_number(p) for p in profile.organisation.phones]
        self.allowed = frozenset(n.e164 for n in published if n is not None)
        first = [n.region for n in published if n is not None]
        self.regions = tuple(dict.fromkeys([*first, *self.TRUNK_REGIONS]))

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        # round 17: a number spelled out in words ("zéro six, trente-neuf…", "oh seven seven
        # hundred…"), looked for only when the post has several number words
        if (
            count_digits(ctx.normalized.folded) < self.MIN_DIGITS
            and len(SPELLED_WORDS.intersection(spaced_text(ctx.normalized).words)) < 3
        ):
            return ()
        return self.memoized(ctx, self._analyze)

    def _analyze(self, ctx: Context) -> Iterable[Finding]:
        norm = ctx.normalized
        if count_digits(norm.folded) < self.MIN_DIGITS:
            yield from self._spelled(ctx)
            return
        for match in self.find(norm.folded):
            if match.e164 in self.allowed:
                continue
            span = norm.to_original(match.start, match.end)
            evidence = norm.folded[match.start : match.end]
            masked = mask_digits(evidence, 4 if evidence.startswith("00") else 2, 2)
            yield self.personal_finding(
                ctx,
                span,
                masked,
                rule="pii.phone.context" if match.context else "pii.phone.valid",
                score=0.95 if match.context else 0.85,
                matched=match.e164,
                region=match.region,
            )

    def _spelled(self, ctx: Context) -> Iterator[Finding]:
        """Round 17: a phone number spelled out in words next to a phone word."""
        norm = ctx.normalized
        folded = norm.folded
        for start, end, digits in spelled_numbers(folded):
            if not self.MIN_DIGITS <= len(digits) <= self.MAX_DIGITS:
                continue
            near = folded[max(0, start - 60) : start] + " " + folded[end : end + 40]
            if not self.SPELLED_CONTEXT.search(near):
                continue
            if digits.startswith("00"):
                regions: tuple[str | None, ...] = (None,)
                text = "+" + digits[2:]
            elif digits.startswith("0"):
                regions, text = self.regions, digits
            else:
                regions, text = ("US", *self.NO_TRUNK_REGIONS), digits
            match = self._parse(text, regions, start, end, True, [len(regions) + 1])
            if match is None or match.e164 in self.allowed:
                continue
            yield self.personal_finding(
                ctx,
                norm.to_original(start, end),
                mask_digits(digits, 2, 2),
                rule="pii.phone.spelled",
                score=0.9,
                matched=match.e164,
                region=match.region,
            )

    # -- candidates ------------------------------------------------------------------------------

    def find(self, folded: str) -> Iterator[PhoneMatch]:
        """Valid phone numbers in ``folded`` (the published ones included)."""
        budget = [self.PARSE_BUDGET]
        for m in self.CANDIDATE.finditer(folded):
            if budget[0] <= 0:
                return
            start, end = m.span()
            if not self._stands_alone(folded, start, end):
                continue
            raw = m.group()
            digits = only_digits(raw)
            if len(digits) < self.MIN_DIGITS:
                continue
            if len(digits) > self.MAX_DIGITS:
                yield from self._split(folded, start, raw, budget)
                continue
            found = self._check(folded, start, end, raw, digits, budget)
            if found is not None:
                yield found

    def _stands_alone(self, folded: str, start: int, end: int) -> bool:
        if start > 0:
            before = folded[start - 1]
            if before.isalnum() or before in "_#/\\@&=€$£":
                return False
            if before in ".,-" and start > 1 and folded[start - 2].isdigit():
                return False  # 3,14159… or the tail of a longer number
        if end < len(folded):
            after = folded[end]
            if after.isalnum() or after in "_@":
                return False
            if after in ".," and end + 1 < len(folded) and folded[end + 1].isdigit():
                return False  # a decimal number
            if self.PRICE_AFTER.match(folded, end, end + 10):
                return False
        return True

    def _check(
        self, folded: str, start: int, end: int, raw: str, digits: str, budget: list[int]
    ) -> PhoneMatch | None:
        if self.DATE.fullmatch(raw) or self.YEAR_RANGE.fullmatch(raw) or self.IPV4.fullmatch(raw):
            return None
        window = folded[max(0, start - 40) : start]
        context = self.PHONE_WORDS.search(window) is not None or (
            self.PHONE_WORDS.match(folded, end, end + 3) is not None
        )
        if not context and self.OTHER_NUMBER_WORDS.search(folded, max(0, start - 36), start):
            return None
        text = raw.lstrip()
        if text.startswith("+") or text.startswith("(+") or digits.startswith("00"):
            if digits.startswith("00") and not text.startswith("+"):
                text = "+" + text[text.index("00") + 2 :]
            return self._parse(text, (None,), start, end, context, budget)
        if self.IBAN_HEAD.search(folded, max(0, start - 30), start):
            return None
        if digits.startswith("0"):
            if len(digits) > self.MAX_NATIONAL_DIGITS:
                return None
            return self._parse(text, self.regions, start, end, context, budget)
        if self.NANP_LAYOUT.fullmatch(text):
            return self._parse(text, ("US",), start, end, context, budget)
        if context:
            return self._parse(text, self.NO_TRUNK_REGIONS, start, end, context, budget)
        return None

    def _parse(
        self,
        text: str,
        regions: tuple[str | None, ...],
        start: int,
        end: int,
        context: bool,
        budget: list[int],
    ) -> PhoneMatch | None:
        """What :meth:`_try_regions` finds, asked once per number: the same number is often
        posted again (a signature, a number passed around), and checking it costs tens of
        microseconds a region. The answer is kept with the regions tried, which are taken from
        ``budget`` again; a check the budget might cut short is neither kept nor reused."""
        if budget[0] < len(regions):
            return self._try_regions(text, regions, start, end, context, budget)
        key = (text, regions, context)
        answer = self._answers.get(key)
        if answer is None:
            left = budget[0]
            found = self._try_regions(text, regions, start, end, context, budget)
            if len(self._answers) >= self.KEPT_ANSWERS:
                self._answers.clear()
            number = None if found is None else (found.e164, found.region)
            self._answers[key] = (number, left - budget[0])
            return found
        number, tried = answer
        budget[0] -= tried
        return None if number is None else PhoneMatch(start, end, number[0], number[1], context)

    def _try_regions(
        self,
        text: str,
        regions: tuple[str | None, ...],
        start: int,
        end: int,
        context: bool,
        budget: list[int],
    ) -> PhoneMatch | None:
        """The first region where ``text`` is a valid number; next to a phone word, else the
        first region where it is at least a possible one (new or fictional ranges)."""
        import phonenumbers

        _keep_compiled_patterns()
        possible: PhoneMatch | None = None
        national = only_digits(text) if text[:1] == "0" and text[1:2] != "0" else ""
        for region in regions:
            budget[0] -= 1
            code = self.TRUNK_ZERO_CODES.get(region or "") if national else None
            quick = self._valid_international(text) if region is None else None
            if code is not None:
                # "0" + national significant number: what parse() would find, 40 times faster
                number = phonenumbers.PhoneNumber(country_code=code, national_number=int(national))
            elif quick is not None:
                number = quick
            else:
                try:
                    number = phonenumbers.parse(text, region)
                except phonenumbers.NumberParseException:
                    continue
            valid = number is quick or phonenumbers.is_valid_number(number)
            if valid or (context and possible is None and phonenumbers.is_possible_number(number)):
                e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
                where = phonenumbers.region_code_for_number(number) or region or "?"
                found = PhoneMatch(start, end, e164, where, context)
                if valid:
                    return found
                possible = found
            if budget[0] <= 0:
                break
        return possible

    def _valid_international(self, text: str) -> phonenumbers.PhoneNumber | None:
        """``+<country code><number>`` built without ``parse()`` (40 times slower), when valid.

        Country codes are prefix-free; a trunk 0 after the code ("+33 (0)6…") is dropped where
        the country uses one. Anything unusual (Italian leading zeros, a repeated trunk prefix)
        returns None and goes through ``parse()``.
        """
        import phonenumbers

        digits = only_digits(text)
        for size in (1, 2, 3):
            code = int(digits[:size] or 0)
            if phonenumbers.region_code_for_country_code(code) != "ZZ":
                break
        else:
            return None
        rest = digits[size:]
        if code in self.TRUNK_ZERO_CODES.values() and rest.startswith("0"):
            rest = rest[1:]
        if not rest or rest.startswith("0"):
            return None
        number = phonenumbers.PhoneNumber(country_code=code, national_number=int(rest))
        return number if phonenumbers.is_valid_number(number) else None

    def _split(self, folded: str, start: int, raw: str, budget: list[int]) -> Iterator[PhoneMatch]:
        """Numbers written one after the other ("06 12 34 56 78 07 98 76 54 32"): when the run
        starts like a phone number, cut it before each group that starts with a trunk 0 and
        check each piece."""
        tokens = list(self.TOKEN.finditer(raw))
        if not tokens[0].group().startswith(("0", "+", "(")):
            return  # a long number (card, account) is not a list of phone numbers
        cuts = [i for i, t in enumerate(tokens) if i == 0 or t.group().startswith("0")]
        cuts.append(len(tokens))
        for a, b in zip(cuts, cuts[1:], strict=False):
            if budget[0] <= 0:
                return
            s = start + tokens[a].start()
            e = start + tokens[b - 1].end()
            piece = folded[s:e]
            digits = only_digits(piece)
            if self.MIN_DIGITS <= len(digits) <= self.MAX_DIGITS:
                found = self._check(folded, s, e, piece, digits, budget)
                if found is not None:
                    yield found

    def _parse_profile_number(self, text: str) -> PhoneMatch | None:
        raw = text.strip()
        if raw.startswith("00"):
            raw = "+" + raw[2:]
        regions: tuple[str | None, ...] = (None,) if raw.startswith("+") else self.TRUNK_REGIONS
        return self._parse(raw, regions, 0, 0, False, [len(regions)])


@cache
def _keep_compiled_patterns() -> None:
    """Have ``phonenumbers`` keep its metadata's patterns once compiled (once a process).

    Every check looks its patterns up again through ``re.compile`` (a dozen for one validity
    test), whose cache costs more per look-up than the library's own dictionary, and drops the
    oldest of its 512 patterns when full. The same patterns: the same answers. An older
    ``phonenumbers`` without ``enable_pattern_cache`` keeps using ``re``'s cache.
    """
    import phonenumbers

    enable = getattr(phonenumbers, "enable_pattern_cache", None)
    if enable is not None:
        enable()


# -- round 17: numbers spelled out in words ------------------------------------------------------

#: the value of each number word (folded), French and English
SPELLED_VALUES: dict[str, int] = {
    "zero": 0, "oh": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
#: the number words, as a set: the cheap test of every post with few digits looks its words up
#: here (a set made of the dictionary's keys each time would cost more than the look-ups)
SPELLED_WORDS = frozenset(SPELLED_VALUES)
#: words that repeat the next digit ("double five": 55) or join two numbers ("vingt et un")
_REPEAT = {"double": 2, "triple": 3}
_JOIN = frozenset({"et", "and"})
_TOKEN = re.compile(r"[a-z]+|[^a-z\s\-]")


def spelled_numbers(folded: str) -> Iterator[tuple[int, int, str]]:
    """Runs of number words in ``folded`` and the digits they spell, group by group: "zero six,
    trente-neuf, quatre-vingt-dix-huit" is 063998, "oh seven seven hundred" is 07700."""
    start = end = -1
    groups: list[str] = []
    value: int | None = None
    repeat = pending = 1

    def flush() -> None:
        nonlocal value, repeat
        if value is not None:
            groups.append(str(value) * repeat)
        value, repeat = None, 1

    for m in _TOKEN.finditer(folded):
        word = m.group()
        number = SPELLED_VALUES.get(word)
        if number is None:
            if word in _REPEAT:
                pending = _REPEAT[word]  # "double oh": the next digit twice
                continue
            if word in _JOIN and value is not None:
                continue  # "vingt et un"
            if word in ",.;/" and start >= 0:
                flush()  # "zéro six, douze": a comma ends a group, not the number
                continue
            flush()
            if groups:
                yield start, end, "".join(groups)
            groups, start, pending = [], -1, 1
            continue
        if start < 0:
            start = m.start()
        end = m.end()
        if number == 100:
            if value is not None and 1 <= value <= 9:
                value *= 100
            else:
                flush()
                value = 100
            continue
        if value is not None and repeat == 1:
            rest = value % 100
            if number == 20 and value == 4:
                value = 80  # quatre-vingt
                continue
            if number < 10 and rest >= 20 and rest % 10 == 0 and number > 0:
                value += number
                continue
            if 10 <= number < 20 and rest in (60, 80):
                value += number  # soixante-dix, quatre-vingt-douze
                continue
            if number >= 20 and value >= 100 and rest == 0:
                value += number
                continue
            if number < 20 and value >= 100 and rest == 0 and number > 0:
                value += number
                continue
        flush()
        value, repeat, pending = number, pending, 1
    flush()
    if groups:
        yield start, end, "".join(groups)
