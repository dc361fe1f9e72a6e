"""What the personal security detectors share: their lexicon and the profile's people.

A whereabouts, travel or family finding is ``medium`` for anyone and ``high`` when one of the
profile's people (``[[people]]``: executives and exposed employees) is concerned: named within
``PERSON_WINDOW`` characters (full name, last name, first name written with a capital, handle,
role such as "notre CEO"), or the author of the post. Inbound posts are kept only in that case:
someone writing "I'm at the airport" to the brand is not the organisation's risk, someone
publishing where its CEO sleeps is. A detector may keep inbound findings about anyone
(``INBOUND_FOR_ANYONE``, at medium: a customer posting their home address, their empty home or
their child's school publicly) or report
some kinds only for the profile's people (``PERSON_ONLY_KINDS``) and, in outbound posts, for the
organisation's staff named by their job within ``PERSON_WINDOW`` characters ("notre comptable",
"the boss", "our intern": ``STAFF``), at medium.

Each detector owns the rules of ``lexicons/personal_security.toml`` whose id starts with its
name, and may add findings of its own (patterns in code) by overriding :meth:`detect`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import ClassVar

from ....models import Direction, Finding, Severity
from ....profile import Person, Profile
from ...lexicon import LexiconDetector
from ...matching import PhraseMatcher, SpanIndex, fold_phrase
from ..base import Context


class ExposureRules(LexiconDetector):
    """Personal security rules, escalated when one of the profile's people is concerned."""

    LEXICON = "personal_security"
    #: original characters between the finding and the person's name
    PERSON_WINDOW: ClassVar[int] = 120
    #: the same role under other names, so that a profile role is found in both languages
    ROLE_SYNONYMS: ClassVar[dict[str, tuple[str, ...]]] = {
        # round 10: a founder-run company's CEO is called its founder too ("Lumio's founder")
        "ceo": (
            "pdg", "dg", "directeur général", "directrice générale", "chief executive", "founder",
            "co-founder", "cofounder", "fondatrice", "fondateur", "cofondatrice", "cofondateur",
        ),
        "pdg": (
            "ceo", "dg", "directeur général", "directrice générale", "founder", "fondatrice",
            "fondateur",
        ),
        "cfo": ("daf", "directeur financier", "directrice financière"),
        "daf": ("cfo", "directeur financier", "directrice financière"),
        "cto": ("directeur technique", "directrice technique"),
        "drh": ("hr director", "chro"),
    }
    #: kinds reported only when one of the profile's people is concerned (or, outbound, staff)
    PERSON_ONLY_KINDS: ClassVar[frozenset[str]] = frozenset()
    #: members of the organisation's staff named by their job, not by name
    STAFF: ClassVar[tuple[str, ...]] = (
        "le patron", "la patronne", "notre patron", "notre patronne", "mon patron",
        "ma patronne", "le boss", "la boss", "the boss", "our boss", "my boss", "le gérant",
        "la gérante", "notre gérant", "notre gérante", "the manager", "our manager",
        "the store manager", "our store manager", "notre manager", "la manager", "le manager",
        "le comptable", "la comptable", "notre comptable", "the accountant", "our accountant",
        "le stagiaire", "la stagiaire", "notre stagiaire", "our intern", "the intern",
        "notre assistante", "notre assistant", "our assistant", "notre directeur",
        "notre directrice", "our director", "notre fondateur", "notre fondatrice",
        "our founder", "our co-founder", "our cofounder", "notre cofondateur",
        "notre cofondatrice", "notre ceo", "notre pdg", "notre dg", "our ceo", "our cfo",
        "our cto", "notre daf", "notre drh", "notre caissière", "notre caissier", "our cashier",
        "the cashier", "notre vendeuse", "notre vendeur", "notre réceptionniste",
        "our receptionist", "the receptionist", "le gardien", "la gardienne", "notre gardien",
        "the night guard", "our night guard", "the security guard", "notre agent de sécurité",
        "notre collègue", "ma collègue", "mon collègue", "our colleague", "my colleague",
        "notre commercial", "notre commerciale", "our sales rep", "notre technicien",
        "notre technicienne", "our technician", "notre responsable", "our head of",
        "la big boss", "le big boss", "the big boss", "big boss", "la cheffe", "notre cheffe",
        "ma cheffe", "mon chef", "my manager", "ma manager", "mon manager", "ma tutrice",
        "mon tuteur", "my mentor", "notre directrice commerciale", "notre directeur commercial",
        "our sales director", "our hr director", "notre directeur financier",
        "notre directrice financière", "our coo", "notre dsi",
    )
    #: keep inbound findings about anyone (at medium), not only about the profile's people
    INBOUND_FOR_ANYONE: ClassVar[bool] = False
    #: round 12: rules whose inbound findings are kept about anyone (at medium) all the same
    INBOUND_RULES: ClassVar[frozenset[str]] = frozenset()
    PERSON_NOTE: ClassVar[dict[str, str]] = {
        "en": "About {who}, one of the exposed people of the profile: severity raised. ",
        "fr": "Concerne {who}, personne exposée inscrite au profil : gravité relevée. ",
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._people: PhraseMatcher[tuple[Person, bool]] = PhraseMatcher(
            (term, (person, capital))
            for person in profile.people
            for term, capital in self.person_terms(person)
        )
        self._staff: PhraseMatcher[str] = PhraseMatcher(
            ((w, "staff") for w in self.STAFF), on_demand=True
        )
        self._handles = {
            handle: person
            for person in profile.people
            for handles in person.handles.values()
            for handle in handles
        }

    RULES_BY_NAME = True

    @classmethod
    def person_terms(cls, person: Person) -> Iterator[tuple[str, bool]]:
        """How a person may be named; True when the term counts only with a capital letter."""
        words = person.name.split()
        yield person.name, False
        if len(words) > 1:
            if len(words[-1]) >= 3:
                yield words[-1], False
            if len(words[0]) >= 3:
                yield words[0], True  # "Claire" is a name, "claire" an adjective
        role = fold_phrase(person.role)
        if role:
            for name in (role, *cls.ROLE_SYNONYMS.get(role, ())):
                yield name, False
        for handles in person.handles.values():
            for handle in handles:
                yield handle, False

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        found = list(self.detect(ctx))
        if not found:
            return
        author = self._handles.get((ctx.post.author or "").strip().lstrip("@").lower())
        people = SpanIndex(self._people_in(ctx) if self._people else [])
        outbound = ctx.post.direction is Direction.OUTBOUND
        staff: SpanIndex[str] | None = None
        for f in found:
            person = author or self._concerned(people, f)
            if person is not None:
                yield self._escalate(ctx, f, person)
            elif f.kind in self.PERSON_ONLY_KINDS:
                if outbound and f.start is not None and f.end is not None:
                    if staff is None:
                        staff = self.staff_in(ctx)
                    if staff.has_near(f.start, f.end, self.PERSON_WINDOW):
                        yield f
                continue
            elif outbound:
                yield f
            elif self.INBOUND_FOR_ANYONE or f.rule in self.INBOUND_RULES:
                yield replace(f, severity=Severity.MEDIUM)

    def detect(self, ctx: Context) -> Iterable[Finding]:
        """The findings for anyone, before the profile's people are considered."""
        return super().analyze(ctx)

    def staff_in(self, ctx: Context) -> SpanIndex[str]:
        """Where the post names a member of the staff by their job (original text spans)."""
        return SpanIndex((m.start, m.end, m.phrase) for m in self._staff.find(ctx.normalized))

    def _people_in(self, ctx: Context) -> list[tuple[int, int, Person]]:
        out = []
        for m in self._people.find(ctx.normalized):
            person, capital = m.payload
            if capital and not ctx.text[m.start : m.start + 1].isupper():
                continue
            out.append((m.start, m.end, person))
        return out

    def _concerned(self, people: SpanIndex[Person], f: Finding) -> Person | None:
        if f.start is None or f.end is None:  # a post-level finding: anyone in the post
            return people.nearest(0, 0, 1 << 62)
        return people.nearest(f.start, f.end, self.PERSON_WINDOW)

    def _escalate(self, ctx: Context, f: Finding, person: Person) -> Finding:
        who = f"{person.name}, {person.role}" if person.role else person.name
        note = self.PERSON_NOTE.get(ctx.explain_lang, self.PERSON_NOTE["en"]).format(who=who)
        severity = f.severity if f.severity.rank >= Severity.HIGH.rank else Severity.HIGH
        return replace(
            f, severity=severity, explanation=note + f.explanation, score=min(1.0, f.score + 0.1)
        )

