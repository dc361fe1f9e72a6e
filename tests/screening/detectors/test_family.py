"""Children and schools, pick-up times; the profile's people raise the severity."""

from __future__ import annotations

import pytest

from tocsin import Engine

NAME = "family"

MATCH = [
    # (text, kind, evidence at the span, severity)
    ("La fille de Claire Dubois fait sa rentrée au lycée Ampère lundi", "family.child_school",
     "lycée", "high"),
    ("Sa fille est à l'école Jules Ferry", "family.child_school", "école", "medium"),
    ("La fille de Claire Dubois entre au collège Victor Hugo", "family.child_school", "collège",
     "high"),
    ("Mon fils est à la crèche des Lilas jusqu'à 18 h", "family.child_school", "crèche", "medium"),
    ("Her daughter goes to St Mary's school", "family.child_school", "school", "medium"),
    ("Je vais chercher mes enfants à 16 h 30", "family.child_schedule",
     "chercher mes enfants à", "medium"),
    ("Picking up my kids at 4pm", "family.child_schedule", "Picking up my kids at", "medium"),
]

NO_MATCH = [
    "C'est la rentrée ! Une lampe de bureau pour vos enfants au collège",
    "Back to school : -20 % sur les lampes de bureau pour vos enfants",
    "Nos veilleuses pour la chambre de vos enfants",
    "Rentrée scolaire : nos lampes pour les devoirs",
    "Mon fils adore sa lampe Lumio",
    "School's out: summer sale on all lamps",
    "Your kids' school projects deserve good light",
]


@pytest.mark.parametrize(("text", "kind", "evidence", "severity"), MATCH)
def test_match(engine: Engine, text: str, kind: str, evidence: str, severity: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.detector == NAME and f.kind == kind]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert (f.category, f.severity) == ("personal_security", severity)


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []


@pytest.mark.parametrize(
    "text", ["Ma fille est à l'école Jules Ferry", "My daughter's first day at St Mary's primary"]
)
def test_inbound_for_anyone_at_medium(engine: Engine, text: str) -> None:
    # a parent naming their child's school in a public reply exposes the child: hide the reply
    anyone = engine.screen_text(text, direction="inbound")
    assert {f.severity for f in anyone.findings if f.detector == NAME} == {"medium"}


def test_inbound_the_profile_people_are_high(engine: Engine) -> None:
    ceo = engine.screen_text("Le fils de Claire Dubois est au lycée Hoche", direction="inbound")
    assert [f.severity for f in ceo.findings if f.detector == NAME] == ["high"]


@pytest.mark.parametrize(
    "text",
    [
        # the child and the school further apart (training sets d, g, i; blind 5)
        "Le fils de Claire Dubois (11 ans) a fait toute la déco du stand 🥰 il sort du collège "
        "à 16h30 et nous rejoint",
        "Proud mum moment from our COO Sophie: her daughter Emma (9) just won the chess "
        "tournament at St Mary's primary",
        # a pick-up said without the word of a child
        "Need our head of sales after 4:30? Forget it, that's Little Oaks nursery pick-up time",
        "pick-up at Lycée Ampère 4:30 every Thursday then back to the office, mom life",
    ],
)
def test_child_and_school_further_apart(engine: Engine, text: str) -> None:
    kinds = {f.kind for f in engine.screen_text(text).findings if f.detector == NAME}
    assert "family.child_school" in kinds


@pytest.mark.parametrize(
    "text",
    [
        "First day of school for my little one! So proud (no names, no schools, just pride)",
        "Premier jour d'école pour ma puce ! Pas de nom, pas d'école, juste de la fierté",
    ],
)
def test_a_parent_naming_no_school(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []
