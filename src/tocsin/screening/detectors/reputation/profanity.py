"""Profanity in French and English, also written in leetspeak ("m3rde", "sh1t") or masked ("f*ck").

Three passes over the folded text (see :mod:`tocsin.screening.normalize`, which already undoes
case, accents, lookalike letters, invisible characters and spaced-out letters):

1. the lexicon's phrases, whole words ("Scunthorpe", "shiitake" and "salopette" are not hits);
2. when a word mixes letters with the digits or signs of leetspeak, the same phrases on a copy
   where ``0 1 3 4 5 7 @ $ €`` read ``o i e a s t a s e`` (same length, so spans stay exact;
   "m€rde");
3. when the post has a ``*``, ``#``, ``!`` or ``%`` inside or at the end of a word, the masked
   word ("f*ck", "p*tain", "a**hole", "f***") is compared with the lexicon's single words, each
   run of masks standing for as many letters or one more.

Outbound, a finding is ``reputation.profanity``; inbound, ``community.profanity`` (moderation).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ....models import Category, Finding
from ....profile import Profile
from ...lexicon import NearRules, Rule
from ...matching import fold_phrase
from ...normalize import NormalizedText
from ..base import Context
from .moderation import ModeratedRules


class Profanity(ModeratedRules):
    name = "profanity"
    version = "1.0"
    categories = (Category.REPUTATION, Category.COMMUNITY_MANAGEMENT)
    description = (
        "Swear words in French and English, including leetspeak and masked spellings "
        "(reputation outbound, community moderation inbound)."
    )

    #: leetspeak digits and signs, read as the letters they stand for (length-preserving; see
    #: :func:`read_leet`, which applies it)
    LEET = str.maketrans("013457@$€", "oieastase")
    #: a word mixes letters and leetspeak when a run of these before a letter follows a letter
    #: ("m3rde", "sh1t", "b@tch", "a$$hole"), or starts the word with "$" or "5" ("$hit")
    LEET_RUN = re.compile(r"[013457@$€][013457@$€]{0,2}[a-z]")  # {1,3}: a class first is faster
    LEET_STARTS = "$5"
    MASKS = "*#!%"
    #: the visible letters before and after a run of masks
    HEAD = re.compile(r"(?<![\w*])[a-z]{1,8}\Z")
    TAIL = re.compile(r"[a-z]{0,10}(?![\w*#])")
    #: masks that may end a word ("f***"); '!' and '%' end sentences and numbers instead
    TRAILING_MASKS = "*#"
    #: a masked word shows at least this many letters, or one letter of a four-letter word
    MIN_VISIBLE = 2
    #: the cheap test before :meth:`_masked`: a mask right after a letter that starts a run
    #: :meth:`_may_mask_a_word` keeps (a "*" or "#", or masks then a letter: "f*ck", "f***");
    #: "Super!" and "#domotique" have none. Its letter is a ``\w`` that is no digit nor "_",
    #: which every ``str.isalpha`` character is. The mask first: ``re`` skips to the masks
    MASK_CANDIDATE = re.compile(r"[*#!%](?<=[^\W\d_].)(?:(?<=[*#])|[*#!%]{0,3}[a-z])")

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
        # What a masked spelling may hide: the lexicon's single words of four letters or more,
        # indexed by first letter and length; words listed with '*' ("fuck*") by first letter.
        self._words: dict[tuple[str, int], list[tuple[str, Rule]]] = {}
        self._stems: dict[str, list[tuple[str, Rule]]] = {}
        # A rule with an ``unless`` is kept: its exceptions are checked around the masked word.
        for rule in self.rules:
            if rule.context:
                continue
            for phrase in rule.phrases:
                word = fold_phrase(phrase.rstrip("*"))
                if " " in word or len(word) < 4:
                    continue
                if phrase.endswith("*"):
                    self._stems.setdefault(word[0], []).append((word, rule))
                else:
                    self._words.setdefault((word[0], len(word)), []).append((word, rule))
        # What a word read as leetspeak must be for the second pass to find a phrase the first
        # did not: a word of a phrase, or a word starting with a phrase's last word listed with
        # '*' (see :meth:`_leet_may_add`).
        phrase_words: set[str] = set()
        stems: set[str] = set()
        for rule in self.rules:
            for phrase in rule.phrases:
                words = fold_phrase(phrase.strip().rstrip("*")).split()
                phrase_words.update(words)
                if phrase.strip().endswith("*") and words:
                    stems.add(words[-1])
        self._leet_words = frozenset(phrase_words)
        self._leet_stems = frozenset(stems)
        self._leet_stem_sizes = tuple(sorted({len(s) for s in stems}))

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        norm = ctx.normalized
        if not self._phrases.found_in(norm) and _LEET_OR_MASK.search(norm.folded) is None:
            return ()  # most posts: no phrase, no leetspeak, no mask, nothing to moderate
        return super().analyze(ctx)

    def detect(self, ctx: Context) -> Iterable[Finding]:
        found = list(super().detect(ctx))
        norm = ctx.normalized
        folded = norm.folded
        if self._has_leet(folded) and (
            self._phrases.spaced_hits(norm) or self._leet_may_add(folded)
        ):
            seen = {(f.start, f.end) for f in found}
            found.extend(f for f in self._leet(ctx) if (f.start, f.end) not in seen)
        if self.MASK_CANDIDATE.search(folded) is not None:
            found.extend(self._masked(ctx))
        if found and ctx.post.direction.value == "outbound":
            found = self._not_reported(ctx.text, found)
        return found

    #: a quotation (French, curly or straight quotes) and a verb of saying just before it
    QUOTED = re.compile(r"«[^»]{1,200}»|“[^”]{1,200}”|\"[^\"]{1,200}\"")
    REPORTED = re.compile(
        r"\b(?:dit|dire|dit que|ecrit|écrit|told|tell|tells|said|says|wrote|writes|asked)\b"
    )
    REPORT_BEFORE = 60

    def _not_reported(self, text: str, found: list[Finding]) -> list[Finding]:
        """Round 12: ``found`` without the words inside a quotation that someone is reported to
        have said ("un client nous a dit qu'il est « trop vieux pour ces conneries »", "a
        customer told us “this is bs”"): the organisation quotes, it does not swear."""
        if not any(q in text for q in "«“\""):
            return found
        lower = text.lower()  # same length as the text (the quotes and these verbs)
        quotes = [
            (m.start(), m.end())
            for m in self.QUOTED.finditer(text)
            if self.REPORTED.search(lower, max(0, m.start() - self.REPORT_BEFORE), m.start())
        ]
        if not quotes:
            return found
        return [
            f
            for f in found
            if f.start is None
            or f.end is None
            or not any(lo < f.start and f.end < hi for lo, hi in quotes)
        ]

    def _has_leet(self, folded: str) -> bool:
        """True when a word mixes letters with leetspeak digits or signs."""
        for m in self.LEET_RUN.finditer(folded):
            at = m.start()
            before = folded[at - 1 : at]
            if before.isalpha() or (not before.isalnum() and folded[at] in self.LEET_STARTS):
                return True
        return False

    def _leet_may_add(self, folded: str) -> bool:
        """False when reading leetspeak cannot make a phrase appear: no word holding a digit or
        sign of :attr:`LEET` reads as a word of a phrase (or starts with a stem listed with '*').

        Read as letters, the signs only join or change the words that hold them, and a phrase's
        hits are whole words: a phrase found by the second pass and not by the first holds such
        a word. The caller runs the second pass anyway when the first found a phrase (its
        context or exceptions may read differently).
        """
        words, stems, sizes = self._leet_words, self._leet_stems, self._leet_stem_sizes
        for m in _LEET_TAIL.finditer(folded):
            start = m.start()  # the word's first digit or sign: the letters before it join it
            while start and folded[start - 1].isalnum():
                start -= 1
            word = read_leet(folded[start : m.end()])
            if word in words:
                return True
            for size in sizes:
                if word[:size] in stems:
                    return True
        return False

    def _leet(self, ctx: Context) -> Iterator[Finding]:
        norm = ctx.normalized
        decoded = NormalizedText(norm.original, read_leet(norm.folded), norm.index)
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
        folded = norm.folded
        unless: NearRules | None = None
        for run_start, run_end in self._mask_runs(folded):
            masks = folded[run_start:run_end]
            if not self._may_mask_a_word(folded, run_end, masks):
                continue
            head_m = self.HEAD.search(folded, max(0, run_start - 9), run_start)
            tail_m = self.TAIL.match(folded, run_end)
            if head_m is None or tail_m is None:
                continue
            head, tail = head_m.group(0), tail_m.group(0)
            if not tail and any(c not in self.TRAILING_MASKS for c in masks):
                continue
            match = self._unmask(head, len(masks), tail)
            if match is None:
                continue
            word, rule = match
            if rule.unless:
                if unless is None:
                    unless = NearRules(self._unless.spaced_hits(norm))
                if unless.near(rule.id, head_m.start(), tail_m.end(), rule.window):
                    continue
            start, end = norm.to_original(head_m.start(), tail_m.end())
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

    @classmethod
    def _may_mask_a_word(cls, folded: str, run_end: int, masks: str) -> bool:
        """False when the run cannot hide letters: no letter follows it (no tail) and it holds
        a mask that does not end words ("Super!", "100%"). The same test as the one on the tail
        below, made before the two pattern searches."""
        return "a" <= folded[run_end : run_end + 1] <= "z" or all(
            c in cls.TRAILING_MASKS for c in masks
        )

    def _mask_runs(self, folded: str) -> list[tuple[int, int]]:
        """Runs of one to four mask characters right after a letter."""
        starts = []
        for ch in self.MASKS:
            at = folded.find(ch)
            while at != -1:
                if at > 0 and folded[at - 1].isalpha():
                    starts.append(at)
                at = folded.find(ch, at + 1)
        runs = []
        for start in sorted(starts):
            end = start
            while end < len(folded) and end - start < 4 and folded[end] in self.MASKS:
                end += 1
            runs.append((start, end))
        return runs

    def _unmask(self, head: str, masked: int, tail: str) -> tuple[str, Rule] | None:
        """The listed word that ``head`` + ``masked`` hidden letters + ``tail`` may spell.

        A run of masks hides as many letters or one more ("f**k", "f*k" for "fuck"); a word
        listed with '*' may continue after its stem ("f*cking" for "fuck*"). A long word needs
        at least two visible letters ("e****" could be anything).
        """
        visible = len(head) + len(tail)
        first = head[0]
        for hidden in (masked, masked + 1):
            spelled = head + "?" * hidden + tail
            candidates = self._words.get((first, len(spelled)), [])
            for word, rule in (*candidates, *self._stems.get(first, ())):
                if len(word) > len(spelled) or (visible < self.MIN_VISIBLE and len(word) > 4):
                    continue
                if all(s in ("?", w) for s, w in zip(spelled, word, strict=False)):
                    return word, rule
        return None


def read_leet(folded: str) -> str:
    """``folded.translate(Profanity.LEET)``, a few times faster: one ``str.replace`` per sign.

    ``str.translate`` looks every character up in a dictionary once the text holds one that is
    not ASCII (an emoji is enough); the replacements give the same text, since no sign is
    replaced by another sign.
    """
    for sign, letter in _LEET_PAIRS:
        folded = folded.replace(sign, letter)
    return folded


_LEET_PAIRS = tuple((chr(sign), chr(letter)) for sign, letter in Profanity.LEET.items())
#: the end of a word holding a digit or sign of leetspeak, from the first one (signs included: read
#: by :func:`read_leet` they are letters, and the word a whole word of the second pass's text)
_LEET_SIGNS = "".join(sign for sign, _ in _LEET_PAIRS)
_LEET_TAIL = re.compile(
    f"[{re.escape(_LEET_SIGNS)}]"
    f"(?:[^\\W_]|[{re.escape(''.join(c for c in _LEET_SIGNS if not c.isalnum()))}])*"
)
#: the test of :attr:`Profanity.MASK_CANDIDATE` with that of :meth:`Profanity._has_leet` (a sign
#: of ``LEET`` after a letter, or "$" or "5" opening a word, then a letter after at most two more
#: signs): one scan of the post says whether the second or the third pass can find anything. One
#: class first, the sign or the mask, then which one it was: ``re`` skips to those characters (a
#: module global: the class prefilter would wrap it for nothing, it has no literal to test)
_LEET_OR_MASK = re.compile(
    r"[013457@$€*#!%]"
    r"(?:(?<=[013457@$€])(?:(?<=[^\W\d_].)|(?<=[$5])(?<![^\W_].))[013457@$€]{0,2}[a-z]"
    r"|(?<=[*#!%])(?<=[^\W\d_].)(?:(?<=[*#])|[*#!%]{0,3}[a-z]))"
)
