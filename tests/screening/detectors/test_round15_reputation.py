"""Round 15 (structural) for reputation: shapes drawn from the misses of an unseen author set
(blind13), written as paraphrases, never its posts.

Inbound: a product hazard (a burning smell, melted plastic, smoke, sparks, overheating) in one of
our products; someone with an audience announcing they will tell it how we treated them.
Outbound: customers as a type called clueless or stupid; one customer singled out for the
complaints they made, counted; "next time let's do this in DM" next to pay or figures; an age
group told "à cet âge-là on ne comprend plus rien". (precision) Praise in slang ("killed me 💀",
"give them a raise") is no sneer. Each match row a risky post, each near miss the clean reading
next to it, in French and English."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

R = "reputation_shapes"
COMPLAINT = "reputation.complaint"
INSULT = "reputation.insult"
CHATTER = "reputation.internal_chatter"

MATCH = [
    # (text, direction, detector, kind)
    # -- a product hazard in one of ours
    ("@lumio my bedside lamp started smoking last night, the whole room smells of burnt wires",
     "inbound", R, COMPLAINT),
    ("Ça sent le brûlé dans le salon depuis que j'ai branché votre ampoule, c'est normal ?",
     "inbound", R, COMPLAINT),
    ("Le chargeur a carrément fondu sur la moquette cette nuit. Sympa @lumio_fr", "inbound", R,
     COMPLAINT),
    ("sparks came out of the smart plug when I switched it on, never again", "inbound", R,
     COMPLAINT),
    ("Mon ruban LED se met à fumer au bout de 10 minutes, j'ai tout débranché", "inbound", R,
     COMPLAINT),
    ("anyone else's charger overheating like crazy? mine is too hot to touch", "inbound", R,
     COMPLAINT),
    ("La veilleuse de ma fille a pris feu dans sa chambre. Vous comptez réagir ?", "inbound", R,
     COMPLAINT),
    ("Des étincelles sortent de la prise connectée, bravo la sécurité", "inbound", R,
     COMPLAINT),
    # -- an audience counted + a call-out announced
    ("I've got 120k followers and tomorrow I'm going to tell them how @lumio treated me 🍿",
     "inbound", R, COMPLAINT),
    ("Avec mes 45 000 abonnés, je vais tout balancer sur votre SAV ce soir", "inbound", R,
     COMPLAINT),
    ("2M views on my last video. next one: storytime about the worst support ever, @lumio",
     "inbound", R, COMPLAINT),
    ("Ma communauté va adorer savoir comment @lumio_fr m'a traitée. Vidéo demain.", "inbound",
     R, COMPLAINT),
    ("my audience will hear exactly how this company ignored me, spilling the tea tonight",
     "inbound", R, COMPLAINT),
    # -- customers as a type called clueless or stupid
    ("Lesson one of retail: customers are mostly brainless, smile anyway 💅", "outbound", R,
     INSULT),
    ("Règle n°1 du SAV : le client est roi, mais le client est surtout complètement débile 😂",
     "outbound", R, INSULT),
    ("Honestly most users are illiterate, nobody reads the manual", "outbound", R, INSULT),
    ("Honnêtement les utilisateurs sont complètement à la ramasse, personne ne lit la notice",
     "outbound", R, INSULT),
    ("After a week on the hotline I can confirm: callers are dumb as rocks", "outbound", R,
     INSULT),
    # -- one customer singled out for the complaints they made, counted
    ("To the charming gentleman who sent us 9 emails about a scratch on the box: we framed "
     "them 🖼️", "outbound", R, INSULT),
    ("À la cliente adorable qui a laissé trois avis sur la couleur du câble : on pense fort à "
     "vous 💕", "outbound", R, INSULT),
    ("Dear the user who called 6 times about the blinking LED: it's a feature 😘", "outbound",
     R, INSULT),
    ("Au monsieur très patient qui nous a appelés douze fois pour la même vis : on vous garde "
     "une place au standard", "outbound", R, INSULT),
    # -- "next time let's do this in DM" next to pay or figures
    ("oops next time we discuss bonuses let's do it in DM 🙈 anyway Lea 2 500, Tom 2 100",
     "outbound", R, CHATTER),
    ("La prochaine fois qu'on parle des augmentations on le fait en privé 😅 Julie +8 %, Marc "
     "+5 %", "outbound", R, CHATTER),
    ("From now on we'll share the budget figures on Slack, not here: Q3 marketing 45 000",
     "outbound", R, CHATTER),
    # -- an age group told they cannot cope
    ("Our senior pack: huge buttons, because at that age you don't understand anything about "
     "apps 👴", "outbound", R, INSULT),
    ("Offre retraités : écran XXL, parce qu'à leur âge ils captent plus rien à la techno",
     "outbound", R, INSULT),
]

NEAR_MISSES = [
    # (text, direction, detector): the clean reading next to each shape
    # -- a hazard: no device of ours, a feature, a recipe, a reassurance
    ("My toast smells of burnt bread again, time for coffee under my Lumio lamp ☕", "inbound",
     R),
    ("Soirée fondue savoyarde à la lumière de nos lampes, le bonheur", "inbound", R),
    ("Does the charger have overheat protection? Asking before I buy one", "inbound", R),
    ("Votre lampe ne chauffe pas du tout, même après 5 h, impressionnant", "inbound", R),
    ("This lamp melted my heart, best gift ever", "inbound", R),
    # -- a competitor's product on fire is the competition family's business
    ("Heard Brillix chargers were recalled for overheating, glad mine is a Lumio", "inbound", R),
    ("Ma lampe Brillix a pris feu, je passe chez vous la semaine prochaine", "inbound", R),
    # -- an audience without a call-out; a sponsored unboxing
    ("I've got 120k followers and I'm doing a giveaway with @lumio tomorrow, thanks guys!",
     "inbound", R),
    ("Merci à mes 45 000 abonnés, vidéo unboxing de la lampe @lumio_fr ce soir, j'adore",
     "inbound", R),
    ("My community keeps asking which lamp I use: it's the Lumio one", "inbound", R),
    # -- customers defended, things called useless
    ("Customers aren't stupid: they notice when a price goes up quietly.", "outbound", R),
    ("Les clients ne sont pas des idiots, ils méritent des explications claires.", "outbound",
     R),
    ("Never treat callers as dumb; they know their homes better than we do.", "outbound", R),
    ("Old halogen bulbs? They are useless now, recycle them in store.", "outbound", R),
    # -- one customer thanked or served, counted
    ("To the customer who left us five reviews this year: thank you, your ideas shaped v2!",
     "outbound", R),
    ("Au client qui a appelé 3 fois hier : bonne nouvelle, votre colis est en route.",
     "outbound", R),
    ("To the lovely lady who wrote us 4 letters about our shop: congrats, you won the draw!",
     "outbound", R),
    # -- DM offered to a customer
    ("Next time you need help with your order, send us a DM and we'll sort it out!",
     "outbound", R),
    ("La prochaine fois, écrivez-nous en MP avec votre numéro de commande 😊", "outbound", R),
    # -- an age group served, not belittled
    ("Our senior pack: big buttons and a 24/7 hotline, because good design is for every age.",
     "outbound", R),
    ("À cet âge-là on apprend vite : nos ateliers enfants reprennent mercredi.", "outbound", R),
    # (precision) praise in slang is no sneer
    ("the new lamp ad killed me 💀 whoever made it deserves a raise", "inbound", R),
    ("je suis morte 😂 la pub avec la lampe qui danse, trop fort", "inbound", R),
    ("that lamp commercial is iconic 💀 give them a promotion", "inbound", R),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round15_reputation_shapes_are_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_round15_reputation_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    assert_not_found(engine, text, direction, detector)
