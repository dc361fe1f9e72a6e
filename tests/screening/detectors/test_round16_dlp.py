"""Round 16 (structural) of issue #3 for the data leak and personal security families: the
fourteenth blind set's misses, and a coverage sweep by sub-kind of risk.

Blind14 (paraphrases, not its posts): a product that cannot be shown yet, with a year or a
season ahead; a device's admin password told by how it is built; a party tonight at a named
place and hour with a call to surprise the executive; an internal brief on the drive with the
link in the bio; the customer export offered to partners; a riddle ("Indice :") about a range
taking flight soon; the readers told to zoom on the whiteboard behind the writer; something
"almost ready to fly". Precision: a customer's own parent living alone, the canteen's recipe
called confidential as a joke, a craft's "secret" told as marketing.

The sweep: for each family, sub-kinds of risk a company meets (credentials, keys, customers' and
employees' personal data, identity and bank documents, open links, teasers, code names,
commercial terms, pictures of internal boards, security gaps, customers' health, partners'
terms; an executive's live location, travel, hotel, home, empty home, routine, children,
threats, someone alone at a site, cars, site access gaps, critics located), each in French and
English and several registers, with clean look-alikes. Rows check the family (category), so that
the detector that explains the risk best may change without the row."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

FAMILIES = ("data_leak", "personal_security")

BLIND14 = [
    # (text, direction, detector, kind)
    (
        "Ce qu'on prépare pour l'année prochaine va ringardiser nos lampes actuelles. Je peux "
        "pas vous montrer la maquette, mais bon… 🤫",
        "outbound",
        "unreleased_teaser",
        "confidential.marker",
    ),
    (
        "Can't show you the deck, but what we're building for next year makes this range look "
        "ancient",
        "outbound",
        "unreleased_teaser",
        "confidential.marker",
    ),
    (
        "Pour l'équipe : l'admin de la box de l'atelier, c'est le prénom du chien du patron + "
        "l'année, Caramel2026",
        "outbound",
        "confidentiality_markers",
        "secret.credential_hint",
    ),
    (
        "Pensée pour notre DRH qui fête ses 40 ans ce soir au Comptoir, 21h, passez lui faire "
        "la surprise !",
        "outbound",
        "whereabouts",
        "whereabouts.schedule",
    ),
    (
        "La fiche du projet est sur le drive, lien public dans ma bio pour les freelances 😉",
        "outbound",
        "unreleased_teaser",
        "secret.shared_document",
    ),
    (
        "Resellers: want our full customer export for your newsletter? DM me where to send the CSV",
        "outbound",
        "unreleased_teaser",
        "pii.personal_data",
    ),
    (
        "La nouvelle gamme prend bientôt son envol. Indice : elle s'allume toute seule",
        "outbound",
        "unreleased_teaser",
        "confidential.marker",
    ),
    (
        "Curieux de ce qui sort en juin ? Zoomez sur le tableau blanc derrière moi dans le "
        "live d'hier 👀",
        "outbound",
        "unreleased_teaser",
        "confidential.marker",
    ),
    (
        "Can't say much, but the little one is almost ready to fly 🐦",
        "outbound",
        "unreleased_teaser",
        "confidential.marker",
    ),
]

BLIND14_NEAR_MISSES = [
    # (text, direction, detector)
    (
        "Mes lampes marchent-elles sans wifi ? C'est pour mon père qui vit seul à la campagne",
        "inbound",
        "whereabouts",
    ),
    (
        "Confidentiel ? Plus maintenant : la recette du gâteau au yaourt de la cantine 🍰",
        "outbound",
        "confidentiality_markers",
    ),
    (
        "Secret de fabrication : chaque abat-jour est cousu à la main par nos artisans",
        "outbound",
        "confidentiality_markers",
    ),
    ("Can't show you the deck today, the projector broke 😅", "outbound", "unreleased_teaser"),
    (
        "Regardez bien la photo derrière moi : toute l'équipe au complet !",
        "outbound",
        "unreleased_teaser",
    ),
    (
        "Abonnez-vous à notre newsletter, on vous envoie le catalogue, qui veut ?",
        "outbound",
        "unreleased_teaser",
    ),
    (
        "Our press kit is in the shared drive, link in bio for journalists",
        "outbound",
        "unreleased_teaser",
    ),
    (
        "Honestly we smashed our charity target in the Part-Dieu store alone 🔥",
        "outbound",
        "whereabouts",
    ),
    ("Merci pour votre avis Paul, nous vous recontactons en privé", "outbound", "whereabouts"),
]

#: data leak sweep: (text, direction, category); a customer's health is the compliance family's
#: special-category data
DATA_LEAK = [
    # -- credential said in plain words
    ("Le code wifi de la salle de réunion c'est Lumio2026!, servez-vous", "outbound", "data_leak"),
    (
        "reminder for the team: login for the demo account is demo@lumio.fr / Lampe#42",
        "outbound",
        "data_leak",
    ),
    ("Le mot de passe du compte Insta ? Toujours le même, Lumio1234 😅", "outbound", "data_leak"),
    (
        "the admin pw for the showroom router is still Lumio2026, someone change it lol",
        "outbound",
        "data_leak",
    ),
    (
        "Identifiant : boutique, mdp : Soleil75 — pour les stagiaires qui ont oublié",
        "outbound",
        "data_leak",
    ),
    # -- keys and tokens
    (
        "debug: the bot token ghp_vjVsioVDe0cEqlQfECqr5QiOKfQQ5hlqTA9r works again, phew",
        "outbound",
        "data_leak",
    ),
    (
        "Voici le token du bot pour les tests : ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
        "outbound",
        "data_leak",
    ),
    (
        "AWS creds for the staging bucket AKIAIOSFODNN7EXAMPLQ, secret in DM",
        "outbound",
        "data_leak",
    ),
    (
        "clé API de l'équipe pour le bucket : AKIAQX7RZP3LW5N2TY6B, le secret suit en MP",
        "outbound",
        "data_leak",
    ),
    (
        "the bot token is ghp_R8kq2ZvLx0Wm4TnY7bPc1Hs9JdFa6Ue3Go5i, pasted by mistake sorry",
        "outbound",
        "data_leak",
    ),
    # -- a customer's personal data
    (
        "Colis de M. Martin renvoyé au 14 rue des Lilas, 69003 Lyon, tél 06 12 34 56 78",
        "outbound",
        "data_leak",
    ),
    (
        "@lumio the lady who complained is Jeanne Perrin, jeanne.perrin@gmail.com, good luck 😂",
        "inbound",
        "data_leak",
    ),
    (
        "Notre client le plus fidèle, Paul Girard, 12 avenue Jean Jaurès à Villeurbanne, "
        "merci Paul !",
        "outbound",
        "data_leak",
    ),
    (
        "Call back Mr Okafor on 07700 900123, he's been waiting since Monday",
        "outbound",
        "data_leak",
    ),
    (
        "Pour la livraison de Mme Leroy : 8 impasse des Roses, Bron, code porte 4521",
        "outbound",
        "data_leak",
    ),
    # -- a customer file offered or exposed
    (
        "Partners, need our newsletter list for your campaign? DM me, I'll send the spreadsheet",
        "outbound",
        "data_leak",
    ),
    (
        "Je peux vous envoyer l'extraction de notre fichier clients si vous voulez faire un "
        "mailing commun",
        "outbound",
        "data_leak",
    ),
    (
        "Our CRM export with all buyers' emails is up for grabs for partners, just ask 🙌",
        "outbound",
        "data_leak",
    ),
    ("Qui veut la base clients en CSV pour sa prospection ? MP moi", "outbound", "data_leak"),
    (
        "happy to share our full customer list with any reseller who asks, emails and phones "
        "included",
        "outbound",
        "data_leak",
    ),
    # -- an employee's personal contact
    (
        "Besoin de joindre Julie de la compta ce week-end ? Son portable perso : 06 98 76 54 32",
        "outbound",
        "data_leak",
    ),
    (
        "Marc's personal number if the shop's closed: +44 7911 123456, he won't mind",
        "outbound",
        "data_leak",
    ),
    (
        "Pour les fournisseurs : écrivez directement à Sophie sur son gmail perso "
        "sophie.roux@gmail.com",
        "outbound",
        "data_leak",
    ),
    ("our intern Léa lives at 3 rue Garibaldi, drop the samples there", "outbound", "data_leak"),
    (
        "Le numéro perso du directeur commercial : 07 11 22 33 44, il répond même la nuit",
        "outbound",
        "data_leak",
    ),
    # -- identity and bank documents
    (
        "Pour le remboursement, voici l'IBAN du client : FR76 3000 6000 0112 3456 7890 189",
        "outbound",
        "data_leak",
    ),
    (
        "Passeport de notre PDG pour le visa : numéro 12AB34567, expire en 2030",
        "outbound",
        "data_leak",
    ),
    (
        "card ending… no wait the whole thing: 4970 1012 3456 7893 exp 12/27 for the supplier",
        "outbound",
        "data_leak",
    ),
    (
        "N° de sécu de la nouvelle recrue pour la mutuelle : 1 85 05 78 006 084 91",
        "outbound",
        "data_leak",
    ),
    (
        "Scan of the customer's ID card attached, number 880692310285, can someone check?",
        "outbound",
        "data_leak",
    ),
    # -- an internal document linked or open
    (
        "Le planning des lancements est ici, accessible à tous avec le lien : "
        "docs.google.com/spreadsheets/d/1AbC",
        "outbound",
        "data_leak",
    ),
    (
        "Full pricing deck for resellers → notion.so/lumio/pricing-2027 (link's open, enjoy)",
        "outbound",
        "data_leak",
    ),
    (
        "the board minutes are in the shared drive, link in bio if you want a read 😉",
        "outbound",
        "data_leak",
    ),
    (
        "Notre roadmap interne est sur Trello, le tableau est public, allez jeter un œil",
        "outbound",
        "data_leak",
    ),
    (
        "Lien vers le dossier partagé des contrats fournisseurs : "
        "https://drive.google.com/drive/folders/1xYz9AbCdEf",
        "outbound",
        "data_leak",
    ),
    # -- an unreleased product teased
    (
        "Je ne peux rien dire mais la lampe qui sort au printemps va tout changer 🤫",
        "outbound",
        "data_leak",
    ),
    (
        "Sworn to secrecy, but our next range lands before Christmas and it's gorgeous",
        "outbound",
        "data_leak",
    ),
    (
        "Pas le droit d'en parler avant avril, mais la nouvelle gamme est dingue",
        "outbound",
        "data_leak",
    ),
    (
        "Can't show you the deck yet, but next year's lineup makes this one look old",
        "outbound",
        "data_leak",
    ),
    (
        "On peut pas encore vous montrer, mais ce qui arrive cet automne va faire du bruit 👀",
        "outbound",
        "data_leak",
    ),
    # -- a code name
    ("Project Nightjar is on track for March, huge thanks to the team", "outbound", "data_leak"),
    ("Opale entre en phase de tests la semaine prochaine", "outbound", "data_leak"),
    ("Still on the N.i.g.h.t.j.a.r project at 10pm, send coffee", "outbound", "data_leak"),
    ("petite pensée pour l'équipe Nightjar qui bosse tard 🌙", "outbound", "data_leak"),
    ("The #ProjectNightjar crew smashed the milestone today", "outbound", "data_leak"),
    # -- internal commercial terms
    (
        "Oups, message pour l'équipe : marge revendeur sur la Luna passée à 42 %, ne pas diffuser",
        "outbound",
        "data_leak",
    ),
    ("Internal only: Brillix gets 30% off list price on the new contract", "outbound", "data_leak"),
    (
        "Confidentiel : nos prix d'achat chez le fournisseur chinois baissent de 12 % en janvier",
        "outbound",
        "data_leak",
    ),
    (
        "Prix revendeurs 2027 en pièce jointe, c'est confidentiel, ne transférez pas",
        "outbound",
        "data_leak",
    ),
    (
        "wrong channel sorry — distributor price list: Luna €38, Sol €52, keep it internal",
        "outbound",
        "data_leak",
    ),
    # -- screenshot or photo showing internal data
    (
        "Vous voulez savoir ce qui sort en mai ? Regardez bien l'écran derrière moi dans la "
        "vidéo 👀",
        "outbound",
        "data_leak",
    ),
    (
        "Zoom in on the whiteboard behind me in yesterday's story, that's all I'll say 😉",
        "outbound",
        "data_leak",
    ),
    (
        "Petite capture de notre tableau Jira du sprint, vous reconnaîtrez peut-être des noms 😏",
        "outbound",
        "data_leak",
    ),
    (
        "Look closely at the screen in the background of this photo, you might see next "
        "year's plans",
        "outbound",
        "data_leak",
    ),
    (
        "Photo du bureau : le planning secret des sorties est au mur, sauras-tu le lire ?",
        "outbound",
        "data_leak",
    ),
    # -- a security gap or access not revoked
    (
        "Le badge de l'ancien stagiaire marche toujours, personne ne l'a désactivé 🙃",
        "outbound",
        "data_leak",
    ),
    (
        "fun fact: the back door of the warehouse hasn't locked properly for weeks",
        "outbound",
        "data_leak",
    ),
    ("Digicode du showroom : 2580, pour les livreurs qui se perdent", "outbound", "data_leak"),
    (
        "the guy we let go in June still has access to the shop's Instagram account lol",
        "outbound",
        "data_leak",
    ),
    (
        "L'alarme de l'entrepôt est en panne depuis lundi, personne ne surveille la nuit",
        "outbound",
        "data_leak",
    ),
    # -- a customer's sensitive data (health): the compliance family's special-category data
    (
        "Mme Lefèvre nous a expliqué qu'elle est épileptique, d'où sa commande de lampes sans "
        "scintillement",
        "outbound",
        "compliance",
    ),
    (
        "Shoutout to John Parker, who bought 3 lamps for his chemo room, get well John!",
        "outbound",
        "compliance",
    ),
    (
        "Paul Girard ordered our lamp for his depression therapy, he says it helps",
        "outbound",
        "compliance",
    ),
    (
        "Notre cliente Sarah Cohen, enceinte de 7 mois, a choisi la veilleuse Luna",
        "outbound",
        "compliance",
    ),
    # -- a partner's or supplier's confidential terms
    ("Sous NDA avec Ikea mais on peut dire que ça va être énorme 😏", "outbound", "data_leak"),
    (
        "Confidential: our supplier charges us €3.20 a unit, don't tell them I told you",
        "outbound",
        "data_leak",
    ),
    (
        "Sous embargo jusqu'à lundi : le contrat avec le distributeur allemand est signé",
        "outbound",
        "data_leak",
    ),
    (
        "Under embargo until Tuesday: we're opening 12 corners in Galeries Lafayette",
        "outbound",
        "data_leak",
    ),
    ("Ne pas diffuser : Brillix va nous fournir les LED l'an prochain", "outbound", "data_leak"),
]

DATA_LEAK_NEAR_MISSES = [
    # (text, direction): no data leak or personal security finding
    # -- credential said in plain words
    ("Changez votre mot de passe tous les trois mois, c'est la base", "outbound"),
    ("Forgot your password? Click 'reset' on the login page and follow the email", "outbound"),
    # -- keys and tokens
    (
        "Notre API publique se connecte avec une clé que vous générez dans votre espace client",
        "outbound",
    ),
    ("Never paste your API token in a public post, rotate it if you did", "outbound"),
    # -- a customer's personal data
    ("Contactez notre service client par le formulaire du site, du lundi au vendredi", "outbound"),
    ("Send us your order number by DM, never your address in public", "outbound"),
    # -- a customer file offered or exposed
    ("Vous voulez recevoir notre newsletter ? Inscrivez-vous sur le site", "outbound"),
    ("Our customer list keeps growing: thank you for 10,000 orders!", "outbound"),
    # -- an employee's personal contact
    ("Pour joindre Julie, passez par le standard, elle vous rappelle", "outbound"),
    ("Our team is reachable at contact@lumio.fr, we answer within a day", "outbound"),
    # -- identity and bank documents
    ("Never send your IBAN in a public comment, use the secure form", "outbound"),
    ("Pensez à renouveler votre passeport avant les vacances !", "outbound"),
    # -- an internal document linked or open
    ("Téléchargez notre catalogue public en PDF depuis notre site", "outbound"),
    ("Our press kit is on the drive, link in bio for journalists", "outbound"),
    # -- an unreleased product teased
    ("Notre nouvelle gamme est disponible dès aujourd'hui en boutique !", "outbound"),
    ("Can't say much about the weather, but our terrace is open 🌞", "outbound"),
    # -- a code name
    ("Le verre opalin de nos abat-jour est soufflé à Lyon", "outbound"),
    ("Heard a nightjar singing on my walk tonight, magical bird", "outbound"),
    # -- internal commercial terms
    ("Nos prix publics baissent de 10 % pendant les soldes !", "outbound"),
    ("Reseller? Ask for our public price list on the partners page", "outbound"),
    # -- screenshot or photo showing internal data
    ("Regardez bien la photo : notre nouvelle vitrine est magnifique", "outbound"),
    ("Zoom in on the lamp's finish, hand-polished brass ✨", "outbound"),
    # -- a security gap or access not revoked
    ("Notre entrepôt est sous alarme et vidéosurveillance 24 h/24", "outbound"),
    ("Lost your badge? Ask reception for a new one", "outbound"),
    # -- a customer's sensitive data (health): the compliance family's special-category data
    ("Nos lampes sans scintillement conviennent aux personnes sensibles à la lumière", "outbound"),
    ("Light therapy lamps may help some people in winter, ask your doctor", "outbound"),
    # -- a partner's or supplier's confidential terms
    ("Nous sommes fiers de travailler avec nos fournisseurs français, découvrez-les", "outbound"),
    ("Our partnership with the Lyon museum is now official, see the press release", "outbound"),
]

PERSONAL_SECURITY = [
    # -- an executive's live location
    (
        "Claire Dubois est en ce moment au café du quai Perrache, seule, venez la saluer !",
        "outbound",
        "personal_security",
    ),
    (
        "Our CEO is at the Starbucks on Rue de la République right now, say hi 👋",
        "outbound",
        "personal_security",
    ),
    (
        "Notre PDG dîne ce soir au Bouchon des Filles, 20h, table près de la fenêtre",
        "outbound",
        "personal_security",
    ),
    (
        "Petite pensée pour notre DG qui fête ses 60 ans ce soir au Café Comptoir, 21h, "
        "passez la voir !",
        "outbound",
        "personal_security",
    ),
    (
        "The boss is working from the Part-Dieu library all afternoon, alone, if you want to "
        "pitch her",
        "outbound",
        "personal_security",
    ),
    # -- travel plans
    (
        "Claire Dubois atterrit à Roissy demain à 7h10, vol AF1234, un comité d'accueil ?",
        "outbound",
        "personal_security",
    ),
    ("Our CEO flies to New York on Monday, BA117, back Friday", "outbound", "personal_security"),
    (
        "Le patron prend le TGV de 6h52 pour Paris tous les lundis, voiture 14",
        "outbound",
        "personal_security",
    ),
    (
        "CFO lands at Heathrow tomorrow 9am, terminal 5, if you want to catch him",
        "outbound",
        "personal_security",
    ),
    (
        "Notre directrice part seule à Milan jeudi, vol de 8h, retour dimanche",
        "outbound",
        "personal_security",
    ),
    # -- a hotel stay
    (
        "Notre PDG séjourne au Sofitel Bellecour jusqu'à jeudi, chambre 512",
        "outbound",
        "personal_security",
    ),
    (
        "Our founder is staying at the Marriott downtown all week, room 804",
        "outbound",
        "personal_security",
    ),
    (
        "Merci au Radisson d'accueillir notre directeur commercial jusqu'à vendredi, dernier étage",
        "outbound",
        "personal_security",
    ),
    (
        "The CEO's suite at the Hilton is on the 12th floor this week, fancy!",
        "outbound",
        "personal_security",
    ),
    ("Claire Dubois dort à l'Ibis de la gare ce soir, chambre 21", "outbound", "personal_security"),
    # -- a home address
    (
        "Claire Dubois habite au 12 rue Victor Hugo à Lyon, les fleurs sont à envoyer là",
        "outbound",
        "personal_security",
    ),
    (
        "our CEO lives at 45 Elm Road, Chelsea, if anyone wants to send a thank-you card",
        "outbound",
        "personal_security",
    ),
    (
        "Le directeur vit au 8 chemin des Vignes à Écully, la grande maison bleue",
        "outbound",
        "personal_security",
    ),
    (
        "Our head of sales just moved into 3 Church Lane, housewarming on Saturday!",
        "outbound",
        "personal_security",
    ),
    (
        "La DRH réside 5 impasse des Roses, Caluire, pour ceux qui veulent lui rendre son vélo",
        "outbound",
        "personal_security",
    ),
    # -- an empty home, an absence
    (
        "Claire Dubois est en vacances trois semaines aux Seychelles, sa maison de Caluire "
        "est vide",
        "outbound",
        "personal_security",
    ),
    (
        "Our CEO is off for two weeks in Bali, house empty, hope the alarm works 😅",
        "outbound",
        "personal_security",
    ),
    (
        "Le patron part tout le mois d'août, sa villa reste sans personne",
        "outbound",
        "personal_security",
    ),
    (
        "Whole family away till the 20th, the boss's flat in Croix-Rousse is all yours, "
        "plants need water",
        "outbound",
        "personal_security",
    ),
    (
        "Notre PDG s'absente 15 jours, son appartement du 6e est vide, le chat est en pension",
        "outbound",
        "personal_security",
    ),
    # -- a routine
    (
        "Claire Dubois court tous les matins à 6h le long des quais du Rhône, seule",
        "outbound",
        "personal_security",
    ),
    (
        "Tous les mardis à 19h notre PDG joue au tennis au club de Gerland, seule sur le "
        "court du fond",
        "outbound",
        "personal_security",
    ),
    (
        "Le patron gare toujours sa voiture au niveau -2 du parking Bellecour, place 18",
        "outbound",
        "personal_security",
    ),
    (
        "Notre DG dépose ses enfants à l'école puis prend le café au même bar tous les jours "
        "à 8h30",
        "outbound",
        "personal_security",
    ),
    (
        "the founder walks her dog in Parc de la Tête d'Or every night at 10",
        "outbound",
        "personal_security",
    ),
    # -- children, school, pick-up
    (
        "La fille de Claire Dubois est en CM2 à l'école Jean Moulin, sortie à 16h30",
        "outbound",
        "personal_security",
    ),
    (
        "Our CEO's son goes to St Mary's nursery, she picks him up at 5",
        "outbound",
        "personal_security",
    ),
    (
        "Le fils du patron est à la crèche Les Lucioles, on l'a croisé à la sortie à 17h",
        "outbound",
        "personal_security",
    ),
    (
        "the boss leaves at 4:30 every day to pick up her twins from Lycée du Parc",
        "outbound",
        "personal_security",
    ),
    (
        "Les enfants de notre DG sont au collège Ampère, elle les récupère le mercredi midi",
        "outbound",
        "personal_security",
    ),
    # -- a threat
    (
        "On sait où tu habites Claire Dubois, fais attention en rentrant ce soir",
        "inbound",
        "personal_security",
    ),
    (
        "@ClaireDubois we know which school your kids go to. Think about it",
        "inbound",
        "personal_security",
    ),
    (
        "Ta voiture est garée devant chez toi, ce serait dommage qu'elle brûle",
        "inbound",
        "personal_security",
    ),
    (
        "I'll be waiting outside your office tomorrow, Claire Dubois, you'll see",
        "inbound",
        "personal_security",
    ),
    (
        "Claire Dubois, on viendra te rendre visite chez toi, tu vas comprendre",
        "inbound",
        "personal_security",
    ),
    # -- someone alone at a site
    (
        "Ce soir Julie est seule au showroom jusqu'à 22h, passez lui dire bonjour",
        "outbound",
        "personal_security",
    ),
    (
        "our night guard is alone at the warehouse from midnight to 6, brave man",
        "outbound",
        "personal_security",
    ),
    (
        "Le dimanche il n'y a qu'une vendeuse en boutique, toute seule de 9h à 19h",
        "outbound",
        "personal_security",
    ),
    (
        "Mia is holding the Croix-Rousse shop alone all weekend, go support her",
        "outbound",
        "personal_security",
    ),
    (
        "Notre caissière ferme seule le magasin tous les soirs à 21h",
        "outbound",
        "personal_security",
    ),
    # -- vehicle
    (
        "La Tesla blanche du PDG, immatriculée GH-123-JK, est garée devant le siège",
        "outbound",
        "personal_security",
    ),
    (
        "Spot our CEO's red Porsche in the car park, plate LU10 ABC, she's in till 7",
        "outbound",
        "personal_security",
    ),
    (
        "Le patron laisse sa voiture au parking de la gare tous les jours, place réservée 12",
        "outbound",
        "personal_security",
    ),
    (
        "Our founder's car is the black Audi always parked on Elm Road overnight",
        "outbound",
        "personal_security",
    ),
    (
        "La voiture de fonction de la DG (Clio grise, AB-456-CD) dort devant chez elle",
        "outbound",
        "personal_security",
    ),
    # -- an office access gap
    ("Le digicode de l'entrée du siège n'a pas changé depuis 2019 : 1984", "outbound", "data_leak"),
    (
        "The staff door at HQ is propped open every lunchtime, anyone can walk in",
        "outbound",
        "personal_security",
    ),
    (
        "Pas de vigile à l'accueil du siège le week-end, la porte arrière ne ferme plus",
        "outbound",
        "personal_security",
    ),
    (
        "Badge access broken at the Lyon office since Monday, doors unlocked all day",
        "outbound",
        "personal_security",
    ),
    (
        "Les caméras du parking du siège sont en panne depuis un mois, personne ne les répare",
        "outbound",
        "personal_security",
    ),
    # -- doxxing a critic or a customer
    (
        "Le client qui nous a laissé une mauvaise note, c'est Paul Martin, il habite 3 rue "
        "Pasteur à Bron",
        "outbound",
        "personal_security",
    ),
    (
        "Found the guy behind the nasty review: he lives at 22 Kings Road, his kids are at St "
        "Anne's",
        "outbound",
        "personal_security",
    ),
    (
        "Cette cliente râleuse bosse à la mairie de Villeurbanne, allez lui dire ce que vous "
        "en pensez",
        "outbound",
        "personal_security",
    ),
    (
        "The troll who attacks us daily is Jordan Bell, works at the Tesco on Park Street, go "
        "say hi",
        "outbound",
        "personal_security",
    ),
    (
        "Pour ceux qui demandent, l'auteur du faux avis habite au-dessus de la boulangerie "
        "rue Centrale",
        "outbound",
        "personal_security",
    ),
]

PERSONAL_SECURITY_NEAR_MISSES = [
    # -- an executive's live location
    (
        "Notre PDG interviendra au salon Maison&Objet, stand B12, jeudi à 15h : inscriptions "
        "ouvertes",
        "outbound",
    ),
    ("Claire Dubois était à Paris la semaine dernière pour le salon, belle rencontre", "outbound"),
    # -- travel plans
    ("Claire Dubois est rentrée de sa tournée en Asie, merci à nos partenaires", "outbound"),
    ("Flights to Lyon are on sale this week, plan your visit to our showroom!", "outbound"),
    # -- a hotel stay
    ("Notre séminaire se tient à l'hôtel Sofitel le 12 mars, inscrivez-vous", "outbound"),
    ("Great stay at the Marriott last year for our team offsite", "outbound"),
    # -- a home address
    ("Notre boutique est au 12 quai Perrache, 69002 Lyon, ouverte 7j/7", "outbound"),
    ("Claire Dubois loves cycling to work along the Rhône", "outbound"),
    # -- an empty home, an absence
    ("Nos bureaux sont fermés du 1er au 15 août, bonnes vacances !", "outbound"),
    ("Our CEO is back from holiday and full of ideas", "outbound"),
    # -- a routine
    ("Claire Dubois aime courir, elle a terminé le marathon de Lyon !", "outbound"),
    ("Our team runs together every Friday for charity, join us online", "outbound"),
    # -- children, school, pick-up
    ("Nos lampes veilleuses font le bonheur des enfants à l'heure du coucher", "outbound"),
    ("Claire Dubois a parlé de son rôle de mère lors de la conférence", "outbound"),
    # -- a threat
    ("On sait où trouver les meilleures lampes : chez Lumio !", "outbound"),
    ("We'll be waiting for you at our store tomorrow, opening 9am!", "outbound"),
    # -- someone alone at a site
    ("Le showroom est ouvert le dimanche de 10h à 18h, venez nombreux", "outbound"),
    ("Working alone on a design can be freeing, says our lead designer", "outbound"),
    # -- vehicle
    ("Nos camions de livraison roulent à l'électrique depuis janvier", "outbound"),
    ("Parking gratuit devant le magasin pour nos clients", "outbound"),
    # -- an office access gap
    ("Notre siège est accessible aux personnes à mobilité réduite", "outbound"),
    ("Visitors: please sign in at reception and wear your badge", "outbound"),
    # -- doxxing a critic or a customer
    ("Merci Paul pour votre avis, nous vous recontactons en privé", "outbound"),
    ("We reply to every review, even the harsh ones", "outbound"),
]


def _categories(engine: Engine, text: str, direction: str) -> list[str]:
    result = engine.screen_text(text, direction=direction)
    return sorted({str(f.category.value) for f in result.findings})


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), BLIND14)
def test_round16_blind14_shapes_are_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction", "detector"), BLIND14_NEAR_MISSES)
def test_round16_blind14_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    assert_not_found(engine, text, direction, detector)


@pytest.mark.parametrize(("text", "direction", "category"), DATA_LEAK + PERSONAL_SECURITY)
def test_round16_sweep_risks_are_found(
    engine: Engine, text: str, direction: str, category: str
) -> None:
    found = _categories(engine, text, direction)
    assert category in found, (text, found)


@pytest.mark.parametrize(
    ("text", "direction"), DATA_LEAK_NEAR_MISSES + PERSONAL_SECURITY_NEAR_MISSES
)
def test_round16_sweep_look_alikes_are_clean(engine: Engine, text: str, direction: str) -> None:
    found = [c for c in _categories(engine, text, direction) if c in FAMILIES]
    assert found == [], (text, found)
