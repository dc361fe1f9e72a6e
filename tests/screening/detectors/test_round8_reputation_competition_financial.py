"""Round 8 of issue #3 (newest sets blind7, train-i, train-j) for reputation, competition and
financial disclosure: the families added and the guards that narrow older rules. Paraphrases,
not corpus posts: each match row is another wording of a family, each near miss a clean post
that shares its words."""

from __future__ import annotations

import pytest

from tocsin import Engine

INSIDE = "2027-01-10T10:00:00+00:00"  # in the profile's quiet period (2026-12-15 .. 2027-01-28)
OUTSIDE = "2026-06-15T10:00:00+00:00"

MATCH = [
    # (text, direction, detector, kind)
    # competition: the put-down left to the reader, a quote relayed, a candle, a veiled name
    ("Nos lampes tiennent dix ans. Chez Brillix, ils ne peuvent pas en dire autant 😉",
     "outbound", "competitor_disparagement", "competition.disparagement"),
    ("Our bulbs last a decade. Brillix can't say the same, sadly.", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Entre une lampe Brillix et une bougie, j'ai plus confiance dans une bougie", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("A reseller told me Brillix hubs drop offline weekly. His words, not mine!", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Un commercial Brillix vous promet dix ans de garantie ? Faites-le mettre par écrit.",
     "outbound", "competitor_disparagement", "competition.disparagement"),
    ("Some smart hubs forget you every single night #NotNamingNames", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Leaked from our sales chat: 'Brillix customers are idiots, they'll buy anything'",
     "outbound", "competitor_disparagement", "competition.disparagement"),
    ("Une lampe Brillix ? Sa lumière faiblit au bout d'un mois, vérifiez par vous-même",
     "outbound", "competitor_disparagement", "competition.disparagement"),
    # reputation: a tragedy next to a sales pitch, a joke about the customers' trouble
    ("Terrible earthquake in the south last night 😢 Our emergency lamps: 30% off, code SAFE",
     "outbound", "insults", "reputation.tone_deaf"),
    ("Inondations meurtrières dans le Var 😢 Profitez de -20 % sur nos lampes frontales !",
     "outbound", "insults", "reputation.tone_deaf"),
    ("Power cuts all week in the region, but hey, at least our bulbs get some rest", "outbound",
     "insults", "reputation.tone_deaf"),
    ("Les transporteurs sont en grève et vos colis sont bloqués, au moins nos lampes se reposent",
     "outbound", "insults", "reputation.tone_deaf"),
    ("Nothing says 'we value you' like forty minutes of hold music 🎶", "outbound", "insults",
     "reputation.tone_deaf"),
    ("Certains concurrents devraient tester leurs lampes avant la mise en rayon 🤭", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Note to self: call back that influencer tomorrow, so annoying but 80k followers", "outbound",
     "internal_chatter", "reputation.internal_chatter"),
    # reputation: a group of customers put down as advice
    ("Mesdames, si la lampe ne s'allume pas, demandez à votre mari 😘", "outbound", "insults",
     "reputation.insult"),
    ("Can't find the switch? Ask your husband, ladies.", "outbound", "insults",
     "reputation.insult"),
    # reputation: promises no one can keep, said otherwise
    ("Avec nos ampoules, pas une seule panne, nulle part, promis", "outbound",
     "unrealistic_promises", "reputation.unrealistic_promise"),
    ("Our lamps will never go out. Ever.", "outbound", "unrealistic_promises",
     "reputation.unrealistic_promise"),
    # reputation: complaints received that threaten or report harm
    ("@lumio answer me or I'll come down to your shop and smash every lamp on the shelf",
     "inbound", "complaints", "reputation.complaint"),
    ("@lumio_fr votre lampe m'a fait une brûlure à la main, j'attends une réponse", "inbound",
     "complaints", "reputation.complaint"),
    # financial: a deal told before its announcement, with the secrecy said
    ("Contrat signé avec une grande chaîne de cinémas, pas encore officiel 🤫", "outbound",
     "financial_disclosure", "mnpi.contract"),
    ("Huge order from a national rail operator, don't tell anyone before the press release",
     "outbound", "financial_disclosure", "mnpi.contract"),
    ("Everyone here knows we'll beat guidance this year, just saying", "outbound",
     "financial_disclosure", "mnpi.results"),
    # financial: results winked at
    ("Wait till you see our Q1 numbers, that's all 😏", "outbound", "financial_disclosure",
     "mnpi.results"),
    ("Tenez bon les actionnaires, vous ne serez pas déçus le 28 😉", "outbound",
     "financial_disclosure", "mnpi.results"),
    # financial: a takeover rumour relayed, an insider's selling tip, shares bought by number
    ("Vrai ou faux que Brillix va vous racheter ? Le cours s'envole sur le forum", "inbound",
     "financial_disclosure", "mnpi.m_and_a"),
    ("Ma sœur bosse à la compta chez eux, elle m'a dit de ne pas vendre avant le printemps",
     "outbound", "financial_disclosure", "mnpi.insider_trading"),
    ("J'ai pris 200 actions Lumio ce matin, ça va monter", "outbound", "stock_talk",
     "mnpi.share_price"),
    # financial: the company's own securities sold with a promised return
    ("Investissez dans Lumio : 10 % par an garantis, franchement sans risque", "outbound",
     "stock_talk", "mnpi.share_price"),
    ("Lumio bonds: 7% a year, capital protected, zero risk", "outbound", "stock_talk",
     "mnpi.share_price"),
    ("Nos obligations vertes rapportent 6 % par an, capital garanti", "outbound",
     "financial_disclosure", "mnpi.share_price"),
    ("Our crowdfunding round is risk-free: 9% a year for every backer", "outbound",
     "financial_disclosure", "mnpi.share_price"),
]

NEAR_MISSES = [
    # (text, direction, detector)
    # a commenter praising the competitor, a neutral comparison
    ("Brillix makes better lamps than you. Just saying.", "inbound", "competitor_disparagement"),
    ("Brillix vend moins cher que vous, je dis ça", "inbound", "competitor_disparagement"),
    ("Brillix a aussi une lampe connectée, comparez les fiches techniques", "outbound",
     "competitor_disparagement"),
    # a disaster spoken of with help, not a discount
    ("Inondations dans le Var : nous reversons les ventes de la semaine aux sinistrés", "outbound",
     "insults"),
    ("Tragic news about the fire in Leeds. Our thoughts are with the families.", "outbound",
     "insults"),
    ("Strike at the carrier: your parcels are delayed, sorry. At least the refunds are automatic",
     "outbound", "insults"),
    # grandchildren, admiration: not contempt
    ("Not into apps? Ask your grandkids to order one for you 🎁", "outbound", "insults"),
    ("Our CFO hiked the whole Highland trail alone, not even a dog with her. Brave woman!",
     "outbound", "insults"),
    # a delivery promise with its terms; a person's habit
    ("Guaranteed delivery before Christmas for orders placed by 20 December, mainland France",
     "outbound", "unrealistic_promises"),
    ("Notre chef d'équipe ne rate jamais le match du dimanche", "outbound",
     "unrealistic_promises"),
    # a journalist asking for the press office; a calm complaint about the warranty
    ("Bonjour, journaliste à Ouest-France, pourriez-vous me donner un contact presse ?",
     "inbound", "complaints"),
    ("@lumio_fr deuxième ampoule grillée, un peu déçu. C'est quoi la démarche pour la garantie ?",
     "inbound", "complaints"),
    ("Dear @lumio, two weeks waiting for my refund. Not angry, please check ticket 5521",
     "inbound", "complaints"),
    ("Les vieux qui se plaignent de l'appli ? Nos ateliers seniors du jeudi sont faits pour vous",
     "outbound", "insults"),
    ("At least our warehouse team kept smiling during the strike week. Proud of them!",
     "outbound", "insults"),
    ("Thanks for your patience, folks: the support queue is back to normal, 2 minutes' wait",
     "outbound", "insults"),
    ("Nous testons nos lampes 48 h avant de les vendre. Brillix aussi, sûrement !", "outbound",
     "competitor_disparagement"),
    # a deal already announced; a colleague's move
    ("Comme annoncé hier dans notre communiqué, le contrat avec la ville de Nantes est signé",
     "outbound", "financial_disclosure"),
    ("Pas encore officiel, mais Julie quitte l'équipe pour un nouveau poste, on la regrettera",
     "outbound", "financial_disclosure"),
    # a collection or a match awaited, not results
    ("Attendez de voir notre nouvelle collection de suspensions, elle arrive le 3 mars !",
     "outbound", "financial_disclosure"),
    ("Wait till you see the match tonight, the team is on fire", "outbound",
     "financial_disclosure"),
    # a product or a partner's fund sold as an investment is the compliance family's alone
    ("Investissez dans une lampe Lumio : 40 % d'économies garanties sur votre facture",
     "outbound", "stock_talk"),
    ("Invest in our partners' solar parks: 12% a year, zero risk", "outbound",
     "financial_disclosure"),
    ("Investir dans Lumio ? Nous publions notre rapport annuel le 28 avril.", "outbound",
     "stock_talk"),
    # the risk warning and a question about the published dividend policy
    ("Past performance of Lumio shares is no guarantee of future results.", "outbound",
     "stock_talk"),
    ("Will the dividend policy be discussed at the results presentation?", "inbound",
     "financial_disclosure"),
]

#: clean posts dated inside the quiet period: the scheduled date, the published results, a
#: refusal to comment, the weather
QUIET_ALLOWED = [
    "Calendrier financier : résultats annuels le 28 janvier, résultats semestriels le 9 septembre",
    "Our full-year results are online at lumio.com/investors",
    "C'est aujourd'hui : Lumio publie ses résultats annuels, communiqué sur notre site",
    "Press: the results press conference is on 28 January in Lyon",
    "Aucune info à donner sur nos résultats avant la publication, merci de votre patience",
    "Forecast: longest night of the year, perfect for a cosy lamp",
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round8_families_are_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    result = engine.screen_text(text, direction=direction, at=OUTSIDE)
    found = {(f.detector, f.kind) for f in result.findings}
    assert (detector, kind) in found, (text, found)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_round8_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    result = engine.screen_text(text, direction=direction, at=OUTSIDE)
    assert [f.kind for f in result.findings if f.detector == detector] == [], text


@pytest.mark.parametrize("text", QUIET_ALLOWED)
def test_round8_quiet_period_allows_public_facts(engine: Engine, text: str) -> None:
    result = engine.screen_text(text, at=INSIDE)
    assert [f.kind for f in result.findings if f.category.value == "financial_disclosure"] == [], (
        text
    )
