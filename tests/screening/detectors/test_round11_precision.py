"""Round 11 (fifth session, precision). Code names: the core of a longer code name
("nightjar" for "Project Nightjar") written plain and in lower case, with no generic prefix and
no strong word of the inside near it, is held for review instead of blocked: it may be the bird
it is named after. Capitalised, obfuscated or prefixed, or next to a launch, it still blocks. A
pay freeze needs pay (not lights stuck at 100 %); the results day announced in the quiet period
is allowed."""

from __future__ import annotations

import pytest

from tocsin import Engine

KIND = "confidential.code_name"

# (text, evidence, severity, decision)
CODE_NAME = [
    # round 21: "Nightingale, nighthawk, nightjar… name our owl-shaped night light" is the bird
    # now (names of other birds next to it): see BIRD
    ("can't wait for nightjar, the whole team is hyped", "nightjar", "medium", "review"),
    ("le prototype nightjar est sur mon bureau", "nightjar", "high", "block"),
    ("nightjar launches in March, keep it quiet", "nightjar", "high", "block"),
    ("Nightjar arrive au printemps", "Nightjar", "high", "block"),
    ("Projet nightjar : la démo s'est bien passée", "Projet nightjar", "high", "block"),
    ("#N1GHTJ4R", "N1GHTJ4R", "high", "block"),
]

# the bird, glossed next to the word: no finding, even after a word of time ("prochaine sortie")
BIRD = [
    "Nightingale, nighthawk, nightjar… we asked you to name our new owl-shaped night light "
    "and 'Hoot' won by a mile 🦉",
    "Rossignol, engoulevent, nightjar… vos idées de noms pour la veilleuse hibou ont été "
    "nombreuses !",
    "Ce soir, sortie nature dans les Dombes avec l'équipe : avec un peu de chance on entendra "
    "l'engoulevent d'Europe (nightjar pour nos amis anglais) chanter au crépuscule 🌙",
    "Prochaine sortie nature : traquer l'engoulevent (le nightjar des Anglais) sur les landes "
    "du Bugey",
    "Next outing: listening for the nightjar, engoulevent en français, on the heath at dusk",
]


@pytest.mark.parametrize(("text", "evidence", "severity", "decision"), CODE_NAME)
def test_code_name_severity(
    engine: Engine, text: str, evidence: str, severity: str, decision: str
) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.kind == KIND]
    assert len(found) == 1, result.findings
    assert text[found[0].start : found[0].end] == evidence
    assert found[0].severity == severity
    assert result.decision == decision


@pytest.mark.parametrize("text", BIRD)
def test_bird_glossed(engine: Engine, text: str) -> None:
    result = engine.screen_text(text)
    assert not [f for f in result.findings if f.kind == KIND], result.findings


# Pay frozen "at" a figure is pay only when nothing else is stuck: (text, found?)
PAY_FREEZE = [
    ("Heard from a mate that the Lumio regional managers are stuck at £38k while the new guy "
     "Dan got £45k", True),
    ("Chez Lumio les salaires des vendeurs restent bloqués à 1 900 € depuis trois ans", True),
    ("@lumio your app logged me out AGAIN and my lights are stuck at 100% at 2am", False),
    ("L'appli Lumio plante, la luminosité reste bloquée à 100 % depuis hier soir", False),
]


@pytest.mark.parametrize(("text", "found"), PAY_FREEZE)
def test_pay_freeze(engine: Engine, text: str, found: bool) -> None:
    kinds = [f.kind for f in engine.screen_text(text).findings]
    assert ("hr.salary" in kinds) is found, kinds


INSIDE_QUIET = "2027-01-27T09:00:00+01:00"

# The results day announced during the quiet period is allowed; results talk is not
RESULTS_DAY = [
    ("Results day reminder 📅 Q4 and full-year figures out tomorrow, 28 January, at 7:30 CET. "
     "Webcast link on our investor page.", False),
    ("Rappel : jour des résultats demain, 28 janvier, publication à 7 h 30.", False),
    ("Q4 results are going to blow you away tomorrow 🚀", True),
    ("Nos résultats du T4 sont excellents, vous verrez demain", True),
]


@pytest.mark.parametrize(("text", "found"), RESULTS_DAY)
def test_results_day(engine: Engine, text: str, found: bool) -> None:
    result = engine.screen_text(text, at=INSIDE_QUIET)
    assert any(f.category == "financial_disclosure" for f in result.findings) is found


# A secrecy hedge yields to a job cut it points at (``yields_to`` in the lexicon): (text, the
# hedge's mnpi.results finding expected?)
HEDGE = [
    ("Les collègues de l'usine de Saint-Priest, profitez bien des fêtes… Je ne peux rien dire, "
     "mais regardez bien vos mails le 5 janvier 😔", False),
    ("Not saying the Q2 org chart has fewer boxes for the Bordeaux support team, but I'd polish "
     "my LinkedIn if I were you, guys", False),
    ("Je ne peux rien dire, mais nos actionnaires vont être très contents lundi 😏", True),
    ("Not saying Q4 numbers are a record, but shareholders will smile on the 28th", True),
]


@pytest.mark.parametrize(("text", "found"), HEDGE)
def test_hedge_yields_to_layoffs(engine: Engine, text: str, found: bool) -> None:
    result = engine.screen_text(text, at="2026-11-20T18:00:00+01:00")
    hedges = [f for f in result.findings if f.rule == "financial.hedged_hint"]
    assert bool(hedges) is found, result.findings
    if not found:
        assert any(f.kind == "hr.layoffs" for f in result.findings)
