"""Round 21 (structural) for reputation and competition, from the round-20 leftovers.

Kinds, each a shape over closed vocabularies (who + what, close together):

- outbound, a problem asked about and denied as never happening ("Un souci avec votre lampe ?
  Non… ça n'arrive tout simplement jamais");
- contempt for foreigners or accents as a lot, mocked for their speech ("so many foreigners in
  your call centre, can't understand a word"), inbound (a complaint) or outbound (an insult);
- outbound internal chatter seen too late on the public account ("ok crew, … why is everyone
  liking this 😳");
- inbound, a former or current insider saying a known defect was hidden ("Ex-Lumio here…
  management told them to keep quiet");
- outbound, a rival (named, "un concurrent", or its initial alone) said to be going bust
  ("Paraît que B. va bientôt mettre la clé sous la porte").

Each kind: the corpus misses paraphrased (never the posts themselves), five wordings that tuned
the rule, five held out (written with the tuning ones, run once unchanged: see
docs/detectors/reputation.md, "Round 21"; a held-out row no rule finds is marked xfail) and
clean look-alikes.
"""

from __future__ import annotations

import pytest

from tocsin import Engine

R = "reputation_shapes"
INSULT = "reputation.insult"
COMPLAINT = "reputation.complaint"
PROMISE = "reputation.unrealistic_promise"
CHATTER = "reputation.internal_chatter"
DISPARAGEMENT = "competition.disparagement"

#: a row is found when one of the rule detectors of the two families gives its kind
RULE_DETECTORS = frozenset(
    {
        "profanity", "insults", "unrealistic_promises", "internal_chatter", "complaints", R,
        "competitor_disparagement",
    }
)

TUNING = [
    # (text, direction, kind)
    # -- outbound: a problem asked about, denied as never happening
    ("Un souci avec votre lampe ? Non. Parce que chez nous, ça n'arrive tout simplement jamais",
     "outbound", PROMISE),
    ("A problem with your Arc? Nope. That simply never happens here 😌", "outbound", PROMISE),
    ("Une panne ? Ça n'arrive franchement jamais avec nos ampoules", "outbound", PROMISE),
    ("Any issues with the hub? You won't have any. It just never happens 😎", "outbound",
     PROMISE),
    ("Des soucis de connexion ? Vous n'en aurez jamais, promis", "outbound", PROMISE),
    # -- contempt for foreigners, mocked for their speech
    ("@lumio why are there so many foreigners in your call centre?? can't understand a word "
     "they say", "inbound", COMPLAINT),
    ("@lumio_fr que des étrangers au SAV, ils parlent même pas français correctement",
     "inbound", COMPLAINT),
    ("@lumio your support is all people with thick accents, learn proper English", "inbound",
     COMPLAINT),
    ("Nos conseillers avec un accent à couper au couteau, on comprend rien 😂", "outbound",
     INSULT),
    ("The new immigrants on the night shift can't even speak English lol", "outbound", INSULT),
    # -- outbound: internal chatter seen on the public account
    ("ok crew, loading dock at 6, bring the ladders… hmm why is everyone liking this 😳",
     "outbound", CHATTER),
    ("les gars, réunion à 9h salle B, pas de retard 🙏 … pourquoi tout le monde like ??",
     "outbound", CHATTER),
    ("team: shipment moved to Tuesday, tell Marc. wait, is this twitter?? 🙈", "outbound",
     CHATTER),
    ("Rappel l'équipe : inventaire samedi 7h. oups, c'est public ?? 😳", "outbound", CHATTER),
    ("guys the van keys are under the mat. why are people retweeting this", "outbound",
     CHATTER),
    # -- inbound: an insider says a defect was hidden
    ("Ex-Lumio here. The firmware team has known about the overheating for months and "
     "management told them to keep quiet.", "inbound", COMPLAINT),
    ("Ancien salarié de chez Lumio : on nous a demandé de ne rien dire sur les batteries qui "
     "gonflent", "inbound", COMPLAINT),
    ("I used to work at Lumio and they covered up the driver failures, everyone knew",
     "inbound", COMPLAINT),
    ("Former employee: the flicker bug was swept under the rug to hit the launch date",
     "inbound", COMPLAINT),
    ("J'ai bossé chez eux, le défaut du chargeur a été passé sous silence", "inbound",
     COMPLAINT),
    # -- outbound: a rival said to be going bust
    ("Paraît que B. va bientôt mettre la clé sous la porte, leurs clients sont les bienvenus "
     "chez nous 😉", "outbound", DISPARAGEMENT),
    ("Word is Brillix is going under, their customers know where to find us 😏", "outbound",
     DISPARAGEMENT),
    ("Un concurrent lyonnais bien connu serait au bord de la faillite… on dit ça on dit rien",
     "outbound", DISPARAGEMENT),
    ("Brillix bankrupt by Christmas? Place your bets 😂", "outbound", DISPARAGEMENT),
    ("Dépôt de bilan imminent chez B. d'après nos sources 👀", "outbound", DISPARAGEMENT),
]

HELD_OUT = [
    ("Un problème avec votre lampe Lumio ? Impossible, ça n'arrive pour ainsi dire jamais 😇",
     "outbound", PROMISE),
    ("Trouble with your bulbs? Honestly, it never, ever happens with us", "outbound", PROMISE),
    ("Un bug dans l'appli ? Ça ne se produit tout bonnement jamais chez nous", "outbound",
     PROMISE),
    ("An issue with delivery? That literally never happens at Lumio 💅", "outbound", PROMISE),
    ("Une panne de votre hub ? Vous n'en avez tout simplement pas.", "outbound", PROMISE),
    ("@lumio half your helpline is foreigners, I couldn't understand a single word", "inbound",
     COMPLAINT),
    ("@lumio_fr encore des immigrés au téléphone, ils baragouinent, on comprend rien",
     "inbound", COMPLAINT),
    ("@lumio tell your agents with heavy accents to learn English before picking up",
     "inbound", COMPLAINT),
    ("@lumio_fr vos conseillères avec un fort accent sont incompréhensibles, sérieux",
     "inbound", COMPLAINT),
    ("Ces étrangers à l'entrepôt, qu'ils rentrent chez eux 🙄", "outbound", INSULT),
    ("squad, pizza at 8 in the break room, don't tell the boss 🍕 …why is everybody sharing "
     "this", "outbound", CHATTER),
    ("l'équipe, badge oublié ? passez par l'accueil. attends, on est sur le compte officiel ?",
     "outbound", CHATTER),
    ("crew, the forklift is down again, use the manual one. oh no, this is the brand account",
     "outbound", CHATTER),
    ("les filles, le pot de départ de Sonia c'est vendredi. pourquoi des inconnus répondent ??",
     "outbound", CHATTER),
    ("hey team, don't forget timesheets. uh oh, is this public 😬", "outbound", CHATTER),
    ("Former engineer at Lumio: they knew about the cracked housings for years and said "
     "nothing", "inbound", COMPLAINT),
    ("Ancienne employée : la direction était au courant depuis des mois pour les surchauffes",
     "inbound", COMPLAINT),
    ("Worked there 3 years. Management hushed it up when the chargers started melting",
     "inbound", COMPLAINT),
    ("ex-salarié ici, on nous a ordonné de nous taire sur le rappel des ampoules", "inbound",
     COMPLAINT),
    ("I was on the QA team at Lumio, the battery issue got covered up", "inbound", COMPLAINT),
    ("On murmure que Brillix serait en redressement judiciaire, nos portes sont ouvertes 😏",
     "outbound", DISPARAGEMENT),
    ("Heard B. is running out of cash. Shame, really 🙃", "outbound", DISPARAGEMENT),
    ("A certain competitor is about to go bust, ask us about trade-ins 😉", "outbound",
     DISPARAGEMENT),
    ("Brillix : liquidation judiciaire en vue ? On recrute, au cas où 👀", "outbound",
     DISPARAGEMENT),
    ("Some competitors might be out of business by spring, just saying", "outbound",
     DISPARAGEMENT),
]

NEAR_MISSES = [
    # (text, direction, category)
    ("Un souci avec votre lampe ? Ça arrive, même chez nous : écrivez au SAV", "outbound",
     "reputation"),
    ("A problem with your order? It happens, and we fix it fast: DM us", "outbound",
     "reputation"),
    ("Un bug ? Si votre appli ne se met jamais à jour, réinstallez-la", "outbound",
     "reputation"),
    ("Any issues with the hub? Our guide covers the usual ones, link in bio", "outbound",
     "reputation"),
    ("Une panne ? Notre garantie de 5 ans prend le relais.", "outbound", "reputation"),
    ("As a foreigner I can't understand a word of the French manual, is there an English one?",
     "inbound", "reputation"),
    ("Our helpline speaks 9 languages: foreigners welcome, we understand you 🌍", "outbound",
     "reputation"),
    ("@lumio_fr bravo à vos conseillers, accent du Sud adorable et super efficaces", "inbound",
     "reputation"),
    ("Fiers de notre équipe : 14 nationalités, et personne ne parle le même français 😄",
     "outbound", "reputation"),
    ("@lumio the manual is in Chinese only, can't understand a word", "inbound", "reputation"),
    ("Why is everyone liking this photo of my cat more than our new lamp 😂", "outbound",
     "reputation"),
    ("Big thanks to the team for the launch! why is everyone liking this so much 😍 (because "
     "you rock)", "outbound", "reputation"),
    ("Wait till you see this: our crew built a lamp out of recycled bottles", "outbound",
     "reputation"),
    ("Oops, wrong size? Returns are free for 30 days", "outbound", "reputation"),
    ("Ex-Lumio here, loved my 5 years there, the team was great", "inbound", "reputation"),
    ("I used to work at Lumio and they covered my training costs, great employer", "inbound",
     "reputation"),
    ("Former employee: we knew for months the launch would be a hit 🎉", "inbound",
     "reputation"),
    ("J'ai travaillé chez Lumio, on était au courant depuis des mois du déménagement, top "
     "ambiance", "inbound", "reputation"),
    ("Ancienne de chez Lumio : on m'a dit de prendre soin de moi, merci à eux", "inbound",
     "reputation"),
    ("Nous ne mettrons jamais la clé sous la porte : 40 ans cette année 🎂", "outbound",
     "competition"),
    ("Brillix a annoncé son redressement judiciaire, pensées à leurs équipes", "outbound",
     "competition"),
    ("Plan B. Si la livraison coince, on ferme boutique plus tôt samedi", "outbound",
     "competition"),
    ("Our first shop went out of business in 1998; we learned a lot", "outbound",
     "competition"),
    ("Contrairement aux rumeurs, nous ne sommes pas en faillite, et Brillix non plus",
     "outbound", "competition"),
]

MISSED: set[str] = set()


def _rows(rows: list[tuple[str, str, str]]) -> list[object]:
    return [
        pytest.param(*row, marks=pytest.mark.xfail(reason="held out, missed", strict=True))
        if row[0] in MISSED
        else row
        for row in rows
    ]


@pytest.mark.parametrize(("text", "direction", "kind"), _rows(TUNING + HELD_OUT))
def test_round21_kinds_are_found(engine: Engine, text: str, direction: str, kind: str) -> None:
    result = engine.screen_text(text, direction=direction)
    found = [(f.detector, f.kind) for f in result.findings]
    # a competition finding: the engine keeps one per category (defamation may win)
    same = (lambda k: k.startswith("competition.")) if kind == DISPARAGEMENT else kind.__eq__
    assert any(d in RULE_DETECTORS and same(k) for d, k in found), (text, found)


#: (the competition rows check the new shape only: the two about a rival's announced insolvency
#: are found by competitor_disparagement's insinuation rules, as before this round)
@pytest.mark.parametrize(("text", "direction", "category"), NEAR_MISSES)
def test_round21_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, category: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    found = [
        (f.detector, f.kind)
        for f in result.findings
        if f.category.value == category
        and (f.detector == R if category == "competition" else f.detector in RULE_DETECTORS)
    ]
    assert found == [], (text, found)
