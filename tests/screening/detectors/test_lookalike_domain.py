"""Typosquatted, homograph and brand-bearing domains, and link shorteners (Lumio: lumio.com/.fr)."""

from __future__ import annotations

import pytest

from tocsin import Engine, Post

NAME = "lookalike_domain"


def _findings(engine: Engine, text: str, direction: str = "inbound", url: str | None = None):  # type: ignore[no-untyped-def]
    post = Post(text=text, direction=direction, url=url)
    return [f for f in engine.screen(post).findings if f.detector == NAME]


MATCH = [
    # (text, evidence at the span, rule)
    ("Remboursement sur https://lumio-login.com/fr", "lumio-login.com", "domain.dictionary"),
    ("Claim your gift: lumio-gift.net", "lumio-gift.net", "domain.dictionary"),
    ("Soldes sur lumio-outlet.shop !", "lumio-outlet.shop", "domain.dictionary"),
    ("Support: securelumio.com/help", "securelumio.com", "domain.dictionary"),
    ("Nouveau site : lumio.shop", "lumio.shop", "domain.tld-swap"),
    ("see www.lumio.net now", "www.lumio.net", "domain.tld-swap"),
    ("Go to lumіo.com", "lumіo.com", "domain.homoglyph"),  # Cyrillic і
    ("Go to xn--lumo-n9d.com", "xn--lumo-n9d.com", "domain.homoglyph"),  # the same, punycode
    ("Go to lurnio.com", "lurnio.com", "domain.homoglyph"),
    ("Go to lumi0.fr", "lumi0.fr", "domain.homoglyph"),
    ("Go to lu-mio.com", "lu-mio.com", "domain.hyphenation"),
    ("Go to lu.mio.com", "lu.mio.com", "domain.subdomain"),
    (
        "Vérifiez sur lumio.com.secure-pay.ru",
        "lumio.com.secure-pay.ru",
        "domain.brand-in-subdomain",
    ),
    (
        "Vérifiez sur lumio.verify-account.net",
        "lumio.verify-account.net",
        "domain.brand-in-subdomain",
    ),
    ("Go to lumioo.com", "lumioo.com", "domain.repetition"),
    ("Go to lumoi.com", "lumoi.com", "domain.transposition"),
    ("Go to lumo.com", "lumo.com", "domain.omission"),
    ("Go to lumios.com", "lumios.com", "domain.addition"),
    ("Go to lumeo.fr", "lumeo.fr", "domain.vowel-swap"),
    ("Go to lumim.com", "lumim.com", "domain.bitsquatting"),
    ("Go to lkumio.com", "lkumio.com", "domain.insertion"),
    ("Go to luzio.com", "luzio.com", "domain.replacement"),
    ("écrivez à support@lumio-care.com", "lumio-care.com", "domain.dictionary"),
]


@pytest.mark.parametrize(("text", "evidence", "rule"), MATCH)
def test_lookalike_domains(engine_en: Engine, text: str, evidence: str, rule: str) -> None:
    found = _findings(engine_en, text)
    assert [(f.kind, f.rule) for f in found] == [("impersonation.domain", rule)]
    f = found[0]
    assert text[f.start : f.end] == evidence and f.severity == "high"
    assert "imitates Lumio" in f.explanation


NO_MATCH = [
    "Tout est sur https://www.lumio.fr/halo et lumio.com",  # official, and a subdomain
    "Voir shop.lumio.com/promo ou support.lumio.fr",
    "Voir LUMIO.COM",
    "Le film sur lumiere.fr est super",  # shares letters only
    "Article sur lemonde.fr et wikipedia.org",
    "Brillix a un site : brillix.com",  # a competitor, not the brand
    "lumio est super, etc. e.g. 3.5 fois mieux",
    "Fichier rapport.pdf et image.png",
    "illumination.com a de belles lampes",
]


@pytest.mark.parametrize("text", NO_MATCH)
def test_not_lookalike_domains(engine: Engine, text: str) -> None:
    assert _findings(engine, text) == []


def test_the_post_url_is_checked_too(engine: Engine) -> None:
    found = _findings(engine, "Regardez ça", url="https://lumio-secure.com/login")
    assert [f.kind for f in found] == ["impersonation.domain"]
    assert found[0].start is None and found[0].matched == "lumio-secure.com"


def test_one_finding_per_registered_domain(engine: Engine) -> None:
    found = _findings(engine, "a.lumio-login.com et b.lumio-login.com puis lumio-login.com")
    assert len(found) == 1 and found[0].matched == "lumio-login.com"


def test_idn_is_matched_in_ascii_form(engine: Engine) -> None:
    (f,) = _findings(engine, "voir lumіo.fr")
    assert f.matched == "xn--lumo-n9d.fr"
    assert "xn--lumo-n9d.fr" in f.explanation and "lumіo.fr" in f.explanation


@pytest.mark.parametrize(
    ("text", "direction", "kinds"),
    [
        ("Infos ici : https://bit.ly/3xYz", "inbound", ["impersonation.shortened_link"]),
        ("Details: tinyurl.com/abcd", "inbound", ["impersonation.shortened_link"]),
        ("Notre vidéo : https://bit.ly/3xYz", "outbound", []),  # our own posts: not screened
        ("https://t.co/abc is X's wrapper", "inbound", []),
    ],
)
def test_shorteners_go_to_review(
    engine: Engine, text: str, direction: str, kinds: list[str]
) -> None:
    found = _findings(engine, text, direction)
    assert [f.kind for f in found] == kinds
    assert all(f.severity == "medium" for f in found)


def test_outbound_posts_are_not_screened(engine: Engine) -> None:
    assert _findings(engine, "Rendez-vous sur lumoi.com !", direction="outbound") == []


@pytest.mark.parametrize("official", ["société.fr", "xn--socit-esab.fr"])
@pytest.mark.parametrize("written", ["société.fr", "xn--socit-esab.fr", "www.société.fr"])
def test_an_idn_official_domain_in_either_form_is_official(official: str, written: str) -> None:
    from tocsin import parse_profile

    profile = parse_profile(
        f'[organisation]\nname = "S"\n[[brands]]\nname = "Société"\ndomains = ["{official}"]\n'
    )
    assert _findings(Engine(profile), f"voir {written}") == []
