"""Links to shared drives, documents and pastes (secret.shared_document)."""

from __future__ import annotations

import pytest

from tocsin import Engine
from tocsin.screening.detectors.secrets.shared_documents import SharedDocument

KIND = "secret.shared_document"
DOC = "https://docs.google.com/document/d/1AbCdEfGh7IjKlMnOpQr5tUvWxYz0123456789abcd/edit"

MATCH = [
    # (text, evidence at the span, masked excerpt, severity)
    (f"Le plan de lancement : {DOC}?usp=sharing.", f"{DOC}?usp=sharing",
     "https://docs.google.com/document/d/1AbC…/edit?usp=sharing", "medium"),
    ("Budget: https://docs.google.com/spreadsheets/d/1x9Yz8Wv7Ut6Sr5Qp4On3Ml2Kj1Ih0Gf/edit#gid=0",
     "https://docs.google.com/spreadsheets/d/1x9Yz8Wv7Ut6Sr5Qp4On3Ml2Kj1Ih0Gf/edit#gid=0",
     "https://docs.google.com/spreadsheets/d/1x9Y…/edit#gid=0", "medium"),
    ("Photos HD : drive.google.com/drive/folders/1A2b3C4d5E6f7G8h9I0j",
     "drive.google.com/drive/folders/1A2b3C4d5E6f7G8h9I0j", "drive.google.com/drive/folders/1A2b…",
     "medium"),
    ("Le deck (SharePoint) https://lumio.sharepoint.com/:p:/s/Direction/EaBcDeFgHiJkLmNo?e=x1Y2",
     "https://lumio.sharepoint.com/:p:/s/Direction/EaBcDeFgHiJkLmNo?e=x1Y2",
     "https://lumio.sharepoint.com/:p:/s/Direction/EaBc…?e=x1Y2", "medium"),
    ("OneDrive : https://1drv.ms/w/s!AbCdEfGh123", "https://1drv.ms/w/s!AbCdEfGh123",
     "https://1drv.ms/w/s!Ab…", "medium"),
    ("(https://www.dropbox.com/scl/fi/abc123def456/plan.pdf?dl=0)",
     "https://www.dropbox.com/scl/fi/abc123def456/plan.pdf?dl=0",
     "https://www.dropbox.com/scl/fi/abc1…/plan.pdf?dl=0", "medium"),
    ("notes: notion.so/lumio/Roadmap-2027-8f3a9c1b2d4e",
     "notion.so/lumio/Roadmap-2027-8f3a9c1b2d4e", "notion.so/lumio/Road…", "medium"),
    ("Files: https://app.box.com/s/k2j4h6g8f0d1s3a5", "https://app.box.com/s/k2j4h6g8f0d1s3a5",
     "https://app.box.com/s/k2j4…", "medium"),
    ("Les rushs : https://we.tl/t-AbCdEf1234", "https://we.tl/t-AbCdEf1234",
     "https://we.tl/t-Ab…", "medium"),
    ("Spec: https://lumio.atlassian.net/wiki/spaces/ENG/pages/123456",
     "https://lumio.atlassian.net/wiki/spaces/ENG/pages/123456",
     "https://lumio.atlassian.net/wiki/spaces/ENG/pages/123456", "medium"),
    ("ticket jira.lumio.com/browse/OPS-42", "jira.lumio.com/browse/OPS-42",
     "jira.lumio.com/browse/OPS-42", "medium"),
    ("Maquettes : https://www.figma.com/design/AbCdEfGhIjKlMn/Lampe-Opale",
     "https://www.figma.com/design/AbCdEfGhIjKlMn/Lampe-Opale",
     "https://www.figma.com/design/AbCd…/Lampe-Opale", "medium"),
    ("Base clients airtable.com/appX1y2Z3w4V5u6T7s/tbl123",
     "airtable.com/appX1y2Z3w4V5u6T7s/tbl123", "airtable.com/appX…/tbl123", "medium"),
    ("Board: trello.com/b/AbCd1234/lancement", "trello.com/b/AbCd1234/lancement",
     "trello.com/b/AbCd…/lancement", "medium"),
    ("Logs: https://pastebin.com/AbCd1234", "https://pastebin.com/AbCd1234",
     "https://pastebin.com/AbCd…", "medium"),
    ("config https://gist.github.com/jdoe/0123456789abcdef0123456789abcdef",
     "https://gist.github.com/jdoe/0123456789abcdef0123456789abcdef",
     "https://gist.github.com/jdoe/0123…", "medium"),
    ("Les réponses : https://docs.google.com/forms/d/1Qw2Er3Ty4Ui5Op6As7Df8Gh9Jk/edit#responses",
     "https://docs.google.com/forms/d/1Qw2Er3Ty4Ui5Op6As7Df8Gh9Jk/edit#responses",
     "https://docs.google.com/forms/d/1Qw2…/edit#responses", "medium"),
    # published on purpose: low (shown, allowed)
    ("Le rapport publié : https://docs.google.com/document/d/e/2PACX-1vQx9y8z7w6v5u4t3/pub",
     "https://docs.google.com/document/d/e/2PACX-1vQx9y8z7w6v5u4t3/pub",
     "https://docs.google.com/document/d/e/2PAC…/pub", "low"),
    ("Careers: https://lumio.notion.site/Careers-8f3a9c1b", "https://lumio.notion.site/Careers-8f3a9c1b",
     "https://lumio.notion.site/Care…", "low"),
]

NO_MATCH = [
    # forms to fill in are made for the public
    "Participez au concours : https://forms.gle/AbCdEf123456",
    "Inscriptions : https://docs.google.com/forms/d/e/1FAIpQLSd9x8Y7w6V5u4T3s2R1q/viewform",
    "Google Docs, Notion ou Dropbox : quel outil pour votre équipe ?",
    "Découvrez Google Drive sur https://www.google.com/drive/",
    "Rejoignez-nous sur https://www.notion.com/product",
    "Figma community file: https://www.figma.com/community/file/123",
    "Téléchargez l'app Dropbox sur dropbox.com",
    "Pastel colours for the new collection",
    "Our Trello alternative: lumio.com/boards",
    "Jira et Confluence, c'est nous qui les utilisons",
]


def _mine(engine: Engine, text: str):  # type: ignore[no-untyped-def]
    return [f for f in engine.screen_text(text).findings if f.kind == KIND]


@pytest.mark.parametrize(("text", "evidence", "excerpt", "severity"), MATCH)
def test_match(engine: Engine, text: str, evidence: str, excerpt: str, severity: str) -> None:
    found = _mine(engine, text)
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert f.excerpt == excerpt
    assert f.severity == severity
    assert f.category == "data_leak"


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert _mine(engine, text) == []


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (DOC, "fr", "Lien vers un document ou un espace partagé sur Google Docs"),
        (DOC, "en", "Link to a shared document or space on Google Docs"),
        ("https://lumio.notion.site/Careers-8f3a9c1b", "en",
         "page published for the public on Notion (public site)"),
    ],
)
def test_explanation(lumio_profile, text: str, lang: str, words: str) -> None:  # type: ignore[no-untyped-def]
    result = Engine(lumio_profile, detectors=[SharedDocument], lang=lang).screen_text(text)
    assert words in result.findings[0].explanation
    assert "1AbCdEfGh7IjKlMn" not in result.findings[0].explanation


@pytest.mark.parametrize(
    "text",
    [
        "docs.google.com/" * 62_500,
        "https://lumio.sharepoint.com/" + "a" * 1_000_000,
        "dropbox.com/s/" + "x" * 1_000_000,
        "jira." * 200_000,
    ],
)
def test_megabyte_adversarial_input_finishes(text: str) -> None:
    Engine(None, detectors=[SharedDocument]).screen_text(text)
