"""Quiet periods: the profile's 2026-12-15 .. 2027-01-28 (inclusive, Europe/Paris, UTC+1 then).

Inside, plain financial words are reviewed (``mnpi.quiet_period``, medium) and every other
financial finding is blocked (``mnpi.quiet_period``, high); announcing the publication date stays
allowed. Outside, plain financial words are nobody's business.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tocsin import Engine, Profile, parse_profile
from tocsin.screening.detectors.financial.quiet_period import QuietCalendar
from tocsin.screening.detectors.financial.quiet_period_mentions import QuietPeriodMentions

INSIDE = "2027-01-10T10:00:00+00:00"
OUTSIDE = "2026-06-15T10:00:00+00:00"
KIND = "mnpi.quiet_period"

MENTIONS = [
    # (text, evidence at the span)
    ("Nos résultats sont en cours de finalisation.", "résultats"),
    ("Le chiffre d'affaires de décembre est solide.", "chiffre d'affaires"),
    ("Great energy in the team as we close the quarterly numbers.", "quarterly"),
    ("Our revenue team is hiring!", "revenue"),
    ("Belle marge de progression pour 2027 !", "marge"),
    ("Nos perspectives pour l'an prochain ? Lumineuses.", "perspectives"),
    ("Earnings season is coming 😅", "Earnings"),
]

ALLOWED_INSIDE = [
    "Nos résultats du T4 seront publiés le 28 janvier.",
    "Save the date: Q4 results on 28 January.",
    "Assemblée générale le 12 mai.",
    "Our annual report is available on lumio.com/investors",
    "Les résultats du concours sont en ligne !",
    "Joyeuses fêtes à tous !",
    "Les soldes d'hiver commencent demain.",
    "Nos prévisions météo : neige à Noël ❄️",
    "Rencontre en marge du salon avec nos distributeurs.",
    "Merci à l'association (non-profit) qui nous accueille.",
    "Conférence téléphonique sur nos résultats le 28 janvier à 18 h, webcast sur lumio.com.",
    "Save the date: Q4 numbers on 28 January, webcast at 6 pm.",
    "Le CA du T4 sera publié le 28 janvier, rendez-vous sur lumio.com/investisseurs.",
    "Ventes de Noël : -20 % sur les guirlandes et x2 points fidélité !",
    "Joyeux Noël à Marc et à toute l'équipe logistique !",
]


@pytest.mark.parametrize(("text", "evidence"), MENTIONS)
def test_mentions_are_reviewed_inside(engine: Engine, text: str, evidence: str) -> None:
    result = engine.screen_text(text, at=INSIDE)
    found = [f for f in result.findings if f.kind == KIND]
    assert [text[f.start : f.end] for f in found] == [evidence]
    assert found[0].severity == "medium"
    assert found[0].category == "financial_disclosure"
    assert "Période de silence du 15/12/2026 au 28/01/2027 (Q4 results)" in found[0].explanation


@pytest.mark.parametrize(("text", "_"), MENTIONS)
def test_mentions_are_ignored_outside(engine: Engine, text: str, _: str) -> None:
    result = engine.screen_text(text, at=OUTSIDE)
    assert [f for f in result.findings if f.category == "financial_disclosure"] == []


@pytest.mark.parametrize("text", ALLOWED_INSIDE)
def test_allowed_inside(engine: Engine, text: str) -> None:
    result = engine.screen_text(text, at=INSIDE)
    assert [f for f in result.findings if f.category == "financial_disclosure"] == []


BOUNDARIES = [
    # (at, inside?) — Paris is UTC+1 in December and January
    ("2026-12-14T22:59:59+00:00", False),  # 23:59:59 on Dec 14 in Paris
    ("2026-12-14T23:00:00+00:00", True),  # midnight, Dec 15 in Paris
    ("2026-12-14T23:30:00+00:00", True),  # already Dec 15 in Paris
    ("2026-12-15T00:30:00+01:00", True),
    ("2027-01-28T22:59:00+00:00", True),  # 23:59 on Jan 28 in Paris: last day, inclusive
    ("2027-01-28T23:00:00+00:00", False),  # midnight, Jan 29 in Paris
    ("2027-01-29T00:00:00+01:00", False),
    ("2026-12-14T18:00:00-05:00", True),  # New York evening = Dec 15 00:00 in Paris
]


@pytest.mark.parametrize(("at", "inside"), BOUNDARIES)
def test_boundaries_in_the_organisation_time_zone(engine: Engine, at: str, inside: bool) -> None:
    mention = engine.screen_text("Nos résultats arrivent.", at=at)
    assert bool([f for f in mention.findings if f.kind == KIND]) is inside
    strong = engine.screen_text("Revenue was up 30% this quarter.", at=at)
    kinds = {(f.kind, f.severity.value) for f in strong.findings
             if f.category == "financial_disclosure"}
    assert kinds == ({(KIND, "high")} if inside else {("mnpi.results", "medium")})
    assert strong.decision == ("block" if inside else "review")


@pytest.mark.parametrize(("at", "_"), BOUNDARIES)
def test_the_calendar_agrees_with_the_profile(lumio_profile: Profile, at: str, _: bool) -> None:
    moment = datetime.fromisoformat(at)
    assert QuietCalendar(lumio_profile).at(moment) == lumio_profile.quiet_period_at(moment)


def test_mention_and_escalation_on_the_same_words_merge(engine: Engine) -> None:
    result = engine.screen_text("Revenue was up 30% this quarter.", at=INSIDE)
    found = [f for f in result.findings if f.category == "financial_disclosure"]
    assert len(found) == 1
    assert (found[0].kind, found[0].severity.value) == (KIND, "high")


def test_english_explanation(engine_en: Engine) -> None:
    result = engine_en.screen_text("Nos résultats arrivent.", at=INSIDE)
    f = next(f for f in result.findings if f.kind == KIND)
    assert f.explanation.startswith("Quiet period 2026-12-15 to 2027-01-28 (Q4 results).")


def test_without_quiet_periods_the_detector_is_off() -> None:
    profile = parse_profile('[organisation]\nname = "Acme"\n')
    assert QuietPeriodMentions(profile).enabled is False
    assert "quiet_period_mentions" not in [d.name for d in Engine(profile).detectors]


def test_megabyte_post_finishes(engine: Engine) -> None:
    text = ("résultats " + "x" * 89 + " ") * 10_000
    found = [f for f in engine.screen_text(text, at=INSIDE).findings if f.kind == KIND]
    assert len(found) == 10_000
