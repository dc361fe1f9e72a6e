"""Layoffs and restructuring not yet announced: "plan social", "licenciements", "layoffs".

Rules ``layoffs.*`` of ``lexicons/human_resources.toml``: layoffs, job cuts, site closures and
restructuring (``hr.layoffs``), pay and hiring freezes (``hr.pay_freeze``), the dismissal or
departure of one person (``hr.dismissal``), the departure of an executive
(``hr.executive_departure``: "Claire Dubois quitte ses fonctions de CEO", "our CFO is leaving",
"départ du DAF"; the profile's people count as executives). A reassurance ("pas de licenciement
prévu", "no layoffs") is still a public commitment on a sensitive subject: it is sent to review
(medium) rather than blocked. "Licenciés" of a sports club, the closure of a website for
maintenance and debt restructuring are not layoffs, nor are cuts told of a competitor ("chez
Brillix, on licencie": see :class:`~.rules.OwnStaffRules`). Inbound posts too (a reply on the
organisation's page spreads it as well).

Round 11 (structural, :meth:`Layoffs._shape`, when no rule fired): a secrecy hedge or an insider
source ("we're not allowed to say anything", "pas sûr d'avoir le droit d'en parler", "si j'ai bien
lu le plan", "straight from the HR director's mouth") with a staff body ("works council", "CSE",
"le plan") or with a site or team moved or shrunk ("the Lyon call centre is moving to Porto", "un
étage en moins", "the optional move to Paris is mandatory"): a restructuring told before its
announcement (``hr.layoffs``, medium). Also by their shape: colleagues told to update their CVs
("to my colleagues in the Toulouse store: polish up your CVs", "get your CVs polished before
February"), and a number of colleagues leaving together ("dernier jour pour 12 collègues du site
de Manchester"), but not a retirement, a welcome or a job ad.

Round 12 (structural): a secrecy hedge with a workplace emptied, by a share of its desks or
people or by its boxes ("Half the desks packed up by 5pm. Not allowed to say more 🤐", "la
moitié du plateau a vidé ses bureaux, je ne peux rien dire").

Round 13 (structural, :meth:`Layoffs._closure`): a closure or jobs gone with a headcount or a
share of a team ("Fermeture du centre d'appels de Roubaix, 52 postes", "her store job is gone…
40 people"), or the paperwork of a layoff (outplacement, redundancy letters, lettres de
licenciement, severance) with its people or its timing ("the same week as the redundancy
letters"); not a closure for works or a holiday, an opening, hiring, or a competitor's closure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....models import Category, Finding, Severity
from ....profile import Profile
from ...lexicon import Gate, Rule
from ...matching import PhraseMatcher
from ..base import Context
from .rules import OwnStaffRules


class Layoffs(OwnStaffRules):
    name = "layoffs"
    version = "1.0"
    categories = (Category.HUMAN_RESOURCES,)
    directions = ("outbound", "inbound")
    description = (
        "Layoffs, job cuts, site closures, restructuring, pay and hiring freezes, dismissals "
        "and executive departures not yet announced."
    )

    #: round 11: not only a filter any more (the shape below is found without a phrase of the
    #: lexicon; its cheap test is ``SHAPE_CUES``, found by the engine's shared pass)
    PHRASES_REQUIRED = False
    #: the rule whose context also holds the profile's people (full name and last name)
    PEOPLE_RULE = "layoffs.executive_departure"

    # -- round 11 (structural): a secrecy hedge and a staff body or a site moved ------------------
    #: secrecy hedges and insider sources
    SHAPE_HEDGE = re.compile(
        r"(?:not allowed to (?:say|talk|tell)|can['’]?t (?:say|talk about|tell you) (?:anything|"
        r"much|more)|not supposed to (?:say|talk|tell|know)|(?:pas|pas s[ûu]re?|pas certaine?) "
        r"(?:d['’]avoir )?le droit d['’]en parler|(?:on n['’]a|j['’]ai|nous n['’]avons) pas le "
        r"droit d['’]en parler|"
        r"(?:on n['’]a|j['’]ai|nous n['’]avons) pas encore le droit|"
        r"je ne peux (?:rien|pas) (?:dire|en dire)|peux rien dire|"
        r"si j['’]ai bien lu|if i read (?:it|that|the \w+) (?:right|correctly)|"
        r"straight from (?:the|our) [^.!?\n]{0,30}(?:mouth|lips)|de source s[ûu]re|"
        r"off the record|entre nous|between (?:us|you and me)|motus|chut\b|shh+\b|🤐|🤫)",
        re.IGNORECASE,
    )
    #: a staff body or a plan of the organisation
    SHAPE_BODY = re.compile(
        r"(?<![\w'’])(?:works council|comit[ée] social(?: et [ée]conomique)?|"
        r"comit[ée] d['’]entreprise|cse|staff reps?|staff representatives|"
        r"repr[ée]sentants? du personnel|le plan|the plan|la r[ée]org|the reorg)(?![\w'’])",
        re.IGNORECASE,
    )
    #: a site or a team moved or shrunk
    SHAPE_MOVE = re.compile(
        r"(?:(?:moving|move|moved|relocat\w+|transf[ée]r\w*|d[ée]m[ée]nag\w+|d[ée]localis\w+) "
        r"(?:to|à|a|vers|en) [A-ZÀ-Ý][\w'’-]{2,30}"
        r"|(?:un|an?|one) (?:[ée]tage|floor|site|bureau|office|entrep[ôo]t|warehouse) en moins"
        r"|(?:one|a) (?:floor|site|office|warehouse) (?:fewer|less)"
        r"|optional move[^.!?\n]{0,30}mandatory|d[ée]m[ée]nagement[^.!?\n]{0,30}obligatoire)",
        re.IGNORECASE,
    )
    #: round 12: a workplace emptied, by a share of its desks or people or by its boxes
    #: ("half the desks packed up", "la moitié du plateau vidée", "desks cleared out")
    SHAPE_EMPTIED = re.compile(
        r"\b(?:half|a third|a quarter|la moiti[ée]|un tiers|un quart)\s(?:of\s)?(?:the\s|our\s|"
        r"des\s|de nos\s|du\s|de l['’]|de la\s)?(?:desks?|bureaux|postes|seats|chaises|floor|"
        r"[ée]tage|plateau|open[- ]space|team|[ée]quipe|staff|sales floor|people|gens|"
        r"coll[eè]gues|colleagues)\b"
        r"|\b(?:desks?|bureaux|lockers|casiers)\s(?:packed(?:\sup)?|cleared(?:\sout)?|emptied|"
        r"vid[ée]s|d[ée]barrass[ée]s)\b",
        re.IGNORECASE,
    )
    #: colleagues told to get their CVs ready
    SHAPE_CV = re.compile(
        r"(?:polish|update|dust off|brush up|refresh|mettez à jour|mettre à jour|"
        r"d[ée]poussi[ée]r\w*|peaufin\w*|refaites|pr[ée]parez)\W{1,3}(?:up\s)?(?:your\s|vos\s|"
        r"ton\s|votre\s|les\s)?(?:cvs?|resum[ée]s?|linkedin)\b"
        r"|\b(?:cvs?|resum[ée]s?)\s(?:polished|ready|updated|à jour|pr[êe]ts?)",
        re.IGNORECASE,
    )
    SHAPE_COLLEAGUES = re.compile(
        r"\b(?:(?:ex-?)?coll[eè]gues|(?:ex-?)?colleagues|(?:ex-?)?teammates|coworkers|co-workers|"
        r"les gars|folks|team)\b",
        re.IGNORECASE,
    )
    #: a number of colleagues leaving together
    SHAPE_COUNT = re.compile(
        r"\b(?:\d{1,3}|a dozen|une douzaine) (?:of (?:my|our) |de mes |de nos )?(?:coll[eè]gues|"
        r"colleagues|teammates|coworkers|of us|d['’]entre nous)\b",
        re.IGNORECASE,
    )
    SHAPE_LEAVING = re.compile(
        r"\b(?:last day|dernier jour|leaving do|pot de d[ée]part|partis|gone|leaving|partent|"
        r"quittent|left|goodbye|au revoir)\b",
        re.IGNORECASE,
    )
    #: a retirement, a welcome, a job ad or a workshop: no restructuring
    SHAPE_NOT = re.compile(
        r"\b(?:retraite|retirement|retiring|retire|bienvenue|welcome|congrats|congratulations|"
        r"f[ée]licitations|postulez|apply|envoyez|send us|workshop|atelier|career fair|"
        r"salon de l['’]emploi|job fair|we['’]re hiring|on recrute|recrutons)\b",
        re.IGNORECASE,
    )
    # -- round 13 (structural): a closure with its headcount, layoff paperwork with its people --
    #: a site closed or jobs gone (closure words, or a job word with its end)
    SHAPE_CLOSURE = re.compile(
        r"\b(?:fermeture|fermer|fermera|ferment|closure|closing down|shutting down|shut down|"
        r"shuts down|(?:job|poste|emploi|role)s?\s(?:is\s|are\s|est\s|sont\s)?(?:gone|axed|"
        r"supprim[ée]e?s?|scrapped))\b",
        re.IGNORECASE,
    )
    #: a number of jobs or people, or a share of them ("52 postes", "40 people", "a third of
    #: my floor")
    SHAPE_HEADCOUNT = re.compile(
        r"\b\d{1,4}\s(?:postes|jobs|emplois|salari[ée]s|personnes|people|employees|staff|roles|"
        r"positions|collaborateurs|coll[eè]gues|colleagues)\b"
        r"|\b(?:half|a third|a quarter|la moiti[ée]|un tiers|un quart)\s(?:of\s)?(?:my|our|the|"
        r"mon|ma|notre|du|de l['’]|de la|des|de mon|de ma|de notre)\s?(?:floor|team|site|store|"
        r"office|dept|department|[ée]tage|plateau|[ée]quipe|magasin|bureau|service|staff|"
        r"coll[eè]gues|colleagues)\b",
        re.IGNORECASE,
    )
    #: the paperwork of a layoff (closed vocabulary)
    SHAPE_PAPERWORK = re.compile(
        r"\b(?:outplacement|redundancy (?:letters?|notices?|packages?|pay|consultations?)|"
        r"lettres? de licenciement|severance (?:letters?|packages?|pay)|"
        r"indemnit[ée]s? (?:de licenciement|supra-l[ée]gales?|de d[ée]part)|"
        r"cellule de reclassement|plan de d[ée]parts?|exit packages?)\b",
        re.IGNORECASE,
    )
    #: ... with the staff's timing: a week, a memo, a date ahead
    SHAPE_WHEN = re.compile(
        r"\b(?:week|semaine|memo|m[ée]mo|note interne|lands|tomber|tombe|before christmas|"
        r"avant no[ëe]l|next month|le mois prochain|from (?:january|february|march|april|may|"
        r"june|july|august|september|october|november|december))\b",
        re.IGNORECASE,
    )
    #: a closure for works, a holiday or a season: no restructuring
    SHAPE_CLOSURE_NOT = re.compile(
        r"\b(?:travaux|r[ée]novation|renovation|refurbish\w*|exceptionnelle?|temporaire|"
        r"temporarily|temporary|holidays?|f[ée]ri[ée]s?|cong[ée]s|inventaire|stocktake|"
        r"chez|at (?:our )?competitor|concurrent|competitor|recrut\w*|hiring|cr[ée]ation|"
        r"created|new jobs|nouveaux postes|ouverture|opening)\b",
        re.IGNORECASE,
    )
    SHAPE13_CUES = (
        "postes", "jobs", "emplois", "salaries", "personnes", "people", "employees", "roles",
        "positions", "collaborateurs", "half", "a third", "a quarter", "la moitie", "un tiers",
        "un quart", "outplacement", "redundancy", "licenciement", "severance", "indemnite*",
        "reclassement", "plan de depart*", "exit package*",
    )
    #: the cheap test: a word of one of the hedges or shapes (folded)
    SHAPE_CUES = (
        "cv", "cvs", "resume", "resumes", "linkedin", "collegues", "colleagues", "teammates",
        "coworkers", "co workers", "of us", "d entre nous",
        "not allowed to", "can t say", "cant say", "can t talk", "can t tell", "not supposed to",
        "le droit d en parler", "peux rien dire", "peux pas dire", "peux pas en dire",
        "si j ai bien lu", "if i read", "straight from", "de source sure", "off the record",
        "entre nous", "between us", "between you and me", "motus", "chut", "shh*",
        *SHAPE13_CUES,
    )
    SHAPE_EXPLANATIONS = {
        "en": (
            "A restructuring hinted at before its announcement (“{found}”): a secret kept about "
            "a site, a team or the works council tells staff and competitors what is coming. "
            "Remove it until the official announcement."
        ),
        "fr": (
            "Une réorganisation suggérée avant son annonce (« {found} ») : un secret gardé sur un "
            "site, une équipe ou le CSE annonce aux salariés et aux concurrents ce qui se prépare. "
            "Retirez-le jusqu'à l'annonce officielle."
        ),
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._shape_cues: PhraseMatcher[str] = PhraseMatcher((c, c) for c in self.SHAPE_CUES)
        rule = next((r for r in self.rules if r.id == self.PEOPLE_RULE), None)
        if rule is None or not profile.people:
            return
        context: list[tuple[str, Rule]] = [(p, r) for r in self.rules for p in r.context]
        for person in profile.people:
            words = person.name.split()
            context.append((person.name, rule))
            if len(words) > 1 and len(words[-1]) >= 3:
                context.append((words[-1], rule))
        self._context = PhraseMatcher(context, on_demand=True)

    def gate(self) -> Gate:
        """Nothing without a phrase of the lexicon, a shape's cue word or a zipped-lips emoji."""
        return Gate((self._phrases, self._shape_cues), ("🤐", "🤫"))

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        findings = list(super().analyze(ctx))
        if findings or not (
            self._shape_cues.found_in(ctx.normalized) or "🤐" in ctx.text or "🤫" in ctx.text
        ):
            return findings
        return self._shape(ctx)

    def _closure(self, text: str) -> re.Match[str] | None:
        """Round 13: a closure or jobs gone with a headcount ("Fermeture du centre d'appels de
        Roubaix, 52 postes", "her store job is gone from March… 40 people"), or the paperwork of
        a layoff with its people or its timing ("an outplacement coach for a third of my floor",
        "the same week as the redundancy letters")."""
        if self.SHAPE_CLOSURE_NOT.search(text):
            return None
        headcount = self.SHAPE_HEADCOUNT.search(text)
        closure = self.SHAPE_CLOSURE.search(text)
        if closure is not None and headcount is not None:
            return closure
        paperwork = self.SHAPE_PAPERWORK.search(text)
        if paperwork is not None and (headcount is not None or self.SHAPE_WHEN.search(text)):
            return paperwork
        return None

    def _shape(self, ctx: Context) -> list[Finding]:
        """Round 11: a secrecy hedge with a staff body or a site moved (``hr.layoffs``)."""
        text = ctx.text
        what = None
        if self.SHAPE_HEDGE.search(text) is not None:
            what = (
                self.SHAPE_BODY.search(text)
                or self.SHAPE_MOVE.search(text)
                or self.SHAPE_EMPTIED.search(text)
            )
        if what is None and not self.SHAPE_NOT.search(text):
            what = self._closure(text)
        if what is None and not self.SHAPE_NOT.search(text):
            cv = self.SHAPE_CV.search(text)
            if cv is not None and self.SHAPE_COLLEAGUES.search(text):
                what = cv
            count = self.SHAPE_COUNT.search(text)
            if what is None and count is not None and self.SHAPE_LEAVING.search(text):
                what = count
        if what is None:
            return []
        return [
            self.match_finding(
                ctx,
                what,
                category=Category.HUMAN_RESOURCES,
                kind="hr.layoffs",
                severity=Severity.MEDIUM,
                rule="layoffs.shape",
                score=0.7,
                templates=self.SHAPE_EXPLANATIONS,
            )
        ]
