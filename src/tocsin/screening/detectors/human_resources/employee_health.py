"""The health of employees: sick leave, burn-out, hospital stays, illnesses, pregnancy.

Rules ``employee_health.*`` of ``lexicons/human_resources.toml``: a health state said of someone
("Marc est en arrêt maladie", "she is on sick leave"), or a health word next to a specific
colleague ("notre collègue ... burn-out", "welcome back ... chemo"), or a health event told
without those words ("back after his stroke", "de retour après son AVC", "en chimio", "a fait une
fausse couche"). Prevention and awareness posts ("prévenir le burn-out", "health and safety
training", "World Stroke Day") are not about anyone. Inbound posts too (a reply on the
organisation's page spreads it as well). Special-category
data about identifiable people in general is the compliance family's; this detector is about
the organisation's own staff (``hr.employee_health``).

Round 11 (structural, :meth:`EmployeeHealth._shape`, when no rule fired): a named person (a first
name of the shipped list, or a colleague word) and, in the same sentence, a word of a closed
medical vocabulary: a specialist ("her oncologist", "son cardiologue"), a treatment ("en chimio",
"sous antidépresseurs") or a care event ("in hospital since Monday", "heart attack", "a fait un
AVC"). Not when the sentence speaks of a product ("our lamp did for my mum what antidepressants
couldn't" is a health claim), of awareness or research, or of a relative of the writer.

Each rule gives two findings: ``hr.employee_health`` and ``compliance.special_category``. When the
person is a customer ("Customer of the month: Rachel, 7 months pregnant", "case study: Sinéad ...
gestational diabetes", "Mrs Lambert, who is bipolar") or a competitor's ("the Brillix CEO is
stepping back for health reasons"), only the compliance finding is kept: it is special-category
data of an identifiable person, not the health of the organisation's staff.

Round 12 (structural): two more closed vocabularies in the shape, an injury of a body part or
an accident ("deux doigts cassés", "broke his wrist", "s'est brûlé la main", "stitches",
"l'accident de Romain"; not a safety record, "sans accident") and a baby on the way ("une
poussette double", "a pram", "future maman"), still with a named person or a colleague in the
sentence; and the writer handing their own work over ("Sandrine reprend mes dossiers
clients", "Tom covers for me until I'm back") makes them staff, so a customer word nearby ("mes
dossiers clients") no longer turns the finding into a customer's. And a named person's long
absence told without its reason, in a post of wishes of strength or recovery ("Sophie ne
reviendra pas avant un bon moment… on lui envoie plein de force", "Priya is off for a few
months, sending her love"); not a sabbatical, a trip, a retirement or parental leave.

Round 13 (structural): three more closed vocabularies in the shape, a doctor's order ("son
médecin lui a prescrit du repos"), an operation on a body part ("hip op", "opération du genou")
and rounds of treatment next to hair ("round 4 of 6… hair or no hair"); a title and a surname
("Mr Okafor") name a person too, given the special-category finding only (most often a
customer); a step back ("prend un peu de recul", "stepping back for") is a long absence.

Round 14 (structural, :meth:`EmployeeHealth._quoted`): an absence put in scare quotes ("'on
leave'", "« en congé »", "'long retreat'", "« télétravail »") with a hint of care in the post (a
clinic, rehab, "not a beach", "pas vraiment des vacances", wishes, a baby emoji) and a named
person, a colleague or an executive by title ("our CTO", "notre DAF"); a secret alone ("between
us") is no hint, and a "well-earned break" with thanks is none either.

Round 15 (structural, :meth:`EmployeeHealth._struggle`): a person fighting something unnamed
("qui se bat depuis cet été", "traverse une rude épreuve", "still battling on") in a post that
wishes them back or strength ("reviens vite", "we miss her"); rehab, physiotherapy and therapists
join the medical vocabulary; a health euphemism in quotes ('stress', « surmenage ») counts with an
absence in the post; a person may be said by a bond or a department ("our Dave", "Nicolas de la
compta", "Julien du SAV"). Not a match, a contest, a deadline or the printer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import chain

from ....models import Category, Finding, Severity
from ....profile import Profile
from ...lexicon import Gate
from ...matching import PhraseMatch, PhraseMatcher
from ..base import Context
from ..pii.person_with_contact import first_names
from .rules import OwnStaffRules


class EmployeeHealth(OwnStaffRules):
    name = "employee_health"
    version = "1.0"
    categories = (Category.HUMAN_RESOURCES,)
    directions = ("outbound", "inbound")
    description = "Health of employees: sick leave, burn-out, hospital stays, illness, pregnancy."

    #: round 11: not only a filter any more (the shape below is found without a phrase of the
    #: lexicon; its cheap test is ``SHAPE_CUES``, found by the engine's shared pass)
    PHRASES_REQUIRED = False
    #: words that make the person a customer, a client or a witness of a customer story
    CUSTOMER_WORDS = (
        "customer", "customers", "client", "clients", "cliente", "clientes",
        "customer of the month", "client du mois", "cliente du mois", "customer story",
        "case study", "étude de cas", "témoignage", "testimonial", "mr", "mrs", "mme",
        "madame", "monsieur",
        "acheteur", "acheteuse", "buyer", "user", "utilisateur", "utilisatrice",
    )
    #: words that make the person staff after all ("Mme Keller, employée de Zurich")
    STAFF_WORDS = (
        "employé", "employée", "employee", "salarié", "salariée", "collègue", "colleague",
        "coworker", "co-worker", "staff", "notre équipe", "our team", "stagiaire", "intern",
        # a role in the organisation ("Mme Fabre, responsable logistique")
        "responsable", "manager", "directeur", "directrice", "chef", "cheffe", "délégué",
        "déléguée", "technicien", "technicienne", "head of",
        # round 12: the writer hands their own work over: they are staff ("Sandrine reprend mes
        # dossiers clients", "Tom covers my accounts until I'm back")
        "reprend mes dossiers", "reprendra mes dossiers", "reprend mes clients",
        "mes dossiers", "mon portefeuille", "mon absence", "mon retour", "mon intérim",
        "takes over my", "will take over my", "covers for me", "covering for me", "my accounts",
        "my cases", "my absence", "until i'm back", "until i am back", "while i'm out",
        # round 15: a person said with their department is staff ("Julien du SAV", "Raj from
        # accounts", "Nicolas de la compta")
        "du sav", "du service client", "du support", "de la compta", "de la comptabilité",
        "de l'atelier", "de l'entrepôt", "de la logistique", "de l'accueil", "du magasin",
        "from accounts", "from accounting", "from support", "from the warehouse",
        "from customer service", "from the store", "in accounts", "in accounting",
    )
    #: characters between a customer (or staff) word and the evidence
    CUSTOMER_REACH = 70

    # -- round 11 (structural): a named person and a closed medical vocabulary ---------------------
    #: specialists, treatments and care events (closed vocabulary, FR and EN)
    SHAPE_MEDICAL = re.compile(
        r"(?<![\w'’])(?:"
        r"oncolog(?:ist|ue)s?|cardiolog(?:ist|ue)s?|neurolog(?:ist|ue)s?|psychiatr(?:ist|e)s?|"
        r"rheumatologists?|rhumatologues?|gyn[ée]colog(?:ist|ue)s?|gynaecologists?|"
        r"obstetricians?|surgeons?|chirurgiens?|"
        r"chemo(?:therapy)?|chimio(?:th[ée]rapie)?|radioth[ée]rapie|radiotherapy|"
        r"radiation therapy|dialys[ie]s|dialyse|antid[ée]presseurs|antidepressants?|"
        r"anxiolytiques|insulin[e]?|"
        r"in (?:the )?hospital|à l['’]h[ôo]pital|hospitalis[ée]e?|hospitali[sz]ed|"
        r"heart attack|crise cardiaque|infarctus|avc|stroke|panic attacks?|"
        r"crises? d['’]angoisse|burn-?out|d[ée]pression|cancer|tumeur|tumou?r|"
        r"fausse couche|miscarriage|cong[ée] maternit[ée]|maternity leave|"
        r"arr[êe]t maladie|sick leave|"
        # round 12: an injury of a body part, and a baby on the way (closed vocabularies)
        r"(?:doigts?|bras|jambes?|poignets?|chevilles?|c[ôo]tes?|mains?|pieds?|[ée]paules?|"
        r"genoux?|nez|clavicules?|orteils?|vert[èe]bres?)[ \t](?:cass[ée]e?s?|fractur[ée]e?s?)|"
        r"(?:broken|fractured|sprained|crushed)[ \t](?:arms?|legs?|wrists?|fingers?|ankles?|"
        r"ribs?|hands?|foot|feet|nose|collarbone|toes?|back|vertebra)|"
        r"s['’]est[ \t](?:cass[ée]e?|fractur[ée]e?|bless[ée]e?|br[ûu]l[ée]e?)[ \t](?:le|la|les|"
        r"l['’]|deux|trois|un|une)|"
        r"(?:broke|fractured|injured|hurt|crushed|burnt|burned)[ \t](?:his|her|their)[ \t]"
        r"(?:arm|leg|wrist|finger|ankle|rib|hand|foot|back|shoulder|knee|nose|toe)s?|"
        r"points de suture|stitches|(?:l['’])?accidents?|"
        r"poussettes?|landaus?|berceaux?|biberons?|strollers?|prams?|baby bump|"
        r"future maman|future mum|mum-to-be|mom-to-be|maman en devenir|"
        # round 13: a doctor's order, an operation on a body part, a course of treatment
        # counted in rounds (closed vocabularies)
        r"(?:m[ée]decin|docteur|toubib|g[ée]n[ée]raliste) (?:lui |l['’])?a (?:prescrit|ordonn[ée]|"
        r"arr[êe]t[ée]e?)|(?:doctor|gp|doc|consultant) (?:has )?(?:prescribed|ordered|signed "
        r"(?:him|her|them) off)|"
        r"(?:hip|knee|back|heart|shoulder|eye|cataract|bypass|spine|spinal|hernia|ankle|wrist|"
        r"gallbladder|kidney) (?:op|operation|surgery|replacement|transplant)|"
        r"op[ée]ration (?:de la hanche|du genou|du dos|du c[œo]eur|de l['’][ée]paule|des yeux|"
        r"de la cataracte|du canal carpien|de la vésicule)|proth[èe]se de (?:hanche|genou)|"
        r"(?:round|cycle|session|cure|s[ée]ance) \d{1,2} (?:of|sur|/) \d{1,2}(?= [^.!?\n]{0,60}"
        r"(?:hair|cheveux|perruque|wig|foulard|headscarf))|"
        # round 15: a stay or a course of care that is not a treatment's name (rehab, a detox
        # cure, physiotherapy, a therapist)
        r"rehab|r[ée]hab|cure de d[ée]sintox\w*|d[ée]sintox|r[ée][ée]ducation|physio(?:therapy|"
        r"th[ée]rapie)?|kin[ée](?:sith[ée]rapeute)?|psycholog(?:ist|ue)s?|th[ée]rapeutes?|"
        r"therapists?|centre de r[ée]adaptation|rehabilitation|"
        # round 17: a person's medical file or history named as the reason ("vu son dossier
        # médical", "given his medical history", "avec ses antécédents médicaux")
        r"dossiers? m[ée]dica(?:l|ux)|ant[ée]c[ée]dents m[ée]dicaux|medical (?:files?|history|"
        r"records?|past)|health (?:records?|history)|"
        # round 18: a course of care told by its props: a care place, new meds, scans, the
        # doctor's word, occupational health ("her new meds", "at the clinic every other day",
        # "the doc says the heart thing", "la médecine du travail t'attend")
        r"(?:at|to|from) the (?:clinic|hospital)|(?:en|à la|de la) clinique|"
        r"(?:sort|sortie|sorti|sortir|sortira|revient|rentre|rentr[ée]e?) de l['’]h[ôo]pital|"
        r"(?:out of|home from|back from) (?:the )?hospital|"
        r"centre anticanc[ée]reux|cancer (?:centre|center)|"
        r"(?:new|his|her|their|ses|son|sa|nouveaux|nouveau) (?:meds|medications?|m[ée]dicaments|"
        r"traitements?|treatments?)|(?:his|her|their|ses|les) (?:scans|examens|irm|mri)|"
        r"(?:the )?doc(?:tor)? says|(?:son|sa) m[ée]decin|m[ée]decine du travail|"
        r"(?:heart|back|knee|hip|lung|kidney) thing|"
        # round 21 (train-o…s, para-u): more closed vocabularies: oncology, insomnia, a detox
        # or withdrawal stay, a chronic illness by its name, hair growing back, a care stay
        # called a holiday, the pregnant-woman emoji
        r"oncologie|oncology|insomni[ae]|insomnie|centre de sevrage|sevrage|detox|"
        r"addiction (?:treatment|clinic|centre|center)|"
        r"[ée]pilepsie|epilepsy|epileptic|[ée]pileptique|scl[ée]rose en plaques|"
        r"multiple sclerosis|(?-i:living with MS|vit avec une SEP)|diab[èe]te|diabetes|diabetic|"
        r"diab[ée]tique|maladie de crohn|crohn['’]s|lupus|parkinson['’]?s?|endom[ée]trios[ei]|"
        r"fibromyalgi[ae]|bipolaire|bipolar|schizophr[èe]n\w*|"
        r"hair (?:is )?growing back|cheveux (?:qui )?repoussent|"
        r"hospital (?:holiday|vacation|break)|vacances (?:à l['’]h[ôo]pital|en clinique)|🤰)"
        r"(?![\w'’])",
        re.IGNORECASE,
    )
    #: round 21 (train-o): a medical word right after an opening quote ("told us the 'insomnia
    #: is back'", "her 'little hospital holiday'"), which SHAPE_MEDICAL's edge leaves out
    SHAPE_MEDICAL_QUOTED = re.compile(
        r"(?<=['‘’\"«“])\s?(?:(?:little |petit |short )?(?:insomni[ae]|insomnie|burn-?out|"
        r"d[ée]pression|detox|d[ée]sintox|rehab|chemo|chimio|hospital (?:holiday|vacation|break)))"
        r"(?![\w'’])",
        re.IGNORECASE,
    )
    #: round 21 (precision, blind16): a customer's story of what a product does for their
    #: condition ("thank you … for telling us how Circadia helps you cope with your bipolar
    #: disorder", « merci d'avoir partagé… »), not a staff member's health
    TESTIMONIAL = re.compile(
        r"(?<![\w'’])(?:help(?:s|ed)? (?:you|me|her|him|them) (?:cope|manage|sleep|deal|live)|"
        r"(?:vous|t['’]|m['’]|l['’]|les) (?:aide|a aid[ée]e?) (?:à|a) (?:vivre|g[ée]rer|dormir|"
        r"supporter|mieux)|stories like (?:yours|this)|thank you for (?:telling|sharing)|"
        r"thanks for (?:telling|sharing)|merci (?:de|d['’]avoir|pour) (?:nous )?(?:partag|"
        r"racont|t[ée]moign|votre t[ée]moignage|ton t[ée]moignage))",
        re.IGNORECASE,
    )
    #: round 13: a title and a surname name a person too ("Mr Okafor", "Mme Lambert")
    SHAPE_TITLED = re.compile(
        r"\b(?:Mr|Mrs|Ms|Miss|Mme|Mlle|Madame|Monsieur|M\.)\.?[ \t][A-ZÀ-Ý][a-zà-ÿ]{1,20}"
    )
    #: a colleague said without a name
    SHAPE_COLLEAGUE = re.compile(
        r"(?<![\w'’])(?:coll[eè]gues?|colleagues?|teammates?|co-?workers?|"
        r"(?:notre|our|mon|ma|my) (?:manager|cheff?e?|boss|responsable|directeur|directrice|"
        r"head of \w+|ceo|cfo|coo|cto|drh|stagiaire|intern|bin[ôo]me|"
        # round 21: a colleague by a job title after "our" ("our rep Sam", "our favourite exec")
        r"(?:[\w-]+ )?(?:exec|executive|rep|sales rep|pm|designer|dev|installer|installateur|"
        r"installatrice|driver|chauffeur|livreur|livreuse|technicien|technicienne|commerciale?)|"
        # round 15: more executives by title ("notre DAF", "our VP")
        r"daf|dg|pdg|dsi|cmo|cio|vp|pr[ée]sidente?|fondat(?:eur|rice)|founder))(?![\w'’])",
        re.IGNORECASE,
    )
    SHAPE_NAME = re.compile(r"(?<![\w'’@#-])[A-ZÀ-Ý][a-zà-ÿ]{1,20}(?![\w@])")
    #: a product, awareness, research or a relative of the writer: no staff member's health
    SHAPE_VETO = re.compile(
        r"(?<![\w'’])(?:lamps?|lampes?|bulbs?|ampoules?|produits?|products?|awareness|"
        r"sensibilisation|journ[ée]e mondiale|world \w+ day|octobre rose|movember|recherche|"
        r"research|charity|donate|don|dons|pr[ée]vention|pr[ée]venir|prevent|marathon|"
        r"courses? (?:contre|pour|solidaire)|fundrais\w*|collecte|t[ée]l[ée]thon|relais|relay|"
        r"walk for|run for|"
        # round 12: a safety record or a mishap, no one hurt
        r"sans accidents?|z[ée]ro accidents?|without an? accidents?|no accidents?|"
        r"accident-free|by accident|par accident|rien d['’]un accident|"
        r"my (?:mum|mom|dad|mother|father|wife|husband|son|daughter|grand\w*)|"
        r"ma (?:m[eè]re|femme|fille|s[oœ]ur|grand-m[eè]re)|mon (?:p[eè]re|mari|fils|fr[eè]re|"
        r"grand-p[eè]re)|maman|papa)(?![\w'’])",
        re.IGNORECASE,
    )
    #: the cheap test before the shape: one of its medical words (folded)
    SHAPE_CUES = (
        "oncolog*", "cardiolog*", "neurolog*", "psychiatr*", "rheumatolog*", "rhumatolog*",
        "gynecolog*", "gynaecolog*", "obstetrician*", "surgeon*", "chirurgien*", "chemo*",
        "chimio*", "radiotherapie", "radiotherapy", "radiation therapy", "dialysis", "dialyse",
        "antidepresseurs", "antidepressant*", "anxiolytiques", "insulin*", "hospital",
        "hopital", "hospitalis*", "hospitaliz*", "heart attack", "crise cardiaque", "infarctus",
        "avc", "stroke", "panic attack*", "crise d angoisse", "crises d angoisse", "burn out",
        "burnout", "depression", "cancer", "tumeur", "tumor", "tumour", "fausse couche",
        "miscarriage", "conge maternite", "maternity leave", "arret maladie", "sick leave",
        # round 12: injuries and a baby on the way
        "casse", "casses", "cassee", "cassees", "fracture*", "broken", "broke", "sprained",
        "crushed", "injured", "hurt", "burnt", "burned", "blesse", "blessee", "brule",
        "brulee", "points de suture", "stitches", "accident", "accidents", "poussette*",
        "landau*", "berceau*",
        "biberon*", "stroller*", "pram", "prams", "baby bump", "future maman", "future mum",
        "mum to be", "mom to be", "maman en devenir",
        # round 13: a doctor's order, an operation, a course of treatment in rounds
        "medecin", "docteur", "toubib", "generaliste", "doctor", "gp", "doc", "consultant",
        "op", "operation", "surgery", "replacement", "transplant", "prothese", "round", "cycle",
        "session", "cure", "seance",
        # round 18: a care place, meds, scans, the doctor's word, occupational health
        "clinic", "clinique", "anticancereux", "meds", "medication*", "medicaments",
        "traitement*", "treatment*", "scans", "examens", "irm", "mri", "heart thing",
        "back thing", "knee thing", "hip thing", "lung thing", "kidney thing",
        # round 15: rehab, a detox cure, physiotherapy, a therapist
        "rehab", "desintox*", "reeducation", "physio*", "kine", "kinesitherapeute",
        "psycholog*", "therapeute*", "therapist*", "readaptation", "rehabilitation",
        # round 17: a medical file or history
        "dossier medical", "dossiers medicaux", "antecedents medicaux", "medical file*",
        "medical history", "medical record*", "medical past", "health record*", "health history",
        # round 21
        "medecine du travail", "oncologie", "oncology", "insomnia", "insomnie", "sevrage",
        "detox", "addiction", "epilepsie", "epilepsy", "epileptic", "epileptique",
        "sclerose en plaques", "multiple sclerosis", "living with ms", "vit avec une sep",
        "diabete", "diabetes", "diabetic", "diabetique", "crohn", "crohn s", "lupus",
        "parkinson*", "endometrios*", "fibromyalgi*", "bipolaire", "bipolar", "schizophren*",
        "growing back", "repoussent", "hospital holiday", "hospital vacation", "hospital break",
        "vacances a l hopital", "vacances en clinique",
    )

    SHAPE_SENTENCE = re.compile(r"[.!?\n]")
    SHAPE_REACH = 110  # characters before the term searched for the person
    SHAPE_AFTER = 40  # characters after it
    SHAPE_EXPLANATIONS = {
        "en": (
            "Health of a named person (“{found}”): an illness, a treatment or a hospital stay of "
            "a colleague is special-category data (GDPR art. 9). Remove it, or ask them first."
        ),
        "fr": (
            "Santé d'une personne nommée (« {found} ») : la maladie, le traitement ou "
            "l'hospitalisation d'un collègue est une donnée sensible (RGPD, art. 9). Retirez-la, "
            "ou demandez-lui d'abord."
        ),
    }

    # -- round 12 (structural): a named person's long absence and the post's wishes -----------
    #: a long absence, said without its reason ("ne reviendra pas avant un bon moment", "off for
    #: a few months", "s'arrête pour une longue période")
    ABSENCE = re.compile(
        r"(?:ne (?:reviendra|rentrera|sera) pas (?:là |parmi nous |de retour )?avant "
        r"(?:un (?:bon |long )?(?:moment|temps)|plusieurs (?:semaines|mois)|des (?:semaines|mois)|"
        r"quelque temps)|(?:won['’]t|will not) be back (?:for|before|until) (?:a (?:good |long )?"
        r"while|(?:some|several|a few) (?:weeks|months)|some time)|absente? (?:pour|pendant) "
        r"(?:un (?:bon |long )?(?:moment|temps)|plusieurs (?:semaines|mois)|quelques (?:semaines|"
        r"mois)|quelque temps)|(?:off|away|out) (?:for )?(?:a (?:good |long )?while|(?:several|"
        r"a few|some) (?:weeks|months)|some time)|s['’]arr[êe]te pour (?:une longue p[ée]riode|"
        r"un (?:bon |long )?(?:moment|temps)|plusieurs (?:semaines|mois)|quelque temps)|"
        r"l[èe]ve le pied|takes? a step back|taking (?:some )?time off|"
        # round 13: "prend un peu de recul", "prendre du recul", "stepping back for a while"
        r"prend(?:re)? (?:un peu |un moment |quelque temps )?(?:du|de) recul|"
        r"stepping back (?:for|from)|taking a (?:short |little )?step back)",
        re.IGNORECASE,
    )
    #: the wishes that tell why (strength, rest, recovery; a heart or flowers)
    WISHES = re.compile(
        r"(?:plein de force|beaucoup de force|toute notre force|de la force|sending (?:her |him |"
        r"them |you )?(?:strength|love|good vibes|hugs)|strength to|force à|courage à|"
        r"prompt r[ée]tablissement|get well|prends soin de (?:toi|elle|lui)|take care of "
        r"(?:yourself|herself|himself)|repose-toi|rest up|on pense (?:fort |bien )?à (?:elle|lui|"
        r"toi)|thinking of (?:her|him|you)|💛|❤️|💐|🙏)",
        re.IGNORECASE,
    )
    #: an absence for a reason that is not health
    ABSENCE_VETO = re.compile(
        r"(?:sabbati\w+|tour du monde|world trip|voyage|travel\w*|retraite|retir\w+|"
        r"cong[ée] parental|parental leave|paternit\w+|vacances|holiday\w*|honeymoon|"
        r"lune de miel|formation|training|expatri\w+|mission|backpack\w*|road ?trip)",
        re.IGNORECASE,
    )
    ABSENCE_CUES = (
        "reviendra pas", "rentrera pas", "sera pas", "be back", "absent", "absente", "a while",
        "few weeks", "few months", "several weeks", "several months", "some weeks",
        "some months", "some time", "s arrete pour", "leve le pied",
        "step back", "steps back", "time off", "prend du recul", "de recul",
        "stepping back",
    )

    # -- round 14 (structural): an absence put in scare quotes, with a hint of care -----------
    #: an absence word in scare quotes ("'on leave'", "« en congé »", "'long retreat'")
    QUOTED = re.compile(
        r"(?:['‘’\"“«]\s?)(?P<word>(?:(?:a |une? |long |longue |little |petite |short |well[- ]"
        r"earned |extended |prolong[ée]e? )?(?:on leave|leave|en cong[ée]|cong[ée]|retreat|"
        r"retraite|break|pause|time off|rest|repos|holiday|vacances|vacation|sabbatical|"
        r"sabbatique|off|away|absent|absence|time out|personal reasons|raisons personnelles|"
        r"family reasons|raisons familiales|tired|fatigu[ée]e?|burn[eé]d? ?out|under the weather|"
        r"cure|spa|detox|recharge|ressourcement|se ressourcer|ressourcer|recharging|mise au vert|"
        r"au vert|staycation|working from home|work from home|wfh|en t[ée]l[ée]travail|"
        r"t[ée]l[ée]travail)))(?:\s?['‘’\"”»])",
        re.IGNORECASE,
    )
    #: round 15: a health euphemism in quotes ("off with 'stress'", « surmenage », 'a bug'),
    #: taken only with an absence in the post (``AWAY``)
    QUOTED_EUPHEMISM = re.compile(
        r"(?:['‘’\"“«]\s?)(?P<word>(?:a |une? |un peu de |some |bit of |little )?(?:stress|"
        r"stressed|stress[ée]e?|exhaustion|exhausted|[ée]puisement|[ée]puis[ée]e?|surmenage|"
        r"overwork(?:ed)?|flu|grippe|bug|virus|migraines?|back pain|mal de dos|health reasons|"
        r"raisons de sant[ée]|personal matters|family matters|soucis perso|perso))"
        r"(?:\s?['‘’\"”»])",
        re.IGNORECASE,
    )
    #: ... an absence: off, away, en arrêt, not in since, back after
    AWAY = re.compile(
        r"(?<![\w'’])(?:off|away|out|absent\w*|en arr[êe]t|arr[êe]t[ée]e?|pas là|not in|"
        r"hasn['’]t been (?:in|around|seen)|for (?:a (?:good |long )?while|weeks|months|ages)|"
        r"depuis (?:des semaines|des mois|un moment|un bail|longtemps|\w+ semaines|\w+ mois)|"
        r"de retour|back (?:after|from)|reprend|returns?|revient)(?![\w'’])",
        re.IGNORECASE,
    )
    #: ... and a hint that it was care: a clinic, wishes, "not a beach", a baby (a secret alone,
    #: "between us", is no hint: "'remote' this week, between us he skips the all-hands")
    QUOTED_HINT = re.compile(
        r"(?:clini(?:c|que)s?|rehab|d[ée]sintox|detox|maison de repos|centre de soins|"
        r"sanatorium|hosto|h[ôo]pital|hospital|psych\w*|th[ée]rap\w+|meds|m[ée]docs|"
        r"m[ée]dicaments|infirmi[eè]re?s?|nurses?|not (?:exactly )?(?:a|the) (?:beach|holiday|"
        r"vacation|spa)|(?:pas|loin d['’][êe]tre) (?:vraiment )?(?:des vacances|la plage|"
        r"une partie de plaisir|le club med)|keep (?:him|her|them) in "
        r"(?:your|our) (?:thoughts|prayers)|in (?:our|your) thoughts|(?:nos|vos) pens[ée]es|"
        r"ayez une pens[ée]e|"
        r"plein de force|de la force|sending (?:her |him |them |you )?(?:strength|love)|"
        r"get well|prompt r[ée]tablissement|on pense (?:fort |bien )?à (?:elle|lui)|"
        r"thinking of (?:her|him)|💊|🏥|🍼|👶|🤰|"
        # round 15: a wink that the quoted word hides something everyone knows, or a wish to
        # hold on
        r"(?:we|you|everyone) (?:all )?knows? what (?:that|this|it) (?:means|really means)|"
        r"on sait (?:tous |toutes |bien )?ce que (?:ça|cela|c['’]est|ca) (?:veut dire|cache)|"
        r"tout le monde (?:sait|a compris)|wink wink|clin d['’]œil|hang in there|tiens bon|"
        r"accroche-toi|keep your chin up)",
        re.IGNORECASE,
    )
    #: round 17: a recovery or a hard time said after the quoted absence ("We all know it was
    #: rough, glad you're feeling better", "on sait que ça n'a pas été simple"): the leave hints
    #: at health without saying any, so only the staff finding (``hr.employee_health``)
    QUOTED_RECOVERY = re.compile(
        r"(?:feeling better|doing better|(?:happy|glad|great|good) (?:to see )?you(?:['’]re| are)? "
        r"better|it was (?:rough|tough|hard)|(?:rough|tough|hard) (?:times?|patch|months?)|"
        r"wasn['’]t easy|(?:ailles|vas|va|aille) mieux|(?:en )?meilleure forme|"
        r"n['’]a pas [ée]t[ée] (?:simple|facile|évident)|c['’][ée]tait (?:dur|difficile|"
        r"compliqu[ée]))",
        re.IGNORECASE,
    )
    #: an executive or a manager said by their title ("our CTO", "notre DAF", "la DG")
    QUOTED_ROLE = re.compile(
        r"(?<![\w'’])(?:our|notre|my|mon|ma|the|le|la|his|her|their|leur|son|sa) (?:daf|dg|pdg|"
        r"dsi|drh|rh|vp|svp|evp|ceo|cfo|cto|coo|cmo|cio|chro|md|head of \w+|directeur|directrice|"
        r"director|boss|chef|cheffe|manager|responsable|pr[ée]sidente?|president|founder|"
        r"fondatrice|fondateur|co-?founder|cofondat\w+)(?![\w'’])",
        re.IGNORECASE,
    )
    QUOTED_CUES = (
        "on leave", "leave", "en conge", "conge", "retreat", "retraite", "break", "pause",
        "time off", "rest", "repos", "holiday", "vacances", "vacation", "sabbatical",
        "sabbatique", "off", "away", "absent", "absence", "time out", "personal reasons",
        "raisons personnelles", "family reasons", "raisons familiales", "tired", "fatigue",
        "fatiguee", "burn out", "burnout", "under the weather", "cure", "spa", "detox",
        "recharge", "ressourcement", "ressourcer", "recharging", "mise au vert", "au vert",
        "staycation", "working from home", "work from home", "wfh", "teletravail",
        # round 15: health euphemisms in quotes
        "stress", "stressed", "stresse", "stressee", "exhaustion", "exhausted", "epuisement",
        "epuise", "epuisee", "surmenage", "overwork*", "flu", "grippe", "a bug", "virus",
        "migraine*", "back pain", "mal de dos", "health reasons", "raisons de sante", "bug",
        "personal matters", "family matters", "soucis perso", "perso",
    )

    # -- round 15 (structural): a named person fighting something, with wishes to come back ----
    #: a struggle said without its illness ("qui se bat depuis cet été", "still fighting it",
    #: "her battle", "going through a rough patch", "traverse une épreuve")
    STRUGGLE = re.compile(
        r"(?:\bse bat(?:tent)?\b(?=\s*(?:[,.!…]|$|depuis|courageusement|avec courage|comme un\w*|"
        r"encore|toujours|contre la maladie|pour guérir|pour s['’]en sortir|dur\b))|"
        r"\b(?:son|ce|leur) combat\b|\bcombatt(?:ant|ante|ive|if)\b|"
        r"\btraverse(?:nt)? (?:une|un) (?:p[ée]riode|passe|moment|[ée]preuve)\b|"
        r"\bune (?:rude|dure|terrible) [ée]preuve\b|"
        r"\b(?:fighting|battling)(?= (?:it|this|hard|on|through|so hard|like a|since|for months|"
        r"for weeks|back|bravely)\b)|\b(?:his|her|their) (?:fight|battle|struggle)\b|"
        r"\bbrave(?:ly)? (?:fight|fighting|battle)\b|"
        r"\bgoing through (?:a |some )?(?:tough|hard|rough|difficult|dark|really tough) "
        r"(?:time|times|patch|period|few months)\b)",
        re.IGNORECASE,
    )
    #: ... and the post wishes them back or strength
    RETURN_WISHES = re.compile(
        r"(?:reviens(?:-nous|-moi)?(?: nous)? (?:vite|bient[ôo]t)|revenez(?:-nous)? vite|"
        r"reviens-nous|on t['’]attend|on vous attend|tu nous manques|il nous manque|"
        r"elle nous manque|(?:trop|si|bien) (?:calme|vide|triste) sans (?:toi|lui|elle)|"
        r"come back (?:to us )?soon|back soon|we miss (?:you|him|her)|miss you|"
        r"(?:too |so )?quiet without (?:you|him|her)|hang in there|tiens bon|accroche-toi|"
        r"on pense (?:fort |bien |tous )?à|on est avec (?:toi|lui|elle)|we['’]re with you|"
        r"thinking of|sending (?:her |him |them |you )?(?:strength|love|hugs|good vibes)|"
        r"plein de force|de la force|force à|courage à|get well|prompt r[ée]tablissement|"
        r"💛|❤️|💪|🙏)",
        re.IGNORECASE,
    )
    #: a contest, a project, a cause or a customer: the fight is not an illness
    STRUGGLE_VETO = re.compile(
        r"(?<![\w'’])(?:match|matches|tournoi|tournament|troph[ée]e|trophy|championnats?|"
        r"championships?|title|titre|finale?|cup|coupe|league|ligue|concours|contest|"
        r"hackathon|race|course|[ée]lections?|award|prix|deadline|bugs?|dossiers?|clients?|"
        r"customers?|tender|appel d['’]offres|budget|cause|association|climate|climat|"
        r"justice|rights|droits|ring|boxe|boxing|judo|rugby|foot|football|tennis|"
        r"game|jeu|tickets?|billets?|printer|imprimante|traffic|bouchons)(?![\w'’])",
        re.IGNORECASE,
    )
    #: a person said by a possessive and a capitalised name ("our Dave", "notre Jojo", "dear
    #: Kim") or by a name and their department ("Nicolas de la compta", "Raj from accounts")
    PERSON_BY_BOND = re.compile(
        r"(?<![\w'’])(?i:our|notre|nos|my|mon|ma|dear|cher|ch[èe]re|good old) "
        r"(?:dear |cher |ch[èe]re |petite? |grand |big |little )?[A-ZÀ-Ý][a-zà-ÿ]{2,20}(?![\w@])"
        r"(?=\s*(?:[,.!…:;)—–-]|$|who|qui|is|est|has|a |who['’]s|from|de la|du|de l))"
        r"|(?<![\w'’@#])[A-ZÀ-Ý][a-zà-ÿ]{2,20} (?:from|in|of|de la|du|de l['’]|des) "
        r"(?i:compta|comptabilit[ée]|accounting|accounts|finance|sales|ventes|rh|hr|support|ops|"
        r"logistique|logistics|it|l['’]informatique|informatique|marketing|legal|juridique|"
        r"achats|procurement|payroll|paie|r&d|l['’]atelier|atelier|entrep[ôo]t|warehouse|"
        r"accueil|reception|front desk|service client|customer service|team|[ée]quipe|"
        r"le service|the \w+ team|sav|"
        # round 21: more departments and crews ("Priya from design", "Jess from the install
        # crew")
        r"design|qa|the \w+ crew|the \w+ squad|l['’][ée]quipe \w+)(?![\w'’])"
        # ... or a name addressed with wishes or patience ("love to Priya", "be patient with
        # Marco", "congrats in advance Chloé")
        r"|(?<![\w'’])(?i:love to|hugs to|thoughts to|wishes to|strength to|patient with|"
        r"patience with|patience avec|pens[ée]es? (?:à|pour)|courage à|soutien à|bisous à|"
        r"congrats(?: in advance)?|congratulations|f[ée]licitations|welcome back|bon retour) "
        r"[A-ZÀ-Ý][a-zà-ÿ]{2,20}(?![\w@])"
        # ... or a capitalised name opening a sentence with "'s been" ("Sam's been 'working
        # from home' a lot lately")
        r"|(?:^|(?<=[.!?…]\s))[A-ZÀ-Ý][a-zà-ÿ]{2,20}['’]s been\b",
        re.MULTILINE,
    )
    STRUGGLE_CUES = (
        "se bat", "se battent", "combat", "combattant", "combattante", "combative", "combatif",
        "traverse", "traversent", "epreuve", "fighting", "battling", "fight", "battle",
        "struggle", "going through",
    )

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self._absence_cues: PhraseMatcher[str] = PhraseMatcher(
            (c, c) for c in self.ABSENCE_CUES
        )
        self._first_names = frozenset(n.lower() for n in first_names())
        self._shape_cues: PhraseMatcher[str] = PhraseMatcher((c, c) for c in self.SHAPE_CUES)
        self._quoted_cues: PhraseMatcher[str] = PhraseMatcher((c, c) for c in self.QUOTED_CUES)
        self._struggle_cues: PhraseMatcher[str] = PhraseMatcher(
            (c, c) for c in self.STRUGGLE_CUES
        )
        self._customers: PhraseMatcher[bool] = PhraseMatcher(
            ((w, True) for w in self.CUSTOMER_WORDS), on_demand=True
        )
        self._staff: PhraseMatcher[bool] = PhraseMatcher(
            ((w, True) for w in self.STAFF_WORDS), on_demand=True
        )

    def gate(self) -> Gate:
        """Nothing without a phrase of the lexicon or a shape's cue word."""
        return Gate(
            (
                self._phrases,
                self._shape_cues,
                self._absence_cues,
                self._quoted_cues,
                self._struggle_cues,
            ),
            ("🤰",),  # round 21: the pregnant-woman emoji
        )

    #: round 22 (precision, blind18): a care place named as where money goes, the beneficiary of
    #: a fundraiser ("Every euro donated goes to the children's hospital", "les dons seront
    #: reversés à l'hôpital pédiatrique", "all proceeds go to the local clinic"): no one's
    #: health. The place is the lexicon's evidence ...
    CARE_PLACE = re.compile(
        r"^(?:the |l['’])?(?:hospital|h[ôo]pital|clinic|clinique|ward|hospice)$", re.IGNORECASE
    )
    #: ... right after the clause that gives money to it: money, a donation or proceeds, up to
    #: four words (none a "who" of a person), a verb of going or giving, then a preposition
    #: ("every euro donated goes to the", "all proceeds go to our local", "les dons seront
    #: reversés à l'"); or a beneficiary preposition ("au profit de l'", "in aid of the"). A
    #: determiner and up to two words may stand between it and the place. ("Julie est à
    #: l'hôpital", "we raised €50 for Marc, who goes to the hospital" are not such clauses.)
    GIVEN_TO = re.compile(
        r"(?:(?:\b(?:donations?|donated|dons|proceeds|money|argent|funds|fonds|euros?|pounds?|"
        r"dollars?|pence|penny|cents?|raised|collected|collect[ée]s|r[ée]colt[ée]s|profits?|"
        r"b[ée]n[ée]fices|recettes?|sommes?)|[€£$]|%)"
        r"(?:[ \t]+(?!(?:who|qui|he|she|il|elle|they|ils|elles|that|whose|dont)\b)[\w’'-]+)"
        r"{0,4}?[ \t]+"
        r"(?:goes|go|going|gets? sent|sent|given|donated|paid|revers[ée]e?s|revers[ée]e?|"
        r"vers[ée]e?s?|donn[ée]e?s?|offerte?s?|ira|iront|va|vont|destin[ée]e?s?)"
        r"(?:[ \t]+(?:directly|straight|directement|int[ée]gralement|enti[èe]rement))?"
        r"[ \t]+(?:to|towards|for|à|au|aux)"
        r"|\b(?:au profit d[eu]|en faveur d[eu]|in aid of|for the benefit of))"
        r"(?:[ \t]+(?:the|a|an|our|this|their|le|la|les|un|une|notre|nos|cet|cette|ce|leur))?"
        r"(?:[ \t]*l['’]|[ \t]*d['’])?(?:[ \t]+[\w’'-]+){0,2}?[ \t]*$",
        re.IGNORECASE,
    )

    def _care_funded(self, text: str, finding: Finding) -> bool:
        """Round 22: the finding's evidence is a care place (hospital, clinic) that money is
        given to ("Every euro donated goes to the children's hospital")."""
        start, end = finding.start, finding.end
        if start is None or end is None or not self.CARE_PLACE.match(text[start:end].strip()):
            return False
        return self.GIVEN_TO.search(text, max(0, start - 120), start) is not None

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        findings = [f for f in super().analyze(ctx) if not self._care_funded(ctx.text, f)]
        if not findings and (self._shape_cues.found_in(ctx.normalized) or "🤰" in ctx.text):
            findings = list(self._shape(ctx))
        if not findings and self._absence_cues.found_in(ctx.normalized):
            findings = list(self._absence(ctx))
        if not findings and self._quoted_cues.found_in(ctx.normalized):
            findings = list(self._quoted(ctx))
        if not findings and self._struggle_cues.found_in(ctx.normalized):
            findings = list(self._struggle(ctx))
        if not findings:
            return findings
        customers = self._customers.find_all(ctx.normalized)
        if not customers:
            return findings
        staff = self._staff.find_all(ctx.normalized)
        return [f for f in findings if not self._customer_only(f, customers, staff)]

    def _customer_only(
        self, finding: Finding, customers: list[PhraseMatch[bool]], staff: list[PhraseMatch[bool]]
    ) -> bool:
        """An HR finding whose person is a customer: a customer word near, no staff word near."""
        start, end = finding.start, finding.end
        if finding.category is not Category.HUMAN_RESOURCES or start is None or end is None:
            return False
        reach = self.CUSTOMER_REACH

        def near(words: list[PhraseMatch[bool]]) -> bool:
            return any(w.start - reach <= end and start <= w.end + reach for w in words)

        return near(customers) and not near(staff)

    def _person(self, text: str, lo: int, hi: int) -> bool:
        """Round 15: a colleague, an executive by title, a first name of the shipped list, or a
        capitalised name said with a bond ("our Dave") or a department ("Raj from accounts")."""
        return bool(
            self.SHAPE_COLLEAGUE.search(text, lo, hi)
            or self.QUOTED_ROLE.search(text, lo, hi)
            or self._named(text, lo, hi)
            or self.PERSON_BY_BOND.search(text, lo, hi)
        )

    def _named(self, text: str, lo: int, hi: int) -> bool:
        """True when a first name of the shipped list is written in ``text[lo:hi]``."""
        names = self.SHAPE_NAME.finditer(text, lo, hi)
        return any(m.group().lower() in self._first_names for m in names)

    def _shape(self, ctx: Context) -> Iterator[Finding]:
        """Round 11: a named person and a medical word in the same sentence (both findings)."""
        text = ctx.text
        terms = chain(self.SHAPE_MEDICAL.finditer(text), self.SHAPE_MEDICAL_QUOTED.finditer(text))
        for term in terms:
            start, end = term.span()
            lo, hi = self._sentence(text, start, end)
            if self.SHAPE_VETO.search(text, lo, hi):
                continue
            if self.TESTIMONIAL.search(text, lo, hi):
                continue  # round 21: a customer's story or a health claim
            # round 18: a capitalised name with a department or a bond counts too ("Mike from
            # IT", "our Dave"), as in the later shapes
            if (
                self.SHAPE_COLLEAGUE.search(text, lo, hi)
                or self._named(text, lo, hi)
                or self.PERSON_BY_BOND.search(text, lo, hi)
            ):
                yield from self._both(ctx, start, end, "employee_health.shape")
                return
            if self.SHAPE_TITLED.search(text, lo, hi):
                # round 13: a title and a surname ("Mr Okafor… after his hip op") name a person,
                # most often a customer: only the special-category finding
                yield from self._both(ctx, start, end, "employee_health.shape", hr=False)
                return

    def _sentence(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence around ``start:end`` (within the shape's reach)."""
        lo = max(0, start - self.SHAPE_REACH)
        stops = list(self.SHAPE_SENTENCE.finditer(text, lo, start))
        lo = stops[-1].end() if stops else lo
        stop = self.SHAPE_SENTENCE.search(text, end, end + self.SHAPE_AFTER)
        hi = stop.start() if stop is not None else min(len(text), end + self.SHAPE_AFTER)
        return lo, hi

    def _absence(self, ctx: Context) -> Iterator[Finding]:
        """Round 12: a named person's long absence in a post of wishes (both findings)."""
        text = ctx.text
        absence = self.ABSENCE.search(text)
        if absence is None or self.WISHES.search(text) is None:
            return
        if self.ABSENCE_VETO.search(text):
            return
        start, end = absence.span()
        lo, hi = self._sentence(text, start, end)
        if self.SHAPE_VETO.search(text, lo, hi):
            return
        if not self.SHAPE_COLLEAGUE.search(text, lo, hi) and not self._named(text, lo, hi):
            return
        yield from self._both(ctx, start, end, "employee_health.absence")

    def _quoted(self, ctx: Context) -> Iterator[Finding]:
        """Round 14: an absence put in scare quotes ("Our CTO has been 'on leave' for six
        weeks… between us, not a beach", "Welcome back Julien, after your 'long retreat'… the
        clinic food") with a hint of care in the post, and a named person or a colleague in it
        (both findings); not a product, an awareness day or a relative of the writer."""
        text = ctx.text
        quoted = self.QUOTED.search(text)
        if quoted is None and self.AWAY.search(text):
            quoted = self.QUOTED_EUPHEMISM.search(text)
        if quoted is None:
            return
        care = self.QUOTED_HINT.search(text) is not None
        if not care and self.QUOTED_RECOVERY.search(text) is None:
            return
        if self.SHAPE_VETO.search(text):
            return
        if not self._person(text, 0, len(text)):
            return
        yield from self._both(ctx, *quoted.span("word"), "employee_health.quoted", special=care)

    def _struggle(self, ctx: Context) -> Iterator[Finding]:
        """Round 15: a named person, a colleague or an executive fighting something unnamed
        ("On pense fort à Nicolas de la compta, qui se bat depuis cet été. Reviens-nous vite",
        "Our CFO is still battling it, we miss her") in a post that wishes them back or
        strength (both findings); not a match, a contest, a deadline, a cause or a customer."""
        text = ctx.text
        struggle = self.STRUGGLE.search(text)
        if struggle is None or self.RETURN_WISHES.search(text) is None:
            return
        if self.STRUGGLE_VETO.search(text) or self.SHAPE_VETO.search(text):
            return
        if not self._person(text, 0, len(text)):
            return
        yield from self._both(ctx, *struggle.span(), "employee_health.struggle")

    def _both(
        self,
        ctx: Context,
        start: int,
        end: int,
        rule: str,
        *,
        hr: bool = True,
        special: bool = True,
    ) -> Iterator[Finding]:
        """The two findings of a shape: the staff member's health, special-category data
        (without ``hr``, only the latter; without ``special``, only the former)."""
        found = ctx.text[start:end]
        pairs = (
            (Category.HUMAN_RESOURCES, "hr.employee_health"),
            (Category.COMPLIANCE, "compliance.special_category"),
        )
        chosen = pairs if hr else pairs[1:]
        for category, kind in chosen if special else chosen[:1]:
            yield self.finding(
                ctx,
                category=category,
                kind=kind,
                severity=Severity.HIGH,
                span=(start, end),
                excerpt=found,
                rule=rule,
                matched=found,
                score=0.8,
                templates=self.SHAPE_EXPLANATIONS,
                found=found,
            )
