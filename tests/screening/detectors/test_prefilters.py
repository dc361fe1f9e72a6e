"""The cheap tests that let detectors skip a post give the same findings as the full analysis.

Each prefilter is turned off (made to let every post through) and the findings compared, post by
post, on near-misses built to sit at its edges: leetspeak with emoji and accents, 19 and 20 token
characters, dots that end a sentence or sit inside a host name, keywords glued to other words,
addresses without digits, dates on both sides of a quiet period in several time zones.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from tocsin import Engine, Post, parse_profile
from tocsin.plugins import detector_classes
from tocsin.screening.detectors.confidential import confidential_terms
from tocsin.screening.detectors.financial.quiet_period import QuietCalendar
from tocsin.screening.detectors.pii import digits, postal_address
from tocsin.screening.detectors.reputation import profanity
from tocsin.screening.detectors.secrets import high_entropy, internal_hosts, passwords
from tocsin.screening.detectors.secrets.shared_documents import SharedDocument

from ...conftest import LUMIO_TOML

PIECES = (
    "m3rde", "sh1t", "f*ck", "p*tain", "a**hole", "f***", "b@tch", "$hit", "5hit", "sh!t",
    "p%tain", "Super!", "demo!!", "100%", "#lumio", "N1ghtj4r", "0p@le", "Ｎｉｇｈｔｊａｒ",
    "N I G H T J A R",
    "mot de passe : Lumio2026!", "mdp: Azerty123", "pwd=S3cr3t!", "login admin / Azerty123",
    "admin / admin123", "code porte 4589B", "m o t  d e  p a s s e : Soleil2026", "motdepasses",
    "staging.lumio.com", "jenkins.lumio.fr", "grafana:3000", "10.0.0.12", "192.168.1.1",
    "localhost:8080", "http://intranet/", "db.internal", "dev.lumio.com", "staging.-.-c",
    "x.staging.y.z", "fin.", "a.b", "jira.acme.net", "JIRA.acme.com", "Confluence.", "ghostbin.co",
    "https://docs.google.com/document/d/1AbC", "token: Zx9Qm2Lp8Rt4Vw6Yb1Nc3Kd5",
    "aB3/dE5+fG7_hI9-jK1=", "aB3/dE5+fG7_hI9-jK1", "aB3dE5fG7hI9jK1Lm2N=o",
    "clé : 8dF3kL9pQ2rT6vX1zB4n",
    "12 rue des Lilas", "rue des Lilas", "221B Baker Street", "Baker Street", "٣ rue des Lilas",
    "sophie.martin@orange.fr", "@lumio_fr", "06 39 98 12 34", "🤡", "🎉", "é", "œuvre", "\u200b",
    "le", "the", "Lumio", "Brillix", "est", "and", "…", ".", ":", "/", "-", "@", "$", "*", "!",
)


ZONES = (-5, 1, 9)


def _posts(count: int, seed: int) -> list[Post]:
    rng = random.Random(seed)
    posts = []
    for i in range(count):
        parts = [rng.choice(PIECES) for _ in range(rng.randint(1, 8))]
        text = parts[0]
        for part in parts[1:]:
            text += rng.choice((" ", " ", "", ". ", ", ", "\n", ":", "/")) + part
        posts.append(
            Post(
                id=str(i),
                text=text,
                direction=rng.choice(("outbound", "inbound")),
                at=datetime(2026, 12, 14, 22, tzinfo=timezone(timedelta(hours=rng.choice(ZONES))))
                + timedelta(hours=rng.randint(-48, 72)),
            )
        )
    return posts


POSTS = _posts(400, 2026)


def _findings(detector_names: list[str]) -> list[list[tuple[object, ...]]]:
    classes = [cls for cls in detector_classes() if cls.name in detector_names]
    assert len(classes) == len(detector_names)
    engine = Engine(parse_profile(LUMIO_TOML), detectors=classes, models=False)
    out = []
    for post in POSTS:
        result = engine.screen(post)
        out.append(
            [
                (f.kind, f.start, f.end, f.excerpt, f.explanation, f.severity, f.score, f.rule)
                for f in result.findings
            ]
        )
    return out


def _let_through(*_: object) -> bool:
    return True


BYPASSES = [
    # (detectors compared, where the prefilter is, what turns it off)
    (["profanity"], (profanity.Profanity, "_may_mask_a_word"), staticmethod(_let_through)),
    (["high_entropy"], (high_entropy, "_RUN_OF_20"), b""),  # b"" is in every text
    (["internal_host"], (internal_hosts, "_dot_inside_a_name"), _let_through),
    (["password"], (passwords, "_FIRST_RUN"), re.compile("(?!)")),  # no first word: no test
    (["postal_address", "home_address", "person_with_contact"], (postal_address, "_DIGIT"),
     re.compile("")),  # a digit everywhere
    (["shared_document"], (SharedDocument, "GATE_WORDS_WITHOUT_SLASH"), ("",)),
    (["confidential_terms"], (confidential_terms, "_LEET_ANYWHERE"), re.compile("")),
]


@pytest.mark.parametrize(("names", "target", "value"), BYPASSES, ids=lambda v: str(v))
def test_prefilter_changes_no_finding(
    monkeypatch: pytest.MonkeyPatch, names: list[str], target: tuple[object, str], value: object
) -> None:
    with_prefilter = _findings(names)
    monkeypatch.setattr(*target, value)
    assert _findings(names) == with_prefilter
    assert sum(map(bool, with_prefilter)) >= 5, "the posts must give findings to compare"


# -- the helpers themselves ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "m3rde 🤡 sh1t",
        "0134578@$ 0134578@$",
        "é@$7 ñ0 œ1",
        "",
        "plain text",
        "Ｎ1ghtj4r",
    ],
)
def test_leet_reading_is_translate(text: str) -> None:
    assert profanity.read_leet(text) == text.translate(profanity.Profanity.LEET)
    assert confidential_terms._read_leet(text) == text.translate(confidential_terms._LEET)


@pytest.mark.parametrize(
    ("text", "has_candidate"),
    [
        ("a" * 19, False),
        ("a" * 20, True),
        ("key: " + "aB3/dE5+fG7_hI9-jK1", False),
        ("key: " + "aB3/dE5+fG7_hI9-jK1x", True),
        ("aB3/dE5+fG7=hI9-jK1xyz", False),  # '=' cuts the run
        ("ééééééééééééééééééééé", False),  # letters, but not base64 ones
        ("abcdefghijé" + "klmnopqrst", False),
        ("abcdefghij" + "\u200b" + "klmnopqrst", False),
        ("ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴ", False),  # full-width: not ASCII
    ],
)
def test_token_run_test_is_the_candidate_pattern(text: str, has_candidate: bool) -> None:
    detector = high_entropy.HighEntropy
    found = detector.CANDIDATE.search(text) is not None
    quick = high_entropy._RUN_OF_20 in text.encode("utf-8").translate(high_entropy._TOKEN_BYTES)
    assert found == quick == has_candidate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fin de phrase. Suite", False),
        ("fin.", False),
        ("lumio.fr", True),
        ("a.-b", True),
        ("a..b", True),
        ("10.0.0.1", True),
        ("", False),
    ],
)
def test_dot_inside_a_name(text: str, expected: bool) -> None:
    assert internal_hosts._dot_inside_a_name(text) is expected


def test_digit_count_is_kept_for_the_same_text_only() -> None:
    first = "06 12 34 56 78"
    assert digits.count_digits(first) == 10
    assert digits.count_digits(first) == 10
    assert digits.count_digits("".join(["06 12", " 34"])) == 6  # equal texts, new object
    assert digits.count_digits("") == 0
    assert digits.count_digits("０６ 12") == 2  # full-width digits are not ASCII ones


@pytest.mark.parametrize("hours", [-12, -5, 0, 1, 5.5, 9, 14])
def test_quiet_calendar_compares_instants(hours: float) -> None:
    profile = parse_profile(LUMIO_TOML)
    calendar = QuietCalendar(profile)
    zone = timezone(timedelta(hours=hours))
    start = datetime(2026, 12, 14, tzinfo=zone)
    for minutes in range(0, 3 * 24 * 60, 7):
        moment = start + timedelta(minutes=minutes)
        expected = next((p for s, e, p in calendar.bounds if s <= moment < e), None)
        assert calendar.at(moment) is expected
    # the last day ends at midnight, Paris time
    end = datetime.combine(date(2027, 1, 29), datetime.min.time(), profile.organisation.zone)
    assert calendar.at(end - timedelta(microseconds=1)) is not None
    assert calendar.at(end) is None
    assert calendar.at(datetime.max.replace(tzinfo=UTC)) is None
    assert calendar.at(datetime.min.replace(tzinfo=timezone(timedelta(hours=-1)))) is None
