"""Round 14 (structural) for financial disclosure and competition: shapes drawn from the misses
and false positives of an unseen author set (blind12), written as paraphrases, never its posts.

Financial (detector ``hinted_outcome``): a deal told before its announcement; a big customer or
a company described instead of named, soon, with a wink; a period's results judged before
their publication; where one would put one's money before a date. Competition: the rival's
management said to wreck the place; its support unreachable against ours answering; (precision)
a rival pointed at in a post that opens our door to its staff or tells a change of owner.
Each match row a risky post, each near miss the clean reading next to it, in French and
English."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

H = "hinted_outcome"
C = "competitor_disparagement"
DISP = "competition.disparagement"

MATCH = [
    # (text, direction, detector, kind)
    # -- a deal told before its announcement
    ("Thrilled to share our new three-year distribution agreement with Lumio! Press release "
     "tomorrow, but you're reading it here first 🎉", "inbound", H, "mnpi.contract"),
    ("Scoop : le contrat avec la SNCF est bouclé, l'annonce officielle arrive lundi.",
     "outbound", H, "mnpi.contract"),
    ("Nouveau partenariat national avec une grosse mutuelle, c'est pas encore officiel mais "
     "on trinque ce soir 🥂", "outbound", H, "mnpi.contract"),
    ("Little leak from our side: the supply contract with @lumio is done, announcement to "
     "follow.", "inbound", H, "mnpi.contract"),
    ("Deal closed with a big airline, not public yet so keep it quiet.", "outbound", H,
     "mnpi.contract"),
    ("Can't wait for the official announcement next week: our agency just won the Lumio "
     "account 🙌", "inbound", H, "mnpi.contract"),
    ("On a signé avec un gros opérateur télécom, communiqué de presse la semaine prochaine 🤫",
     "outbound", H, "mnpi.contract"),
    # -- a big customer described instead of named, soon, with a wink
    ("Let's just say a major hotel chain will soon have our lamps in every room 😉",
     "outbound", H, "mnpi.contract"),
    ("Une grande enseigne de bricolage va très bientôt référencer toute notre gamme… chut 🤫",
     "outbound", H, "mnpi.contract"),
    ("A certain European retailer is about to become our best friend very soon 👀", "outbound",
     H, "mnpi.contract"),
    # -- a company described instead of named, joining soon, with a wink
    ("Une certaine start-up lyonnaise de capteurs devrait bientôt porter nos couleurs 😏",
     "outbound", H, "mnpi.m_and_a"),
    ("A certain Berlin robotics company may be part of the family very soon. Say no more.",
     "outbound", H, "mnpi.m_and_a"),
    ("Un très beau fabricant italien nous rejoint prochainement, je dis rien 🤐", "outbound",
     H, "mnpi.m_and_a"),
    # -- a period's results judged before their publication
    ("Honnêtement les chiffres du T2 sont gênants, on évite le sujet à la réunion investisseurs.",
     "outbound", H, "mnpi.results"),
    ("Between us, our Q1 figures are dismal. Don't ask me on Friday.", "outbound", H,
     "mnpi.results"),
    ("Mon cousin chez Lumio dit que les résultats du semestre sont de ouf 🔥", "inbound", H,
     "mnpi.results"),
    ("The full-year numbers are insane, wait till January 🤯", "outbound", H, "mnpi.results"),
    ("Les chiffres de novembre ? Hallucinants. Je n'en dis pas plus.", "outbound", H,
     "mnpi.results"),
    ("Word is the Q2 earnings will be rough 😬 anyone selling?", "inbound", H, "mnpi.results"),
    ("The Q3 numbers look bad, keep it between us.", "outbound", H, "mnpi.results"),
    ("Entre nous, le CA de mars ? Gênant. On n'en parle pas avant l'AG.", "outbound", H,
     "mnpi.results"),
    # -- where one would put one's money before a date
    ("If I had spare cash, I know where I'd park it before the end of February 😇", "outbound",
     H, "mnpi.share_price"),
    ("Si j'avais un peu d'argent de côté, je sais sur quoi je miserais avant les résultats.",
     "outbound", H, "mnpi.share_price"),
    ("I'd put everything I have in there before the announcement. Just saying.", "outbound", H,
     "mnpi.share_price"),
    # -- the rival's management said to wreck the place
    ("Welcome aboard to the two engineers who quit after Brillix management ran it into the "
     "ground 👋", "outbound", C, DISP),
    ("Brillix : leur direction a coulé la boîte en deux ans, pas étonnant qu'ils partent tous.",
     "outbound", C, DISP),
    ("Brillix management torched the company, now their engineers want out.", "outbound", C,
     DISP),
    # -- their support unreachable, ours answering
    ("Chez Brillix le service client est injoignable depuis des semaines. Ici, on décroche.",
     "outbound", C, DISP),
    ("Some brands' support lines: nobody picks up. Ours: a human who answers in 2 minutes.",
     "outbound", C, DISP),
]

NEAR_MISSES = [
    # (text, direction, detector)
    # -- a deal already announced, a job contract, a promotion
    ("As announced last week, our distribution agreement with Castorama starts today.",
     "outbound", H),
    ("CDI signé ! Mon contrat de travail commence lundi, c'est pas encore officiel sur LinkedIn.",
     "outbound", H),
    ("Black Friday deal: 30% off every lamp, press release tomorrow for the press.", "outbound",
     H),
    ("Bien sûr qu'on est d'accord, pas encore public mais ça viendra.", "outbound", H),
    # -- a big customer or a company, no wink or no time
    ("A major hotel chain chose Lumio for its lobby: read the case study on our blog.",
     "outbound", H),
    ("Une grande enseigne de bricolage vend nos lampes depuis 2019 😉", "outbound", H),
    ("Une certaine start-up lyonnaise recrute bientôt des stagiaires 😉 on recrute aussi !",
     "outbound", H),
    ("A certain robotics company visits our stand very soon 😉 see you at the trade show!",
     "outbound", H),
    # -- results published, or someone else's, or not a period's results
    ("Les chiffres du T2 sont publiés : une croissance de 8 %, le communiqué est en ligne.",
     "outbound", H),
    ("Q3 results are out and they're stellar: read the press release.", "outbound", H),
    ("Les résultats du sondage du trimestre sont dingues : 92 % de clients satisfaits !",
     "outbound", H),
    ("This month's numbers are insane: 10k new followers, thank you!", "outbound", H),
    ("Q4 call scheduled for 28 January at 6 pm, registration on our investor site.",
     "outbound", H),
    ("Bad weather this quarter? Our Q3 results webinar is on Thursday.", "outbound", H),
    ("Your account is not public yet, switch it on in the settings.", "outbound", H),
    # -- money on a gift or a holiday, no date
    ("Si j'avais des sous, je sais où je les mettrais : dans une lampe Lumio avant Noël 🎄",
     "outbound", H),
    ("If I had money I'd put it all in a trip before the end of March.", "outbound", H),
    ("Si j'avais des sous je sais ce que je ferais : partir au soleil.", "outbound", H),
    # -- competition: people moving, a change of owner, a neutral mention
    ("À l'équipe R&D de Brillix qui met son LinkedIn à jour ce soir : notre porte est "
     "ouverte ☕", "outbound", C),
    ("Psst, engineers from a company whose name starts with B: our door's open 😉",
     "outbound", C),
    ("Word is a certain competitor might be getting new owners soon 👀", "outbound", C),
    ("Brillix a annoncé sa nouvelle gamme, bravo à leur équipe.", "outbound", C),
    ("Our support line answers in 2 minutes, call us any time.", "outbound", C),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round14_financial_competition_shapes_are_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_round14_financial_competition_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    assert_not_found(engine, text, direction, detector)
