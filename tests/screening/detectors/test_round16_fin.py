"""Round 16 for financial disclosure and competition: the misses of blind14 (a development set
since round 15) written as kinds, and a sweep of the sub-kinds of risk a company meets in each
category, most of them in no corpus file yet, in French and English and several registers
(corporate, casual, ironic, hinted). Paraphrases only, never a corpus post.

Financial, new shapes of ``hinted_outcome``: a growth target for next year that doubles the
business (``target_ahead``), units we plan to sell in large numbers (``sales_forecast``), orders
or pre-orders counted in millions (``order_book_amount``), colleagues from abroad arriving soon
(``foreign_colleagues``), our cash or debt in trouble (``debt_trouble``), a big write-down
(``big_write_down``); wider parts: "gardez un œil sur le cours", "ceux qui savent savent", "a
new parent", "if I had some spare cash", "Q1 will be ugly", "vont plonger". Precision: the full
release "soon" is not published; delivery forecasts in a quiet period are no financial forecast;
money raised for a cause is no capital raise.

Competition: a rhyme on the rival's name ("rime avec « illix »"), the initial and a placeholder
("B-something", "les B-machin"), the initial alone after "chez" ("chez B."), one letter masked by
a sign ("Br!llix") and the spaced-out name run into a one-letter word ("B r i l l i x a ...");
planned obsolescence, Russian roulette, customers put in danger, a likeness to ours, a rival
unable to pay its suppliers. Precision: "ce qui compte pour vous" is no innuendo, our people
seen lunching with the rival's is poaching (the HR family's), not a put-down.

Match rows name the detector and kind found; near misses check that the category is not found
at all (the clean reading next to each sub-kind)."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found

INSIDE = "2026-12-20T10:00:00+01:00"  # in the profile's Q4 quiet period

FINANCIAL = [
    # (text, direction, detector, kind)
    # -- unpublished results told
    (
        "Q3 revenue landed at €31M, +12% vs last year. Don't tell anyone before the 28th 🤫",
        "outbound",
        "financial_disclosure",
        "mnpi.results",
    ),
    (
        "Le CA du T3 est à 31 M€, +12 %, on a explosé les compteurs !",
        "outbound",
        "financial_disclosure",
        "mnpi.results",
    ),
    (
        "Between us, the quarter closed with an EBITDA margin of 18%, best ever.",
        "outbound",
        "financial_disclosure",
        "mnpi.results",
    ),
    (
        "Petit spoiler : le bénéfice du trimestre dépasse les 5 millions d'euros 😎",
        "outbound",
        "financial_disclosure",
        "mnpi.results",
    ),
    (
        "Our Q4 sales are up 40% and the numbers aren't even public yet lol",
        "outbound",
        "financial_disclosure",
        "mnpi.results",
    ),
    # -- a growth target or a forecast
    (
        "Our goal for next year: triple the revenue, and with this pipeline we'll get there.",
        "outbound",
        "hinted_outcome",
        "mnpi.guidance",
    ),
    (
        "Notre objectif 2027 : doubler le chiffre d'affaires, et on est bien partis.",
        "outbound",
        "hinted_outcome",
        "mnpi.guidance",
    ),
    (
        "We expect to reach €100M in sales next year, you heard it here first.",
        "outbound",
        "financial_disclosure",
        "mnpi.guidance",
    ),
    (
        "Nous prévoyons une croissance de 25 % du chiffre d'affaires l'an prochain.",
        "outbound",
        "financial_disclosure",
        "mnpi.guidance",
    ),
    (
        "We're planning to sell 2 million lamps next year, mark my words.",
        "outbound",
        "hinted_outcome",
        "mnpi.guidance",
    ),
    # -- a profit warning in passing
    (
        "Next quarter is going to hurt, our margins are in freefall.",
        "outbound",
        "hinted_outcome",
        "mnpi.guidance",
    ),
    (
        "Le prochain trimestre va faire mal, je préviens.",
        "outbound",
        "hinted_outcome",
        "mnpi.guidance",
    ),
    (
        "Q1 will be ugly for our numbers, brace yourselves.",
        "outbound",
        "hinted_outcome",
        "mnpi.guidance",
    ),
    (
        "Nos résultats du semestre vont être catastrophiques, vendez tant qu'il est temps.",
        "outbound",
        "financial_disclosure",
        "mnpi.results",
    ),
    (
        "Between us our Q2 numbers are embarrassing, the market won't like it.",
        "outbound",
        "hinted_outcome",
        "mnpi.results",
    ),
    # -- a company we are buying
    (
        "Big news soon: we're about to buy a Dutch competitor, the lawyers are on it 🤐",
        "outbound",
        "financial_disclosure",
        "mnpi.m_and_a",
    ),
    (
        "On est en train de racheter une boîte allemande, annonce dans deux semaines 🤫",
        "outbound",
        "financial_disclosure",
        "mnpi.m_and_a",
    ),
    (
        "Our corp dev team is in Munich all week, nobody is allowed to say why 😉",
        "outbound",
        "hinted_outcome",
        "mnpi.m_and_a",
    ),
    (
        "Rachat de Brillix signé ce soir, communiqué lundi !",
        "outbound",
        "financial_disclosure",
        "mnpi.m_and_a",
    ),
    (
        "Very soon we'll have German-speaking colleagues, and no, we're not opening a job ad 😏",
        "outbound",
        "hinted_outcome",
        "mnpi.m_and_a",
    ),
    # -- a new owner for us
    (
        "Heard we're getting a new parent company before Christmas 👀",
        "outbound",
        "hinted_outcome",
        "mnpi.m_and_a",
    ),
    (
        "Bientôt une nouvelle maison mère pour nous, je dis ça je dis rien 🤐",
        "outbound",
        "hinted_outcome",
        "mnpi.m_and_a",
    ),
    (
        "Le board a accepté une offre de rachat hier soir, c'est pas encore officiel.",
        "outbound",
        "financial_disclosure",
        "mnpi.m_and_a",
    ),
    (
        "Looks like we'll change our last name next year, if you know what I mean 😉",
        "outbound",
        "hinted_outcome",
        "mnpi.m_and_a",
    ),
    (
        "An American group is buying us out, announcement next week, keep it quiet!",
        "outbound",
        "financial_disclosure",
        "mnpi.m_and_a",
    ),
    # -- a contract before its announcement
    (
        "Just signed a €12M deal with a major retailer, press release next week 🎉",
        "outbound",
        "financial_disclosure",
        "mnpi.contract",
    ),
    (
        "Contrat signé ce matin avec un géant de la distribution : 3 000 magasins ! Annonce "
        "officielle bientôt.",
        "outbound",
        "financial_disclosure",
        "mnpi.contract",
    ),
    (
        "We've just signed with a partner we can't name yet, you'll know soon 😉",
        "outbound",
        "hinted_outcome",
        "mnpi.contract",
    ),
    (
        "Petite fuite : on équipe bientôt les 400 hôtels d'une grande chaîne 🤫",
        "outbound",
        "hinted_outcome",
        "mnpi.contract",
    ),
    (
        "On vient de signer un contrat de 8 millions d'euros, chut !",
        "outbound",
        "financial_disclosure",
        "mnpi.contract",
    ),
    # -- an order book counted in millions
    (
        "Already $5M in pre-orders for the new lamp and it's not even launched 🔥",
        "outbound",
        "hinted_outcome",
        "mnpi.results",
    ),
    (
        "Les précommandes de la nouvelle gamme dépassent 15 millions d'euros, incroyable.",
        "outbound",
        "hinted_outcome",
        "mnpi.results",
    ),
    (
        "Our order book is at €60M, three times last year, not public yet.",
        "outbound",
        "hinted_outcome",
        "mnpi.results",
    ),
    (
        "Carnet de commandes à 45 millions d'euros, du jamais vu ici.",
        "outbound",
        "financial_disclosure",
        "mnpi.guidance",
    ),
    ("Between us: backlog just passed 30M€ 🚀", "outbound", "hinted_outcome", "mnpi.results"),
    # -- a dividend decided, not published
    (
        "Psst, the board will double the dividend this year, you didn't hear it from me.",
        "outbound",
        "financial_disclosure",
        "mnpi.dividend",
    ),
    (
        "Le dividende va être coupé cette année, le conseil l'a décidé hier.",
        "outbound",
        "financial_disclosure",
        "mnpi.dividend",
    ),
    (
        "Shareholders are going to be very happy with the dividend in March 😉",
        "outbound",
        "hinted_outcome",
        "mnpi.results",
    ),
    (
        "Le conseil proposera un dividende exceptionnel, pas encore annoncé.",
        "outbound",
        "financial_disclosure",
        "mnpi.dividend",
    ),
    (
        "No dividend this year, the board decided it last night, not public yet.",
        "outbound",
        "confidentiality_markers",
        "mnpi.unannounced",
    ),
    # -- a share tip from the inside
    (
        "If I had some spare cash, I'd put it all in Lumio before the results. Just saying.",
        "outbound",
        "hinted_outcome",
        "mnpi.share_price",
    ),
    (
        "Si j'avais des économies, je sais où je les mettrais avant fin janvier 😉",
        "outbound",
        "hinted_outcome",
        "mnpi.share_price",
    ),
    (
        "Trust me, I work here: buy the shares before the 28th.",
        "inbound",
        "financial_disclosure",
        "mnpi.results",
    ),
    (
        "Keep your eyes on the ticker next week, that's all I'm saying 📈",
        "outbound",
        "hinted_outcome",
        "mnpi.results",
    ),
    (
        "Surveillez le titre après le 28… ceux qui savent, savent 😉",
        "outbound",
        "hinted_outcome",
        "mnpi.results",
    ),
    # -- a capital raise or a listing
    (
        "We're raising €50M in a few weeks, the term sheet is signed, not public yet!",
        "outbound",
        "financial_disclosure",
        "mnpi.m_and_a",
    ),
    (
        "Introduction en bourse prévue pour le printemps, c'est encore confidentiel 🤫",
        "outbound",
        "financial_disclosure",
        "mnpi.m_and_a",
    ),
    (
        "Our IPO is planned for March, don't tell anyone 🤐",
        "outbound",
        "financial_disclosure",
        "mnpi.m_and_a",
    ),
    (
        "Levée de fonds de 30 millions bouclée hier, annonce officielle la semaine prochaine.",
        "outbound",
        "financial_disclosure",
        "mnpi.m_and_a",
    ),
    (
        "The capital increase is coming soon, investors will be thrilled.",
        "outbound",
        "financial_disclosure",
        "mnpi.m_and_a",
    ),
    # -- an executive change or mood
    (
        "Our CFO is leaving at the end of the month, not announced yet 🤫",
        "outbound",
        "layoffs",
        "mnpi.executive_change",
    ),
    (
        "Notre PDG quitte l'entreprise en janvier, personne n'a le droit d'en parler.",
        "outbound",
        "layoffs",
        "mnpi.executive_change",
    ),
    (
        "Le directeur financier démissionne, l'annonce est pour lundi.",
        "outbound",
        "layoffs",
        "mnpi.executive_change",
    ),
    (
        "Our CFO hasn't stopped smiling since the board meeting, draw your own conclusions 😏",
        "outbound",
        "hinted_outcome",
        "mnpi.results",
    ),
    # -- cash, debt or write-down trouble
    (
        "We're burning cash, the banks are renegotiating our debt and it's not public.",
        "outbound",
        "hinted_outcome",
        "mnpi.results",
    ),
    (
        "On est au bord du défaut de paiement, les banques nous lâchent, c'est pas encore public.",
        "outbound",
        "hinted_outcome",
        "mnpi.results",
    ),
    (
        "Next quarter will be painful: the Lyon plant closure will cost us €20M.",
        "outbound",
        "hinted_outcome",
        "mnpi.guidance",
    ),
    (
        "Nos comptes vont plonger au prochain trimestre, croyez-moi.",
        "outbound",
        "hinted_outcome",
        "mnpi.guidance",
    ),
    (
        "The auditors can't say anything yet, but the write-down is huge.",
        "outbound",
        "hinted_outcome",
        "mnpi.results",
    ),
]

FINANCIAL_NEAR_MISSES = [
    # (text, direction, category)
    # -- unpublished results told
    (
        "Our Q3 results are published: revenue up 12%, full release on lumio.com/investors",
        "outbound",
        "financial_disclosure",
    ),
    (
        "Nos résultats du T4 seront publiés le 28 janvier après Bourse.",
        "outbound",
        "financial_disclosure",
    ),
    # -- a growth target or a forecast
    (
        "Objectif pour l'an prochain : doubler le nombre d'arbres plantés avec nos clients "
        "bénévoles 🌳",
        "outbound",
        "financial_disclosure",
    ),
    (
        "Our goal for next year: more recycling points in every store!",
        "outbound",
        "financial_disclosure",
    ),
    # -- a profit warning in passing
    (
        "Le prochain trimestre sera chargé en nouveautés, restez connectés !",
        "outbound",
        "financial_disclosure",
    ),
    (
        "Next quarter: new colours for the Aube lamp, stay tuned!",
        "outbound",
        "financial_disclosure",
    ),
    # -- a company we are buying
    (
        "We're hiring German-speaking colleagues for our Munich support team soon, apply on our "
        "careers page!",
        "outbound",
        "financial_disclosure",
    ),
    (
        "Nos collègues qui parlent allemand tiennent le stand au salon de Francfort 🇩🇪",
        "outbound",
        "financial_disclosure",
    ),
    # -- a new owner for us
    (
        "Bébé Léa est arrivée : notre collègue est une new parent 😉 Félicitations !",
        "outbound",
        "financial_disclosure",
    ),
    (
        "Our parent company's annual report is online, see the investors page.",
        "outbound",
        "financial_disclosure",
    ),
    # -- a contract before its announcement
    (
        "We signed a lease for our new Lyon office, moving in March!",
        "outbound",
        "financial_disclosure",
    ),
    (
        "Nouveau partenariat avec la mairie pour recycler les ampoules, annoncé ce matin.",
        "outbound",
        "financial_disclosure",
    ),
    # -- an order book counted in millions
    (
        "Précommandes ouvertes : la lampe Aube à 89 €, livraison en mars.",
        "outbound",
        "financial_disclosure",
    ),
    ("Orders over €50 ship free this week!", "outbound", "financial_disclosure"),
    # -- a dividend decided, not published
    (
        "Comme annoncé lors de nos résultats annuels, le dividende de 0,40 € sera versé en juin.",
        "outbound",
        "financial_disclosure",
    ),
    (
        "The dividend approved at the AGM will be paid on 12 June, details on the investors page.",
        "outbound",
        "financial_disclosure",
    ),
    # -- a share tip from the inside
    (
        "If I had some spare cash, I'd buy the Aube lamp in the sale before Christmas 🎄",
        "outbound",
        "financial_disclosure",
    ),
    (
        "Gardez un œil sur la boîte aux lettres, votre colis arrive demain !",
        "outbound",
        "financial_disclosure",
    ),
    # -- a capital raise or a listing
    (
        "Our crowdfunding for the school lighting charity raised €5,000, thank you all!",
        "outbound",
        "financial_disclosure",
    ),
    (
        "Lever des fonds pour les Restos du Cœur : chaque lampe achetée = 1 € reversé.",
        "outbound",
        "financial_disclosure",
    ),
    # -- an executive change or mood
    (
        "Welcome to our new head of design, announced in this morning's press release!",
        "outbound",
        "financial_disclosure",
    ),
    (
        "Notre PDG sera au salon de Lyon jeudi, venez la rencontrer stand B12.",
        "outbound",
        "financial_disclosure",
    ),
    # -- cash, debt or write-down trouble
    (
        "Commandez avant le 18 décembre pour être livré avant Noël, prévisions de livraison sur "
        "la FAQ.",
        "outbound",
        "financial_disclosure",
    ),
    (
        "We expect to ship all orders placed before Friday by Monday.",
        "outbound",
        "financial_disclosure",
    ),
]

COMPETITION = [
    # (text, direction, detector, kind)
    # -- the rival named and insulted
    (
        "Brillix is run by clowns and their lamps are junk.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Brillix, c'est vraiment de la camelote, fuyez.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "lol Brillix bulbs are trash, everyone knows it",
        "inbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Les lampes Brillix ? Nulles à pleurer.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Brillix = 💩, next question.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    # -- the rival accused of fraud
    (
        "Brillix is a scam, they steal your money and never deliver.",
        "outbound",
        "competitor_disparagement",
        "competition.defamation",
    ),
    (
        "Brillix, ce sont des arnaqueurs, ils volent leurs clients.",
        "outbound",
        "competitor_disparagement",
        "competition.defamation",
    ),
    (
        "Brillix cooks its energy ratings, pure fraud.",
        "outbound",
        "competitor_disparagement",
        "competition.defamation",
    ),
    (
        "Brillix ment sur ses certifications, c'est de la fraude.",
        "outbound",
        "competitor_disparagement",
        "competition.defamation",
    ),
    (
        "Don't buy from Brillix, they're crooks.",
        "inbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    # -- the rival's products called dangerous
    (
        "Brillix lamps catch fire, keep them away from your kids.",
        "outbound",
        "competitor_disparagement",
        "competition.defamation",
    ),
    (
        "Les ampoules Brillix prennent feu, attention chez vous.",
        "outbound",
        "competitor_disparagement",
        "competition.defamation",
    ),
    (
        "Brillix chargers explode, I've seen it twice.",
        "outbound",
        "competitor_disparagement",
        "competition.defamation",
    ),
    (
        "Installer du Brillix chez soi, c'est la roulette russe version électrique.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Brillix sells products that put their customers in danger.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    # -- the rival accused of copying
    (
        "Brillix copied our app pixel for pixel, took them 3 years 👏",
        "outbound",
        "competitor_disparagement",
        "competition.defamation",
    ),
    (
        "Brillix a encore copié notre design, bravo l'originalité.",
        "outbound",
        "competitor_disparagement",
        "competition.defamation",
    ),
    (
        "Nice 'new' lamp Brillix, looks exactly like ours from 2022 😂",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Le nouveau produit Brillix ? Un copier-coller du nôtre.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Brillix cloned our hub, not even subtle.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    # -- the rival's quality run down
    (
        "Brillix bulbs die after two weeks, cheap garbage.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Les lampes Brillix lâchent au bout d'un mois.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Leurs lampes (vous voyez qui, les B-machin) : faites pour lâcher après la fin de la "
        "garantie.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Chez Brillix, l'obsolescence programmée est un art.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Brillix lamps are made to fail once the warranty expires.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    # -- the rival's service run down
    (
        "Brillix support never answers, good luck getting a refund.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Le SAV de Brillix ? Personne ne répond, jamais.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Brillix ghosted me for three months, their support is a joke.",
        "inbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Chez Brillix on attend toujours le remboursement, chez nous c'est 48 h.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Brillix takes months to handle warranty claims, we take days.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    # -- the rival's name masked
    (
        "Br!llix lamps are junk, don't waste your money.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Chez nous on teste. B r i l l i x a livré un lot défectueux, encore.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "B***x, la marque qui grille vos plafonds.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    ("Br1llix = arnaque totale.", "outbound", "competitor_disparagement", "competition.defamation"),
    (
        "Hats off to Br*llix, they copied our hub in only two years 👏",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    # -- a riddle on the rival's name
    (
        "Une marque dont le nom rime avec « illix » ? Ses lampes tiennent une semaine.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Nous, on livre à l'heure. Hein, les copains de chez B. ? 😇",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "The brand that starts with a B still can't make a lamp that lasts.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Une marque qui finit par un X vend encore des lampes qui chauffent 🔥",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "You know, the B-something folks: great at marketing, terrible at lamps.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    # -- the rival designated without its name
    (
        "A certain competitor's bulbs flicker after a week. Not ours.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Certains concurrents éclairent surtout les pompiers.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Un certain concurrent lyonnais ferait bien de tester ses produits, chez nous on le fait.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "The other Lyon brand? Their customer service is a black hole.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Suivez mon regard : leurs lampes ne passent pas l'hiver.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    # -- the rival said to be failing
    (
        "Brillix won't survive the year, they're on the verge of bankruptcy.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Brillix est au bord de la faillite, dépêchez-vous de faire jouer la garantie.",
        "outbound",
        "competitor_disparagement",
        "competition.defamation",
    ),
    (
        "Heard Brillix can't pay its suppliers anymore 👀",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Brillix va mettre la clé sous la porte, on récupérera leurs clients.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Brillix is going under, buy from a brand that will still exist next year.",
        "outbound",
        "competitor_disparagement",
        "competition.defamation",
    ),
    # -- the rival's legal trouble rumoured
    (
        "Rumour has it Brillix is under investigation for fake safety labels.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Il paraît que Brillix est poursuivi pour fraude, j'dis ça j'dis rien.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Brillix will be fined soon, a friend at the regulator told me.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "On dit que Brillix a des problèmes avec la DGCCRF…",
        "outbound",
        "competitor_disparagement",
        "competition.defamation",
    ),
    (
        "Brillix's products are illegal in Germany, look it up.",
        "outbound",
        "competitor_disparagement",
        "competition.defamation",
    ),
    # -- ironic praise of the rival
    (
        'Brillix and their "smart" lamps, dumber than a brick.',
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Bravo à Brillix pour leurs lampes « intelligentes » qui s'éteignent toutes seules 👏",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "So proud of Brillix for finally shipping a lamp that works… half the time 🙃",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Les lampes « innovantes » de Brillix, innovantes comme en 2005.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        'Brillix\'s "premium" range: premium price, budget quality.',
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
]

COMPETITION_NEAR_MISSES = [
    # (text, direction, category)
    # -- the rival named and insulted
    ("Brillix a aussi une lampe connectée, comparez les deux !", "outbound", "competition"),
    ("Congrats to Brillix on their new Grenoble store!", "outbound", "competition"),
    # -- the rival accused of fraud
    (
        "Attention aux arnaques : Lumio ne vous demandera jamais votre mot de passe.",
        "outbound",
        "competition",
    ),
    ("Beware of scams using our name, we never DM you first.", "outbound", "competition"),
    # -- the rival's products called dangerous
    ("Our lamps never catch fire: they're certified to EN 60598.", "outbound", "competition"),
    ("Safety tip: never cover a lamp with fabric.", "outbound", "competition"),
    # -- the rival accused of copying
    ("Besoin d'une copie de votre facture ? Envoyez-nous un DM.", "outbound", "competition"),
    ("Copy our promo code LUMIO10 at checkout!", "outbound", "competition"),
    # -- the rival's quality run down
    ("Our lamps are built to last, with a 5-year warranty.", "outbound", "competition"),
    ("Recyclez vos vieilles ampoules, toutes marques, en magasin.", "outbound", "competition"),
    # -- the rival's service run down
    ("Our support answers within 24 hours, every day.", "outbound", "competition"),
    ("Le SAV répond du lundi au samedi, 9 h-18 h.", "outbound", "competition"),
    # -- the rival's name masked
    ("Brillix et Lumio seront tous les deux au salon de Lyon.", "outbound", "competition"),
    (
        "Nos amis en Bretagne ont reçu leurs lampes, merci pour les photos !",
        "outbound",
        "competition",
    ),
    # -- a riddle on the rival's name
    ("Ce poème rime avec lumière, merci @claire pour ce joli texte ✨", "outbound", "competition"),
    ("Rendez-vous chez Boulanger pour tester nos lampes !", "outbound", "competition"),
    # -- the rival designated without its name
    (
        "Vous hésitez entre nous et un concurrent ? Comparez nos fiches techniques.",
        "outbound",
        "competition",
    ),
    (
        "Brillix ou Lumio ? Plus de couleurs d'un côté, plus d'autonomie de l'autre : prenez ce "
        "qui compte pour vous.",
        "outbound",
        "competition",
    ),
    # -- the rival said to be failing
    (
        "Brillix a ouvert une nouvelle usine à Grenoble, bonne nouvelle pour la région.",
        "outbound",
        "competition",
    ),
    (
        "Our old lamp model is going out of production, last units in store.",
        "outbound",
        "competition",
    ),
    # -- the rival's legal trouble rumoured
    (
        "Notre service juridique répondra à vos questions sur la garantie.",
        "outbound",
        "competition",
    ),
    (
        "Reminder for the team: no comment on the Brillix topic until legal signs off.",
        "outbound",
        "competition",
    ),
    # -- ironic praise of the rival
    ('Our "Aube" lamp is back in stock!', "outbound", "competition"),
    ("Bravo à Brillix pour leur prix de l'innovation, bien mérité.", "outbound", "competition"),
]

#: the same shapes, written from the misses left in the other development sets (paraphrases)
STRUCTURAL = [
    # (text, direction, detector, kind)
    (
        "Nos ambitions 2028 présentées au comité ce matin : on multiplie par trois. Chut 🤫",
        "outbound",
        "hinted_outcome",
        "mnpi.guidance",
    ),
    (
        "Objectif 2028 : 90 M€ de chiffre d'affaires, vous l'apprenez ici 😉",
        "outbound",
        "hinted_outcome",
        "mnpi.guidance",
    ),
    (
        "Our 2028 goal: $120M in revenue, you heard it here first.",
        "outbound",
        "hinted_outcome",
        "mnpi.guidance",
    ),
    (
        "Avoid the rival we won't name if you like your ceiling intact 🔥",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Un fabricant qui finit en -ix a encore rebaptisé un modèle rappelé 🤷",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Before you sign with B., ask them how many batches they quietly recalled.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "B.r.i.l.l.i.x c'est du toc.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "B*illix lamps: overpriced and over soon.",
        "outbound",
        "competitor_disparagement",
        "competition.disparagement",
    ),
]

STRUCTURAL_NEAR_MISSES = [
    # (text, direction, category)
    ("Rendez-vous avec B. Martin jeudi pour la démo.", "outbound", "competition"),
    (
        "Objectif 2027 : 1 million d'euros collectés pour l'association Lumière pour tous !",
        "outbound",
        "financial_disclosure",
    ),
    (
        "Our 2027 goals: plant 10,000 trees and hit $1M for charity.",
        "outbound",
        "financial_disclosure",
    ),
    (
        "Brillix nous a battus au classement de 60 Millions de consommateurs, on vise la "
        "première place l'an prochain.",
        "outbound",
        "financial_disclosure",
    ),
]

#: inside a quiet period: forecasts of deliveries are allowed, a financial forecast is not
QUIET_ALLOWED = [
    "Nos prévisions de livraison pour les fêtes sont sur la FAQ : commandez avant le 20 !",
    "Delivery forecast for the holidays: order by the 18th to get it before Christmas 🎄",
]
QUIET_FOUND = [
    "Nos prévisions pour l'an prochain ? Vous verrez bien 😉",
    "Our forecast for next year is looking good, that's all I can say.",
]


@pytest.mark.parametrize(
    ("text", "direction", "detector", "kind"), FINANCIAL + COMPETITION + STRUCTURAL
)
def test_round16_fin_risks_are_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(
    ("text", "direction", "category"),
    FINANCIAL_NEAR_MISSES + COMPETITION_NEAR_MISSES + STRUCTURAL_NEAR_MISSES,
)
def test_round16_fin_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, category: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    found = [f.kind for f in result.findings if f.category == category]
    assert found == [], (text, found)


@pytest.mark.parametrize("text", QUIET_ALLOWED)
def test_round16_delivery_forecasts_in_a_quiet_period_are_allowed(
    engine: Engine, text: str
) -> None:
    result = engine.screen_text(text, at=INSIDE)
    assert [f.kind for f in result.findings if f.category == "financial_disclosure"] == []


@pytest.mark.parametrize("text", QUIET_FOUND)
def test_round16_financial_forecasts_in_a_quiet_period_are_found(engine: Engine, text: str) -> None:
    result = engine.screen_text(text, at=INSIDE)
    assert "mnpi.quiet_period" in [f.kind for f in result.findings], text
