"""Mention matching: brand, alias, hashtag, handle, domain, person, competitor, addressed."""

from __future__ import annotations

import pytest

from tests.conftest import LUMIO_TOML
from tocsin import parse_profile
from tocsin.listening.mentions import MentionMatcher
from tocsin.models import Post

MATCHER = MentionMatcher(parse_profile(LUMIO_TOML))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # match (FR / EN)
        ("Ma lampe Lumio ne marche plus", {("brand", "Lumio")}),
        ("LUMIO c'est génial", {("brand", "Lumio")}),
        ("Lumió, lumìo : accents ignored", {("brand", "Lumio")}),
        ("Achetez chez Lumio SA !", {("brand", "Lumio"), ("alias", "Lumio SA")}),
        ("j'adore #Lumio", {("brand", "Lumio"), ("hashtag", "#lumio")}),
        ("merci @lumio_fr pour la réponse", {("brand", "Lumio"), ("handle", "@lumio_fr")}),
        ("see lumio.com/help please", {("brand", "Lumio"), ("domain", "lumio.com")}),
        ("Claire Dubois on stage today", {("person", "Claire Dubois")}),
        ("CLAIRE DUBOIS a démissionné ?", {("person", "Claire Dubois")}),
        ("Brillix is cheaper", {("competitor", "Brillix")}),
        ("va voir brillix.com", {("competitor", "Brillix"), ("competitor", "brillix.com")}),
        # near misses
        ("Illumio raised a round", set()),
        ("luminaire lumineux", set()),
        ("lumio_fr without the at sign", {("brand", "Lumio")}),
        ("#Lumiomania is a thing", set()),
        ("Claire is nice, Dubois too", set()),
        ("Brillixe n'existe pas", set()),
        ("nothing to see here / rien à voir", set()),
    ],
)
def test_terms(text: str, expected: set[tuple[str, str]]) -> None:
    found = {(m.kind.value, m.term) for m in MATCHER.find(Post(text=text))}
    assert found == expected


@pytest.mark.parametrize(
    ("fields", "addressed"),
    [
        ({"platform": "x", "in_reply_to": "Lumio_FR"}, True),
        ({"platform": "x", "mentions": ["@lumio"]}, True),
        ({"mentions": ["lumio"]}, True),  # no platform: any platform's handles
        ({"platform": "mastodon", "mentions": ["lumio"]}, False),  # not our mastodon account
        ({"platform": "x", "in_reply_to": "lumio_fan"}, False),
        ({"platform": "x", "mentions": "lumio"}, False),  # not a list: ignored
    ],
)
def test_addressed_to_an_official_account(fields: dict[str, object], addressed: bool) -> None:
    post = Post.model_validate({"text": "bonjour / hello", **fields})
    kinds = {m.kind.value for m in MATCHER.find(post)}
    assert ("addressed" in kinds) is addressed


def test_empty_profile_matches_nothing() -> None:
    matcher = MentionMatcher(parse_profile('[organisation]\nname = "X"\n'))
    assert not matcher
    assert matcher.find(Post(text="Lumio")) == []
