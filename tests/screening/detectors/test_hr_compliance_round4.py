"""Human resources and compliance families and guards added for blind7 and the training sets i
and j (issue #3, round 4). Paraphrases, not corpus posts: each MATCH row is another way of saying
what a family is about, in French and in English; each near miss is a clean post (or a post of
another category) that shares its words."""

from __future__ import annotations

import pytest

from tocsin import Engine

MATCH = [
    # (text, direction, detector, kind)
    # a colleague's health in coded words: pregnancy, treatment, addiction, disability
    ("Bon retour à Léa de la compta, qui mange pour deux depuis l'été 🤰", "outbound",
     "employee_health", "hr.employee_health"),
    ("Big hugs to Sam from logistics, two months sober this week. So proud of you", "outbound",
     "employee_health", "hr.employee_health"),
    ("Pensée pour Karim de l'atelier, en fauteuil depuis son accident, tiens bon", "outbound",
     "employee_health", "hr.employee_health"),
    ("Shout-out to Nina in QA, smashing bugs between two infusion sessions", "outbound",
     "employee_health", "hr.employee_health"),
    ("Shout-out to Nina in QA, smashing bugs between two infusion sessions", "outbound",
     "employee_health", "compliance.special_category"),
    # cuts and closures told as the last time, a second wave, badges returned
    ("Au service compta on attend la deuxième vague, ambiance", "outbound", "layoffs",
     "hr.layoffs"),
    ("Second wave coming for the support team, everyone can feel it", "outbound", "layoffs",
     "hr.layoffs"),
    ("Mon poste n'existera plus dans la nouvelle structure, paraît-il", "outbound", "layoffs",
     "hr.layoffs"),
    ("The night shift was told not to come back after Friday", "outbound", "layoffs",
     "hr.layoffs"),
    ("Between us, the Nantes warehouse closes for good in May", "outbound", "layoffs",
     "hr.layoffs"),
    ("Voluntary departure forms are already sitting on the HR printer", "outbound", "layoffs",
     "hr.layoffs"),
    ("Le dépôt de Lens ferme définitivement en juin, on l'a appris ce matin", "outbound",
     "layoffs", "hr.layoffs"),
    # pay decisions told with who gets what, unpaid work
    ("Primes 2027 : 3 % pour tout le monde, sauf la direction qui s'octroie 10 %", "outbound",
     "layoffs", "hr.pay_freeze"),
    ("Raises for everyone except the execs, who voted themselves a bonus", "outbound", "layoffs",
     "hr.pay_freeze"),
    ("Our warehouse crew did the whole Saturday with no overtime pay, again", "outbound",
     "layoffs", "hr.pay_freeze"),
    ("Les intérimaires de l'entrepôt n'ont toujours pas été payés", "inbound", "layoffs",
     "hr.pay_freeze"),
    # luring a rival's staff with a signing bonus or a relocation budget
    ("Vous bossez chez Brillix ? Prime de signature doublée pour votre équipe firmware",
     "outbound", "poaching", "hr.poaching"),
    ("Brillix engineers: our relocation budget is generous, just saying", "outbound",
     "poaching", "hr.poaching"),
    ("Rumour says Brillix's QA team is open to opportunities. Our DMs are open too", "outbound",
     "poaching", "hr.poaching"),
    ("Dev chez Brillix depuis 5 ans : vous payez combien un lead ? Je peux ramener mon équipe",
     "inbound", "poaching", "hr.poaching"),
    # pay compared, a congratulated person's new salary, a name and its amount
    ("Apparently Tom from support earns more than his manager now", "outbound", "salaries",
     "hr.salary"),
    ("Léa de la compta gagne plus que son chef, c'est officiel", "outbound", "salaries",
     "hr.salary"),
    ("Congrats to Nadia on the new role, €70k to start!", "outbound", "salaries", "hr.salary"),
    ("Bienvenue à Karim, notre nouveau chef de projet, recruté à 52 k€", "outbound", "salaries",
     "hr.salary"),
    ("Everyone can now see Julien's 64k in the shared file", "outbound", "salaries", "hr.salary"),
    # a condition gone, a medicine binned: cure claims told as testimonials
    ("Mes migraines ont disparu en une semaine avec la lampe Aube #partenariat", "outbound",
     "health_claims", "compliance.cure_claim"),
    ("My insomnia vanished in a week with the Dusk lamp #ad", "outbound", "health_claims",
     "compliance.cure_claim"),
    ("Depuis la lampe Halo, mes cachets pour dormir sont à la poubelle", "outbound",
     "health_claims", "compliance.cure_claim"),
    ("Nos veilleuses réduisent le risque de cancer chez l'enfant", "outbound", "health_claims",
     "compliance.cure_claim"),
    ("Bye bye colds this winter: the Dawn lamp boosts your defences", "outbound",
     "health_claims", "compliance.cure_claim"),
    # guaranteed gains on shares: a reply on the page, a savings account compared
    ("Lumio stock is guaranteed to double, buy now", "inbound", "guaranteed_returns",
     "compliance.guaranteed_return"),
    ("Achetez des actions Lumio, vous ne pouvez pas perdre", "inbound", "guaranteed_returns",
     "compliance.guaranteed_return"),
    ("Nos panneaux en leasing ? Mieux qu'un Livret A, et le soleil ne fait jamais faillite",
     "outbound", "guaranteed_returns", "compliance.guaranteed_return"),
    # discrimination in job posts said otherwise
    ("Magasinier H/F : on préfère éviter les profils RQTH pour ce poste", "outbound",
     "job_discrimination", "compliance.discrimination"),
    ("Technicien recherché pour nos chantiers, étrangers s'abstenir", "outbound",
     "job_discrimination", "compliance.discrimination"),
    ("Installers wanted, must be local born and bred", "outbound", "job_discrimination",
     "compliance.discrimination"),
    ("Hiring a host for our showroom who looks the part, photos with CVs", "outbound",
     "job_discrimination", "compliance.discrimination"),
    ("On cherche un manutentionnaire, pas de filles svp", "outbound", "job_discrimination",
     "compliance.discrimination"),
    # religion and union activity of a named person, memory loss of a customer
    ("Notre collègue Samia a pris son vendredi pour l'Aïd", "outbound", "special_category_data",
     "compliance.special_category"),
    ("My colleague David is fasting for Yom Kippur, so no lunch meeting", "outbound",
     "special_category_data", "compliance.special_category"),
    ("Thanks to Paul from the depot who hands out strike leaflets every Monday", "outbound",
     "special_category_data", "compliance.special_category"),
    ("Notre collègue Nadia a organisé la réunion syndicale de jeudi à l'entrepôt", "outbound",
     "special_category_data", "compliance.special_category"),
    ("Mme Dupont perd un peu la tête, nous écrit sa fille, la veilleuse l'aide", "outbound",
     "special_category_data", "compliance.special_category"),
    # copied or leaked content, pictures of unknown authors
    ("J'ai copié-collé l'article entier du journal pour notre blog", "outbound",
     "copyright_flags", "compliance.copyright"),
    ("Copy-pasted the whole paywalled article below for you", "outbound", "copyright_flags",
     "compliance.copyright"),
    ("Cette photo pour la campagne ? Aucune idée de qui l'a prise, mais elle est top", "outbound",
     "copyright_flags", "compliance.copyright"),
]

NEAR_MISSES = [
    # (text, direction, detector): no finding of the detector's own category
    # a plan already announced, opening hours, a phishing warning
    ("Our voluntary redundancy scheme: all the details are in our press release", "outbound",
     "layoffs"),
    ("Holiday hours: the office closes 24 Dec and reopens 2 Jan", "outbound", "layoffs"),
    ("We will never DM you asking for your card number or PIN", "outbound", "layoffs"),
    # cuts and illness told of a competitor, health of a customer
    ("Chez Brillix, ils licencient encore, paraît-il", "outbound", "layoffs"),
    ("The Brillix CFO is on sick leave, they say", "outbound", "employee_health"),
    ("Customer of the month: Jane, six months pregnant, rewired her whole kitchen", "outbound",
     "employee_health"),
    ("Poste d'accueil : pas de personnes en fauteuil svp", "outbound", "employee_health"),
    ("Je suis en congé maternité jusqu'en mars, à bientôt tout le monde !", "outbound",
     "employee_health"),
    ("Tisane détox et infusion du soir : nos clients adorent la lampe Aube", "outbound",
     "employee_health"),
    # neutral mobility, products and refusals next to a competitor
    ("Our designers come from everywhere: ex-Brillix, ex-agency, ex-freelance", "outbound",
     "poaching"),
    ("If your lamp came from brillix.com, check the plug", "outbound", "poaching"),
    ("Your recruiters keep messaging me. I'm at Brillix and happy here, thanks", "inbound",
     "poaching"),
    ("Sorry to hear your Brillix hub failed again. Our DMs are open if you need help", "outbound",
     "poaching"),
    ("Actionnaires, gardez un peu de place dans le budget pour le printemps… simple intuition",
     "outbound", "layoffs"),
    # pay in a public filing, figures that are not pay
    ("La rémunération de notre PDG figure dans le rapport annuel, page 80", "outbound",
     "salaries"),
    ("Our LED lamp earns more than its price back in energy savings", "outbound", "salaries"),
    ("Bravo à Marie, la boutique a fait 50 000 € de CA ce mois-ci", "outbound", "salaries"),
    # a forecast that is not a guarantee, a scam warning
    ("Mon beau-frère dit que le dividende va doubler cette année", "inbound",
     "guaranteed_returns"),
    ("Lumio shares guaranteed to double? Sounds like a scam, beware", "inbound",
     "guaranteed_returns"),
    # a claim quoted to withdraw it, an icon that disappeared
    ("Whoever wrote that our lamps cure insomnia: please stop, we sell lamps", "outbound",
     "health_claims"),
    ("The migraine mode icon disappeared after the update", "outbound", "health_claims"),
    # an age limit ruled out, a colleague welcomed
    ("Vendeurs en boutique, débutants ou confirmés, aucune limite d'âge, postulez", "outbound",
     "job_discrimination"),
    ("Bienvenue à Inès, notre nouvelle assistante commerciale ! Poste basé à Lyon", "outbound",
     "job_discrimination"),
    # unpaid invoices are not unpaid staff; a split that is not pay
    ("Votre commande n'a toujours pas été payée, merci de vérifier la facture", "outbound",
     "layoffs"),
    ("Free delivery for everyone except the islands, sorry!", "outbound", "layoffs"),
    # a union notice, a link asked for instead of copying
    ("La direction informe : distribution des tracts de la CGT autorisée au portail", "outbound",
     "special_category_data"),
    ("Copier-coller nos fiches produits est interdit, merci de mettre un lien", "outbound",
     "copyright_flags"),
]

#: the category each detector's near misses are about
OWN_CATEGORY = {
    "layoffs": "human_resources",
    "employee_health": "human_resources",
    "poaching": "human_resources",
    "salaries": "human_resources",
}


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round4_families_are_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    found = {(f.detector, f.kind) for f in result.findings}
    assert (detector, kind) in found, (text, found)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_round4_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    category = OWN_CATEGORY.get(detector, "compliance")
    own = [
        f.kind
        for f in result.findings
        if f.detector == detector and f.category.value == category
    ]
    assert own == [], text


def test_customer_health_keeps_the_special_category_finding(engine: Engine) -> None:
    """A customer's pregnancy is special-category data, not the health of staff."""
    result = engine.screen_text(
        "Customer of the month: Jane, six months pregnant, rewired her whole kitchen",
        direction="outbound",
    )
    kinds = {f.kind for f in result.findings}
    assert "compliance.special_category" in kinds
    assert "hr.employee_health" not in kinds
