"""Round 21 (structural) for the data leak family, from the misses and false positives left by
round 20 (blind6, blind9, para-t to para-w, train-j, train-o, train-p).

- a lower-case term among the names of other birds is the bird ("Nightingale, nighthawk,
  nightjar…");
- a credential told by its recipe: "creds", a wifi's key and the office wifi as keywords, the
  year swapped or glued at the end as context; "were changed: same as last year's" is a new
  recipe, not a fix (:mod:`..confidential.confidentiality_markers`);
- more service words for a password typed in (:mod:`..secrets.passwords`): a NAS, a server, a
  router, a CRM, a database, the CCTV…;
- a date of birth next to a named person (:mod:`..pii.person_with_contact`).

For each rule ten wordings (FR and EN): the development posts and the first rows shaped it, the
rows marked held out were written before the rule was run on them (see the "Round 21" paragraphs
of docs/detectors/secrets.md, confidential.md, pii.md)."""

from __future__ import annotations

import pytest

from tocsin import Engine

FAMILY = "data_leak"

#: (rule group, text, held out?)
LEAKS = [
    # a credential told by its recipe
    ("recipe", "Heads-up, prod database creds were changed: same as last year's, just with 2027 "
               "instead of 2026. Like clockwork 🙃", False),
    ("recipe", "lol the showroom guest wifi is still LumioGuest and the key is Claire's cat's "
               "name + 2024, good luck 🐱", False),
    ("recipe", "Fresh creds for the team Instagram: the year the company was founded, then the "
               "office cat's name with a capital.", False),
    ("recipe", "pour la console d'admin, reprenez l'ancien mot de passe et changez juste le "
               "millésime à la fin 😅", False),
    ("recipe", "Les nouveaux, pour le wifi du bureau : prenez le nom du quai de notre siège, "
               "collez l'année derrière, et voilà 😉", False),
    ("recipe", "New creds for the shared Canva: our street name, then the year we moved in, "
               "capital first 🙃", True),
    # found when first run; missed after the wifi phrases were narrowed for precision ("the key
    # is consistency"), found again with "wifi des invités"
    ("recipe", "Le wifi des invités ? la clé c'est le prénom de la standardiste suivi de 2026, "
               "tout collé", True),
    ("recipe", "For the office wifi just take the brand name and stick the year on the end, "
               "easy", True),
    ("recipe", "Nouveaux identifiants du compte TikTok : l'ancien mot de passe avec 2027 à la "
               "place de 2026", True),
    ("recipe", "the creds for the CMS were reset: same one as the wifi, just add an exclamation "
               "mark", True),
    # a password typed into a machine or a back-office tool
    ("service", "Pour le NAS, saisissez Archive#2026 et c'est bon", False),
    ("service", "le serveur de test c'est Lumio!Test26 pour tout le monde", False),
    ("service", "For the CRM, just type Sales#Lyon27 and you're in", False),
    ("service", "router: Netgear!Rhone77", False),
    ("service", "Pour la base de données, tapez Perrache2026!", False),
    ("service", "Pour le NAS, saisissez Archives#Lyon26 et ne le dites à personne", True),
    ("service", "For the file server just type Backup!Quai12 when it asks", True),
    ("service", "le routeur du showroom c'est Rhone@2026 pour l'instant", True),
    ("service", "For the CCTV, enter Cam#Lyon2026 at the prompt", True),
    ("service", "Pour le CRM, tapez Clients#2027 en attendant vos accès", True),
    # a date of birth next to a named person
    ("birth", "Merci à notre client le plus fidèle ! Cher Hervé Lacombe (né le 3 mai 1961, "
              "client depuis 2015), votre carte cadeau arrive à Grenoble cette semaine 🎁", False),
    ("birth", "Happy birthday to our loyal customer Sarah Collins, born on 12 March 1984 in "
              "Leeds, your gift card is on its way 🎁", True),
    ("birth", "Bienvenue à Julie Martin, née le 14/07/1990, qui rejoint la compta lundi !", True),
    ("birth", "For the insurance form: Mark Evans, DOB 04/03/1991, policy holder since 2019",
     True),
    ("birth", "Félicitations à Nadia Haddad (née le 2 février 1988) pour ses 10 ans de maison !",
     True),
    ("birth", "Customer record for the warranty: Tom Baker, date of birth: 5 June 1979", True),
]

#: clean near misses: none of them is a data leak
CLEAN = [
    # birds and gems that are no code name
    "Spotted a nocturnal bird on our evening walk, no idea which one, anyone? 🐦",
    "Notre nouvelle scène « oiseau de nuit » est disponible dès aujourd'hui dans l'appli 🦉",
    "Birthstone guide for October babies: the milky gem with rainbow flashes 💎 which one is "
    "yours?",
    "Our owl-shaped night light is back in stock, perfect for little night birds 🦉",
    "Les oiseaux de nuit souffrent de la pollution lumineuse : au printemps, éteignez vos "
    "lampes extérieures 🌙",
    "Nightingale, nighthawk, nightjar… we asked you to name our new owl-shaped night light and "
    "'Hoot' won by a mile 🦉",
    # password advice and services without a value
    "Tip: never build your password from your cat's name + your birth year!",
    "Pour le wifi du bureau, demandez le code à l'accueil 😉",
    "For the wifi at the event, the key is printed on your badge",
    "Our creds were changed this morning after the audit, all good now",
    "Le serveur de la brasserie c'est Julien, il est adorable",
    "Our NAS is a Synology DS920+ and it works great",
    "For the wifi, connect to LumioGuest first, then the app will guide you through pairing",
    "Pour le wifi, comme d'habitude, demandez à l'accueil",
    "The key is to keep the lamp away from moisture, then the bulb lasts for years",
    "The key is consistency: same as last year's campaign, just brighter",
    "Our guest wifi is free for every visitor of the showroom, followed by a coffee if you ask "
    "nicely",
    "Office wifi is down again, IT says it'll be back by noon as usual",
    "database: PostgreSQL 16",
    # dates that are no one's birth date
    "Notre fondatrice Claire Dubois est née en 1975 à Lyon.",
    "Lumio est né le 3 mai 2016 dans un garage de Villeurbanne 🎉",
    "Our lamp was born on 12 March 2020 in a Lyon workshop",
    "Sophie Martin a rejoint l'équipe le 3 mai 2021",
]


def _categories(engine: Engine, text: str) -> list[str]:
    result = engine.screen_text(text, direction="outbound")
    return sorted({str(f.category.value) for f in result.findings})


@pytest.mark.parametrize(("group", "text", "held_out"), LEAKS)
def test_round21_leak_is_found(engine: Engine, group: str, text: str, held_out: bool) -> None:
    found = _categories(engine, text)
    assert FAMILY in found, (group, held_out, text, found)


@pytest.mark.parametrize("text", CLEAN)
def test_round21_near_miss_is_clean(engine: Engine, text: str) -> None:
    found = _categories(engine, text)
    assert FAMILY not in found, (text, found)
