# ruff: noqa: E501
"""Round 22 (precision) after blind18: the four clean posts still blocked on the development
corpus, each fixed by a wording class rather than by its text.

- layoffs (``layoffs.terms``): a verb of dismissal whose object is a thing (a product, equipment,
  packaging, a material): "licencié nos dernières ampoules", "laying off our old fax machines";
  people in the rest of the sentence keep it a layoff;
- layoffs (``layoffs.job_counts``): a count of people whose only verb of going nearby is said of
  money ("every euro donated goes to", "all proceeds are going to"), no word of a cut nearby;
- employee health (``employee_health.*`` lexicon rules): a care place named as where money goes,
  the beneficiary of a fundraiser ("goes to the children's hospital", "reversés à l'hôpital",
  "au profit de la clinique"); "à l'hôpital" said of a person is still a stay;
- quiet period (``guidance_word`` and the quiet-period mentions of an outlook word): the outlook
  word of a season's greeting ("Nos perspectives pour 2027 ? … Bonne année"), with no financial
  object in the post, no wink, and the outlook not judged ("brighter", "à deux chiffres");
- confidentiality markers: the marker asked and denied, with what is public instead
  ("Confidentiel ? Pas chez nous : notre rapport … est public"); a denial alone or a content
  public only later keeps the marker.

Held-out protocol: the rows below were written after the development post of each class
(blind18 k035, k140, k077, k113) and none of them is that post's text: look-alikes that must
not be found (``CLEAN``), and risky wordings of the same rule that must still be
(``RISKS``). Of the first draft, one look-alike was missed ("On licencie enfin nos vieilles
imprimantes": an adverb before the object, now allowed); the rows marked as probes were added
afterwards to close holes found by trying to break the rules (people inside the object, "are
going" next to money, a judged outlook or business plans in a greeting, a deck handed over
after a denial).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tocsin import Engine

from .shape_tables import assert_category_found, assert_category_not_found

QUIET = datetime(2027, 1, 3, 10, 0, tzinfo=UTC)
OPEN = datetime(2026, 10, 12, 10, 0, tzinfo=UTC)
HR = "human_resources"
CO = "compliance"
FIN = "financial_disclosure"
DL = "data_leak"

#: (category, text, direction, at): look-alikes that must not be found in that category
CLEAN = [
    # -- a dismissal verb with a thing as its object
    (HR, "On licencie enfin nos vieilles imprimantes : bienvenue au tout-numérique 🖨️", "outbound", OPEN),
    (HR, "We've officially laid off our last fax machine. Rest in peace, old friend 📠", "outbound", OPEN),
    (HR, "Cette année, on licencie tous nos gobelets en plastique à la cantine ♻️", "outbound", OPEN),
    (HR, "Time to lay off the old fluorescent tubes in the showroom, LED only from now on 💡", "outbound", OPEN),
    (HR, "Nous avons licencié nos anciens modèles de lampadaires, place à la nouvelle gamme !", "outbound", OPEN),
    (HR, "On a licencié notre vieux serveur mail 🙃 vive le cloud", "outbound", OPEN),  # probe
    # -- a count of people and money that goes somewhere
    (HR, "Our 30 colleagues are cycling 100 km on Sunday, and every pound raised goes to the food bank 🚴", "outbound", OPEN),
    (HR, "Thanks to the 50 people who joined our charity walk! The donations are going to the animal shelter 🐾", "outbound", OPEN),
    (HR, "Bake sale with 12 colleagues from the Lyon office: all the money raised goes to a local school", "outbound", OPEN),
    (HR, "Dimanche, 40 collègues courent le semi de Lyon : chaque euro récolté ira aux Restos du Cœur", "outbound", OPEN),
    # -- a care place as the beneficiary of a fundraiser
    (HR, "Our colleagues ran the Paris 10K for charity: all proceeds go to the Necker children's hospital 💛", "outbound", OPEN),
    (CO, "Our colleagues ran the Paris 10K for charity: all proceeds go to the Necker children's hospital 💛", "outbound", OPEN),
    (HR, "Tombola du personnel : les dons seront reversés à l'hôpital Femme Mère Enfant, merci à tous nos collègues !", "outbound", OPEN),
    (HR, "Vente de gâteaux au bureau au profit de la clinique vétérinaire du quartier, bravo l'équipe !", "outbound", OPEN),
    (HR, "Quiz night with the whole team: the money raised at the quiz goes to the neonatal ward of Lyon Sud, thanks colleagues!", "outbound", OPEN),
    # -- an outlook word in a season's greeting (quiet period)
    (FIN, "Happy New Year! Our outlook for 2027? Cosier evenings and softer light in every living room 🕯️", "outbound", QUIET),
    (FIN, "Meilleurs vœux ! Nos perspectives pour 2027 : des balades au coucher du soleil et des soirées douillettes 🌅", "outbound", QUIET),
    (FIN, "Nos prévisions pour l'an prochain ? Encore plus de lampes de chevet allumées pour lire au lit. Joyeuses fêtes !", "outbound", QUIET),
    (FIN, "Our forecast for 2027: snow on the roofs and warm light in every window. Season's greetings from Lyon!", "outbound", QUIET),
    # -- a confidentiality marker asked and denied, with what is public
    (DL, "Confidential? Not at all: our supplier code of conduct is public and online for everyone.", "outbound", OPEN),
    (DL, "Secret défense ? Pas du tout, la recette de nos abat-jour est en ligne sur notre blog 😄", "outbound", OPEN),
    (DL, "Internal only? Nope — our design guidelines are open to everyone on lumio.com/design", "outbound", OPEN),
    (DL, "Confidentiel ? Non ! Notre bilan carbone est public, téléchargez-le sur notre site.", "outbound", OPEN),
]

#: (category, text, direction, at): risky wordings of the same rules that must still be found
RISKS = [
    # -- a dismissal verb with people, or things and people
    (HR, "On licencie nos vieilles machines et les 30 opérateurs qui vont avec", "outbound", OPEN),
    (HR, "We're laying off our warehouse staff in March, nobody knows yet", "outbound", OPEN),
    (HR, "Ils vont licencier nos derniers intérimaires avant Noël", "outbound", OPEN),
    (HR, "On licencie la moitié des vendeurs du magasin de Lille en janvier", "outbound", OPEN),
    # (probe: people named inside the object, a team of a product)
    (HR, "On a licencié l'équipe produit hier soir, personne n'était au courant", "outbound", OPEN),
    (HR, "We laid off the product team this morning", "outbound", OPEN),
    # -- a count of people leaving, with money nearby
    (HR, "30 jobs cut at the Lyon plant, the proceeds of the sale go to the shareholders", "outbound", OPEN),
    (HR, "12 colleagues going in March, all the money goes to the new Paris team", "outbound", OPEN),
    (HR, "12 colleagues are going, the money goes to the new team", "outbound", OPEN),  # probe
    (HR, "50 people will go after the merger, and the money saved goes to the new tower", "outbound", OPEN),
    (HR, "25 postes supprimés à Lyon, mais chaque euro de la vente ira aux actionnaires", "outbound", OPEN),
    # -- a colleague's care stay, with money nearby
    (HR, "We raised €200 for flowers for Julie from accounting, she's back in hospital since Monday", "outbound", OPEN),
    (HR, "On a collecté 150 € pour Marc de la compta, qui est à l'hôpital depuis lundi", "outbound", OPEN),
    (HR, "We raised money for our colleague Sam who goes to the hospital every Tuesday", "outbound", OPEN),
    (CO, "Merci pour vos dons pour notre collègue Inès, elle est toujours à l'hôpital 💛", "outbound", OPEN),
    # -- an outlook in a greeting, judged, sized or winked at (quiet period)
    (FIN, "Bonne année ! Nos perspectives 2027 ? Une croissance à deux chiffres, promis 😉", "outbound", QUIET),
    (FIN, "Happy New Year! Our outlook for 2027 is brighter than ever, stay tuned", "outbound", QUIET),
    (FIN, "Meilleurs vœux à tous ! Nos perspectives pour 2027 sont excellentes, les analystes vont être surpris", "outbound", QUIET),
    (FIN, "Happy holidays! 2027 guidance: we're raising it, more on the 28th", "outbound", QUIET),
    (FIN, "Bonne année ! Nos perspectives 2027 ? Je dirais... radieuses", "outbound", QUIET),  # probe
    (FIN, "Happy New Year! Outlook 2027: we're growing, hiring and opening 3 stores", "outbound", QUIET),  # probe
    # -- a marker denied without anything public, or public only later
    (DL, "Confidential? Nope, here's the Q3 board deck, enjoy 😈", "outbound", OPEN),
    (DL, "Confidentiel ? Plus pour longtemps : le rapport sera public en mars, mais voici les chiffres", "outbound", OPEN),
    (DL, "Confidentiel ? Non, pas encore public : voici le plan produit 2027", "outbound", OPEN),
    (DL, "Internal only? Not really, it'll be public soon — anyway here's the pricing grid", "outbound", OPEN),
    (DL, "Confidentiel ? Non. Voici le deck du board, il est public maintenant 😈", "outbound", OPEN),  # probe
]



@pytest.mark.parametrize(("category", "text", "direction", "at"), CLEAN)
def test_round22_look_alikes_are_clean(
    engine: Engine, category: str, text: str, direction: str, at: datetime
) -> None:
    assert_category_not_found(engine, category, text, direction, at)


@pytest.mark.parametrize(("category", "text", "direction", "at"), RISKS)
def test_round22_risks_are_still_found(
    engine: Engine, category: str, text: str, direction: str, at: datetime
) -> None:
    assert_category_found(engine, category, text, direction, at)
