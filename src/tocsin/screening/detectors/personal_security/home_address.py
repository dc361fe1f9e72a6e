"""Home addresses of people: a street address right after a word of residence.

"Elle habite au 12 rue des Lilas", "he lives at 221B Baker Street", "son adresse perso : 3 allée
des Pins", "livraison pour Mme Odile Perrin, 3 allée des Acacias", "I'm at 88 Harbour Street".
The street address alone (a shop, an office, an event venue) is not a home; postal addresses in
general are personal data found by the PII family (``data_leak``): a home address is both, as
the design says. High outbound; inbound (a customer posting their own address) medium, high for
the profile's people (see :mod:`.exposure`). The number and the street name are masked in the
excerpt.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from ....models import Category, Finding, Severity
from ....profile import Profile
from ...matching import PhraseMatcher
from ..base import Context
from .exposure import ExposureRules


class HomeAddress(ExposureRules):
    name = "home_address"
    version = "1.0"
    categories = (Category.PERSONAL_SECURITY,)
    description = "Home addresses of people: a street address after a word of residence."

    KIND = "whereabouts.home_address"
    #: words of residence; a street address must follow within a few words
    RESIDENCE = (
        "habite", "habitent", "habitait", "habitons", "vit", "vivent", "demeure", "réside",
        "résident", "domicilié", "domiciliée", "domicile", "lives", "lived", "living", "resides",
        "home address", "adresse perso", "adresse personnelle", "son adresse", "her address",
        "his address", "their address", "my address", "mon adresse", "chez elle", "chez lui",
        "chez eux", "chez moi", "chez nous", "home is", "i'm at", "i am at", "i live at",
    )
    #: words that introduce a person, then their address: counted only when a name in
    #: capitals (or the number) follows ("le client Paul Garnier, 14 rue…", not "le client
    #: peut venir au 12 quai…")
    ADDRESSEE = (
        "livraison pour", "livraison chez", "livrer chez", "livrer à", "parcel for",
        "package for", "deliver to", "delivery to", "colis pour", "le client", "la cliente",
        "customer", "mr", "mrs", "ms", "miss", "mme", "monsieur", "madame",
    )
    NAME_OR_NUMBER = re.compile(r"[\s,:]{1,3}(?:[A-ZÀ-Ý]|\d)")
    #: a customer posting their own address in public is kept too (medium): hide it
    INBOUND_FOR_ANYONE = True
    #: after the residence word: at most four short words, then a street address in the French
    #: order (number, street type, name: "12 rue des Lilas") or the English one (number, name,
    #: street type: "221B Baker Street")
    ADDRESS = re.compile(
        r"(?:[\s,:;'.-]{1,3}(?:[a-z']{1,12}|flat \d{1,4}|apt \d{1,4})){0,4}?[\s,:;'-]{1,3}"
        r"(?P<number>\d{1,4}(?:\s?(?:bis|ter|[a-d]))?),?\s{1,3}(?:"
        r"(?P<type>rue|avenue|av|bd|boulevard|allee|impasse|chemin|place|quai|cours|route|square|"
        r"passage|villa|lotissement|residence)\.?(?P<name>(?:\s{1,3}[a-z'\-]{1,20}){1,4})"
        r"|(?P<en_name>(?:[a-z'\-]{1,20}\s{1,3}){1,3})(?P<en_type>street|st|road|rd|lane|ln|"
        r"drive|dr|way|court|ct|close|terrace|crescent|avenue|ave|place|pl|boulevard|blvd)\b\.?)"
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
            [(w, "residence") for w in self.RESIDENCE] + [(w, "addressee") for w in self.ADDRESSEE]
        )

    def detect(self, ctx: Context) -> Iterable[Finding]:
        yield from super().detect(ctx)
        norm = ctx.normalized
        cues = self._residence.find_all(norm)
        if not cues or not any(c.isdigit() for c in norm.folded):
            return
        for cue in cues:
            if cue.payload == "addressee" and not self.NAME_OR_NUMBER.match(ctx.text, cue.end):
                continue
            at = cue.end if norm.index is None else bisect_left(norm.index, cue.end)
            m = self.ADDRESS.match(norm.folded, at)
            if m is None:
                continue
            start, end = cue.start, norm.to_original(at, m.end())[1]
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
            yield self.finding(
                ctx,
                category=Category.PERSONAL_SECURITY,
                kind=self.KIND,
                severity=Severity.HIGH,
                span=(start, end),
                excerpt=masked,
                rule="personal_security.home_address.street",
                matched=masked,
                score=0.85,
                masked=masked,
            )
