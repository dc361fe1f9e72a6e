"""Families of hinted wording added for the training sets d and e (issue #3): rumours and winks,
hints of cuts, mockery without insults, homes left empty without "maison vide". Each family is
found in both languages, in phrasings other than the posts it was learned from, and its
look-alikes are not."""

from __future__ import annotations

import pytest

from tocsin import Engine

MATCH = [
    # (text, direction, detector, kind)
    # insinuations about a competitor: rumours, innuendo, failures told as anecdotes
    ("Il paraît que Brillix cherche un repreneur avant l'été", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Word is Brillix can't make payroll this month. Not our business of course", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Ma lampe Brillix clignote dès qu'on ferme les volets, vous avez la même ?", "inbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Brillix's new hub? Funny how nobody at their booth could pair it", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    # hints of cuts and closures
    ("Le nouvel organigramme de l'équipe support tient sur un post-it", "outbound", "layoffs",
     "hr.layoffs"),
    ("Half of the Leeds team got a calendar invite from HR for Monday 8am", "outbound",
     "layoffs", "hr.layoffs"),
    # a person's dismissal or sanction hinted
    ("Notre chef de rayon a reçu un avertissement pour les retards, ambiance", "outbound",
     "layoffs", "hr.dismissal"),
    ("Apparently my colleague is no longer a good fit after ten years", "outbound", "layoffs",
     "hr.dismissal"),
    # health of a colleague in everyday words
    ("Ma collègue est arrêtée depuis mars pour sa sciatique, courage", "outbound",
     "employee_health", "hr.employee_health"),
    ("Our intern was diagnosed last week, please be kind to him", "outbound",
     "employee_health", "hr.employee_health"),
    # a competitor's staff lured with pay
    ("Chez Brillix un dev firmware gagne bien moins qu'ici, écrivez-moi", "outbound",
     "poaching", "hr.poaching"),
    ("Heard Brillix earns their engineers peanuts. Our new hire from Brillix agrees", "outbound",
     "poaching", "hr.poaching"),
    # mockery of customers without an insult
    ("Le client du jour voulait une lampe sans ampoule. On a dit oui, par politesse", "outbound",
     "insults", "reputation.insult"),
    ("Dear customer who unplugged the lamp to save power: we found the issue. With a microscope",
     "outbound", "insults", "reputation.insult"),
    # internal chatter in other words
    ("Note to self: remind legal about the recall letters before Friday", "outbound",
     "internal_chatter", "reputation.internal_chatter"),
    ("Réunion de crise demain 9h sur les retours, prévenez l'équipe qualité", "outbound",
     "internal_chatter", "reputation.internal_chatter"),
    # absolute promises in other words
    ("Avec la Nova, plus jamais de facture d'électricité en hiver", "outbound",
     "unrealistic_promises", "reputation.unrealistic_promise"),
    ("Install in a minute: any home, any wiring, zero exceptions", "outbound",
     "unrealistic_promises", "reputation.unrealistic_promise"),
    # complaints that threaten to escalate
    ("@lumio trois semaines sans réponse du SAV, j'ai écrit à un journaliste", "inbound",
     "complaints", "reputation.complaint"),
    ("Your support deleted my review twice. Screenshots are going up everywhere", "inbound",
     "complaints", "reputation.complaint"),
    # a home left empty, said otherwise
    ("Mon voisin a laissé ses clés pour que je nourrisse son chat pendant un mois", "outbound",
     "whereabouts", "whereabouts.empty_home"),
    ("Our boss is in Lisbon all week, I'm watering her plants 🌱", "outbound", "whereabouts",
     "whereabouts.empty_home"),
    # a trip with its length
    ("Notre fondatrice part trois semaines au Japon, déconnectée", "outbound", "whereabouts",
     "whereabouts.absence"),
    ("Our CEO is off-grid in Norway till the 12th, no phones", "outbound", "whereabouts",
     "whereabouts.absence"),
    # where someone lives, without a street number
    ("Notre stagiaire habite juste au-dessus de la boutique, pratique", "outbound",
     "whereabouts", "whereabouts.home_address"),
    ("Our store manager lives two doors down from the shop", "outbound", "whereabouts",
     "whereabouts.home_address"),
    # threats to come and find someone
    ("Je sais où votre PDG habite, je vais passer lui parler de mon dossier", "inbound",
     "whereabouts", "whereabouts.threat"),
    ("I know where your CEO lives. Maybe I'll explain in person", "inbound", "whereabouts",
     "whereabouts.threat"),
    # journeys with their train and seat
    ("Notre DG prend le TGV de 7h à Part-Dieu, voiture 3, siège 41", "outbound", "whereabouts",
     "whereabouts.schedule"),
    ("Our CFO on the 8:10 train from Lyon station, first class, seat 12", "outbound",
     "whereabouts", "whereabouts.schedule"),
    # winks about unpublished financial news
    ("Disons que nos actionnaires vont aimer les chiffres du T4 😏", "outbound",
     "financial_disclosure", "mnpi.results"),
    ("Let's just say a very big client signed for 200 stores. You didn't hear it from me",
     "outbound", "financial_disclosure", "mnpi.results"),
]

NEAR_MISSES = [
    # (text, direction, detector)
    ("Bravo à Brillix pour leur prix au salon, bien mérité", "outbound",
     "competitor_disparagement"),
    ("Is the Lumio hub compatible with Brillix bulbs via Matter?", "inbound",
     "competitor_disparagement"),
    ("Comme annoncé au CSE ce matin, nous ouvrons un site à Grenoble avec 40 nouveaux emplois",
     "outbound", "layoffs"),
    ("Our new office opens in May: welcome to the whole Leeds team!", "outbound", "layoffs"),
    ("Dernière chance pour commander votre lampe avant Noël", "outbound", "layoffs"),
    ("Last chance to grab the Halo at -20%!", "outbound", "layoffs"),
    ("Semaine de la santé au travail : nos conseils de prévention pour tous", "outbound",
     "employee_health"),
    ("Mental health matters: every employee gets two extra days off", "outbound",
     "employee_health"),
    ("Brillix recrute aussi à Lyon ? Tant mieux pour le secteur", "outbound", "poaching"),
    ("Merci à nos clients pour leurs 5 étoiles, vous êtes formidables", "outbound", "insults"),
    ("Thank you to our customers for every review this year", "outbound", "insults"),
    ("Bravo à toute l'équipe pour le prix du meilleur produit", "outbound", "internal_chatter"),
    ("Our support team is here if anything goes wrong", "outbound", "internal_chatter"),
    ("We promise one thing: if it fails within the warranty, we replace it", "outbound",
     "unrealistic_promises"),
    ("Bonjour, je suis journaliste : pouvez-vous confirmer la date du lancement ?", "inbound",
     "complaints"),
    ("Partez l'esprit tranquille : vos lampes simulent votre présence", "outbound",
     "whereabouts"),
    ("Home alone this weekend? Try the Cinema scene in the app", "outbound", "whereabouts"),
    ("La lumière du soir habite chaque pièce avec la Halo", "outbound", "whereabouts"),
    ("Le vol de nuit Paris–Tokyo se prépare : mode sommeil et un bon masque", "outbound",
     "whereabouts"),
    ("Nos résultats du T4 seront publiés le 28 janvier, save the date", "outbound",
     "financial_disclosure"),
    ("Let's just say our new lamp is the brightest we ever made", "outbound",
     "financial_disclosure"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_hinted_wording_is_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    found = {(f.detector, f.kind) for f in result.findings}
    assert (detector, kind) in found, (text, found)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_hinted_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    assert [f.kind for f in result.findings if f.detector == detector] == [], text


# -- families added for the training sets f, g and h (issue #3): reputation, human resources and
# competition said indirectly. Paraphrases, not corpus posts: each row is another way of saying
# what a family is about, and each near miss a clean post that shares its words.

MATCH_FGH = [
    # (text, direction, detector, kind)
    # a competitor's products hinted dangerous, copied, cheap, short-lived
    ("Un ami a remplacé ses Brillix : elles sentaient le brûlé dès le premier soir", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Ask anyone who owns a Brillix lamp how their smoke alarm is doing", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Brillix's new dimmer looks strangely similar to ours. Great minds, I guess", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Les Brillix ? Ça tient même pas un hiver dans une salle de bain", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Brillix bulbs come straight from the bargain bin, mine gave up in a week", "inbound",
     "competitor_disparagement", "competition.disparagement"),
    # the competitor as a company: turnover, hidden facts, a loaded contrast
    ("Chez Brillix le manager change tous les six mois, bon courage à leurs équipes", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Brillix's 'record year' release conveniently skipped the recall", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    # the wink that frames it
    ("Brillix a zappé le salon sécurité cette année. Allez savoir pourquoi", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Brillix skipped the safety summit again. I'll just leave that here", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    # the competitor veiled or masked
    ("Certains concurrents vendent surtout des extincteurs, suivez mon regard", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("A certain competitor keeps 'discovering' our features a few weeks later", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("B***x ? Des lampes qui se rallument toutes seules la nuit, non merci", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Br1llix lamps flicker like a cheap disco, avoid", "inbound",
     "competitor_disparagement", "competition.disparagement"),
    # cuts said in a memo's words or with a wink
    ("Des choix difficiles nous attendent côté organisation, nous sortirons plus agiles",
     "outbound", "layoffs", "hr.layoffs"),
    ("If you're on the Leeds support team, now is a good time to dust off your CV", "outbound",
     "layoffs", "hr.layoffs"),
    ("Bon courage aux collègues de l'atelier, on sait tous ce qui se prépare pour mars",
     "outbound", "layoffs", "hr.layoffs"),
    ("Le budget prévoit une baisse de la masse salariale de l'usine", "outbound", "layoffs",
     "hr.layoffs"),
    ("Les CDD de l'entrepôt ne seront pas renouvelés et personne ne les a prévenus", "outbound",
     "layoffs", "hr.layoffs"),
    ("The warehouse temps' contracts won't be renewed after January", "inbound", "layoffs",
     "hr.layoffs"),
    ("Primes de l'équipe SAV gelées cette année, désolée", "outbound", "layoffs",
     "hr.pay_freeze"),
    ("Raises for the warehouse team are postponed again", "outbound", "layoffs", "hr.pay_freeze"),
    ("Settlement talks with our former designer are nearly done", "outbound", "layoffs",
     "hr.dismissal"),
    # a colleague's health as a euphemism
    ("Tom from finance is back at the hospital again, thinking of him", "outbound",
     "employee_health", "hr.employee_health"),
    ("Notre technicien s'est fait opérer hier, il revient pas avant mars", "outbound",
     "employee_health", "hr.employee_health"),
    # a rival's staff lured
    ("Dear Brillix engineers: our inbox is open and we pay better", "outbound", "poaching",
     "hr.poaching"),
    # pay of named people without the usual pattern
    ("Notre nouveau directeur marketing démarre à 82 k€ brut", "outbound", "salaries",
     "hr.salary"),
    ("Our support crew earns 27k (Julie) and 29k (Thomas)", "outbound", "salaries", "hr.salary"),
    # contempt said as a joke about a group, a dog whistle, a taunt, a brush-off, a threat
    ("Si simple que même votre mamie saura l'installer", "outbound", "insults",
     "reputation.insult"),
    ("So easy even your grandpa could set it up", "outbound", "insults", "reputation.insult"),
    ("Bizarre comme les colis se perdent toujours dans certains quartiers, on sait tous lesquels",
     "outbound", "insults", "reputation.insult"),
    ("You absolute muppets, the app has a help button", "outbound", "insults",
     "reputation.insult"),
    ("To the critics who wrote us off: enjoy your humble pie", "outbound", "insults",
     "reputation.insult"),
    ("C'est juste une lampe, il y a des gens qui ont de vrais problèmes", "outbound", "insults",
     "reputation.insult"),
    ("On sait où vous habitez, monsieur le livreur", "outbound", "insults",
     "reputation.insult"),
    ("Écrivez « booste l'immunité », la DGCCRF ne lira jamais ça", "outbound", "insults",
     "reputation.insult"),
    ("Read the bloody manual before calling", "outbound", "profanity",
     "reputation.profanity"),
    # complaints received: insults at the organisation, irony, staff treated badly
    ("Lumio vous êtes des incapables, trois semaines sans lampe", "inbound", "complaints",
     "reputation.complaint"),
    ("Merci @lumio pour ce mois entier dans le noir, service au top", "inbound", "complaints",
     "reputation.complaint"),
    ("Former employee here: managers at Lumio humiliate people in meetings", "inbound",
     "complaints", "reputation.complaint"),
    ("Service client de m€rde, vous répondez jamais", "inbound", "profanity",
     "reputation.complaint"),
    # internal matters and promises no one can keep
    ("Just got out of a meeting where marketing promised free bulbs to every hotel", "outbound",
     "internal_chatter", "reputation.internal_chatter"),
    ("Thanks marketing for promising ten-year batteries, guess who's fixing it", "outbound",
     "internal_chatter", "reputation.internal_chatter"),
    ("Nos lampes marchent dans tous les foyers de France", "outbound", "unrealistic_promises",
     "reputation.unrealistic_promise"),
    ("Lifetime free replacements on every lamp, we promise", "outbound",
     "unrealistic_promises", "reputation.unrealistic_promise"),
]

NEAR_MISSES_FGH = [
    # (text, direction, detector)
    ("Brillix est en feu cette année, bravo pour leur prix de design", "outbound",
     "competitor_disparagement"),
    ("Congrats Brillix, your new lamp is so far ahead of last year's", "outbound",
     "competitor_disparagement"),
    ("Brillix a rejoint l'alliance Matter, bonne nouvelle pour tout le monde", "outbound",
     "competitor_disparagement"),
    ("Lumio a dépassé Brillix en nombre d'avis cette année", "outbound",
     "competitor_disparagement"),
    ("Shout-out to our beta testers, you know who you are!", "outbound",
     "competitor_disparagement"),
    ("Découvrez ce qui se prépare pour le printemps : trois nouvelles lampes", "outbound",
     "layoffs"),
    ("Nous déménageons : nouveaux locaux plus grands pour toute l'équipe", "outbound",
     "layoffs"),
    ("We're laying off… single-use plastic! All packaging is now cardboard", "outbound",
     "layoffs"),
    ("Code promo : frais de port à zéro et une ampoule en bonus", "outbound", "layoffs"),
    ("Mon père est diabétique et adore sa lampe Warm", "inbound", "employee_health"),
    ("Rejoignez l'équipe de Julie : CDI, 38 k€ brut selon profil", "outbound", "salaries"),
    ("Un ancien de Brillix m'a raconté leurs débuts, passionnant", "outbound", "poaching"),
    ("Offrez une lampe à votre mamie pour Noël", "outbound", "insults"),
    ("Livraison disponible dans certains quartiers de Lyon dès lundi", "outbound", "insults"),
    ("Enjoy your new lamp, and thanks to every reviewer", "outbound", "insults"),
    ("Bloody Mary night at the showroom, come along", "outbound", "profanity"),
    ("Merci @lumio, lampe remplacée en deux jours, service au top", "inbound", "complaints"),
    ("Putain que la lampe Arc est belle, j'en ai pris trois", "inbound", "complaints"),
    ("30-day money-back guarantee on every lamp, no questions asked", "outbound",
     "unrealistic_promises"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH_FGH)
def test_fgh_families_are_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    found = {(f.detector, f.kind) for f in result.findings}
    assert (detector, kind) in found, (text, found)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES_FGH)
def test_fgh_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    assert [f.kind for f in result.findings if f.detector == detector] == [], text


# Families written for authors the rules never saw (training sets f, g and h): each row is a
# paraphrase in other words than the posts the family was learned from.
MATCH_UNSEEN_AUTHORS = [
    # (text, direction, detector, kind)
    # financial: a secrecy hedge next to a financial object, promises to holders, nudges
    ("Conseil ce matin. Je ne peux rien dire, mais les actionnaires vont aimer février",
     "outbound", "financial_disclosure", "mnpi.results"),
    ("Board met today. Can't say more, except that patient shareholders will be glad",
     "outbound", "financial_disclosure", "mnpi.results"),
    ("Ceux qui vendent leurs actions maintenant vont s'en mordre les doigts", "outbound",
     "financial_disclosure", "mnpi.results"),
    ("If you hold our shares, don't sell now. Next quarter will be fun", "outbound",
     "financial_disclosure", "mnpi.results"),
    ("The consensus for the fourth quarter looks way too low to me", "outbound",
     "financial_disclosure", "mnpi.results"),
    ("Notre chiffre d'affaires va franchir la barre des 200 millions cette année", "outbound",
     "financial_disclosure", "mnpi.guidance"),
    # deals described instead of named, sized in digits, signed with a volume, lost
    ("Contrat à huit chiffres signé avec une grande enseigne de bricolage", "outbound",
     "financial_disclosure", "mnpi.contract"),
    ("Deal signed with one of the biggest hotel groups in Spain, can't name them yet",
     "outbound", "financial_disclosure", "mnpi.contract"),
    ("Just closed 2 500 lamps for a hospital network, the press release can wait", "outbound",
     "financial_disclosure", "mnpi.contract"),
    ("Mon cousin chez eux dit qu'ils ont perdu leur plus gros client", "inbound",
     "financial_disclosure", "mnpi.contract"),
    # takeovers hinted
    ("Rumeurs de rachat ? Pas de commentaire, mais les banquiers sont là toute la semaine",
     "outbound", "financial_disclosure", "mnpi.m_and_a"),
    ("Our friends in Turin will soon join the family. Deal talks are going well",
     "outbound", "financial_disclosure", "mnpi.m_and_a"),
    # compliance: medication replaced, diseases waved goodbye to, returns as figures
    ("Avec la Sol, plus besoin de somnifères le soir", "outbound", "health_claims",
     "compliance.cure_claim"),
    ("Honestly this lamp replaced my anxiety meds, everyone should try it", "inbound",
     "health_claims", "compliance.cure_claim"),
    ("Say goodbye to migraines with ten minutes of light a day", "outbound", "health_claims",
     "compliance.cure_claim"),
    ("Placez 500 € dans notre programme, touchez 8 % par mois, c'est garanti", "outbound",
     "guaranteed_returns", "compliance.guaranteed_return"),
    ("Invest in our solar lamp bonds: +15 % guaranteed by next spring", "outbound",
     "guaranteed_returns", "compliance.guaranteed_return"),
    # discrimination: ages as ranges and limits, sex in other words
    ("Recrutement magasinier : jeunes hommes de 20 à 28 ans", "outbound", "job_discrimination",
     "compliance.discrimination"),
    ("Warehouse crew wanted: strong lads, no older than 30 years", "outbound",
     "job_discrimination", "compliance.discrimination"),
    # special-category data: apposition, health events with their verb, union lists
    ("Bravo à Julie de la logistique, déléguée FO depuis mars", "outbound",
     "special_category_data", "compliance.special_category"),
    ("Karim from logistics had surgery on his knee last week, send him love", "outbound",
     "special_category_data", "compliance.special_category"),
    # copyright and image rights left for later; fake reviews
    ("On a mis la chanson d'un dessin animé sur la vidéo, personne ne verra rien", "outbound",
     "copyright_flags", "compliance.copyright"),
    ("We'll sort the photo rights later if the agency ever complains", "outbound",
     "copyright_flags", "compliance.copyright"),
    ("Plan for launch week: write our own reviews on the marketplace", "outbound",
     "fake_reviews", "compliance.fake_reviews"),
    # personal security: alone until a time, itineraries, empty homes said otherwise
    ("Notre responsable de boutique ferme seule tous les soirs jusqu'à 21h", "outbound",
     "whereabouts", "whereabouts.alone"),
    ("Cette semaine : lundi Rennes, mardi Brest, mercredi Quimper, dodo à l'hôtel", "outbound",
     "whereabouts", "whereabouts.schedule"),
    ("Notre DG part demain pour dix jours à Lisbonne", "outbound", "whereabouts",
     "whereabouts.absence"),
    ("Our HR lead is away for two weeks, her place in Bron will be so quiet", "outbound",
     "whereabouts", "whereabouts.empty_home"),
    ("Guess who is having dinner at the back of Le Bouchon tonight? The big boss", "outbound",
     "whereabouts", "whereabouts.location"),
    ("Nadia from accounting is recovering at the clinic, visiting hours 2 to 5", "outbound",
     "whereabouts", "whereabouts.schedule"),
    ("Streaming from home tonight, my window looks onto the Place des Terreaux", "outbound",
     "whereabouts", "whereabouts.home_address"),
    # children: activities and pick-ups said with a pronoun
    ("Mon fils a son entraînement de rugby tous les samedis à 10h", "outbound", "family",
     "family.child_school"),
    ("I pick him up at the school gate at 3:15, then back to the office", "outbound", "family",
     "family.child_schedule"),
    # travel: retreats, holiday lodgings, routes, rooms near a verb of staying
    ("Board retreat in Annecy next week, the whole top floor of the hotel is ours", "outbound",
     "travel", "travel.hotel"),
    ("Our founder's chalet in Megève, she's there until the 3rd", "outbound", "travel",
     "travel.hotel"),
    ("Claire flies LYS→LHR on Monday morning", "outbound", "travel", "travel.airport"),
    ("Devinez qui dort au-dessus du bar, ch. 318 😂", "outbound", "travel", "travel.hotel_room"),
    # data leaks: passwords after adverbs, door codes without a colon, hints at credentials
    ("Le mot de passe du wifi invités c'est toujours Lumio2026!", "outbound", "password",
     "secret.password"),
    ("Door code for the depot changed: now it's 7719A", "outbound", "password",
     "secret.password"),
    ("digicode 58B21 pour la soirée chez Paul", "outbound", "password", "secret.password"),
    ("The admin password is still on a sticky note under the keyboard", "outbound",
     "confidentiality_markers", "secret.credential_hint"),
    ("Le code de l'alarme n'a pas changé depuis 2018, pensez-y", "outbound",
     "confidentiality_markers", "secret.credential_hint"),
    # confidential: code names cut or hinted, off the record, internal data
    ("Project Night-jar hits its next milestone", "outbound", "confidential_terms",
     "confidential.code_name"),
    ("Nom de code ? Je ne peux pas le dire, mais la sortie est prévue au printemps", "outbound",
     "confidentiality_markers", "confidential.marker"),
    ("Our distributor told us off the record that the Halo range is being discontinued",
     "outbound", "confidentiality_markers", "confidential.marker"),
    ("Straight from my dashboard: our top 5 accounts by volume this year", "outbound",
     "confidentiality_markers", "confidential.marker"),
    ("We just moved the firmware to a new SoC that nobody is supposed to know about yet",
     "outbound", "confidentiality_markers", "confidential.marker"),
]

NEAR_MISSES_UNSEEN_AUTHORS = [
    # (text, direction, detector)
    ("Je ne peux rien dire de plus sur votre commande, le service client vous répond",
     "outbound", "financial_disclosure"),
    ("Our privacy policy, short version: we don't sell your data", "outbound",
     "financial_disclosure"),
    ("Signed up 300 people for the lamp workshop this Saturday!", "outbound",
     "financial_disclosure"),
    ("This year's trade show went better than expected, thanks for visiting our booth",
     "outbound", "financial_disclosure"),
    ("Bienvenue à Julie qui vient de rejoindre la famille Lumio au service client", "outbound",
     "financial_disclosure"),
    ("Nos lampes ne soignent pas l'insomnie : pour un traitement, parlez-en à votre médecin",
     "outbound", "health_claims"),
    ("A soft reminder light for your evening medication, next to the pill box", "outbound",
     "health_claims"),
    ("Nos luminaires consomment 60 % de moins, économies garanties sur la facture", "outbound",
     "guaranteed_returns"),
    ("Nous recrutons (H/F) pour une équipe de 25 à 30 personnes, horaires 9-17h", "outbound",
     "job_discrimination"),
    ("Hiring booth hosts, all genders, 18+, no photo required", "outbound",
     "job_discrimination"),
    ("Beware of fake reviews: we never buy reviews, every star here is real", "outbound",
     "fake_reviews"),
    ("Merci pour vos 200 avis 5 étoiles, vous êtes formidables", "outbound", "fake_reviews"),
    ("Partez en croisière l'esprit tranquille : vos lampes simulent votre présence", "outbound",
     "whereabouts"),
    ("Tournée de livraison : lundi Lyon, mardi Grenoble, mercredi Annecy", "outbound",
     "whereabouts"),
    ("Our new showroom overlooks the Saône, come and see us", "outbound", "whereabouts"),
    ("Cette lampe s'allume toute seule jusqu'à 22h grâce au minuteur", "outbound",
     "whereabouts"),
    ("Une maison calme et lumineuse avec la Halo, même en hiver", "outbound", "whereabouts"),
    ("Je serai en congé du 22 au 26, Hugo reprend mes dossiers : contactez-le", "outbound",
     "whereabouts"),
    ("Chambre 2 : le bébé dort mieux avec la veilleuse", "outbound", "travel"),
    ("Astuce sécurité : un bon mot de passe n'est jamais le même partout", "outbound",
     "confidentiality_markers"),
    ("Never use 'Lumio2026' as your password", "outbound", "password"),
    ("A nightjar sang all night near our campsite, what a bird", "inbound",
     "confidential_terms"),
    ("Thank you to our customers: they trust us, read the case study", "outbound",
     "confidentiality_markers"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH_UNSEEN_AUTHORS)
def test_unseen_author_wording_is_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    found = {(f.detector, f.kind) for f in result.findings}
    assert (detector, kind) in found, (text, found)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES_UNSEEN_AUTHORS)
def test_unseen_author_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    assert [f.kind for f in result.findings if f.detector == detector] == [], text


# -- blind6 (issue #3): reputation, human resources and competition wordings, paraphrased -------

MATCH_BLIND6_PEOPLE_AND_RIVALS = [
    # (text, direction, detector, kind)
    # contempt for customers without an insult word
    ("To the guy who sent 20 angry DMs: we read them all. We'll be ignoring the rest too",
     "outbound", "insults", "reputation.insult"),
    ("Si brancher une ampoule vous semble trop dur, ce produit n'est pas pour vous",
     "outbound", "insults", "reputation.insult"),
    ("Aux clients qui râlent pour un jour de retard : on a une vie aussi", "outbound",
     "insults", "reputation.insult"),
    ("Une cliente nous demande si la lampe capte la radio. On lui a dit oui, elle est ravie",
     "outbound", "insults", "reputation.insult"),
    ("A gentleman sent back a 'broken' lamp still sealed. Straight into the blooper reel",
     "outbound", "insults", "reputation.insult"),
    # absolute promises in other words
    ("Notre nouvelle box règle absolument tous les problèmes de wifi, sans exception",
     "outbound", "unrealistic_promises", "reputation.unrealistic_promise"),
    ("If a light ever fails we replace it: no receipt, no questions, for life", "outbound",
     "unrealistic_promises", "reputation.unrealistic_promise"),
    # ironic complaints
    ("My @lumio lamp flashed all night again. Who needs sleep anyway #notsosmart", "inbound",
     "complaints", "reputation.complaint"),
    ("Deuxième panne en un mois, j'en ai fini avec vous et je vais le dire à tout le monde",
     "inbound", "complaints", "reputation.complaint"),
    # cuts hinted
    ("The third floor gets a fresh start next spring: fewer desks, say your goodbyes",
     "outbound", "layoffs", "hr.layoffs"),
    ("Collègues du support : ne renouvelez pas l'abonnement à la salle après mars, simple "
     "intuition", "inbound", "layoffs", "hr.layoffs"),
    ("Le service achats a été invité à déménager à Lyon d'ici juin, faites le calcul",
     "outbound", "layoffs", "hr.layoffs"),
    ("HR booked 15-minute slots with a lawyer all Thursday for the marketing team",
     "outbound", "layoffs", "hr.layoffs"),
    ("Son poste est publié sur un site d'emploi et elle n'est pas au courant", "outbound",
     "layoffs", "hr.dismissal"),
    # a rival's staff lured
    ("Brillix's support team is jumping ship, three of them start with us next week",
     "outbound", "poaching", "hr.poaching"),
    # competitor run down by a hint
    ("Brillix a encore rappelé des lampes qui surchauffent, un vrai kit de départ de feu",
     "outbound", "competitor_disparagement", "competition.disparagement"),
    ("Brillix's battery figures seem to change every time someone asks", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Brillix sort une « nouvelle » veilleuse : elle ressemble à notre modèle de l'an dernier",
     "outbound", "competitor_disparagement", "competition.disparagement"),
    ("Brillix promises bank-grade security now. The same people who left a server wide open?",
     "outbound", "competitor_disparagement", "competition.disparagement"),
]

NEAR_MISSES_BLIND6_PEOPLE_AND_RIVALS = [
    # (text, direction, detector)
    ("Brillix coûte moins cher à l'achat, nous consommons moins : faites le calcul avec notre "
     "simulateur", "outbound", "competitor_disparagement"),
    ("Brillix's firmware team is open to opportunities after their reorg, just saying, we're "
     "hiring", "outbound", "competitor_disparagement"),
    ("Don't put Brillix in your LinkedIn headline before your annual review, asking for a friend",
     "outbound", "competitor_disparagement"),
    ("Share your photos with #AuraLights: by tagging us you agree we can use them forever",
     "outbound", "unrealistic_promises"),
    ("The finance team is all smiles after a long month, draw your own conclusions", "outbound",
     "layoffs"),
    ("Light therapy can help some people in winter; ask your doctor first", "outbound",
     "insults"),
    ("Honestly the Lumio hold music is great, I waited five minutes and didn't mind", "inbound",
     "complaints"),
    ("Ce projet n'est pas pour vous ? Retour gratuit sous 30 jours, sans souci", "outbound",
     "insults"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH_BLIND6_PEOPLE_AND_RIVALS)
def test_blind6_people_and_rivals_wording_is_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    found = {(f.detector, f.kind) for f in result.findings}
    assert (detector, kind) in found, (text, found)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES_BLIND6_PEOPLE_AND_RIVALS)
def test_blind6_people_and_rivals_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    assert [f.kind for f in result.findings if f.detector == detector] == [], text


# Blind set 6, disclosures and exposure: results ahead of budget, a dividend or a purchase agreed,
# a target described as future neighbours, a code name described, an employee alone while everyone
# is away, a child watched, a famous character in an ad. Look-alikes: the official quiet-period
# line, published results, a calendar date, the bird the code name is named after.
BLIND6_OUTSIDE = "2026-06-15T10:00:00+00:00"
BLIND6_INSIDE = "2027-01-10T10:00:00+00:00"  # inside the fixture's quiet period

MATCH_BLIND6_DISCLOSURES = [
    # (text, direction, detector, kind)
    ("Q3 is tracking well ahead of budget, finance is thrilled", "outbound",
     "financial_disclosure", "mnpi.results"),
    ("Le T2 a dépassé tous les scénarios, l'enveloppe de primes va suivre", "outbound",
     "financial_disclosure", "mnpi.results"),
    ("The board approved a €0.60 dividend today, the release isn't out yet", "outbound",
     "financial_disclosure", "mnpi.dividend"),
    ("Le conseil a approuvé un dividende de 0,50 € ce matin, ce n'est pas encore publié",
     "outbound", "financial_disclosure", "mnpi.dividend"),
    ("Lumio a accepté de racheter un fabricant lyonnais de capteurs", "outbound",
     "financial_disclosure", "mnpi.m_and_a"),
    ("We've agreed to buy a small Dutch optics firm, deal signs on Friday", "outbound",
     "financial_disclosure", "mnpi.m_and_a"),
    ("Our neighbours across the river may soon be wearing our colours, big week for the board",
     "outbound", "financial_disclosure", "mnpi.m_and_a"),
    ("Bientôt la même cantine avec les Nantais de l'optique, chut, rien n'est signé", "outbound",
     "financial_disclosure", "mnpi.m_and_a"),
    ("Weekend spent in a data room abroad, can't say more", "outbound", "financial_disclosure",
     "mnpi.m_and_a"),
    ("Je ne dis pas que le T4 était bon, mais le DAF a offert le champagne", "outbound",
     "financial_disclosure", "mnpi.results"),
    ("Une année record, vous le verrez bientôt noir sur blanc", "outbound",
     "financial_disclosure", "mnpi.results"),
    ("This new range is going to double our revenue within three years", "outbound",
     "financial_disclosure", "mnpi.guidance"),
    ("La prochaine enceinte porte un nom d'oiseau et arrive au printemps", "outbound",
     "confidentiality_markers", "confidential.marker"),
    ("The project with the bird name is on track, samples ship in May", "outbound",
     "confidentiality_markers", "confidential.marker"),
    ("Photos from today's design review: colours nobody outside the building has seen yet",
     "outbound", "confidentiality_markers", "confidential.marker"),
    ("Le wifi invités accepte toujours l'ancien mot de passe, celui avec le nom du chat du patron",
     "outbound", "confidentiality_markers", "secret.credential_hint"),
    ("Late shift tonight, it's just me at the shop until 11pm", "outbound", "whereabouts",
     "whereabouts.alone"),
    ("Marc fait l'inventaire ce week-end pendant que tout le monde est en vacances", "outbound",
     "whereabouts", "whereabouts.alone"),
    ("Saw your director's kid at the school gates again. Same time tomorrow?", "inbound",
     "whereabouts", "whereabouts.threat"),
    ("Julie prend trois semaines de vacances en famille, jusqu'au 20 août", "outbound",
     "whereabouts", "whereabouts.absence"),
    ("Claire fait la dépose à l'école tous les matins à 8h10", "outbound", "family",
     "family.child_school"),
    ("Notre veilleuse prévient la mort subite du nourrisson", "outbound", "health_claims",
     "compliance.cure_claim"),
    ("Recommandé par les dermatologues, notre éclairage doux", "outbound", "health_claims",
     "compliance.health_claim"),
    ("Post your pictures with #lumio: you agree that we can use them in our ads, forever, for "
     "free", "outbound", "copyright_flags", "compliance.copyright"),
    ("On a glissé Mickey dans notre affiche de Noël, personne ne dira rien", "outbound",
     "copyright_flags", "compliance.copyright"),
]

NEAR_MISSES_BLIND6_DISCLOSURES = [
    # (text, at): nothing of financial_disclosure, data_leak, compliance or personal_security
    ("Nous sommes en période de silence avant nos résultats annuels : pas de commentaire sur les "
     "chiffres, mais vos questions produit sont les bienvenues", BLIND6_INSIDE),
    ("We're in our quiet period ahead of the results, so no comment on the numbers. Product "
     "questions welcome!", BLIND6_INSIDE),
    ("L'action Lumio ? Nous ne la commentons pas, tout est sur notre site investisseurs.",
     BLIND6_INSIDE),
    ("Lumio shares? We never comment on the share price.", BLIND6_INSIDE),
    ("Résultats annuels publiés le 30 janvier, inscriptions à l'assemblée générale ouvertes",
     BLIND6_INSIDE),
    ("Results day is 30 January; until then we're keeping quiet on figures, enjoy the playlist",
     BLIND6_INSIDE),
    ("Résultats du T2 publiés ce matin : chiffre d'affaires en hausse de 4 %, détails sur notre "
     "site", BLIND6_OUTSIDE),
    ("Q2 results published this morning: revenue up 4%, details on our investor relations page",
     BLIND6_OUTSIDE),
    ("The nightjar (engoulevent in French) hunts moths at dusk", BLIND6_OUTSIDE),
    ("L'engoulevent, nightjar en anglais, sort au crépuscule", BLIND6_OUTSIDE),
    ("Sophie nous quitte pour rejoindre une start-up le mois prochain, elle part avec tous nos "
     "vœux", BLIND6_OUTSIDE),
    ("Le dividende de 0,50 € voté en AG sera versé le 3 juillet", BLIND6_OUTSIDE),
    ("Soirée cinéma Pixar au bureau vendredi !", BLIND6_OUTSIDE),
    ("Our Marvel lamp for the holiday campaign is officially licensed", BLIND6_OUTSIDE),
]

BLIND6_WATCHED = {"financial_disclosure", "data_leak", "compliance", "personal_security"}


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH_BLIND6_DISCLOSURES)
def test_blind6_disclosure_wording_is_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    result = engine.screen_text(text, direction=direction, at=BLIND6_OUTSIDE)
    found = {(f.detector, f.kind) for f in result.findings}
    assert (detector, kind) in found, (text, found)


@pytest.mark.parametrize(("text", "at"), NEAR_MISSES_BLIND6_DISCLOSURES)
def test_blind6_disclosure_look_alikes_are_not_found(engine: Engine, text: str, at: str) -> None:
    result = engine.screen_text(text, direction="outbound", at=at)
    assert [f.kind for f in result.findings if f.category.value in BLIND6_WATCHED] == [], text
