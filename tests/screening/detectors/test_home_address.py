"""Home addresses of people: a street address after a word of residence; masked excerpts."""

from __future__ import annotations

import pytest

from tocsin import Engine

NAME = "home_address"
#: the home itself; round 10 (second pass) adds a `pii.postal_address` companion to a home told
#: by its street when the PII family saw no postal address (tested in test_round10b_…)
KIND = "whereabouts.home_address"
KIND = "whereabouts.home_address"

MATCH = [
    # (text, evidence at the span, excerpt)
    ("Notre DG habite à deux pas du siège, au 4 rue Smith à Lyon",
     "habite à deux pas du siège, au 4 rue Smith à Lyon", "habite … • rue s… a… l…"),
    ("Elle habite au 12 rue des Lilas", "habite au 12 rue des Lilas", "habite … •• rue d… L…"),
    ("Claire habite 3 bis avenue Foch", "habite 3 bis avenue Foch", "habite … • bis avenue F…"),
    ("Son adresse perso : 3 allée des Pins", "Son adresse perso : 3 allée des Pins",
     "Son adresse … • allee d… p…"),
    ("He lives at 221B Baker Street", "lives at 221B Baker Street", "lives … •••b b… street"),
    ("she lives on 45 Oak Road, Leeds", "lives on 45 Oak Road", "lives … •• o… road"),
    ("Le client Paul Garnier, 14 rue des Tanneurs, 69007 Lyon",
     "Le client Paul Garnier, 14 rue des Tanneurs", "Le client … •• rue d… t…"),
    ("Parcel for Oliver Grant, Flat 3, 17 Kingsley Road",
     "Parcel for Oliver Grant, Flat 3, 17 Kingsley Road", "Parcel for … •• k… road"),
    # a postal address (pii.postal_address, reused) made a home by the words before it
    ("Ship it to Jordan Ellis, 27 Grove Road, Leeds LS6 2AA, he's working from home this week",
     "Jordan Ellis, 27 Grove Road, Leeds LS6 2AA", "J. E**** · ** Grove Road, L**** *** ***"),
    ("Tom's place is 1520 Oak St, Dayton, OH 45402 — party starts at 8!",
     "Tom's place is 1520 Oak St, Dayton, OH 45402", "T.'s place … **** O** St, D*****, O* 45***"),
    ("Pour la surprise, envoyez les fleurs chez Julien Moreau, 7 impasse des Lilas, 44000 Nantes",
     "Julien Moreau, 7 impasse des Lilas, 44000 Nantes",
     "J. M**** · * impasse des L****, 44*** Nantes"),
    # the residence rule of `whereabouts` also reports "just moved into" (the CFO): one span
    ("Our CFO just moved into 48 Kensington Gardens Square, London W2 4BA",
     "just moved into 48 Kensington Gardens Square, London W2 4BA",
     "moved into … ** K********* Gardens Square, L***** ** ***"),
    ("Crémaillère chez Paul samedi : 3 rue du Chêne, 35000 Rennes, apportez des lampions !",
     "Crémaillère chez Paul samedi : 3 rue du Chêne, 35000 Rennes",
     "Crémaillère … * rue du C****, 35*** Rennes"),
    ("Housewarming at Priya's new flat: 9 Elm Terrace, Bath BA1 2XY, Saturday 7pm",
     "Priya's new flat: 9 Elm Terrace, Bath BA1 2XY",
     "P.'s new flat … * E** Terrace, B*** *** ***"),
    ("L'adresse de Claire, c'est le 8 rue des Lilas, 69006 Lyon",
     "L'adresse de Claire, c'est le 8 rue des Lilas, 69006 Lyon",
     "L'adresse de … * rue des L****, 69*** Lyon"),
    ("Mark's house is at 77 Hill Street, Richmond, the one with the red door",
     "Mark's house is at 77 Hill Street, Richmond", "M.'s house is … ** Hill Street, R*******"),
    ("Le nouvel appart de Marc : 14 rue Sala, 69002 Lyon, il pend la crémaillère vendredi",
     "nouvel appart de Marc : 14 rue Sala, 69002 Lyon",
     "nouvel appart de … ** rue S***, 69*** Lyon"),
    ("Claire Dubois, 8 rue des Lilas, 69006 Lyon : c'est là qu'on dépose les cadeaux",
     "Claire Dubois, 8 rue des Lilas, 69006 Lyon", "C. D**** · * rue des L****, 69*** Lyon"),
    ("Send the prize to the winner, Mrs Karen Lowe, 12 Birch Lane, Norwich NR2 3AB",
     "Mrs Karen Lowe, 12 Birch Lane", "Mrs … •• b… lane"),
]

NO_MATCH = [
    "Notre boutique : 12 rue de la Paix, Paris",  # a shop is not a home
    "Showroom at 221 Baker Street, open daily",
    "Elle vit à Lyon depuis 12 ans",
    "Living room ideas: 12 lamps we love",
    "Habitez la lumière : -12 % sur la gamme",
    "Le client peut venir au 12 quai Perrache retirer sa commande",
    # postal addresses that nothing makes a home: shops, venues, workplaces, services
    "Join us at 221 Baker Street for our pop-up store opening on Saturday!",
    "Jordan Ellis, notre directeur commercial, vous attend au salon, 1 place de la Bourse, Paris",
    "The Rose & Crown, 27 Grove Road, Leeds, now lit by Lumio.",
    "Galeries Lafayette, 40 boulevard Haussmann, 75009 Paris : nos lampes en vitrine",
    "Open day at our workshop on Saturday, 14 Station Road, Bristol.",
    "Send returns to our warehouse, 40 Industrial Road, Leeds LS9 0AB.",
    "Elle travaille au 10 rue de la République, 69001 Lyon, au 3e étage",
    "Tom lives in Dayton. Our Ohio store is at 1520 Oak St, Dayton, OH 45402.",
    "Livraison à domicile offerte partout en France, même au 1 rue de Rivoli !",
    "Marc a déménagé ses bureaux au 14 rue Sala, 69002 Lyon",
    "Our team moved to a new office at 40 Station Road, Cambridge CB1 2JH",
    "Merci à la boulangerie Paul, 12 rue de la République, pour l'accueil",
    "Victor Hugo, 6 place des Vosges : la maison de l'écrivain se visite gratuitement",
    "Send your feedback to Mrs Karen Lowe, Customer Care, Lumio UK, 40 Station Road, Cambridge",
    "We live for design: visit 221 Baker Street",
    "Live at 12 rue des Lilas : concert Lumio ce soir",
    # a street without a number, but not someone's
    "Lumio vit rue Mercière depuis 2010 : venez nous voir",
    "Notre boutique vit au rythme de la rue Mercière",
    "Elle habite Lyon, rue ou pas rue, elle adore nos lampes",
    "She lives on the edge: three lamps, zero switches",
    "Il habite la rue de ses souvenirs (chanson)",
    "Our store lives on Baker Street now, come and see us",
]


@pytest.mark.parametrize(("text", "evidence", "excerpt"), MATCH)
def test_match(engine: Engine, text: str, evidence: str, excerpt: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.detector == NAME and f.kind == KIND]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert f.excerpt.lower() == excerpt.lower()
    assert (f.category, f.kind, f.severity) == ("personal_security", KIND, "high")
    assert result.decision == "block"


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []


def test_a_customer_posting_their_address_is_kept_for_moderation(engine: Engine) -> None:
    text = "le livreur a laissé mon colis devant chez moi au 27 bis rue Gambetta"
    found = [f for f in engine.screen_text(text, direction="inbound").findings
             if f.detector == NAME and f.kind == KIND]
    assert [f.severity for f in found] == ["medium"]


@pytest.mark.parametrize(
    "text",
    [
        "Call me: +1 202 555 0147. Sandra P., 1120 Oak Street, Arlington",
        "Mon adresse de livraison : 9 chemin des Vignes, 84000 Avignon, toujours rien reçu",
        "Sandra, this is where I live: 1120 Oak Street, Arlington",
    ],
)
def test_a_customer_naming_their_home_inbound_is_medium(engine: Engine, text: str) -> None:
    found = [f for f in engine.screen_text(text, direction="inbound").findings
             if f.detector == NAME and f.kind == KIND]
    assert [(f.kind, f.severity) for f in found] == [(KIND, "medium")]


@pytest.mark.parametrize(
    ("text", "evidence", "excerpt"),
    [
        ("Il habite rue de la Paix, juste au-dessus de la pharmacie", "habite rue de la Paix",
         "habite … rue P…"),
        ("Notre stagiaire habite place Bellecour, elle vient à pied", "habite place Bellecour",
         "habite … place B…"),
        ("Marc réside rue d'Alsace depuis son divorce", "réside rue d'Alsace",
         "réside … rue A…"),
        ("She lives on Baker Street, the house with the blue door", "lives on Baker Street",
         "lives … B… Street"),
        ("Our CFO lives off Kensington Road, near the park", "lives off Kensington Road",
         "lives … K… Road"),
    ],
)
def test_a_street_without_a_number_is_medium(
    engine: Engine, text: str, evidence: str, excerpt: str
) -> None:
    found = [f for f in engine.screen_text(text).findings if f.detector == NAME and f.kind == KIND]
    assert [(text[f.start : f.end], f.excerpt, f.severity) for f in found] == [
        (evidence, excerpt, "medium")
    ]


def test_a_street_of_a_profile_person_is_high(engine: Engine) -> None:
    found = [f for f in engine.screen_text("Claire vit avenue Foch, portail vert").findings
             if f.detector == NAME and f.kind == KIND]
    assert [(f.excerpt, f.severity) for f in found] == [("vit … avenue F…", "high")]


def test_a_megabyte_of_names_and_addresses_finishes(engine: Engine) -> None:
    text = "Jordan Ellis, 27 Grove Road, Leeds LS6 2AA; Tom's place is 1 Oak Road. " * 14000
    found = [f for f in engine.screen_text(text).findings if f.detector == NAME and f.kind == KIND]
    assert len(found) == 28000


def test_the_address_is_never_in_the_explanation(engine: Engine) -> None:
    f = [x for x in engine.screen_text("Elle habite au 12 rue des Lilas").findings
         if x.detector == NAME and x.kind == KIND][0]
    assert "Lilas" not in f.explanation and "12" not in f.explanation


def test_a_megabyte_of_residence_words_finishes(engine: Engine) -> None:
    text = "habite au 1 2 3 4 lives at 5 rue " * 30000 + " habite au 12 rue des Lilas"
    found = [f for f in engine.screen_text(text).findings if f.detector == NAME and f.kind == KIND]
    assert text[found[-1].start : found[-1].end].endswith("habite au 12 rue des Lilas")


@pytest.mark.parametrize(
    "text",
    [
        "Félicitations à Noémie, gagnante du concours 🎁 ta Halo part demain au 27 rue des "
        "Tanneurs, 21000 Dijon",
        "Congrats to our employee of the month! Flowers delivered to 27 Oakfield Road, "
        "Manchester M20 6XA this morning",
        "@isa_b59 c'est noté, le technicien passe jeudi au 7 rue des Glycines 59800 Lille",
        "Manif devant chez Claire Dubois samedi, 7 montée du Gourguillon, 69005 Lyon",
    ],
)
def test_an_address_published_for_a_parcel_or_a_visit(engine: Engine, text: str) -> None:
    found = [f for f in engine.screen_text(text).findings if f.detector == NAME and f.kind == KIND]
    assert [f.rule for f in found] == ["personal_security.home_address.published"], found
    assert found[0].severity in ("medium", "high")  # high for the profile's people


@pytest.mark.parametrize(
    "text",
    [
        # the same words inbound: a customer's own delivery, for the PII family alone
        "mon colis n'est jamais arrivé au 7 rue des Glycines 59800 Lille",
        # a venue, a warehouse, a shop
        "Retrouvez-nous chez Darty, 12 rue de la République, 69002 Lyon",
        "Send your parcels to our warehouse, 40 Industrial Road, Leeds LS9 0AB",
        "Cadeau pour tous les visiteurs du showroom, 12 quai Perrache, 69002 Lyon",
        "Bravo à notre gagnante ! Ta lampe part demain au 12 rue de la Paix (notre boutique "
        "partenaire) pour le retrait",
    ],
)
def test_a_parcel_or_a_visit_near_miss(engine: Engine, text: str) -> None:
    direction = "inbound" if text.startswith("mon colis") else "outbound"
    found = [f for f in engine.screen_text(text, direction=direction).findings
             if f.detector == NAME and f.kind == KIND and f.rule.endswith(".published")]
    assert found == []
