"""Confidentiality markers: "confidentiel", "internal only", "ne pas diffuser", "sous embargo"…

The rules are data: ``screening/lexicons/confidential_markers.toml`` (FR and EN phrases, context
words, and ``unless`` exceptions for privacy reassurances, support lines, password hygiene and
public teasers). On outbound posts a marker keeps the severity of its rule (``high`` for
confidential, internal-only, embargo, NDA and not-yet-announced; ``medium`` for drafts, roadmaps,
prototypes and trade secrets). On inbound posts, where someone else shows what looks like the
organisation's internal material, the severity is one step lower: a case to look at, not a post
of ours to stop.

A few rules of the lexicon give other kinds: hints at a credential, a site's security gap
(``secret.security_gap``, with a ``personal_security`` companion) and access not revoked are
secrets; "not public yet" said of staff news or of a deal is that news's risk (``hr.unannounced``,
``mnpi.unannounced``), not a confidentiality marker.

Round 10, second pass: a hint at a credential told as a past slip that has since been fixed
("bon, on l'a changé depuis", "we've changed it since", "the code has been reset") is not a hint
any more, wherever the fix is said in the post (the lexicon's ``unless`` only looks nearby). A
credential "never changed" or "not changed since" is still one.

Round 11 (structural), detector :class:`UnreleasedTeaser`: a secrecy hedge ("can't say much",
"n'existe pas officiellement") with a launch or a season ahead, or something said to be secret
and shown in a photo anyway (shapes of :mod:`..reputation.shapes`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ....models import Category, Direction, Finding, Severity
from ...lexicon import LexiconDetector
from ..base import Context
from ..reputation.shapes import Shape, ShapeRules


class ConfidentialityMarkers(LexiconDetector):
    name = "confidentiality_markers"
    version = "1.0"
    categories = (Category.DATA_LEAK,)
    description = (
        "Confidentiality markers: confidentiel, internal only, ne pas diffuser, sous embargo, "
        "under NDA, brouillon, roadmap, not yet announced, prototype, secret de fabrication."
    )
    LEXICON = "confidential_markers"
    PHRASES_REQUIRED = True  # nothing without a phrase of the lexicon
    #: the severity of a marker on an inbound post, from the severity of its rule
    INBOUND = {
        Severity.CRITICAL: Severity.HIGH,
        Severity.HIGH: Severity.MEDIUM,
        Severity.MEDIUM: Severity.LOW,
        Severity.LOW: Severity.LOW,
    }

    #: a credential said to have been changed since (round 10, second pass), on the lowercased
    #: text; a negation just before ("n'a jamais été changé", "hasn't been changed") is checked
    FIXED_SINCE = re.compile(
        r"\b(?:on l['’]a|on les a|nous l['’]avons|nous les avons|on vient de l['’]|"
        r"(?:a|ont|avons|a bien) été) ?(?:changée?s?|modifiée?s?|réinitialisée?s?)\b"
        r"|\b(?:we(?:['’]ve| have)?|it(?:['’]s| has| was)|has|have|was|were)"
        r"(?: since| now| already)? (?:been )?(?:changed|reset|rotated)(?: it| them)?"
        r"(?: since| now| already)?\b"
    )
    NEGATED = re.compile(r"(?:n['’]|\bnot |\bnever |\bjamais |\bpas |n['’]t )\S*\s?\S*\s?$")
    CREDENTIAL_HINT = "secret.credential_hint"

    def _fixed_since(self, text: str) -> bool:
        low = text.lower()
        return any(
            not self.NEGATED.search(low[max(0, m.start() - 16) : m.start()])
            for m in self.FIXED_SINCE.finditer(low)
        )

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        inbound = ctx.post.direction is Direction.INBOUND
        fixed: bool | None = None
        for finding in super().analyze(ctx):
            if finding.kind == self.CREDENTIAL_HINT:
                if fixed is None:
                    fixed = self._fixed_since(ctx.text)
                if fixed:
                    continue
            yield replace(finding, severity=self.INBOUND[finding.severity]) if inbound else finding


#: round 11 (structural): a secrecy hedge said by someone who knows ("can't say much", "sworn to
#: secrecy", "n'existe pas officiellement", "interdiction d'en parler avant avril")
SECRECY_HEDGE = re.compile(
    r"\b(?:can'?t say (?:much|more|anything)|cannot say (?:much|more)|can'?t tell you (?:much|"
    r"more)|sworn to secrecy|not (?:supposed|allowed) to (?:say|tell|show|"
    r"talk about|spill|share)|(?:she|he|they)'ll kill me|n'existe pas (?:encore )?officiellement|"
    r"officially (?:doesn'?t|does not) exist|interdiction d'en parler|pas le droit d'en parler|"
    r"(?:je ne|j'|on ne|on) (?:peux|peut|peux pas|peut pas) (?:rien|pas) (?:en )?dire|"
    r"je peux rien dire|je ne peux pas en dire plus|motus(?: et bouche cousue)?|"
    r"top secret|codenam(?:e|ed|ing)|nom de code|sneaked me|m'a fait tester en douce|"
    r"(?:said|told me|asked me) not to (?:post|share|say)|c'est encore entre nous|"
    r"reste entre nous|just between (?:us|you and me)|"
    r"(?:the|our|le|la|notre) (?:\w+ )?secret (?:\w+ )?(?:lamps?|lampes?|products?|produits?|"
    r"projects?|projets?|prototypes?))\b"
)
#: something said to be secret or forbidden to show...
SECRET_SHOWN = re.compile(
    r"\b(?:top secret|(?:on ne|je ne) peu[xt] pas (?:dire|donner) (?:son|leur|le) nom|"
    r"can'?t (?:say|give|tell you) (?:its|their|the) name|interdiction de photographier|"
    r"no photos? allowed|not allowed to take (?:photos?|pictures?)|photos? (?:interdites?|"
    r"forbidden)|"
    r"guess (?:our|the) next product|devinez (?:notre|le) prochain produit)\b"
)
#: ...and shown anyway in a picture: "sauf que les cartons derrière moi sur la photo"
IN_THE_PICTURE = re.compile(
    r"\b(?:photos?|pics?|pictures?|captures?|screenshots?|derriere moi|behind me|au fond|"
    r"in the background|sur l'image)\b"
)
#: a product, a launch or a season ahead
LAUNCH_AHEAD = re.compile(
    r"\b(?:next (?:spring|summer|autumn|fall|winter|year|month)|(?:au|ce|cet) (?:printemps|"
    r"automne|hiver)|cet ete|out in (?:spring|summer|autumn|the fall|winter)|launch(?:es|ing)?|"
    r"lancement|sortie|va tout changer|very soon|coming soon|comingsoon|"
    r"going to (?:change everything|blow)|blow your minds?|"
    r"avant (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|"
    r"decembre)|prototype|nouveau produit|new product|building)\b"
)
#: the cue words of SECRECY_HEDGE and SECRET_SHOWN (see :attr:`Shape.cues`)
SECRECY_HEDGE_CUES = (
    "can't say", "cant say", "cannot say", "can't tell you", "cant tell you",
    "sworn to secrecy", "not supposed to", "not allowed to", "kill me", "officiellement",
    "officially", "en parler", "peux", "peut", "motus", "top secret", "codenam*", "nom de code",
    "sneaked me", "en douce", "not to", "entre nous", "just between", "secret",
)
SECRET_SHOWN_CUES = (
    "top secret", "peux", "peut", "can't say", "cant say", "can't give", "cant give",
    "can't tell you", "cant tell you", "interdiction de photographier", "no photo",
    "no photos", "not allowed to take", "interdite", "interdites", "forbidden", "guess",
    "devinez",
)
#: investors or a deal: the financial family's topic, not a product teaser
TEASER_NOT = re.compile(
    r"\b(?:investisseurs?|investors?|actionnaires?|shareholders?|rachat|acquisition|merger|"
    r"fusion|resultats|results|bourse|ticker|cours de l'action|share price|actions|shares|"
    r"contrats?|contracts?|banquiers|bankers|deal)\b"
)


class UnreleasedTeaser(ShapeRules):
    """An unreleased product teased behind a secrecy hedge (round 11, structural)."""

    name = "unreleased_teaser"
    version = "1.0"
    categories = (Category.DATA_LEAK,)
    directions = ("outbound", "inbound")
    description = (
        "An unreleased product teased behind a secrecy hedge: can't say much, sworn to "
        "secrecy, n'existe pas officiellement, with a launch or a season ahead; a secret shown "
        "in a photo."
    )
    SHAPES = (
        Shape(
            id="unreleased_teaser",
            kind="confidential.marker",
            category=Category.DATA_LEAK,
            severity=Severity.MEDIUM,
            directions=("outbound", "inbound"),
            parts=(SECRECY_HEDGE, LAUNCH_AHEAD),
            cues=SECRECY_HEDGE_CUES,
            unless=TEASER_NOT,
            window=200,
            last_part_only=True,
            explanation={
                "en": "Unreleased product teased (“{found}”): an insider hinting at what is not "
                "announced yet, behind “can't say much”, gives it away. Wait for the launch.",
                "fr": "Produit non annoncé évoqué (« {found} ») : un initié qui laisse deviner "
                "ce qui n'est pas encore annoncé, derrière « je ne peux rien dire », le "
                "dévoile. Attendez le lancement.",
            },
        ),
        Shape(
            id="secret_in_picture",
            kind="confidential.marker",
            category=Category.DATA_LEAK,
            severity=Severity.MEDIUM,
            directions=("outbound",),
            parts=(SECRET_SHOWN, IN_THE_PICTURE),
            cues=SECRET_SHOWN_CUES,
            window=160,
            last_part_only=True,
            explanation={
                "en": "Something secret shown in a picture (“{found}”): saying it is secret and "
                "posting the photo where it shows gives it away. Remove or crop the picture.",
                "fr": "Un secret montré en photo (« {found} ») : dire que c'est secret et publier "
                "la photo où on le voit le dévoile. Retirez ou recadrez la photo.",
            },
        ),
    )
