"""Internal hosts and addresses (secret.internal_host). Official domains: lumio.com, lumio.fr."""

from __future__ import annotations

import pytest

from tocsin import Engine
from tocsin.screening.detectors.secrets.internal_hosts import InternalHost

KIND = "secret.internal_host"

MATCH = [
    # (text, evidence at the span, severity)
    ("Le serveur 10.12.0.5 ne répond plus", "10.12.0.5", "medium"),
    ("ssh deploy@192.168.10.42:2222 pour la mise en prod", "192.168.10.42:2222", "medium"),
    ("Base sur 172.20.1.3, réplique sur 172.32.0.1", "172.20.1.3", "medium"),
    ("metadata at 169.254.169.254 leaks creds", "169.254.169.254", "medium"),
    ("Our subnet 10.20.30.0/24 is saturated", "10.20.30.0", "medium"),
    ("Voir db01.lumio.internal:5432", "db01.lumio.internal:5432", "medium"),
    ("the NAS is at files.corp", "files.corp", "medium"),
    ("imprimante : printer-3e.local", "printer-3e.local", "medium"),
    ("wiki on intranet.lumio.lan/rh", "intranet.lumio.lan", "medium"),
    ("http://intranet/rh/conges", "intranet", "medium"),
    ("Build cassé sur http://srv-build:8080/job/deploy", "srv-build:8080", "medium"),
    ("Nouvelle version sur staging.lumio.com, testez !", "staging.lumio.com", "medium"),
    ("La recette est sur recette.client-app.fr", "recette.client-app.fr", "medium"),
    ("preprod.shop.brillix.com is down", "preprod.shop.brillix.com", "medium"),
    ("démo sur lumio-staging.herokuapp.com", "lumio-staging.herokuapp.com", "medium"),
    ("Testez dev.lumio.com", "dev.lumio.com", "medium"),
    ("API de test : api.dev2.lumio.fr/v2", "api.dev2.lumio.fr", "medium"),
    ("admin.lumio.com pour modérer", "admin.lumio.com", "medium"),
    ("dashboards: https://grafana.lumio.com/d/abc", "grafana.lumio.com", "medium"),
    ("logs dans kibana.ops.brillix.io", "kibana.ops.brillix.io", "medium"),
    ("CI: jenkins:8080", "jenkins:8080", "medium"),
    ("STAGING.Lumio.com", "STAGING.Lumio.com", "medium"),
    ("routeur du labo : 10.1.2.3", "10.1.2.3", "medium"),
    ("lancez l'appli sur localhost:3000", "localhost:3000", "low"),
    ("API locale http://127.0.0.1:8000/docs", "127.0.0.1:8000", "low"),
]

NO_MATCH = [
    # public addresses, DNS how-tos, status pages
    "Changez vos DNS pour 8.8.8.8 et 1.1.1.1 si la page ne charge pas.",
    "Suivez l'incident sur status.lumio.com",
    "Our status page: https://lumio.statuspage.io",
    "Documentation : https://developers.lumio.com/api",
    "Rendez-vous sur https://www.lumio.com/nouveautes",
    "Shop at shop.lumio.fr",
    # versions and ranges
    "La version 10.2.3.4 de l'appli corrige le bug",
    "Update to v10.2.3.4 now",
    "Firmware 192.168.1.2 ??",
    "Les plages privées : 10.0.0.0/8, 172.16.0.0/12 et 192.168.0.0/16",
    # home routers in a support answer
    "Connectez-vous à votre box sur 192.168.1.1 pour redémarrer le Wi-Fi.",
    "Open your router settings at 192.168.0.1",
    # public sites of the tools, public dev sites, loopback without port
    "Nous utilisons grafana.com, jenkins.io et play.grafana.org",
    "about.gitlab.com et gitlab.com",
    "Lisez dev.to et dev.mysql.com",
    "There's no place like 127.0.0.1",
    "http://localhost/",
    "Voir staging.example.com dans la doc",
    # words that share letters
    "Offre de stage chez Lumio : 6 mois à Lyon",
    "Évaluation en cours, au local.Demain on continue",
    "dev.lumio.community est un site de fans",
    "La recette du jour : crêpes",
    "Il est 10.30 ce matin",
    "postgres://lumio:S3cret-2026@db.partner.io/app",  # "lumio:" is a user name, not a host
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
    assert f.excerpt == evidence


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert _mine(engine, text) == []


def test_own_labels_need_a_profile() -> None:
    engine = Engine(None, detectors=[InternalHost])
    assert engine.screen_text("Testez dev.lumio.com").findings == []
    assert len(engine.screen_text("Testez staging.lumio.com").findings) == 1


@pytest.mark.parametrize(
    ("lang", "words"),
    [("fr", "une adresse IP privée"), ("en", "a private IP address")],
)
def test_explanation_and_decision(lumio_profile, lang: str, words: str) -> None:  # type: ignore[no-untyped-def]
    engine = Engine(lumio_profile, detectors=[InternalHost], lang=lang)
    result = engine.screen_text("serveur 10.1.2.3")
    assert result.decision == "review"
    assert words in result.findings[0].explanation


def test_several_hosts(engine: Engine) -> None:
    text = "10.0.4.2, staging.lumio.com et grafana.lumio.com:3000"
    found = [text[f.start : f.end] for f in _mine(engine, text)]
    assert found == ["10.0.4.2", "staging.lumio.com", "grafana.lumio.com:3000"]


@pytest.mark.parametrize(
    "text",
    [
        "10." * 333_333,
        "staging." * 125_000,
        "a" * 1_000_000 + ".internal",
        "://" * 333_333,
        ".lumio.com" * 100_000,
        "jenkins:" * 125_000,
    ],
)
def test_megabyte_adversarial_input_finishes(lumio_profile, text: str) -> None:  # type: ignore[no-untyped-def]
    Engine(lumio_profile, detectors=[InternalHost]).screen_text(text)
