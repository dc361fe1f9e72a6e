"""Round 12 (structural) of issue #3 for financial disclosure, competition and personal security:
rules read from shapes and closed vocabularies, written from the misses of blind10 but tested on
paraphrases of their own, in French and English (none is a corpus post). Each match row is a
risky post, each near miss the clean reading next to it.

- financial: the people who see the figures first (auditors, the results call) and what they
  cannot say; the deal makers at work and a secret; a contract signed with a partner the post
  will not name;
- competition: the name left to the reader ("suivez notre regard", "no need to name them", the
  rival told by its logo) against something said; a word of praise in ironic quotes near the
  competitor's name; what is done properly "here" said to the competitor;
- personal security: keys or a door code and a hiding place; a flight number next to a clock
  time; a relative's room in a care home, a stay in hospital with its dates; someone's child and
  a named school or class; a relative's phone number.
"""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

HINTED = ("hinted_outcome", "mnpi.results")
DEAL = ("hinted_outcome", "mnpi.m_and_a")
CONTRACT = ("hinted_outcome", "mnpi.contract")
DISPARAGEMENT = ("competitor_disparagement", "competition.disparagement")
HIDDEN = ("whereabouts", "whereabouts.empty_home")
FLIGHT = ("travel", "travel.flight")
CARE_ROOM = ("travel", "whereabouts.location")
CARE_STAY = ("travel", "whereabouts.absence")
SCHOOL = ("family", "family.child_school")
RELATIVE_PHONE = ("family", "family.relative_contact")

MATCH = [
    # (text, direction, (detector, kind))
    # -- financial: those who see the figures first, and what they will not say
    ("Les commissaires aux comptes sont là toute la semaine : personne au 3e n'a le droit d'en "
     "parler, mais les sourires en disent long 😁", "outbound", HINTED),
    ("Our auditors wrapped up today. Nobody in finance is allowed to talk, but the smiles speak "
     "for themselves", "outbound", HINTED),
    ("Earnings call on Thursday: the numbers are better than analysts think. Just an entry "
     "point, no advice 😉", "outbound", HINTED),
    ("Chers actionnaires, gardez un peu de place pour de bonnes nouvelles fin janvier. C'est tout "
     "ce qu'on peut vous dire 🎁", "outbound", HINTED),
    ("Dear shareholders, keep some room for good news in late January. That's all we can say",
     "outbound", HINTED),
    # -- financial: the deal makers at work and a secret
    ("Deux jours à Munich pour l'équipe corpo dev avec la DG, et personne n'a le droit d'en "
     "parler 🤐", "inbound", DEAL),
    ("The investment bankers have been in the big meeting room all week and nobody on our floor "
     "is allowed to say why. Just saying", "outbound", DEAL),
    ("Les avocats d'affaires sont là depuis lundi, je dis ça je dis rien 🤫", "inbound", DEAL),
    # -- financial: a contract signed with a partner the post will not name
    ("On vient de signer avec une enseigne que vous voyez dans toutes les gares. Vous saurez "
     "bientôt 🚆", "outbound", CONTRACT),
    ("We've just signed with a retailer you pass every day on your commute. Stay tuned 👀",
     "outbound", CONTRACT),
    # -- competition: the name left to the reader, against something said
    ("Évitez les marques qui changent de fournisseur tous les trois mois. Suivez notre regard 😏",
     "outbound", DISPARAGEMENT),
    ("Leur ampoule connectée ? Comme leur SAV : absente. Pas besoin de citer de nom, tout le "
     "monde aura reconnu", "outbound", DISPARAGEMENT),
    ("If your bulbs came from the folks with the orange logo, keep a torch handy. Ours, you can "
     "trust all winter", "outbound", DISPARAGEMENT),
    ("Avoid the brands that never answer their support line. You know who 👀", "outbound",
     DISPARAGEMENT),
    # -- competition: praise in ironic quotes near the competitor's name
    ("Croisé le stand Brillix au salon : leur nouvelle gamme est… « innovante » 😬", "outbound",
     DISPARAGEMENT),
    ("Brillix just launched its \"smart\" bulb. It forgets its settings every night.",
     "outbound", DISPARAGEMENT),
    # -- competition: what is done properly here, said to the competitor
    ("Aux commerciaux de Brillix qui nous lisent : ici, les commissions sont versées à l'heure "
     "😉", "outbound", DISPARAGEMENT),
    ("To whoever at Brillix is reading this: here, we actually answer the phone.", "outbound",
     DISPARAGEMENT),
    # -- personal security: keys or a code, and a hiding place
    ("Les clés de l'entrepôt sont sous le paillasson pour ce soir, je suis seul jusqu'à lundi",
     "outbound", HIDDEN),
    ("Spare key's under the big flower pot for whoever opens tomorrow, I'm off till Monday.",
     "outbound", HIDDEN),
    ("Le badge du bureau est dans la boîte aux lettres, servez-vous demain matin", "outbound",
     HIDDEN),
    # -- personal security: a flight number next to a clock time
    ("Merci Inès ! Elle repart demain pour Toronto (AC 871, 10h25) et ne rentre qu'en mai",
     "outbound", FLIGHT),
    ("Sophie flies home Sunday, BA 305 at 7.40am, so grab her before then!", "outbound",
     FLIGHT),
    # -- personal security: a relative in a care home's room, a stay in hospital with dates
    ("Bonjour, mon père est à la maison de retraite Les Glycines, chambre 27, sa lampe ne "
     "s'allume plus", "inbound", CARE_ROOM),
    ("My dad is in room 214 at St Mary's hospital and his reading lamp stopped working",
     "inbound", CARE_ROOM),
    ("Je serai à l'hôpital Lyon-Sud dès lundi pour deux semaines, Marc reprend mes dossiers",
     "outbound", CARE_STAY),
    ("I'll be in hospital from Monday, so Jess covers my accounts until March", "outbound",
     CARE_STAY),
    # -- personal security: someone's child and a named school or class
    ("Ma fille Zoé présente sa lampe demain à l'école Victor-Hugo, classe de CE2 🥰", "inbound",
     SCHOOL),
    ("So proud of my son Leo, he's taking his night light to Greenfield Primary School "
     "tomorrow!", "inbound", SCHOOL),
    ("Claire's son starts Year 4 on Monday, she'll be late that morning.", "outbound", SCHOOL),
    # -- personal security: a relative's phone number
    ("Can someone tell Mike's wife he's stuck at the depot? Her number's 0161 496 0372",
     "outbound", RELATIVE_PHONE),
    ("Quelqu'un peut prévenir la femme de Karim qu'il rentre tard ? 06 12 34 56 78, merci !",
     "outbound", RELATIVE_PHONE),
]

NEAR_MISSES = [
    # (text, direction, (detector, kind))
    # financial: a published fact to shareholders; a job ad for the deal team; a signature named
    ("Good news for our shareholders: the annual report is online.", "outbound", HINTED),
    ("Bonne nouvelle pour nos actionnaires : le rapport annuel est en ligne.", "outbound",
     HINTED),
    ("Nous recrutons un(e) chargé(e) de corporate development à Lyon. Postulez !", "outbound",
     DEAL),
    ("We just signed with the city of Lyon for 40 new street lamps, read the press release",
     "outbound", CONTRACT),
    # competition: the name withheld with nothing said against anyone; a product name in quotes
    ("Suivez notre regard 👀 : la nouvelle collection arrive lundi !", "outbound",
     DISPARAGEMENT),
    ("Pas besoin de citer de noms : merci à toute l'équipe pour ce salon.", "outbound",
     DISPARAGEMENT),
    ("Brillix lance sa gamme « Nova » cette semaine, bravo à eux.", "outbound", DISPARAGEMENT),
    ("Bravo à Brillix pour son prix. Ici, l'équipe est déjà au travail sur 2027.", "outbound",
     DISPARAGEMENT),
    # personal security: advice to the reader; a product and a time; a ward's news; a school
    # partnership; our own published number
    ("Astuce : ne cachez jamais vos clés sous le paillasson, misez sur une serrure connectée.",
     "outbound", HIDDEN),
    ("Never leave your spare key under the doormat: our smart lock does the job.", "outbound",
     HIDDEN),
    ("Le modèle LX200 sort à 10h30 : on rentre dans l'hiver avec vous.", "outbound", FLIGHT),
    ("Nos lampes équipent désormais les 112 chambres de l'EHPAD Les Tilleuls.", "outbound",
     CARE_ROOM),
    ("Notre équipe installe demain nos lampes à l'hôpital Édouard-Herriot, jusqu'à vendredi.",
     "outbound", CARE_STAY),
    ("Ma fille adore sa lampe Lumio, elle fait ses devoirs avec tous les soirs.", "outbound",
     SCHOOL),
    ("Our kids' workshop at Lyon School of Design was a hit, thanks to the partner teachers!",
     "outbound", SCHOOL),
    ("Fête des pères : offrez une lampe Lumio à votre papa ! Infos au 04 72 00 12 34.",
     "outbound", RELATIVE_PHONE),
]


@pytest.mark.parametrize(("text", "direction", "expected"), MATCH)
def test_round12_structural_rules_are_found(
    engine: Engine, text: str, direction: str, expected: tuple[str, str]
) -> None:
    assert_found(engine, text, direction, *expected)


@pytest.mark.parametrize(("text", "direction", "expected"), NEAR_MISSES)
def test_round12_near_misses_are_not_found(
    engine: Engine, text: str, direction: str, expected: tuple[str, str]
) -> None:
    assert_not_found(engine, text, direction, expected[0])
