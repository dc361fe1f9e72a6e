"""Round 10, second pass, of issue #3 (all development sets: training sets d, e, j, m, n, blind
5 and blind 8 first) for data leaks and personal security: the wording families added for recall
and the exceptions added for precision. Paraphrases, not corpus posts, in French and English:
each match row is a risky post said the way another author might say it, each near miss the
clean reading next to it."""

from __future__ import annotations

import pytest

from tocsin import Engine

MATCH = [
    # (text, direction, detector, kind)
    # -- personal security: a person's live position handed to the public
    ("Notre technicien Hugo est en tournée à Grenoble, sa position en direct est dans nos "
     "stories 📍", "outbound", "whereabouts", "whereabouts.schedule"),
    ("Lucie rides Paris to Brest alone this week, follow her live GPS here 🚴", "outbound",
     "whereabouts", "whereabouts.schedule"),
    # -- personal security: where one of the profile's people will eat, with a day or a time
    ("Claire sur le stand jusqu'à 17h, puis dîner au Café des Arts, venez nombreux", "outbound",
     "whereabouts", "whereabouts.location"),
    ("Our CEO's dinner with an investor at Chez Paul is on Friday at 9pm, not a word 🤫",
     "outbound", "whereabouts", "whereabouts.location"),
    # -- personal security: a habit told by the place that never changes
    ("À 13h notre DAF déjeune toujours au même bistrot derrière la gare, table du fond",
     "outbound", "whereabouts", "whereabouts.schedule"),
    ("Every day at noon our CFO always has lunch at the same noodle bar near HQ, if you want to "
     "pitch him", "outbound", "whereabouts", "whereabouts.schedule"),
    # -- personal security: a working badge lost or offered in public
    ("J'ai perdu mon badge au parking hier soir, il ouvre encore tout le 2e étage, rapportez-le "
     "svp", "outbound", "whereabouts", "whereabouts.site_exposed"),
    ("Got a spare access badge for the warehouse if anyone wants it, still works 😅", "outbound",
     "whereabouts", "whereabouts.site_exposed"),
    # -- personal security: a person's flight, itinerary or stay told by whose it is
    ("Le vol de la patronne pour Montréal est demain matin, on croise les doigts", "outbound",
     "travel", "travel.flight"),
    ("Claire's flight to Singapore leaves at 7, her itinerary is on my desk", "outbound",
     "travel", "travel.flight"),
    ("Notre PDG sera à Berlin du 3 au 6 mars, sa suite au Adlon est déjà réservée", "outbound",
     "travel", "travel.hotel"),
    ("Claire's Hilton booking on the 30th floor is sorted for the summit", "outbound",
     "travel", "travel.hotel"),
    ("Notre PDG descend toujours dans le même hôtel à Milan, à côté du Duomo", "outbound",
     "travel", "travel.hotel"),
    ("Spotted Claire Dubois checking in at the Ritz this afternoon 👀", "outbound", "travel",
     "travel.hotel"),
    # -- personal security: the way home, alone at work with a word between
    ("Our receptionist walks home through the park at 8pm, every single night", "outbound",
     "whereabouts", "whereabouts.schedule"),
    ("Notre comptable rentre à pied par les quais vers 19h", "outbound", "whereabouts",
     "whereabouts.schedule"),
    ("Notre vendeur bosse désormais seul le dimanche à la boutique de Vienne", "outbound",
     "whereabouts", "whereabouts.alone"),
    ("Our store manager now works alone on Sundays at the Leeds shop", "outbound",
     "whereabouts", "whereabouts.alone"),
    ("Notre DRH rentre toujours par le même chemin le soir, à pied jusqu'au parc", "outbound",
     "whereabouts", "whereabouts.schedule"),
    ("Our HR director always takes the same way home at night, on foot along the river",
     "outbound", "whereabouts", "whereabouts.schedule"),
    # -- personal security: a gathering at someone's door with the street
    ("Crémaillère chez Léa samedi soir au 8 rue des Tanneurs, ramenez à boire", "outbound",
     "home_address", "whereabouts.home_address"),
    ("Team run on Sunday: meeting at her door, 12 Oak Grove, 7am sharp", "outbound",
     "home_address", "whereabouts.home_address"),
    # -- data leak: an e-mail address spelled out in words
    ("Écrivez à Nadia sur son mail perso : nadia.ferhat chez orange point fr", "outbound",
     "email_address", "pii.email"),
    ("DM me or write to j.smith77 at gmail dot com", "outbound", "email_address", "pii.email"),
    # -- data leak: the password everyone inside knows, a lost badge
    ("Le planning avec les adresses clients est sur le drive, mot de passe habituel 😉",
     "outbound", "confidentiality_markers", "secret.credential_hint"),
    ("Shared folder is up, the usual password works 👍", "outbound", "confidentiality_markers",
     "secret.credential_hint"),
    ("Quelqu'un a retrouvé mon badge Lumio ? Je l'ai perdu dans le tram ce matin", "outbound",
     "confidentiality_markers", "secret.access_not_revoked"),
    ("Lost my work badge at the station, my name's on it, DM me if found", "outbound",
     "confidentiality_markers", "secret.access_not_revoked"),
]

NEAR_MISSES = [
    # (text, direction, detector)
    # a parcel followed live, the reader's own tracking
    ("Suivez votre colis en direct : position en temps réel dans l'appli", "outbound",
     "whereabouts"),
    ("Live tracking of your order is now in the app", "outbound", "whereabouts"),
    # a dinner offered to the reader, a dinner told afterwards, a recipe
    ("Notre PDG vous invite à dîner au salon jeudi soir, inscrivez-vous", "outbound",
     "whereabouts"),
    ("Great dinner at Chez Paul last night with the team, thanks Claire!", "outbound",
     "whereabouts"),
    ("Recette du jeudi : un dîner aux chandelles sous la lampe Halo", "outbound", "whereabouts"),
    # the same price every day, a canteen's offer
    ("Tous les midis, notre cantine vous propose toujours au même prix un menu du jour",
     "outbound", "whereabouts"),
    # the couriers' round on foot: no one's way home
    ("Livraison à pied tous les jours dans le centre, même chemin pour nos coursiers",
     "outbound", "whereabouts"),
    ("Same way home for our delivery riders every day, on foot in the old town", "outbound",
     "whereabouts"),
    # a badge that no longer works, a badge kept by its holder
    ("J'ai perdu mon badge mais il a été désactivé tout de suite, merci la sécu", "outbound",
     "whereabouts"),
    ("My badge still opens my old team's room, funny", "outbound", "whereabouts"),
    # a trip told afterwards, a hotel for the reader, a meeting room
    ("Her flight to Tokyo last week was cancelled, she's back now", "outbound", "travel"),
    ("Book your room with a view of the harbour at our partner rate", "outbound", "travel"),
    ("HR booked every meeting room on the floor for Friday", "outbound", "travel"),
    # a housewarming gift idea, a shop's street
    ("Housewarming ideas: 5 lamps for your new home", "outbound", "home_address"),
    ("Lumio vit rue Mercière depuis 2010, venez nous voir", "outbound", "home_address"),
    # a shop's website said in words, a bare "at"
    ("Commandez chez darty point com ou en magasin", "outbound", "email_address"),
    ("Meet me at home dot com lol", "outbound", "email_address"),
    # the reader's own usual password; a lost loyalty badge; a credential already changed
    ("Connectez-vous avec votre mot de passe habituel", "outbound", "confidentiality_markers"),
    ("Log in with your usual password as always", "outbound", "confidentiality_markers"),
    ("J'ai perdu mon badge de fidélité dans le jeu, je l'ai perdu bêtement", "outbound",
     "confidentiality_markers"),
    ("Le mot de passe du wifi du stand était sur le panneau derrière nous sur toutes les "
     "photos 🙈 Pas de panique, on l'a changé depuis.", "outbound", "confidentiality_markers"),
    ("The wifi password was on a sticky note at reception for months, it's been changed since",
     "outbound", "confidentiality_markers"),
    # "don't share" said of a video already public
    ("Merci de ne pas partager cette vidéo trouvée sur YouTube, elle est déjà en ligne partout",
     "outbound", "confidentiality_markers"),
    ("Please don't share this clip, it's already online everywhere anyway", "outbound",
     "confidentiality_markers"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round10b_indirect_wording_is_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    found = [(f.detector, f.kind) for f in result.findings]
    assert (detector, kind) in found, (text, found)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_round10b_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    found = [f.kind for f in result.findings if f.detector == detector]
    assert found == [], (text, found)


#: a home told by its street after a verb of residence is personal data too (``data_leak``),
#: whichever detector reports it: the PII family when it sees a postal address, else
#: ``home_address``; a shop's street is neither
HOMES_AS_PERSONAL_DATA = [
    ("Notre DG habite à deux pas du siège, au 4 rue Smith à Lyon, c'est pour ça qu'elle arrive "
     "tôt", "outbound", True),
    ("Our CTO lives on Baker Street, the green door by the pub 👀", "outbound", True),
    ("Coffee after at his place: meeting at his door, 27 Elm Grove, 6:30 sharp", "outbound",
     True),
    ("Notre boutique vit rue Mercière depuis 2010, venez nous voir", "outbound", False),
    ("Our Leeds store lives on Briggate, open every day", "outbound", False),
]


@pytest.mark.parametrize(("text", "direction", "leak"), HOMES_AS_PERSONAL_DATA)
def test_round10b_a_home_street_is_personal_data(
    engine: Engine, text: str, direction: str, leak: bool
) -> None:
    result = engine.screen_text(text, direction=direction)
    found = [f.kind for f in result.findings if f.category.value == "data_leak"]
    assert ("pii.postal_address" in found) is leak, (text, found)


#: a credential hint still stands when the post says it was never changed
STILL_A_HINT = [
    ("Le code du portail n'a jamais été changé, il est sur le post-it de l'accueil", "outbound"),
    ("The safe code is on a sticky note under the lamp and has not been changed since 2019",
     "outbound"),
]


@pytest.mark.parametrize(("text", "direction"), STILL_A_HINT)
def test_round10b_a_credential_never_changed_is_still_a_hint(
    engine: Engine, text: str, direction: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    assert "secret.credential_hint" in [f.kind for f in result.findings], text


#: a home told by its street gives one data-leak finding, not two, when the PII family already
#: found the postal address
def test_round10b_home_address_personal_data_not_doubled(engine: Engine) -> None:
    result = engine.screen_text(
        "Claire Dubois habite au 8 rue des Lilas, 69006 Lyon, c'est là qu'on a fait la photo",
        direction="outbound",
    )
    rules = [f.rule for f in result.findings if f.kind == "pii.postal_address"]
    assert "personal_security.home_address.personal_data" not in rules, rules
    assert rules, result.findings
