"""Round 19 (structural) for reputation and competition, from the misses of blind17 and
train-o to train-t.

Kinds, each a shape over closed vocabularies (who + what, close together):

- an inbound complaint about how one of our people treated the customer ("your technician
  yelled at my mum", "vos chefs d'équipe traitent les intérimaires comme des chiens");
- an outbound lifetime promise counted in decades ("dans 40 ans vos petits-enfants l'allumeront
  encore") or a product said never to fail ("l'ampoule ne claque jamais");
- internal chatter: a colleague asked to validate the post before it is scheduled, or a draft's
  tag left at the start ("[à supprimer]");
- a competitor pointed at without its name and accused of copying us ("un concurrent lyonnais
  copie ta fiche produit mot pour mot", "les voisins d'en face ont piqué nos slides").

Each kind has the corpus misses paraphrased (never the posts themselves), five wordings that
tuned the rule, five held out (written with the tuning ones, checked only after the rule: see
docs/detectors/reputation.md, "Round 19") and five clean look-alikes.
"""

from __future__ import annotations

import pytest

from tocsin import Engine

R = "reputation_shapes"
COMPLAINT = "reputation.complaint"
PROMISE = "reputation.unrealistic_promise"
CHATTER = "reputation.internal_chatter"
DISPARAGEMENT = "competition.disparagement"

#: a row is found when one of the rule detectors of the two families gives its kind
RULE_DETECTORS = frozenset(
    {
        "profanity", "insults", "unrealistic_promises", "internal_chatter", "complaints", R,
        "competitor_disparagement",
    }
)

MATCH = [
    # (text, direction, kind)
    # -- inbound: one of our people mistreated the customer (tuning)
    ("@lumio your technician shouted at my grandmother in her own living room", "inbound",
     COMPLAINT),
    ("@lumio your support today called me 'the difficult one' on the phone, wow", "inbound",
     COMPLAINT),
    ("@lumio_fr vos chefs d'équipe traitent les intérimaires comme des chiens", "inbound",
     COMPLAINT),
    ("@lumio pas normal que vos conseillers soient aussi lents, je vais voir ailleurs", "inbound",
     COMPLAINT),
    ("@lumio why does nobody answer? your 'community manager' is useless", "inbound",
     COMPLAINT),
    # held out
    ("@lumio votre livreur m'a crié dessus parce que je n'avais pas de monnaie", "inbound",
     COMPLAINT),
    ("@lumio_fr votre conseillère m'a raccroché au nez deux fois ce matin", "inbound", COMPLAINT),
    ("@lumio your delivery guy hung up on me when I called about the parcel", "inbound",
     COMPLAINT),
    ("@lumio your sales rep was incredibly rude to my dad in the Lyon store", "inbound",
     COMPLAINT),
    ("@lumio_fr vos techniciens sont vraiment malpolis, aucun bonjour, rien", "inbound",
     COMPLAINT),
    # -- outbound: a lifetime in decades, a product that never fails (tuning)
    ("Lumio Pro ne vous lâchera jamais : dans 40 ans vos enfants l'allumeront encore 😎",
     "outbound", PROMISE),
    ("L'ampoule ne claque jamais, on peut la laisser allumée 50 ans sans souci", "outbound",
     PROMISE),
    ("Leave it on for 30 years without a hitch, this bulb is built different", "outbound",
     PROMISE),
    ("Nos lampes ? Elles ne tombent jamais en panne.", "outbound", PROMISE),
    ("This lamp will never let you down, full stop.", "outbound", PROMISE),
    # held out
    ("Nos lampes Aura tiendront encore dans 30 ans, promis 😎", "outbound", PROMISE),
    ("This bulb will still be shining in 50 years, your grandkids will thank us", "outbound",
     PROMISE),
    ("Une ampoule Lumio ne grille jamais, point final.", "outbound", PROMISE),
    ("Our Halo lamp never burns out, not in this lifetime 💡", "outbound", PROMISE),
    ("Laissez-la allumée 25 ans sans souci, elle ne faiblira jamais", "outbound", PROMISE),
    # -- outbound: internal chatter (tuning)
    ("@Camille tu peux valider ce visuel avant midi ? sinon je le repousse à demain",
     "outbound", CHATTER),
    ("on part sur la version 2 ou Marc boude encore ? dites-moi vite avant que je programme",
     "outbound", CHATTER),
    ("[à supprimer] @Jérôme tu peux rappeler les candidats pour le matériel ?", "outbound",
     CHATTER),
    ("[internal] banner copy for Monday, waiting on Paul", "outbound", CHATTER),
    ("can you approve this before I schedule it? let me know asap", "outbound", CHATTER),
    # held out
    ("@Léa tu peux relire ce tweet ? sinon je le repousse à demain", "outbound", CHATTER),
    ("[brouillon] annonce soldes, à caler avec le service juridique", "outbound", CHATTER),
    ("(draft) new Halo teaser, waiting for legal sign-off", "outbound", CHATTER),
    ("dis-moi vite si c'est ok, avant que je le publie 🙏", "outbound", CHATTER),
    ("on part sur la version 3 de la bannière ? dites-moi vite avant que je programme",
     "outbound", CHATTER),
    # -- outbound: an unnamed competitor accused of copying us (tuning)
    ("Quand un concurrent lyonnais copie ta notice mot pour mot, fautes comprises 😂", "outbound",
     DISPARAGEMENT),
    ("la nouvelle pub des voisins d'en face… ils ont piqué nos slides, même les fautes #copieur",
     "outbound", DISPARAGEMENT),
    ("A certain competitor copied our packaging word for word. Flattered, I guess 🙃",
     "outbound", DISPARAGEMENT),
    ("Les gens d'en face ont encore copié notre vitrine 🙄", "outbound", DISPARAGEMENT),
    ("The folks across the street ripped off our Arc design again", "outbound", DISPARAGEMENT),
    # held out
    ("Un certain concurrent vient de copier notre slogan, virgules comprises 😂", "outbound",
     DISPARAGEMENT),
    ("Some competitors copy our designs word for word, we just keep inventing", "outbound",
     DISPARAGEMENT),
    ("Les voisins d'en face ont encore piqué notre idée de vitrine 🙃", "outbound",
     DISPARAGEMENT),
    ("Funny how a certain rival's new lamp looks like a copy-paste of our Arc", "outbound",
     DISPARAGEMENT),
    ("Our competitors plagiarise, we innovate. Simple.", "outbound", DISPARAGEMENT),
]

NEAR_MISSES = [
    # (text, direction, category)
    ("@lumio votre technicien était adorable, merci pour sa patience !", "inbound", "reputation"),
    ("@lumio your support fixed it in 5 minutes, thanks a lot", "inbound", "reputation"),
    ("@lumio is your support open on Sunday? my lamp won't pair", "inbound", "reputation"),
    ("@lumio_fr vos conseillers sont joignables à quelle heure ?", "inbound", "reputation"),
    ("@lumio my neighbour yelled when the lamp lit up in 16 million colours 😂", "inbound",
     "reputation"),
    ("Lumio fête ses 30 ans cette année : merci à vous !", "outbound", "reputation"),
    ("Depuis 25 ans, on fabrique nos lampes à Lyon", "outbound", "reputation"),
    ("Pourquoi une ampoule LED ne grille jamais d'un coup ? Elle faiblit doucement", "outbound",
     "reputation"),
    ("This playlist never fails to cheer the team up on Mondays", "outbound", "reputation"),
    ("Bonne année ! Que vos soirées soient douces et que vos lampes ne faiblissent jamais 🥂",
     "outbound", "reputation"),
    ("Vous pouvez valider votre commande en un clic sur lumio.fr", "outbound", "reputation"),
    ("Dites-moi en commentaire quelle couleur vous préférez !", "outbound", "reputation"),
    ("Draft beer and good light: our terrace lamps are back 🍺", "outbound", "reputation"),
    ("Avant de publier un avis, pensez à indiquer votre référence produit", "outbound",
     "reputation"),
    ("Le brouillard arrive, pensez à nos lampes d'extérieur", "outbound", "reputation"),
    ("Un concurrent nous a copiés en mail pour le salon, on se voit là-bas !", "outbound",
     "competition"),
    ("Envoyez-nous une copie de votre facture en DM", "outbound", "competition"),
    ("Our competitors make great lamps too, may the best one win", "outbound", "competition"),
    ("Copiez ce code promo : HIVER20", "outbound", "competition"),
    ("La concurrence est rude cette année, on compte sur vous !", "outbound", "competition"),
]


@pytest.mark.parametrize(("text", "direction", "kind"), MATCH)
def test_round19_kinds_are_found(engine: Engine, text: str, direction: str, kind: str) -> None:
    result = engine.screen_text(text, direction=direction)
    found = [(f.detector, f.kind) for f in result.findings]
    assert any(d in RULE_DETECTORS and k == kind for d, k in found), (text, found)


@pytest.mark.parametrize(("text", "direction", "category"), NEAR_MISSES)
def test_round19_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, category: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    found = [
        (f.detector, f.kind)
        for f in result.findings
        if f.category.value == category and f.detector in RULE_DETECTORS
    ]
    assert found == [], (text, found)


#: inbound swearing aimed at no one of ours is no longer moderated; at us, it still is
MODERATION = [
    # (text, moderated)
    ("Merde, j'ai cassé le pied de la lampe en la déballant. Ma faute totale.", False),
    ("Quelle journée de merde. Rien à voir avec vous hein, la lampe me console.", False),
    ("Tabarnak que la lampe Arc est belle, j'en ai pris deux 😍", False),
    ("Shit, dropped the shade myself, my bad. Do you sell it separately?", False),
    ("@lumio_fr votre SAV c'est de la merde, trois semaines sans réponse", True),
    ("@lumio your app is shit, fix it", True),
]


@pytest.mark.parametrize(("text", "moderated"), MODERATION)
def test_round19_inbound_swearing_cleared(engine: Engine, text: str, moderated: bool) -> None:
    result = engine.screen_text(text, direction="inbound")
    kinds = {f.kind for f in result.findings if f.detector == "profanity"}
    assert ("community.profanity" in kinds) is moderated, (text, kinds)
