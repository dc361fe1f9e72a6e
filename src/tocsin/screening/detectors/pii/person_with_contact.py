"""A named person next to contact or bank details: a private individual's data, spelled out.

A name is one of:

- a capitalised first name from the shipped list (``lexicons/first_names_fr_en.txt``, a few
  hundred common French and English first names) followed by a capitalised surname ("Sophie
  Martin", "Jean DUPONT", "Marie-Claire Dubois", "Madeleine Le Goff");
- a title and a surname ("M. Dupont", "Mme Martin", "Mr Smith", "Dr Patel");
- one of the profile's people, whatever their first name (an executive's private phone is a leak);
- any two capitalised words right after a word that introduces a person ("je suis", "I'm",
  "call", "contactez", "écrivez à", "chez", "ship it to"…), so "Call Brent Thomas on…" and
  "Livraison chez Priya Shah, …" count though Brent and Priya are not in the list; after a
  generic "to", "à", "for" or "pour", only when the contact follows at once, with nothing but
  punctuation and a label between ("Wire the deposit to Sandy Cobb, IBAN …"). Words such as
  "Customer Service", "Project", "New York" or "Saint Malo" are not names.

It is reported when an e-mail address, a phone number, a postal address (not business premises)
or an IBAN that the other PII detectors report lies within ``WINDOW`` characters of it in the same
post: the pair says whose the data is. A name inside the contact itself ("12 rue Victor Hugo",
"9 Elizabeth Route") or right after a street or school word ("avenue Jean Jaurès", "lycée Jean
Moulin") is a place, not a person.

Names are looked up as whole words in a set (see ``words``), so a post without any costs a split
and a set intersection; the contact findings are those the engine has just computed for the post
(``Detector.memoized``), computed here only when the engine did not run those detectors.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ....models import Category, Finding, Severity
from ....profile import Profile
from ...matching import fold_phrase
from ...word_lists import word_list
from ..base import Context, Detector
from .digits import count_digits
from .email_address import EmailAddress
from .iban import Iban
from .phone_number import PhoneNumber
from .postal_address import PostalAddress
from .words import WordHit, find_words


def first_names() -> tuple[str, ...]:
    """The shipped first names (``lexicons/first_names_fr_en.txt``), capitalised as written."""
    return word_list("first_names_fr_en.txt")


@dataclass(frozen=True, slots=True)
class NameMatch:
    start: int
    end: int
    masked: str
    #: found after a generic cue ("to", "à"): the contact must follow at once
    glued: bool = False


class PersonWithContact(Detector):
    name = "person_with_contact"
    version = "1.0"
    categories = (Category.DATA_LEAK,)
    description = "A person's name next to their e-mail, phone, postal address or IBAN."

    KIND = "pii.person_with_contact"
    SEVERITY = Severity.HIGH
    WINDOW = 80  # characters between the name and the contact
    TITLES = ("m", "mme", "mlle", "mr", "mrs", "ms", "miss", "dr", "pr", "prof")
    #: capitalised words that are not surnames
    NOT_SURNAMES = frozenset(
        (
            "le", "la", "les", "l", "un", "une", "des", "du", "de", "et", "ou", "au", "aux", "en",
            "the", "a", "an", "and", "or", "of", "to", "my", "your", "our", "his", "her", "their",
            "its", "this", "that", "we", "you", "i", "is", "est", "sont", "merci", "thanks",
            "hello", "bonjour", "salut", "hi", "dear", "cher", "chere", "lundi", "mardi",
            "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars",
            "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
            "decembre", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "rue", "avenue", "boulevard", "street",
            "road", "lane", "tel", "phone", "mobile", "email", "mail", "contact", "call", "appelez",
            "ecrivez", "écrivez", "chère", "février", "août", "décembre", "ceo", "cto", "cfo",
            "directeur", "directrice", "director", "manager", "responsable",
        )
    )
    #: words that introduce a person, before a name that need not be in the first-name list
    #: (lower case, words joined by single spaces: "i'm" is "i m")
    CUES = frozenset(
        (
            "je suis", "je m appelle", "moi c est", "c est", "i m", "i am", "my name is",
            "this is", "call", "appelez", "appeler", "rappelez", "contactez", "contacter",
            "contact", "joindre", "email", "e mail", "écrivez à", "écrire à", "write to", "text",
            "chez", "client", "cliente", "customer", "à l attention de", "attn",
            "de la part de", "virement à", "payer à", "ship it to", "ship to", "deliver to",
            "deliver it to", "livrer à", "envoyer à", "send it to", "send to", "parcel for",
            "colis pour", "colis de", "livraison pour", "hi", "hello", "hey", "dear", "bonjour",
            "salut", "cher", "chère", "to", "à", "for", "pour",
        )
    )
    CUE_WORDS = 4  # the longest cue, in words
    WORD = re.compile(r"[^\W_]+")
    #: generic cues: the name counts only with the contact right after it, nothing but
    #: punctuation and a label between ("to Jo Bloggs, IBAN …", "à Luce Munoz : 06 …")
    GENERIC_CUES = frozenset(("to", "à", "for", "pour"))
    GLUE = re.compile(
        r"[\s,:;(<\-–—]*(?:(?:iban|rib|tel|tél|phone|mobile|portable|e-?mail|mail|at|au|on|sur)"
        r"[\s.,:;(<\-–—]*)?",
        re.IGNORECASE,
    )
    #: the cues above need contact data to be worth looking for: an '@' or this many digits
    CUE_MIN_DIGITS = 5  # a postcode
    #: every pair of capitalised words, overlapping ("Hi Brent Thomas": "Hi Brent", "Brent
    #: Thomas"), found in one pass with a lookahead. The pattern starts with the capital it
    #: consumes, so the regex engine skips to capitals (instead of trying every position); the
    #: lookahead then runs from that capital, inside a lookbehind of one character
    NAME_PAIRS = re.compile(
        r"[A-ZÀ-ÖØ-Þ](?<![\w’'\-][A-ZÀ-ÖØ-Þ])"
        r"(?<=(?=([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]{1,30})[ \u00a0]([A-ZÀ-ÖØ-Þ][\w'’\-]{1,30})).)"
    )
    #: capitalised words that are not names after a cue ("Call Customer Service…")
    NOT_NAMES = frozenset(
        (
            "project", "projet", "programme", "program", "product", "produit", "service",
            "support", "team", "equipe", "équipe", "comptabilité", "réception", "client",
            "clients", "customer", "store", "shop", "office", "center", "centre", "desk", "sales",
            "help", "line", "hotline", "press", "presse", "info", "infos", "contact", "new",
            "saint", "san", "los", "las", "le", "la", "les", "the", "our", "notre", "nos", "votre",
            "your", "mon", "ma", "my", "us", "nous", "me", "moi", "apple", "google", "amazon",
            "microsoft", "orange", "sfr", "free", "bouygues", "la poste", "sav", "direction",
            "accueil", "reception", "hr", "rh", "it", "admin", "billing", "facturation", "compta",
            "comptabilite", "care", "relations", "mairie", "agence", "boutique", "magasin",
            "bureau", "paris", "london", "lyon", "york",
        )
    )
    SURNAME = re.compile(
        r"[ \u00a0]((?:(?:[Dd]e|[Dd]u|[Vv]an|[Vv]on|[Ll]e|[Ll]a|[Dd]i|[Dd]a|[Dd]el)[ \u00a0]"
        r"|[dDoO][’'])?"
        r"([^\W\d_][\w’'\-]{1,30}))"
    )
    HYPHENATED_FIRST = re.compile(r"[^\W\d_][\w]{1,20}-\Z")
    STREET_WORD_BEFORE = re.compile(
        r"(?i)\b(?:rue|avenue|av|bd|boulevard|all[ée]e|impasse|chemin|place|quai|cours|square|"
        r"route|street|st|road|lyc[ée]e|coll[èe]ge|[ée]cole|school|h[ôo]pital|hospital|stade|"
        r"gare|station|pont|bridge|centre|center|institut|fondation|foundation|"
        r"universit[ée]|university|prix|award)\.? \Z"
    )
    CONTACT_LABELS = {
        "pii.email": ("e-mail address", "adresse e-mail"),
        "pii.phone": ("phone number", "numéro de téléphone"),
        "pii.postal_address": ("postal address", "adresse postale"),
        "pii.iban": ("IBAN", "IBAN"),
        "pii.card_last_four": ("card's last digits", "fin de numéro de carte"),
        "pii.birth_date": ("date of birth", "date de naissance"),
    }
    #: round 21 (structural, blind6): a date of birth said as one ("né le 3 mai 1961", "née le
    #: 14/07/1985", "born on 12 March 1984", "DOB 04/03/1991", "date de naissance : ..."):
    #: next to a named person, an identifier of a private individual
    _MONTHS = (
        r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|"
        r"novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|"
        r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
    )
    BIRTH_DATE = re.compile(
        r"\b(?:n[ée]e?s? (?:le |en )?|born (?:on |in )?|dob[ \t]{0,2}:?[ \t]{0,2}|"
        r"date (?:de naissance|of birth)[ \t]{0,2}:?[ \t]{0,2}|birth ?date[ \t]{0,2}:?[ \t]{0,2})"
        r"(?:(?:le |the )?\d{1,2}(?:er|st|nd|rd|th)?[ \t]" + _MONTHS + r",?[ \t](?:19|20)\d{2}|"
        + _MONTHS + r"[ \t]\d{1,2}(?:st|nd|rd|th)?,?[ \t](?:19|20)\d{2}|"
        r"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2})(?![\d/])",
        re.IGNORECASE,
    )
    BIRTH_DATE_GATE = ("ne le", "nee le", "ne en", "nee en", "born", "dob", "naissance", "birth")
    #: round 20 (structural, train-m, para-m): the last digits of a card said with its card
    #: ("his Visa ending 4408", "sa carte finissant par 7137"): alone a receipt's detail, next
    #: to a named person a private individual's payment data told in public
    CARD_ENDING = re.compile(
        r"\b(?:visa|mastercard|amex|carte(?: bancaire| bleue| de cr[ée]dit| visa)?|cb|"
        r"(?:credit |debit )?card)\b[^.!?\n]{0,20}?\b(?:ending(?: in| with| on)?|ends (?:in|with)|"
        r"finissant par|qui finit par|se terminant par|qui se termine par|termin[ée]e? par)"
        r"[ \t]{0,2}(?:[:#°][ \t]{0,2})?(?:[*x•.]{2,}[ \t]?)?(\d{4})(?![\d,.]\d)\b",
        re.IGNORECASE,
    )
    CARD_ENDING_GATE = ("card", "carte", "visa", "mastercard", "amex", "cb")
    EXPLANATIONS = {
        "en": (
            "A person's name ({name}) next to a {what_en} ({contact}): the post ties contact "
            "or bank details to a named individual, which exposes them to harassment, fraud or "
            "identity theft and breaches data protection rules. Remove the details, or the name, "
            "unless the person agreed to publish them."
        ),
        "fr": (
            "Le nom d'une personne ({name}) près d'un(e) {what_fr} ({contact}) : le message "
            "associe des coordonnées ou des données bancaires à une personne nommée, ce qui "
            "l'expose au harcèlement, à la fraude ou à l'usurpation d'identité et enfreint le "
            "RGPD. Retirez ces coordonnées, ou le nom, sauf accord de la personne."
        ),
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        #: folded first word -> ("first" | "title" | "person", the rest of a profile name)
        self._words: dict[str, list[tuple[str, re.Pattern[str] | None]]] = {}
        for first in first_names():
            self._words.setdefault(fold_phrase(first), []).append(("first", None))
        for title in self.TITLES:
            self._words.setdefault(title, []).append(("title", None))
        for person in profile.people:
            words = fold_phrase(person.name).split()
            if words:
                rest = "".join(rf"[\W_]{{1,3}}{re.escape(w)}" for w in words[1:])
                pattern = re.compile(rest + r"(?![^\W_])")
                self._words.setdefault(words[0], []).append(("person", pattern))
        self._word_set = frozenset(self._words)
        self._email = EmailAddress(profile)
        self._contacts: tuple[Detector, ...] = (
            self._email,
            PhoneNumber(profile),
            PostalAddress(profile),
            Iban(profile),
        )

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        digits = count_digits(ctx.normalized.folded)
        if not digits and not self._email.may_hold_one(ctx):
            return ()  # no digits and no e-mail address: no contact of any kind
        # the contacts first: the engine has found them already (its detectors' findings are
        # memoized on the post), and most posts with digits hold none, so their names need not
        # be looked for (nor a generator built)
        contacts = self._contacts_in(ctx, digits)
        if not contacts:
            return ()
        return self._findings(ctx, digits, contacts)

    def _contacts_in(self, ctx: Context, digits: int) -> list[Finding]:
        """The contacts of the post, by position: the other detectors' findings, the card
        endings and the dates of birth."""
        contacts: list[Finding] = []
        for detector in self._contacts:
            for f in detector.analyze(ctx):
                if f.kind in self.CONTACT_LABELS and f.severity.rank >= Severity.MEDIUM.rank:
                    contacts.append(f)
        if digits >= 4:
            folded = ctx.normalized.folded
            if _holds_one(folded, self.CARD_ENDING_GATE):
                contacts.extend(self._card_endings(ctx))
            if _holds_one(folded, self.BIRTH_DATE_GATE):
                contacts.extend(self._birth_dates(ctx))
        # one stable sort: at the same start, the contacts in the order of their detectors,
        # then the card endings, then the dates of birth
        contacts.sort(key=_start)
        return contacts

    def _findings(self, ctx: Context, digits: int, contacts: list[Finding]) -> Iterator[Finding]:
        """A finding for each name next to one of ``contacts``."""
        norm = ctx.normalized
        hits = find_words(norm, self._word_set)
        names = list(self.names(ctx, hits)) if hits else []
        if "@" in norm.folded or digits >= self.CUE_MIN_DIGITS:
            names = self._merge(names, list(self.cued_names(ctx)))
        if not names:
            return
        starts = [f.start or 0 for f in contacts]
        for name in names:
            if self._inside_a_contact(name, contacts, starts):
                continue  # "12 rue Victor Hugo", "9 Elizabeth Route": a place, not a person
            contact = self._nearest(name, contacts, starts)
            if contact is None or contact.start is None or contact.end is None:
                continue
            if self._after_street_word(ctx.text, name.start):
                continue
            if name.glued and not self._right_after(ctx.text, name, contact.start):
                continue
            what_en, what_fr = self.CONTACT_LABELS[contact.kind]
            excerpt = f"{name.masked} · {contact.excerpt}"
            yield self.finding(
                ctx,
                category=Category.DATA_LEAK,
                kind=self.KIND,
                severity=self.SEVERITY,
                span=(min(name.start, contact.start), max(name.end, contact.end)),
                excerpt=excerpt,
                rule=f"pii.person_with_contact.{contact.kind.split('.', 1)[1]}",
                matched=excerpt,
                score=0.85,
                name=name.masked,
                contact=contact.excerpt,
                what_en=what_en,
                what_fr=what_fr,
            )

    def _card_endings(self, ctx: Context) -> Iterator[Finding]:
        """Round 20: a card's last four digits said with the card, as a contact of sorts."""
        for m in self.CARD_ENDING.finditer(ctx.text):
            masked = f"**** {m.group(1)}"
            yield Finding(
                category=Category.DATA_LEAK,
                kind="pii.card_last_four",
                severity=Severity.MEDIUM,
                start=m.start(),
                end=m.end(1),
                excerpt=masked,
                explanation="",
                detector=self.name,
                score=0.8,
                rule="pii.card_last_four",
                matched=masked,
            )

    def _birth_dates(self, ctx: Context) -> Iterator[Finding]:
        """Round 21: a date of birth said as one, as a contact of sorts."""
        for m in self.BIRTH_DATE.finditer(ctx.text):
            found = m.group()
            yield Finding(
                category=Category.DATA_LEAK,
                kind="pii.birth_date",
                severity=Severity.MEDIUM,
                start=m.start(),
                end=m.end(),
                excerpt=found,
                explanation="",
                detector=self.name,
                score=0.8,
                rule="pii.birth_date",
                matched=found,
            )

    def names(self, ctx: Context, hits: list[WordHit]) -> Iterator[NameMatch]:
        """Capitalised names among the first names, titles and profile people found."""
        text = ctx.text
        last_end = -1
        for hit in hits:
            if hit.start < last_end or not text[hit.start : hit.start + 1].isupper():
                continue
            for kind, rest in self._words[hit.word]:
                if kind == "person":
                    found = self._profile_person(ctx, hit, rest)
                else:
                    found = self._with_surname(text, hit, kind)
                if found is not None:
                    last_end = found.end
                    yield found
                    break

    def cued_names(self, ctx: Context) -> Iterator[NameMatch]:
        """Two capitalised words right after a word that introduces a person ("je suis",
        "I'm", "call", "contactez", "écrivez à", "chez", "ship it to"…), whatever the first
        name: "Call Brent Thomas on…", "Livraison chez Priya Shah, …"."""
        text = ctx.text
        for m in self.NAME_PAIRS.finditer(text):
            first, last = m.group(1), m.group(2)
            if first.lower() in self.NOT_NAMES or last.lower() in self.NOT_NAMES:
                continue
            if last.lower() in self.NOT_SURNAMES:
                continue
            start = m.start()
            cue = self._cue_before(text, start)
            if cue is None:
                continue
            end = start + len(first) + 1 + len(last)
            yield NameMatch(start, end, _mask_name(text[start:end]), cue in self.GENERIC_CUES)

    def _cue_before(self, text: str, start: int) -> str | None:
        """The cue (lower case, words joined by spaces) that ends one to three spaces, colons
        or commas before ``start``."""
        head = text[max(0, start - 40) : start]
        words_end = head.rstrip(" :,\u00a0")
        if not 1 <= len(head) - len(words_end) <= 3:
            return None
        words = self.WORD.findall(words_end.lower())
        for size in range(min(self.CUE_WORDS, len(words)), 0, -1):
            phrase = " ".join(words[-size:])
            if phrase in self.CUES:
                return phrase
        return None

    @staticmethod
    def _merge(listed: list[NameMatch], cued: list[NameMatch]) -> list[NameMatch]:
        """Names from both ways, in text order, one per place."""
        out: list[NameMatch] = []
        for name in sorted([*listed, *cued], key=lambda n: (n.start, -n.end)):
            if out and name.start < out[-1].end:
                continue
            out.append(name)
        return out

    def _profile_person(
        self, ctx: Context, hit: WordHit, rest: re.Pattern[str] | None
    ) -> NameMatch | None:
        norm = ctx.normalized
        m = rest.match(norm.folded, hit.fend) if rest is not None else None
        if m is None:
            return None
        start, stop = norm.to_original(hit.fstart, m.end())
        return NameMatch(start, stop, _mask_name(ctx.text[start:stop]))

    def _with_surname(self, text: str, hit: WordHit, kind: str) -> NameMatch | None:
        end = hit.end
        if kind == "title" and text[end : end + 1] == ".":
            end += 1
        m = self.SURNAME.match(text, end)
        if m is None:
            return None
        surname = m.group(1)
        core = surname[m.start(2) - m.start(1) :]
        if not core[:1].isupper() or core.lower() in self.NOT_SURNAMES:
            return None
        start = hit.start
        before = self.HYPHENATED_FIRST.search(text, max(0, start - 22), start)
        if before is not None and before.group()[0].isupper():
            start = before.start()  # "Marie-Claire Dubois"
        first = text[start:end]
        return NameMatch(start, m.end(), _mask_name(f"{first} {surname}"))

    def _right_after(self, text: str, name: NameMatch, contact_start: int) -> bool:
        """The contact follows the name with only punctuation and a label between."""
        if contact_start < name.end:
            return False
        glue = self.GLUE.match(text, name.end, contact_start)
        return glue is not None and glue.end() == contact_start

    def _after_street_word(self, text: str, start: int) -> bool:
        """True for "rue Victor Hugo", "lycée Jean Moulin": a place named after someone."""
        return self.STREET_WORD_BEFORE.search(text, max(0, start - 16), start) is not None

    @staticmethod
    def _inside_a_contact(name: NameMatch, contacts: list[Finding], starts: list[int]) -> bool:
        i = bisect_left(starts, name.start)
        return any(
            f.start is not None and f.end is not None and f.start < name.end and name.start < f.end
            for f in contacts[max(0, i - 3) : i + 3]
        )

    def _nearest(
        self, name: NameMatch, contacts: list[Finding], starts: list[int]
    ) -> Finding | None:
        """The contact closest to the name within ``WINDOW``, not overlapping it.

        ``contacts`` is sorted by ``starts``; only the few neighbours of the name's position are
        looked at, so a post with thousands of names and contacts stays linear.
        """
        i = bisect_left(starts, name.start)
        best: Finding | None = None
        best_gap = self.WINDOW + 1
        for f in contacts[max(0, i - 3) : i + 3]:
            if f.start is None or f.end is None:
                continue
            if f.start < name.end and name.start < f.end:
                continue  # the name is part of the contact ("12 rue Victor Hugo")
            gap = f.start - name.end if f.start >= name.end else name.start - f.end
            if gap < best_gap:
                best, best_gap = f, gap
        return best


def _start(finding: Finding) -> int:
    return finding.start or 0


def _holds_one(folded: str, words: tuple[str, ...]) -> bool:
    """True when one of ``words`` is in ``folded`` (a loop: no generator built on every post)."""
    for word in words:  # noqa: SIM110
        if word in folded:
            return True
    return False


def _mask_name(name: str) -> str:
    """``Sophie Martin`` -> ``S. M****``; ``M. Dupont`` -> ``M. D****``."""
    words = name.replace("\u00a0", " ").split()
    if len(words) < 2:
        return words[0][0] + "." if words else ""
    title = words[0].rstrip(".").lower() in PersonWithContact.TITLES
    first = words[0] if title else words[0][0] + "."
    return f"{first} {words[-1][0]}****"
