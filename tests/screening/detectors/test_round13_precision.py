"""Round 13 (precision, blind11's false positives): the "unless" contexts of look-alikes.

A draft sent by the agency to the brand for approval is a review request (its quoted text is
judged by the other rules); a graduate programme also open to career changers sets no age limit;
an absence told as over ("back from a week off") and a next goal at a season ("next stop: the
relay in spring") are no whereabouts; a coach who trains people is not a bus; power cuts are not
job cuts; walking out of an executive's office is not leaving the job; an inbound post addressed
to our own handle that speaks of "a certain Lyon brand" means us, not a rival. Each near-miss row
has its risky twin among the match rows, in French and English."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

# (text, direction, detector, kind): still found
MATCH = [
    ("Brouillon – ne pas publier : le communiqué de lancement de la Nova", "outbound",
     "confidentiality_markers", "confidential.marker"),
    ("Draft v2 of the launch post, not final, link to come", "outbound",
     "confidentiality_markers", "confidential.marker"),
    ("Poste de commercial : jeune diplômé, 25 ans maximum", "outbound",
     "job_discrimination", "compliance.discrimination"),
    ("Sales role: young graduates only, under 30", "outbound",
     "job_discrimination", "compliance.discrimination"),
    ("Marc part en vacances trois semaines à partir du 3 août", "outbound",
     "whereabouts", "whereabouts.absence"),
    ("Claire is away on holiday for two weeks from 3 August", "outbound",
     "whereabouts", "whereabouts.absence"),
    ("Our CEO flies to Bali for two weeks, she'll be back from her trip on the 20th", "outbound",
     "whereabouts", "whereabouts.absence"),
]

# (text, direction, detector): no finding of that detector
NEAR_MISS = [
    ("Brouillon (agence) : « Notre mode Soirée filtre 80 % du bleu après 20h. » OK pour vous ?",
     "outbound", "confidentiality_markers"),
    ("Draft for approval — 'Meet the new Ambiance range, in stores 3 October.' OK to schedule?",
     "outbound", "confidentiality_markers"),
    ("Agency draft for the spring campaign: 'Softer light for longer evenings.' Thoughts?",
     "outbound", "confidentiality_markers"),
    ("Tu es jeune diplômé·e ou en reconversion ? Notre programme t'accueille, candidatures "
     "jusqu'au 30 avril.", "outbound", "job_discrimination"),
    ("Young graduate or career changer? Our programme is open, apply by 30 April.", "outbound",
     "job_discrimination"),
    ("Back from a week off with family — recharged and ready for the autumn!", "outbound",
     "whereabouts"),
    ("Je suis de retour de trois semaines de congés, prête pour la rentrée !", "outbound",
     "whereabouts"),
    ("Ran my first half marathon today! Next stop: the team relay in spring", "outbound",
     "whereabouts"),
    ("Premier semi-marathon bouclé ! Prochain arrêt : le relais de l'équipe au printemps",
     "outbound", "whereabouts"),
    ("Anyone know a good career coach in Lyon? Asking for a friend.", "outbound", "whereabouts"),
    ("Quelqu'un connaît un bon coach de carrière à Lyon ?", "outbound", "whereabouts"),
    ("Just signed the biggest order we've ever placed with a certain Lyon lighting brand… "
     "@lumio you're gonna have a merry Q3", "inbound", "competitor_disparagement"),
]

HR_NEAR_MISS = [
    "Power cuts across half of Kent tonight: our battery lamp keeps the team lit",
    "Coupures de courant dans la moitié de la Bretagne : l'équipe du SAV reste joignable",
    "Our IR lead just walked out of the CFO's office smiling, the team is curious",
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_still_found(engine: Engine, text: str, direction: str, detector: str, kind: str) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISS)
def test_near_miss(engine: Engine, text: str, direction: str, detector: str) -> None:
    assert_not_found(engine, text, direction, detector)


@pytest.mark.parametrize("text", HR_NEAR_MISS)
def test_no_layoff_hint(engine: Engine, text: str) -> None:
    result = engine.screen_text(text)
    assert [f.kind for f in result.findings if f.kind == "hr.layoffs"] == [], result.findings
