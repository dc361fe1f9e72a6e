"""Round 10 of issue #3 (blind8 and the look-alike sets train-k/l/m/n) for reputation, competition
and financial disclosure: each family of wording added, found in French and in English, and each
exception added, with the clean look-alike that must not be found. Paraphrases written for
these tests, not corpus posts."""

from __future__ import annotations

import pytest

from tocsin import Engine
from tocsin.screening.detectors.competition.competitor_disparagement import masked_names

INSIDE = "2027-01-10T10:00:00+00:00"  # in the profile's quiet period (2026-12-15 .. 2027-01-28)
OUTSIDE = "2026-06-15T10:00:00+00:00"

#: (text, direction, when, detector, kind): found
MATCH = [
    # financial: keep or sell before the news
    ("Si vous avez des actions Lumio, ne vendez surtout pas avant fin janvier, je dis ça",
     "outbound", OUTSIDE, "financial_disclosure", "mnpi.share_price"),
    ("If you hold the stock, better hold until the 28th, you won't regret it", "outbound",
     OUTSIDE, "financial_disclosure", "mnpi.share_price"),
    # financial: a secret kept in front of shareholders
    ("Patience les actionnaires, c'est tout ce que j'ai le droit de dire avant les résultats",
     "outbound", OUTSIDE, "financial_disclosure", "mnpi.results"),
    ("Big things coming for shareholders, that's all I'm allowed to say", "outbound", OUTSIDE,
     "financial_disclosure", "mnpi.results"),
    # financial: the finance team's mood
    ("Vous avez vu la tête de l'équipe finance ce matin ? Jamais autant souri", "outbound",
     OUTSIDE, "financial_disclosure", "mnpi.results"),
    ("The finance team has been grinning all week while closing the books", "outbound",
     OUTSIDE, "financial_disclosure", "mnpi.results"),
    # financial: orders and sales told ahead
    ("Le carnet de commandes du T2 est déjà au double, les ventes vont suivre", "outbound",
     OUTSIDE, "financial_disclosure", "mnpi.guidance"),
    ("Our order book for Q2 is already twice last year's", "outbound", OUTSIDE,
     "financial_disclosure", "mnpi.guidance"),
    # financial: a takeover told as coming, new owners
    ("Lumio va être rachetée avant l'été, tout le monde le sait en interne", "inbound", OUTSIDE,
     "financial_disclosure", "mnpi.m_and_a"),
    ("New owners soon? Some bankers toured the factory today", "outbound", OUTSIDE,
     "financial_disclosure", "mnpi.m_and_a"),
    # financial: a contract with its release day still to come
    ("Nous équiperons les 200 hôtels d'un grand groupe dès mai (communiqué demain, chut)",
     "outbound", OUTSIDE, "financial_disclosure", "mnpi.contract"),
    ("We will supply every hotel of a big group from May, press release tomorrow", "outbound",
     OUTSIDE, "financial_disclosure", "mnpi.contract"),
    # financial: an objective with the turnover abbreviated
    ("Notre objectif : un CA de 300 M€ en 2028", "outbound", OUTSIDE, "financial_disclosure",
     "mnpi.guidance"),
    # competition: failures told by their frequency, a competitor described by its logo
    ("Chez nos voisins au logo rouge, l'appli plante un jour sur deux", "outbound", OUTSIDE,
     "competitor_disparagement", "competition.disparagement"),
    ("Some blue-logo brand needs an update every other day just to turn on", "outbound",
     OUTSIDE, "competitor_disparagement", "competition.disparagement"),
    # competition: their trouble as our gain
    ("Encore une panne chez Brillix : merci pour la pub gratuite !", "outbound", OUTSIDE,
     "competitor_disparagement", "competition.disparagement"),
    ("Brillix's app is down again, thanks for the free marketing", "outbound", OUTSIDE,
     "competitor_disparagement", "competition.disparagement"),
    # competition: mockery of how they work
    ("La garantie chez Brillix ? Une légende urbaine.", "outbound", OUTSIDE,
     "competitor_disparagement", "competition.disparagement"),
    ("Brillix lamps, designed by interns in a basement", "outbound", OUTSIDE,
     "competitor_disparagement", "competition.disparagement"),
    # competition: second-hand rumours
    ("Un ami qui bosse là-bas m'a dit que Brillix revend les retours comme du neuf", "inbound",
     OUTSIDE, "competitor_disparagement", "competition.defamation"),
    ("Word on the street is Brillix failed its safety audit", "outbound", OUTSIDE,
     "competitor_disparagement", "competition.defamation"),
    # competition: the name withheld, spaced out or in a hashtag
    ("Le concurrent que je ne nommerai pas ferait bien de revoir ses soudures", "outbound",
     OUTSIDE, "competitor_disparagement", "competition.disparagement"),
    ("Not naming anyone, but a certain rival's bulbs die after a month", "outbound", OUTSIDE,
     "competitor_disparagement", "competition.disparagement"),
    ("Coucou B r i l l i x, le jour où vous ferez une appli qui marche, appelez-nous",
     "outbound", OUTSIDE, "competitor_disparagement", "competition.disparagement"),
    ("A lamp that dies after a month? Couldn't be us #NotBrillix", "outbound", OUTSIDE,
     "competitor_disparagement", "competition.disparagement"),
    # reputation: promises for everywhere, every unit, every phone
    ("Delivery guaranteed anywhere in the world, whatever happens", "outbound", OUTSIDE,
     "unrealistic_promises", "reputation.unrealistic_promise"),
    ("Cette lampe dure 50 ans, pariez votre maison dessus", "outbound", OUTSIDE,
     "unrealistic_promises", "reputation.unrealistic_promise"),
    ("Compatible avec tous les téléphones et toutes les maisons, garanti", "outbound", OUTSIDE,
     "unrealistic_promises", "reputation.unrealistic_promise"),
    ("Works with every smart home system, always", "outbound", OUTSIDE, "unrealistic_promises",
     "reputation.unrealistic_promise"),
    # reputation: contempt and mockery of customers
    ("Si seulement on pouvait dire ce qu'on pense vraiment de nos clients 🙃", "outbound",
     OUTSIDE, "insults", "reputation.insult"),
    ("Some of our customers should not be allowed near a plug", "outbound", OUTSIDE, "insults",
     "reputation.insult"),
    ("Le type qui nous a tagués parce que la lampe éclaire trop : bravo petit malin", "outbound",
     OUTSIDE, "insults", "reputation.insult"),
    ("Whoever ordered 50 bulbs and asked if they need power: you made our day", "outbound",
     OUTSIDE, "insults", "reputation.insult"),
    ("Les bugs de l'appli ? On sait, on s'en fiche un peu", "outbound", OUTSIDE, "insults",
     "reputation.insult"),
    ("App bugs? Yeah we know, we don't really care", "outbound", OUTSIDE, "insults",
     "reputation.insult"),
    # reputation: tone-deaf jokes and a disaster used as an opportunity
    ("Le coupable du raté ? Le stagiaire. Heureusement qu'il part vendredi", "outbound",
     OUTSIDE, "insults", "reputation.tone_deaf"),
    ("Sorry to everyone our bug woke up at 3am, worth it for the content", "outbound", OUTSIDE,
     "insults", "reputation.tone_deaf"),
    ("Après la tempête, des milliers de foyers sans électricité : profitez-en, nos lampes sur "
     "batterie sont en promo", "outbound", OUTSIDE, "insults", "reputation.tone_deaf"),
    ("Half the town without power after the storm: perfect time to show off our battery lamps",
     "outbound", OUTSIDE, "insults", "reputation.tone_deaf"),
    # reputation: staff running down their own company, a note to self
    ("J'espère que personne du siège ne lit ça, mais notre SAV tient avec du scotch",
     "outbound", OUTSIDE, "internal_chatter", "reputation.internal_chatter"),
    ("Don't tell my boss, but our support is held together with tape", "outbound", OUTSIDE,
     "internal_chatter", "reputation.internal_chatter"),
    ("Je mets ça ici pour pas oublier, à supprimer après : relancer le fournisseur", "outbound",
     OUTSIDE, "internal_chatter", "reputation.internal_chatter"),
    # second pass (older development sets): a celebration before the news, the quiet period's
    # first day, a target beaten told to shareholders
    ("Our sales director ordered bottles of champagne for a special announcement on the 28th",
     "outbound", OUTSIDE, "financial_disclosure", "mnpi.results"),
    ("First day of the quiet period, so I'll just say this: Q4 was bright", "outbound", OUTSIDE,
     "financial_disclosure", "mnpi.results"),
    ("Premier jour de la période calme : le T4, disons qu'il brille", "outbound", OUTSIDE,
     "financial_disclosure", "mnpi.results"),
    ("Year-end party: we smashed the annual target, shareholders will be happy", "outbound",
     OUTSIDE, "financial_disclosure", "mnpi.guidance"),
    # second pass: "too bad their…", a put-down decoded or laughed off, harm to the eyes
    ("Nos voisins de Villeurbanne ont de beaux bureaux. Dommage que leurs lampes ne suivent pas",
     "outbound", OUTSIDE, "competitor_disparagement", "competition.disparagement"),
    ("Brillix has a lovely logo, too bad their support never answers", "outbound", OUTSIDE,
     "competitor_disparagement", "competition.disparagement"),
    ("Quand Brillix dit « innovation », faut comprendre « marketing »", "outbound", OUTSIDE,
     "competitor_disparagement", "competition.disparagement"),
    ("Brillix any good? lmao no, next question", "outbound", OUTSIDE,
     "competitor_disparagement", "competition.disparagement"),
    ("Les lampes Brillix, c'est migraine assurée", "outbound", OUTSIDE,
     "competitor_disparagement", "competition.disparagement"),
    # second pass: staff mocking their own campaign, a customer's question mocked
    ("Franchement on ressemble à rien avec cette affiche", "outbound", OUTSIDE,
     "internal_chatter", "reputation.internal_chatter"),
    ("Who signed off on these packaging fonts? We look like amateurs", "outbound", OUTSIDE,
     "internal_chatter", "reputation.internal_chatter"),
    ("Customer asked if the lamp works in the bath lol. Yes mate, and it's gluten-free too",
     "outbound", OUTSIDE, "insults", "reputation.insult"),
    # third pass: the same families said otherwise
    ("Conseil d'ami aux actionnaires : conservez vos actions jusqu'au 28, je dis ça",
     "outbound", OUTSIDE, "financial_disclosure", "mnpi.share_price"),
    ("If you own shares, hang on to your stock until the 28th", "outbound", OUTSIDE,
     "financial_disclosure", "mnpi.share_price"),
    ("Our backlog for Q1 has never been this big, sales are flying", "outbound", OUTSIDE,
     "financial_disclosure", "mnpi.guidance"),
    ("Une marque que je ne citerai pas ferait bien de tester ses lampes", "outbound", OUTSIDE,
     "competitor_disparagement", "competition.disparagement"),
    ("A brand I won't name ships bulbs that die after a week", "outbound", OUTSIDE,
     "competitor_disparagement", "competition.disparagement"),
    ("Notre nouvelle lampe vous survivra, garanti", "outbound", OUTSIDE, "unrealistic_promises",
     "reputation.unrealistic_promise"),
    ("This lamp will outlive you, promise", "outbound", OUTSIDE, "unrealistic_promises",
     "reputation.unrealistic_promise"),
    ("Honnêtement la direction est à la ramasse sur ce lancement", "outbound", OUTSIDE,
     "internal_chatter", "reputation.internal_chatter"),
    ("Launch week and management has no clue what we're shipping", "outbound", OUTSIDE,
     "internal_chatter", "reputation.internal_chatter"),
    # reputation: a complaint escalating in public
    ("Your new ad is tone deaf, mocking people in wheelchairs @lumio", "inbound", OUTSIDE,
     "complaints", "reputation.complaint"),
    ("Cette pub déplacée de @lumio se moque des personnes âgées", "inbound", OUTSIDE,
     "complaints", "reputation.complaint"),
    ("Trois semaines sans réponse de @lumio, je vais faire un thread avec les photos", "inbound",
     OUTSIDE, "complaints", "reputation.complaint"),
    ("@lumio two months without a refund. Shame on you", "inbound", OUTSIDE, "complaints",
     "reputation.complaint"),
]

#: (text, direction, when, detector): the clean look-alike, not found by that detector
NEAR_MISSES = [
    # financial: "don't sell" about data or fan art; free time kept; no share in view
    ("Nous ne vendons pas vos données : ne vendez pas les vôtres non plus, lisez notre charte",
     "outbound", OUTSIDE, "financial_disclosure"),
    ("We don't sell your data. Fan art welcome, just don't sell it", "outbound", OUTSIDE,
     "financial_disclosure"),
    ("Si vous avez du temps ce week-end, gardez-le pour nos ateliers", "outbound", OUTSIDE,
     "financial_disclosure"),
    # financial: the quiet period and the results awaited, weather and roads
    ("Période de silence avant les résultats : pas de commentaire sur les chiffres", "outbound",
     INSIDE, "financial_disclosure"),
    ("Prudence sur les routes : les prévisions annoncent du verglas demain", "outbound", INSIDE,
     "quiet_period_mentions"),
    ("Drive safe, the forecast says icy roads tonight", "outbound", INSIDE,
     "quiet_period_mentions"),
    # financial: a takeover rumour denied
    ("Non, nous ne sommes pas rachetés : cette capture qui circule est un faux", "outbound",
     OUTSIDE, "financial_disclosure"),
    ("No, we are not being acquired, that screenshot is fake. Official news only here",
     "outbound", OUTSIDE, "financial_disclosure"),
    # financial: where to read the public price; an outside investor's question
    ("Le cours de l'action Lumio est consultable en temps réel sur le site de la Bourse",
     "outbound", OUTSIDE, "stock_talk"),
    ("Is Lumio stock a good buy? Asking as a small investor, any official info?", "inbound",
     OUTSIDE, "stock_talk"),
    # financial: a product secret under NDA, a partner's figures, a satisfaction score
    ("J'ai vu les maquettes de la future appli, clause de confidentialité oblige je dirai juste : "
     "wow", "outbound", OUTSIDE, "financial_disclosure"),
    ("Our distributor showed me their figures, let's just say we sell well there", "outbound",
     OUTSIDE, "financial_disclosure"),
    # financial: a team cut next quarter (human resources), a newcomer in the finance team
    ("We're cutting the night shift next quarter, sad times", "outbound", OUTSIDE,
     "financial_disclosure"),
    ("Bienvenue à Julie qui rejoint l'équipe finance, toute souriante", "outbound", OUTSIDE,
     "financial_disclosure"),
    # financial: a person joining us with the pay (human resources), not a contract signed
    ("Thomas vient de signer chez nous, il gagnera 70k€, bienvenue !", "outbound", OUTSIDE,
     "financial_disclosure"),
    ("Welcome Sam, who just signed with us: he will earn 80k", "outbound", OUTSIDE,
     "financial_disclosure"),
    # financial: a bug backlog, receipts kept for the warranty
    ("Le backlog de bugs de l'appli est vidé, merci l'équipe", "outbound", OUTSIDE,
     "financial_disclosure"),
    ("Conservez vos tickets de caisse pour la garantie", "outbound", OUTSIDE,
     "financial_disclosure"),
    # competition: candour and praise, a neutral range, an award shared
    ("Not gonna lie, the Brillix ad was clever. Good competition makes us all better",
     "outbound", OUTSIDE, "competitor_disparagement"),
    ("Je vais pas mentir, la pub Brillix est bien trouvée. Bien joué !", "outbound", OUTSIDE,
     "competitor_disparagement"),
    ("Comparing Lumio and Brillix? Both support Matter; our range goes down to 1800 K",
     "outbound", OUTSIDE, "competitor_disparagement"),
    ("Bravo à Brillix et à Lumio, tous deux lauréats du prix de l'innovation", "outbound",
     OUTSIDE, "competitor_disparagement"),
    # competition: a recruiter's open door (human resources); a colleague seen at their site
    ("Chez Brillix et envie de changer ? Notre porte est grande ouverte", "outbound", OUTSIDE,
     "competitor_disparagement"),
    ("To Brillix's product team: our door is wide open", "outbound", OUTSIDE,
     "competitor_disparagement"),
    ("Just saw our CFO's car at the Brillix HQ car park", "outbound", OUTSIDE,
     "competitor_disparagement"),
    # competition: someone from the competitor running down OUR products (reputation)
    ("Je travaille chez Brillix et franchement vos lampes c'est de la camelote", "inbound",
     OUTSIDE, "competitor_disparagement"),
    ("I work at Brillix and honestly your lamps are junk", "inbound", OUTSIDE,
     "competitor_disparagement"),
    # competition: a riddle about a code name, not a competitor
    ("Our next code name rhymes with 'royale', can't say more, it's a legal thing", "outbound",
     OUTSIDE, "competitor_disparagement"),
    # reputation: a person's habit, an honest durability figure, a standard refund offer
    ("Claire ne rate jamais une séance du running club le mardi", "outbound", OUTSIDE,
     "unrealistic_promises"),
    ("Honest answer: no lamp lasts forever, ours are rated 25,000 hours", "outbound", OUTSIDE,
     "unrealistic_promises"),
    ("30-day money-back guarantee on every lamp, no questions asked", "outbound", OUTSIDE,
     "unrealistic_promises"),
    # reputation: a helpful address to some readers, a newcomer welcomed
    ("Pour ceux qui finissent tard, le parking reste ouvert jusqu'à 23h", "outbound", OUTSIDE,
     "insults"),
    ("For those who asked: the shop stays open until 8pm", "outbound", OUTSIDE, "insults"),
    ("Bienvenue à Tom, c'est le stagiaire le plus motivé de l'étage", "outbound", OUTSIDE,
     "insults"),
    ("Storm tonight: power cuts possible, we are lending battery lamps free of charge",
     "outbound", OUTSIDE, "insults"),
    # reputation: a garage sale for charity, an all-hands read as a layoff hint (HR)
    ("Vide-grenier du quartier dimanche, venez nombreux", "outbound", OUTSIDE,
     "internal_chatter"),
    ("Garage sale this Sunday for charity, come along", "outbound", OUTSIDE, "internal_chatter"),
    ("All hands on Friday, HR booked one-to-ones afterwards", "outbound", OUTSIDE,
     "internal_chatter"),
    # second pass: a launch celebrated, a colleague thanked for a sign-off
    ("Champagne pour le lancement de notre nouvelle collection, annonce spéciale demain",
     "outbound", OUTSIDE, "financial_disclosure"),
    ("Merci à Claire qui a validé ce projet solidaire", "outbound", OUTSIDE, "internal_chatter"),
    ("Thanks to everyone who signed off on the charity budget", "outbound", OUTSIDE,
     "internal_chatter"),
    # reputation: a customer's put-down of the competitor, a sentence later (competition)
    ("Brillix sold me a lamp that melted in a week. Bunch of crooks, they should close",
     "inbound", OUTSIDE, "complaints"),
    ("Brillix m'a vendu une lampe qui a fondu en une semaine. Franchement, bande d'escrocs",
     "inbound", OUTSIDE, "complaints"),
]


@pytest.mark.parametrize(("text", "direction", "when", "detector", "kind"), MATCH)
def test_round10_new_wordings_are_found(
    engine: Engine, text: str, direction: str, when: str, detector: str, kind: str
) -> None:
    result = engine.screen_text(text, direction=direction, at=when)
    found = {(f.detector, f.kind) for f in result.findings}
    assert (detector, kind) in found, (text, found)


@pytest.mark.parametrize(("text", "direction", "when", "detector"), NEAR_MISSES)
def test_round10_clean_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, when: str, detector: str
) -> None:
    result = engine.screen_text(text, direction=direction, at=when)
    kinds = [f.kind for f in result.findings if f.detector == detector]
    assert kinds == [], (text, kinds)


@pytest.mark.parametrize(
    ("spelling", "masked"),
    [
        ("b r i l l i x", True),
        ("b brand", True),
        ("notbrillix", True),
        ("brillixfail", True),
        ("brillix", False),
        ("b", False),
    ],
)
def test_round10_masked_spellings(spelling: str, masked: bool) -> None:
    assert (spelling in set(masked_names("Brillix"))) is masked
