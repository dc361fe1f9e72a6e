"""Postal addresses: French and English street patterns, with postcode and city when written.

Street-type words ("rue", "avenue", "bd", "allée", "impasse", "chemin", "place", "quai"…;
"Street", "St", "Ave", "Road", "Lane", "Drive"…) are found as whole words of the folded text by
set lookup (see ``words``); only around them do small anchored patterns look, on the original
text, for a house number before and a street name, postcode and city after. A post without a
street word costs a split and a set intersection.

French: ``12 rue des Lilas, 69003 Lyon``, ``5 bis avenue Jean Jaurès``, ``3, place Bellecour``,
``rue Victor Hugo, 75011 Paris`` (no number: a postcode is then required). Types that are also
common words ("place", "cours", "route", "square", "passage", "voie", "cité", "résidence") need
a capitalised street name or a postcode: "3 place de la République" is an address, "3 place de
cinéma offerte" and "5 cours de yoga" are not. An all-lowercase name needs a particle ("12 rue des
lilas"), so "3 allée centrale" (a shop aisle) is not an address.

English: ``221B Baker Street``, ``1600 Pennsylvania Ave NW, Washington, DC 20500``, ``10 Downing
St, London SW1A 2AA``. The street name words and the suffix must be capitalised. Suffixes that are
ordinary words too ("Way", "Place", "Court", "Hill", "Walk"… and the rest of the USPS list) need a
direction (NW), a US state and ZIP code, or a UK postcode after them.

Severity: **medium** (review). A business's premises are not private data:

- the organisation's own premises are not reported at all, like its own SIREN: the address
  follows the organisation's or a brand's name ("Lumio SA, 12 quai Perrache"), or a first-person
  premises phrase ("notre boutique de Lyon :", "nos bureaux", "our Lyon showroom at", "siège",
  "retrouvez-nous", "écrivez-nous", "visit us") — the profile has no address field, so these
  words stand for it;
- other business premises ("le magasin au 3 rue…", "the Apple store at 500 Market Street",
  "restaurant", "hôtel", "agence", "office") are reported as **low** (allowed, kept on record).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ....models import Finding, Severity
from ....profile import Profile
from ...matching import PhraseMatcher, fold_phrase
from ...word_lists import word_list
from ..base import Context
from .personal_data import PersonalDataDetector
from .words import find_words


def care_place_pattern(places: Iterable[str]) -> str:
    """An alternation of ``places`` for the folded text: words joined by any run of non-word
    characters ("foyer-logement", "people's"), a trailing '*' for any ending; longest first."""
    parts = []
    for place in places:
        words = fold_phrase(place.rstrip("*")).split()
        ending = r"\w*" if place.endswith("*") else ""
        parts.append(r"[\W_]+".join(map(re.escape, words)) + ending)
    return "|".join(sorted(parts, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class StreetType:
    lang: str  # "fr" or "en"
    strong: bool  # False: also an ordinary word, needs more evidence
    abbreviation: bool = False


@dataclass(frozen=True, slots=True)
class AddressMatch:
    start: int  # original text indices
    end: int
    lang: str
    has_postcode: bool
    premises: bool  # another business's premises (low severity)


def _types(
    words: str, lang: str, strong: bool, abbreviation: bool = False
) -> dict[str, StreetType]:
    kind = StreetType(lang, strong, abbreviation)
    return {w: kind for w in words.split()}


class PostalAddress(PersonalDataDetector):
    name = "postal_address"
    version = "1.0"
    description = "Postal addresses (French and English street patterns, postcode, city)."
    KIND = "pii.postal_address"
    SEVERITY = Severity.MEDIUM
    PREMISES_SEVERITY = Severity.LOW

    STREET_TYPES: dict[str, StreetType] = {
        **_types(
            "rue avenue boulevard allee impasse chemin quai faubourg sentier ruelle esplanade "
            "parvis promenade montee chaussee hameau venelle",
            "fr", strong=True,
        ),
        **_types("av bd bld blvd fbg imp chem", "fr", strong=True, abbreviation=True),
        **_types(
            "place cours route square passage voie cite residence villa traverse clos domaine "
            "lotissement",
            "fr", strong=False,
        ),
        **_types("pl rte", "fr", strong=False, abbreviation=True),
        **_types(
            "Street Avenue Road Lane Drive Boulevard Parkway Highway Terrace Crescent Mews",
            "en", strong=True,
        ),
        **_types("St Ave Av Rd Ln Blvd Pkwy Hwy Cres", "en", strong=True, abbreviation=True),
        # ordinary words too, and the rest of the USPS suffixes: need a direction or a postcode
        **_types(
            "Way Place Court Close Square Grove Gardens Row Walk Hill Circle Trail Plaza Alley "
            "Broadway Causeway Crossing Expressway Freeway Heights Junction Landing Loop Mall "
            "Manor Pike Point Ridge Run Turnpike View Vista Creek Estates Oval Park Path Pass "
            "Green Parade Rise Wharf Quay Yard Ways Walks Views Villages Village Ville Valley "
            "Valleys Viaduct Via Unions Union Underpass Tunnel Trafficway Track Trace Throughway "
            "Summit Streets Stream Stravenue Station Squares Spurs Spur Springs Spring Skyway "
            "Shores Shore Shoals Shoal Roads Rest Rapids Rapid Ranch Ramp Radial Prairie Ports "
            "Port Points Plains Plain Pines Pine Parkways Parks Overpass Orchard Neck Mountains "
            "Mountain Mount Motorway Mission Mills Mill Meadows Meadow Manors Lodge Locks Lock "
            "Loaf Lights Light Land Lakes Lake Knolls Knoll Keys Key Junctions Islands Island "
            "Isle Inlet Hollow Hills Haven Harbors Harbor Groves Greens Glens Glen Gateway "
            "Garden Route Rue Course Wells Well Wall Fort Forks Fork Forges Forge Forest Fords "
            "Ford Flats Flat Fields Field Ferry Falls Fall Extensions Extension Divide Dam Dale "
            "Curve Crossroad Crest Coves Cove Courts Corners Corner Common Commons Club Cliffs "
            "Cliff Circles Centers Center Cape Canyon Camp Bypass Burgs Burg Brooks Brook Bridge "
            "Branch Bluffs Bluff Bottom Bend Beach Bayou Arcade Anex",
            "en", strong=False,
        ),
        **_types("Pl Ct Sq Cir Dr Trl Plz Ter", "en", strong=False, abbreviation=True),
    }
    PARTICLES = frozenset(
        (
            "de", "du", "des", "la", "le", "les", "l", "d", "aux", "au", "saint", "sainte", "st",
            "ste", "sous", "sur", "en", "of", "the",
        )
    )
    STOP_WORDS = frozenset(
        (
            "et", "ou", "à", "a", "pour", "avec", "dans", "chez", "par", "entre", "vers", "depuis",
            "pendant", "ce", "cet", "cette", "ces", "on", "je", "j", "nous", "vous", "il", "ils",
            "elle", "elles", "tu", "y", "est", "sont", "c", "qui", "que", "demain", "soir",
            "merci", "près", "pres", "proche", "face", "juste", "mais", "donc", "car", "puis",
            "aussi", "and", "or", "to", "for", "with", "in", "on", "at", "near", "by", "is", "are",
            "next", "tomorrow", "tonight", "we", "i", "you", "but", "from", "this", "that",
        )
    )
    #: the organisation speaking of its own premises, just before the address
    OWN_PREMISES = re.compile(
        r"\b(?:(?:notre|nos|our)(?: [\w\-]{1,20}){0,2}? (?:nouvelles? |new )?"
        r"(?:boutiques?|magasins?|stores?|shops?|showrooms?|offices?|bureaux?|sieges?|agences?|"
        r"locaux|ateliers?|usines?|entrepots?|headquarters|hq|campus|adresses?|address|"
        r"pop[ \-]?up(?: store)?|point de vente|points de vente|service client|sav)"
        r"(?! (?:perso|personnelle|privee|personal|private|home|du domicile))|"
        r"siege(?: social)?|retrouvez[ \-]nous|venez nous voir|nous trouver|nous ecrire|"
        r"ecrivez[ \-]nous|find us|visit us|come see us|write to us|"
        # "We've opened a new showroom at…", "on ouvre une boutique au…"
        r"(?:we[ '’]ve|we have|we|we[ '’]re|nous avons|nous|on a|on) (?:just )?"
        r"(?:opened|open|opening|ouvert|ouvre|ouvrons|inaugure|inaugurons|inaugurated) "
        r"(?:a |an |our |notre |nos |un |"
        r"une |le |la |l )?(?:new |nouvel |nouvelle |nouveau )?(?:boutique|magasin|store|shop|"
        r"showroom|office|bureau|agence|atelier|pop[ \-]?up(?: store)?)|"
        # round 10: a new shop announced on its own ("Nouvelle boutique à Nantes ! Ouverture le
        # 5 mars, 8 rue…", "New store in Leeds, opening Monday at 4 Park Row")
        r"(?:nouvelle|nouveau|nouvel|new) (?:boutique|magasin|store|shop|showroom|agence|"
        r"atelier|pop[ \-]?up(?: store)?)(?= (?:a|au|en|in|at|on|de|du|des|d)\b| ?[!:,.]))\b"
    )
    #: a civil title before a name (folded text): the address that follows is that person's
    PERSON_TITLE = re.compile(r"\b(?:mr|mrs|ms|miss|mme|mlle|monsieur|madame|m)\.? [a-z]")
    #: a new address announced, after the premises were named earlier in the post
    NEW_ADDRESS = re.compile(
        r"\b(?:(?:nouvelle|notre nouvelle) adresse|(?:new|our new) address|demenage\w*|"
        r"moving to|moves to|moved to|s installe|installe au)\b"
    )
    #: another business's premises just before the address
    PREMISES = re.compile(
        r"\b(?:boutiques?|magasins?|stores?|shops?|showrooms?|(?<!out of )offices?|bureaux|"
        r"agences?|locaux|restaurant|hotel|cafe|salon|stand|atelier|usine|entrepot|"
        r"headquarters|hq|campus|point de vente|points de vente|ouverture|opening|inauguration|"
        r"evenement|event|conference|meetup|venue|service client|customer service|sav|"
        r"sarl|ltd|inc|llc|gmbh)\b"
    )
    #: the house number; not a distance ("au km 12, quai Claude-Bernard")
    FR_NUMBER = re.compile(
        r"(?<![\w,.\-/])(?<![kK][mM] )(\d{1,4}(?: ?(?:bis|ter|quater|[a-dA-D]))?),? {1,2}\Z"
    )
    FR_POSTCODE = re.compile(r",? {1,2}(?:\d{5}|\d{2} \d{3})(?=[ ,])")
    EN_BEFORE = re.compile(
        r"(?<![\w#/.,\-])\d{1,5}(?:-\d{1,5})?[A-Za-z]?,? "
        r"(?:(?:[A-Z][\w'’.\-]{0,30}|\d{1,3}(?:st|nd|rd|th)|of|de|la|the|and) ){1,4}\Z"
    )
    #: a word of home before an English address whose suffix is also an ordinary word
    EN_HOME_CUE = re.compile(
        r"\b(?:flat|house|home|porch|doorstep|front door|parcel|delivered|delivery|on its way)\b",
        re.IGNORECASE,
    )
    EN_DIRECTION = re.compile(r" (?:NW|NE|SW|SE|N|S|E|W)\b\.?")
    EN_UNIT = re.compile(
        r",? (?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl)\b\.?|#) ?[\w\-]{1,6}(?![\w\-])"
    )
    EN_CITY = re.compile(r"(?:, [A-Z][\w'’\-]{1,30}(?: [A-Z][\w'’\-]{1,30}){0,2}){1,2}")
    EN_POSTAL = re.compile(
        r",? (?:[A-Z]{2} \d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})(?![\w])"
    )
    NAME_WORD = re.compile(r" {1,2}([^\s,;:!?.()\[\]{}\"«»]{1,30})")
    CITY_WORD = re.compile(r" {1,2}([^\s,;:!?.()\[\]{}\"«»0-9]{2,30})")
    EXPLANATIONS = {
        "en": (
            "Postal address “{masked}”: with a name, it tells anyone where someone lives or can "
            "be found (stalking, burglary, fraud). Remove it, or keep only the city{premises_en}."
        ),
        "fr": (
            "Adresse postale « {masked} » : associée à un nom, elle dit à n'importe qui où vit "
            "ou se trouve une personne (harcèlement, cambriolage, fraude). Retirez-la, ou ne "
            "gardez que la ville{premises_fr}."
        ),
    }
    PREMISES_NOTE = {
        "en": ". It seems to be a business's premises, which may be published: check it is a "
        "public business address",
        "fr": ". Il semble s'agir d'un local commercial, qui peut être publié : vérifiez que "
        "c'est bien une adresse professionnelle publique",
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._types: dict[str, list[StreetType]] = {}
        for word, kind in self.STREET_TYPES.items():
            self._types.setdefault(fold_phrase(word), []).append(kind)
        self._words = frozenset(self._types)
        names = [profile.organisation.name]
        names += [n for b in profile.brands for n in (b.name, *b.aliases)]
        folded = sorted({fold_phrase(n) for n in names if fold_phrase(n)}, key=len, reverse=True)
        #: the organisation's or a brand's name (not a @handle or #hashtag) before an address
        self._own_names = (
            re.compile(r"(?<![@#\w])(?:" + "|".join(re.escape(n) for n in folded) + r")\b")
            if folded
            else None
        )
        self._care_cues: PhraseMatcher[str] = PhraseMatcher((p, p) for p in self.CARE_PLACES)
        #: the organisation's published addresses ([organisation] addresses), folded
        self._published = tuple(
            f for f in (fold_phrase(a) for a in profile.organisation.addresses) if f
        )

    #: round 12 (blind10): a room in a care home or a hospital, with its number ("ma mère est
    #: à l'EHPAD Les Tilleuls, chambre 112", "Dad's in room 14 at St Mary's care home"): where
    #: a frail person can be found, an address of its own. Tried only when a word of such a place
    #: is in the post (``_care_cues``, the engine's shared pass).
    CARE_PLACES = word_list("care_places.txt")
    CARE_ROOM = re.compile(
        r"\b(?:" + care_place_pattern(CARE_PLACES) + r")\b[^.!?\n]{0,60}?"
        r"\b(?:chambre|ch\.|room|rm\.?|lit|bed|bay) ?(?:n(?:o|°)\.? ?)?\d{1,4}\b"
        r"|\b(?:chambre|room) (?:n(?:o|°)\.? ?)?\d{1,4}\b[^.!?\n]{0,40}?"
        r"\b(?:" + care_place_pattern(CARE_PLACES) + r")\b"
    )

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        # memoized even when empty: home_address asks its own instance again, whose care-home
        # words are not in the engine's shared pass (a walk of the text of its own)
        return self.memoized(ctx, self._findings)

    def _findings(self, ctx: Context) -> Iterable[Finding]:
        # the tests that open each way, first: most posts have neither a digit (every street
        # address, see find) nor a care home's word (see _care_rooms), and cost no generator
        if _DIGIT.search(ctx.text) is None and not self._care_cues.found_in(ctx.normalized):
            return ()
        return self._analyze(ctx)

    def _care_rooms(self, ctx: Context) -> Iterator[Finding]:
        norm = ctx.normalized
        if not self._care_cues.found_in(norm):
            return
        for m in self.CARE_ROOM.finditer(norm.folded):
            start, end = norm.to_original(m.start(), m.end())
            masked = re.sub(r"\d", "*", ctx.text[start:end])
            yield self.personal_finding(
                ctx, (start, end), masked, rule="pii.postal_address.care_room", score=0.8,
                premises_en="", premises_fr="",
            )

    def _analyze(self, ctx: Context) -> Iterable[Finding]:
        yield from self._care_rooms(ctx)
        for match in self.find(ctx):
            evidence = ctx.text[match.start : match.end]
            masked = mask_address(evidence)
            premises = match.premises
            yield self.personal_finding(
                ctx,
                (match.start, match.end),
                masked,
                rule=f"pii.postal_address.{match.lang}" + (".premises" if premises else ""),
                score=(0.95 if match.has_postcode else 0.85) - (0.2 if premises else 0.0),
                severity=self.PREMISES_SEVERITY if premises else self.SEVERITY,
                premises_en=self.PREMISES_NOTE["en"] if premises else "",
                premises_fr=self.PREMISES_NOTE["fr"] if premises else "",
            )

    def find(self, ctx: Context) -> Iterator[AddressMatch]:
        if _DIGIT.search(ctx.text) is None:
            return  # both layouts need a digit: a house number (EN_BEFORE, FR_NUMBER) or a postcode
        norm = ctx.normalized
        hits = find_words(norm, self._words)
        if not hits:
            return
        text = ctx.text
        last_end = -1
        for hit in hits:
            if hit.start < last_end:
                continue
            for kind in self._types[hit.word]:
                if kind.lang == "fr":
                    found = self._french(text, hit.start, hit.end, kind)
                else:
                    found = self._english(text, hit.start, hit.end, kind)
                if found is None:
                    continue
                start, end, postcode = found
                last_end = end
                fs = self._folded_index(norm.index, start)
                if self._own_premises(norm.folded, fs) or self._is_published(text[start:end]):
                    break  # the organisation's own published address
                premises = self.PREMISES.search(norm.folded, max(0, fs - 60), fs) is not None
                yield AddressMatch(start, end, kind.lang, postcode, premises)
                break

    def _is_published(self, evidence: str) -> bool:
        """The address is one of the profile's published addresses (or a part of one)."""
        if not self._published:
            return False
        found = fold_phrase(evidence)
        return any(found in a or a in found for a in self._published)

    def _own_premises(self, folded: str, start: int) -> bool:
        """The organisation's name, or words of its own premises, just before the address; not
        when a word of residence stands between them ("le DRH de Lumio habite 8 allée…")."""
        own = self.OWN_PREMISES.search(folded, max(0, start - 60), start)
        if own is not None:
            # round 10 (blind 8): a person named between the premises and the address is whose
            # address it is ("left at our Bordeaux pop-up: Mr. T. Okafor, 7 Cours…")
            return self.PERSON_TITLE.search(folded, own.end(), start) is None
        # "Notre agence de Bordeaux déménage ! Nouvelle adresse : 45 cours…": the new address
        # of premises the post named a sentence earlier
        new = self.NEW_ADDRESS.search(folded, max(0, start - 60), start)
        if new is not None:
            own = self.OWN_PREMISES.search(folded, max(0, start - 160), new.start())
            if own is not None and self.RESIDENCE.search(folded, own.end(), new.start()) is None:
                return True
        if self._own_names is None:
            return False
        name = self._own_names.search(folded, max(0, start - 40), start)
        if name is None or self.RESIDENCE.search(folded, name.end(), start) is not None:
            return False
        # "Lumio SA, Service client, 12 quai…", not "mes lampes Lumio pour faire croire qu'on
        # est là, 5 impasse…": a label or two between the name and the address, not a sentence
        return len(self._WORD.findall(folded, name.end(), start)) <= self.OWN_NAME_WORDS

    #: at most this many words between the organisation's name and its address
    OWN_NAME_WORDS = 4
    _WORD = re.compile(r"[^\W\d_][\w'’\-]*")

    #: a word of residence between a brand name and an address: a person's home, not premises
    RESIDENCE = re.compile(
        r"\b(?:habit\w*|vit|vivent|lives?|living|resid\w*|domicil\w*|chez (?:lui|elle|eux)|"
        r"home|moved into|emmenag\w*|demenag\w*)\b"
    )

    #: round 12 (precision, blind10): a "street" named by one letter, with or without a number
    #: ("Hall 5, allée B", "stand 12, allée C4") is an aisle of a hall or a show, not an address
    AISLE = re.compile(r" {1,2}[A-Z]\d{0,3}")

    @staticmethod
    def _folded_index(index: list[int] | None, original: int) -> int:
        return original if index is None else bisect_left(index, original)

    # -- French ----------------------------------------------------------------------------------

    def _french(
        self, text: str, s: int, e: int, kind: StreetType
    ) -> tuple[int, int, bool] | None:
        if kind.abbreviation and text[e : e + 1] == ".":
            e += 1
        number = self.FR_NUMBER.search(text, max(0, s - 16), s)
        name_end, capitalised, particle = self._street_name(text, e, kind.strong)
        if name_end is None:
            return None
        end, postcode = self._french_tail(text, name_end)
        if not postcode:
            if number is None:
                return None
            if self.AISLE.fullmatch(text, e, name_end):
                return None  # round 12: "Hall 5, allée B", "allée C12": a row of a hall
            if not kind.strong and not capitalised:
                return None
            if not capitalised and not particle:
                return None
        start = number.start() if number is not None else s
        return start, end, postcode

    def _street_name(self, text: str, pos: int, strong: bool) -> tuple[int | None, bool, bool]:
        """End of the street name after ``pos``; whether it has a capitalised word; whether it
        starts with a particle."""
        end: int | None = None
        capitalised = False
        first_particle = False
        content = False
        for count in range(7):
            m = self.NAME_WORD.match(text, pos)
            if m is None:
                break
            word = m.group(1)
            low = word.lower()
            if len(word) == 5 and word.isdigit():
                break  # the postcode
            if low in self.STOP_WORDS:
                break
            elided = low[:2] in ("l'", "d'", "l’", "d’")  # l'Église, d'Alsace
            bare = low[2:] if elided else low
            is_particle = low in self.PARTICLES or (elided and not bare)
            upper = _capitalised(word[2:] if elided else word)
            # lower-case words only in an all-lower-case name of a plain street type:
            # "12 rue des lilas", not "5 Rue Mercière stays empty"
            lower_ok = strong and word.isalpha() and not capitalised
            if not (is_particle or upper or word[0].isdigit() or lower_ok):
                break
            if count == 0:
                first_particle = is_particle or elided
            pos = m.end()
            if not is_particle:
                content = True
                capitalised = capitalised or upper
                end = pos
        if not content:
            return None, False, False
        return end, capitalised, first_particle

    def _french_tail(self, text: str, pos: int) -> tuple[int, bool]:
        m = self.FR_POSTCODE.match(text, pos)
        if m is None:
            return pos, False
        end = m.end()
        city_end = end
        for _ in range(4):
            w = self.CITY_WORD.match(text, city_end)
            if w is None:
                break
            word = w.group(1)
            if word.lower() in self.STOP_WORDS or not (_capitalised(word) or city_end == end):
                break
            city_end = w.end()
        if city_end == end:
            return pos, False  # five digits with no city: not a postcode
        return city_end, True

    # -- English ---------------------------------------------------------------------------------

    def _english(
        self, text: str, s: int, e: int, kind: StreetType
    ) -> tuple[int, int, bool] | None:
        if not text[s].isupper():
            return None
        before = self.EN_BEFORE.search(text, max(0, s - 100), s)
        if before is None:
            return None
        end = e + 1 if kind.abbreviation and text[e : e + 1] == "." else e
        direction = self.EN_DIRECTION.match(text, end)
        if direction:
            end = direction.end()
        unit = self.EN_UNIT.match(text, end)
        if unit:
            end = unit.end()
        after_city = end
        city = self.EN_CITY.match(text, end)
        if city:
            after_city = city.end()
        postal = self.EN_POSTAL.match(text, after_city)
        if postal is None and city is not None:
            # "London SW1A 2AA": the postcode may be read as part of the city
            postal = self._postcode_in_city(text, city.start(), city.end())
        if postal is not None:
            end = postal.end()
        elif not kind.strong and direction is None:
            # "on its way to your flat at 22 Alder Court, Leeds": a word suffix ("Court",
            # "Close") counts with a city after it and a word of home just before
            if city is None or self.EN_HOME_CUE.search(text, max(0, s - 70), s) is None:
                return None
            end = city.end()
        elif city is not None and kind.strong:
            end = city.end()
        return before.start(), end, postal is not None

    def _postcode_in_city(self, text: str, start: int, end: int) -> re.Match[str] | None:
        for i in range(end - 1, start, -1):
            if text[i] == " ":
                m = self.EN_POSTAL.match(text, i)
                if m is not None:
                    return m
        return None


def _capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def mask_address(evidence: str) -> str:
    """Keep the street type, the particles and the city; hide the number and the street name.

    ``12 rue des Lilas, 69003 Lyon`` -> ``** rue des L****, 69*** Lyon``: enough for a reviewer
    to recognise an address without spreading it.
    """
    out: list[str] = []
    after_postcode = False
    for token in _TOKENS.split(evidence):
        if not token.strip(" ,\t\n") or after_postcode:
            out.append(token)
        elif token.isdigit() and len(token) == 5 and out:
            out.append(token[:2] + "***")
            after_postcode = True
        elif any(ch.isdigit() for ch in token):
            out.append("*" * len(token))
        elif token.lower().rstrip(".") in _KEEP or token.rstrip(".") in PostalAddress.STREET_TYPES:
            out.append(token)
        else:
            out.append(token[0] + "*" * (len(token) - 1))
    return "".join(out)


#: any decimal digit, as ``\d`` reads them in the patterns of both layouts
_DIGIT = re.compile(r"\d")
_TOKENS = re.compile(r"(\s+|,)")
#: kept as written in masked excerpts: street types (with and without accents) and particles
_KEEP = (
    frozenset(k.lower() for k in PostalAddress.STREET_TYPES)
    | frozenset(("allée", "montée", "chaussée", "cité", "résidence"))
    | PostalAddress.PARTICLES
)
