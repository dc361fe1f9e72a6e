"""Families of indirect wording added to the lexicons (issue #3): each family is found in both
languages, in phrasings other than the ones it was written from, and its look-alikes are not."""

from __future__ import annotations

import pytest

from tocsin import Engine

MATCH = [
    # (text, direction, detector, kind)
    # layoffs and closures said otherwise
    ("Le bureau de Nantes, on le ferme en douce fin mars", "outbound", "layoffs", "hr.layoffs"),
    ("They're shutting down the Leeds depot, 12 people being let go", "outbound", "layoffs",
     "hr.layoffs"),
    ("Après la réorg de juin on sera 8 personnes de moins au marketing", "outbound", "layoffs",
     "hr.layoffs"),
    ("Reorg memo: the support team merges into Madrid, 20 roles cut", "outbound", "layoffs",
     "hr.layoffs"),
    ("Toute la logistique sera externalisée au Maroc l'an prochain", "outbound", "layoffs",
     "hr.layoffs"),
    ("The whole QA department is being outsourced to a contractor", "outbound", "layoffs",
     "hr.layoffs"),
    # a departure told before its announcement
    ("Paul démissionne, mais chut, c'est pas encore officiel", "outbound", "layoffs",
     "hr.dismissal"),
    ("Our designer is leaving for a competitor next month, nobody knows yet", "outbound",
     "layoffs", "hr.dismissal"),
    # inbound replies relaying layoffs
    ("C'est vrai que vous fermez l'atelier de Roanne ? Mon frère y bosse", "inbound", "layoffs",
     "hr.layoffs"),
    ("Is it true your Bristol warehouse staff are getting let go in March?", "inbound",
     "layoffs", "hr.layoffs"),
    # health states without "est"
    ("Karim, en mi-temps thérapeutique depuis juin, répond le matin", "outbound",
     "employee_health", "hr.employee_health"),
    ("Sarah is on long-term sick leave, ask the EU team", "outbound", "employee_health",
     "hr.employee_health"),
    # an empty home and a trip said otherwise
    ("15 jours au ski, la clé est sous le paillasson comme d'hab", "outbound", "whereabouts",
     "whereabouts.empty_home"),
    ("Off to Bali for a month, the house-sitter cancelled so fingers crossed", "outbound",
     "whereabouts", "whereabouts.empty_home"),
    ("Jsuis toute seule à la maison jusqu'à dimanche, mon mari est à Montréal", "inbound",
     "whereabouts", "whereabouts.alone"),
    # children's schools named by a parent in a reply
    ("Ma fille entre en CM1 à l'école Pasteur de Bron", "inbound", "family",
     "family.child_school"),
    ("My son's football practice is every Tuesday at Gerland", "inbound", "family",
     "family.child_school"),
    # contempt for groups of customers
    ("Les clients belges qui appellent pour rien, on a l'habitude", "outbound", "insults",
     "reputation.insult"),
    ("Some of you are just too old to use a phone, sorry not sorry", "outbound", "insults",
     "reputation.insult"),
    # absolute claims
    ("Nos ampoules ne déçoivent jamais, promis juré", "outbound", "unrealistic_promises",
     "reputation.unrealistic_promise"),
    ("Our sensors catch 100% of intruders, every night", "outbound", "unrealistic_promises",
     "reputation.unrealistic_promise"),
    # results hinted without a figure
    ("Le T4 dépasse la prévision haute, je n'en dis pas plus", "outbound",
     "financial_disclosure", "mnpi.results"),
    ("Q4 revenue came in way above consensus, stay tuned", "outbound", "financial_disclosure",
     "mnpi.results"),
    ("Croissance de 30 % sur l'année, pas encore publié, motus", "outbound",
     "financial_disclosure", "mnpi.results"),
    ("Q4 sales growth is way above plan, not published yet", "outbound", "financial_disclosure",
     "mnpi.results"),
    # a tip from someone inside
    ("Mon cousin chez Lumio dit que les résultats vont être énormes, j'achète des actions",
     "inbound", "financial_disclosure", "mnpi.insider_trading"),
    ("My friend in finance says Q4 is huge, buying shares Monday", "inbound",
     "financial_disclosure", "mnpi.insider_trading"),
    # competitors accused or run down in other words
    ("Les lampes Brillix ? Des LED rebadgées vendues au triple du prix", "outbound",
     "competitor_disparagement", "competition.defamation"),
    ("Brillix's app is spyware, plain and simple", "outbound", "competitor_disparagement",
     "competition.defamation"),
    ("Brillix, c'est d'la scrap, achetez pas ça", "outbound", "competitor_disparagement",
     "competition.disparagement"),
    ("Brillix bulbs bricked themselves again? Shocking. Not.", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    # job ads in other words
    ("Poste d'accueil : pas de personnes en fauteuil, désolé", "outbound", "job_discrimination",
     "compliance.discrimination"),
    ("Warehouse role: must be able-bodied, heavy lifting", "outbound", "job_discrimination",
     "compliance.discrimination"),
    # cure claims in other words
    ("Notre veilleuse guérit les terreurs nocturnes", "outbound", "health_claims",
     "compliance.cure_claim"),
    ("Kids with ADHD focus better, ditch the meds", "outbound", "health_claims",
     "compliance.cure_claim"),
]

NEAR_MISSES = [
    # (text, direction, detector)
    ("Notre site web ferme pour maintenance dimanche", "outbound", "layoffs"),
    ("The shop closes at 6pm on Sundays, see you soon", "outbound", "layoffs"),
    ("Dernier jour des soldes, chut, ne le dites à personne", "outbound", "layoffs"),
    ("Last day to order before Christmas!", "outbound", "layoffs"),
    ("Une lampe qui rend la maison bien calme le soir", "outbound", "whereabouts"),
    ("Going on holiday? Our lamps simulate your presence while the house is empty",
     "outbound", "whereabouts"),
    ("Nos clients belges adorent la Halo", "outbound", "insults"),
    ("Our Halo has a 5-year warranty, realistic and honest", "outbound",
     "unrealistic_promises"),
    ("Comme publié ce matin, le T3 dépasse la prévision haute", "outbound",
     "financial_disclosure"),
    ("As published in our press release, Q3 revenue was above consensus", "outbound",
     "financial_disclosure"),
    ("Brillix a aussi sorti une lampe connectée cette année", "outbound",
     "competitor_disparagement"),
    ("Brillix and Lumio both ship good bulbs, pick what fits your budget", "inbound",
     "competitor_disparagement"),
    ("Launch day! Two years of prototypes, and the Arc is now available", "outbound",
     "confidentiality_markers"),
    ("Jour de lancement : trois ans de prototypes, la Halo est désormais disponible", "outbound",
     "confidentiality_markers"),
    ("Notre showroom est accessible aux personnes en fauteuil", "outbound",
     "job_discrimination"),
    ("Nos lampes ne soignent rien : elles éclairent bien, c'est tout", "outbound",
     "health_claims"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_indirect_wording_is_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    found = {(f.detector, f.kind) for f in result.findings}
    assert (detector, kind) in found, (text, found)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    assert [f.kind for f in result.findings if f.detector == detector] == [], text
