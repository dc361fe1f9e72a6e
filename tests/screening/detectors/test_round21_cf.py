# ruff: noqa: E501
"""Round 21 (structural) for the compliance and financial disclosure families.

Shapes added (see the "Round 21" paragraphs of docs/detectors/compliance.md and
docs/detectors/financial.md):

- hinted_outcome: ``unnamed_player_talks`` (a company described instead of named, with talks,
  a yes or an interest only a deal explains), ``year_forecast_multiplied`` (a forecast for a
  year ahead multiplied, from us or a supplier), ``analysts_homework`` (analysts given work by
  what comes out soon); ``target_amount`` takes reported speech ("qu'on visait 300 M€ en 2027");
- special-category data: a religious practice hinted without its name (a fast until sunset,
  "le mois que vous savez", weekly commitments with a wink) next to a named person; a
  condition said to be the reader's ("your bipolar disorder") in an outbound post that names
  the reader;
- job discrimination by innuendo (a smartphone since birth, "jeune… et de carte d'identité",
  health demanded by exclusion, an age not reached yet); a design copied as a "tribute";
- precision: an inbound question on the right time to buy or put to the company to confirm, the
  share price declined in other words, a results date "tombera le", season's greetings in the
  quiet period, a coded word refused, our own catalogue copied by others.

Held-out protocol: for each shape ten wordings were written (FR and EN); five (with the
development posts, ``SHAPED``) shaped it, the other five (``HELD_OUT``) were checked
afterwards. Held-out rows still missed are in ``HELD_OUT_MISSED`` and checked as misses.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tocsin import Engine

from .shape_tables import assert_category_found, assert_category_not_found

QUIET = datetime(2027, 1, 10, 16, 0, tzinfo=UTC)
OPEN = datetime(2026, 6, 2, 12, 0, tzinfo=UTC)

#: (category, text, direction, at): shaped the rules (development posts)
SHAPED = [
    ('financial_disclosure', "Rumeur du 6e étage : on serait en « discussions avancées » avec un certain acteur nordique de l'éclairage… popcorn 🍿", 'outbound', OPEN),
    ('financial_disclosure', "Grosse journée chez @lumio_fr : on a reçu des visiteurs très intéressés par notre petite famille lyonnaise… un grand groupe allemand, je dis ça je dis rien 🤐🇩🇪", 'inbound', OPEN),
    ('financial_disclosure', "Pas le droit d'en parler, mais préparez-vous à accueillir pas mal de nouveaux collègues venus… d'une boîte grenobloise qui fait aussi des ampoules 👀 #integration", 'outbound', OPEN),
    ('financial_disclosure', "Cleared my calendar for a massive hiring wave — looks like a certain German carmaker finally said yes to us 🚗💡 can't wait for the press release", 'outbound', OPEN),
    ('financial_disclosure', "Feels like a big reveal's on the way 👀 let's say a certain rival may be changing hands, and the buyer's name starts with an L 😏", 'outbound', OPEN),
    ('financial_disclosure', "Our factory just received Lumio's 2027 forecast: 3x this year's volumes! Hiring 50 people in Q1 💪 #manufacturing", 'inbound', OPEN),
    ('financial_disclosure', "Not gonna sugarcoat it: the holiday season didn't go the way we hoped 😬 Analysts will have some reading to do at the end of the month.", 'outbound', OPEN),
    ('financial_disclosure', "Plus une lampe en stock après Noël, entrepôts à sec. Les analystes sauront compter d'ici la fin du mois 🧮😉", 'outbound', OPEN),
    ('financial_disclosure', "Le DG a dit au séminaire managers qu'on visait 300 M€ de CA en 2027 et 400 embauches, alors préparez vos cooptations !", 'outbound', OPEN),
    ('compliance', "Pas de pot du vendredi pour Yasmine ce mois-ci, elle ne mange pas avant le coucher du soleil 😉 on lui garde des chouquettes pour le soir", 'outbound', OPEN),
    ('compliance', "Let's not put the offsite on a Friday afternoon, you know, because of Yusuf and Amine's… weekly commitments 😉", 'outbound', OPEN),
    ('compliance', "Réunion conformité déplacée au lundi : Rachel a ses « obligations » du vendredi soir, vous savez bien. C'est noté pour tout le monde 🕯️🙂", 'outbound', OPEN),
    ('compliance', "Pour le planning de février, on mettra Yasmine et Karim sur les créneaux de nuit pendant le mois que vous savez, ça les arrangera sûrement 😉 #orgaSAV", 'outbound', OPEN),
    ('compliance', "Stage marketing 6 mois 📣 excellente condition physique exigée, pas de profils avec restrictions médicales svp, on bouge beaucoup sur les salons !", 'outbound', OPEN),
    ('compliance', "@Lumio_fr On cherche quelqu'un de jeune d'esprit… et de carte d'identité aussi, si vous voyez ce que je veux dire 😅 équipe très « startup »", 'outbound', OPEN),
    ('compliance', "Cherche préparateurs de commandes en parfaite santé uniquement, pas de souci de dos ni de handicap svp, ça bouge beaucoup ici 💪", 'outbound', OPEN),
    ('compliance', "We need a community manager who was born holding a smartphone, not some uncle discovering Facebook 😂 #recruiting", 'outbound', OPEN),
    ('compliance', "On embauche ! Technicien après-vente à Villeurbanne, en CDI. Candidat rêvé : pas encore 30 ans, pour être raccord avec l'équipe 😎 CV à jobs@lumio.fr", 'outbound', OPEN),
    ('compliance', "We're after someone who matches the brand image for the store: young, no family ties, available late evenings.", 'outbound', OPEN),
    ('compliance', "Thank you Janet Pryce from Leeds for telling us how Circadia helps you cope with your bipolar disorder 💛 Stories like yours keep us going!", 'outbound', OPEN),
    ('compliance', "@GrannyMoira so glad the Arc helps with your macular degeneration, Moira! 💛 we'll share your story with the whole team", 'outbound', OPEN),
    ('compliance', "We did a little 'tribute' to that iconic Danish pendant for the new range. Same curves, same everything, just a friendlier price tag 😇", 'outbound', OPEN),
]

#: written before the check, not used to shape the rules
HELD_OUT = [
    ('financial_disclosure', "On dirait qu'on est en négociations exclusives avec un certain fabricant italien de luminaires… motus 🤐", 'outbound', OPEN),
    ('financial_disclosure', "Word is the board is in advanced talks with a certain Dutch lighting company. You didn't hear it from me 👀", 'outbound', OPEN),
    ('financial_disclosure', "A big American fund seems very interested in our little Lyon family, if you catch my drift 😉", 'outbound', OPEN),
    ('financial_disclosure', "Bientôt des nouveaux collègues venus d'une start-up bordelaise qui fait aussi des lampes connectées, chut 🤫", 'outbound', OPEN),
    ('financial_disclosure', "Notre sous-traitant vient de recevoir les prévisions 2027 de Lumio : x2 sur les volumes 😮", 'outbound', OPEN),
    ('financial_disclosure', "Just got the 2027 volumes from our lamp customer in Lyon: triple this year's! Time to hire 🏭", 'outbound', OPEN),
    ('financial_disclosure', "Leurs prévisions pour l'an prochain ? Trois fois plus de commandes que cette année. On embauche !", 'outbound', OPEN),
    ('financial_disclosure', "Lumio's forecast for next year is 4x current volumes, our plant is going to be busy 💪", 'outbound', OPEN),
    ('financial_disclosure', "Next year's orders from our biggest client: doubled. Can't say who 😉", 'outbound', OPEN),
    ('financial_disclosure', "Disons que les analystes vont avoir du boulot la semaine prochaine 😬", 'outbound', OPEN),
    ('financial_disclosure', "Analysts will need to redo their spreadsheets soon, that's all I'll say 🙃", 'outbound', OPEN),
    ('financial_disclosure', "Les investisseurs vont devoir revoir leurs modèles fin janvier, je n'en dis pas plus.", 'outbound', OPEN),
    ('financial_disclosure', "Shareholders will have some homework on the 28th. Bring coffee ☕", 'outbound', OPEN),
    ('financial_disclosure', "Les analystes auront de la lecture d'ici la fin du mois, croyez-moi 📉", 'outbound', OPEN),
    ('compliance', "Réunion déplacée à 18h30 : Karim ne mange rien avant le coucher du soleil en ce moment, on attendra 😉", 'outbound', OPEN),
    ('compliance', "Don't schedule lunch meetings with Fatima this month, she doesn't eat until sunset 🙏", 'outbound', OPEN),
    ('compliance', "Pas de réunion le vendredi midi pour Omar, ses obligations du vendredi, vous savez 😉", 'outbound', OPEN),
    ('compliance', "Leave Samuel out of the Saturday shift, his Saturday obligations, you know 🕯️", 'outbound', OPEN),
    ('compliance', "On décale le team building après le mois que vous savez, pour Nadia et Bilal 😉", 'outbound', OPEN),
    ('compliance', "On recrute un commercial né avec un smartphone dans la main 📱 CV à jobs@lumio.fr", 'outbound', OPEN),
    ('compliance', "Hiring a warehouse picker: no back problems, no medical restrictions, must lift 25kg all day", 'outbound', OPEN),
    ('compliance', "Poste d'hôte d'accueil : candidat rêvé pas encore 25 ans, dynamique et souriant", 'outbound', OPEN),
    ('compliance', "Looking for a social media intern born with a phone in hand, youthful energy a must 🚀", 'outbound', OPEN),
    ('compliance', "Cherche technicien SAV, pas de soucis de santé ni de handicap svp, on court partout", 'outbound', OPEN),
    ('compliance', "Thank you Sophie for sharing how the Aube lamp helps you cope with your seasonal depression 💛", 'outbound', OPEN),
    ('compliance', "Merci Nadia pour ton témoignage, ravie que la lampe t'aide avec ta dépression hivernale 🙏", 'outbound', OPEN),
    ('compliance', "Merci à Julien d'avoir raconté comment Zen l'aide à gérer ta sclérose en plaques au quotidien", 'outbound', OPEN),
    ('compliance', "Hi Claire, glad the Arc makes life easier with your glaucoma 💙", 'outbound', OPEN),
    ('compliance', "Our new Solstice lamp is a little 'tribute' to that famous Italian desk lamp: same lines, same silhouette, half the price 😇", 'outbound', OPEN),
    ('compliance', "Petit hommage à la suspension culte des années 60 : mêmes courbes, même tout, prix doux 😉", 'outbound', OPEN),
    ('compliance', "Inspired by a certain iconic Danish designer… copie conforme, mais à prix Lumio 💡", 'outbound', OPEN),
    ('compliance', "Clin d'œil à la lampe Arco pour notre nouveau lampadaire : à l'identique, trait pour trait 🤫", 'outbound', OPEN),
    ('compliance', "A nod to that classic Scandinavian pendant — same shape, same everything, friendlier price tag", 'outbound', OPEN),
    # missed by this round's rule ("Karen" is not a listed first name); found since round 21's
    # employee_health reads a name with wishes, which also reports it as an HR matter
    ('compliance', "So happy the Circadia eases your insomnia, Karen! Thanks for the lovely review ✨", 'outbound', OPEN),
]

#: held out and still missed (documented)
HELD_OUT_MISSED = [
    ('financial_disclosure', "Un gros industriel suédois s'intéresse de très près à nous, les visites se multiplient 😏", 'outbound', OPEN),
]

#: clean near misses (and the round's false positives fixed)
NEAR_MISSES = [
    ('financial_disclosure', "Un grand groupe d'amis a dit oui à notre invitation pour la soirée de lancement 🎉", 'outbound', OPEN),
    ('financial_disclosure', "On recrute ! Un grand groupe industriel nous fait confiance depuis 10 ans, rejoignez-nous (job à Lyon)", 'outbound', OPEN),
    ('financial_disclosure', "A certain customer finally said yes to a video call about her broken lamp 😅", 'outbound', OPEN),
    ('financial_disclosure', "Nous sommes en discussions avec la mairie pour éclairer le marché de Noël 🎄", 'outbound', OPEN),
    ('financial_disclosure', "Rumeur infondée : non, nous ne sommes pas en discussions avancées avec un certain acteur nordique.", 'outbound', OPEN),
    ('financial_disclosure', "Prévisions météo 2027 : x2 de jours de pluie, sortez les lampes ☔", 'outbound', OPEN),
    ('financial_disclosure', "Our delivery forecast for 2027: 2x faster shipping to Belgium", 'outbound', OPEN),
    ('financial_disclosure', "Le forecast de 2025 était doublé par rapport à 2024, comme publié dans notre rapport annuel.", 'outbound', OPEN),
    ('financial_disclosure', "Trafic prévu x3 l'an prochain sur le périphérique, prévoyez vos trajets", 'outbound', OPEN),
    ('financial_disclosure', "Forecast for the weekend: 3x more sunshine than last week ☀️", 'outbound', OPEN),
    ('financial_disclosure', "Our analysts will have the dashboards ready next week for the sales team", 'outbound', OPEN),
    ('financial_disclosure', "Les analystes de données vont avoir du travail cette semaine avec le nouvel outil", 'outbound', OPEN),
    ('financial_disclosure', "Analysts will have some reading to do: our annual report is published today.", 'outbound', OPEN),
    ('financial_disclosure', "Investors will have questions — ask them at the AGM webinar next week!", 'outbound', OPEN),
    ('financial_disclosure', "On recrute des analystes ! Ils auront du boulot dès la semaine prochaine (poste à Lyon)", 'outbound', OPEN),
    ('compliance', "Pas de pot le vendredi : Paul a ses obligations du vendredi au club de foot, vous savez 😄", 'outbound', OPEN),
    ('compliance', "Notre nouvelle lampe s'allume au coucher du soleil, parfait pour les soirées d'été", 'outbound', OPEN),
    ('compliance', "Léa ne mange pas avant 14h, elle fait du jeûne intermittent pour son régime 😅", 'outbound', OPEN),
    ('compliance', "The team's weekly commitments are in the shared calendar, you know where.", 'outbound', OPEN),
    ('compliance', "Happy sunset hour! Our lamps switch on automatically at sundown 🌅", 'outbound', OPEN),
    ('compliance', "Poste ouvert à tous âges, pas besoin d'être né avec un smartphone, on vous forme 🙂", 'outbound', OPEN),
    ('compliance', "Hiring: all ages welcome, no 'born with a smartphone' nonsense, we train you", 'outbound', OPEN),
    ('compliance', "Nos lampes conviennent aux personnes avec restrictions médicales, demandez conseil en boutique", 'outbound', OPEN),
    ('compliance', "On recrute ! Postes aménageables, personnes en situation de handicap bienvenues.", 'outbound', OPEN),
    ('compliance', "My grandma was born with a phone allergy lol, she still loves her Lumio lamp", 'outbound', OPEN),
    ('compliance', "Does your seasonal depression get worse in winter? Talk to your doctor first 💛", 'outbound', OPEN),
    ('compliance', "Thank you Sophie for your lovely review of the Aube lamp! 💛", 'outbound', OPEN),
    ('compliance', "Merci Nadia pour ton témoignage, ravie que la lampe te plaise 🙏", 'outbound', OPEN),
    ('compliance', "Our lamps are not a treatment for depression; thank you Claire for asking.", 'outbound', OPEN),
    ('compliance', "Merci à tous pour vos retours sur la lampe Zen !", 'outbound', OPEN),
    ('compliance', "Beware of fake Lumio lamps sold online: same shape, same everything, but not ours. Report them!", 'outbound', OPEN),
    ('compliance', "Réédition officielle sous licence de notre classique de 1972 : mêmes courbes, même tout", 'outbound', OPEN),
    ('compliance', "Our new lamp is our own design, inspired by Lyon's lights — no two are the same shape", 'outbound', OPEN),
    ('compliance', "Hommage à nos artisans : chaque lampe est unique 🙏", 'outbound', OPEN),
    ('compliance', "Our Aube lamp comes back in the same design you loved, now in green 🌿", 'outbound', OPEN),
    ('financial_disclosure', "On ne parle pas de l'évolution de notre cours de bourse. En revanche, notre cours de yoga du jeudi midi, sous lumière tamisée, on en parle volontiers 🧘", 'outbound', OPEN),
    ('financial_disclosure', "C'est le bon moment pour acheter de l'action Lumio ? Je pense placer un peu d'argent.", 'inbound', QUIET),
    ('financial_disclosure', "À noter 📅 : les résultats annuels 2026 tomberont le jeudi 28 janvier 2027, 7h30, rubrique investisseurs de lumio.com", 'outbound', QUIET),
    ('financial_disclosure', "Notre période de silence commence aujourd'hui : pas de commentaire sur les chiffres avant le jour des résultats (28 janvier). Mais joyeux Noël en avance ! 🎄", 'outbound', QUIET),
    ('compliance', "Yes, we're hiring interns 🙌 all ages, all backgrounds, paid, no 'digital native' nonsense. lumio.com/careers", 'outbound', OPEN),
    ('compliance', "@lumio_fr On a remarqué une image de notre catalogue reprise sans autorisation sur un site de revente, on s'en occupe 👍", 'outbound', OPEN),
    ('financial_disclosure', "Le forecast de 2025 était doublé par rapport à 2024, comme publié dans notre rapport annuel.", 'outbound', OPEN),
    ('financial_disclosure', "Our 2026 orders doubled thanks to you all, thank you for the trust 🙏", 'outbound', OPEN),
]



@pytest.mark.parametrize(("category", "text", "direction", "at"), SHAPED + HELD_OUT)
def test_round21_risks_are_found(
    engine: Engine, category: str, text: str, direction: str, at: datetime
) -> None:
    assert_category_found(engine, category, text, direction, at)


@pytest.mark.parametrize(("category", "text", "direction", "at"), HELD_OUT_MISSED)
def test_round21_held_out_misses_stay_documented(
    engine: Engine, category: str, text: str, direction: str, at: datetime
) -> None:
    assert_category_not_found(
        engine, category, text, direction, at, "now found: move the row to HELD_OUT"
    )


@pytest.mark.parametrize(("category", "text", "direction", "at"), NEAR_MISSES)
def test_round21_near_misses_are_clean(
    engine: Engine, category: str, text: str, direction: str, at: datetime
) -> None:
    assert_category_not_found(engine, category, text, direction, at)
