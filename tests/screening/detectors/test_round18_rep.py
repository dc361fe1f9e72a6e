"""Round 18 (structural) of issue #3 for the compliance, reputation and competition families:
rules by kind, not by wording, after the training sets train-o to train-t.

Per kind, ten wordings written before the rule changed (French and English, several registers):
the first five (with the corpus posts) shaped the rule, the last five were held out and checked
afterwards (see the "Round 18" paragraphs of docs/detectors/competition.md, compliance.md and
reputation.md for the held-out hit rates), then fixed too. Kinds: a recruiting offer to a
rival's staff that points at the rival (poaching, not a put-down); a parity comparison with a
rival (neutral); an inbound rumour about a rival put to us as a question (a reader asking, not
the organisation speaking: reviewed, never blocked); a disparaging emoji next to "you know who"
said of a colleague; a named colleague's health hinted by the care around them (clinic, meds,
the doctor's orders); a failure said not to exist with us (an unrealistic promise). The
precision kinds' ten wordings are near-miss rows of the competition family, and their
look-alikes (a put-down or an accusation made in the same breath) must still be found. Rows
check the family (category)."""

from __future__ import annotations

import pytest

from tocsin import Engine

RISKS = [
    # (text, direction, category)
    # -- a named colleague's health hinted by the care around them (compliance)
    (
        "Huge thanks to the team covering for Nadia while she's at the clinic three mornings a "
        "week.",
        "outbound",
        "compliance",
    ),
    (
        "On garde le bureau de Julien au chaud, son petit séjour à l'hôpital s'éternise mais il "
        "tient bon 💪",
        "outbound",
        "compliance",
    ),
    (
        "Please go easy on Marco these weeks, his new meds knock him out by 3pm.",
        "outbound",
        "compliance",
    ),
    (
        "Sam won't make the Lyon fair: his doctor says the heart thing needs another month of "
        "rest.",
        "outbound",
        "compliance",
    ),
    (
        "Sophie revient lundi après son traitement, on lui prépare un petit-déj surprise 🥐",
        "outbound",
        "compliance",
    ),
    (
        "Big welcome back to Tom from the warehouse after six rounds at the oncology ward!",
        "outbound",
        "compliance",
    ),
    (
        "Pensées pour Karima de la compta, ses séances de chimio se terminent enfin vendredi ❤️",
        "outbound",
        "compliance",
    ),
    (
        "Leo's back from the hospital, go easy on him, the surgeon said no lifting till March",
        "outbound",
        "compliance",
    ),
    (
        "Amandine a encore rendez-vous chez son psy jeudi, quelqu'un peut reprendre sa "
        "permanence ?",
        "outbound",
        "compliance",
    ),
    (
        "Ryan from support is on strong painkillers since the surgery, so expect slower replies "
        "from him.",
        "outbound",
        "compliance",
    ),
    # -- a failure said not to exist with us (reputation: unrealistic promise)
    ("Chez Lumio, une lampe en panne, ça n'existe pas.", "outbound", "reputation"),
    (
        "At Lumio a failed install simply doesn't exist. Not once in ten years.",
        "outbound",
        "reputation",
    ),
    (
        "Le retard de livraison ? Connais pas. Chez nous ça n'arrive jamais.",
        "outbound",
        "reputation",
    ),
    ("Breakdowns are not a thing with our hubs. Ever.", "outbound", "reputation"),
    ("Une ampoule grillée chez un client Lumio, ça ne s'est jamais vu.", "outbound", "reputation"),
    ("Dead bulbs? Never happened with us, not a single time since 2015.", "outbound", "reputation"),
    ("Le mot « panne » n'existe pas dans notre vocabulaire 💡", "outbound", "reputation"),
    ("Downtime doesn't exist in the Lumio dictionary.", "outbound", "reputation"),
    ("Zéro retour SAV, zéro panne, jamais : c'est ça, la qualité Lumio.", "outbound", "reputation"),
    ("Our installers have never had a single failed job. Not one, ever.", "outbound", "reputation"),
    # -- look-alikes of the precision kinds: a put-down or an accusation still counts
    ("Brillix, c'est des arnaqueurs. Au fait on recrute, écrivez-moi !", "outbound", "competition"),
    (
        "Brillix lamps catch fire, everyone knows it. We're hiring btw, DM me.",
        "outbound",
        "competition",
    ),
    (
        "Brillix and Lumio both sell lamps, but theirs are junk that dies in a month.",
        "outbound",
        "competition",
    ),
    (
        "Comme Brillix, on vend des lampes… sauf que les leurs sont de la camelote 😂",
        "outbound",
        "competition",
    ),
    (
        "Brillix truque ses tests de conso, vous confirmez ce que je dis ?",
        "outbound",
        "competition",
    ),
    ("@brillix_fans Brillix are a scam, is that clear enough?", "inbound", "competition"),
    # -- a disparaging emoji next to a veiled rival with a rival word still counts
    (
        "Our competitor's new lamp 🤡 you know who, their app crashes every night",
        "outbound",
        "competition",
    ),
    (
        "Un concurrent lyonnais, vous voyez de qui je parle 🙄 leurs ampoules grillent en un mois",
        "outbound",
        "competition",
    ),
    ("Brillix 💩 their app crashes every night", "outbound", "competition"),
    # -- a poaching offer with a put-down on the rival's name still counts
    (
        "Brillix engineers: we pay 20% more and our codebase isn't a plate of spaghetti. DM me 😉",
        "outbound",
        "competition",
    ),
    # -- a second held-out sample, written after the rules (5 per kind), then fixed too
    (
        "Quick heads-up: Fatima is off to the clinic again on Thursday, so Omar covers her calls.",
        "outbound",
        "compliance",
    ),
    (
        "Bon courage à Théo, son traitement commence lundi, on pense fort à toi !",
        "outbound",
        "compliance",
    ),
    (
        "Nina's doctor told her to stay home another fortnight, her tickets go to Jamal.",
        "outbound",
        "compliance",
    ),
    (
        "Hugo sort de l'hôpital demain, on lui garde sa place près de la fenêtre 🙏",
        "outbound",
        "compliance",
    ),
    ("Go easy on Pete, his medication makes him drowsy after lunch.", "outbound", "compliance"),
    ("Une lampe Lumio qui tombe en panne ? Ça n'existe pas.", "outbound", "reputation"),
    ("Faulty units simply don't exist at Lumio.", "outbound", "reputation"),
    ("Des bugs dans notre appli ? Jamais vu, jamais connu.", "outbound", "reputation"),
    ("Late deliveries never happen with Lumio. Never.", "outbound", "reputation"),
    (
        "Le défaut de fabrication, chez nous, ça n'existe tout simplement pas.",
        "outbound",
        "reputation",
    ),
]

NEAR_MISSES = [
    # (text, direction, family): no finding of that family
    # -- a recruiting offer to a rival's staff (poaching, the HR family's)
    (
        "Si tu bosses chez B. et que tu tournes en rond, on a 3 postes ouverts en R&D, "
        "écris-moi 😉",
        "outbound",
        "competition",
    ),
    (
        "To the folks at a certain competitor feeling stuck: our door is still open and the "
        "signing bonus is real.",
        "outbound",
        "competition",
    ),
    (
        "Un certain concurrent lyonnais perd ses meilleurs commerciaux, paraît-il. Mon "
        "téléphone reste allumé pour eux 📞",
        "outbound",
        "competition",
    ),
    (
        "If you work for the brand that starts with B and you're bored, DM me, we're growing "
        "the hardware team",
        "outbound",
        "competition",
    ),
    (
        "Vous êtes chez un certain concurrent et vos DM sont pleins de promesses ? Les miens "
        "sont grands ouverts 😉 #talents",
        "outbound",
        "competition",
    ),
    (
        "Word is the B-folks are reorganising again. Anyone from their design team looking for "
        "a new home, my inbox is open.",
        "outbound",
        "competition",
    ),
    (
        "Ingés firmware de chez la marque en B : on a deux postes ouverts à Lyon, prime "
        "d'arrivée incluse, contactez-moi en MP",
        "outbound",
        "competition",
    ),
    (
        "Heard the competitor down the road is freezing hiring. Their loss: we have four open "
        "roles, write to me.",
        "outbound",
        "competition",
    ),
    (
        "Quand un certain rival gèle les augmentations, nous on ouvre 5 postes. Écrivez-moi si "
        "ça vous parle 😇",
        "outbound",
        "competition",
    ),
    (
        "A certain Lyon brand's sales reps: if you're looking to leave, my phone is on all "
        "weekend 📱",
        "outbound",
        "competition",
    ),
    # -- a parity comparison with a rival
    (
        "Brillix and Lumio both follow EU safety standards; our hub has CE marking and a "
        "thermal cut-off.",
        "outbound",
        "competition",
    ),
    (
        "Brillix comme Lumio respectent la norme EN 60598 ; notre lampe a en plus un "
        "coupe-circuit thermique.",
        "outbound",
        "competition",
    ),
    (
        "Both Brillix and us ship with a 2-year warranty, ours also includes free returns.",
        "outbound",
        "competition",
    ),
    (
        "Lumio et Brillix utilisent tous les deux des LED de classe A, la différence se fait "
        "sur l'appli.",
        "outbound",
        "competition",
    ),
    (
        "Like Brillix, we publish our energy figures every year; our standby draw is 0.3 W.",
        "outbound",
        "competition",
    ),
    (
        "Brillix et nous, même combat : les deux marques sont certifiées RoHS et recyclent "
        "leurs ampoules.",
        "outbound",
        "competition",
    ),
    (
        "Just like Brillix, our lamps are certified by TÜV; the difference is mainly in the app.",
        "outbound",
        "competition",
    ),
    (
        "Chez Brillix comme chez Lumio, les deux gammes sont compatibles Matter depuis cet "
        "automne.",
        "outbound",
        "competition",
    ),
    (
        "Brillix and Lumio are both members of the Connectivity Standards Alliance, so the hubs "
        "talk to each other.",
        "outbound",
        "competition",
    ),
    (
        "Tout comme Brillix, nous avons signé la charte d'éco-conception du syndicat de "
        "l'éclairage.",
        "outbound",
        "competition",
    ),
    # -- a disparaging emoji next to "you know who" said of a colleague (no rival word)
    (
        "Someone ate my yoghurt from the office fridge again 🙄 you know who you are",
        "outbound",
        "competition",
    ),
    (
        "Kevin from logistics got a bigger bonus than his manager 🙃 you know who you are",
        "outbound",
        "competition",
    ),
    (
        "Celui qui a laissé la machine à café vide, vous voyez de qui je parle 🙄",
        "outbound",
        "competition",
    ),
    (
        "The person who keeps booking the big meeting room for 1:1s 💅 you know who",
        "outbound",
        "competition",
    ),
    (
        "Tout le monde aura reconnu notre stagiaire préféré 🤡 joyeux anniversaire Léo !",
        "outbound",
        "competition",
    ),
    (
        "Whoever parked across two spaces this morning 🙄 everyone knows who",
        "outbound",
        "competition",
    ),
    ("Le roi du « reply all » a encore frappé 🙃 vous voyez de qui", "outbound", "competition"),
    (
        "To the colleague who microwaved fish at 9am 🤢 you know who you are",
        "outbound",
        "competition",
    ),
    (
        "Bravo à celle qui a encore gagné le quiz du vendredi 💅 tout le monde aura reconnu",
        "outbound",
        "competition",
    ),
    (
        "Someone in finance still uses Comic Sans in board decks 💀 you know who",
        "outbound",
        "competition",
    ),
    # -- care words that are not a named colleague's health
    (
        "Our lamps now light the waiting room of the Lyon children's hospital, thanks Marie for "
        "the install!",
        "outbound",
        "compliance",
    ),
    (
        "Julien a couru 10 km pour la recherche contre le cancer, bravo à lui !",
        "outbound",
        "compliance",
    ),
    (
        "Thanks to Dr. Martin's team at the clinic for choosing Lumio for their new wing.",
        "outbound",
        "compliance",
    ),
    (
        "Le projet Nightingale de notre école partenaire équipe les services de nuit à l'hôpital.",
        "outbound",
        "compliance",
    ),
    (
        "Our choir sang at the hospital's Christmas party last night, thanks Emma for organising!",
        "outbound",
        "compliance",
    ),
    (
        "Gros contrat signé avec la clinique du Parc : 400 luminaires pour ses couloirs.",
        "outbound",
        "compliance",
    ),
    # -- a failure admitted, a feature not there yet, a warranty (no promise)
    (
        "Une panne ? Ça arrive, même chez nous : voici comment réinitialiser votre lampe.",
        "outbound",
        "reputation",
    ),
    (
        "Le mode veille n'existe pas encore sur la Lumio Mini, il arrive en mars.",
        "outbound",
        "reputation",
    ),
    (
        "No failure is too small to report: write to support@lumio.com and we'll look at it.",
        "outbound",
        "reputation",
    ),
    ("Dead bulbs happen; our warranty covers them for two years.", "outbound", "reputation"),
    # -- a second held-out sample, written after the rules (5 per kind), then fixed too
    (
        "Tu codes chez le voisin en B et tu rêves de projets plus fun ? Notre équipe embarqué "
        "a 2 places, viens en parler en MP",
        "outbound",
        "competition",
    ),
    (
        "Folks at a certain Lyon lamp maker: we'd love to chat. Coffee's on me, my calendar "
        "is wide open.",
        "outbound",
        "competition",
    ),
    (
        "Rumeur : un certain concurrent coupe les primes. Nos recruteurs sont joignables tout "
        "le week-end 😉",
        "outbound",
        "competition",
    ),
    (
        "Anyone at the company that starts with B fancy a change? Two open positions in "
        "Grenoble, ping me.",
        "outbound",
        "competition",
    ),
    (
        "Aux commerciaux d'un certain concurrent qui en ont marre : on embauche, contactez-moi.",
        "outbound",
        "competition",
    ),
    (
        "Brillix and Lumio both ship Zigbee hubs, so pairing works with either.",
        "outbound",
        "competition",
    ),
    ("Comme Brillix, nous proposons le retour gratuit sous 30 jours.", "outbound", "competition"),
    (
        "Just like Brillix, we moved our packaging to recycled cardboard this year.",
        "outbound",
        "competition",
    ),
    (
        "Lumio et Brillix sont tous les deux présents au salon Maison&Objet, stand B12 pour nous.",
        "outbound",
        "competition",
    ),
    (
        "Both Brillix and Lumio passed the same TÜV test; the report is public.",
        "outbound",
        "competition",
    ),
    (
        "La personne qui a mis du poisson au micro-ondes, vous voyez de qui je parle 🤢",
        "outbound",
        "competition",
    ),
    ("Monday meeting at 8am again 💀 you know who booked it", "outbound", "competition"),
    ("Notre DJ officiel du pot de Noël 🤡 tout le monde aura reconnu", "outbound", "competition"),
    ("The reply-all champion strikes again 🙃 everyone knows who", "outbound", "competition"),
]


RUMOURS_PUT_TO_US = [
    # (text, direction): an inbound rumour about a rival put to us as a question: a reader
    # asking, not the organisation speaking; competition findings go to review, never a block
    (
        "@lumio_fr on raconte qu'un certain concurrent truque ses tests de conso, vous confirmez ?",
        "inbound",
    ),
    ("@lumio heard Brillix fakes its energy ratings, is that true? asking before I buy", "inbound"),
    (
        "@lumio_fr c'est vrai que Brillix arnaque ses clients sur la garantie ? vous en "
        "pensez quoi",
        "inbound",
    ),
    ("@lumio rumour has it Brillix bulbs catch fire, can you confirm?", "inbound"),
    ("@lumio_fr il paraît que les lampes Brillix sont dangereuses, c'est vrai ou pas ?", "inbound"),
    (
        "@lumio is it true that Brillix steals designs from small studios? someone told me that",
        "inbound",
    ),
    (
        "@lumio_fr on m'a dit que Brillix triche sur ses chiffres, vous pouvez confirmer ?",
        "inbound",
    ),
    (
        "@lumio can you confirm the rumour that Brillix lamps overheat? my neighbour says so",
        "inbound",
    ),
    ("@lumio_fr est-ce vrai que Brillix ment sur la durée de vie de ses ampoules ?", "inbound"),
    ("@lumio people say Brillix is a scam, true or not? thinking of switching", "inbound"),
    # -- a second held-out sample
    ("@lumio is it true Brillix lies about its lumens? can you confirm?", "inbound"),
    ("@lumio_fr il paraît que Brillix vole les designs des autres, c'est vrai ?", "inbound"),
    ("@lumio heard Brillix is a scam, any truth in that?", "inbound"),
    ("@lumio_fr Brillix truquerait ses tests, info ou intox ?", "inbound"),
    ("@lumio someone said Brillix lamps catch fire, true or not?", "inbound"),
]


def _categories(engine: Engine, text: str, direction: str) -> list[str]:
    result = engine.screen_text(text, direction=direction)
    return sorted({str(f.category.value) for f in result.findings})


@pytest.mark.parametrize(("text", "direction", "category"), RISKS)
def test_round18_kinds_are_found(engine: Engine, text: str, direction: str, category: str) -> None:
    found = _categories(engine, text, direction)
    assert category in found, (text, found)


@pytest.mark.parametrize(("text", "direction", "family"), NEAR_MISSES)
def test_round18_look_alikes_are_clean(
    engine: Engine, text: str, direction: str, family: str
) -> None:
    found = _categories(engine, text, direction)
    assert family not in found, (text, found)


@pytest.mark.parametrize(("text", "direction"), RUMOURS_PUT_TO_US)
def test_round18_rumours_put_to_us_are_not_blocked(
    engine: Engine, text: str, direction: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    severities = [str(f.severity) for f in result.findings if f.category.value == "competition"]
    assert "high" not in severities and "critical" not in severities, (text, severities)
