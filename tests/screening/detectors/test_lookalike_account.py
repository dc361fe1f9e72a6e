"""Lookalike accounts: handles and display names imitating Lumio or its CEO (test profile)."""

from __future__ import annotations

import pytest

from tocsin import Engine, Post

NAME = "lookalike_account"


def _findings(engine: Engine, **fields: str | None) -> list:  # type: ignore[type-arg]
    post = Post(text="Bonjour, merci pour votre message.", direction="inbound", **fields)
    return [f for f in engine.screen(post).findings if f.detector == NAME]


HANDLES = [
    # (author, platform, kind, severity, words in the English explanation)
    ("lumio_support", "x", "impersonation.handle", "high", "words added"),
    ("Lumio.Officiel", "x", "impersonation.handle", "high", "words added"),
    ("service.client.lumio", "x", "impersonation.handle", "high", "words added"),
    ("lumio_refunds", "instagram", "impersonation.handle", "high", "words added"),
    ("LumioHQ", "x", "impersonation.handle", "high", "words added"),
    ("lumio_care_team", "x", "impersonation.handle", "high", "words added"),
    ("lumio.giveaway", "tiktok", "impersonation.handle", "high", "words added"),
    ("lumіo", "x", "impersonation.handle", "high", "lookalike characters"),  # Cyrillic і
    ("lumιo", "x", "impersonation.handle", "high", "lookalike characters"),  # Greek iota
    ("lumıo", "x", "impersonation.handle", "high", "lookalike characters"),  # dotless i
    ("ｌｕｍｉｏ", "x", "impersonation.handle", "high", "lookalike characters"),  # full-width
    ("lurnio", "x", "impersonation.handle", "high", "lookalike characters"),  # rn for m
    ("Iumio", "x", "impersonation.handle", "high", "capital I"),
    ("lum1o", "x", "impersonation.handle", "high", "digits or symbols"),
    ("lumi0_fr", "x", "impersonation.handle", "high", "digits or symbols"),
    ("lumio2024", "x", "impersonation.handle", "high", "number added"),
    ("lumioo", "x", "impersonation.handle", "high", "doubled"),
    ("lumoi", "x", "impersonation.handle", "high", "swapped"),
    ("lumo_support", "x", "impersonation.handle", "high", "left out"),
    ("l_u_m_i_o", "x", "impersonation.handle", "high", "dots, dashes"),
    ("lumio@evil.social", "mastodon", "impersonation.handle", "high", "another server"),
    ("lumio-support.bsky.social", "bluesky", "impersonation.handle", "high", "words added"),
    ("lumio", "instagram", "impersonation.handle", "medium", "not an official one"),
    ("claire_dubois_ceo", "x", "impersonation.executive", "high", "words added"),
    ("ClaireDub0is", "x", "impersonation.executive", "high", "digits or symbols"),
]


@pytest.mark.parametrize(("author", "platform", "kind", "severity", "words"), HANDLES)
def test_lookalike_handles(
    engine_en: Engine, author: str, platform: str, kind: str, severity: str, words: str
) -> None:
    found = _findings(engine_en, author=author, platform=platform)
    assert [f.kind for f in found] == [kind]
    assert found[0].severity == severity
    assert words in found[0].explanation
    assert found[0].start is None and found[0].score >= 0.7


NOT_LOOKALIKES = [
    # official accounts, any case, with '@', on their platform or when no platform is given
    ("lumio", "x"),
    ("@Lumio_FR", "x"),
    ("LUMIO", None),
    ("lumio_fr", None),
    # names that merely share letters with the brand
    ("lumiere", "x"),
    ("lumiere_b", "x"),
    ("lumina_photo", "x"),
    ("illumination", "x"),
    ("humour_du_jour", "x"),
    ("limousine_paris", "x"),
    ("marie_lumen", "x"),
    ("claire_martin", "x"),
    ("duboiscuisine", "x"),
    ("brillix_fan", "x"),  # a competitor is not the brand
    ("jean_dupont", None),
]


@pytest.mark.parametrize(("author", "platform"), NOT_LOOKALIKES)
def test_not_lookalikes(engine: Engine, author: str, platform: str | None) -> None:
    assert _findings(engine, author=author, platform=platform) == []


@pytest.mark.parametrize(
    ("author", "name", "kinds"),
    [
        ("deals_daily", "Lumio Support", ["impersonation.display_name"]),
        ("jd_1988", "Service client Lumio", ["impersonation.display_name"]),
        ("random_user", "Claire Dubois", ["impersonation.executive"]),
        ("lumio", "Lumio Support", []),  # the official account may name itself as it likes
        ("jd_1988", "Lumière Dupont", []),
        ("jd_1988", "Marie Claire", []),
    ],
)
def test_display_names(engine: Engine, author: str, name: str, kinds: list[str]) -> None:
    found = _findings(engine, author=author, author_name=name, platform="x")
    assert [f.kind for f in found] == kinds
    assert all(f.severity == "medium" for f in found)


def test_explanations_in_both_languages(engine: Engine, engine_en: Engine) -> None:
    fr = _findings(engine, author="lumio_support", platform="x")[0]
    en = _findings(engine_en, author="lumio_support", platform="x")[0]
    assert "imite Lumio" in fr.explanation and "mots ajoutés" in fr.explanation
    assert "imitates Lumio" in en.explanation
    assert "words added to the name (support)" in en.explanation
    assert fr.excerpt == "@lumio_support" and fr.matched == "lumio_support"


def test_outbound_posts_are_not_checked(engine: Engine) -> None:
    post = Post(text="Nouvelle lampe !", direction="outbound", author="lumio_support")
    assert [f for f in engine.screen(post).findings if f.detector == NAME] == []


def test_decision_blocks_an_impersonating_handle(engine: Engine) -> None:
    post = Post(text="Écrivez-nous en DM", direction="inbound", author="lumio_help", platform="x")
    assert engine.screen(post).decision == "block"
