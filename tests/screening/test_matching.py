from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tocsin import Engine, Post
from tocsin.errors import PluginError
from tocsin.screening.lexicon import LexiconDetector, Rule, parse_rules
from tocsin.screening.matching import PhraseMatcher
from tocsin.screening.normalize import normalize

MATCHER = PhraseMatcher(
    {"plan social": "layoffs", "licenci*": "layoffs", "lay off*": "layoffs", "ne pas diffuser": "c"}
)

CASES = [
    # (text, found evidence)
    ("Un PLAN SOCIAL est prévu", ["PLAN SOCIAL"]),
    ("#PlanSocial", []),  # glued words are another word
    ("plan-social en vue", ["plan-social"]),
    ("plan   social", ["plan   social"]),
    ("Licenciements massifs", ["Licenciements"]),
    ("on va licencier", ["licencier"]),
    ("they will lay off 200", ["lay off"]),
    ("layoffs", []),  # 'lay off*' needs the space
    ("Ne pas diffuser !", ["Ne pas diffuser"]),
    ("NE\u200b PAS DIFFUSER", ["NE\u200b PAS DIFFUSER"]),
    ("déplanifier socialement", []),
    ("🎉 plan social 🎉", ["plan social"]),
]


@pytest.mark.parametrize(("text", "found"), CASES)
def test_phrases_whole_words(text: str, found: list[str]) -> None:
    matches = MATCHER.find_all(normalize(text))
    assert [text[m.start : m.end] for m in matches] == found


LEXICON = """
[[rules]]
id = "layoffs"
kind = "hr.layoffs"
category = "human_resources"
severity = "high"
directions = ["outbound"]
phrases = ["plan social", "licenci*", "layoff*"]
context = ["salarié*", "employees", "postes", "jobs"]
window = 40
unless = ["aucun licenciement", "no layoffs"]
[rules.explanation]
en = "Layoffs (“{found}”)."
fr = "Licenciements (« {found} »)."
"""


class Layoffs(LexiconDetector):
    name = "test_layoffs"
    LEXICON = "test"

    @classmethod
    def load(cls) -> tuple[Rule, ...]:
        return parse_rules(LEXICON)


@pytest.mark.parametrize(
    ("text", "direction", "found"),
    [
        ("Licenciement de 200 salariés à Lyon", "outbound", True),
        ("200 layoffs among our employees", "outbound", True),
        ("Licenciement de 200 salariés à Lyon", "inbound", False),  # outbound only
        ("Le licenciement est un sujet", "outbound", False),  # no context word
        ("Aucun licenciement pour nos salariés", "outbound", False),  # unless
        ("Licenciement ... " + "x " * 40 + "salariés", "outbound", False),  # context too far
    ],
)
def test_lexicon_rules(text: str, direction: str, found: bool) -> None:
    engine = Engine(None, detectors=[Layoffs])
    result = engine.screen(Post(text=text, direction=direction, lang="fr"))
    assert bool(result.findings) is found, result.findings
    if found:
        f = result.findings[0]
        assert (f.kind, f.category, f.severity) == ("hr.layoffs", "human_resources", "high")
        assert f.explanation.startswith("Layoffs (“")  # no profile: English
        assert "test.layoffs" in f.explanation


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[[rules]]\nid = 'x'\n", "rule 'x'"),
        ("[[rules]]\nid='x'\nkind='a.b'\ncategory='nope'\nseverity='low'\nphrases=['a']\n"
         "explanation={en='e'}\n", "nope"),
        ("not toml [", "not valid TOML"),
    ],
)
def test_malformed_lexicons_are_refused(text: str, words: str) -> None:
    with pytest.raises(PluginError, match=words):
        parse_rules(text)


COMPANIONS = """
[[rules]]
id = "health"
kind = "hr.employee_health"
category = "human_resources"
severity = "high"
phrases = ["arrêt maladie"]
[rules.explanation]
en = "Health ({found})."
[[rules.also]]
category = "compliance"
kind = "compliance.special_category"
[rules.also.explanation]
en = "Special category ({found})."
[[rules.also]]
category = "reputation"
kind = "reputation.test"
severity = "low"
"""


class Health(LexiconDetector):
    name = "health"

    @classmethod
    def load(cls) -> tuple[Rule, ...]:
        return parse_rules(COMPANIONS)


def test_companion_findings_share_the_evidence() -> None:
    engine = Engine(None, detectors=[Health])
    result = engine.screen(Post(text="Marc est en arrêt maladie", lang="fr"))
    got = {(f.category, f.kind, f.severity, f.start, f.end) for f in result.findings}
    assert got == {
        ("human_resources", "hr.employee_health", "high", 12, 25),
        ("compliance", "compliance.special_category", "high", 12, 25),  # the rule's severity
        ("reputation", "reputation.test", "low", 12, 25),  # its own severity
    }
    by_kind = {f.kind: f.explanation for f in result.findings}
    assert by_kind["compliance.special_category"].startswith("Special category (arrêt maladie)")
    assert by_kind["reputation.test"].startswith("Health (arrêt maladie)")  # the rule's text


def test_a_malformed_companion_is_refused() -> None:
    bad = COMPANIONS.replace('category = "reputation"', 'category = "nowhere"')
    with pytest.raises(PluginError, match="nowhere"):
        parse_rules(bad)


def _spaced_pass_hits(matchers: list[PhraseMatcher[str]], text: str, *, prefilter: bool) -> list:
    from tocsin.screening.matching import SharedPass

    shared = SharedPass(matchers)
    if not prefilter:
        shared._words = None
    norm = normalize(text)
    shared.run(norm)
    return [(m.start, m.end, m.phrase) for matcher in matchers for m in matcher.find_all(norm)]


@pytest.mark.parametrize(
    "text",
    [
        "Lumio Halo 3 arrive",
        "lumio.fr, halo de lumière, 3 ampoules",  # every word, not the phrase
        "#LumioHalo3 !",
        "lumio seul",  # one word of a phrase of three: the spaced text is not even made
        "L U M I O halo-3",
        "plan-social, licenciements",
        "rien à signaler",
        "",
    ],
)
def test_the_word_test_of_the_shared_pass_changes_no_hit(text: str) -> None:
    matchers = [
        PhraseMatcher({"lumio halo 3": "t", "lumiohalo3": "t", "opale": "t"}),
        MATCHER,
    ]
    assert _spaced_pass_hits(matchers, text, prefilter=True) == _spaced_pass_hits(
        matchers, text, prefilter=False
    )


#: keys ending on the same character, with and without "*", inside words and at their edges
_TIES = PhraseMatcher(
    {"going bankrupt": "a", "bankrupt*": "b", "rupt": "c", "t": "d", "art": "e", "part*": "f"}
)


@pytest.mark.parametrize(
    "text",
    [
        "Brillix is going bankrupt, bankruptcy soon",
        "partage de l'art, départ, apart, t",
        "goingbankrupt rupt-t",
        "t",
        "",
    ],
)
def test_the_shared_pass_finds_what_a_matcher_finds_alone_in_the_same_order(text: str) -> None:
    from tocsin.screening.matching import SharedPass

    alone = normalize(text)
    expected = _TIES.spaced_hits(alone)
    shared = SharedPass([_TIES])
    shared._words = None  # every post through the automaton
    norm = normalize(text)
    shared.run(norm)
    assert _TIES.spaced_hits(norm) == expected


def test_the_word_test_spares_the_spaced_text_and_stops_when_useless() -> None:
    from tocsin.screening.matching import SharedPass

    rare = SharedPass([PhraseMatcher({"project nightjar": "t"})])
    norm = normalize("Nothing about the project here, nothing at all.")
    rare.run(norm)
    assert norm.spaced is None and norm.shared == (rare._uids, {})
    common = SharedPass([PhraseMatcher({"the": "t"})])
    for _ in range(SharedPass.FIRST_LOOK):
        common.run(normalize("the cat"))
    assert common._words is not None
    common.run(normalize("the cat"))
    assert common._words is None  # every post passed: the test is off after a first look
    some = SharedPass([PhraseMatcher({"the": "t"})])
    for number in range(SharedPass.TRIAL + 1):  # one post in three spared: kept for a while
        some.run(normalize("a dog" if number % 3 == 0 else "the cat"))
    assert some._words is None  # fewer than half spared: off after the trial
    norm = normalize("the dog")
    common.run(norm)
    assert norm.spaced is not None


_SPACED_CASES = [
    # (folded text, kind of text): every path of matching.spaced
    ("", "empty"),
    (" ", "one space"),
    ("...", "only separators"),
    ("plan social", "ascii"),
    ("  plan--social__, licenciement !", "ascii, runs at both ends"),
    ("a_b", "the underscore separates words"),
    ("merci 🎉🎉 a tous", "emoji: not a word character"),
    ("prix : 12 € « promo »…", "French punctuation"),
    ("🙂", "only an emoji"),
    ("x² et ½", "non-ASCII digits and numbers are word characters"),
    ("tokyo 東京 2026", "another script"),
    ("مرحبا ٣", "Arabic letters and digit"),
    ("lone \ud800 surrogate", "a lone surrogate"),
    ("tab\tand\nnew line\r", "whitespace"),
]


@pytest.mark.parametrize(("folded", "kind"), _SPACED_CASES)
def test_spaced_text_is_the_non_word_runs_made_one_space(folded: str, kind: str) -> None:
    from tocsin.screening.matching import _NON_WORD_RUN, spaced

    assert spaced(folded) == _NON_WORD_RUN.sub(" ", folded), kind


@given(st.text(alphabet=st.sampled_from("ab1_ .-,!\t\n€«’🎉²東é\u200bZ"), max_size=40))
@settings(max_examples=400, deadline=None)
def test_spaced_text_matches_the_regular_expression(folded: str) -> None:
    from tocsin.screening.matching import _NON_WORD_RUN, spaced

    assert spaced(folded) == _NON_WORD_RUN.sub(" ", folded)


YIELDING = """
[[rules]]
id = "hedge"
kind = "mnpi.results"
category = "financial_disclosure"
severity = "medium"
phrases = ["can't say"]
yields_to = ["hr."]
[rules.explanation]
en = "Hedge ({found})."

[[rules]]
id = "cuts"
kind = "hr.layoffs"
category = "human_resources"
severity = "medium"
phrases = ["job cuts"]
[rules.explanation]
en = "Cuts ({found})."
"""


class Yielding(LexiconDetector):
    name = "test_yielding"
    LEXICON = "test"

    @classmethod
    def load(cls) -> tuple[Rule, ...]:
        return parse_rules(YIELDING)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("I can't say more about the quarter", ["mnpi.results"]),
        ("I can't say more, but job cuts are coming", ["hr.layoffs"]),  # "hr." is a prefix
        ("job cuts", ["hr.layoffs"]),
    ],
)
def test_a_rule_yields_to_the_kinds_it_names(text: str, kinds: list[str]) -> None:
    assert parse_rules(YIELDING)[0].yields_to == ("hr.",)
    result = Engine(None, detectors=[Yielding]).screen(Post(text=text, lang="en"))
    assert [f.kind for f in result.findings] == kinds
