"""Round 16 (structural) for reputation: blind14's misses as paraphrases (never its posts), and a
sweep by kind of the reputation risks a company meets, each kind with wordings in French and
English in several registers (corporate, casual, ironic, hinted) and the clean look-alikes next
to them.

Kinds: a tone-deaf promotion; contempt for customers as a group; one identifiable customer mocked;
an ironic reply blaming the customer ("c'est sûrement la lampe, pas du tout votre installation
🙃"); an unhappy customer shown the door ("personne ne vous oblige"); an absolute promise ("you'll
never need to replace a bulb again"); internal chatter posted publicly; a complaint that counts
the messages left unanswered ("eight tweets, zero answers"); an escalation to a consumer body or
a lawyer; a public call-out by someone with an audience ("screenshotting this for my 80k
followers"); a product hazard; a promise quoted back with what it lasted ("the 'lifetime'
warranty lasted 14 months"); a threat to the next customer; a boycott call to pass on; staff
telling the public not to buy our products; a reviewer told the review says more about them.
(precision) An outbound post the rules found disparaging a competitor gets no second,
reputation finding from the text models."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found

R = "reputation_shapes"
COMPLAINT = "reputation.complaint"
INSULT = "reputation.insult"
CHATTER = "reputation.internal_chatter"
PROMISE = "reputation.unrealistic_promise"
TONE_DEAF = "reputation.tone_deaf"
PROFANITY = "reputation.profanity"

#: the rule detectors of the reputation family (the text models are measured elsewhere)
RULE_DETECTORS = frozenset(
    {"profanity", "insults", "unrealistic_promises", "internal_chatter", "complaints", R}
)

MATCH = [
    # (text, direction, detector, kind)
    # -- blind14's misses, paraphrased
    (
        "Plug it in and forget about it: you will never have to change a bulb again, promise.",
        "outbound",
        R,
        PROMISE,
    ),
    (
        "Shout-out to the charming gentleman at 8 Elm Road who rang us 11 times about his "
        "remote 😂",
        "outbound",
        R,
        INSULT,
    ),
    (
        "Of course Julie, we'll sort it out as soon as you read the instructions. 🙂",
        "outbound",
        R,
        INSULT,
    ),
    (
        "@marco_75 mais oui, c'est forcément l'ampoule, rien à voir avec votre tableau électrique "
        "d'époque 🙃",
        "outbound",
        R,
        INSULT,
    ),
    (
        "Commandé en septembre, on est en décembre. Six messages, zéro réponse. Merci @lumio_fr, "
        "vraiment top.",
        "inbound",
        R,
        COMPLAINT,
    ),
    (
        "Wow. The 'unbreakable' lamp lasted 5 weeks. Screenshots saved for my 40k subscribers.",
        "inbound",
        R,
        COMPLAINT,
    ),
    # -- the paraphrase sets' misses of the same kinds (a wider part each)
    (
        "Chapeau @lumio_fr, troisième ampoule cramée en huit semaines, vous tenez le record 👏👏",
        "inbound",
        R,
        COMPLAINT,
    ),
    (
        "@gaz pal, if Bluetooth pairing's beyond you, maybe connected lighting just isn't for you",
        "outbound",
        R,
        INSULT,
    ),
    (
        "Vous n'arrivez pas à visser une ampoule ? Désolés, là on ne peut vraiment plus rien "
        "faire pour vous.",
        "outbound",
        R,
        INSULT,
    ),
    (
        "Passez chez Lumio et votre ampoule survivra à votre crédit immobilier.",
        "outbound",
        R,
        PROMISE,
    ),
    (
        "Our lamps last at least 50 years, promise: your grandkids will still be using them",
        "outbound",
        R,
        PROMISE,
    ),
    # -- A tone-deaf promo next to a disaster or commemoration
    (
        "Tempête Ciarán : plus de courant ? Profitez-en, -20 % sur nos lampes à batterie 😎",
        "outbound",
        R,
        TONE_DEAF,
    ),
    (
        "Storm knocked out power across the region? Perfect timing for 20% off our battery lamps!",
        "outbound",
        R,
        TONE_DEAF,
    ),
    (
        "11 novembre : -11 % sur toute la gamme, parce qu'on n'oublie rien 😉",
        "outbound",
        R,
        TONE_DEAF,
    ),
    ("Heatwave alert 🔥 what better excuse to shop our fans today only", "outbound", R, TONE_DEAF),
    (
        "Inondations dans le Sud : pensez à nos lampes étanches, livraison offerte !",
        "outbound",
        R,
        TONE_DEAF,
    ),
    # -- B contempt for customers as a group
    (
        "Les clients qui reviennent se plaindre le samedi, on les laisse attendre, le karma 🙃",
        "outbound",
        R,
        INSULT,
    ),
    (
        "Customers who return lamps they broke themselves: we let them wait, serves them right",
        "outbound",
        R,
        INSULT,
    ),
    ("Honestly most users are illiterate, nobody reads the manual", "outbound", R, INSULT),
    (
        "Règle du SAV : les clients sont des boulets, mais on sourit 😂",
        "outbound",
        "insults",
        INSULT,
    ),
    ("Les retraités qui nous appellent pour régler le bluetooth, pitié 😂", "outbound", R, INSULT),
    # -- C one identifiable customer mocked
    (
        "To the gentleman who called us 7 times about a blinking LED: it's a feature 😘",
        "outbound",
        R,
        INSULT,
    ),
    (
        "À la dame du 3e au 12 rue des Lilas qui nous a écrit cinq fois pour une vis : on vous "
        "aime 🙃",
        "outbound",
        R,
        INSULT,
    ),
    (
        "Shout-out to the lovely customer who left us four reviews about the box colour 🖼️",
        "outbound",
        R,
        INSULT,
    ),
    (
        "Au monsieur très patient qui nous a appelés douze fois pour la même vis : on vous garde "
        "une place au standard",
        "outbound",
        R,
        INSULT,
    ),
    (
        "Dear the user who called 6 times about the blinking LED: it's a feature 😘",
        "outbound",
        R,
        INSULT,
    ),
    # -- D ironic reply blaming the customer
    (
        "@jeanmi oui oui, c'est sûrement la lampe le problème, pas du tout votre installation de "
        "1970 🙃",
        "outbound",
        R,
        INSULT,
    ),
    (
        "Sure, it's obviously the bulb, absolutely not the 40-year-old wiring in your flat 🙃",
        "outbound",
        R,
        INSULT,
    ),
    ("Mais oui Madame, on va réparer ça dès que vous aurez lu la notice 🙂", "outbound", R, INSULT),
    ("Of course Dave, we'll look into it right after you plug it in. 🙂", "outbound", R, INSULT),
    (
        "C'est forcément notre ampoule, rien à voir avec vos trois multiprises en cascade 🙃",
        "outbound",
        R,
        INSULT,
    ),
    # -- E dismissive "go elsewhere"
    (
        "Pas contente ? Personne ne vous oblige à acheter chez nous, la porte est grande "
        "ouverte 👋",
        "outbound",
        R,
        INSULT,
    ),
    (
        "If you don't like our prices, nobody is forcing you to buy here. Bye 👋",
        "outbound",
        R,
        INSULT,
    ),
    (
        "Vous n'êtes pas contents ? Allez donc voir chez Brillix, on ne vous retient pas 😘",
        "outbound",
        R,
        INSULT,
    ),
    ("Not happy? Feel free to shop elsewhere, we won't miss you.", "outbound", R, INSULT),
    (
        "Si ça ne vous plaît pas, allez voir ailleurs, on ne retient personne.",
        "outbound",
        "insults",
        INSULT,
    ),
    # -- F absolute promise
    (
        "Nos ampoules ne tombent jamais en panne. Jamais.",
        "outbound",
        "unrealistic_promises",
        PROMISE,
    ),
    (
        "Our bulbs never fail, 100% guaranteed, zero defects.",
        "outbound",
        "unrealistic_promises",
        PROMISE,
    ),
    (
        "Install it and forget it: you'll never need to replace a bulb again.",
        "outbound",
        R,
        PROMISE,
    ),
    ("La dernière lampe que vous achèterez de votre vie.", "outbound", R, PROMISE),
    ("Vous n'aurez plus jamais à changer une ampoule, promis.", "outbound", R, PROMISE),
    # -- G internal chatter posted publicly
    ("@channel who posted this on the main account? delete asap", "outbound", R, CHATTER),
    (
        "Oups, ce message était pour le Slack de l'équipe, pas pour la page 🙈",
        "outbound",
        "internal_chatter",
        CHATTER,
    ),
    (
        "Note to self: ask the team to fix the pricing deck before Monday",
        "outbound",
        "internal_chatter",
        CHATTER,
    ),
    ("Draft v2 – do not post yet – waiting for Marc's OK", "outbound", "internal_chatter", CHATTER),
    (
        "Next time we discuss bonuses let's do it in DM 🙈 Lea 2 500, Tom 2 100",
        "outbound",
        R,
        CHATTER,
    ),
    # -- H complaint: unanswered, counted
    ("Eight tweets, zero answers. Well done @lumio.", "inbound", R, COMPLAINT),
    ("5 mails, aucune réponse. Bravo @lumio_fr", "inbound", R, COMPLAINT),
    (
        "Trois relances et toujours pas une réponse, @lumio c'est une blague ?",
        "inbound",
        R,
        COMPLAINT,
    ),
    ("Day 12 waiting for a reply about my refund, @lumio", "inbound", R, COMPLAINT),
    ("3e relance pour mon remboursement, toujours rien", "inbound", R, COMPLAINT),
    # -- I complaint: escalation
    (
        "J'ai saisi l'UFC-Que Choisir pour ma commande jamais livrée, @lumio_fr",
        "inbound",
        R,
        COMPLAINT,
    ),
    ("My lawyer will be in touch about the refund you refuse, @lumio", "inbound", R, COMPLAINT),
    ("Signalement fait sur SignalConso pour votre SAV", "inbound", R, COMPLAINT),
    ("Contacting trading standards about my order next week", "inbound", R, COMPLAINT),
    ("Mise en demeure envoyée pour ma lampe défectueuse", "inbound", R, COMPLAINT),
    # -- J public call-out / viral threat
    (
        "I've got 120k followers and tomorrow I'm going to tell them how @lumio treated me 🍿",
        "inbound",
        R,
        COMPLAINT,
    ),
    (
        "Avec mes 45 000 abonnés, je vais tout balancer sur votre SAV ce soir",
        "inbound",
        R,
        COMPLAINT,
    ),
    (
        "So the 'lifetime' warranty lasted 14 months. Screenshotting this for my 80k followers.",
        "inbound",
        R,
        COMPLAINT,
    ),
    (
        "Capture d'écran faite pour mes 30k abonnés, vous allez adorer @lumio_fr",
        "inbound",
        R,
        COMPLAINT,
    ),
    (
        "My community will hear exactly how this company ignored me, spilling the tea tonight",
        "inbound",
        R,
        COMPLAINT,
    ),
    # -- K product hazard
    ("@lumio my bedside lamp started smoking last night", "inbound", R, COMPLAINT),
    (
        "Ça sent le brûlé dans le salon depuis que j'ai branché votre ampoule",
        "inbound",
        R,
        COMPLAINT,
    ),
    ("Le chargeur a fondu sur la moquette cette nuit @lumio_fr", "inbound", R, COMPLAINT),
    ("sparks came out of the smart plug when I switched it on", "inbound", R, COMPLAINT),
    ("La veilleuse de ma fille a pris feu dans sa chambre", "inbound", R, COMPLAINT),
    # -- L broken promise quoted back
    ("La garantie « à vie » a tenu 14 mois. Merci @lumio_fr", "inbound", R, COMPLAINT),
    ('The "unbreakable" lamp lasted three weeks. Great job @lumio', "inbound", R, COMPLAINT),
    ('Livraison "express" : arrivée au bout de 19 jours. Chapeau.', "inbound", R, COMPLAINT),
    (
        'My "waterproof" garden light died after 2 months in the rain, @lumio',
        "inbound",
        R,
        COMPLAINT,
    ),
    ("L'ampoule « increvable » a lâché au bout de 6 semaines", "inbound", R, COMPLAINT),
    # -- M threats toward customers
    ("Le premier qui me reparle de son routeur, je lui fais bouffer 😤", "outbound", R, INSULT),
    ("The next customer who asks about the app, I swear I'll strangle them", "outbound", R, INSULT),
    ("Si encore un client me demande la notice, je l'étrangle", "outbound", R, INSULT),
    (
        "The next caller who says it's not plugged in, I'll punch the screen and him",
        "outbound",
        R,
        INSULT,
    ),
    (
        "La prochaine personne qui me parle de remboursement, je lui mets une claque",
        "outbound",
        R,
        INSULT,
    ),
    # -- N boycott call
    ("#BoycottLumio until they refund everyone they scammed", "inbound", "complaints", COMPLAINT),
    (
        "Boycott @lumio_fr, ils traitent leurs clients comme des chiens, faites tourner",
        "inbound",
        R,
        COMPLAINT,
    ),
    (
        "Je ne rachèterai plus jamais chez @lumio_fr et je le dis à tout le monde, faites passer",
        "inbound",
        R,
        COMPLAINT,
    ),
    ("Everyone stop buying from @lumio, RT so people know", "inbound", R, COMPLAINT),
    ("N'achetez plus rien chez Lumio, partagez un max 🔁", "inbound", R, COMPLAINT),
    # -- O employee badmouthing the company
    (
        "Bosser chez Lumio c'est l'enfer, la direction est nulle et les produits sont de la merde",
        "outbound",
        "profanity",
        PROFANITY,
    ),
    (
        "Honestly working at Lumio is a joke, management has no clue and the lamps are junk",
        "outbound",
        "internal_chatter",
        CHATTER,
    ),
    (
        "Petit conseil d'employé : n'achetez pas nos lampes, elles lâchent au bout d'un an",
        "outbound",
        R,
        INSULT,
    ),
    ("As someone who works there: don't buy our new bulbs, they're rubbish", "outbound", R, INSULT),
    (
        "Entre nous, nos produits sont moins bons que ceux des concurrents, mais chut 🤫",
        "outbound",
        R,
        INSULT,
    ),
    # -- P hostile answer to a bad review
    (
        "To the 1-star reviewer: maybe learn to read the manual before typing 🙄",
        "outbound",
        R,
        INSULT,
    ),
    (
        "Réponse à l'avis 1 étoile : apprenez à lire la notice avant d'écrire 🙄",
        "outbound",
        "insults",
        INSULT,
    ),
    ("Your 1-star review says more about you than about our lamp, Karen.", "outbound", R, INSULT),
    (
        "Votre avis à une étoile en dit plus sur vous que sur notre lampe, Madame.",
        "outbound",
        R,
        INSULT,
    ),
    (
        "Lol at the guy who gave us 1 star because he couldn't find the switch 😂",
        "outbound",
        "insults",
        INSULT,
    ),
]

NEAR_MISSES = [
    # (text, direction): no reputation finding from any rule detector
    # -- blind14's misses, paraphrased
    (
        "Non, nos ampoules ne vont pas durer toute la vie. Mais 25 000 heures, ça s'en approche 😄",
        "outbound",
    ),
    ("No, your bulb won't last forever. But rated at 25,000 hours, it comes close.", "outbound"),
    # -- help offered to a customer who struggles; a sober durability claim
    (
        "If pairing feels too hard for you, our hotline walks you through it, step by step.",
        "outbound",
    ),
    (
        "Vous n'arrivez pas à visser l'ampoule ? Voici la vidéo qui vous montre comment faire.",
        "outbound",
    ),
    ("Our lamps are rated 50,000 hours, and recyclable in store when they finally go.", "outbound"),
    # -- A tone-deaf promo next to a disaster or commemoration
    (
        "Tempête Ciarán : nos magasins prêtent des lampes à batterie aux sinistrés, gratuitement.",
        "outbound",
    ),
    (
        "Storm warning tonight: stay safe, charge your phones and check on your neighbours.",
        "outbound",
    ),
    # -- B contempt for customers as a group
    ("Les clients qui reviennent nous voir le samedi ont droit à un café offert ☕", "outbound"),
    ("Customers aren't stupid: they notice when a price goes up quietly.", "outbound"),
    # -- C one identifiable customer mocked
    (
        "To the customer who called us 3 times yesterday: good news, your parcel is on its way.",
        "outbound",
    ),
    ("À la cliente qui nous a écrit deux fois : merci, votre idée est dans la v2 !", "outbound"),
    # -- D ironic reply blaming the customer
    (
        "C'est sûrement la lampe, pas du tout votre faute : on vous l'échange dès demain.",
        "outbound",
    ),
    (
        "It's obviously the bulb, not your wiring: sorry about that, we'll replace it today.",
        "outbound",
    ),
    # -- E dismissive "go elsewhere"
    (
        "Pas satisfait ? Vous avez 30 jours pour nous retourner la lampe, remboursement intégral.",
        "outbound",
    ),
    ("Not happy with your lamp? You can return it within 30 days for a full refund.", "outbound"),
    # -- F absolute promise
    ("No lamp lasts forever, but ours come with a 5-year warranty.", "outbound"),
    ("Rien ne dure toujours : nos ampoules sont notées 25 000 heures.", "outbound"),
    # -- G internal chatter posted publicly
    ("Join our team channel on Discord to chat with other Lumio fans!", "outbound"),
    ("Note: our shops close at 6 pm on Sunday.", "outbound"),
    # -- H complaint: unanswered, counted
    ("Two emails and a quick reply each time, thanks @lumio!", "inbound"),
    ("3 messages échangés avec le SAV, problème réglé en une heure 👍", "inbound"),
    # -- I complaint: escalation
    ("I'm a lawyer and I love my Lumio desk lamp, great for late nights", "inbound"),
    (
        "Notre avocat préféré vient d'ouvrir son cabinet, on lui a offert une lampe Lumio !",
        "inbound",
    ),
    # -- J public call-out / viral threat
    (
        "I've got 120k followers and I'm doing a giveaway with @lumio tomorrow, thanks guys!",
        "inbound",
    ),
    (
        "Merci à mes 45 000 abonnés, vidéo unboxing de la lampe @lumio_fr ce soir, j'adore",
        "inbound",
    ),
    # -- K product hazard
    ("Does the charger have overheat protection? Asking before I buy one", "inbound"),
    ("This lamp melted my heart, best gift ever", "inbound"),
    # -- L broken promise quoted back
    (
        "The lifetime warranty replaced my lamp after 14 months, no questions asked. Thanks @lumio",
        "inbound",
    ),
    ("Livraison express : arrivée en 24 h, au top !", "inbound"),
    # -- M threats toward customers
    ("Le premier qui trouve l'œuf de Pâques caché dans la vidéo gagne une lampe !", "outbound"),
    ("The next customer who visits our shop gets a free bulb 🎁", "outbound"),
    # -- N boycott call
    ("Je rachèterai chez @lumio_fr sans hésiter, la lampe est parfaite", "inbound"),
    ("Partagez vos photos de la lampe avec #MaLumio, on reposte les plus belles !", "inbound"),
    # -- O employee badmouthing the company
    ("Bosser chez Lumio c'est top, l'équipe est géniale et les produits sont superbes", "outbound"),
    ("As someone who works there: our new bulbs are the best we've ever made", "outbound"),
    # -- P hostile answer to a bad review
    ("To the 1-star reviewer: thank you, you were right, we've fixed the app.", "outbound"),
    (
        "Réponse à l'avis 1 étoile : merci, vous aviez raison, la mise à jour corrige le bug.",
        "outbound",
    ),
]

#: outbound posts about the competitor: the competition family's finding, no model reputation one
ABOUT_A_RIVAL = [
    "Brillix is run by clowns. Their 'smart' lamps are dumber than a brick.",
    "Brillix bulbs are cheap garbage that overheat, and their CEO knows it. Don't trust them.",
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round16_reputation_kinds_are_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction"), NEAR_MISSES)
def test_round16_reputation_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    found = [
        (f.detector, f.kind)
        for f in result.findings
        if f.category.value == "reputation" and f.detector in RULE_DETECTORS
    ]
    assert found == [], (text, found)


@pytest.mark.parametrize("text", ABOUT_A_RIVAL)
def test_round16_a_rival_disparaged_is_no_model_reputation_finding(
    engine: Engine, text: str
) -> None:
    result = engine.screen_text(text, direction="outbound")
    categories = {f.category.value for f in result.findings}
    assert "competition" in categories, (text, result.findings)
    models = [
        f.kind
        for f in result.findings
        if f.category.value == "reputation" and f.detector in ("text_models", "learned_risk")
    ]
    assert models == [], (text, models)
