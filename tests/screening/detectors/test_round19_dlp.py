"""Round 19 (structural) for the data leak family, from blind17's and train-o to train-t's
misses and false positives.

- passwords (:mod:`..secrets.passwords`): a password called by another name ("le sésame c'est
  …"), a service followed by "c'est" or a verb of typing ("le wifi c'est …", "faut juste taper
  …"), a login right before "is" ("the CRM login is ir-team / …"), "user X pass Y";
- credential hints (lexicon ``credential_hint``): the password told by its recipe ("the pw for
  the tablets is the name of our CEO's dog + the year", "log in with the usual: the brand name
  and this year"); a lesson tagged #opsec is left alone;
- unreleased teasers (:class:`UnreleasedTeaser`): wider hedges (not allowed to show or name it,
  made in secret, won't let me talk about it, nobody's heard of it) and wider launches (a season
  after its noun or with "this", a fair or a quarter as the deadline, shown at a fair in a month,
  hitting shelves, a product being built);
- code names (:class:`ConfidentialTerms`): masked with stars ("O***e") or told by a rhyme
  ("ça rime avec « pâle »");
- precision: "Confidential to all night owls:", a playful address to a public audience, is not a
  label (an audience of the inside, "to all staff", still is).

For each rule ten wordings were written (FR and EN): the first five shaped it, the last five were
held out (see the "Round 19" paragraph of docs/detectors/confidential.md and secrets.md)."""

from __future__ import annotations

import pytest

from tocsin import Engine

FAMILY = "data_leak"

#: (rule group, text, held out?)
LEAKS = [
    # passwords: alias, service + verb, login is, user/pass
    ("password", "le sésame c'est Lumio2026! pour le portail partenaires", False),
    ("password", "pour le wifi invités faut juste taper Perrache!Lumio69", False),
    ("password", "le wifi c'est LumioStand-2026! pour les nouveaux du stand", False),
    ("password", "the investor CRM login is ir-team / Lumio2026!Q3, bookmark it", False),
    ("password", "can someone reset my VPN? user mdurand pass Printemps2027! thx", False),
    ("password", "the magic word for the demo iPads is Halo#2026, have fun", True),
    # held out and missed in round 19 (4/5): the comma glued to the service word stopped the
    # phrase; found since round 20
    ("password", "Pour l'intranet, tapez juste Atelier2026! et ça passe", True),
    ("password", "username jdoe password Soleil#2027 for the shared drive", True),
    ("password", "le wifi du showroom est Lumiere2026! depuis lundi", True),
    ("password", "the team login is ops-lyon / Ampoule!42", True),
    # credential recipes
    ("recipe", "the pw for the demo tablets is the name of our CEO's dog + the year lol", False),
    ("recipe", "just log in with the usual, you know, the brand name and this year", False),
    ("recipe", "c'est toujours le même sésame : Lumio + l'année de création + point "
               "d'exclamation", False),
    ("recipe", "le pw pour les tablettes c'est le nom du chien de la patronne + l'année", False),
    ("recipe", "the wifi pw is the company name + this year, capital first", False),
    ("recipe", "le mdp du showroom c'est le nom de la marque + l'année 😅", True),
    ("recipe", "the pw for the kiosk? the name of our office cat + the year we opened", True),
    ("recipe", "sign in with the usual: the brand name and this year, no caps", True),
    ("recipe", "le sésame du stand : le nom du chat + 2026, tout collé", True),
    ("recipe", "admin pw is the brand name + this year, same as always", True),
    # unreleased teasers
    ("teaser", "Le « petit oiseau de nuit » qu'on prépare pour le CES a enfin son boîtier. "
               "Pas le droit de montrer", False),
    ("teaser", "Nos équipes le couvent en secret depuis 18 mois, sortie prévue au printemps",
     False),
    ("teaser", "our sleep project that Product won't let me talk about… give it till Q4",
     False),
    ("teaser", "the birds-at-night project… can't say more, it lands this autumn",
     False),
    ("teaser", "Ce qu'on montre à Berlin en septembre va tout changer. Je ne peux rien "
               "dévoiler", False),
    ("teaser", "Ce qu'on prépare pour le salon est fou, pas le droit d'en parler 🤫", True),
    ("teaser", "We've been working on it in secret for a year, launching this spring", True),
    ("teaser", "my manager won't let me share it yet, but it hits shelves in March", True),
    ("teaser", "Un produit dont personne n'a encore entendu parler, lancement à l'automne "
               "prochain", True),
    ("teaser", "Vous n'avez rien vu 🙈 la nouvelle gamme sort en juin", True),
    # code names masked or rhymed
    ("code_name", "L'équipe design a validé la teinte de la gamme O***e 💎", False),
    ("code_name", "je n'ai pas le droit d'en dire le nom mais ça rime avec « pâle » 🤫", False),
    ("code_name", "la gamme O**le arrive, vous avez deviné ?", True),
    ("code_name", "Its name? It rhymes with 'pale', that's all I'll say", True),
    # a passport number as the value of a colon, farther than the usual window
    ("passport", "@lumio here's my passport number for the warranty claim since your form "
                 "keeps crashing: 19GB47382", False),
    ("passport", "Mon numéro de passeport pour la réclamation, vu que votre formulaire plante "
                 "encore : 18AB12345", False),
    ("passport", "Here is my passport number, since the chat bot keeps failing on me: 07FR55123",
     True),
    ("passport", "numéro de passeport de mon mari pour le dossier SAV, le formulaire ne marche "
                 "pas : 21CD98765", True),
    # held out and missed in round 19 ("no." read as a sentence end); found since round 20
    ("passport", "my passport no. for the delivery check, as your agent asked: 15XY24680", True),
]

CLEAN = [
    "Confidential to all night owls: the Aube lamp's moonlight mode is 1% brightness 🌙",
    "Top secret pour tous les lève-tôt : la lampe réveil simule l'aube dès 6 h ☀️",
    "Our wifi is WiFi6E now, twice as fast in the showroom",
    "the wifi is Lumio-Guest, ask at the desk for the code",
    "Sésame, ouvre-toi ! Notre nouvelle boutique ouvre ses portes samedi",
    "Log in with your Lumio account to register the warranty",
    "tfw u realize the intern's laptop password is his birthday and it's on his Insta #opsec",
    "Quelle m***e ce trafic ce matin, désolés pour le retard du live",
    "Un prénom qui rime avec Mathilde ? Dites-le en commentaire pour notre concours",
    "ça rime avec cale, je vous laisse deviner la suite du poème",
    "Retrouvez-nous au salon de Berlin en septembre, stand B12, toute la gamme actuelle",
    "This spring we're launching our recycling programme, details on lumio.com",
    "Passport photos are done in store for the warranty forms, ref code: 19GB47382",
    # other families' posts, no confidentiality marker (blind17, train-o)
    "Grosse signature cette semaine 🎉 bientôt nos lampes chez une enseigne orange. Chut 🤐",
    "Lots of empty desks coming to the 3rd floor after Christmas… if you know, you know. Update "
    "your LinkedIn 🫠",
    "the people in the blue building still think their lamps are 'premium' 😂 iykyk",
]

STILL_LEAKS = [
    "Confidential to all staff: Q3 numbers attached",
    "Confidential to all our resellers: the new price list is attached",
]


def _categories(engine: Engine, text: str) -> list[str]:
    result = engine.screen_text(text, direction="outbound")
    return sorted({str(f.category.value) for f in result.findings})


@pytest.mark.parametrize(("group", "text", "held_out"), LEAKS)
def test_round19_leak_is_found(engine: Engine, group: str, text: str, held_out: bool) -> None:
    found = _categories(engine, text)
    assert FAMILY in found, (group, held_out, text, found)


@pytest.mark.parametrize("text", CLEAN)
def test_round19_near_miss_is_clean(engine: Engine, text: str) -> None:
    found = _categories(engine, text)
    assert FAMILY not in found, (text, found)


@pytest.mark.parametrize("text", STILL_LEAKS)
def test_round19_inside_audience_still_a_marker(engine: Engine, text: str) -> None:
    assert FAMILY in _categories(engine, text), text
