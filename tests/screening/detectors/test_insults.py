"""Insults and contempt toward customers or groups, and slurs; inbound: community moderation."""

from __future__ import annotations

import pytest

from tocsin import Engine

NAME = "insults"

MATCH = [
    # (text, evidence at the span)
    ("Franchement, nos clients sont des idiots.", "sont des idiots"),
    ("Ces abrutis de clients n'ont pas lu la notice", "Ces abrutis de"),
    ("Les utilisateurs sont débiles, ils appuient sur tout", "sont débiles"),
    ("Nos clients sont des pigeons, on peut monter les prix", "sont des pigeons"),
    ("Ce client est un con", "est un con"),
    ("les clients c'est des cons", "c'est des cons"),
    ("Honestly our customers are morons", "are morons"),
    ("Users are stupid, period.", "are stupid"),
    ("Stupid customers again", "Stupid customers"),
    ("customers r idiots lol", "r idiots"),
    ("Les immigrés sont des parasites", "sont des parasites"),
    ("Women are inferior drivers", "are inferior"),
    ("Les femmes sont nulles en technique", "sont nulles"),
    ("Go back to your country!", "Go back to your country"),
    ("Retourne dans ton pays", "Retourne dans ton pays"),
    ("Quelle bande d'abrutis", "bande d'abrutis"),
    ("what a bunch of morons", "bunch of morons"),
    ("sale race", "sale race"),
    ("Vous êtes vraiment des abrutis à nous écrire en majuscules", "êtes vraiment des abrutis"),
    ("Customers are so dumb, they never read the manual", "are so dumb"),
    ("Si vous n'êtes pas content allez voir ailleurs", "allez voir ailleurs"),
]

MEDIUM = [
    # (text, evidence at the span): mockery and pejorative names go to review
    ("Black Friday deal so good it's basically charity for you cheapskates", "you cheapskates"),
    ("Les boomers qui ne savent pas utiliser une appli 😂", "qui ne savent pas"),
    ("Women just don't get smart home tech", "just don't get"),
    ("Réponse type pour les râleurs : on ferme le ticket", "les râleurs"),
    ("Haters gonna hate, buy the lamp anyway", "Haters"),
]

NO_MATCH = [
    "Nos clients ne sont pas des idiots : ils lisent les avis",
    "Our customers are not stupid, they compare prices",
    "There are no stupid questions from customers!",
    "Smart lamps for users tired of dumb bulbs",
    "An idiot-proof setup for every user",
    "Nos clients sont des fans de la première heure",
    "Nos clients sont des passionnés",
    "Pas de frais pour nos clients",
    "Journée des droits des femmes : -20 % sur la gamme",
    "Les hommes et les femmes de nos ateliers",
    "Thank you people for your support!",
    "Lazy Sunday for men and women",
    "Don't make users feel stupid: clear menus",
    "Pigeon voyageur ou e-mail ? Nos clients choisissent",
    "Nos clients sont des pros du bricolage",
]


CONTEMPT = [
    # (text, evidence at one span): contempt or mockery of customers without a swear word,
    # outbound, sent to review (medium)
    ("Si vous savez pas brancher une lampe, achetez des bougies 🕯️", "savez pas brancher"),
    ("Read the manual, it's not rocket science.", "not rocket science"),
    ("lmao this guy wants a refund for a bulb he dropped", "lmao"),
    ("Encore un boomer qui comprend rien à l'appli", "Encore un boomer"),
    ("ok boomer", "ok boomer"),
    ("Apprenez à lire avant d'écrire au SAV", "Apprenez à lire"),
    ("C'est pas notre problème si vous comprenez rien à la domotique", "C'est pas notre problème"),
    (
        "If you can't install a light bulb you probably shouldn't be allowed to vote",
        "shouldn't be allowed to vote",
    ),
    ("Another genius who thinks the lamp needs WiFi to turn on", "Another genius"),
    ("Skill issue. The lamp works fine.", "Skill issue"),
    ("Mdr le mec qui appelle le SAV parce que sa lampe n'est pas branchée", "Mdr"),
    (
        "Cette cliente veut un remboursement pour une ampoule qu'elle a cassée elle-même 🤡",
        "remboursement pour une ampoule qu'elle a cassée elle-même 🤡",
    ),
    ("Lisez la notice, les gens, c'est pas sorcier", "Lisez la notice"),
    (
        "Les gens qui mettent 1 étoile sans lire la notice, vous êtes fatigants",
        "vous êtes fatigants",
    ),
    ("Some people really shouldn't be allowed near technology", "shouldn't be allowed near"),
    ("Imagine not knowing how to plug in a lamp", "Imagine not knowing how to plug"),
]

CONTEMPT_NEAR_MISS = [
    # help texts, marketing and friendly posts with the same words
    "Si vous ne savez pas brancher votre lampe, suivez notre tuto vidéo 👇",
    "Read the manual before first use, folks: safety first",
    "Installing smart lights isn't rocket science: here's how in 3 steps",
    "Domotique : c'est pas sorcier ! Découvrez nos 3 étapes pour bien démarrer",
    "Can't change a light bulb yourself? Our technicians will do it for you",
    "Un client nous a envoyé une photo de son chat sur la lampe Halo mdr trop mignon ❤️",
    "Panne de wifi ? Pas notre problème : la Halo fonctionne hors ligne",
    "Boomers, millennials, Gen Z : tout le monde adore Lumio",
    "Atelier pour les seniors : apprivoiser la domotique sans stress",
    "Another genius idea from our R&D team: a lamp that follows the sun",
    "Lundi matin 🙄 heureusement le café est là",
    "Le clown de la fête : notre lampe Circus pour les chambres d'enfants 🤡",
    "Votre remboursement arrive sous 5 jours, désolés pour l'attente 🙏",
    "Customer of the day: Jenny and her 40-lamp living room 😍",
    "Customers who can't figure out pairing: here's a quick tip",
]


@pytest.mark.parametrize(("text", "evidence"), MATCH)
def test_match(engine: Engine, text: str, evidence: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.detector == NAME]
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert (f.category, f.kind, f.severity) == ("reputation", "reputation.insult", "high")
    assert result.decision == "block"


@pytest.mark.parametrize(("text", "evidence"), MEDIUM)
def test_mockery_and_pejoratives_go_to_review(engine: Engine, text: str, evidence: str) -> None:
    found = [f for f in engine.screen_text(text).findings if f.detector == NAME]
    assert [(text[f.start : f.end], f.severity) for f in found] == [(evidence, "medium")]


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Go back to your country", "Go back to your country"),
        ("Les immigrés sont des parasites", "sont des parasites"),
        ("Quelle bande d'abrutis chez Lumio", "bande d'abrutis"),
    ],
)
def test_inbound_insults_are_community_moderation(
    engine: Engine, text: str, evidence: str
) -> None:
    found = [
        f
        for f in engine.screen_text(text, direction="inbound").findings
        if f.detector == NAME and f.category == "community_management"
    ]
    assert len(found) == 1
    assert text[found[0].start : found[0].end] == evidence
    assert (found[0].category, found[0].kind) == ("community_management", "community.insult")
    assert "Modérez-le" in found[0].explanation


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("Quelle bande d'abrutis chez Lumio", True),  # names the brand
        ("Vous êtes une bande d'abrutis, trois semaines sans réponse", True),  # speaks to it
        ("Go back to your country", True),
        ("Les immigrés sont des parasites", False),  # about others: moderation only
    ],
)
def test_inbound_insults_at_the_organisation_are_also_a_complaint(
    engine: Engine, text: str, addressed: bool
) -> None:
    found = engine.screen_text(text, direction="inbound").findings
    complaints = [f for f in found if f.detector == NAME and f.category == "reputation"]
    assert [(f.kind, f.severity) for f in complaints] == (
        [("reputation.complaint", "low")] if addressed else []
    )
    assert all("Réclamation publique" in f.explanation for f in complaints)


def test_a_customer_quoting_contempt_is_not_an_insult_of_the_brand(engine: Engine) -> None:
    # customer contempt predicates are about the organisation's voice; inbound, "ils pensent
    # que les clients sont des pigeons" is moderated as community.insult like any contempt and
    # answered as a complaint, not reported as the brand's own insult.
    result = engine.screen_text(
        "Lumio pense que les clients sont des pigeons", direction="inbound"
    )
    assert {f.kind for f in result.findings if f.category == "reputation"} <= {
        "reputation.complaint"
    }
    assert all(f.severity == "low" for f in result.findings if f.category == "reputation")


@pytest.mark.parametrize(
    ("eng", "words"),
    [("engine", "Insulte ou mépris envers des clients"), ("engine_en", "Insult or contempt")],
)
def test_explanation_in_the_organisation_language(request, eng: str, words: str) -> None:  # type: ignore[no-untyped-def]
    f = request.getfixturevalue(eng).screen_text("nos clients sont des idiots").findings[0]
    assert words in f.explanation
    assert "insults 1.0" in f.explanation


@pytest.mark.parametrize(("text", "evidence"), CONTEMPT)
def test_contempt_without_swear_words_goes_to_review(
    engine: Engine, text: str, evidence: str
) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.detector == NAME]
    assert evidence in [text[f.start : f.end] for f in found], found
    assert {(f.category, f.kind, f.severity) for f in found} == {
        ("reputation", "reputation.insult", "medium")
    }
    assert result.decision == "review"


@pytest.mark.parametrize("text", CONTEMPT_NEAR_MISS)
def test_contempt_near_misses(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []


@pytest.mark.parametrize(
    "text",
    [
        "Read the manual, it's not rocket science",
        "lol ce mec veut un remboursement 🤡",
        "Apprenez à lire, Lumio !",
    ],
)
def test_contempt_rules_are_outbound_only(engine: Engine, text: str) -> None:
    # from a customer, "apprenez à lire" is a complaint to answer, not the brand's voice
    result = engine.screen_text(text, direction="inbound")
    assert [f for f in result.findings if f.detector == NAME] == []


def test_inbound_profanity_stays_community_moderation(engine: Engine) -> None:
    # moderated as community.profanity; aimed at the organisation ("vos mails"), it is also a
    # public complaint to answer (low), never the brand's own profanity
    result = engine.screen_text(
        "Lisez vos mails bordel, ça fait 3 fois que j'écris, c'est de la merde", direction="inbound"
    )
    assert "community.profanity" in {f.kind for f in result.findings}
    assert {f.kind for f in result.findings if f.category == "reputation"} == {
        "reputation.complaint"
    }
    assert {f.severity for f in result.findings if f.category == "reputation"} == {"low"}


@pytest.mark.parametrize(
    "text",
    [
        "Putain que la lampe Arc est belle, j'en ai pris trois",  # praise, not a complaint
        "Brillix c'est de la merde, prenez du Lumio",  # about a competitor
        "Brillix, bande de clowns, vous copiez tout",  # name-calling a competitor
    ],
)
def test_swearing_that_is_no_complaint_about_the_organisation(engine: Engine, text: str) -> None:
    result = engine.screen_text(text, direction="inbound")
    assert "reputation.complaint" not in {f.kind for f in result.findings}, result.findings


def test_the_explanation_of_a_mocking_emoji(engine: Engine) -> None:
    f = [
        x
        for x in engine.screen_text("Le client veut être remboursé 🤡").findings
        if x.detector == NAME
    ][0]
    assert f.rule == "reputation.insults.derision.emoji"
    assert "Moquerie envers un client" in f.explanation


def test_a_megabyte_of_mocking_emoji_finishes(engine: Engine) -> None:
    text = ("le client " + "x " * 100) * 1000 + "🙄 " * 300000
    assert [f for f in engine.screen_text(text).findings if f.detector == NAME] == []
