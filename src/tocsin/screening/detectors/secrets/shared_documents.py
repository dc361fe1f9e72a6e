"""Links to shared drives, documents, boards and pastes: internal documents one click away.

"Anyone with the link" is how most internal documents are shared, so a published link is a
published document. Reported (``medium``): Google Docs, Sheets, Slides and Drive files and
folders; SharePoint and OneDrive (``*.sharepoint.com``, ``1drv.ms``); Dropbox shared links;
Notion workspace pages (``notion.so``); Box; WeTransfer; Confluence and Jira (``*.atlassian.net``,
``jira.…``, ``confluence.…``); Figma files; Airtable bases and shared views; Trello boards; Miro
boards; pastebins (pastebin.com, gist.github.com — a secret gist looks like a public one — and
the like).

Reported ``low`` (shown, allowed): pages published on purpose that often turn out to be internal
documents published by mistake — Google documents "published to the web" (``…/d/e/…/pub``) and
public Notion sites (``*.notion.site``).

Left alone: Google Forms to fill in (``…/viewform``, ``forms.gle/…``: a contest entry or a
survey is made for the public; the editor link ``…/forms/d/…/edit`` is reported), Figma
Community files, Google Drive home pages and product pages without a document
identifier. The excerpt cuts every long identifier to four characters: the link is a key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

from ....models import Category, Finding, Severity
from ....profile import Profile
from ..base import Context, Detector
from .masking import mask_link

_ID = r"[\w\-]{10,160}"
_TAIL = r"[^\s<>\"'»”]{0,300}"
#: one alternation, one group per service; the first group that matches at a position wins
SERVICES: tuple[tuple[str, str, Severity], ...] = (
    ("google_form_editor", r"docs\.google\.com/forms/(?:u/\d/)?d/(?!e/)" + _ID
     + r"/edit" + _TAIL, Severity.MEDIUM),
    ("google_published", r"docs\.google\.com/(?:document|spreadsheets|presentation)/d/e/"
     + _ID + r"/pub\w{0,10}" + _TAIL, Severity.LOW),
    ("google_docs", r"docs\.google\.com/(?:document|spreadsheets|presentation|drawings|file)"
     r"/(?:u/\d/)?d/" + _ID + _TAIL, Severity.MEDIUM),
    ("google_drive", r"drive\.google\.com/(?:file/(?:u/\d/)?d/|drive/(?:u/\d/)?folders/"
     r"|open\?id=|uc\?(?:export=\w{1,10}&)?id=)" + _ID + _TAIL, Severity.MEDIUM),
    ("sharepoint", r"[\w\-]{1,63}\.sharepoint\.com/" + r"[^\s<>\"'»”]{3,300}", Severity.MEDIUM),
    ("onedrive", r"1drv\.ms/[a-z]/[^\s<>\"'»”]{5,300}|onedrive\.live\.com/[^\s<>\"'»”]{5,300}",
     Severity.MEDIUM),
    ("dropbox", r"(?:www\.)?dropbox\.com/(?:s|sh|scl|l|t)/[^\s<>\"'»”]{5,300}|db\.tt/\w{4,40}",
     Severity.MEDIUM),
    ("notion_site", r"[\w\-]{1,63}\.notion\.site/[^\s<>\"'»”]{1,300}", Severity.LOW),
    ("notion", r"(?:www\.)?notion\.so/[^\s<>\"'»”]{3,300}", Severity.MEDIUM),
    ("box", r"(?:app\.|[\w\-]{1,63}\.)?box\.com/(?:s|v|file|folder)/[\w\-]{5,200}" + _TAIL,
     Severity.MEDIUM),
    ("wetransfer", r"(?:[\w\-]{1,63}\.)?wetransfer\.com/downloads/[\w\-/]{5,300}"
     r"|we\.tl/[\w\-]{3,40}", Severity.MEDIUM),
    ("atlassian", r"[\w\-]{1,63}\.atlassian\.net/[^\s<>\"'»”]{1,300}", Severity.MEDIUM),
    ("jira_confluence", r"(?:jira|confluence)\.(?!atlassian\.com)(?:[\w\-]{1,63}\.){1,4}"
     r"[a-z]{2,24}/[^\s<>\"'»”]{1,300}", Severity.MEDIUM),
    ("figma", r"(?:www\.)?figma\.com/(?:file|design|proto|board|slides|deck)/[\w\-]{6,60}"
     + _TAIL, Severity.MEDIUM),
    ("airtable", r"airtable\.com/(?:app|shr|tbl|viw)\w{10,40}" + _TAIL, Severity.MEDIUM),
    ("trello", r"trello\.com/[bc]/\w{6,12}" + _TAIL, Severity.MEDIUM),
    ("miro", r"miro\.com/app/board/[^\s<>\"'»”]{5,200}", Severity.MEDIUM),
    ("paste", r"(?:pastebin\.com|paste\.ee/p|hastebin\.com|rentry\.co|justpaste\.it"
     r"|controlc\.com|privatebin\.net|ghostbin\.\w{2,10})/[\w\-]{4,40}"
     r"|gist\.github\.com/(?:[\w\-]{1,39}/)?[0-9a-f]{20,40}", Severity.MEDIUM),
)


class SharedDocument(Detector):
    name = "shared_document"
    version = "1.0"
    categories = (Category.DATA_LEAK,)
    description = "Links to shared drives, documents, boards and pastebins (Google, Notion…)."

    KIND = "secret.shared_document"
    #: literals one of which every link above contains (lower-cased text): the prefilter
    GATE_WORDS = (
        "docs.google.com/", "drive.google.com/", ".sharepoint.com/", "1drv.ms/",
        "onedrive.live.com/", "dropbox.com/", "db.tt/", "notion.so/", ".notion.site/", "box.com/",
        "wetransfer.com/", "we.tl/", ".atlassian.net/", "jira.", "confluence.", "figma.com/",
        "airtable.com/", "trello.com/", "miro.com/", "pastebin.com/", "paste.ee/",
        "hastebin.com/", "rentry.co/", "justpaste.it/", "controlc.com/", "privatebin.net/",
        "ghostbin.", "gist.github.com/",
    )
    GATE_WORDS_WITHOUT_SLASH = tuple(w for w in GATE_WORDS if "/" not in w)
    LINK = re.compile(
        r"(?<![\w.\-])(?:https?://)?(?:"
        + "|".join(f"(?P<{name}>{pattern})" for name, pattern, _ in SERVICES)
        + ")",
        re.IGNORECASE,
    )
    SEVERITY = {name: severity for name, _, severity in SERVICES}
    TRAILING = ".,;:!?)]}"
    SERVICE_NAMES = {
        "google_form_editor": "Google Forms (editor link)",
        "google_published": "Google Docs (published to the web)",
        "google_docs": "Google Docs", "google_drive": "Google Drive",
        "sharepoint": "SharePoint", "onedrive": "OneDrive", "dropbox": "Dropbox",
        "notion_site": "Notion (public site)", "notion": "Notion", "box": "Box",
        "wetransfer": "WeTransfer", "atlassian": "Confluence/Jira (Atlassian)",
        "jira_confluence": "Confluence/Jira", "figma": "Figma", "airtable": "Airtable",
        "trello": "Trello", "miro": "Miro", "paste": "a pastebin",
    }

    EXPLANATIONS = {
        "en": (
            "Link to a shared document or space on {service} ({masked}). Shared links usually "
            "open to anyone holding them, so publishing one publishes the document, and often "
            "more of the drive or workspace. Check it is meant to be public; otherwise remove "
            "it, and restrict the sharing settings of the document."
        ),
        "fr": (
            "Lien vers un document ou un espace partagé sur {service} ({masked}). Un lien "
            "partagé s'ouvre en général à quiconque le détient : le publier, c'est publier le "
            "document, et souvent davantage de l'espace. Vérifiez qu'il doit être public ; "
            "sinon retirez-le et restreignez le partage du document."
        ),
    }
    PUBLIC_EXPLANATIONS = {
        "en": (
            "Link to a page published for the public on {service} ({masked}). Usually fine; "
            "check that the page shows nothing internal."
        ),
        "fr": (
            "Lien vers une page publiée pour le public sur {service} ({masked}). En général "
            "sans risque ; vérifiez que la page ne montre rien d'interne."
        ),
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._gate = ahocorasick.Automaton(ahocorasick.STORE_LENGTH, ahocorasick.KEY_STRING)
        for word in self.GATE_WORDS:
            self._gate.add_word(word)
        self._gate.make_automaton()

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        text = ctx.text
        if "/" not in text:
            # every gate word but three holds a slash, which lower-casing neither adds nor drops
            low = text.lower()
            for word in self.GATE_WORDS_WITHOUT_SLASH:  # a loop: no generator to build
                if word in low:
                    break
            else:
                return
        elif next(self._gate.iter(text.lower()), None) is None:
            return
        for match in self.LINK.finditer(text):
            service = match.lastgroup or ""
            url = match.group(0).rstrip(self.TRAILING)
            start, end = match.start(), match.start() + len(url)
            severity = self.SEVERITY[service]
            masked = mask_link(url)
            public = severity is Severity.LOW
            yield self.finding(
                ctx,
                category=Category.DATA_LEAK,
                kind=self.KIND,
                severity=severity,
                span=(start, end),
                excerpt=masked,
                rule=f"secret.shared_document.{service}",
                matched=masked,
                score=0.7 if public else 0.9,
                templates=self.PUBLIC_EXPLANATIONS if public else self.EXPLANATIONS,
                service=self.SERVICE_NAMES[service],
                masked=masked,
            )
