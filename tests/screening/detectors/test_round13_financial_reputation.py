"""Round 13 (structural) of issue #3 for financial disclosure and reputation: shapes drawn from
the misses of an unseen author set (blind11), written as paraphrases, never its posts.

Financial: a change of owner with a wink; an executive's mood with a teaser; the next quarter
announced as painful; "not financial advice" next to a stock; shareholders promised a treat; a
record order sized; the deal makers (plural "banquiers d'affaires") with "je dis rien".
Reputation: the obvious fix told to a customer with a sneer; a threat to the next customer who
asks; an inbound sneer at the product or the service; the n-th call counted; a pitch to the
victims of a disaster; a promise the heirs will see; (precision) a picnic is no swear word.
Each match row a risky post, each near miss the clean reading next to it, in French and
English."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

H = "hinted_outcome"
FD = "financial_disclosure"
R = "reputation_shapes"
INSULT = "reputation.insult"
COMPLAINT = "reputation.complaint"

MATCH = [
    # (text, direction, detector, kind)
    # -- a change of owner, with a wink
    ("Le DG nous a dit de ne pas commander de cartes de visite avant l'été, on risque de changer "
     "de maison mère 😉", "outbound", H, "mnpi.m_and_a"),
    ("Strange visitors all week. Might have to get used to a new parent company soon 👀",
     "outbound", H, "mnpi.m_and_a"),
    ("Rumeurs de nouveaux propriétaires au siège… je dis rien, je dis rien 🤭", "outbound", H,
     "mnpi.m_and_a"),
    ("My manager winked and said we may change our family name by spring. I think I get it.",
     "outbound", H, "mnpi.m_and_a"),
    # -- an executive's mood, with a teaser
    ("Notre directeur financier sort de réunion avec un grand sourire. Vous verrez bien 📈",
     "outbound", H, "mnpi.results"),
    ("The CFO has been grinning all morning. Draw your own conclusions.", "outbound", H,
     "mnpi.results"),
    ("La directrice commerciale a ouvert le champagne à 11 h. Du lourd arrive, je dis rien.",
     "outbound", H, "mnpi.results"),
    ("Our VP Sales keeps dancing in the corridor. Big things coming 🚀", "outbound", H,
     "mnpi.results"),
    # -- the next quarter announced as painful
    ("Entre nous, le prochain trimestre va faire mal 😬", "outbound", H, "mnpi.guidance"),
    ("Brace yourselves: next quarter is going to be rough for the numbers.", "outbound", H,
     "mnpi.guidance"),
    ("Ce trimestre, pas de champagne au comité de direction.", "outbound", H, "mnpi.guidance"),
    # -- "not financial advice" next to a stock
    ("Ceci n'est pas un conseil financier, mais à votre place j'achèterais des actions avant "
     "février.", "outbound", H, "mnpi.share_price"),
    ("Not investment advice, but I'd be loading up on our stock this month 😏", "outbound", H,
     "mnpi.share_price"),
    ("NFA but the ticker everyone ignores is about to wake up. Buying more.", "outbound", H,
     "mnpi.share_price"),
    # -- shareholders promised a treat
    ("Nos actionnaires vont être gâtés au printemps, c'est tout ce que je peux dire.",
     "outbound", H, "mnpi.results"),
    ("Shareholders are in for a treat in March. I won't say the word.", "outbound", H,
     "mnpi.results"),
    ("Shareholders, draw your own conclusions from the CFO's playlist today 🎶", "outbound", H,
     "mnpi.results"),
    # -- the deal makers, plural, and the secret
    ("Deux banquiers d'affaires au 4e étage toute la semaine… je ne dis rien.", "outbound", H,
     "mnpi.m_and_a"),
    # -- a record order, sized
    ("Commande record signée par une chaîne d'hôtels : 12 000 lampes pour 2027 !", "inbound",
     FD, "mnpi.contract"),
    ("Our largest order ever: 40,000 units for a retailer, press release to follow.", "outbound",
     FD, "mnpi.contract"),
    # -- the obvious fix, with a sneer
    ("« Elle ne marche pas » — Monsieur, peut-être qu'il faudrait la brancher 🙄", "outbound", R,
     INSULT),
    ("Customer says the lamp is broken. Sir, have you tried plugging it in? Seriously.",
     "outbound", R, INSULT),
    ("Peut-être lire la notice avant d'appeler le SAV ? On aura tout lu 😂", "outbound", R,
     INSULT),
    # -- a threat to the next customer who asks
    ("Le prochain qui me demande le code promo, je lui fais manger sa facture.", "outbound", R,
     INSULT),
    ("The next person who asks about the blinking bulb, I'll make them eat it.", "outbound", R,
     INSULT),
    ("Si encore un client me parle du wifi, je l'étrangle 🙃", "outbound", R, INSULT),
    # -- an inbound sneer at the product or the service
    ("Imagine paying 80 € for a lamp that needs an app to switch on 💀", "inbound", R,
     COMPLAINT),
    ("Le SAV de @lumio_fr, ben voyons, toujours « en cours » 🙃", "inbound", R, COMPLAINT),
    ("A 'smart' bulb that can't find the wifi. What a joke, @lumio 🤡", "inbound", R,
     COMPLAINT),
    # -- the n-th call counted
    ("4e fois que j'appelle pour la même commande, personne ne sait rien.", "inbound", R,
     COMPLAINT),
    ("Third time I've called about my refund and still nothing.", "inbound", R, COMPLAINT),
    ("Fourth 'premium' lamp from you that died within a month.", "inbound", R, COMPLAINT),
    # -- a pitch to the victims of a disaster
    ("Tempête sur la Bretagne : pensez à nos lanternes, livraison offerte ce week-end !",
     "outbound", R, "reputation.tone_deaf"),
    ("Flooding in the valley? Think of our waterproof lamps, free shipping today.", "outbound",
     R, "reputation.tone_deaf"),
    # -- a promise the heirs will see
    ("Nos ampoules ? Vos petits-enfants en hériteront.", "outbound", R,
     "reputation.unrealistic_promise"),
    ("Buy it once: your kids will inherit it, and theirs after them.", "outbound", R,
     "reputation.unrealistic_promise"),
]

NEAR_MISSES = [
    # (text, direction, detector)
    ("Je change de nom de famille en juin, mariage oblige 😉", "outbound", H),
    ("Our parent company publishes its annual report today: lumio.com/investors", "outbound", H),
    ("Notre directeur financier présente les résultats publiés ce matin, avec le sourire.",
     "outbound", H),
    ("The CEO smiled for the team photo at the summer party.", "outbound", H),
    ("Le prochain trimestre, nous ouvrons deux boutiques à Lille et Nantes.", "outbound", H),
    ("This quarter's webinar: how to pick the right colour temperature.", "outbound", H),
    ("Not financial advice, just lighting advice: warm white in the bedroom 💡", "outbound", H),
    ("Nos actionnaires sont invités à l'assemblée générale du 14 mai.", "outbound", H),
    ("Deux banquiers d'affaires ont témoigné à notre conférence sur la finance verte.",
     "outbound", H),
    ("Commande record de bougies chez moi pour Noël 🎄", "outbound", FD),
    ("Si la lampe ne s'allume pas, vérifiez qu'elle est bien branchée puis contactez-nous.",
     "outbound", R),
    ("Have you tried plugging it in another socket? If it still fails, DM us and we'll swap it.",
     "outbound", R),
    ("Le premier qui trouve la lampe cachée dans la vitrine gagne un bon d'achat 🎁", "outbound",
     R),
    ("The next person who visits our Lyon shop gets a free bulb!", "outbound", R),
    ("Mon chat a décidé que la lampe était son lit 🙃 @lumio", "outbound", R),
    ("Ma box a planté, pas vous, la lampe remarche 🙃", "inbound", R),
    ("Switched to Lumio and never looked back, their support replies 🙄 unlike the others",
     "inbound", R),
    ("Third time I've ordered from you and I love every lamp!", "inbound", R),
    ("Inondations dans le Gard : nos équipes prêtent des lampes gratuites aux sinistrés.",
     "outbound", R),
    ("Honest answer: no lamp lasts forever; ours are rated 25,000 hours.", "outbound", R),
    ("Ma fille a trouvé la blague du jour sur la boîte de la lampe 😂", "inbound", R),
    ("@lumio je vous ai donné ma carte 4970 1012 3456 7890 au téléphone, c'est une blague ?",
     "inbound", R),
    ("Notre PDG était dans les médias ce matin, merci à nos actionnaires 🚀", "outbound", H),
    # -- a picnic is no swear word, nor a quarter that stings
    ("Ce trimestre, pique-nique d'équipe au parc de la Tête d'Or 🧺", "outbound", H),
    ("Pique-nique géant au siège vendredi, apportez vos lampes solaires !", "outbound",
     "profanity"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round13_financial_reputation_shapes_are_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_round13_financial_reputation_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    assert_not_found(engine, text, direction, detector)
