# ruff: noqa: E501
"""Round 20 (structural) for the compliance and financial disclosure families.

Shapes added (see the "Round 20" paragraphs of docs/detectors/compliance.md and
docs/detectors/financial.md):

- ``m_and_a_present`` (financial lexicon, checked on the text as written): a buy-out in the
  present tense between a named subject and a named object, one of them the organisation or a
  competitor ("Lumio rachète Brillix", "les Allemands rachètent Lumio"); "racheté" (a denial
  once folded) is left alone; ``takeover_offer`` takes the future ("Lumio sera racheté");
- special-category data (special_category_data): a customer's own condition or a relative's
  relieved by the product, in an inbound post ("mon fils autiste, ses crises ont disparu"); a
  disability file as an identifier ("dossier MDPH"); care hints: a treatment then its effect on
  him/her, occupational health waiting for someone, a body part that gave out, a named
  hospital; a pregnancy hinted with a pregnancy emoji and a named colleague;
- hinted results (hinted_outcome): the consensus said too low or too high, a record
  profit-sharing ahead, the speaker's smile and withheld figures, "tout le monde va être
  content" about what is announced on a date.

Held-out protocol: for each shape ten wordings were written (FR and EN); five (with the
development posts) shaped it, the other five (``HELD_OUT``) were checked afterwards. Held-out
rows still missed are in ``HELD_OUT_MISSED`` and checked as misses.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tocsin import Engine

from .shape_tables import assert_category_found, assert_category_not_found

QUIET = datetime(2027, 1, 10, 16, 0, tzinfo=UTC)
OPEN = datetime(2026, 6, 2, 12, 0, tzinfo=UTC)

#: (category, text, direction, at): shaped the rules (development posts and own wordings)
SHAPED = [
    (
        "financial_disclosure",
        "Officieux mais quasi sûr : Lumio rachète Brillix, les RH planchent déjà sur l'harmonisation des contrats 🤝",
        "outbound",
        OPEN,
    ),
    (
        "financial_disclosure",
        "Lumio rachète Solaris, c'est signé, annonce la semaine prochaine",
        "outbound",
        OPEN,
    ),
    ("financial_disclosure", "Il paraît que les Allemands rachètent Lumio 😳", "outbound", OPEN),
    (
        "financial_disclosure",
        "Brillix acquires Lumio? heard it from a friend in finance",
        "inbound",
        OPEN,
    ),
    (
        "financial_disclosure",
        "Ex-salarié : Lumio sera racheté d'ici juillet, en interne c'est un secret de polichinelle. Faites vos jeux 💰",
        "inbound",
        OPEN,
    ),
    (
        "compliance",
        "Depuis que j'ai mis les lampes Lumio dans la chambre de mon fils autiste, ses crises ont disparu. Merci @lumio_fr 🙏",
        "inbound",
        OPEN,
    ),
    (
        "compliance",
        "@lumio my grandad has parkinson's and ur lamp made his tremors stop?? best purchase ever, it cured him basically",
        "inbound",
        OPEN,
    ),
    (
        "compliance",
        "@lumio_fr votre lampe a calmé mes migraines, je suis épileptique et c'est la seule lumière que je supporte, merci !!",
        "inbound",
        OPEN,
    ),
    (
        "compliance",
        "@lumio_fr mon fils est autiste et la veilleuse l'aide beaucoup, je peux vous envoyer son dossier MDPH pour le tarif solidaire ?",
        "inbound",
        OPEN,
    ),
    (
        "compliance",
        "I'm epileptic and since the Aube lamp I haven't had a single attack, the flicker-free light relieved my migraines too",
        "inbound",
        OPEN,
    ),
    (
        "compliance",
        "Mark from logistics won't be at the holiday party this year. Let's just say his back finally gave up on him after all those pallets. Sending get-well vibes 💪",
        "outbound",
        OPEN,
    ),
    (
        "compliance",
        "Thinking of Julien from payroll — his 'long weekend' is now in week six and his desk is buried under envelopes from the Hôpital Édouard-Herriot. Hang in there buddy 🙏",
        "outbound",
        OPEN,
    ),
    (
        "compliance",
        "Please be patient with Marco over the next weeks, the new meds are wrecking his sleep, he'll answer you in the afternoons 🙏",
        "outbound",
        OPEN,
    ),
    (
        "compliance",
        "Troisième fois cette semaine qu'on retrouve la cheffe de projet en larmes dans l'escalier… Mathilde, si tu lis ça, la médecine du travail t'attend 🫂",
        "outbound",
        OPEN,
    ),
    (
        "compliance",
        "Sending all our love to Marco from logistics 💪 the treatment is rough but he's the toughest guy we know.",
        "outbound",
        OPEN,
    ),
    (
        "compliance",
        "Someone's been skipping coffee and turning pale in morning stand-ups… congrats in advance Chloé, your little secret's safe with us 🤰 (well, sort of)",
        "outbound",
        OPEN,
    ),
    (
        "compliance",
        "Our PM Chloé Martin won't be flying to the Tokyo fair in March, for a very happy reason 🍼🤰 Due in April, congratulations Chloé!",
        "outbound",
        OPEN,
    ),
    (
        "compliance",
        "On garde le secret pour Camille de la compta 🤰 naissance prévue en août !",
        "outbound",
        OPEN,
    ),
    (
        "financial_disclosure",
        "Période calme, bouche cousue 🤐 … mais si vous aviez vu la tête de notre DAF en découvrant les chiffres de décembre, vous comprendriez pourquoi je souris depuis lundi.",
        "outbound",
        QUIET,
    ),
    (
        "financial_disclosure",
        "Pro tip for anyone covering us: the consensus on Q2 gross margin is… let's say a touch pessimistic. Enjoy your weekend 🍷",
        "outbound",
        QUIET,
    ),
    (
        "financial_disclosure",
        "Can't talk Q4 numbers yet, but the board meeting lasted 20 minutes and everyone walked out grinning 😁",
        "outbound",
        QUIET,
    ),
    (
        "financial_disclosure",
        "Entretien annuel avec mon N+2 : il m'a dit de ne pas m'en faire pour la prime, « vu ce qu'on annonce le 28, tout le monde va être content » 😍",
        "outbound",
        QUIET,
    ),
    (
        "financial_disclosure",
        "Bonne nouvelle pour tout le monde : vu la fin d'année qu'on a faite, la prime d'intéressement va être la plus grosse de l'histoire de la boîte 🤑",
        "outbound",
        QUIET,
    ),
]

#: (category, text, direction, at): held out, written before the rules were checked on them
HELD_OUT = [
    (
        "financial_disclosure",
        "Ça y est, Brillix rachète Lumio, on l'apprend par la machine à café 😶",
        "outbound",
        OPEN,
    ),
    (
        "financial_disclosure",
        "Lumio acquires Solaris next month, keep it quiet until the big day",
        "outbound",
        OPEN,
    ),
    (
        "financial_disclosure",
        "We're told Philips is taking over Lumio, HR already knows",
        "outbound",
        OPEN,
    ),
    ("financial_disclosure", "Les Suédois rachètent Lumio, c'est plié 🇸🇪", "outbound", OPEN),
    (
        "compliance",
        "ma fille est épileptique et depuis la veilleuse Lumio elle n'a plus de crises la nuit, merci !",
        "inbound",
        OPEN,
    ),
    (
        "compliance",
        "@lumio my mum has dementia and the sunrise lamp calmed her evenings, the agitation is gone",
        "inbound",
        OPEN,
    ),
    (
        "compliance",
        "Je suis bipolaire et votre lampe m'a soigné mieux que mon psy 😅",
        "inbound",
        OPEN,
    ),
    (
        "compliance",
        "my son is autistic and his meltdowns have stopped since we got the Lumio night light",
        "inbound",
        OPEN,
    ),
    (
        "compliance",
        "Mon mari a Parkinson, depuis la lampe Aube ses tremblements ont disparu",
        "inbound",
        OPEN,
    ),
    (
        "compliance",
        "Courage à Nadia de la compta, le traitement la fatigue beaucoup mais elle tient bon 💪",
        "outbound",
        OPEN,
    ),
    (
        "compliance",
        "Be gentle with Tom this week, the chemo is knocking him out in the afternoons",
        "outbound",
        OPEN,
    ),
    (
        "compliance",
        "Kevin, la médecine du travail t'attend lundi 9h, n'oublie pas 😉",
        "outbound",
        OPEN,
    ),
    (
        "compliance",
        "Poor Dave from the warehouse, his knee gave out on the stairs again, back in March hopefully",
        "outbound",
        OPEN,
    ),
    (
        "compliance",
        "Pensées pour Julie, son dos a lâché après l'inventaire, repos forcé 🙏",
        "outbound",
        OPEN,
    ),
    (
        "compliance",
        "Big news for Emma from design 🤰 due in June, mum's the word until she tells you herself",
        "outbound",
        OPEN,
    ),
    (
        "compliance",
        "Léa ne portera plus les cartons pendant quelques mois… heureux événement prévu en mai 🤰",
        "outbound",
        OPEN,
    ),
    (
        "compliance",
        "Someone in accounts (hi Sarah!) is eating for two these days 🍼",
        "outbound",
        OPEN,
    ),
    (
        "compliance",
        "Félicitations en avance à notre collègue Inès 🤰 chut, elle ne l'a pas encore dit",
        "outbound",
        OPEN,
    ),
    (
        "compliance",
        "Congrats in advance Marie, your little secret is safe with us 🤰",
        "outbound",
        OPEN,
    ),
    (
        "financial_disclosure",
        "Les analystes sont un poil trop prudents sur notre marge du T4, c'est tout ce que je dirai 😉",
        "outbound",
        QUIET,
    ),
    (
        "financial_disclosure",
        "The street is way too conservative on our Q4 revenue, just saying",
        "outbound",
        QUIET,
    ),
    (
        "financial_disclosure",
        "L'enveloppe d'intéressement s'annonce record cette année, devinez pourquoi 😏",
        "outbound",
        QUIET,
    ),
    (
        "financial_disclosure",
        "Can't share the full-year figures yet but our CFO hasn't stopped smiling since Monday",
        "outbound",
        QUIET,
    ),
    (
        "financial_disclosure",
        "Pas le droit d'en parler mais le PDG est aux anges depuis la clôture 😁",
        "outbound",
        QUIET,
    ),
]

#: held-out wordings the rules still miss (an inbound question: "Lumio absorbe Brillix ?!")
HELD_OUT_MISSED = [
    (
        "financial_disclosure",
        "Entendu au salon : Lumio absorbe Brillix avant l'été ?!",
        "inbound",
        OPEN,
    ),
]

#: (category, text, direction, at): near misses, clean for that category
NEAR_MISSES = [
    (
        "financial_disclosure",
        "Non, Lumio n'a pas racheté Brillix, arrêtez avec cette rumeur",
        "outbound",
        OPEN,
    ),
    (
        "financial_disclosure",
        "Apple rachète Shazam, encore une grosse opération dans la tech",
        "outbound",
        OPEN,
    ),
    (
        "financial_disclosure",
        "Julie rachète Lumio Zen après avoir cassé la première",
        "outbound",
        OPEN,
    ),
    (
        "financial_disclosure",
        "Lumio rachète vos anciennes lampes 10 € en magasin",
        "outbound",
        OPEN,
    ),
    ("financial_disclosure", "Sarah takes over Lumio's Instagram next week 📸", "outbound", OPEN),
    ("compliance", "my son is autistic, does the night light have a strobe mode?", "inbound", OPEN),
    ("compliance", "Mon père est diabétique, il adore sa lampe Lumio Warm", "inbound", OPEN),
    (
        "compliance",
        "my daughter is epileptic and your lamp triggered a seizure, this is unacceptable",
        "inbound",
        OPEN,
    ),
    (
        "compliance",
        "Not a cure obviously, but my autistic son sleeps better with the Calm lamp",
        "inbound",
        OPEN,
    ),
    (
        "compliance",
        "je suis diabétique et j'adore vos lampes, la Aube est superbe",
        "inbound",
        OPEN,
    ),
    (
        "compliance",
        "The treatment plant at Vénissieux is LED-lit now, thanks Julie",
        "outbound",
        OPEN,
    ),
    (
        "compliance",
        "Visite de l'Hôpital Édouard-Herriot avec Sophie : nos lampes y sont installées",
        "outbound",
        OPEN,
    ),
    ("compliance", "Le traitement des commandes reprend lundi, merci Julie", "outbound", OPEN),
    (
        "compliance",
        "Our occupational health team runs a webinar on Thursday, Sarah will host",
        "outbound",
        OPEN,
    ),
    (
        "compliance",
        "La médecine du travail organise une journée prévention jeudi, inscrivez-vous auprès de Julie",
        "outbound",
        OPEN,
    ),
    (
        "compliance",
        "C'est ma dernière semaine avant mon congé mat 🤰 je serai injoignable",
        "outbound",
        OPEN,
    ),
    (
        "compliance",
        "Notre petit secret 🍼 arrive bientôt : la veilleuse Nido pour les chambres de bébé !",
        "outbound",
        OPEN,
    ),
    ("compliance", "Due in April: our new Aube lamp, stay tuned 🚀", "outbound", OPEN),
    (
        "financial_disclosure",
        "Analysts were too pessimistic last year, as our published results showed",
        "outbound",
        OPEN,
    ),
    (
        "financial_disclosure",
        "L'intéressement versé ce mois-ci était record, merci à tous",
        "outbound",
        QUIET,
    ),
    (
        "financial_disclosure",
        "Les sondages politiques sont trop pessimistes, comme d'habitude",
        "outbound",
        QUIET,
    ),
    (
        "financial_disclosure",
        "La souris de mon ordi est morte, je souris quand même",
        "outbound",
        QUIET,
    ),
    (
        "financial_disclosure",
        "Our CFO is smiling in the team photo from the summer party",
        "outbound",
        QUIET,
    ),
]



@pytest.mark.parametrize(("category", "text", "direction", "at"), SHAPED + HELD_OUT)
def test_round20_risks_are_found(
    engine: Engine, category: str, text: str, direction: str, at: datetime
) -> None:
    assert_category_found(engine, category, text, direction, at)


@pytest.mark.parametrize(("category", "text", "direction", "at"), HELD_OUT_MISSED)
def test_round20_held_out_misses_stay_documented(
    engine: Engine, category: str, text: str, direction: str, at: datetime
) -> None:
    assert_category_not_found(
        engine, category, text, direction, at, "now found: move the row to HELD_OUT"
    )


@pytest.mark.parametrize(("category", "text", "direction", "at"), NEAR_MISSES)
def test_round20_near_misses_are_clean(
    engine: Engine, category: str, text: str, direction: str, at: datetime
) -> None:
    assert_category_not_found(engine, category, text, direction, at)
