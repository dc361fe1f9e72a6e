"""Health claims: cures (high), vague health promises (medium), well-being (low).

Rules in ``lexicons/compliance.toml``:

- ``compliance.cure_claim`` (high): a cure, treatment or prevention verb next to a disease
  ("guérit la dépression", "prévient le covid", "kills 99.9% of viruses"), or an explicit cure
  phrase ("remède miracle", "anti-cancer");
- ``compliance.health_claim`` (medium): immunity, detox, "miracle" with a health word,
  "cliniquement prouvé" with no source (study, link) nearby;
- ``compliance.wellbeing_claim`` (low, allowed by the default policy): "améliore votre sommeil",
  "reduces stress" — soft claims a lamp maker may make if it can back them.

A treatment replaced or stopped thanks to the product ("adieu les antidépresseurs", "I stopped my
sleeping pills, everyone should") is a cure claim too, in outbound and inbound posts (rule
``medication_replacement``; every other rule is outbound only).

Round 10, second pass: ``compliance.green_claim`` (medium, outbound): a product said carbon
neutral, negative or zero-emission (rule ``green_claims``), or an origin claim admitted to be
stretched ("fabriquées en France*, à partir de composants importés", rule ``origin_claims``).
Audited reports, targets ("neutralité carbone d'ici 2040") and rivals accused of greenwashing are
left alone.

Round 11 (structural, :meth:`HealthClaims._compared`, outbound, when no rule fired): the product
compared with a medication, in one sentence naming the product or "our"/"notre": better, safer or
more effective than a treatment, doing what a treatment could not, or taking someone off it ("did
for my mum what three years of antidepressants couldn't", "plus efficace qu'un vaccin", "helped
one customer's dad come off his sleeping pills").

Negations and disclaimers ("ne soigne pas", "n'est pas un dispositif médical", "ne remplace pas
votre traitement"), questions reported ("un client m'a demandé si nos lampes soignent…") and
charity or awareness posts ("Octobre rose", "research against cancer") are left alone.

Round 13 (structural, :meth:`HealthClaims._ended`, outbound): a symptom of a closed list said to
be over ("Vos migraines ? Plus qu'un mauvais souvenir", "n'a plus fait une seule crise",
"hasn't had a single seizure") with the product in the post, not denied.

Round 15: the symptom may stop by a verb ("their migraines stopped after switching to our
warm-white mode", "mes maux de dos ont disparu") or be said goodbye to ("adieu les insomnies");
a cure denied outright ("does not cure", "ne soigne pas") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ....models import Category, Finding, Severity
from ....profile import Profile
from ...lexicon import Gate, LexiconDetector
from ...matching import PhraseMatcher
from ..base import Context


class HealthClaims(LexiconDetector):
    name = "health_claims"
    version = "1.0"
    categories = (Category.COMPLIANCE,)
    #: every rule is outbound but ``medication_replacement``: a customer urging others on the
    #: brand's page to stop a treatment is a claim to moderate too
    directions = ("outbound", "inbound")
    description = (
        "Cure, disease-prevention, vague health and well-being claims; unproven green and "
        "origin claims."
    )
    LEXICON = "compliance"
    KINDS = (
        "compliance.cure_claim",
        "compliance.health_claim",
        "compliance.wellbeing_claim",
        "compliance.green_claim",
    )

    # -- round 11 (structural): the product compared with a medication ---------------------------
    #: medications (closed vocabulary): the cheap test, folded
    MEDICATION_CUES = (
        "antidepressant*", "antidepresseur*", "sleeping pill*", "somnifere*", "vaccin*",
        "anxiolytique*", "painkiller*", "antidouleur*", "medicament*", "medication*", "meds",
        "pills", "cachets", "xanax", "prozac", "lexomil", "stilnox", "tranquilli*",
        "anti-inflammato*", "anti inflammato*", "ibuprofen*", "paracetamol", "doliprane",
    )
    MEDICATION = (
        r"(?:antidepressants?|antid[ée]presseurs?|sleeping pills?|somnif[èe]res?|vaccin(?:e|s|es)?|"
        r"anxiolytiques?|painkillers?|antidouleurs?|m[ée]dicaments?|medications?|meds|pills|"
        r"cachets|xanax|prozac|lexomil|stilnox|tranquilli[sz]ers?|anti-?inflammatoires?|"
        r"anti-?inflammatories|ibuprof[eè]ne?|parac[ée]tamol|doliprane)"
    )
    COMPARED = re.compile(
        r"(?:\b(?:what|ce que)\b[^.!?\n]{0,50}?" + MEDICATION
        + r"[^.!?\n]{0,20}?(?:couldn['’]t|could not|never could|n['’](?:ont|a|avaient|avait) "
        r"(?:jamais |pas )?(?:pu|r[ée]ussi))"
        r"|\b(?:better|more effective|safer|stronger|faster|healthier) than "
        r"(?:an? |the |your |any |all )?(?:\w+ )?" + MEDICATION
        + r"|\b(?:plus efficaces?|mieux|plus s[ûu]re?s?|plus rapides?|plus forte?s?) "
        r"qu(?:e |['’])(?:un |une |les |des |vos |tous les )?(?:\w+ )?" + MEDICATION
        + r"|\b(?:come|came|comes|coming|get|got|gets|getting|went|go) off (?:his|her|their|my|"
        r"your|the|all)? ?" + MEDICATION
        + r"|\b(?:instead of|à la place d[eu']s?|au lieu d[eu']s?|replaces?|remplacer?|"
        r"remplacent) (?:your |vos |les |des |ses |his |her |the |tes )?" + MEDICATION + r")",
        re.IGNORECASE,
    )
    #: the organisation's product or voice in the sentence
    OURS = re.compile(
        r"\b(?:our|ours|notre|nos|lamps?|lampes?|bulbs?|ampoules?|light therapy|luminoth[ée]rapie)"
        r"\b",
        re.IGNORECASE,
    )
    #: denied or warned against: "ne remplace pas vos médicaments", "not a substitute"
    DENIED = re.compile(
        r"\b(?:ne (?:remplace|remplacent)|not (?:a )?(?:replace|substitute)|doesn['’]t replace|"
        r"does not replace|don['’]t replace|do not replace|never replace|sans avis|consult|"
        r"consultez|parlez-en|talk to your doctor|"
        # round 15: a cure denied outright ("our lamp does not cure migraines")
        r"(?:does not|doesn['’]t|do not|don['’]t|cannot|can['’]t|won['’]t) (?:cure|treat|heal)|"
        r"ne (?:soigne|soignent|gu[ée]rit|gu[ée]rissent|traite|traitent) (?:pas|rien)|"
        r"(?:is not|isn['’]t|n['’]est pas) (?:a |un )?(?:medical device|dispositif m[ée]dical|"
        r"medicine|m[ée]dicament))\b",
        re.IGNORECASE,
    )
    STOP = re.compile(r"[.!?](?!\d)|\n")
    COMPARED_EXPLANATIONS = {
        "en": (
            "The product compared with a medication (“{found}”): it is a health claim a lamp "
            "cannot make (misleading, and dangerous if someone stops a treatment). Remove it."
        ),
        "fr": (
            "Le produit comparé à un médicament (« {found} ») : c'est une allégation de santé "
            "qu'une lampe ne peut pas faire (trompeuse, dangereuse si quelqu'un arrête un "
            "traitement). Retirez-la."
        ),
    }

    # -- round 13 (structural): a symptom said to be over, the product in the post ------------
    #: symptoms and attacks (closed vocabulary; not the figurative "headache")
    SYMPTOM = (
        r"(?:migraines?|crises?(?: d['’]\w+)?|seizures?|fits|convulsions?|spasmes?|spasms?|"
        r"insomnies?|insomnia|maux de t[êe]te|douleurs?|eczema|ecz[ée]ma|psoriasis|"
        r"asthm[ae]|angoisses?|panic attacks?|cauchemars|nightmares|acouph[èe]nes|tinnitus|"
        r"d[ée]prime|night terrors|terreurs nocturnes|back pain|maux de dos|mal de dos|"
        r"acn[ée]|allergies|allergy)"
    )
    #: round 15: a verb of ending ("stopped", "went away", "ont disparu", "se sont envolées")
    ENDED_VERB = (
        r"(?:(?:have |has |had |just |all |completely |totally |basically )?(?:stopped|ceased|"
        r"vanished|disappeared|cleared(?: up)?|went away|gone away|faded(?: away)?|eased off|"
        r"(?:are|is|were|was) (?:all )?gone|(?:are|is) over)|(?:ont|a|sont|est) (?:compl[èe]tement "
        r"|totalement |carr[ée]ment |tout simplement )?(?:disparue?s?|cess[ée]|fini|stopp[ée]e?s?|"
        r"envol[ée]e?s?|partie?s?|termin[ée]e?s?)|se sont (?:arr[êe]t[ée]e?s|envol[ée]e?s|"
        r"calm[ée]e?s)|s['’]est (?:arr[êe]t[ée]e?|envol[ée]e?|calm[ée]e?))"
    )
    ENDED = re.compile(
        r"\b" + SYMPTOM + r"\W{0,4}(?:(?:sont|are|is|est|were)\s)?(?:plus qu['’]une? (?:mauvais |"
        r"lointain |vieux )?souvenir|a thing of the past|(?:de )?l['’]histoire ancienne|"
        r"ancient history|(?:are |is )?history)"
        r"|\b(?:n['’](?:a|ai|ont|avons|avait)|haven['’]t|hasn['’]t|have not|has not)\s(?:plus\s)?"
        r"(?:jamais\s)?(?:fait|eu|had)\s(?:une seule|aucune|la moindre|a single|one single|"
        r"another|any more|anymore|de|d['’])\s?(?:nouvelles?\s)?" + SYMPTOM
        + r"|\b(?:plus|pas|not|zero|z[ée]ro)\s(?:une? seule?|a single|one|de|d['’])\s?"
        + SYMPTOM + r"\s(?:depuis|since)\b"
        # round 15: a symptom that stopped ("their migraines stopped after switching to our
        # warm-white mode", "mes maux de dos ont disparu"), or said goodbye to
        + r"|\b" + SYMPTOM + r"\s" + ENDED_VERB + r"(?![\w'’])"
        + r"|\b(?:no more|fini les|finies les|adieu (?:les|aux)|bye-?bye (?:les )?|"
        r"(?:say )?goodbye to|plus jamais de|say bye to)\s(?:(?:my|your|their|his|her|mes|vos|"
        r"leurs|ses|tes|the|les) )?" + SYMPTOM + r"\b",
        re.IGNORECASE,
    )
    ENDED_CUES = (
        "migraine*", "crise*", "seizure*", "fits", "convulsion*", "spasme*", "spasm*",
        "insomni*", "maux de tete", "douleur*", "eczema", "psoriasis", "asthm*", "angoisse*",
        "panic attack*", "cauchemars", "nightmares", "acouphenes", "tinnitus", "deprime",
        "night terrors", "terreurs nocturnes", "back pain", "maux de dos", "mal de dos",
        "acne", "allergies", "allergy",
    )
    #: the product in the post (a lamp, a light, "our"); brands are checked on top
    PRODUCT = re.compile(r"\b(?:lampes?|lamps?|lumi[èe]re|light|ampoules?|bulbs?)\b", re.I)
    ENDED_EXPLANATIONS = {
        "en": (
            "A symptom said to be over thanks to the product (“{found}”): a cure claim told as "
            "a result is forbidden for anything not authorised as a medicine or medical device. "
            "Remove it."
        ),
        "fr": (
            "Un symptôme présenté comme fini grâce au produit (« {found} ») : une allégation de "
            "guérison dite par son résultat est interdite hors médicament ou dispositif médical "
            "autorisé. Retirez-la."
        ),
    }

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._medication_cues: PhraseMatcher[str] = PhraseMatcher(
            (c, c) for c in self.MEDICATION_CUES
        )
        self._ended_cues: PhraseMatcher[str] = PhraseMatcher((c, c) for c in self.ENDED_CUES)
        names = [n for b in profile.brands for n in (b.name, *b.aliases)]
        names.append(profile.organisation.name)
        self._brands = re.compile(
            r"\b(?:" + "|".join(re.escape(n) for n in names if n.strip()) + r")\b",
            re.IGNORECASE,
        ) if any(n.strip() for n in names) else None

    def gate(self) -> Gate:
        """Nothing without a phrase of the lexicon or a medication's cue word."""
        return Gate((self._phrases, self._medication_cues, self._ended_cues))

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        found = list(super().analyze(ctx))
        if found or ctx.post.direction.value != "outbound":
            return found
        if self._medication_cues.found_in(ctx.normalized):
            found = list(self._compared(ctx))
        if not found and self._ended_cues.found_in(ctx.normalized):
            found = list(self._ended(ctx))
        return found

    def _ended(self, ctx: Context) -> Iterator[Finding]:
        """Round 13: a symptom said to be over ("Vos migraines ? Plus qu'un mauvais souvenir",
        "n'a plus fait une seule crise"), with the product in the post, not denied."""
        text = ctx.text
        m = self.ENDED.search(text)
        if m is None or self.DENIED.search(text):
            return
        if not (
            self.PRODUCT.search(text)
            or self.OURS.search(text)
            or (self._brands is not None and self._brands.search(text))
        ):
            return
        yield self.match_finding(
            ctx,
            m,
            category=Category.COMPLIANCE,
            kind="compliance.cure_claim",
            severity=Severity.HIGH,
            rule="symptom_ended",
            score=0.8,
            templates=self.ENDED_EXPLANATIONS,
        )

    def _compared(self, ctx: Context) -> Iterator[Finding]:
        text = ctx.text
        for m in self.COMPARED.finditer(text):
            stops = list(self.STOP.finditer(text, 0, m.start()))
            start = stops[-1].end() if stops else 0
            stop = self.STOP.search(text, m.end())
            sentence = text[start : stop.start() if stop is not None else len(text)]
            ours = self.OURS.search(sentence) or (
                self._brands is not None and self._brands.search(sentence)
            )
            if not ours or self.DENIED.search(sentence):
                continue
            yield self.match_finding(
                ctx,
                m,
                category=Category.COMPLIANCE,
                kind="compliance.cure_claim",
                severity=Severity.HIGH,
                rule="compared_with_medication",
                score=0.85,
                templates=self.COMPARED_EXPLANATIONS,
            )
            return
