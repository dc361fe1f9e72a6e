"""The profile's code names and unreleased products (``[confidential] terms``).

Matching is insensitive to case, accents, hashtags, spacing and spaced-out letters: "Project
Nightjar" is found as "projet nightjar", "#ProjectNightjar", "#nightjar" and "N I G H T J A R".
A long code name cut in two by a hyphen, a dot or a space ("Night-jar") is found too. A one-word
term written in lower case next to a word of the thing it is named after ("a nightjar
was churring outside my tent", "spotted a European nightjar on the marshes", "une bague en opale",
"une suspension en verre opale") is that thing, not the code name; so is a capitalised one
glossed as it ("bird-themed scenes: Robin, Nightjar", "Nightjar, engoulevent en français").
Leetspeak is read too ("N1ghtj4r", "0PALE", "0p@le"): when a digit or a sign stands next to a
letter, the post is searched once more with them read as letters (0 o, 1 i, 3 e, 4 a, 5 s, 7 t, 8 b,
@ a, $ s). All terms are compiled into one Aho-Corasick automaton, so the cost per post does not
grow with the number of terms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ....models import Category, Finding, Severity
from ....profile import Profile
from ...matching import PhraseMatch, PhraseMatcher, fold_phrase, spaced_text
from ...normalize import NormalizedText
from ..base import Context, Detector, at_word_boundaries


class ConfidentialTerms(Detector):
    name = "confidential_terms"
    version = "1.0"
    categories = (Category.DATA_LEAK,)
    description = "Code names and unreleased products listed in the profile ([confidential] terms)."

    KIND = "confidential.code_name"
    SEVERITY = Severity.HIGH
    #: words around a code name written in lower case that make it the ordinary word it is
    #: named after (a bird, a stone, a plant): "a nightjar was churring outside my tent", "une
    #: bague en opale". A capitalised or prefixed code name ("Nightjar ? un petit oiseau
    #: nocturne", "projet nightjar") stays a code name.
    ORDINARY_WORD_CUES = (
        "bird*", "oiseau*", "ornitho*", "churr*",
        "chirp*", "chant", "chante", "song", "singing", "tent", "tente", "camping", "forest",
        "forêt", "woods", "bois", "heath", "lande", "marais", "marsh", "wildlife", "faune",
        "binoculars", "jumelles", "species", "espèce", "nest", "nid", "feathers", "plumes",
        "migration", "lpo", "rspb", "ring", "bague", "necklace", "collier", "pendant",
        "pendentif", "bijou*", "jewel*", "jewellery", "jewelry", "gem*", "pierre*", "stone",
        "carat*", "mine", "minéral", "mineral", "garden", "jardin", "fleur*", "flower*",
        # the word glossed or explained as the animal it is: "l'engoulevent (nightjar en
        # anglais) chasse au crépuscule", "the nightjar hunts moths at dusk"
        "en anglais", "in english", "en français", "in french", "engoulevent*", "crépuscule",
        "dusk", "twilight", "nocturne*", "nocturnal", "insecte*", "insect*", "papillon*",
        "moth*", "chasse au", "hunts",
        # a birder's sighting: "spotted a European nightjar on the marshes", "photographed"
        "sighting*", "photographed", "photographié*", "camouflage", "european", "européen*",
        "birding", "birdwatch*", "marsh*", "pond*", "étang*",
        # a material: "verre opale", "opal glass", "du verre laiteux"
        "verre", "glass", "laiteux", "milky", "opalin*",
        # round 9 (precision): a bird seen at rest, at first light ("a nightjar perched on a
        # fence post at dawn", "un engoulevent perché sur un piquet à l'aube")
        "perched", "perché", "perchée", "perchés", "dawn", "aube",
        # round 12 (precision, blind10): a sighting, its verb before "a" or "un" ("Spotted a
        # nightjar on the roof of our office", "aperçu un nightjar sur le toit"; not "#nightjar
        # spotted in the wild", a teaser), and the bird drawn
        "spotted a", "spotted an", "aperçu un", "aperçu une", "observed a", "observé un",
        "observé une", "🐦", "🦉",
        # round 21 (precision, blind9): the term among the names of other birds ("Nightingale,
        # nighthawk, nightjar… we asked you to name our owl-shaped night light")
        "nightingale*", "nighthawk*", "owl", "owls", "owl-*", "hibou*", "rossignol*",
    )
    #: round 9 (precision): words that gloss the term as the thing it is named after, strong
    #: enough to make a capitalised term ("Nightjar (dusk)") an ordinary word too: a public
    #: theme or scene named after the bird, the word translated or explained
    GLOSS_CUES = (
        "named after the bird", "named after a bird", "named after the", "named for the",
        "nommé d'après", "nommée d'après", "nommés d'après", "tire son nom", "tirent leur nom",
        "takes its name", "bird-themed", "bird themed", "thème oiseau*", "thème des oiseaux",
        "en français", "in french", "en anglais", "in english", "engoulevent*",
        "l'oiseau qui", "the bird that", "the bird who", "un oiseau qui", "a bird that",
        "is it named after", "inspired by the bird", "inspiré de l'oiseau",
        # round 10 (precision): where the name comes from ("savez-vous d'où viennent les noms
        # de nos coloris ?", "ever wondered where our colour names come from?")
        "d'où vient le nom", "d'où viennent les noms", "d'où viennent nos noms",
        "d'où vient son nom", "origine du nom", "origine des noms", "where the name comes from",
        "where the names come from", "where our names come from", "where our colour names",
        "where our color names", "where the name", "origin of the name", "origin of the names",
    )
    #: ... unless the post speaks of an unreleased range or of the inside: "la gamme hiver 2027
    #: aura un diffuseur en verre opale ? … il dit que ça s'appelle pareil" is the code name
    CODE_NAME_CUES = (
        "gamme", "range", "lineup", "line-up", "prochaine", "prochain", "next year",
        "upcoming", "à venir", "unreleased", "lancement", "launch*", "prototype*", "proto",
        "projet", "project", "roadmap", "2027", "2028", "s'appelle", "called", "named",
        "nom de code", "code name", "codename", "usine", "factory", "insider", "bosse chez",
        "bosse à", "works at",
        # round 9 (precision): a teaser is the code name, whatever the gloss
        "teaser", "stay tuned", "restez connectés", "coming soon", "bientôt",
        # round 10: a release near the word ("Opale arrive en mars, chut")
        "arrive", "arrivera", "sortie", "sortira", "release*", "futur", "future",
    )
    #: round 10 (precision): a gloss this close to the term ("l'engoulevent (nightjar en
    #: anglais)") explains that very word: a weak word of the inside further away ("notre projet
    #: de fin d'année", "a range of") does not make it the code name again; the others do
    GLOSS_NEAR = 25
    WEAK_CODE_NAME_CUES = (
        "projet", "project", "range", "named", "called", "s'appelle",
        # fifth session: words of time that also open an outing or an agenda ("prochaine
        # sortie nature : l'engoulevent (le nightjar des Anglais)")
        "prochaine", "prochain", "sortie", "arrive", "arrivera", "bientôt", "futur", "future",
        "à venir", "upcoming", "next year", "2027", "2028",
    )
    CUE_WINDOW = 60
    #: fifth session (precision): the core of a longer code name found alone and plain, in lower
    #: case ("nightjar" for "Project Nightjar"; not "Nightjar", "N1GHTJ4R", "n.i.g.h.t.j.a.r"),
    #: with no generic prefix and no strong word of the inside near it (CODE_NAME_CUES but the
    #: weak ones), may be the ordinary word it is named after (the bird, a naming
    #: contest): held for review, not blocked. The whole name, or the core next to "launch",
    #: "prototype", "2027"..., still blocks.
    BARE_CORE_SEVERITY = Severity.MEDIUM
    #: generic words before a code name; the code name alone is matched too ("Projet Nightjar")
    GENERIC_PREFIXES = (
        "project", "projet", "projekt", "proyecto", "progetto", "programme", "program",
        "operation", "codename", "code name", "nom de code", "nom de code du projet",
    )
    EXPLANATIONS = {
        "en": (
            "Confidential term “{term}” (listed in the profile as a code name or unreleased "
            "product) written as “{found}”. Code names must not be published before their "
            "announcement: remove it, or ask the compliance team to approve the post."
        ),
        "fr": (
            "Terme confidentiel « {term} » (nom de code ou produit non annoncé inscrit au "
            "profil) écrit « {found} ». Un nom de code ne se publie pas avant son annonce : "
            "retirez-le, ou faites valider le message par la conformité."
        ),
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        variants: dict[str, tuple[str, bool]] = {}  # folded variant -> (term, whole term?)
        for term in profile.confidential.terms:
            words = _words(term)
            whole = {" ".join(words), "".join(words)}
            for variant in self.variants(term):
                variants.setdefault(variant, (term, variant in whole))
        self._terms: PhraseMatcher[tuple[str, bool]] = PhraseMatcher(variants)
        #: the same variants read as leetspeak, for a second pass on posts that may hold some
        self._leet_terms: PhraseMatcher[tuple[str, bool]] = PhraseMatcher(
            {v.translate(_LEET): payload for v, payload in variants.items()}, on_demand=True
        )
        #: every word of the variants, as leetspeak reads it: the second pass runs only when a
        #: word of the post with a digit or a sign reads as one of them ("n1ghtj4r" -> "nightjar")
        self._leet_words = frozenset(w.translate(_LEET) for v in variants for w in v.split())
        #: one-word cores of the terms, for riddles on their first letters
        self._cores = sorted(
            {
                (v, term)
                for term in profile.confidential.terms
                for v in self.variants(term)
                if " " not in v and len(v) >= 5
            }
        )
        #: phrases where a term is an ordinary word ([confidential] ignore)
        self._ignore: PhraseMatcher[str] = PhraseMatcher(
            ((p, p) for p in profile.confidential.ignore), on_demand=True
        )
        self._ordinary: PhraseMatcher[str] = PhraseMatcher(
            ((p, p) for p in self.ORDINARY_WORD_CUES), on_demand=True
        )
        self._code_name_cues: PhraseMatcher[str] = PhraseMatcher(
            ((p, p) for p in self.CODE_NAME_CUES), on_demand=True
        )
        self._glosses: PhraseMatcher[str] = PhraseMatcher(
            ((p, p) for p in self.GLOSS_CUES), on_demand=True
        )

    @classmethod
    def variants(cls, term: str) -> set[str]:
        """The folded forms under which ``term`` is searched."""
        words = _words(term)
        if not words:
            return set()
        out = {" ".join(words), "".join(words)}
        spaced = " ".join(words)
        for prefix in cls.GENERIC_PREFIXES:
            if spaced.startswith(prefix + " ") and len(spaced) > len(prefix) + 1:
                core = spaced[len(prefix) + 1 :]
                out |= {core, core.replace(" ", "")}
        # a long one-word core cut in two by a hyphen, a dot or a space ("Night-jar", "night jar"):
        # both pieces of three letters at least, so that no short ordinary word is made
        for core in list(out):
            if " " not in core and len(core) >= 7:
                out |= {f"{core[:i]} {core[i:]}" for i in range(3, len(core) - 2)}
        return {v for v in out if len(v) >= 2}

    #: round 10 (blind 8): a code name given as a riddle on its letters ("petit indice : ça
    #: commence par Night et ça finit par jar", "starts with 'Opa'"): the first letters (three at
    #: least, not the whole name, which the terms find anyway) of a term's one-word core
    RIDDLE = re.compile(
        r"\b(?:commence|commencent|commencera|debute|starts?|begins?|starting|beginning) "
        r"(?:par|with|by) (?:le mot |the word |un |une |a |an )?[\"'«“‘ ]{0,3}(?P<head>[a-z]{3,})\b"
    )
    RIDDLE_SEVERITY = Severity.MEDIUM

    def _riddles(self, ctx: Context) -> Iterator[Finding]:
        folded = ctx.normalized.folded
        if not _may_riddle(folded):
            return
        for m in self.RIDDLE.finditer(folded):
            head = m.group("head")
            term = next(
                (t for core, t in self._cores if core.startswith(head) and core != head), None
            )
            if term is None:
                continue
            span = ctx.normalized.to_original(m.start(), m.end())
            yield self._code_name(ctx, span, term, "riddle", 0.7, self.RIDDLE_SEVERITY)

    #: round 19 (structural, train-t, blind17): a code name masked with stars, its first and
    #: last letters kept ("la gamme O***e", "Project N*****r"), or told by what it rhymes with
    #: ("ça rime avec « pâle »", "rhymes with 'pale'")
    MASKED = re.compile(r"(?<![\w*])[a-z][a-z*]*\*[a-z*]*[a-z](?![\w*])")
    RHYME = re.compile(
        r"\b(?:rime|riment|rimera|rhymes?|rhyming) (?:avec|with) [\"'«“‘ ]{0,3}"
        r"(?P<word>[a-z]{3,})\b"
    )

    def _masked(self, ctx: Context) -> Iterator[Finding]:
        folded = ctx.normalized.folded
        if "*" in folded:
            for m in self.MASKED.finditer(folded):
                word = m.group()
                if word.count("*") < 2:
                    continue
                term = next(
                    (
                        t
                        for core, t in self._cores
                        if len(core) == len(word)
                        and all(c == "*" or c == k for c, k in zip(word, core, strict=True))
                    ),
                    None,
                )
                if term is not None:
                    span = ctx.normalized.to_original(m.start(), m.end())
                    yield self._code_name(ctx, span, term, "masked", 0.8, self.RIDDLE_SEVERITY)
        if "rime" in folded or "rhym" in folded:
            for m in self.RHYME.finditer(folded):
                word = m.group("word")
                term = next(
                    (
                        t
                        for core, t in self._cores
                        if core != word and len(word) >= 4 and core.endswith(word[-4:])
                    ),
                    None,
                )
                if term is not None:
                    span = ctx.normalized.to_original(m.start(), m.end())
                    yield self._code_name(ctx, span, term, "rhyme", 0.7, self.RIDDLE_SEVERITY)

    def _code_name(
        self,
        ctx: Context,
        span: tuple[int, int],
        term: str,
        how: str | None,
        score: float,
        severity: Severity,
    ) -> Finding:
        """The finding of a code name found at ``span`` (``how``: the rule's suffix, if any)."""
        found = ctx.text[span[0] : span[1]]
        return self.finding(
            ctx,
            category=Category.DATA_LEAK,
            kind=self.KIND,
            severity=severity,
            span=span,
            excerpt=found,
            rule="profile.confidential.terms" + (f".{how}" if how else ""),
            matched=term,
            score=score,
            term=term,
            found=found,
        )

    @property
    def enabled(self) -> bool:
        return bool(self._terms)

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        norm = ctx.normalized
        hits = self._terms.find_all(norm)
        leet = self._may_hold_leet(norm)
        if not hits and not leet:
            folded = norm.folded
            if not (_may_riddle(folded) or "*" in folded or "rime" in folded or "rhym" in folded):
                return ()  # most posts: no term, no riddle, no mask, no rhyme (see _masked)
        return self._findings(ctx, hits, leet)

    def _findings(
        self, ctx: Context, hits: list[PhraseMatch[tuple[str, bool]]], leet: bool
    ) -> Iterator[Finding]:
        norm = ctx.normalized
        pairs = [(norm, hit) for hit in hits]
        if leet:
            pairs += self._leet_hits(norm, [(h.start, h.end) for _, h in pairs])
        if not pairs:
            yield from self._riddles(ctx)
            yield from self._masked(ctx)
            return
        ignored = None
        for norm, hit in pairs:
            spaced = spaced_text(norm)
            term, whole = hit.payload
            if self._ignore:
                if ignored is None:
                    ignored = [(m.fstart, m.fend) for m in self._ignore.find(ctx.normalized)]
                if any(s <= hit.fstart and hit.fend <= e for s, e in ignored):
                    continue  # an ordinary word here ("Côte d'Opale"), not the code name
            if self._ordinary_word(ctx, hit):
                continue  # "a nightjar was churring outside my tent": the bird
            if self._title_of_work(ctx, hit):
                continue  # "just finished 'The Nightjar's Song' on audiobook": a book's title
            span = (hit.start, hit.end)
            severity = self.SEVERITY
            if not whole:
                start = self._with_prefix(spaced.text, hit.fstart)
                if start != hit.fstart:
                    span = norm.to_original(*spaced.to_folded(start, hit.fend))
                elif self._plain_lower(ctx, hit) and not self._inside_near(ctx, hit.fstart):
                    severity = self.BARE_CORE_SEVERITY
            yield self._code_name(ctx, span, term, None, 1.0 if whole else 0.95, severity)

    @staticmethod
    def _plain_lower(ctx: Context, hit: PhraseMatch[tuple[str, bool]]) -> bool:
        """Written as the plain word in lower case: no capital, digit, sign, spacing or look-alike
        letter (the original text is its own folded form)."""
        found = ctx.text[hit.start : hit.end]
        return found.isalpha() and found == spaced_text(ctx.normalized).text[hit.fstart : hit.fend]

    def _inside_near(self, ctx: Context, at: int) -> bool:
        """A word of an unreleased range or of the inside (CODE_NAME_CUES, not the weak ones)
        near ``at``."""
        return any(
            abs(start - at) <= self.CUE_WINDOW * 2 and cue not in self.WEAK_CODE_NAME_CUES
            for start, _, _, cue in self._code_name_cues.spaced_hits(ctx.normalized)
        )

    #: round 15 (precision, blind13): a term inside the quoted title of a book, a film or a song
    #: ("just finished 'The Nightjar's Song' on audiobook", "« Le Chant de l'Opale », roman")
    TITLE_OPEN = re.compile(
        r"(?<!\w)[\"'«“‘*_](?:\s?(?:the|a|an|le|la|les|l'|un|une)\s)?[\w' ]{0,30}$",
        re.IGNORECASE,
    )
    WORK = re.compile(
        r"\b(?:audiobooks?|audio ?livres?|livres? audio|books?|livres?|novels?|romans?|poems?|"
        r"poemes?|films?|movies?|albums?|songs?|chansons?|podcasts?|episodes?|chapters?|"
        r"chapitres?|authors?|auteure?s?|ecrivaine?s?|writers?|reading|lecture|bookclub|"
        r"book club|club de lecture|sequel|tome|saga)\b"
    )
    WORK_REACH = 80

    def _title_of_work(self, ctx: Context, hit: PhraseMatch[tuple[str, bool]]) -> bool:
        """Round 15: the term in a quoted title (an opening quote a few words before it), a
        word of a book, a film or a song near it, and no strong word of the inside near."""
        if not self.TITLE_OPEN.search(ctx.text[max(0, hit.start - 32) : hit.start]):
            return False
        spaced = spaced_text(ctx.normalized).text
        lo, hi = max(0, hit.fstart - self.WORK_REACH), hit.fend + self.WORK_REACH
        if not self.WORK.search(spaced, lo, hi):
            return False
        return not self._inside_near(ctx, hit.fstart)

    def _ordinary_word(self, ctx: Context, hit: PhraseMatch[tuple[str, bool]]) -> bool:
        """A one-word term written in lower case, with no generic prefix, next to a word of the
        thing it is named after (see ORDINARY_WORD_CUES), and with no word of an unreleased
        range or of the inside near it (CODE_NAME_CUES)."""
        found = ctx.text[hit.start : hit.end].strip()
        if " " in found:
            return False
        # round 9 (precision): a capitalised term ("Nightjar (dusk)", not "NIGHTJAR") is the
        # ordinary word only when glossed as it (GLOSS_CUES); in lower case any cue will do
        lower = found.islower()
        if not lower and not (found[:1].isupper() and found[1:].islower()):
            return False
        # round 10 (precision): a capital that only opens the post or a sentence ("Opale des
        # Alpes, opale de feu… : nos coloris") says nothing: read as lower case
        if not lower and _SENTENCE_START.search(ctx.text[max(0, hit.start - 4) : hit.start]):
            lower = True
        spaced = spaced_text(ctx.normalized).text
        if self._with_prefix(spaced, hit.fstart) != hit.fstart:
            return False
        glosses = [(m.fstart, m.fend) for m in self._glosses.find(ctx.normalized)]
        ordinary = [(m.fstart, m.fend) for m in self._ordinary.find(ctx.normalized)]
        cues = glosses + ordinary if lower else glosses
        if not any(abs(start - hit.fstart) <= self.CUE_WINDOW for start, _ in cues):
            return False
        inside = [
            m
            for m in self._code_name_cues.find(ctx.normalized)
            if abs(m.fstart - hit.fstart) <= self.CUE_WINDOW * 2
        ]
        if any(abs(start - hit.fstart) <= self.GLOSS_NEAR for start, _ in glosses) and not any(
            m.payload not in self.WEAK_CODE_NAME_CUES for m in inside
        ):
            return True
        # a word of the inside that is part of a gloss ("named" in "named after the bird") is
        # the gloss, not the inside
        covered = glosses + ordinary
        return not any(
            not any(s <= m.fstart and m.fend <= e for s, e in covered) for m in inside
        )

    def _may_hold_leet(self, norm: NormalizedText) -> bool:
        """True when a word mixing letters with digits or signs reads as a word of a term."""
        folded = norm.folded
        first = _LEET_ANYWHERE.search(folded)
        if first is None:
            # no letter next to a digit or sign anywhere, so in no word either (joining
            # spaced-out letters only deletes separators: it breaks no such pair)
            return False
        if norm.index is not None or norm.words is None:
            return self._words_hold_leet(norm.words or ())  # letters joined: the words before
        # The words are those of ``folded``: only those holding a hint are read, found from the
        # hints (a hint inside a word is one in ``folded``: its look-around stays in the word).
        n = len(folded)
        # in printable text the one white space is " " (every other is a separator or a control
        # character, neither printable): a word's ends are then found by ``find``
        plain = folded.isprintable()
        done = 0
        hint = first if _LEET_ANYWHERE is _LEET_HINT else _LEET_HINT.search(folded)
        while hint is not None:
            at = hint.start()
            if at >= done:
                if plain:
                    start = folded.rfind(" ", 0, at) + 1
                    end = folded.find(" ", at + 1)
                    if end < 0:
                        end = n
                else:
                    start = at
                    while start and not folded[start - 1].isspace():
                        start -= 1
                    end = at + 1
                    while end < n and not folded[end].isspace():
                        end += 1
                if self._reads_as_term_word(folded[start:end]):
                    return True
                done = end
            hint = _LEET_HINT.search(folded, max(done, at + 1))
        return False

    def _words_hold_leet(self, words: Iterable[str]) -> bool:
        for word in words:
            if word.isalpha() or word.isdigit():
                continue
            if _LEET_HINT.search(word) is None:
                continue
            if self._reads_as_term_word(word):
                return True
        return False

    def _reads_as_term_word(self, word: str) -> bool:
        """A piece of ``word``, read as leetspeak, is a word of a term's variants."""
        pieces = _PIECES.split(word.translate(_LEET_ASCII))
        return any(piece in self._leet_words for piece in pieces)

    def _leet_hits(
        self, norm: NormalizedText, taken: list[tuple[int, int]]
    ) -> Iterator[tuple[NormalizedText, PhraseMatch[tuple[str, bool]]]]:
        """Terms found only when digits and signs are read as letters ("N1ghtj4r")."""
        leet = NormalizedText(norm.original, _read_leet(norm.folded), norm.index)
        for hit in self._leet_terms.find(leet):
            if not any(hit.start < end and start < hit.end for start, end in taken):
                yield leet, hit

    def _with_prefix(self, folded: str, start: int) -> int:
        """Extend a code name found alone to a generic word before it ("Projet Nightjar")."""
        head = folded[max(0, start - 24) : start]
        for prefix in self.GENERIC_PREFIXES:
            if head.endswith(prefix + " ") and at_word_boundaries(
                folded, start - len(prefix) - 1, start - 1
            ):
                return start - len(prefix) - 1
        return start


#: the cheap test before the riddle pattern: one of its verbs is in the post
_RIDDLE_WORDS = ("commenc", "debut", "start", "begin")


def _may_riddle(folded: str) -> bool:
    """One of :data:`_RIDDLE_WORDS` is in ``folded`` (written out: no generator to run)."""
    return "commenc" in folded or "debut" in folded or "start" in folded or "begin" in folded

#: what stands before a word that opens the post or a sentence (up to 4 characters)
_SENTENCE_START = re.compile(r"(?:\A|[.!?…]\s{1,3}|\n\s{0,3})\Z")

#: leetspeak read as letters; one character for one, so spans stay the same
_LEET = str.maketrans("0134578@$", "oieastbas")
#: the same for ``str.translate`` on a word, every ASCII character listed (kept as it is when not
#: a sign): a character missing from a dict table costs a KeyError raised and dropped inside
#: ``translate``, and words are mostly ASCII
_LEET_ASCII = {code: code for code in range(128)} | _LEET


def _read_leet(folded: str) -> str:
    """``folded.translate(_LEET)`` with one ``str.replace`` per sign: the same text (no sign is
    replaced by another), several times faster on a text that is not all ASCII."""
    for sign, letter in _LEET_PAIRS:
        folded = folded.replace(sign, letter)
    return folded


_LEET_PAIRS = tuple((chr(sign), chr(letter)) for sign, letter in _LEET.items())
#: a digit or sign of _LEET next to a letter: the post may hold leetspeak. Written to start with
#: the sign (a class, not a branch), so that the regex engine skips to the rare signs instead of
#: trying a match at every letter: the same answer as ``[a-z][0134578@$]|[0134578@$][a-z]``
_LEET_HINT = re.compile(r"[0134578@$](?:(?<=[a-z][0134578@$])|(?=[a-z]))")
#: the same, over the whole folded text: the cheap test before the word loop
_LEET_ANYWHERE = _LEET_HINT
#: what separates words inside a token ("#projet-n1ghtj4r!" -> "projet", "nightjar")
_PIECES = re.compile(r"[^a-z0-9]+")


def _words(term: str) -> list[str]:
    return fold_phrase(term).split()

