"""Round 12 (structural) of issue #3 for the data leak family, and its precision fixes found on
the tenth blind set. A secrecy hedge now also reads a request to keep quiet reported ("on m'a
demandé de ne pas le dire"), a secret offered ("wanna know a secret?") and a plea not to repeat
("don't tell anyone"); what lies ahead, a release in a named month or a price about to move. A
team's work-tracking tool (Jira, Trello, the backlog) shown in a picture; a message meant for
an internal channel that gives resellers' prices; a customer file carried from one company to
another; a frail person's room in a care home or a hospital; a code after "'s" ("the door
code's still 1987"). Precision: a bird spotted is the
bird; a hall's aisle ("Hall 5, allée B") is no address; a pay cut ruled out ("with no pay cut")
is no pay freeze; a tip from one's own adviser or bank is no insider's; a flight to a show's
numbered booth with an invitation is public; a pay scale in a job ad is no one's pay; an office
shut for the holidays is no closure; a danger or a recall denied is no disparagement; our
lawyers on a patent are no deal; forecasts next to the weather or the cinema are a pun.
Paraphrases, not corpus posts, in French and English: each match row a risky post, each near
miss the clean reading next to it."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

TEASER = ("unreleased_teaser", "confidential.marker")

MATCH = [
    # (text, direction, detector, kind)
    # -- a secrecy hedge (reported, offered, pleaded) + a release or a price move ahead
    ("On m'a dit de ne rien dire, mais la nouvelle applique sort en mars", "outbound", *TEASER),
    ("Ma cheffe m'a interdit d'en parler… la lampe solaire arrive début juin 🤫", "outbound",
     *TEASER),
    ("My boss asked me not to mention it, but the new desk lamp ships in April", "outbound",
     *TEASER),
    ("Want to know a secret? Our floor lamp prices will drop in March. Hold off buying!",
     "outbound", *TEASER),
    ("Je vous confie un petit secret : les prix de la gamme Halo vont baisser en janvier",
     "outbound", *TEASER),
    ("Don't tell anyone, but the new bulb comes out in May", "outbound", *TEASER),
    ("Vous l'avez pas lu ici, mais les tarifs vont augmenter à la rentrée", "inbound", *TEASER),
    # -- a team's internal tool shown in a picture
    ("Capture d'écran de notre backlog du sprint, devinez ce qui arrive 👀", "outbound",
     *TEASER),
    ("Here's a screenshot of our Trello board, spot the secret card!", "outbound", *TEASER),
    ("Photo du tableau Jira de l'équipe produit ce matin", "outbound", *TEASER),
    # -- a message meant for an internal channel, with resellers' prices or a price list
    ("Oups mauvais canal : nouvelle grille tarifaire revendeurs, -10 % sur la Nomad",
     "outbound", *TEASER),
    ("Sorry, wrong channel! Reseller pricing for Q1: Halo at €49, Nomad at €72", "outbound",
     *TEASER),
    ("Message interne, à supprimer après lecture : remises pour les distributeurs à 22 %",
     "outbound", *TEASER),
    # -- a customer file carried from one company to another
    ("Notre nouvelle recrue a embarqué tout le fichier clients de son ancien employeur",
     "outbound", *TEASER),
    ("The sales guy we hired from them brought his whole client list with him 😅", "outbound",
     *TEASER),
    ("Leur ex-commercial est parti avec le portefeuille clients, sympa", "inbound", *TEASER),
    # -- a code with "is" contracted on its keyword
    ("Thanks for the cabin, Sam, the gate code's still 2580 if you forgot your key", "outbound",
     "password", "secret.password"),
    ("The wifi password's Lumio2026! for guests today", "outbound", "password",
     "secret.password"),
    # -- a frail person's room in a care home or a hospital
    ("Ma grand-mère est à la maison de retraite Les Cèdres, chambre 21, sa lampe clignote",
     "inbound", "postal_address", "pii.postal_address"),
    ("My dad is in room 14 at St Mary's care home, his lamp is broken", "inbound",
     "postal_address", "pii.postal_address"),
    ("Mon oncle est à l'hôpital de la Croix-Rousse, lit 8, passez le voir", "outbound",
     "postal_address", "pii.postal_address"),
]

NEAR_MISSES = [
    # (text, direction, detector)
    # a release or a price told openly, no hedge
    ("La nouvelle applique sort en mars, précommandes ouvertes !", "outbound",
     "unreleased_teaser"),
    ("Our floor lamp prices will drop in March: the sale is official", "outbound",
     "unreleased_teaser"),
    # a hedge with nothing ahead
    ("Don't tell anyone, but I still use the first lamp I bought in 2015", "outbound",
     "unreleased_teaser"),
    ("Je vous confie un petit secret : je lis toujours le manuel", "outbound",
     "unreleased_teaser"),
    # a picture, but of something public
    ("Screenshot of our app's new night mode, available today", "outbound",
     "unreleased_teaser"),
    ("Photo de notre stand au salon de Lyon, venez nous voir", "outbound", "unreleased_teaser"),
    # prices, but published ones; an internal word, but no terms
    ("Nos prix revendeurs sont publiés sur lumio.fr/pro", "outbound", "unreleased_teaser"),
    ("Sorry, wrong channel! Meant to post this cat photo elsewhere", "outbound",
     "unreleased_teaser"),
    # a client file, but no carrying
    ("Mettez à jour votre fichier clients avant la fin du mois", "outbound",
     "unreleased_teaser"),
    ("Our CRM keeps the customer list safe and encrypted", "outbound", "unreleased_teaser"),
    # "'s" with no password after it
    ("The password's strength matters more than you think", "outbound", "password"),
    ("Le code de la porte a changé, demandez à l'accueil. Our door code's changed too",
     "outbound", "password"),
    # our lawyers on a patent; the weather and the cinema, not the forecasts
    ("Leur nouvelle lampe ressemble à nos brevets, nos avocats regardent ça de près",
     "outbound", "financial_disclosure"),
    # a care home, but no room of a resident
    ("Nos lampes équipent les 80 chambres de l'EHPAD de Tassin", "outbound", "postal_address"),
    ("Our lamps now light every room at the Oak Lodge care home", "outbound", "postal_address"),
    # -- precision: the bird spotted, a hall's aisle, a cut ruled out, one's own adviser
    ("Spotted a nightjar on the office roof this morning, any birdwatchers here?", "outbound",
     "confidential_terms"),
    ("Aperçu un nightjar sur le toit de l'entrepôt hier soir 🐦", "outbound",
     "confidential_terms"),
    ("Le stand est prêt : Hall 3, allée F. On vous attend !", "outbound", "postal_address"),
    ("Find us at stand 12, allée C4 all week", "outbound", "postal_address"),
    ("Good news: four-day week for the warehouse team, with no pay cut", "outbound", "layoffs"),
    ("Semaine de quatre jours à l'atelier, sans baisse de salaire 🙌", "outbound", "layoffs"),
    ("Mon conseiller m'a dit que les actions Lumio étaient un bon placement, c'est vrai ?",
     "inbound", "financial_disclosure"),
    ("My financial advisor told me Lumio shares are safe, can you confirm?", "inbound",
     "financial_disclosure"),
    ("Landed at CDG for the Paris fair: stand B12, hall 4, come say hi!", "outbound", "travel"),
    ("Atterri à Orly pour le salon, hall 6 stand 21, passez nous voir", "outbound", "travel"),
    ("Pay scale for our new support agents: €2,000 a month to start. Postulez sur lumio.fr",
     "outbound", "layoffs"),
    ("Je ferme le bureau pour les fêtes, bonnes vacances à tous", "outbound", "layoffs"),
    ("Closing the office for the holidays, back on the 3rd", "outbound", "layoffs"),
    ("Brillix had no fires, recalled nothing: a fine rival, we just like our lamps more",
     "outbound", "competitor_disparagement"),
    ("Brillix n'a jamais pris feu, aucun rappel : respect à eux", "outbound",
     "competitor_disparagement"),
]

STILL_FOUND = [
    # (text, direction, detector, kind): what the precision fixes must keep
    ("Spotted the nightjar prototype in the lab, launch is close", "outbound",
     "confidential_terms", "confidential.code_name"),
    ("Il habite 12 allée B, 69003 Lyon", "outbound", "postal_address", "pii.postal_address"),
    ("No pay cut this year, but a salary freeze for all managers", "outbound", "layoffs",
     "hr.pay_freeze"),
    ("Claire just landed at JFK, staying at the Plaza until Friday", "outbound", "travel",
     "travel.airport"),
    ("On ferme le bureau de Nantes en mars, 20 postes supprimés", "outbound", "layoffs",
     "hr.layoffs"),
    ("Mon cousin chez Lumio m'a dit que les résultats du T4 seront mauvais, vendez vos actions",
     "inbound", "financial_disclosure", "mnpi.insider_trading"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH + STILL_FOUND)
def test_round12_data_leak_shapes_are_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_round12_data_leak_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    assert_not_found(engine, text, direction, detector)


#: inside the test profile's quiet period (2026-12-15 to 2027-01-28)
IN_QUIET_PERIOD = "2027-01-10T10:00:00+01:00"


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Le mauvais temps ne fera pas baisser nos prévisions… de sorties au ciné ! 🎬", False),
        ("Bad weather won't lower our forecasts… of movie nights at the cinema!", False),
        ("Nos prévisions pour le trimestre restent solides", True),
    ],
)
def test_round12_a_forecast_pun_is_no_quiet_period_mention(
    engine: Engine, text: str, reported: bool
) -> None:
    result = engine.screen_text(text, direction="outbound", at=IN_QUIET_PERIOD)
    found = [f for f in result.findings if f.kind == "mnpi.quiet_period"]
    assert bool(found) is reported, found
