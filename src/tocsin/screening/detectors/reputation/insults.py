"""Insults and contempt toward customers or groups of people, and slurs.

Rules ``insults.*`` of ``lexicons/reputation.toml``: insulting predicates ("sont des idiots",
"are morons") next to customers or a group of people, set phrases ("ces abrutis de clients",
"go back to your country"), put-downs without a swear word ("RTFM", "ok boomer", "read the
manual, it's not rocket science", "si vous savez pas brancher une lampe…"), laughing at a
customer's story ("lmao this guy wants a refund") and slurs. Outbound, a finding is
``reputation.insult``; inbound, ``community.insult`` (moderation of the organisation's spaces).

The phrase matcher does not see emoji, so a mocking emoji (🤡 🙄 🤦) next to a customer
("this guy", "le client", "boomer"…, the targets of rule ``insults.derision``) is found here, in
outbound posts only: "Le client veut un remboursement pour une ampoule pas vissée 🤡".

Rules ``insults.tone_deaf`` and ``insults.silver_lining`` are of kind ``reputation.tone_deaf``:
a tragedy next to a sales pitch, a joke about the customers' trouble.

Name-calling (rule ``insults.name_calling``: "bande de clowns", "you absolute muppets") next to
one of the profile's competitors ("Brillix, ce sont des escrocs") is left to the competition
family's ``competitor_disparagement``: it is disparagement of a rival, not contempt for people.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ....models import Category, Direction, Finding
from ....profile import Profile
from ...lexicon import Gate
from ...matching import SpanIndex, match_index
from ..base import Context
from .moderation import ModeratedRules
from .rivals import RivalFilter


class Insults(ModeratedRules):
    name = "insults"
    version = "1.0"
    categories = (Category.REPUTATION, Category.COMMUNITY_MANAGEMENT)
    description = (
        "Insults and contempt toward customers or groups of people, and slurs "
        "(reputation outbound, community moderation inbound)."
    )

    #: emoji that mock when they follow a customer's story
    MOCKING_EMOJI = ("🤡", "🙄", "🤦")
    #: the rule whose targets (its context phrases) the emoji must be near
    EMOJI_RULE = "insults.derision"
    #: original characters between the target and the emoji
    EMOJI_WINDOW = 80
    #: the rule whose findings next to a competitor are the competition family's, and how near
    RIVAL_RULE = "reputation.insults.name_calling"
    RIVAL_WINDOW = 60

    INBOUND_KINDS = {"reputation.insult": "community.insult"}
    INBOUND_EXPLANATIONS = {
        "community.insult": {
            "en": (
                "Insult or contempt in a post received from the public (“{found}”): it hurts "
                "the people it targets and the climate of your spaces. Moderate it as your "
                "community charter says (hide, warn or block the author); report it if it is "
                "hate speech."
            ),
            "fr": (
                "Insulte ou mépris dans un message reçu du public (« {found} ») : il blesse les "
                "personnes visées et dégrade le climat de vos espaces. Modérez-le comme le "
                "prévoit votre charte (masquer, avertir ou bloquer l'auteur) ; signalez-le s'il "
                "s'agit d'un discours de haine."
            ),
        }
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._emoji_rule = next((r for r in self.rules if r.id == self.EMOJI_RULE), None)
        self._rivals = RivalFilter(profile, (self.RIVAL_RULE,), self.RIVAL_WINDOW)

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        # the moderated rules' own (defined again here with :meth:`gate`, which the engine
        # reads in the class that defines ``analyze``; see tocsin.screening.lexicon.required_gate)
        return super().analyze(ctx)

    def gate(self) -> Gate:
        """Nothing without a phrase of the rules or a mocking emoji: :meth:`detect` finds
        nothing else, and the moderated rules add findings only to those."""
        return Gate((self._phrases,), self.MOCKING_EMOJI)

    def detect(self, ctx: Context) -> Iterable[Finding]:
        found = self._rivals.drop(ctx, super().detect(ctx))
        text = ctx.post.text
        # the three emoji of MOCKING_EMOJI, tested one by one: the fastest test on a clean post
        if "🤡" not in text and "🙄" not in text and "🤦" not in text:
            return found
        if self._emoji_rule is None or ctx.post.direction is not Direction.OUTBOUND:
            return found
        return [*found, *self._mocking_emoji(ctx)]

    def _mocking_emoji(self, ctx: Context) -> Iterator[Finding]:
        rule = self._emoji_rule
        assert rule is not None
        norm = ctx.normalized
        targets = [m for m in self._context.find_all(norm) if m.payload is rule]
        if not targets:
            return
        near_target = SpanIndex((m.start, m.end, m) for m in targets)
        unless = match_index(m for m in self._unless.find_all(norm) if m.payload is rule)
        text = ctx.text
        for emoji in self.MOCKING_EMOJI:
            at = text.find(emoji)
            while at != -1:
                end = at + len(emoji)
                target = near_target.nearest(at, end, self.EMOJI_WINDOW)
                if target is not None and not unless.has_near(
                    target.fstart, target.fend, rule.window
                ):
                    start, stop = min(target.start, at), max(target.end, end)
                    yield self.rule_finding(
                        ctx, rule, (start, stop), how="emoji", matched=emoji, found=text[start:stop]
                    )
                    return  # one finding is enough: the post is to be rewritten
                at = text.find(emoji, end)
