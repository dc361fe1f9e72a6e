"""Whereabouts and schedules: alone, empty home, absences, routines; the profile's people raise
the severity (Claire Dubois, CEO, in the test profile)."""

from __future__ import annotations

import pytest

from tocsin import Engine, parse_profile

from ...conftest import LUMIO_TOML

NAME = "whereabouts"

MATCH = [
    # (text, kind, evidence at the span, severity)
    ("Ben from design is off to Bali for 3 weeks", "whereabouts.absence", "off to", "medium"),
    ("Ben is in Bali, house empty until March", "whereabouts.empty_home", "house empty",
     "medium"),
    ("Toute la direction part en séminaire, le siège sera quasi vide", "whereabouts.empty_home",
     "siège sera quasi vide", "medium"),
    ("Claire sera seule au bureau ce soir", "whereabouts.alone", "seule au bureau", "high"),
    ("Notre CEO est seule au bureau ce week-end", "whereabouts.alone", "seule au bureau", "high"),
    ("Marc sera seul au bureau ce soir", "whereabouts.alone", "seul au bureau", "medium"),
    ("Julie is home alone tonight", "whereabouts.alone", "home alone tonight", "medium"),
    ("Claire Dubois is alone at the office till 10pm", "whereabouts.alone",
     "alone at the office", "high"),
    ("Notre maison sera vide tout l'été", "whereabouts.empty_home", "maison sera vide", "medium"),
    ("Empty house all August, finally a break", "whereabouts.empty_home", "Empty house", "medium"),
    ("Claire Dubois part en vacances pour 3 semaines", "whereabouts.absence",
     "part en vacances", "high"),
    ("Je suis en vacances jusqu'au 28 août", "whereabouts.absence", "en vacances", "medium"),
    ("I'm on holiday for three weeks", "whereabouts.absence", "on holiday", "medium"),
    ("Claire quitte le bureau à 19 h tous les jours", "whereabouts.schedule",
     "quitte le bureau à", "high"),
    ("Tom walks home at 11pm every night", "whereabouts.schedule", "walks home at", "medium"),
    ("Claire sera seule au siège ce soir jusqu'à 22 h", "whereabouts.alone", "seule au siège",
     "high"),
    ("Claire est en ce moment au Café des Arts", "whereabouts.location", "en ce moment au",
     "high"),
    ("Vu la PDG de Lumio toute seule au parking à 23 h", "whereabouts.alone",
     "toute seule au parking", "high"),
    # routines: a habit with a time or a place, and a person (profile, staff, name, pronoun)
    ("Claire prend son café au même endroit tous les matins à 8 h", "whereabouts.schedule",
     "au même endroit tous les matins", "high"),
    ("Claire Dubois grabs coffee at the same café every morning at 8", "whereabouts.schedule",
     "same café every morning", "high"),
    ("Tous les jeudis à 19 h, Claire fait son footing au parc de la Tête d'Or",
     "whereabouts.schedule", "Tous les jeudis", "high"),
    ("Our CEO walks her dog in Hyde Park every evening around 10pm", "whereabouts.schedule",
     "every evening", "high"),
    ("The boss always leaves the office last, around 9pm", "whereabouts.schedule",
     "always leaves the office last", "medium"),
    ("Notre comptable part toujours la dernière du bureau, vers 20 h", "whereabouts.schedule",
     "part toujours la dernière", "medium"),
    ("Every Friday at 7am Marc swims at the Vaugirard pool before work", "whereabouts.schedule",
     "Every Friday", "medium"),
    ("Le mardi à 18 h 30, elle récupère son vélo au parking du quai Perrache",
     "whereabouts.schedule", "Le mardi à", "medium"),
    # alone at work, live whereabouts of the profile's people and of staff
    ("Claire will be alone at booth B14 from 6pm", "whereabouts.alone", "alone at booth", "high"),
    ("Notre DRH sera seule sur le stand de 18 h à 20 h", "whereabouts.alone",
     "seule sur le stand", "medium"),
    ("Our night guard Tom is alone on the night shift, Fridays and Saturdays",
     "whereabouts.alone", "alone on the night shift", "medium"),
    ("Claire déjeune au Bouchon des Filles, rue Mercière, venez la saluer",
     "whereabouts.location", "déjeune au", "high"),
    ("Claire is having lunch at Le Bistrot du Port right now", "whereabouts.location",
     "is having lunch at", "high"),
    ("Notre comptable déjeune en ce moment à la brasserie du coin", "whereabouts.location",
     "en ce moment à", "medium"),
    ("Our intern Emma is at the Starbucks on Main St right now", "whereabouts.location",
     "right now", "medium"),
    ("La stagiaire vient d'arriver au Café Cousu, seule avec son ordi", "whereabouts.location",
     "vient d'arriver au", "medium"),
]

NO_MATCH = [
    "We're off to the Lyon trade show tomorrow, come and say hi!",
    "Maison vide ? Nos lampes simulent votre présence",
    "Going away? Schedule your lamps so your home never looks empty",
    "Vous partez en vacances ? Programmez vos lampes",
    "La boutique est en congés jusqu'au 20 août, commandes expédiées au retour",
    "Our store is closed on holiday until Monday",
    "Vous n'êtes pas seul : notre support répond 7j/7",
    "You're not alone: 1 in 3 people work from home",
    "Our CEO will speak at Vivatech on 12 June",  # a public, announced appearance
    "Retrouvez Claire Dubois en keynote au salon Maison&Objet",
    "Une lampe claire pour lire seul au calme",
    "Home Alone movie night: our cosy lamps",
    "Notre équipe est en ce moment au salon de Lyon, venez nous voir !",  # nobody exposed
    "Seule à la maison ce soir ? Nos lampes vous tiennent compagnie",
    "Léa part en congé maternité en mars, bravo !",  # an HR matter, not an absence schedule
    # habits that are opening hours, services, public events or product tips
    "Tous les matins à 9 h, notre service client répond à vos questions.",
    "Every morning at 9am our support team is online to answer your questions.",
    "Le patron offre le café tous les vendredis à l'équipe.",
    "The boss buys coffee for the team every Friday.",
    "Marc, notre designer, anime un atelier tous les samedis à 14 h à la boutique.",
    "Happy hour every Friday at 6pm at our Lyon showroom, come along!",
    "Il y a un marché tous les samedis matin à 8 h place Bellecour.",
    "Our founder still answers customer emails every morning.",
    "Programmez vos lampes pour qu'elles s'allument tous les jours à la même heure.",
    "La boutique est ouverte tous les jours de 10 h à 19 h.",
    "Le livreur passe tous les matins à 8 h, commandez avant minuit !",
    "Perfect for early birds who start work every morning at 6.",
    "Our CEO Claire Dubois will be at booth B14 every day of the show from 10am.",
    "Tous les jeudis à 18 h, Claire répond à vos questions en live sur Instagram.",
    "Elle est ouverte tous les jours à partir de 9 h, notre nouvelle boutique !",
    "He posts every day at 9am on LinkedIn about lighting design.",
    "She will be responsible for closing the shop every evening at 8pm. Apply now!",
    "Every evening at 8pm, Claire's favourite scene turns on automatically.",
    "Le lundi à 9 h, Claire réunit toute l'équipe pour le point hebdo.",
    "Tous les samedis à 10 h, Léa vous accueille en boutique pour un diagnostic gratuit.",
    # public appearances, advice, invitations
    "Claire présentera la gamme à 18 h au stand B14 du salon.",
    "Claire will be at booth B14 from 6pm to sign copies of her book, come and see us!",
    "Never leave your colleague alone at the booth: book two people per shift.",
    "Ne laissez jamais un salarié seul à l'accueil le soir : nos conseils sécurité.",
    "Notre CEO répond à vos questions en direct, en ce moment, sur Instagram",
    "Right now at the café on the corner: our new Aurora lamps, come and try them",
    "Retrouvez Emma et Marc en ce moment au salon Maison&Objet, hall 6, stand B14.",
    "Julie, notre cheffe de produit, est en ce moment en réunion avec nos fabricants.",
    "La porte se ferme seule : la serrure connectée Lumio, c'est magique.",
]


@pytest.mark.parametrize(("text", "kind", "evidence", "severity"), MATCH)
def test_match(engine: Engine, text: str, kind: str, evidence: str, severity: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.detector == NAME]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert (f.category, f.kind, f.severity) == ("personal_security", kind, severity)


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []


def test_a_lowercase_first_name_is_not_the_person(engine: Engine) -> None:
    # "claire" is also an adjective: only "Claire" with a capital names the CEO
    f = [x for x in engine.screen_text("pièce claire, seule au bureau ce soir").findings
         if x.detector == NAME][0]
    assert f.severity == "medium"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a customer exposing themselves or someone in a public reply: kept, to hide it
        ("I'm home alone tonight", True),
        ("Jsuis toute seule à la maison jusqu'à dimanche", True),
        ("Claire Dubois sera seule au bureau ce soir, 3e étage", True),  # the CEO exposed
        ("Je sais que Claire court tous les matins à 6 h au parc, seule", True),
        ("Mon patron part toujours le dernier du bureau, vers 21 h", True),
        # where someone is right now: only for the profile's people
        ("Your intern is having lunch at the Bouchon right now, I saw her", False),
        ("Ton stagiaire déjeune en ce moment au Bouchon, je l'ai vu", False),
    ],
)
def test_inbound_for_anyone_but_location(engine: Engine, text: str, found: bool) -> None:
    result = engine.screen_text(text, direction="inbound")
    assert bool([f for f in result.findings if f.detector == NAME]) is found


def test_the_author_being_a_profile_person_raises_the_severity() -> None:
    toml = LUMIO_TOML.replace('role = "CEO"', 'role = "CEO"\n[people.handles]\nx = ["cdubois"]')
    engine = Engine(parse_profile(toml))
    result = engine.screen_text("Home alone tonight!", author="@CDubois", platform="x")
    f = [x for x in result.findings if x.detector == NAME][0]
    assert f.severity == "high"
    assert "Claire Dubois, CEO" in f.explanation


@pytest.mark.parametrize(
    ("eng", "words"),
    [
        ("engine", "Concerne Claire Dubois, CEO, personne exposée"),
        ("engine_en", "About Claire Dubois, CEO, one of the exposed people"),
    ],
)
def test_explanation_names_the_exposed_person(request, eng: str, words: str) -> None:  # type: ignore[no-untyped-def]
    result = request.getfixturevalue(eng).screen_text("Claire sera seule au bureau ce soir")
    f = [x for x in result.findings if x.detector == NAME][0]
    assert words in f.explanation
    assert "whereabouts 1.0" in f.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Claire tous les matins à 8 h au parc, elle " * 25000,
        "tous les jours " * 70000,
        "notre comptable en ce moment au café right now " * 20000,
    ],
)
def test_a_megabyte_of_habits_finishes(engine: Engine, text: str) -> None:
    engine.screen_text(text)  # no timing assertion: it must simply finish


# Families of training sets i and j and blind 7: nobody left to guard the building, a person out
# without protection, an empty home disguised or said otherwise. (text, rule)
FAMILIES = [
    ("Le vigile est parti à 20h, il ne reste plus que moi au 4e jusqu'à minuit",
     "whereabouts.guard_gone"),
    ("You'll be alone with the security guy, who leaves at 8. After that it's just you",
     "whereabouts.guard_gone"),
    ("Notre PDG arrive demain à 8 h 30 à la gare, elle sera sans garde du corps",
     "whereabouts.unguarded"),
    ("Spotted our CEO on the 06:12 train to Paris, travelling alone, no entourage",
     "whereabouts.unguarded"),
    ("Three weeks in Auckland! The lights are on a timer so the house doesn't look empty",
     "whereabouts.empty_home_disguised"),
    ("Je pars 3 semaines, j'ai programmé mes lampes pour faire croire qu'on est là",
     "whereabouts.empty_home_disguised"),
    ("Gone 3 weeks from Friday, leave it at the back door, nobody will be home",
     "whereabouts.empty_home"),
    ("Martinique pendant 15 jours, les volets sont fermés et le voisin a les clés",
     "whereabouts.empty_home"),
    ("Mon mari part à Shenzhen du 20 au 31, les enfants et moi on sera seuls à la maison",
     "whereabouts.alone"),
    # an invitation to go and meet someone where they will be
    ("Claire sera à Paris demain : déjeuner au Train Bleu à 12h30, si vous voulez la croiser",
     "whereabouts.come_meet"),
    ("All the sales team at the Sofitel bar from 8 till late tonight, come say hi!",
     "whereabouts.come_meet"),
    # knowing when staff come and go, waiting for one of them
    ("Vous allez le regretter, je sais à quelle heure sortent vos employés de l'entrepôt",
     "whereabouts.threat"),
    ("Your driver is always on the 2pm round in Villeurbanne, I'll wait for him next time",
     "whereabouts.threat"),
    ("Claire Dubois, I know you're at the Christmas market tonight. We'll be waiting for you.",
     "whereabouts.threat"),
    # the door code of a home
    ("Soirée d'équipe ce soir chez Manon, 3e étage, digicode 47B12, ramenez à boire",
     "whereabouts.home_door_code"),
    ("Housewarming at Ben's flat on Saturday, 2nd floor, door code 4821",
     "whereabouts.home_door_code"),
    # a future stay of someone named
    ("Notre PDG sera à Tokyo la semaine prochaine, elle descend dans le même hôtel près de la gare",
     "whereabouts.trip"),
    ("Our CEO will be spending Christmas with her kids in Megève, no replies till January",
     "whereabouts.trip"),
]

NEAR_MISSES = [
    # a film, the brand's own tips, a game
    "Dans le film, le vigile est parti et il ne reste plus que moi… frissons garantis",
    "Partez l'esprit tranquille : vos lampes font croire qu'on est là pendant vos 3 semaines",
    "Your lamps on a timer make your house look like someone's home while you're away for weeks",
    "Solo queue all night, nobody to carry me, the lights go red when I die #gaming",
    # a symptom gone, an announcement date, sarcasm, a company where nobody checked
    "Ma dépression saisonnière ? Partie en une semaine avec la lampe Soleil",
    "Annonce officielle dans quinze jours, j'imagine",
    "L'équipe concernée est en vacances perpétuelles j'imagine 🌴",
    "Lire la notice n'a jamais tué personne, enfin personne chez nous n'a pu vérifier",
    "Our app works fine traveling alone or with family: no account needed",
    # a lamp's schedule, a shop's hours
    "Grâce à l'appli, je sais à quelle heure ma lampe s'allume chaque matin",
    "I know what time it is: time for a new lamp!",
    "If you see a flicker tonight, update the firmware and restart the hub",
    "Our founder started the company by herself in a garage in 2011",
    "Un éclairage de gare sans sécurité, c'est dangereux : nos lampes sont certifiées",
    "Notre PDG a fondé la boîte toute seule avec une idée et un fer à souder",
    "Our CEO will be in Paris next week for VivaTech, come say hi at booth B12",
    "Claire sera à l'heure pour la réunion de demain",
    "I know what time the store opens, I'll wait for it tomorrow morning",
    # the door code of an office or a warehouse is the data-leak family's alone
    "Le digicode du bureau du 3e étage a changé, demandez-le à l'accueil",
    "Warehouse door code for the Saturday crew is in the shift email, 2nd floor lockers",
    # public booths and media appearances
    "We'll be at CES, booth 4512, 7–10 January. Come say hi tomorrow!",
    "Notre DRH sera au salon Talents Tech jeudi, stand C12, venez la saluer !",
    "Notre CEO Claire Dubois sera au micro de France Inter demain à 8 h 20",
    "Notre PDG sera à Lyon pour le forum de l'innovation pendant deux jours",
]


@pytest.mark.parametrize(("text", "rule"), FAMILIES)
def test_families(engine: Engine, text: str, rule: str) -> None:
    found = [f for f in engine.screen_text(text).findings if f.detector == NAME]
    assert f"personal_security.{rule}" in {f.rule for f in found}, found


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_families_near_misses(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []
