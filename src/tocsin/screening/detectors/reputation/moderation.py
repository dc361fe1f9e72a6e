"""Insults and profanity in inbound posts: a community moderation matter, not the brand's voice.

The same words mean two different risks by direction. In a draft of the organisation they are a
``reputation`` risk (``reputation.profanity``); in a post received from the public they are a
``community_management`` one (``community.profanity``): the post is moderated, not rewritten.

A post received that swears at or insults the organisation itself ("Lumio bande d'escrocs de
m3rde", "@lumio u absolute clowns") is also a public complaint: one more finding,
``reputation.complaint`` (low), says so, when the post names one of the profile's brands or
speaks to it ("vous", "your") and does not praise ("putain que la lampe est belle"). Swearing
next to a competitor's name ("Brillix c'est de la m€rde") is about the competitor: no complaint.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import ClassVar

from ....models import Category, Direction, Finding, Severity
from ....profile import Profile
from ...matching import PhraseMatcher
from ..base import Context
from .rivals import RivalFilter
from .rules import ReputationRules


class ModeratedRules(ReputationRules):
    """Reputation rules whose inbound findings become community moderation findings."""

    #: outbound kind -> inbound kind (category ``community_management``)
    INBOUND_KINDS: ClassVar[Mapping[str, str]] = {}
    #: explanation templates of each inbound kind, per language (``{found}`` is the evidence)
    INBOUND_EXPLANATIONS: ClassVar[Mapping[str, Mapping[str, str]]] = {}

    #: words that speak to the organisation in a post received (its brands are added from the
    #: profile): with them, swearing or an insult is a complaint to the organisation
    ADDRESS = (
        "vous", "vos", "votre", "vs", "vot", "you", "your", "yours", "u", "ur", "you're", "youre",
    )
    #: praise: the swear word is enthusiasm ("putain que la lampe est belle"), not a complaint
    PRAISE = (
        "love", "loving", "adore", "j'adore", "great", "awesome", "amazing", "génial", "géniale",
        "magnifique", "superbe", "belle", "merci", "thanks", "thank you", "bravo", "congrats",
        "incroyable", "parfait", "parfaite", "perfect", "best lamp", "meilleure lampe",
    )
    #: round 9: the swearing is aimed elsewhere, said in so many words: the author's own
    #: mistake ("ma faute", "my bad") or the organisation cleared ("not your fault")
    NOT_AIMED = (
        "ma faute", "my fault", "my bad", "my own fault", "not your fault", "pas votre faute",
        "rien à voir avec vous", "nothing to do with you",
        # round 10, second pass (train-l): the organisation cleared in other words ("c'est
        # sûrement ma box, pas vous", "not on you"), the product found easy or fine
        "pas vous", "not you", "not on you", "pas de votre faute", "c'est sûrement moi",
        "probably me", "the easy bit", "the easy part", "le plus facile", "lamp was fine",
        "lamp fine", "la lampe va bien", "lampe intacte",
        # round 19: the writer's own blunder
        "j'ai fait une connerie", "my own stupid", "ma faute totale",
    )
    #: round 19: the inbound kinds left out when the swearing is not aimed at anyone of ours
    #: (:meth:`_cleared`): a swear word is moderated for the insult it carries, and there is none
    #: (an insult, ``community.insult``, is always kept)
    CLEARED_KINDS: ClassVar[frozenset[str]] = frozenset({"community.profanity"})
    #: original characters between swearing and a competitor's name that make it about them
    RIVAL_WINDOW = 40
    COMPLAINT_KIND = "reputation.complaint"
    COMPLAINT_EXPLANATIONS: ClassVar[Mapping[str, str]] = {
        "en": (
            "Public complaint with insults or swearing (“{found}”): a customer vents at the "
            "organisation in public, where others read it. Moderate the words as your charter "
            "says, but answer the complaint behind them quickly and publicly, then follow up in "
            "private."
        ),
        "fr": (
            "Réclamation publique avec insultes ou grossièretés (« {found} ») : un client "
            "s'en prend à l'organisation en public, sous les yeux des autres. Modérez les mots "
            "comme le prévoit votre charte, mais répondez vite et publiquement à la réclamation "
            "qu'ils portent, puis poursuivez en privé."
        ),
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        brands = (
            term
            for b in profile.brands
            for term in (
                b.name, *b.aliases, *b.domains, *(h for hs in b.handles.values() for h in hs)
            )
        )
        self._addressed: PhraseMatcher[str] = PhraseMatcher(
            ((w, w) for w in (*brands, *self.ADDRESS)), on_demand=True
        )
        self._praise: PhraseMatcher[str] = PhraseMatcher(
            ((w, w) for w in self.PRAISE), on_demand=True
        )
        self._not_aimed: PhraseMatcher[str] = PhraseMatcher(
            ((w, w) for w in self.NOT_AIMED), on_demand=True
        )
        self._rivals = RivalFilter(profile, (), self.RIVAL_WINDOW)

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        found = self.detect(ctx)
        if ctx.post.direction is Direction.OUTBOUND:
            yield from found
            return
        first: Finding | None = None
        cleared: bool | None = None
        for f in found:
            kind = self.INBOUND_KINDS.get(f.kind)
            if kind is None:
                continue
            if kind in self.CLEARED_KINDS:
                if cleared is None:
                    cleared = self._cleared(ctx)
                if cleared:
                    continue
            evidence = ctx.text[f.start : f.end] if f.start is not None else f.excerpt
            first = first or f
            yield replace(
                f,
                category=Category.COMMUNITY_MANAGEMENT,
                kind=kind,
                explanation=self.explain(
                    ctx.explain_lang, f.rule, self.INBOUND_EXPLANATIONS[kind], found=evidence
                ),
            )
        if first is not None and self._complains(ctx, first):
            yield self._complaint(ctx, first)

    def _cleared(self, ctx: Context) -> bool:
        """Round 19: the swearing is aimed at the writer's own mistake or day, or the organisation
        is cleared in so many words ("Merde, ma faute", "rien à voir avec vous"), or it is
        enthusiasm in a post that does not speak to us ("Tabarnak que la lampe est belle")."""
        norm = ctx.normalized
        if self._not_aimed.find_all(norm):
            return True
        return bool(self._praise.find_all(norm)) and not self._addressed.find_all(norm)

    def _complains(self, ctx: Context, first: Finding) -> bool:
        """True when the post received speaks to the organisation, does not praise it nor clear
        it, and the words are not about a competitor."""
        norm = ctx.normalized
        return (
            bool(self._addressed.find_all(norm))
            and not self._praise.find_all(norm)
            and not self._not_aimed.find_all(norm)
            and not self._rivals.near_rival(ctx, first)
        )

    def _complaint(self, ctx: Context, f: Finding) -> Finding:
        """The public complaint that an insult or swear word aimed at the organisation is."""
        span = (f.start, f.end) if f.start is not None and f.end is not None else None
        evidence = ctx.text[span[0] : span[1]] if span is not None else f.excerpt
        return self.finding(
            ctx,
            category=Category.REPUTATION,
            kind=self.COMPLAINT_KIND,
            severity=Severity.LOW,
            span=span,
            excerpt=f.excerpt,
            rule=f"{f.rule}.complaint",
            matched=f.matched,
            score=f.score * 0.9,
            templates=self.COMPLAINT_EXPLANATIONS,
            found=evidence,
        )

    def detect(self, ctx: Context) -> Iterable[Finding]:
        """The findings of the rules, whatever the direction (before the inbound mapping)."""
        return super().analyze(ctx)
