"""Disparaging or defamatory statements about the profile's competitors.

The profile's competitors (``[[competitors]]``: names, aliases, domains, handles) are compiled
into one automaton at start; a post that names none costs one pass of it and nothing more. The
negative words are the rules of ``lexicons/competition.toml``: accusations of fraud, theft,
danger or illegality ("arnaque", "voleurs", "prennent feu", "scam", "steal") are
``competition.defamation`` (high); running products down ("camelote", "nul", "junk", "worse")
is ``competition.disparagement`` (medium). A word counts only within ``WINDOW`` characters of a
competitor's name. The phrase matcher does not see emoji: a disparaging one (💩 🤮 👎 🗑️ 🤡)
within ``EMOJI_WINDOW`` characters of the name ("Brillix = 💩") is disparagement too, found here.
Neutral comparisons ("Brillix a aussi une lampe connectée"), sourced
benchmarks ("30 % plus économe que la Brillix X2 selon le test de ...") and praise are not
flagged. Without competitors in the profile the detector is off. Inbound posts too (a reply
on the organisation's page spreads it as well).

A competitor is also pointed at without its name: masked ("B…x", "B***x", "Br1llix", "Brilix"),
or veiled ("certains concurrents", "a certain competitor", "vous voyez qui", "which brand"; the
``veiled`` list of the lexicon). Those count as anchors too, so "certains concurrents
éclairent surtout les pompiers" is found like "Brillix éclaire surtout les pompiers".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from ....models import Category, Finding
from ....profile import Profile
from ...lexicon import AnchoredLexiconDetector, Rule, lexicon_data
from ...matching import PhraseMatch, SpanIndex
from ..base import Context


class CompetitorDisparagement(AnchoredLexiconDetector):
    name = "competitor_disparagement"
    version = "1.0"
    categories = (Category.COMPETITION,)
    directions = ("outbound", "inbound")
    description = "Defamation or disparagement of the profile's competitors."

    LEXICON = "competition"
    #: folded characters between the negative words and the competitor's name (a post of two
    #: sentences: the name in one, the put-down in the next)
    WINDOW = 120
    ANCHOR_FIELD = "competitor"
    #: emoji that run down what they follow or precede, and the rule they count for
    EMOJI = ("💩", "🤮", "🤢", "👎", "🗑", "🚮", "🤡", "🙄", "🙃", "💅", "💀")
    EMOJI_RULE = "disparagement"
    #: original characters between such an emoji and the competitor's name
    EMOJI_WINDOW = 25

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._emoji_rule: Rule | None = next(
            (r for r in self.rules if r.id == self.EMOJI_RULE), None
        )

    def anchor_terms(self, profile: Profile) -> Iterable[tuple[str, str]]:
        terms = profile.competitor_terms()
        if not terms:
            return terms
        masked = [(v, c.name) for c in profile.competitors for v in masked_names(c.name)]
        return [*terms, *masked, *((p, p) for p in veiled_references())]

    def more(self, ctx: Context, anchors: list[PhraseMatch[str]]) -> Iterable[Finding]:
        if self._emoji_rule is not None and any(e in ctx.text for e in self.EMOJI):
            yield from self._emoji(ctx, anchors, self._emoji_rule)

    def _emoji(
        self, ctx: Context, rivals: list[PhraseMatch[str]], rule: Rule
    ) -> Iterable[Finding]:
        """A disparaging emoji next to a competitor's name: one finding per competitor."""
        text = ctx.text
        by_original = SpanIndex((r.start, r.end, r) for r in rivals)
        done: set[str] = set()
        for emoji in self.EMOJI:
            at = text.find(emoji)
            while at != -1:
                end = at + len(emoji)
                rival = by_original.nearest(at, end, self.EMOJI_WINDOW)
                if rival is not None and rival.payload not in done:
                    done.add(rival.payload)
                    start, stop = min(at, rival.start), max(end, rival.end)
                    yield self.finding(
                        ctx,
                        category=rule.category,
                        kind=rule.kind,
                        severity=rule.severity,
                        span=(start, stop),
                        excerpt=text[start:stop],
                        rule=f"{self.LEXICON}.{rule.id}.emoji",
                        matched=emoji,
                        score=rule.score,
                        templates=rule.explanation,
                        found=emoji,
                        competitor=rival.payload,
                    )
                at = text.find(emoji, end)


def masked_names(name: str) -> Iterator[str]:
    """Spellings of a competitor's name that dodge a filter, as the matcher sees them.

    Punctuation is a space to the matcher: "B…x", "B***x" and "B-x" read "b x", "Br…x" reads
    "br x". Leetspeak ("Br1llix", "Br1ll1x") and a dropped double letter ("Brilix") are listed
    too. Only names of five letters or more: "B x" of a shorter name would be any two letters.
    Round 10: the name spaced out ("B r i l l i x"), its initial as a nickname ("the B-brand",
    "B-people", "la marque B") and hashtags built on it ("#NotBrillix", "#BrillixFail").
    """
    word = name.casefold()
    if len(word) < 5 or not word.isalpha():
        return
    single = "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1])
    variants = {
        f"{word[0]} {word[-1]}", f"{word[:2]} {word[-1]}", f"{word[0]} {word[-2:]}", single,
        word.replace("i", "1").replace("l", "1"),
    }
    for letter, digit in (("i", "1"), ("l", "1"), ("o", "0"), ("e", "3"), ("a", "4")):
        variants.add(word.replace(letter, digit))
        variants.update(
            word[:i] + digit + word[i + 1 :] for i, c in enumerate(word) if c == letter
        )
    # round 10: spaced out ("B r i l l i x"), the initial as a nickname ("the B-brand",
    # "certain B-people", "la marque B"), and hashtags built on the name ("#NotBrillix")
    variants.add(" ".join(word))
    variants.update(
        f"{word[0]} {noun}" for noun in ("brand", "brands", "people", "company", "word")
    )
    variants.update((f"marque {word[0]}", f"brand {word[0]}"))
    variants.update(f"{prefix}{word}" for prefix in ("not", "no", "pas", "jamais", "bye", "stop"))
    variants.update(f"{word}{suffix}" for suffix in ("fail", "fails", "gate"))
    variants.discard(word)
    yield from sorted(variants)


@cache
def veiled_references() -> tuple[str, ...]:
    """The lexicon's ways of pointing at a competitor without naming it (``veiled``)."""
    data = lexicon_data(CompetitorDisparagement.LEXICON)
    return tuple(data.get("veiled", {}).get("phrases", ()))
