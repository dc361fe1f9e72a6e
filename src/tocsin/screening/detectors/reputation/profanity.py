"""Profanity in French and English, also written in leetspeak ("m3rde", "sh1t") or masked ("f*ck").

Three passes over the folded text (see :mod:`tocsin.screening.normalize`, which already undoes
case, accents, lookalike letters, invisible characters and spaced-out letters):

1. the lexicon's phrases, whole words ("Scunthorpe", "shiitake" and "salopette" are not hits);
2. when a word mixes letters with the digits or signs of leetspeak, the same phrases on a copy
   where ``0 1 3 4 5 7 @ $`` read ``o i e a s t a s`` (same length, so spans stay exact);
3. when the post has a ``*``, ``#``, ``!`` or ``%`` inside or at the end of a word, the masked
   word ("f*ck", "p*tain", "a**hole", "f***") is compared with the lexicon's single words, each
   run of masks standing for as many letters or one more.

Outbound, a finding is ``reputation.profanity``; inbound, ``community.profanity`` (moderation).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ....models import Finding
from ....profile import Profile
from ...lexicon import Rule
from ...normalize import NormalizedText
from ..base import Context
from .moderation import ModeratedRules


class Profanity(ModeratedRules):
    name = "profanity"
    version = "1.0"
    categories = ()  # set below: reputation outbound, community_management inbound
    description = (
        "Swear words in French and English, including leetspeak and masked spellings "
        "(reputation outbound, community moderation inbound)."
    )

    #: leetspeak digits and signs, read as the letters they stand for (length-preserving)
    LEET = str.maketrans("013457@$", "oieastas")
    #: a word that mixes letters with leetspeak digits or signs ("m3rde", "sh1t", "$hit", "5hit")
    LEET_WORD = re.compile(r"[a-z][013457@$]{1,3}[a-z]|(?<![a-z0-9])[$5][a-z]{2}")
    #: letters, then a run of masks, then letters or nothing ("f*ck", "a**hole", "f***", "sh!t")
    MASKED = re.compile(r"(?<![\w*#])([a-z]{1,8})([*#!%]{1,4})([a-z]{0,10})(?![\w*#])")
    MASKS = "*#!%"
    #: masks that may end a word ("f***"); '!' and '%' end sentences and numbers instead
    TRAILING_MASKS = "*#"
    MIN_MASKED_WORD = 4

    INBOUND_KINDS = {"reputation.profanity": "community.profanity"}
    INBOUND_EXPLANATIONS = {
        "community.profanity": {
            "en": (
                "Profanity in a post received from the public (“{found}”): moderate it as your "
                "community charter says (hide, warn the author), and answer calmly if a "
                "customer is venting."
            ),
            "fr": (
                "Grossièreté dans un message reçu du public (« {found} ») : modérez-le comme le "
                "prévoit votre charte (masquer, avertir l'auteur), et répondez calmement si un "
                "client exprime son mécontentement."
            ),
        }
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        #: single words a masked spelling may stand for, with their rule
        self.maskable: tuple[tuple[str, Rule], ...] = tuple(
            (word, rule)
            for rule in self.rules
            if not rule.context and not rule.unless
            for word in (_folded_word(p) for p in rule.phrases)
            if word and len(word) >= self.MIN_MASKED_WORD
        )

    def detect(self, ctx: Context) -> Iterable[Finding]:
        found = list(super().detect(ctx))
        folded = ctx.normalized.folded
        if self.LEET_WORD.search(folded):
            seen = {(f.start, f.end) for f in found}
            found.extend(f for f in self._leet(ctx) if (f.start, f.end) not in seen)
        if any(mask in folded for mask in self.MASKS):
            found.extend(self._masked(ctx))
        return found

    def _leet(self, ctx: Context) -> Iterator[Finding]:
        norm = ctx.normalized
        decoded = NormalizedText(norm.original, norm.folded.translate(self.LEET), norm.index)
        leet_ctx = Context(
            post=ctx.post,
            language=ctx.language,
            explain_lang=ctx.explain_lang,
            profile=ctx.profile,
            _normalized=decoded,
        )
        yield from super().detect(leet_ctx)

    def _masked(self, ctx: Context) -> Iterator[Finding]:
        norm = ctx.normalized
        for m in self.MASKED.finditer(norm.folded):
            head, masks, tail = m.groups()
            if not tail and any(c not in self.TRAILING_MASKS for c in masks):
                continue
            match = self._unmask(head, len(masks), tail)
            if match is None:
                continue
            word, rule = match
            start, end = norm.to_original(m.start(), m.end())
            found = ctx.text[start:end]
            yield self.finding(
                ctx,
                category=rule.category,
                kind=rule.kind,
                severity=rule.severity,
                span=(start, end),
                excerpt=found,
                rule=f"{self.LEXICON}.{rule.id}",
                matched=word,
                score=rule.score * 0.9,
                templates=rule.explanation,
                found=found,
            )

    def _unmask(self, head: str, masked: int, tail: str) -> tuple[str, Rule] | None:
        """The listed word that ``head`` + ``masked`` hidden letters + ``tail`` may spell."""
        for word, rule in self.maskable:
            hidden = len(word) - len(head) - len(tail)
            if (
                masked <= hidden <= masked + 1
                and word.startswith(head)
                and word.endswith(tail)
            ):
                return word, rule
        return None


def _folded_word(phrase: str) -> str:
    """The folded single word of a phrase, or '' for several words or a '*' prefix."""
    from ...matching import fold_phrase

    if phrase.endswith("*"):
        return ""
    folded = fold_phrase(phrase)
    return "" if " " in folded else folded
