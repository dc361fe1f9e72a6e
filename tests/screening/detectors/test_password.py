"""Passwords in natural phrasing (secret.password), and password-hygiene advice left alone."""

from __future__ import annotations

import pytest

from tocsin import Engine, Post
from tocsin.screening.detectors.secrets.passwords import Password, looks_like_password

KIND = "secret.password"

MATCH = [
    # (text, evidence at the span, masked excerpt)
    ("Pour le salon, mot de passe : Lumio2026!", "Lumio2026!", "mot de passe: L****"),
    ("mdp: Soleil2026 (ne le dis à personne)", "Soleil2026", "mdp: S****"),
    ("MDP=Azerty123", "Azerty123", "MDP: A****"),
    ("Le mot de passe du wifi invités est LumioGuest26.", "LumioGuest26", "mot de passe: L****"),
    ("Le mot de passe, c'est Ch@teau!", "Ch@teau!", "mot de passe: C****"),
    ("the password is hunter2", "hunter2", "password: h****"),
    # a Wi-Fi key named by its protocol (blind 5)
    ("le wifi du 3e c'est LUMIO-STAFF, clé wpa : Perrache#2026!lum", "Perrache#2026!lum",
     "clé wpa: P****"),
    ("Guest network WPA key: Halo-Guest-2026", "Halo-Guest-2026", "WPA key: H****"),
    ("Password: Tr0ub4dor&3", "Tr0ub4dor&3", "Password: T****"),
    ("the wifi password for the booth is «Booth-2026»", "Booth-2026", "wifi password: B****"),
    ("Password is: x7!Kp2Lm", "x7!Kp2Lm", "Password: x****"),
    ("pwd=Xk9mQ2vL", "Xk9mQ2vL", "pwd: X****"),
    ("passwd: 'iLoveLamps'", "iLoveLamps", "passwd: i****"),
    ("Code wifi : 84729103", "84729103", "Code wifi: 8****"),
    ("Clé Wi-Fi : Lumio_Guest_7", "Lumio_Guest_7", "Clé Wi-Fi: L****"),
    ("login admin / Azerty123", "Azerty123", "login: A****"),
    ("Identifiants : jean / Soleil2026", "Soleil2026", "Identifiants: S****"),
    ("credentials: ops | W1nter!sComing", "W1nter!sComing", "credentials: W****"),
    ("Accès back-office — login: jdupont, password: R3c3tte#", "R3c3tte#", "password: R****"),
    ("@jdupont tu peux tester avec le compte demo, mdp demo1234", "demo1234", "mdp: d****"),
    ("Identifiants de la démo : demo@lumio.fr / Demo!2026", "Demo!2026", "Identifiants: D****"),
    ("Identifiants du compte Insta pour la stagiaire : lumio_fr / Ch@mpagne2026", "Ch@mpagne2026",
     "Identifiants: C****"),
    ("admin / admin123 still works on the demo router", "admin123", "admin: a****"),
    ("a screenshot with 'PW: Lumio!Admin2026' on a sticky note", "Lumio!Admin2026", "PW: L****"),
    ("m o t  d e  p a s s e  du compte LinkedIn : Lumi0-Pro-2026", "Lumi0-Pro-2026",
     "m o t  d e  p a s s e: L****"),
    ("Le mot de pаsse (Cyrillic а) : Lumio2026", "Lumio2026", "mot de pаsse: L****"),
    # access codes
    ("Le code de la porte du local serveur est 4589B, le badge ne marche plus", "4589B",
     "code de la porte: 4****"),
    ("Digicode : 2580A, 3e étage", "2580A", "Digicode: 2****"),
    ("The alarm code is 190482 if you're first in", "190482", "alarm code: 1****"),
]

NO_MATCH = [
    "Notre box est sécurisée en WPA2, la clé WPA se trouve sous la box.",
    # password hygiene and support, French and English
    "Ne partagez jamais votre mot de passe, même avec un conseiller Lumio.",
    "Never share your password with anyone, not even with us.",
    "Reset your password at lumio.com/reset",
    "Mot de passe oublié ? Cliquez ici : lumio.com/reset",
    "mot de passe oublié ?",
    "Choose a strong password: at least 12 characters, with digits and symbols.",
    "Choisissez un mot de passe fort : 12 caractères minimum.",
    "Mot de passe : au moins 12 caractères dont 1 chiffre",
    "Password must be 12+ chars: Aa1!",
    "Évitez un mot de passe comme : Azerty123",
    "If your password is 123456, change it now!",
    "Si votre mot de passe est 123456, changez-le.",
    "Les pires mots de passe de 2025 : 123456, password, azerty",
    "The worst password is: password123",
    "Votre mot de passe est personnel.",
    "Your password is incorrect.",
    "Le mot de passe est trop court",
    "mot de passe : ********",
    "password: <your-password>",
    "password = ${DB_PASSWORD}",
    "Le mot de passe est secret",
    "Mot de passe : soleil",  # a plain word: left alone (documented gap)
    "login / Sign up",
    "Login with your Lumio account.",
    "Les identifiants Lumio sont personnels.",
    "Pass Navigo : 2 jours",
    "Code promo : LUMIO20",  # a promo code is not a password
    "Rendez-vous au passage 12/03",
    "Changez votre mot de passe tous les 90 jours.",
    "Sécurisez votre Wi-Fi : mot de passe WPA2 ou WPA3.",
    "Use a password manager like 1Password or Bitwarden.",
    "Activez le mot de passe 2FA",
    "Identifiants de connexion : voir votre e-mail de bienvenue",
    "Admin / Modération : les règles du forum",
    "root/2024 archive",
    "PW 2026 : le programme du salon",  # "PW" needs a separator
    "Utilisez le code d'accès LUMIO20 pour -20 %",  # an access code needs a separator
    "Code d'accès : envoyé par SMS la veille",
    "Ne communiquez jamais le code de la porte.",
]


def _mine(engine: Engine, text: str):  # type: ignore[no-untyped-def]
    return [f for f in engine.screen_text(text).findings if f.kind == KIND]


@pytest.mark.parametrize(("text", "evidence", "excerpt"), MATCH)
def test_match(engine: Engine, text: str, evidence: str, excerpt: str) -> None:
    found = _mine(engine, text)
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert f.excerpt == excerpt
    assert f.severity == "critical"
    assert f.category == "data_leak"
    assert evidence not in f.explanation and evidence not in f.excerpt


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert _mine(engine, text) == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [("hunter2", True), ("Azerty123", True), ("iLoveLamps", True), ("P@ss", True),
     ("123456", True), ("soleil", False), ("Soleil", False), ("oublié", False), ("abc", False),
     ("****", False), ("xxx123", False), ("<pwd>", False), ("changez-le", False)],
)
def test_looks_like_password(value: str, expected: bool) -> None:
    assert looks_like_password(value) is expected


@pytest.mark.parametrize(
    ("lang", "words"), [("fr", "changez le mot de passe"), ("en", "change the password")]
)
def test_explanation_and_decision(lumio_profile, lang: str, words: str) -> None:  # type: ignore[no-untyped-def]
    engine = Engine(lumio_profile, detectors=[Password], lang=lang)
    result = engine.screen(Post(text="mdp : Lumio2026!", direction="inbound"))
    assert result.decision == "block"
    assert words in result.findings[0].explanation


@pytest.mark.parametrize(
    "text",
    [
        "mot de passe " * 80_000,
        "password is " + "a" * 1_000_000,
        "login " + "x" * 1_000_000 + " / y",
        "mdp:" * 250_000,
    ],
)
def test_megabyte_adversarial_input_finishes(text: str) -> None:
    Engine(None, detectors=[Password]).screen_text(text)
