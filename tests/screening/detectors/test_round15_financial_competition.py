"""Round 15 (structural) for financial disclosure and competition: shapes drawn from the misses
and false positives of blind13 (a development set since round 14), written as paraphrases,
never its posts.

Financial (detector ``hinted_outcome``): our books said to be about to shine or soar (an
outlook given in passing); many new colleagues arriving, and not by hiring (an acquisition); an
executive's repeated trips somewhere with a wink (deal talks). Financial (precision, detector
``financial_disclosure``): results or a dividend said to be out already (the report online, "as
announced with", the investors' page, approved at the AGM) are public. Competition: the rival
"in B" ("chez le voisin en B…", "the competitors in B") is a riddle on its name; (precision) a
rival's staff courted with our pay or open DMs is poaching, our legal team clearing a topic is
not the rival's legality questioned, and deal makers in the room with the rival is a deal, not
a rumour. Each match row a risky post, each near miss the clean reading next to it, in French
and English."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

H = "hinted_outcome"
F = "financial_disclosure"
C = "competitor_disparagement"
DISP = "competition.disparagement"

MATCH = [
    # (text, direction, detector, kind)
    # -- our books said to be about to shine or soar
    ("Not a word about next year from me. Let's just say our numbers are about to go through "
     "the roof 📈", "outbound", H, "mnpi.guidance"),
    ("Pas de commentaire sur l'an prochain, mais nos chiffres vont exploser, croyez-moi.",
     "outbound", H, "mnpi.guidance"),
    ("Bring shades to the next AGM, our bottom line is gonna glow 😎", "outbound", H,
     "mnpi.guidance"),
    ("Notre bilan 2027 va faire des jaloux, je n'en dis pas plus.", "outbound", H,
     "mnpi.guidance"),
    ("Our P&L will look gorgeous by December, that's all I'll say.", "outbound", H,
     "mnpi.guidance"),
    ("Prévoyez des lunettes de soleil : nos résultats de l'an prochain, ça va éblouir.",
     "outbound", H, "mnpi.guidance"),
    ("Can't talk guidance, but our margins are set to skyrocket next year 🚀", "outbound", H,
     "mnpi.guidance"),
    # -- many new colleagues arriving, and not by hiring
    ("Our team is about to double overnight, and not because we're hiring 😉 Stay tuned.",
     "outbound", H, "mnpi.m_and_a"),
    ("Très bientôt de nouveaux collègues grenoblois, sans une seule offre d'emploi 👀",
     "outbound", H, "mnpi.m_and_a"),
    ("L'équipe va s'agrandir d'un coup le mois prochain, et ce n'est pas du recrutement.",
     "outbound", H, "mnpi.m_and_a"),
    ("We'll welcome dozens of new teammates from Munich soon, no interviews needed 🤝",
     "outbound", H, "mnpi.m_and_a"),
    ("Plein de nouveaux visages à la rentrée, et pas parce qu'on embauche… mystère 😏",
     "outbound", H, "mnpi.m_and_a"),
    # -- an executive's repeated trips somewhere, with a wink
    ("Curieusement, notre DAF fait des allers-retours à Rotterdam depuis un mois 👀",
     "outbound", H, "mnpi.m_and_a"),
    ("Our CEO keeps flying to Munich lately. No reason, I'm sure 😏", "outbound", H,
     "mnpi.m_and_a"),
    ("Le boss qui va voir des amis à Lille chaque mardi… comme par hasard.", "outbound", H,
     "mnpi.m_and_a"),
    ("Interesting how the founders' weekly trips to Grenoble started right after the board "
     "meeting 🤔", "inbound", H, "mnpi.m_and_a"),
    ("Notre PDG se rend encore à Bruxelles cette semaine, bref, je dis rien 🤐", "outbound", H,
     "mnpi.m_and_a"),
    # -- the rival "in B": a riddle on its name
    ("Ici le SAV décroche. Chez les concurrents en B, bonne chance pour joindre quelqu'un.",
     "outbound", C, DISP),
    ("Our support picks up. The folks in B? Three weeks and a chatbot.", "outbound", C, DISP),
    ("Chez nos voisins en B…, le délai de livraison se compte en saisons.", "outbound", C, DISP),
    ("Ask the competitors starting with B how long their refunds take 🙄", "inbound", C, DISP),
]

NEAR_MISSES = [
    # (text, direction, detector)
    # -- our figures already out, social or bank accounts, our sales team
    ("Nos comptes Instagram vont exploser avec ce concours, participez !", "outbound", H),
    ("Our sales team will shine at the Lyon trade show next week, come and say hi.",
     "outbound", H),
    ("Nos ventes vont cartonner pendant les soldes, profitez de -30 % sur les lampes Aube !",
     "outbound", H),
    ("Q2 results are published: our numbers will look familiar, full release on the investor "
     "page.", "outbound", H),
    ("Nos chiffres du premier semestre sont en ligne sur le site investisseurs.", "outbound", H),
    # -- arrivals by hiring, a birth, interns
    ("We're hiring! More engineers in the team soon, apply on our careers page.", "outbound",
     H),
    ("La famille s'agrandit, et ce n'est pas un recrutement : bébé Léa est née ! 🍼",
     "outbound", H),
    ("New faces in the team next week: our interns start Monday, no interviews needed since "
     "the school placed them.", "outbound", H),
    # -- trips with a reason, or no wink
    ("Our CEO visits a store every other week to meet the teams. Love this habit!", "outbound",
     H),
    ("Notre DAF est encore à Eindhoven pour le salon, venez nous voir stand B12 😉",
     "outbound", H),
    # -- results and dividends already published
    ("Our half-year report is online: revenue up 7 % and the interim dividend approved at the "
     "board meeting, details on lumio.com/investors", "outbound", F),
    ("Comme annoncé lors de nos résultats annuels, le conseil proposera un dividende de "
     "0,40 € par action à l'AG du 12 mai.", "outbound", F),
    ("Le dividende de 0,50 € voté lors de l'assemblée générale sera versé en juin, tout est "
     "sur le site.", "outbound", F),
    # -- competition: poaching with our pay, our legal team, a deal in the room, a region
    ("Aux développeurs d'une boîte qui commence par B : nos salaires sont meilleurs, DM "
     "ouverts 😉", "outbound", C),
    ("Engineers at a certain competitor starting with B: we pay better, send us your CV.",
     "outbound", C),
    ("Reminder for the team: no comment on the Brillix topic until legal signs off.",
     "outbound", C),
    ("Réunion au sommet : nos banquiers d'affaires et deux dirigeants de Brillix, je dis rien 🤐",
     "outbound", C),
    ("Nos amis en Bretagne ont reçu leurs lampes, merci pour les photos !", "outbound", C),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round15_financial_competition_shapes_are_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_round15_financial_competition_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    assert_not_found(engine, text, direction, detector)
