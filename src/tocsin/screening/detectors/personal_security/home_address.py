"""Home addresses of people: a street address that the text says is where someone lives.

Two ways:

- a street address right after a word of residence: "Elle habite au 12 rue des Lilas", "he
  lives at 221B Baker Street", "son adresse perso : 3 allée des Pins", "livraison pour Mme Odile
  Perrin, 3 allée des Acacias", "I'm at 88 Harbour Street";
- a postal address found by the PII family (``pii.postal_address``, reused for the same post
  through :meth:`~..base.Detector.memoized`, not a business's premises) with, in the same
  sentence and at most ``HOME_GAP`` characters before it, a word that makes it a home ("Tom's
  place is 1520 Oak St, Dayton", "crémaillère chez Julie : 3 rue du Chêne", "Our CFO just moved
  into 48 Kensington Gardens Square, London W2 4BA") or a person's name right before it ("ship
  it to Jordan Ellis, 27 Grove Road, Leeds", "Sandra P., 1120 Oak Street, Arlington");
- on an outbound post, such a postal address after a word of a parcel, a visit or a gathering
  at someone's door (rule ``published``, medium: ``DELIVERY_WORDS``, same sentence, same gap):
  "ta Halo part demain au 27 rue des Tanneurs, 21000 Dijon", "Flowers delivered to 27 Oakfield
  Road, Manchester M20 6XA", "le technicien passe jeudi au 7 rue des Glycines" tell where a
  winner, a customer or a colleague lives;
- round 11, on an outbound post, such a postal address with a private person right before it (a
  listed first name, "he's at", rule ``person``, medium): "Kevin, your lamp ships Monday to 48
  Alder Road, Leeds…", "He's at 14 rue des Tanneurs, 69007 Lyon".

The street address alone (a shop, an office, an event venue) is not a home; postal addresses in
general are personal data found by the PII family (``data_leak``): a home address is both, as
the design says. High outbound; inbound (a customer posting their own address) medium, high for
the profile's people (see :mod:`.exposure`). The number and the street name are masked in the
excerpt, the name too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import ClassVar

from ....models import Category, Direction, Finding, Severity
from ....profile import Profile
from ...matching import PhraseMatch, PhraseMatcher, SpanIndex
from ..base import Context
from ..pii.digits import count_digits
from ..pii.person_with_contact import first_names
from ..pii.postal_address import PostalAddress
from .exposure import ExposureRules


class HomeAddress(ExposureRules):
    name = "home_address"
    version = "1.0"
    categories = (Category.PERSONAL_SECURITY,)
    description = "Home addresses of people: a street address after a word of residence."

    KIND = "whereabouts.home_address"
    #: words of residence; a street address must follow within a few words
    #: round 14 (blind12): someone's place, then its number and street ("hosting the BBQ at
    #: her place, 27 Larkspur Grove", "la fête est dans sa maison au 4 rue…"); not when a public
    #: place follows ("Clara's place, 14 rue Mercière, is the best bistro: book a table")
    PLACE_WORDS = (
        "her place", "his place", "their place", "'s place", "her house", "his house",
        "their house", "her flat", "his flat", "sa maison", "son appart", "son appartement",
        "leur maison",
    )
    RESIDENCE = (
        "habite", "habitent", "habitait", "habitons", "vit", "vivent", "demeure", "réside",
        "résident", "domicilié", "domiciliée", "domicile", "lives", "lived", "living", "resides",
        "home address", "adresse perso", "adresse personnelle", "son adresse", "her address",
        "his address", "their address", "my address", "mon adresse", "chez elle", "chez lui",
        "chez eux", "chez moi", "chez nous", "home is", "i'm at", "i am at", "i live at",
        *PLACE_WORDS,
    )
    #: round 10, second pass: a gathering at someone's door ("housewarming this Saturday, 14
    #: Willow Close", "meeting at his door, 27 Elm Grove", "crémaillère samedi au 8 rue…"), a
    #: word of residence only when the PII family found no postal address in the post (then the
    #: postal path below says it, with the postcode)
    GATHERING = (
        "housewarming", "house-warming", "crémaillère", "at his door", "at her door",
        "at their door", "devant chez elle", "devant chez lui",
    )
    #: words that introduce a person, then their address: counted only when a name in
    #: capitals (or the number) follows ("le client Paul Garnier, 14 rue…", not "le client
    #: peut venir au 12 quai…")
    ADDRESSEE = (
        "livraison pour", "livraison chez", "livrer chez", "livrer à", "parcel for",
        "package for", "deliver to", "delivery to", "colis pour", "le client", "la cliente",
        "customer", "mr", "mrs", "ms", "miss", "mme", "monsieur", "madame",
    )
    NAME_OR_NUMBER = re.compile(
        r"[\s,:]{1,3}(?:(?!(?:Care|Service|Services|Support|Success|Relations|Experience|Team)\b)"
        r"[A-ZÀ-Ý]|\d)"
    )
    #: a customer posting their own address in public is kept too (medium): hide it
    INBOUND_FOR_ANYONE = True
    #: after the residence word: at most four short words (six after a verb of residence: "elle
    #: habite à deux pas du siège, au 4 rue…"), then a street address in the French
    #: order (number, street type, name: "12 rue des Lilas") or the English one (number, name,
    #: street type: "221B Baker Street")
    ADDRESS_PATTERN = (
        r"(?:[\s,:;'.-]{1,3}(?:[a-z']{1,12}|flat \d{1,4}|apt \d{1,4})){0,WORDS}?[\s,:;'-]{1,3}"
        r"(?P<number>\d{1,4}(?:\s?(?:bis|ter|[a-d]))?),?\s{1,3}(?:"
        r"(?P<type>rue|avenue|av|bd|boulevard|allee|impasse|chemin|place|quai|cours|route|square|"
        r"passage|villa|lotissement|residence)\.?(?P<name>(?:\s{1,3}[a-z'\-]{1,20}){1,4})"
        r"|(?P<en_name>(?:[a-z'\-]{1,20}\s{1,3}){1,3})(?P<en_type>street|st|road|rd|lane|ln|"
        r"drive|dr|way|court|ct|close|terrace|crescent|avenue|ave|place|pl|boulevard|blvd|"
        r"grove|gardens|mews)\b\.?)"
    )
    ADDRESS = re.compile(ADDRESS_PATTERN.replace("WORDS", "4"))
    ADDRESS_AFTER_VERB = re.compile(ADDRESS_PATTERN.replace("WORDS", "6"))
    #: the street alone, no number, right after a verb of residence: "il habite rue de la Paix",
    #: "she lives on Baker Street" (medium: the street, not the door)
    STREET_VERBS = frozenset(
        ("habite", "habitent", "habitait", "habitons", "vit", "vivent", "demeure", "réside",
         "lives", "lived", "resides")
    )
    STREET_ONLY = re.compile(
        r"[\s,]{1,3}(?:(?:au|à|a|dans la|dans le|sur le|sur la|en|on|in|at|off)\s{1,3})?"
        r"(?:the\s{1,3})?(?:(?P<type>rue|avenue|boulevard|bd|allée|impasse|chemin|quai|cours|"
        r"place|square)\s{1,3}(?:(?:de la|du|des|de)\s{1,3}|(?:de l|d)['’]\s{0,2})?"
        r"(?P<name>[A-ZÀ-Ý][\w'’\-]{1,30})"
        r"|(?P<en_name>[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?) (?P<en_type>Street|Road|Avenue|"
        r"Lane|Drive|Close|Crescent|Terrace|Boulevard|Square|Gardens))(?![\w'’\-])"
    )
    #: just before the verb, the subject is a business, not a person ("notre boutique vit rue…")
    BUSINESS_BEFORE = re.compile(
        r"\b(?:boutiques?|magasins?|stores?|shops?|ateliers?|showrooms?|bureaux|bureau|offices?|"
        r"agences?|[ée]quipes?|teams?|si[èe]ge|headquarters|restaurant|caf[ée]|brand|marque)\b"
        r"[^.!?\n]{0,30}\Z",
        re.IGNORECASE,
    )
    #: before a postal address, words that make it a home (besides the words of residence)
    HOME_WORDS = (
        "vivait", "habitait", "résidait", "domicile", "domiciliée", "domicilié", "adresse privée",
        "adresse de livraison", "sa maison", "son appartement", "son appart", "son logement",
        "sa nouvelle maison", "son nouvel appart", "son nouvel appartement", "ma maison",
        "mon appart", "mon appartement", "notre maison", "leur maison", "chez toi",
        "nouvel appart", "nouvel appartement", "nouvelle maison", "appart de", "appartement de",
        "emménagé", "emménage", "emménagent", "a déménagé", "déménage", "crémaillère",
        "livrer chez", "livraison chez", "envoyer chez", "envoyez chez", "envoie chez",
        "expédier chez", "l'adresse de", "private address", "personal address",
        "ship to", "ship it to", "ship them to", "shipping to", "send it to", "mail it to",
        "post it to", "envoyer à", "expédier à", "expédié à", "expédiée à", "renvoyé à",
        "delivery address", "shipping address", "s place", "s house", "s flat", "s home",
        "s apartment", "s new place", "s new house", "s new flat", "s address", "his place",
        "her place", "their place", "my place", "our place", "my house", "my flat",
        "her house", "his house", "their house", "her flat", "his flat", "house is", "flat is",
        "apartment is", "moved to", "moved into", "moving to", "moving into", "housewarming",
        "house party", "lives at", "reside at", "i live at", "i live on", "we live at",
        "where i live", "where we live", "where she lives", "where he lives", "they live at",
        # a customer's own papers next to their address: it is where they live
        "ma facture", "my invoice", "n° client", "numéro client", "numero client",
        "customer number", "mon colis", "my parcel", "ma commande", "my order", "ma livraison",
        "my delivery",
        # round 10 (training sets k and n): a private person tied to the address, a neighbour
        # or a customer's letter ("my neighbour Karen Holt at 14 Elm Road", "the sweetest letter
        # from 14 Elm Grove", "ma voisine Mme Roux, 3 rue…")
        "my neighbour", "my neighbor", "our neighbour", "our neighbor", "next-door neighbour",
        "ma voisine", "mon voisin", "notre voisine", "notre voisin", "letter from", "card from",
        "postcard from", "lettre de", "carte de", "a écrit de", "wrote to us from",
        "écrit depuis",
        # round 11: the reader's own place ("hosting us at your place in Écully, 6 impasse…")
        "your place", "your house", "your flat", "ta maison", "ton appart", "ton appartement",
    )
    #: on an outbound post, before a postal address: a parcel, a visit or a gathering at
    #: someone's door ("ta Halo part demain au…", "Flowers delivered to…", "le technicien passe
    #: jeudi au…", "Manif devant chez Claire Dubois…"); "chez" counts before a capital only
    DELIVERY_WORDS = (
        "colis", "parcel", "package", "envoie", "envoyons", "envoyez", "envoyé", "envoyée",
        "expédié", "expédiée", "expédions", "part demain", "arrive demain", "gagnant",
        "gagnante", "winner", "in the post to", "on its way to", "delivered to", "dropped at",
        "dropped off at", "drop off at", "déposé", "déposée", "déposés", "sending", "we're sending",
        "flowers", "fleurs", "bouquet", "cadeau", "gift", "technicien", "technicienne",
        "technician", "installateur", "installer", "à la maison", "at home", "devant chez",
        "chez",
    )
    #: a service at home, not someone's home: "livraison à domicile", "home delivery"
    SERVICE_AT_HOME = (
        "à domicile", "livraison à domicile", "livré à domicile", "livrée à domicile",
        "home delivery", "delivered to your home", "work from home", "working from home",
        "travail à domicile", "télétravail",
    )
    #: at most this many characters between such a word and the address, in the same sentence
    HOME_GAP = 60
    #: between the word and the address: another sentence, or the address is not the home
    NOT_HOME = re.compile(
        r"[.!?\n]\s|\b(?:travaille|travaillent|bosse|works?|working|job|bureaux?|offices?|"
        r"boutiques?|magasins?|stores?|shops?|restaurant|caf[eé]|h[oô]tel|mus[ée]e|museum|"
        r"salon|stand|booth|rdv|rendez-vous|venue|event|[ée]v[ée]nement|visit|visitez|venez|"
        r"come|join|rejoignez|retrouvez|find us|warehouse|entrep[ôo]ts?|workshop|ateliers?|"
        r"d[ée]p[ôo]t|usine|factory|pop-up|showroom)\b",
        re.IGNORECASE,
    )
    #: a person's name right before the address: a title and a surname, or a listed first name
    #: and a surname or an initial ("Jordan Ellis, ", "Mme Perrin : ", "Sandra P., ")
    NAME_BEFORE = re.compile(
        r"(?<![\w'’\-])(?:(?P<title>M|Mme|Mlle|Mr|Mrs|Ms|Miss|Dr)\.?\s{1,2}(?:[A-Z]\.\s{1,2})?)?"
        r"(?P<first>[A-ZÀ-Ý][a-zà-ÿ'’\-]{1,30})(?:\s{1,2}(?P<last>[A-ZÀ-Ý][\w'’\-]{1,30}|[A-Z]\.))?"
        r"(?:,\s{0,2}(?:Flat|Apt|Apartment|Appt|Appartement|Bât\.?|Bâtiment)\s{0,2}\w{1,6})?"
        # round 14 (blind12): a phone number between the name and the address ("Julien Perrot,
        # 06 39 98 12 74, 18 rue des Capucins…"): the whole identity of a person, home included
        r"(?:\s{0,2}[,:;(\-–—]\s{0,2}\+?\d[\d .]{7,16}\d)?"
        r"\s{0,2}[,:;(\-–—]\s{0,2}\Z"
    )
    NAME_REACH = 90  # characters before the address searched for the name
    #: after a name and an address, words of a public place: "Victor Hugo, 6 place des Vosges :
    #: la maison de l'écrivain se visite", a shop or a restaurant named after someone
    PUBLIC_PLACE_AFTER = re.compile(
        r"\b(?:se visite|visites?|visit|mus[ée]e|museum|ouvert|ouverte|open|opens|horaires|"
        r"hours|menu|r[ée]servations?|bookings?|tickets?|billets?|entr[ée]e libre|boutique|"
        r"magasin|store|shop|restaurant|caf[ée]|bar|h[oô]tel|salon|cabinet|agence|studio|"
        r"atelier|showroom|galerie|gallery)\b",
        re.IGNORECASE,
    )
    AFTER_REACH = 60
    #: round 13 (structural): a dwelling unit in or right around a postal address ("flat 3",
    #: "apt 4B", "app. 2", "appartement 12", "logement 5") makes it a home, whoever posts it: a
    #: business is not in a flat (rule ``dwelling``)
    DWELLING = re.compile(
        r"(?<![\w'’])(?:flat|apt|apartment|appt|app|appart|appartement|logement)\.?\s{0,2}"
        r"(?:n[°o]\.?\s{0,2})?\d{1,4}[a-z]?(?![\w'’])",
        re.IGNORECASE,
    )
    DWELLING_REACH = 30  # characters around the address searched for the unit
    #: round 11 (structural): on an outbound post, a private postal address with a private
    #: person right before it, named by a listed first name ("Kevin, your lamp ships Monday to
    #: 48 Alder Road…") or a third-person pronoun as the subject ("He's at 14 rue des Tanneurs")
    #: is where that person lives (rule ``person``, medium)
    PERSON_REACH = 90  # characters before the address searched for the person
    PERSON_PRONOUN = re.compile(
        r"(?<![\w'’])(?:he|she|il|elle)(?:['’]s|\s{1,2}is|\s{1,2}est)\s{1,2}(?:at|au|à)\W{0,3}\Z",
        re.IGNORECASE,
    )
    FIRST_NAME = re.compile(r"(?<![\w'’\-@#])[A-ZÀ-Ý][a-zà-ÿ\-]{1,20}(?![\w'’@])")
    #: before that first name, a business named after someone: "la boulangerie Paul, 12 rue…"
    BUSINESS_NAMED = re.compile(
        r"\b(?:boulangerie|bakery|librairie|bookshop|pharmacie|pharmacy|garage|fleuriste|"
        r"florist|chez|maison|boutique|magasin|store|shop|restaurant|caf[ée]|bar|h[oô]tel|"
        r"salon|studio|atelier|galerie|gallery|cabinet|agence|brasserie|bistrot|pizzeria)"
        r"\W{1,3}\Z",
        re.IGNORECASE,
    )
    EXPLANATIONS = {
        "en": (
            "Home address of a person (“{masked}”): it tells anyone where to find them and "
            "their family. Remove it."
        ),
        "fr": (
            "Adresse du domicile d'une personne (« {masked} ») : elle dit à tous où trouver la "
            "personne et sa famille. Retirez-la."
        ),
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._residence: PhraseMatcher[str] = PhraseMatcher(
            [(w, "residence") for w in self.RESIDENCE]
            + [(w, "addressee") for w in self.ADDRESSEE]
            + [(w, "gathering") for w in self.GATHERING]
        )
        #: consulted only next to a postal address: out of the engine's shared pass
        self._home_words: PhraseMatcher[str] = PhraseMatcher(
            [(w, "home") for w in (*self.RESIDENCE, *self.HOME_WORDS)]
            + [(w, "service") for w in self.SERVICE_AT_HOME]
            + [(w, "delivery") for w in self.DELIVERY_WORDS],
            on_demand=True,
        )
        self._postal = PostalAddress(profile)
        names = [profile.organisation.name]
        names += [n for b in profile.brands for n in (b.name, *b.aliases)]
        names = sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True)
        #: the organisation's or a brand's name: "Lumio vit rue Mercière depuis 2010"
        self._own_names = (
            re.compile(
                r"(?<![\w@#])(?:" + "|".join(re.escape(n) for n in names) + r")\b[^.!?\n]{0,20}\Z",
                re.IGNORECASE,
            )
            if names
            else None
        )
        self._first_names = frozenset(n.lower() for n in first_names())

    def detect(self, ctx: Context) -> list[Finding]:
        found = list(super().detect(ctx)) if self.rules else []
        cues = self._residence.find_all(ctx.normalized)
        if cues and any(c.payload == "gathering" for c in cues) and self._postal.analyze(ctx):
            cues = [c for c in cues if c.payload != "gathering"]
        if cues:
            if count_digits(ctx.normalized.folded):  # a house number is needed
                found += self._after_residence_words(ctx, cues)
            found += self._streets_only(ctx, cues, [(f.start or 0, f.end or 0) for f in found])
        addresses = self._postal.analyze(ctx)  # computed once per post (memoized)
        if addresses:
            found += self._postal_homes(ctx, addresses, [(f.start or 0, f.end or 0) for f in found])
        if found:  # the personal data of the findings of the street rules
            found += self._personal_data(ctx, found, addresses)
        return found

    #: round 10, second pass: the rules whose home the PII family may not see as an address
    STREET_RULES = (
        "personal_security.home_address.street", "personal_security.home_address.street_only",
    )

    def _personal_data(
        self, ctx: Context, found: list[Finding], addresses: Iterable[Finding]
    ) -> Iterator[Finding]:
        """A home told by its street after a verb of residence ("notre DG habite au 4 rue Smith à
        Lyon", "Claire lives on rue Sala, blue door next to the bakery") is personal data too
        (``data_leak``, ``pii.postal_address``, medium) when the PII family found no postal
        address there (no postcode, no town after the street): a home address is both."""
        postal = SpanIndex(
            (f.start or 0, f.end or 0, True) for f in addresses if f.kind == PostalAddress.KIND
        )
        for f in found:
            if f.rule not in self.STREET_RULES or f.start is None or f.end is None:
                continue
            if postal.has_near(f.start, f.end, 0):
                continue
            yield replace(
                f,
                category=Category.DATA_LEAK,
                kind=PostalAddress.KIND,
                severity=Severity.MEDIUM,
                rule="personal_security.home_address.personal_data",
                score=0.7,
                explanation=self.explain(
                    ctx.explain_lang,
                    "personal_security.home_address.personal_data",
                    self.PERSONAL_DATA_EXPLANATIONS,
                    found=f.excerpt,
                ),
            )

    PERSONAL_DATA_EXPLANATIONS: ClassVar[dict[str, str]] = {
        "en": "Home address of a person (“{found}”): personal data, besides a risk to their "
        "safety. Remove it.",
        "fr": "Adresse du domicile d'une personne (« {found} ») : une donnée personnelle, en plus "
        "d'un risque pour sa sécurité. Retirez-la.",
    }

    def _after_residence_words(
        self, ctx: Context, cues: list[PhraseMatch[str]]
    ) -> Iterator[Finding]:
        norm = ctx.normalized
        for cue in cues:
            if cue.payload == "addressee" and not self.NAME_OR_NUMBER.match(ctx.text, cue.end):
                continue
            at = cue.end if norm.index is None else bisect_left(norm.index, cue.end)
            pattern = self.ADDRESS_AFTER_VERB if cue.phrase in self.STREET_VERBS else self.ADDRESS
            m = pattern.match(norm.folded, at)
            if m is None:
                continue
            start, end = cue.start, norm.to_original(at, m.end())[1]
            if cue.phrase in self.PLACE_WORDS and self._place_said_otherwise(ctx, cue.end, end):
                continue
            name = (m.group("name") or m.group("en_name")).split()
            street = [m.group("type")] if m.group("type") else []
            masked = " ".join(
                [
                    ctx.text[cue.start : cue.end],
                    "…",
                    re.sub(r"\d", "•", m.group("number")),
                    *street,
                    *(w[0] + "…" for w in name),
                    *([m.group("en_type")] if m.group("en_type") else []),
                ]
            )
            yield self._home(ctx, start, end, masked, "street")

    def _place_said_otherwise(self, ctx: Context, start: int, end: int) -> bool:
        """Round 14: after someone's place, an address the PII family found (the postal path
        says it, postcode included) or a public place ("…, the best restaurant in town")."""
        reach = min(len(ctx.text), end + self.AFTER_REACH)
        if self.PUBLIC_PLACE_AFTER.search(ctx.text, end, reach):
            return True
        return any(
            f.kind == PostalAddress.KIND and f.start is not None and start <= f.start < end
            for f in self._postal.analyze(ctx)
        )

    def _streets_only(
        self, ctx: Context, cues: list[PhraseMatch[str]], taken: list[tuple[int, int]]
    ) -> Iterator[Finding]:
        """A street without a number right after a verb of residence."""
        text = ctx.text
        done = {s for s, _ in taken}  # a street path finding starts at its cue
        for cue in cues:
            if cue.phrase not in self.STREET_VERBS or cue.start in done:
                continue
            m = self.STREET_ONLY.match(text, cue.end)
            if m is None or self._business_subject(text, cue.start):
                continue
            if m.group("type"):
                street = f"{m.group('type')} {m.group('name')[0]}…"
            else:
                street = f"{m.group('en_name')[0]}… {m.group('en_type')}"
            masked = f"{text[cue.start : cue.end]} … {street}"
            finding = self._home(ctx, cue.start, m.end(), masked, "street_only")
            yield replace(finding, severity=Severity.MEDIUM, score=0.7)

    def _business_subject(self, text: str, start: int) -> bool:
        if self.BUSINESS_BEFORE.search(text, max(0, start - 60), start):
            return True
        return self._own_names is not None and (
            self._own_names.search(text, max(0, start - 30), start) is not None
        )

    def _postal_homes(
        self, ctx: Context, found: Iterable[Finding], taken: list[tuple[int, int]]
    ) -> Iterator[Finding]:
        """Postal addresses (of the PII family) that the words before them make a home."""
        done = SpanIndex((s, e, True) for s, e in taken)
        addresses = [
            f
            for f in found
            if f.kind == PostalAddress.KIND
            and f.severity is not PostalAddress.PREMISES_SEVERITY
            and f.start is not None
            and f.end is not None
            and not done.has_near(f.start + 1, f.end - 1, 0)
        ]
        if not addresses:
            return
        text = ctx.text
        outbound = ctx.post.direction is Direction.OUTBOUND
        cues = self._home_words.find_all(ctx.normalized)
        services = SpanIndex((m.start, m.end, True) for m in cues if m.payload == "service")
        words = sorted(
            (m.start, m.end)
            for m in cues
            if m.payload == "home" and not services.has_near(m.start + 1, m.end - 1, 0)
        )
        delivery = sorted(
            (m.start, m.end)
            for m in cues
            if m.payload == "delivery"
            and not services.has_near(m.start + 1, m.end - 1, 0)
            and (m.phrase != "chez" or text[m.end + 1 : m.end + 2].isupper())
        )
        for address in addresses:
            start, end = address.start or 0, address.end or 0
            name = self._name_before(text, start)
            if name is not None and not self.PUBLIC_PLACE_AFTER.search(
                text, end, min(len(text), end + self.AFTER_REACH)
            ):
                first = name.group("first")
                last = name.group("last") or ""
                masked_name = " ".join(
                    [*([name.group("title")] if name.group("title") else []), first[0] + "."]
                    + ([last[0] + "****"] if last else [])
                )
                masked = f"{masked_name} · {address.excerpt}"
                yield self._home(ctx, name.start(), end, masked, "named")
                continue
            word = self._home_word_before(text, words, start)
            if word is not None:
                owner = self._owner_start(text, word[0])
                cue = text[word[0] : word[1]]
                if owner < word[0]:  # the owner's initial only: "T.'s place is"
                    cue = f"{text[owner]}.{text[word[0] - 1]}{cue}"
                masked = f"{cue} … {address.excerpt}"
                yield self._home(ctx, owner, end, masked, "postal")
                continue
            word = self._home_word_before(text, delivery, start) if outbound else None
            if word is not None and not self.PUBLIC_PLACE_AFTER.search(
                text, end, min(len(text), end + self.AFTER_REACH)
            ):
                # the organisation publishing where a winner, a customer or a colleague gets a
                # parcel, a visit or a crowd: their home, said without a word of residence
                masked = f"{text[word[0] : word[1]]} … {address.excerpt}"
                finding = self._home(ctx, word[0], end, masked, "published")
                yield replace(finding, severity=Severity.MEDIUM, score=0.7)
                continue
            unit = self._dwelling(text, start, end)
            if unit is not None and not self.PUBLIC_PLACE_AFTER.search(
                text, end, min(len(text), end + self.AFTER_REACH)
            ):
                masked = f"{address.excerpt} · {unit}"
                yield self._home(ctx, start, end, masked, "dwelling")
                continue
            person = self._person_before(text, start) if outbound else None
            if person is not None and not self.PUBLIC_PLACE_AFTER.search(
                text, end, min(len(text), end + self.AFTER_REACH)
            ):
                masked = f"{text[person]}. … {address.excerpt}"
                finding = self._home(ctx, person, end, masked, "person")
                yield replace(finding, severity=Severity.MEDIUM, score=0.7)

    def _dwelling(self, text: str, start: int, end: int) -> str | None:
        """Round 13: the dwelling unit ("flat 3", "app. 2") within the address or just around
        it, in the same sentence, or None."""
        lo = max(0, start - self.DWELLING_REACH)
        hi = min(len(text), end + self.DWELLING_REACH)
        for m in self.DWELLING.finditer(text, lo, hi):
            between = text[min(m.end(), end) : max(m.start(), start)]
            if re.search(r"[.!?\n]\s", between) is None:
                return m.group()
        return None

    def _person_before(self, text: str, start: int) -> int | None:
        """Round 11: where a private person named just before an address starts (a listed first
        name with a capital, or "he's at" / "elle est au" right before it), or None."""
        lo = max(0, start - self.PERSON_REACH)
        pronoun = self.PERSON_PRONOUN.search(text, lo, start)
        if pronoun is not None:
            return pronoun.start()
        names = [
            m.start()
            for m in self.FIRST_NAME.finditer(text, lo, start)
            if m.group().lower() in self._first_names
            and not self.BUSINESS_NAMED.search(text, max(0, m.start() - 30), m.start())
        ]
        return names[-1] if names else None

    @staticmethod
    def _owner_start(text: str, start: int) -> int:
        """"Tom's place": the possessive's owner starts the span (its initial only is shown)."""
        if start < 2 or text[start - 1] not in "'’" or not text[start - 2].isalpha():
            return start
        i = start - 2
        while i > 0 and text[i - 1].isalpha() and start - i < 30:
            i -= 1
        return i

    def _name_before(self, text: str, start: int) -> re.Match[str] | None:
        m = self.NAME_BEFORE.search(text, max(0, start - self.NAME_REACH), start)
        if m is None:
            return None
        if m.group("title"):
            return m
        if m.group("last") and m.group("first").lower() in self._first_names:
            return m
        return None

    def _home_word_before(
        self, text: str, words: list[tuple[int, int]], start: int
    ) -> tuple[int, int] | None:
        """The nearest home word ending at most ``HOME_GAP`` characters before ``start``, with
        nothing between them that ends the sentence or makes the place a workplace or venue."""
        i = bisect_left(words, (start, start))
        while i > 0:
            i -= 1
            s, e = words[i]
            if e > start:
                continue
            if start - e > self.HOME_GAP:
                return None
            if self.NOT_HOME.search(text, e, start) is not None:
                return None
            # "Mark's house is": the words overlapping the nearest one start the cue
            for j in range(i - 1, max(-1, i - 4), -1):
                if words[j][1] <= s:
                    break
                s = min(s, words[j][0])
            return s, e
        return None

    def _home(self, ctx: Context, start: int, end: int, masked: str, rule: str) -> Finding:
        return self.finding(
            ctx,
            category=Category.PERSONAL_SECURITY,
            kind=self.KIND,
            severity=Severity.HIGH,
            span=(start, end),
            excerpt=masked,
            rule=f"personal_security.home_address.{rule}",
            matched=masked,
            score=0.85,
            masked=masked,
        )
