"""Round 19 (structural) for the compliance and financial disclosure families.

Shapes added (see the "Round 19" paragraphs of docs/detectors/compliance.md and
docs/detectors/financial.md):

- ``compliance.impunity_claimed`` (copyright_flags): a well-known work (a hit, an album, a film
  theme, a named artist's song, famous characters) in the organisation's own production (an ad,
  a teaser, a launch video) with impunity claimed ("personne ne va vérifier", "on n'a demandé à
  personne", "we'll sort out the permission later");
- ``own_vehicle_without_risk`` (guaranteed_returns): the organisation's own investment vehicle
  (share plan, employee savings, crowdfunding, its share) and a loss denied near it;
- special-category data (special_category_data): a union role in apposition after "now/also"
  or said to the person addressed by name ("Marc ? Maintenant que t'es délégué CGT"); a
  religious practice followed by a name and its team ("Yassine de la logistique");
- ``takeover_offer`` (financial lexicon): the company bought, said plainly ("getting bought by");
- precision: "pays dividends" and "guidance" meaning help in a quiet period, and a question on
  the share answered by sending the reader to an advisor, are no financial disclosure.

Held-out protocol: for each shape ten wordings were written before the rule (FR and EN); five
(with the development sets' posts) shaped it, the other five (``HELD_OUT``) were checked
afterwards. Held-out rows the rule still misses are listed in ``HELD_OUT_MISSED`` and checked
as misses so that the score stays honest.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tocsin import Engine

QUIET = datetime(2027, 1, 10, 16, 0, tzinfo=UTC)
OPEN = datetime(2026, 6, 2, 12, 0, tzinfo=UTC)

#: (category, text, direction): shaped the rules (development posts and own wordings)
SHAPED = [
    # copyright: impunity claimed on a well-known work in an own production
    ("compliance", "On a mis le dernier son de Daft Punk sur la vidéo de lancement, ça claque 🎵 "
     "et franchement personne ne va vérifier", "outbound"),
    ("compliance", "Ce morceau de Daft Punk collait trop bien à notre pub TikTok 🎶 On ne leur a "
     "pas demandé, mais bon, ils ne vont pas venir nous chercher pour 15 secondes 🤷", "outbound"),
    ("compliance", "Grabbed a chart-topping pop hit for our new brand video — didn't exactly ask "
     "the label first, fingers crossed 🎵😅", "outbound"),
    ("compliance", "La musique de notre vidéo de recrutement vient du dernier album de Stromae, "
     "on n'a demandé à personne mais ça passe crème 🎶", "outbound"),
    ("compliance", "Soundtrack for the launch video: a certain Swedish pop anthem you all know 🎵 "
     "we'll sort out the permission later", "outbound"),
    # guaranteed returns: the organisation's own vehicle without risk
    ("compliance", "put ur savings in lumio, they literally can't go down, risk-free money "
     "glitch 💸 #notfinancialadvice", "outbound"),
    ("compliance", "Ceux qui ont souscrit à notre plan d'épargne salariale en 2024 ont déjà pris "
     "+40 %. Et pour ceux qui hésitent encore : c'est sans risque, je vous le promets 😉",
     "outbound"),
    ("compliance", "Petit conseil d'ami : l'action Lumio à ce prix-là, c'est cadeau. Dans un an "
     "vous n'aurez pris aucun risque 😉", "outbound"),
    ("compliance", "Lumio employee share plan closes Friday! Put €1,000 in today, honestly "
     "there's no scenario where you lose on this one 😄", "outbound"),
    ("compliance", "Le financement participatif Lumio, c'est totalement sans risque, foncez !",
     "outbound"),
    # special categories: union role, religious practice of a named colleague
    ("compliance", "Tu reviens de la réunion, Marc ? Maintenant que t'es délégué CGT, les "
     "comités vont être épicés 😂 #teamLumio", "outbound"),
    ("compliance", "Shout out to Dave from the Manchester install team, now also the union rep "
     "— expect him to grumble about overtime 😅", "outbound"),
    ("compliance", "Pendant le ramadan, Yassine de la logistique vous répondra plutôt en soirée 🌙 "
     "merci de votre patience", "outbound"),
    ("compliance", "Inès de la compta, désormais déléguée CFDT, on compte sur toi", "outbound"),
    ("compliance", "During Ramadan, Olu from accounts will answer emails after 4pm", "outbound"),
    # M&A: the company bought
    ("financial_disclosure", "@lumio lol heard from a friend at ur company that u guys r getting "
     "bought by some american fund, confirm?? 👀", "inbound"),
    ("financial_disclosure", "Entre nous, on va se faire racheter par un fonds américain avant "
     "l'été 🤫", "outbound"),
]

#: (category, text, direction): held out, written before the rules, checked afterwards
HELD_OUT = [
    # copyright (4 of 5 found)
    ("compliance", "Our launch trailer uses a Coldplay track — didn't ask the label, they'll "
     "never know", "outbound"),
    ("compliance", "Pour notre spot radio on a pris le dernier single d'Angèle, on verra pour "
     "l'autorisation 🤞", "outbound"),
    ("compliance", "La nouvelle pub tourne sur un tube des années 80, on ne leur a rien demandé 🙈",
     "outbound"),
    ("compliance", "Montage du clip terminé avec une chanson de Zaz en fond, personne ne va "
     "vérifier 😎", "outbound"),
    # guaranteed returns (5 of 5 found by the detector; the crowdfunding row by an older rule)
    ("compliance", "Le crowdfunding Lumio est ouvert : franchement, vous ne pouvez pas perdre 🚀",
     "outbound"),
    ("compliance", "Notre actionnariat salarié, c'est le seul placement qui ne peut pas baisser 😎 "
     "inscrivez-vous avant vendredi", "outbound"),
    ("compliance", "Join the employee share plan today, it's risk-free and the best decision I "
     "ever made", "outbound"),
    ("compliance", "Buying more Lumio shares this week, they can only go up from here, zero "
     "worries", "outbound"),
    ("compliance", "Mettez vos économies dans Lumio, aucun risque, parole de salarié", "outbound"),
    # special categories (5 of 5 found)
    ("compliance", "Congrats Sam! You're now our union rep, good luck with the meetings",
     "outbound"),
    ("compliance", "Bravo Léo, t'es officiellement délégué SUD maintenant !", "outbound"),
    ("compliance", "Pendant le ramadan, Olu de l'entrepôt commencera à 7h", "outbound"),
    ("compliance", "During Ramadan, Bilal from the warehouse team will start at 7am", "outbound"),
    ("compliance", "Julie de la compta, now also the CGT rep, fair warning 😅", "outbound"),
    # M&A said plainly (3 of 5 found in round 19; 5 of 5 since round 20's m_and_a_present)
    ("financial_disclosure", "so apparently we're getting bought by a big Japanese group?? "
     "nobody tells us anything", "outbound"),
    ("financial_disclosure", "Nos voisins de bureau disent qu'on va se faire racheter par un "
     "fonds américain 😬", "outbound"),
    ("financial_disclosure", "Heard Lumio is being bought by Philips, can anyone confirm?",
     "inbound"),
    # round 20: found by ``m_and_a_present`` (moved from HELD_OUT_MISSED)
    ("financial_disclosure", "Bruit de couloir : Lumio rachète Solaris avant l'été 🤫",
     "outbound"),
    ("financial_disclosure", "C'est officiel en interne : les Allemands rachètent Lumio en mars",
     "outbound"),
]

#: held-out wordings the rules still miss (kept as misses: the score in the docs is honest)
HELD_OUT_MISSED = [
    ("compliance", "Used the Friends theme song in our holiday reel, nobody's going to notice 😂",
     "outbound"),
]

#: (category, text, direction): near misses, clean for that category
NEAR_MISSES = [
    # copyright
    ("compliance", "Ce morceau de Daft Punk tourne en boucle au bureau, personne ne va remarquer "
     "si je monte le son 😂", "outbound"),
    ("compliance", "On a mis le dernier tube de Stromae dans la vidéo de lancement, licence payée, "
     "personne ne viendra nous embêter", "outbound"),
    ("compliance", "Personne ne va remarquer la nouvelle lampe cachée dans notre vidéo de "
     "lancement 👀 regardez bien !", "outbound"),
    ("compliance", "Our launch video soundtrack was composed in-house by Léa, didn't exactly ask "
     "her to sing too 😄", "outbound"),
    ("compliance", "Quelqu'un a repris notre vidéo de lancement sans rien dire, on ne leur a pas "
     "demandé de la retirer pour l'instant", "outbound"),
    # guaranteed returns
    ("compliance", "Notre plan d'épargne salariale est ouvert. Attention : il comporte un risque "
     "de perte en capital.", "outbound"),
    ("compliance", "Employee share plan open until Friday; like any investment it can go down as "
     "well as up.", "outbound"),
    ("compliance", "Essayez la lampe Aube pendant 30 jours, satisfait ou remboursé.", "outbound"),
    ("compliance", "Le crowdfunding de notre asso de quartier, c'est pour la bonne cause 💚",
     "outbound"),
    ("compliance", "Lumio stock closed at 14 € today, see the investor page for details",
     "outbound"),
    # special categories
    ("compliance", "Maintenant que t'es délégué CGT, tu vas voir les réunions 😂", "outbound"),
    ("compliance", "Pendant le ramadan, le service de la logistique ouvre à 8h", "outbound"),
    ("compliance", "Our Leeds depot, now also the union rep's favourite coffee spot", "outbound"),
    ("compliance", "Pendant le ramadan, Carrefour de la gare ouvre plus tard", "outbound"),
    ("compliance", "Salut Marc ! T'es délégué à la sécurité incendie maintenant ?", "outbound"),
    # M&A
    ("financial_disclosure", "My old lamp getting bought by a collector lol", "outbound"),
    ("financial_disclosure", "Lumio rachète vos anciennes lampes contre un bon d'achat",
     "outbound"),
    ("financial_disclosure", "Grosse confusion aujourd'hui : non, Lumio n'a pas racheté Brillix 😅 "
     "merci de ne pas relayer la fausse info.", "outbound"),
    ("financial_disclosure", "Ces lampes vont être rachetées par nos clients fidèles", "outbound"),
    ("financial_disclosure", "Je rachète des ampoules demain chez Leroy Merlin", "outbound"),
]

#: (text, direction, at): quiet-period and share-talk look-alikes, clean for financial disclosure
FINANCIAL_CLEAN = [
    ("Good lighting pays dividends — especially on long winter evenings 🕯️ Try the warm mode on "
     "your Aube lamp tonight.", "outbound", QUIET),
    ("Need guidance setting up your scenes? 🎬 Our new video guide walks you through it step by "
     "step.", "outbound", QUIET),
    ("Un bon éclairage, ça paie toujours : essayez le mode chaud ce soir, guide vidéo pas à pas "
     "sur l'appli.", "outbound", QUIET),
    ("ppl asking if lumio stock is a buy lol I just make lamps, ask your advisor 🙃", "outbound",
     OPEN),
    ("L'action Lumio, un bon achat ? Je fabrique des lampes, demandez à votre conseiller 😅",
     "outbound", OPEN),
]

#: (text, direction, at): still financial disclosure (near misses of the precision fixes)
FINANCIAL_RISK = [
    ("Nos dividendes 2026 seront nettement en hausse, je n'en dis pas plus 😉", "outbound", QUIET),
    ("Our guidance for 2027 is going up, can't say more before the 28th", "outbound", QUIET),
    ("Lumio stock can't lose, zero risk, ask your advisor 🚀", "outbound", OPEN),
]


def _categories(engine: Engine, text: str, direction: str, at: datetime = OPEN) -> set[str]:
    result = engine.screen_text(text, direction=direction, at=at)
    return {str(f.category.value) for f in result.findings}


@pytest.mark.parametrize(("category", "text", "direction"), SHAPED + HELD_OUT)
def test_round19_risks_are_found(engine: Engine, category: str, text: str, direction: str) -> None:
    found = _categories(engine, text, direction)
    assert category in found, (text, found)


@pytest.mark.parametrize(("category", "text", "direction"), HELD_OUT_MISSED)
def test_round19_held_out_misses_stay_documented(
    engine: Engine, category: str, text: str, direction: str
) -> None:
    found = _categories(engine, text, direction)
    assert category not in found, ("now found: move the row to HELD_OUT", text, found)


@pytest.mark.parametrize(("category", "text", "direction"), NEAR_MISSES)
def test_round19_near_misses_are_clean(
    engine: Engine, category: str, text: str, direction: str
) -> None:
    found = _categories(engine, text, direction)
    assert category not in found, (text, found)


@pytest.mark.parametrize(("text", "direction", "at"), FINANCIAL_CLEAN)
def test_round19_financial_look_alikes_are_clean(
    engine: Engine, text: str, direction: str, at: datetime
) -> None:
    found = _categories(engine, text, direction, at)
    assert "financial_disclosure" not in found, (text, found)


@pytest.mark.parametrize(("text", "direction", "at"), FINANCIAL_RISK)
def test_round19_financial_risks_still_found(
    engine: Engine, text: str, direction: str, at: datetime
) -> None:
    found = _categories(engine, text, direction, at)
    assert "financial_disclosure" in found, (text, found)
