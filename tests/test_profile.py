from __future__ import annotations

from pathlib import Path

import pytest

from tocsin.cli.init import starter_profile
from tocsin.errors import ProfileError
from tocsin.models import Severity
from tocsin.profile import Profile, load_profile, parse_profile
from tocsin.services.demo import demo_file

from .conftest import LUMIO_TOML


def test_starter_and_demo_profiles_validate() -> None:
    starter = parse_profile(starter_profile())
    assert starter.organisation.name == "Example SA"
    demo = parse_profile(demo_file("tocsin.toml"))
    assert demo.organisation.languages == ["fr", "en"]
    assert "lumio.fr" in demo.official_domains
    assert demo.quiet_periods[0].reason


def test_design_example_shape(lumio_profile: Profile) -> None:
    assert lumio_profile.brands[0].handles == {"x": ["lumio", "lumio_fr"]}
    assert lumio_profile.language == "fr"
    assert lumio_profile.organisation.zone.key == "Europe/Paris"
    assert lumio_profile.policy.block_at is Severity.HIGH


def test_handles_lose_their_at_and_case() -> None:
    p = parse_profile(
        '[organisation]\nname="X"\n[[brands]]\nname="X"\n[brands.handles]\nx=["@Lumio_FR"]\n'
    )
    assert p.brands[0].handles["x"] == ["lumio_fr"]


BASE = '[organisation]\nname = "Lumio SA"\n'

# (profile text, expected key in the message, expected line, expected words)
INVALID = [
    ("", "organisation", None, "required"),
    ('[organisation]\nlanguages = ["fr"]\n', "organisation.name", 1, "required"),
    (BASE + 'timezone = "Europe/Pariss"\n', "organisation.timezone", 3, "IANA"),
    (BASE + 'languages = ["french"]\n', "organisation.languages", 3, "ISO 639-1"),
    (BASE + 'languages = []\n', "organisation.languages", 3, "at least 1"),
    (BASE + '\n[[brands]]\nname = "L"\ndomains = ["https://lumio.fr/"]\n', "brands[0].domains", 6,
     "not a domain"),
    (BASE + '[[brands]]\nname = "A"\n[[brands]]\nname = "B"\ndomains = ["x y"]\n',
     "brands[1].domains", 7, "not a domain"),
    (BASE + '[[quiet_periods]]\nstart = 2027-01-10\nend = 2027-01-01\n', "quiet_periods[0]", 3,
     "before start"),
    (BASE + '[[quiet_periods]]\nstart = "tomorrow"\nend = 2027-01-01\n',
     "quiet_periods[0].start", 4, "date"),
    (BASE + '[organisaton]\nname = "typo"\n', "organisaton", 3, "not a known key"),
    (BASE + 'colour = "blue"\n', "organisation.colour", 3, "not a known key"),
    (BASE + '[policy]\nblock_at = "medium"\nreview_at = "high"\n', "policy", 3, "review_at"),
    (BASE + '[policy.severity]\n"pii.email" = "severe"\n', 'policy.severity.pii.email', 4,
     "'low', 'medium', 'high' or 'critical'"),
    (BASE + '[confidential]\nterms = ["ok", "  "]\n', "confidential.terms", 4, "empty"),
    (BASE + 'name = "twice"\n', "", 3, "TOML syntax error"),
    ('[organisation\nname = "x"\n', "", 1, "TOML syntax error"),
]


@pytest.mark.parametrize(("text", "key", "line", "words"), INVALID)
def test_invalid_profiles_name_key_line_and_expectation(
    text: str, key: str, line: int | None, words: str
) -> None:
    with pytest.raises(ProfileError) as err:
        parse_profile(text, "tocsin.toml")
    problems = err.value.problems
    assert any(
        p.key == key and p.line == line and words in p.message for p in problems
    ), problems
    assert str(err.value).startswith("tocsin.toml:")


def test_every_problem_is_reported_at_once() -> None:
    text = '[organisation]\nname = ""\ntimezone = "Mars/Olympus"\n[[brands]]\ndomains = ["x"]\n'
    with pytest.raises(ProfileError) as err:
        parse_profile(text)
    keys = {p.key for p in err.value.problems}
    assert {"organisation.name", "organisation.timezone", "brands[0].name",
            "brands[0].domains"} <= keys


@pytest.mark.parametrize(
    ("setup", "words"),
    [
        (lambda d: d / "missing.toml", "file not found"),
        (lambda d: d, "is a directory"),
    ],
)
def test_unreadable_files(tmp_path: Path, setup, words: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ProfileError) as err:
        load_profile(setup(tmp_path))
    assert words in str(err.value)


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "tocsin.toml"
    path.write_bytes(b'[organisation]\nname = "Lumio \xff"\n')
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    assert err.value.problems[0].line == 2
    assert "UTF-8" in str(err.value)


def test_policy_severity_by_family_and_kind() -> None:
    p = parse_profile(
        LUMIO_TOML + '\n[policy]\n[policy.severity]\n"pii.*" = "low"\n"pii.iban" = "critical"\n'
    )
    assert p.policy.severity_for("pii.email", Severity.MEDIUM) is Severity.LOW
    assert p.policy.severity_for("pii.iban", Severity.HIGH) is Severity.CRITICAL
    assert p.policy.severity_for("secret.aws", Severity.HIGH) is Severity.HIGH
