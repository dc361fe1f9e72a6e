"""Random-looking strings next to secret words (secret.high_entropy); public values left alone."""

from __future__ import annotations

import pytest

from tocsin import Engine
from tocsin.screening.detectors.secrets.high_entropy import (
    HighEntropy,
    entropy_floor,
    looks_random,
    shannon_entropy,
)

KIND = "secret.high_entropy"
TOKEN = "zX6AlB4TrO7t1IPq52HRUbNebT"
HEX = "5bea3ce36a4413ff1365a1667b4e8bb6"

MATCH = [
    # (text, evidence at the span, severity)
    (f"api key: {TOKEN}", TOKEN, "high"),
    (f"API_KEY={TOKEN}", TOKEN, "high"),
    (f"La clé de l'API est {TOKEN}", TOKEN, "high"),
    (f"jeton : {TOKEN} (valable 24 h)", TOKEN, "high"),
    (f"client_secret='{TOKEN}'", TOKEN, "high"),
    (f"x-api-key: {HEX}", HEX, "high"),
    ("token: 550e8400-e29b-41d4-a716-446655440000", "550e8400-e29b-41d4-a716-446655440000",
     "high"),
    (f"Voici le jeton pour le partenaire {TOKEN}", TOKEN, "medium"),
    (f"the signing secret we use in prod {TOKEN}", TOKEN, "medium"),
    (f"Webhook https://api.partner.io/v1/notify?api_key={TOKEN}&lang=fr", TOKEN, "high"),
    (f"curl https://data.example-vendor.com/export?token={HEX}", HEX, "high"),
]

NO_MATCH = [
    # public values: commit SHAs, hashes, fingerprints, public keys, order and tracking numbers
    "Fixed in commit 89998e9ad40144eae588d4bdddec505790e70ffd, thanks!",
    f"SHA-256 checksum: {HEX}{HEX}",
    f"Empreinte de la clé SSH : SHA256:{TOKEN}",
    "Clé publique : ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG4rT3vTt99Ox5kndS4HmgTrKBT8SKzhK4rhGk",
    f"Suivi de votre colis : {TOKEN}",
    "Votre numéro de commande : 550e8400-e29b-41d4-a716-446655440000",
    # identifiers without a secret word next to them
    f"Retrouvez la vidéo {TOKEN} sur notre chaîne",
    "une clé USB 550e8400-e29b-41d4-a716-446655440000",  # a UUID counts only when assigned
    # links: official domains and non-secret parameters
    f"Votre lien : https://lumio.com/reset?token={TOKEN}",
    f"Key takeaways: https://www.lumio.com/blog/{TOKEN}",
    f"key moments https://youtu.be/dQw4w9WgXcQ?si={TOKEN}",
    f"Our API docs: https://developers.partner.io/{TOKEN}/reference",
    # words, slugs, names
    "La clé du succès : summer-collection-2026-lumio",
    "API: https://lumio.com/api/v2/produits/lampe-opale-2026",
    "Secret: ThisIsMyFavouriteLampEver",
    "api token MAX_RETRY_COUNT_FOR_API_CALLS",
    "The key is ABCDEFGHIJKLMNOPQRSTUVWX",
    # documented formats are the other detector's: no duplicate here
    "token ghp_xcyBMgaWPPyOWF74MguQG3JSr3lpxGut6VkY",
    "key AKIAB3SKCZTKMBF6JDPY",
]


def _mine(engine: Engine, text: str):  # type: ignore[no-untyped-def]
    return [f for f in engine.screen_text(text).findings if f.kind == KIND]


@pytest.mark.parametrize(("text", "evidence", "severity"), MATCH)
def test_match(engine: Engine, text: str, evidence: str, severity: str) -> None:
    found = _mine(engine, text)
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert f.severity == severity
    assert f.category == "data_leak"
    assert evidence not in f.excerpt and evidence not in f.explanation
    assert f.excerpt.startswith(evidence[:3] + "…")


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert _mine(engine, text) == []


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        (TOKEN, True),
        (HEX, True),
        ("cBfS83Cedu3QlYJJJbgIQrBc5O+x2A7CzMp1GAaw", True),
        ("k3j5h7g9f2d4s6a8q1w3e5r7", True),  # lower case and many digits
        ("produits/lampe-opale-2026", False),
        ("summer-collection-2026-lumio", False),
        ("ThisIsMyFavouriteLampEver", False),  # no digit
        ("aaaaaaaaaaaaaaaaaaaaaaaa1", False),
        ("1234567890123456789012", False),
        ("0000000000000000000000000000000a", False),
    ],
)
def test_looks_random(token: str, expected: bool) -> None:
    assert looks_random(token) is expected


def test_entropy_floor_is_below_random_strings() -> None:
    assert shannon_entropy(TOKEN) >= entropy_floor(len(TOKEN), hex_only=False)
    assert shannon_entropy("aaaa") == 0
    assert entropy_floor(64, hex_only=True) == 3.5


@pytest.mark.parametrize(
    ("lang", "words"), [("fr", "Une chaîne d'apparence aléatoire"), ("en", "random-looking")]
)
def test_explanation(lumio_profile, lang: str, words: str) -> None:  # type: ignore[no-untyped-def]
    engine = Engine(lumio_profile, detectors=[HighEntropy], lang=lang)
    result = engine.screen_text(f"token: {TOKEN}")
    assert result.decision == "block"
    assert words in result.findings[0].explanation
    assert "“token”" in result.findings[0].explanation or "« token »" in (
        result.findings[0].explanation
    )


@pytest.mark.parametrize(
    "text",
    [
        "a" * 1_000_000,
        "key " + "Ab1" * 333_333,
        ("token: " + TOKEN + " ") * 30_000,
        "https://" + "/" * 1_000_000,
        ("x" * 19 + " ") * 50_000,
    ],
)
def test_megabyte_adversarial_input_finishes(text: str) -> None:
    Engine(None, detectors=[HighEntropy]).screen_text(text)
