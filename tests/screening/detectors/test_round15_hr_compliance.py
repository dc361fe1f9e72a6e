"""Round 15 (structural) for the human resources and compliance families, from the misses of
blind13 (and two of blind11). The staff left after a cut foretold ("those who stay", "on sera
plus que trois", "for some of us it'll be the last"), a slimming in two corporate words, a floor
foretold calmer; a named person fighting something unnamed with wishes to come back, rehab and
physiotherapy as care, a health euphemism in quotes with an absence, a person said with a bond
or a department; a roster of first names and amounts under a pay word; a rival's staff courted
without its name; a symptom that stopped after the product; someone else's media used with the
permission admitted not asked. Paraphrases, not corpus posts, in French and English: each match
row a risky post, each near miss the clean reading next to it."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

LAYOFFS = ("layoffs", "hr.layoffs")
HEALTH = ("employee_health", "hr.employee_health")
HEALTH_SPECIAL = ("employee_health", "compliance.special_category")
SALARY = ("salaries", "hr.salary")
POACHING = ("poaching", "hr.poaching")
CURE = ("health_claims", "compliance.cure_claim")
COPYRIGHT = ("copyright_flags", "compliance.copyright")

MATCH = [
    # (text, direction, detector, kind)
    # -- the staff left after a cut, foretold
    ("Au dépôt de Nantes, nous ne serons bientôt plus que cinq pour tout gérer, bon courage "
     "à nous", "outbound", *LAYOFFS),
    ("Heads-up from the Leeds office: we'll soon be down to a skeleton crew, so be patient "
     "with replies", "inbound", *LAYOFFS),
    ("Enjoy the summer BBQ, team. For some of us it'll be the last one, if you catch my drift",
     "outbound", *LAYOFFS),
    ("Le séminaire de juin, profitez-en : pour certaines d'entre nous ce sera la dernière "
     "édition 🙃", "outbound", *LAYOFFS),
    ("New org chart lands in April. Those of us who remain will get the corner desks 😅",
     "outbound", *LAYOFFS),
    ("Celles qui resteront après l'été hériteront des plantes vertes, c'est déjà ça",
     "outbound", *LAYOFFS),
    ("Only three of us left in QA by summer, lol", "inbound", *LAYOFFS),
    ("Whoever is left after March inherits my monitor", "outbound", *LAYOFFS),
    # -- a slimming in two corporate words
    ("Painful decisions coming next quarter; the restructuring will make us a slimmer, "
     "faster company", "outbound", *LAYOFFS),
    ("Des arbitrages difficiles cette semaine : la réorganisation doit nous rendre plus "
     "agiles, et une structure allégée", "outbound", *LAYOFFS),
    ("Right-sizing is the theme of our offsite, and yes, there will be hard conversations",
     "outbound", *LAYOFFS),
    # -- a floor foretold calmer
    ("The 2nd floor is going to be a lot calmer from June. Just saying.", "outbound",
     *LAYOFFS),
    ("Le 1er étage sera vachement plus tranquille au printemps, croyez-moi 🤷", "outbound",
     *LAYOFFS),
    # -- a named person fighting something unnamed, with wishes to come back
    ("Toutes nos pensées vont à Karim de la logistique, qui se bat courageusement. Revenez "
     "vite, on vous attend", "outbound", *HEALTH),
    ("Our CFO is going through a really tough time, we miss her at the Monday meeting ❤️",
     "outbound", *HEALTH_SPECIAL),
    ("Big hugs to our Jojo, still battling on since spring. Come back soon, the office is too "
     "quiet without you", "outbound", *HEALTH),
    ("Notre directrice traverse une rude épreuve ; on est avec elle, tiens bon !", "outbound",
     *HEALTH_SPECIAL),
    # -- rehab and physiotherapy as care, a person by title or name
    ("Notre DAF est en centre de rééducation depuis trois semaines, il revient en forme",
     "outbound", *HEALTH),
    ("Quick update: our founder says physio is going well and she's back on Monday 🙌",
     "outbound", *HEALTH_SPECIAL),
    # -- a health euphemism in quotes, with an absence
    ("Notre Fred est absent depuis des semaines pour « surmenage »… on sait tous ce que ça "
     "veut dire. Tiens bon !", "outbound", *HEALTH),
    ("Raj from accounts has been away for weeks with 'a bug', wink wink. Keep your chin up "
     "mate", "outbound", *HEALTH_SPECIAL),
    # -- a roster of first names and amounts under a pay word
    ("Les primes de fin d'année sont tombées : Léa 2 100 €, Thomas 1 800 €, Julie 950 €",
     "outbound", *SALARY),
    ("Payslips came in, quick recap for the group chat: Emma £3,450 / Oliver £3,100",
     "outbound", *SALARY),
    # -- a rival's staff courted without its name
    ("Aux devs d'une certaine boîte qui commence par B : on paie mieux, envoyez vos CV 😉",
     "outbound", *POACHING),
    ("Engineers at a certain company starting with B: our perks are better too, DMs open",
     "outbound", *POACHING),
    # -- a symptom that stopped after the product
    ("Depuis qu'elle dort avec notre veilleuse, ses cauchemars ont complètement disparu ✨",
     "outbound", *CURE),
    ("So many of you tell us your back pain went away after a month with our desk lamp 🙏",
     "outbound", *CURE),
    ("Adieu les insomnies : nos ampoules ambrées, c'est magique", "outbound", *CURE),
    # -- someone else's media used with the permission admitted not asked
    ("Cette vidéo virale de chat, on l'a mise dans notre pub sans demander à personne… si "
     "quelqu'un se plaint on verra", "outbound", *COPYRIGHT),
    ("Used a gorgeous photo we found on Pinterest for the banner, hope the artist doesn't "
     "mind 🤞", "outbound", *COPYRIGHT),
]

NEAR_MISS = [
    # (text, direction, detector)
    # -- people who stay late or for a party, a countdown, a retirement
    ("Those who stay late on Friday get pizza and the good chairs 🍕", "outbound", "layoffs"),
    ("Plus que 3 jours avant les soldes ! On sera plus que prêts", "outbound", "layoffs"),
    ("On sera plus que 200 au salon de Lyon cette année, venez nombreux !", "outbound",
     "layoffs"),
    ("Only two of us left at the party after midnight 😂", "outbound", "layoffs"),
    ("Pour certains d'entre nous ce sera le dernier pot avant la retraite, bravo Gérard",
     "outbound", "layoffs"),
    ("The survivors of the charity marathon are in the canteen, come cheer them", "outbound",
     "layoffs"),
    # -- a leaner product, a reorganised shop, a floor calmer after works
    ("Tough decisions on our menu: a leaner, more seasonal card from March", "outbound",
     "layoffs"),
    ("On a réorganisé notre boutique en ligne : les suspensions sont dans la rubrique Salon",
     "outbound", "layoffs"),
    ("The 3rd floor will be much calmer from May once the construction is over", "outbound",
     "layoffs"),
    # -- industry news while hiring, a teased launch, pay bands in every ad
    ("Plenty of layoff news in tech lately. Meanwhile we're hiring 12 people in Nantes",
     "outbound", "layoffs"),
    ("Our roadmap has a little surprise for next spring, stay tuned 👀", "outbound", "layoffs"),
    ("Lumio is hiring: salary bands published in every ad, apply at lumio.com/careers",
     "outbound", "layoffs"),
    # -- a fight that is a match, a printer or a deadline
    ("Nicolas se bat pour le titre ce week-end, allez 💪", "outbound", "employee_health"),
    ("Julie se bat avec l'imprimante depuis ce matin 😅 courage à elle", "outbound",
     "employee_health"),
    ("Our Lumio app is fighting hard against the bugs, back soon 💪", "outbound",
     "employee_health"),
    ("Le kiné de l'équipe de foot nous a donné des étirements pour le bureau", "outbound",
     "employee_health"),
    # -- quoted tiredness without an absence, quoted stress of a launch
    ("Big day for Raj from accounts, he's 'exhausted' after the audit 😉 we all know what "
     "that means: beers", "outbound", "employee_health"),
    # -- scores, sales, donations listed by name
    ("Scores du quiz RH : Manon 4 200, Kevin 3 800", "outbound", "salaries"),
    ("Challenge de la semaine : Emma 12 400 pas, Oliver 10 900 pas", "outbound", "salaries"),
    ("Donations raised for the food bank: Tom £1,200, Ana £950 🙌 thank you", "outbound",
     "salaries"),
    # -- a rival's customers courted
    ("Clients d'une certaine boîte qui commence par B : nos prix sont meilleurs, DM ouverts",
     "outbound", "poaching"),
    # -- a cure denied, a figurative "no more"
    ("Our lamp does not cure migraines: if your migraines stopped, thank your doctor",
     "outbound", "health_claims"),
    # -- an own notice, own media, a question to the artist
    ("Photos de notre atelier : reproduction interdite sans autorisation", "outbound",
     "copyright_flags"),
    ("On a lancé la promo sans demander l'avis du marketing, on verra bien 😅", "outbound",
     "copyright_flags"),
    ("Reminder: never repost a video from TikTok without permission, ask the creator first",
     "outbound", "copyright_flags"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round15_shape_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISS)
def test_round15_near_miss_clean(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    assert_not_found(engine, text, direction, detector)
