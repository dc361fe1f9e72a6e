"""E-mail addresses; the profile's domains (lumio.com, lumio.fr and subdomains) are not a leak."""

from __future__ import annotations

import pytest

from tocsin import Engine

KIND = "pii.email"

MATCH = [
    # (text, evidence at the span, masked excerpt)
    ("Écrivez à sophie.martin@gmail.com", "sophie.martin@gmail.com", "s****.m****@gmail.com"),
    ("Contact: john_doe+news@yahoo.co.uk.", "john_doe+news@yahoo.co.uk",
     "j****_d****+n****@yahoo.co.uk"),
    ("mail: JEAN.R@ORANGE.FR", "JEAN.R@ORANGE.FR", "j****.r****@orange.fr"),
    ("(karim@free.fr)", "karim@free.fr", "k****@free.fr"),
    ("<nina@outlook.com>", "nina@outlook.com", "n****@outlook.com"),
    ("fake official: support@lumio.fr.secure-login.ru", "support@lumio.fr.secure-login.ru",
     "s****@lumio.fr.secure-login.ru"),
    ("lookalike: help@lumio-support.com", "help@lumio-support.com", "h****@lumio-support.com"),
    ("sophie\u200b.martin@gmail.com hidden", "sophie\u200b.martin@gmail.com",
     "s****.m****@gmail.com"),
    ("ｓｏｐｈｉｅ＠ｇｍａｉｌ．ｃｏｍ", "ｓｏｐｈｉｅ＠ｇｍａｉｌ．ｃｏｍ", "s****@gmail.com"),
    ("🎉 léa@exemple.fr 🎉", "léa@exemple.fr", "l****@exemple.fr"),
    ("user@mail.société.fr", "user@mail.société.fr", "u****@mail.societe.fr"),
    # written to dodge scrapers
    ("écris-moi : jeanne.roux [at] laposte.net 😉", "jeanne.roux [at] laposte.net",
     "j****.r****@laposte.net"),
    ("jeanne (arobase) laposte (point) net", "jeanne (arobase) laposte (point) net",
     "j****@laposte.net"),
    ("mail me: john{at}mail[dot]co[dot]uk", "john{at}mail[dot]co[dot]uk", "j****@mail.co.uk"),
    ("Contact: Sophie.Martin[@]Gmail.com", "Sophie.Martin[@]Gmail.com", "s****.m****@gmail.com"),
    ("ｊｅａｎｎｅ［ａｔ］ｆｒｅｅ．ｆｒ", "ｊｅａｎｎｅ［ａｔ］ｆｒｅｅ．ｆｒ", "j****@free.fr"),
]

NO_MATCH = [
    "Écrivez-nous à support@lumio.fr",  # official domain
    "Press: presse@lumio.com",
    "Jobs: jobs@careers.lumio.com",  # subdomain of an official domain
    "Suivez @lumio_fr et @lumio",  # handles, not addresses
    "RDV @ 10h à la boutique",
    "a@b",  # no domain
    "name@localhost",
    "user@example.c",  # one-letter TLD
    "price: 5€ @ shop",
    "@@@@",
    "support [at] lumio.fr",  # official, even obfuscated
    "meet me at the shop.com",  # a bare ' at ' is ordinary English
    "[at] home (at) work",
    "jeanne [at] laposte",  # no top-level domain
]


@pytest.mark.parametrize(("text", "evidence", "excerpt"), MATCH)
def test_match(engine: Engine, text: str, evidence: str, excerpt: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.kind == KIND]
    assert len(found) == 1, result.findings
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert f.excerpt == excerpt
    assert f.category == "data_leak"
    assert result.decision == "review"


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.kind == KIND] == []


def test_the_address_is_never_in_the_explanation(engine: Engine) -> None:
    f = engine.screen_text("sophie.martin@gmail.com").findings[0]
    assert "sophie.martin" not in f.explanation
    assert "sophie.martin" not in f.excerpt
    assert "lumio.com, lumio.fr" in f.explanation


def test_without_a_profile_every_address_counts() -> None:
    # (round 23: but a desk's functional address, "support@", is nobody's personal data)
    result = Engine(None).screen_text("sophie.martin@lumio.fr")
    assert [f.kind for f in result.findings] == [KIND]
    assert not Engine(None).screen_text("support@lumio.fr").findings


def test_many_obfuscated_at_signs_finish(engine: Engine) -> None:
    engine.screen_text("a [at] " * 150_000 + "b.c" + " [dot] c" * 10)
    engine.screen_text("a.a.a.a.a.a.a.a.a.a [at] " * 40_000)


def test_many_at_signs_cost_linear_time(engine: Engine) -> None:
    text = ("a" * 60 + "@") * 20000 + " x@y.com"
    found = [f for f in engine.screen_text(text).findings if f.kind == KIND]
    assert text[found[-1].start : found[-1].end].endswith("x@y.com")
