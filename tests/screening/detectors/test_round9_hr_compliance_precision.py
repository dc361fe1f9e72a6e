"""Round 9 (precision, training sets k and l): compliance look-alikes left alone, claims found.

Each exception has a clean look-alike (near miss) and a risky row that must still match, FR and EN:
- guaranteed returns: a regulator's reminder or a denial quoted ("aucun placement ne peut
  garantir ... sans risque"), a scam or a fake site's promise reported to warn against it;
- fake reviews: reviews said to be bought by a competitor of the profile (an insinuation,
  competition's business), unless the sentence tells the organisation's own plan;
- cure claims: a general denial ("aucune lampe ne guérit") or someone else's claim doubted;
- special-category data: general advice not to disclose a colleague's health;
- job cuts (`layoffs.job_counts`): cuts already public, with a pointer to the official release;
- job cuts and dismissals (`layoffs.*`): cuts of long ago, job-seeking advice about one's own
  dismissal (an interview question, "to a recruiter", "your last job");
- discrimination: a requirement quoted as a counter-example ("example of a discriminatory ad");
- employee health and special-category data: news the person announced themselves.
"""

from __future__ import annotations

import pytest

from tocsin import Engine

NEAR_MISS = [
    # (text, kind that must not be found)
    # guaranteed returns: the regulator's reminder, a denial, a warning
    ("L'AMF le rappelle : aucun placement ne peut garantir un gain élevé sans risque.",
     "compliance.guaranteed_return"),
    ("No investment can guarantee a high yield with no risk, the regulator reminds us.",
     "compliance.guaranteed_return"),
    ("Beware of fake sites offering a risk-free investment with our logo.",
     "compliance.guaranteed_return"),
    ("Personne ne peut garantir un placement sans risque, méfiez-vous des promesses.",
     "compliance.guaranteed_return"),
    # guaranteed returns: a third party's figure reported to warn against it
    ("Attention aux faux comptes qui promettent 10 % garantis par mois en notre nom.",
     "compliance.guaranteed_return"),
    ("Scam alert: fake ads that promise 8% guaranteed returns use our logo. Report them.",
     "compliance.guaranteed_return"),
    ("Lumio ne propose aucun placement : les offres à 15 % garantis sont des arnaques.",
     "compliance.guaranteed_return"),
    ("The FCA warns: guaranteed returns are a red flag for scams.",
     "compliance.guaranteed_return"),
    # cure claims: a general denial, someone else's claim doubted
    ("Rappel : aucune lampe ne guérit la dépression saisonnière. Parlez-en à un médecin.",
     "compliance.cure_claim"),
    ("No lamp can cure depression: see a doctor if winter blues hit hard.",
     "compliance.cure_claim"),
    ("Méfiez-vous des sites qui prétendent que la luminothérapie guérit l'insomnie.",
     "compliance.cure_claim"),
    ("Beware of ads that claim a lamp cures depression.", "compliance.cure_claim"),
    # special-category data: general advice not to disclose it
    ("Tip: never post about a colleague's sick leave online.", "compliance.special_category"),
    ("Conseil RH : ne publiez jamais l'arrêt maladie d'un collègue.",
     "compliance.special_category"),
    # job cuts already public, with a pointer to the official release
    ("As announced in our press release, 120 roles will be cut in Grenoble.", "hr.layoffs"),
    ("Comme annoncé dans notre communiqué, 40 postes seront supprimés à Grenoble.",
     "hr.layoffs"),
    # job cuts of long ago, job-seeking advice about one's own dismissal
    ("Ten years ago we cut 30 jobs in Lyon; today we're hiring 80.", "hr.layoffs"),
    ("Exemple de question d'entretien : « Pourquoi avez-vous été licencié ? » Comment y répondre.",
     "hr.layoffs"),
    ("Interview tip: how to explain that you got fired from your last job.", "hr.dismissal"),
    ("Conseil : comment parler de votre licenciement à un recruteur.", "hr.layoffs"),
    # discrimination quoted as a counter-example
    ("Rappel : une offre d'emploi ne peut pas exiger un âge, par exemple « 25-35 ans ».",
     "compliance.discrimination"),
    ('Example of a discriminatory ad: "young men only, 18-30". Never write this.',
     "compliance.discrimination"),
    # health news the person made public themselves
    ("Sophie, notre DRH, a annoncé elle-même sa grossesse sur LinkedIn : félicitations !",
     "hr.employee_health"),
    ("Sophie, notre DRH, a annoncé elle-même sa grossesse sur LinkedIn : félicitations !",
     "compliance.special_category"),
    ("Julie from HR is pregnant, she announced it herself on LinkedIn this morning, congrats!",
     "hr.employee_health"),
    # fake reviews: a competitor's reviews insinuated to be bought
    ("Les avis 5 étoiles de Brillix ? 400 achetés en une nuit, belle performance.",
     "compliance.fake_reviews"),
    ("Brillix got 400 five-star reviews overnight. Bought? Who knows.",
     "compliance.fake_reviews"),
]

MATCH = [
    # (text, kind that must be found)
    ("Placez 1 000 € dans nos obligations solaires : 12 % garantis la première année !",
     "compliance.guaranteed_return"),
    ("Invest in our solar bonds: 9% guaranteed every year.", "compliance.guaranteed_return"),
    ("Investir dans nos lampes connectées, c'est sans risque : 7 % par an.",
     "compliance.guaranteed_return"),
    ("Our green bond is a risk-free investment, 6% a year.", "compliance.guaranteed_return"),
    ("Aucun investissement de départ : zéro risque, 10 % par mois !",
     "compliance.guaranteed_return"),
    # a warning word about someone else does not excuse the organisation's own claim
    ("Méfiez-vous des banques : notre placement est sans risque, 8 % par an.",
     "compliance.guaranteed_return"),
    ("Pas une arnaque : placement sans risque, 8 % par an.", "compliance.guaranteed_return"),
    ("Beware of banks: our green fund is a risk-free investment, 6% a year.",
     "compliance.guaranteed_return"),
    ("Nos obligations vertes : 8 % garantis par an, on vous le promet !",
     "compliance.guaranteed_return"),
    ("We promise: 9% guaranteed returns every year on our solar bonds.",
     "compliance.guaranteed_return"),
    ("Rendement garanti de 8 % par an, attention les places sont limitées !",
     "compliance.guaranteed_return"),
    ("Warning: limited places! Guaranteed returns of 9% a year.",
     "compliance.guaranteed_return"),
    # a comparison or a doubter brushed aside is still a cure claim
    ("Nos lampes guérissent la dépression saisonnière, aucun produit ne fait mieux.",
     "compliance.cure_claim"),
    ("Our lamp cures insomnia. No lamp can match it.", "compliance.cure_claim"),
    ("Notre lampe guérit l'insomnie, et ceux qui prétendent le contraire ne l'ont pas essayée.",
     "compliance.cure_claim"),
    ("Our lamp cures insomnia, whatever the doubters who claim otherwise say.",
     "compliance.cure_claim"),
    # a colleague's health told, a warning word or not
    ("Never share this: Marc from sales is on sick leave for depression.",
     "compliance.special_category"),
    ("Sophie de la compta est en arrêt maladie pour burn-out.", "hr.employee_health"),
    # cuts not yet public
    ("Between us: 120 roles will be cut in Grenoble, press release next month.", "hr.layoffs"),
    ("Entre nous, 40 postes seront supprimés à Grenoble, pas encore annoncé.", "hr.layoffs"),
    ("Two years ago they cut 30 jobs. Now 50 more roles will be cut in Lyon next month.",
     "hr.layoffs"),
    ("Marc a été viré la semaine dernière, comment expliquer ça à l'équipe ?", "hr.dismissal"),
    ("Julie got fired yesterday. Interview tips for her, anyone?", "hr.dismissal"),
    ("On recrute des vendeurs 20-30 ans, pas de discrimination chez nous hein",
     "compliance.discrimination"),
    ("Hiring: young men only, 18-30, full time.", "compliance.discrimination"),
    ("Sophie, notre DRH, est enceinte, elle ne l'a pas encore annoncé.", "hr.employee_health"),
    ("Julie is pregnant, she announced her move to Paris yesterday.", "hr.employee_health"),
    ("Julie is pregnant but hasn't told anyone yet.", "hr.employee_health"),
    # our own plan, a competitor named or not
    ("On achète 200 avis 5 étoiles pour doubler Brillix ce mois-ci", "compliance.fake_reviews"),
    ("Let's buy 300 five-star reviews to beat Brillix", "compliance.fake_reviews"),
]


@pytest.mark.parametrize(("text", "kind"), NEAR_MISS)
def test_near_miss(engine: Engine, text: str, kind: str) -> None:
    found = [f for f in engine.screen_text(text, direction="outbound").findings if f.kind == kind]
    assert found == [], (text, found)


@pytest.mark.parametrize(("text", "kind"), MATCH)
def test_still_found(engine: Engine, text: str, kind: str) -> None:
    found = {f.kind for f in engine.screen_text(text, direction="outbound").findings}
    assert kind in found, (text, found)
