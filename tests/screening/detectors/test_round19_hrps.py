"""Round 19 (structural) for the human resources and personal security families, after blind17
and train-o to train-t.

Per kind, ten wordings written before the rule was final (French and English, several
registers): the first five (with the corpus posts) shaped the rule, the last five were held out
and checked afterwards (see the "Round 19" paragraphs of docs/detectors/human_resources.md and
docs/detectors/personal_security.md for the held-out hit rates). Clean look-alikes are near-miss
rows. Kinds: a salary told with a hedge ("makes like 180k"); a commitment put off, told to a
team with a wink; a rival's staff taken, its pay said better, its staff fleeing to us; a gate
at a named airport, a hotel's floor; an executive's routine at a private place; an executive's
trip told by its detail and its when. Rows check the family (category)."""

from __future__ import annotations

import pytest

from tocsin import Engine

HR = "human_resources"
PS = "personal_security"

RISKS = [
    # (text, direction, family)
    # -- a salary told with a hedge (shaping)
    ("heard the new head of sales makes like 180k + car lol, meanwhile I'm eating instant "
     "noodles", "outbound", HR),
    ("@lumio you'd think with what your head of design earns (heard it's 140k lol) the app "
     "would work", "inbound", HR),
    ("Le nouveau DAF gagne genre 12 k€ par mois, et nous on se bat pour les tickets resto",
     "outbound", HR),
    ("our CTO pulls in something like $250k apparently, must be nice", "outbound", HR),
    ("Julien touche dans les 65 k€ depuis sa promo, ça fait jaser à la compta", "outbound", HR),
    # -- (held out)
    ("the VP sales earns around 210k before bonus, no wonder he's always smiling", "outbound",
     HR),
    ("Sarah from finance makes roughly 95k now, not bad for 3 years in", "outbound", HR),
    ("la cheffe de projet touche près de 4 800 € net, c'est plus que le directeur d'agence",
     "outbound", HR),
    ("apparently our head of marketing is on about £120k, while the rest of us got 2%",
     "outbound", HR),
    ("Notre DRH gagne presque 9 000 € par mois selon une collègue de la paie", "outbound", HR),
    # -- a roster of names and amounts with a French negation ("ne me demandez pas")
    ("Tableau pour les augmentations : Karim Benali 41 k€, Julie Roche 39 k€, Paul Meyer 52 k€ "
     "— oui Paul touche plus, ne me demandez pas pourquoi", "outbound", HR),
    # -- a commitment put off, told to a team with a wink (shaping)
    ("Leadership offsite done. Customer service folks, I'd hold off on that kitchen renovation "
     "loan if I were you. That's all I can say 🤐", "outbound", HR),
    ("Petit conseil d'ami aux collègues du site de Villeurbanne : évitez de signer un bail de 3 "
     "ans en ce moment 😶", "outbound", HR),
    ("Warehouse crew, don't sign for that new car just yet. Trust me.", "outbound", HR),
    ("Les gars du dépôt de Metz, attendez avant de lancer les travaux de la maison, pour "
     "l'instant 😬", "outbound", HR),
    ("To the Lille team: I wouldn't take out a mortgage right now if I were you 👀", "outbound",
     HR),
    # -- (held out)
    ("Conseil à l'équipe compta : ne signez pas de compromis pour l'instant, vous me "
     "remercierez 😶", "outbound", HR),
    ("Support folks, maybe postpone that house extension until after the board meeting. Just "
     "saying", "outbound", HR),
    ("Collègues de l'usine de Roanne, je ne lancerais pas de gros travaux en ce moment, je dis "
     "ça je dis rien", "outbound", HR),
    ("Friendly advice to the QA team: hold off on any big loan for now 🤐", "outbound", HR),
    ("Aux copains de l'agence de Nantes : repoussez le crédit pour la voiture, à votre place "
     "j'attendrais 👀", "outbound", HR),
    # -- a rival's staff taken, its pay said better, its staff fleeing to us (shaping)
    ("On vient de piquer le lead data de Brillix avec +25 %, et on vise toute son équipe d'ici "
     "l'été 😎 #talentwar", "outbound", HR),
    ("@lumio your whole optics team should check their DMs 😉 Brillix pays 20% better and we "
     "don't do open spaces. Friendly regards from a Brillix talent partner", "inbound", HR),
    ("Breaking: Brillix's CEO is being investigated for fraud, their bulbs are a fire hazard, "
     "and their engineers are fleeing to us. Choose wisely.", "outbound", HR),
    ("We just snagged Brillix's head of design 😎 more to come", "outbound", HR),
    ("Honnêtement Brillix paie 15 % de plus, je comprends ceux qui partent", "outbound", HR),
    # -- (held out)
    ("Big week: we poached Brillix's entire firmware team, welcome aboard folks 🚀", "outbound",
     HR),
    ("On a débauché deux commerciaux de chez Brillix, ils commencent lundi 😏", "outbound", HR),
    ("Brillix pays way better than us and everyone in R&D knows it", "outbound", HR),
    ("Chez Brillix c'est la débandade, leurs ingés débarquent chez nous un par un 😂",
     "outbound", HR),
    ("We lured three engineers away from Brillix with a 4-day week 😎", "outbound", HR),
    # -- a gate at a named airport, a hotel's floor (shaping)
    ("claire just walked past me at Lyon-Saint-Exupéry gate 22 lmaooo with like no security at "
     "all, off to NY apparently", "outbound", PS),
    ("@travel_tess Claire's on the 7:05 shuttle to Orly tomorrow, gate's usually B2, say hi if "
     "you see her ✈️", "outbound", PS),
    ("Pour les journalistes qui veulent une interview : la PDG loge au palace de l'avenue Hoche "
     "jusqu'à jeudi, demandez le 5e étage à la réception après 19h 😉", "outbound", PS),
    ("our CFO is sitting at Heathrow gate A10 right now, flight delayed again 🙃", "outbound", PS),
    ("Claire dort au Sofitel ce soir, 12e étage, elle adore la vue", "outbound", PS),
    # -- (held out)
    ("Spotted our CEO at Charles de Gaulle gate K42, looks like she's heading to Montreal",
     "outbound", PS),
    ("Le DG est au Hilton jusqu'à vendredi, il est au 8e étage si vous voulez lui déposer le "
     "dossier", "outbound", PS),
    ("Claire's boarding at Orly, gate's always 34 for the Nice shuttle", "outbound", PS),
    ("Our founder is staying at the Marriott near the expo, 14th floor, come say hi after 7pm",
     "outbound", PS),
    ("Notre présidente séjourne à l'hôtel Mercure de la gare, chambre au 3e étage, elle repart "
     "lundi", "outbound", PS),
    # -- an executive's routine at a private place (shaping)
    ("Every Tuesday and Thursday our area manager Tom does the 6am class at the gym next to the "
     "Part-Dieu office before his customer rounds. Absolute legend.", "outbound", PS),
    ("Croisé notre présidente ce matin au marché du plateau, panier sous le bras, comme chaque "
     "dimanche à l'heure du café. Une patronne accessible, ça fait plaisir !", "outbound", PS),
    ("Fun fact: our CEO swims at the Garibaldi pool every Monday at 7am, rain or shine",
     "outbound", PS),
    # -- (held out)
    ("Tous les vendredis soir, notre directeur commercial joue au tennis au club de Caluire, "
     "toujours le même court", "outbound", PS),
    ("Our CFO never misses Sunday mass at Saint-Nizier, every Sunday 10am sharp", "outbound",
     PS),
    ("La fondatrice fait son footing tous les matins au parc de la Tête d'Or vers 6h30, une "
     "machine", "outbound", PS),
    ("If you want to pitch our head of sales, he's at the bar of the Sofitel every Thursday "
     "evening 😉", "outbound", PS),
    # -- an executive's trip told by its detail and its when (shaping)
    ("Escale à Dubaï pour la DRH et moi demain soir avant Singapour 🛫 on a eu l'upgrade, rang 7 "
     "chez Emirates, commandez vos dattes avant 22h !", "outbound", PS),
    ("Confession d'assistante : depuis trois ans je réserve à la boss le même hublot, même "
     "compagnie, même navette de 6h50 le lundi pour Paris. Si je change, c'est l'émeute",
     "outbound", PS),
    ("Our CMO just landed for the Dubai expo — if you spot a woman in a yellow Lumio hoodie at "
     "the Atlantis pool bar tonight, that's her 😎", "outbound", PS),
    ("Hâte de retrouver le soleil : la patronne et moi on file à Miami du 2 au 9 janvier, même "
     "hôtel sur Ocean Drive que l'an dernier, tu sais, le rose 🌴", "outbound", PS),
    # -- (held out)
    ("Notre DG prend la navette de 7h10 demain pour Roissy, hublot côté gauche comme toujours",
     "outbound", PS),
    ("Heads-up team: the boss is on the 6.40am flight tomorrow, seat 2A, don't call her before "
     "noon", "outbound", PS),
    ("Our founder has a layover in Frankfurt tonight, 3 hours at the lounge, anyone around?",
     "outbound", PS),
    ("La présidente rentre de New York demain, escale à Reykjavik, elle atterrit à 14h à CDG",
     "outbound", PS),
    ("Just booked our COO on the same flight as last year, Friday 6am, window seat 3F 🙌",
     "outbound", PS),
    # -- a child placed by a classmate at a named school
    ("@lumio_fr la petite de Claire Dubois est dans la même classe que mon fils à Sainte-Marie, "
     "elle lui a offert une lampe Lumio lol", "inbound", PS),
]

CLEAN = [
    # (text, direction, family)
    # -- near misses of a salary told with a hedge
    ("our head of sales makes about 40 calls a day, absolute machine", "outbound", HR),
    ("Le responsable magasin gagne environ 3 clients par jour grâce à la démo", "outbound", HR),
    ("Head of design earns praise for the new app, over 100k downloads already", "outbound", HR),
    ("Nos techniciens gagnent en moyenne environ 2 400 € brut, comme indiqué dans l'offre",
     "outbound", HR),
    ("Our head of design earns about 5 stars on every review, 100k fans can't be wrong",
     "outbound", HR),
    # -- near misses of a commitment put off
    ("Conseil de notre banque partenaire : évitez de signer un prêt immobilier quand les taux "
     "montent", "outbound", HR),
    ("Team tip for the holidays: don't take out a loan to buy gifts, set a budget 😉",
     "outbound", HR),
    ("Les gars, évitez de signer le bail sans état des lieux, conseil de l'agence immobilière",
     "outbound", HR),
    ("Sales team: hold off on the new car promo until Monday, the offer isn't live yet 👀",
     "outbound", HR),
    ("Les collègues du site de Lyon : pensez à signer le bail du nouveau local avant vendredi 😬",
     "outbound", HR),
    # -- near misses of a rival's staff taken
    ("Brillix offers more colours than us, but our bulbs last longer", "outbound", HR),
    ("We stole Brillix's team name for our hackathon lol", "outbound", HR),
    ("Brillix paie ses fournisseurs à 90 jours, nous à 30", "outbound", HR),
    ("Our customers keep coming over from Brillix, thanks for the trust 💡", "outbound", HR),
    ("Brillix's engineers are coming to our meetup tonight, welcome!", "outbound", HR),
    # -- near misses of a gate or a floor
    ("Our new showroom is on the 5th floor of the Hilton tower, opening Monday", "outbound", PS),
    ("Gate 22 of the warehouse is closed for deliveries today", "outbound", PS),
    ("Le salon se tient à l'hôtel Pullman, 2e étage, salle Lumière, entrée libre", "outbound",
     PS),
    ("Our lamps now light Orly's gate 12 lounge, come see them", "outbound", PS),
    ("Nous logeons nos clients au Novotel, accès par le 1er étage côté parking", "outbound", PS),
    # -- near misses of an executive's routine or trip
    ("Every Monday our CEO shares a book recommendation on LinkedIn 📚", "outbound", PS),
    ("Notre directrice d'agence tient une permanence chaque mardi à l'agence de Villeurbanne, "
     "venez !", "outbound", PS),
    ("Tous les samedis, notre boutique du marché de la Croix-Rousse est ouverte, le patron y "
     "passe parfois", "outbound", PS),
    ("Every Tuesday our store manager hosts a free lamp workshop at the Lyon shop, come and "
     "join!", "outbound", PS),
    ("Notre PDG anime chaque jeudi un live sur Instagram à 18h", "outbound", PS),
    ("Our CEO will speak at Vivatech on 12 June, her keynote starts at 10am", "outbound", PS),
    ("Le boss a validé l'upgrade du firmware de nos lampes demain à 9h", "outbound", PS),
    ("Our CFO will be on the 9am panel tomorrow at the Fintech summit", "outbound", PS),
    ("The CEO's shuttle bus for guests leaves the hotel at 8am tomorrow for the plant tour",
     "outbound", PS),
    ("Notre PDG a testé la navette autonome de Lyon ce matin à 10h, bluffant", "outbound", PS),
    # -- a page or a file that "lives at" an address
    ("Our status page lives at status.lumio.com — everything's green this morning ✅ If your "
     "lamp won't connect, check there first.", "outbound", PS),
]


def _categories(engine: Engine, text: str, direction: str) -> list[str]:
    result = engine.screen_text(text, direction=direction)
    return sorted({str(f.category.value) for f in result.findings})


@pytest.mark.parametrize(("text", "direction", "family"), RISKS)
def test_round19_kinds_are_found(engine: Engine, text: str, direction: str, family: str) -> None:
    found = _categories(engine, text, direction)
    assert family in found, (text, found)


@pytest.mark.parametrize(("text", "direction", "family"), CLEAN)
def test_round19_look_alikes_are_clean(
    engine: Engine, text: str, direction: str, family: str
) -> None:
    found = _categories(engine, text, direction)
    assert family not in found, (text, found)
