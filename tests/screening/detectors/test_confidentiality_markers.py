"""Confidentiality markers (confidential.marker), and the reassurances that look like them."""

from __future__ import annotations

import pytest

from tocsin import Engine, Post
from tocsin.screening.detectors.confidential.confidentiality_markers import (
    ConfidentialityMarkers,
)
from tocsin.screening.lexicon import load_rules

KIND = "confidential.marker"

MATCH = [
    # (text, evidence at the span, rule, outbound severity)
    ("CONFIDENTIEL — chiffres du T3 avant publication", "CONFIDENTIEL", "confidential", "high"),
    ("Document strictement confidentiel : plan de lancement", "strictement confidentiel",
     "confidential", "high"),
    ("Ces chiffres sont confidentiels, merci", "confidentiels", "confidential", "high"),
    ("[Confidential] Q3 pricing for partners", "Confidential", "confidential", "high"),
    ("Strictly confidential: the new lamp costs €49 to make", "Strictly confidential",
     "confidential", "high"),
    ("Note à usage interne : nouveaux tarifs", "à usage interne", "internal_only", "high"),
    ("Interne uniquement : planning des soldes", "Interne uniquement", "internal_only", "high"),
    ("Ne pas diffuser svp : le visuel de la campagne", "Ne pas diffuser", "internal_only", "high"),
    ("À ne pas transférer – merci", "ne pas transférer", "internal_only", "high"),
    ("Internal only: draft of the Q3 deck", "Internal only", "internal_only", "high"),
    ("For internal use only - pricing grid", "For internal use only", "internal_only", "high"),
    ("Please do not forward this email", "do not forward", "internal_only", "high"),
    ("Do not share outside the team: the launch date moved", "Do not share", "internal_only",
     "high"),
    ("Draft - not for publication", "Draft - not for publication", "internal_only", "high"),
    ("Sous embargo jusqu'au 12 mars 10 h", "Sous embargo jusqu'au", "embargo", "high"),
    ("EMBARGOED UNTIL 9 AM CET: Lumio acquires…", "EMBARGOED UNTIL", "embargo", "high"),
    ("Sous NDA, mais voici la nouvelle lampe 😍", "Sous NDA", "nda", "high"),
    ("I'm under NDA but the new lamp is amazing", "under NDA", "nda", "high"),
    ("Brouillon : post pour la fête des mères", "Brouillon", "draft", "medium"),
    ("DRAFT V2 – caption for Instagram", "DRAFT V2", "draft", "medium"),
    ("Notre roadmap 2027 : lampe connectée et appli", "roadmap", "roadmap", "medium"),
    ("La feuille de route interne prévoit une gamme pro", "feuille de route", "roadmap",
     "medium"),
    ("La nouvelle lampe, pas encore annoncée, sera à 299 €", "pas encore annoncée",
     "not_yet_announced", "high"),
    ("Sneak peek of an unreleased lamp 👀", "unreleased", "not_yet_announced", "high"),
    ("Not yet announced: our partnership with Brillix", "Not yet announced",
     "not_yet_announced", "high"),
    ("Le modèle non annoncé sera lancé en mai", "non annoncé", "unannounced_product", "high"),
    ("Photo du prototype de la lampe Opale", "prototype", "prototype", "medium"),
    ("Notre secret de fabrication : un verre soufflé à 1 200 °C puis trempé 3 fois",
     "secret de fabrication", "trade_secret", "medium"),
    # real markers next to words of the privacy exceptions ("design", "device", "usage",
    # "chiffres", "votre")
    ("Confidential: the new design of the Aurora lamp, launch in May", "Confidential",
     "confidential", "high"),
    ("Company confidential — draft pricing for the device launch", "Company confidential",
     "confidential", "high"),
    ("Very confidential: your bonus for 2027 will be 12%", "confidential", "confidential",
     "high"),
    ("Highly confidential: usage figures of the app for Q3, before the board",
     "Highly confidential", "confidential", "high"),
    ("CONFIDENTIEL — chiffres du T3 avant publication", "CONFIDENTIEL", "confidential", "high"),
    ("Confidentiel : la liste des clients pros et leurs remises 2027", "Confidentiel",
     "confidential", "high"),
    ("Confidentiel direction : le plan de réduction des coûts du site de Lyon", "Confidentiel",
     "confidential", "high"),
    ("Document confidentiel : votre nouvelle grille de rémunération", "confidentiel",
     "confidential", "high"),
]

NO_MATCH = [
    # privacy reassurances and support lines
    "Confidential tip from our designers: warm white in the bedroom",
    "Vos données restent confidentielles.",
    "Vos réponses sont anonymes et confidentielles.",
    "Your information remains confidential and is never sold.",
    "Notre politique de confidentialité évolue le 1er mars.",
    "Read our privacy policy before signing up.",
    "Appelez notre ligne d'écoute confidentielle, 24 h/24.",
    "Our confidential counselling line is open to all employees.",
    "Signalement confidentiel via notre plateforme lanceurs d'alerte.",
    # hygiene and community guidelines
    "Do not share your password with anyone.",
    "Ne pas partager votre mot de passe, même avec nous.",
    "Please do not share personal information in the comments.",
    "Ne pas diffuser de rumeurs : attendez les informations officielles.",
    # other meanings
    "Huile essentielle de citron : à usage interne sur avis médical.",
    "NDA : ce thread est long, désolé.",
    "Le cahier de brouillon de la rentrée est en promo.",
    "Découvrez notre roadmap publique 2027 et votez pour vos idées !",
    "Notre feuille de route climat 2030 est en ligne.",
    "Les dates ne sont pas encore annoncées, restez connectés !",
    "Une inspection non annoncée a eu lieu dans l'usine.",
    "Venez découvrir notre prototype au salon Maison&Objet, stand B42.",
    "Le secret de fabrication de nos crêpes ? L'amour.",
    "L'embargo sur le pétrole russe est prolongé.",
    "Nous avons une recette secrète pour les fêtes",
    "Our confidentiality agreement template is on the site.",
    # product privacy promises: "confidential by design", data kept on the device
    "Our confidential-by-design promise: your usage data stays on your device",
    "Privacy by design : vos échanges restent confidentiels.",
    "Confidentialité garantie : vos habitudes d'éclairage restent sur votre appareil.",
    "Confidential by design: we never see your light schedules.",
    "End-to-end encryption keeps your chats confidential.",
    "Échanges 100 % confidentiels avec nos conseillers.",
    "Toutes vos demandes sont traitées de manière strictement confidentielle.",
    "Vos messages au SAV sont confidentiels et ne sont jamais revendus.",
    "Your usage data is confidential and never leaves your home.",
    "Nos lampes sont confidentielles par conception : aucune donnée ne quitte votre domicile.",
    "Private by default, confidential by design: that's the Lumio promise.",
    "Discrétion garantie : envoi dans un emballage confidentiel, sans logo.",
    "Confidential and encrypted: the Lumio app keeps your schedules on your phone.",
    "Appli Lumio : historique confidentiel, chiffré sur votre téléphone.",
]


def _mine(engine: Engine, text: str, direction: str = "outbound"):  # type: ignore[no-untyped-def]
    result = engine.screen(Post(text=text, direction=direction))
    return [f for f in result.findings if f.kind == KIND]


@pytest.mark.parametrize(("text", "evidence", "rule", "severity"), MATCH)
def test_match(engine: Engine, text: str, evidence: str, rule: str, severity: str) -> None:
    found = _mine(engine, text)
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start : f.end] == evidence
    assert f.rule == f"confidential_markers.{rule}"
    assert f.severity == severity
    assert f.category == "data_leak"


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert _mine(engine, text) == []
    assert _mine(engine, text, "inbound") == []


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("Voici le document interne de Lumio, strictement confidentiel", "medium"),
        ("Leaked: Lumio's roadmap 2027", "low"),
        ("Brouillon : nouvelle gamme", None),  # drafts: outbound only
    ],
)
def test_inbound_is_one_step_lower(engine: Engine, text: str, severity: str | None) -> None:
    found = _mine(engine, text, "inbound")
    assert [f.severity for f in found] == ([severity] if severity else [])


@pytest.mark.parametrize(
    ("lang", "words"),
    [("fr", "Mention de confidentialité « Confidentiel »"),
     ("en", "Confidentiality marker “Confidentiel”")],
)
def test_explanation_and_decision(lumio_profile, lang: str, words: str) -> None:  # type: ignore[no-untyped-def]
    engine = Engine(lumio_profile, detectors=[ConfidentialityMarkers], lang=lang)
    result = engine.screen_text("Confidentiel : les chiffres de Q3")
    assert result.decision == "block"
    assert words in result.findings[0].explanation
    assert "confidentiality_markers 1.0" in result.findings[0].explanation


#: kinds of the lexicon besides the marker, and their category: hints at a credential and
#: security gaps are a secret's kind; "not public yet" said of staff news or of a deal is the
#: risk of that news
OTHER_KINDS = {
    "secret.credential_hint": "data_leak",
    "secret.security_gap": "data_leak",
    "secret.access_not_revoked": "data_leak",
    "confidential.document_exposed": "data_leak",
    "hr.unannounced": "human_resources",
    "mnpi.unannounced": "financial_disclosure",
}


def test_every_rule_explains_itself_in_both_languages() -> None:
    for rule in load_rules("confidential_markers"):
        assert {"fr", "en"} <= set(rule.explanation), rule.id
        expected = "data_leak" if rule.kind == KIND else OTHER_KINDS[rule.kind]
        assert rule.category == expected, rule.id
        for also in rule.also:
            assert {"fr", "en"} <= set(also.explanation), rule.id


def _found(engine: Engine, text: str, direction: str = "outbound") -> set[tuple[str, str]]:
    """(category, rule) of the findings of this lexicon."""
    result = engine.screen(Post(text=text, direction=direction))
    return {
        (f.category.value, f.rule.split(".", 1)[1])
        for f in result.findings
        if f.rule.startswith("confidential_markers.")
    }


# New families (training set j, blind 7): a site's security gap, access not revoked, a code name
# withheld and described. Each row: text, the (category, rule) pairs expected.
FAMILIES = [
    ("Night shift at the warehouse: the south gate camera has been down since Monday and "
     "nobody's fixed it", {("data_leak", "security_gap"), ("personal_security", "security_gap")}),
    ("Au siège, la porte du local serveur est bloquée ouverte avec une chaise depuis hier",
     {("data_leak", "security_gap"), ("personal_security", "security_gap")}),
    ("This weekend the alarm system at HQ is being upgraded, so it'll be off Saturday 8am-6pm",
     {("data_leak", "security_gap_said"), ("personal_security", "security_gap_said")}),
    ("Les caméras de surveillance du parking sont en panne depuis lundi, personne ne bouge",
     {("data_leak", "security_gap_said"), ("personal_security", "security_gap_said")}),
    ("Spare parking badge for HQ, anyone? Mine's still active though I left in August",
     {("data_leak", "access_still_works")}),
    ("Le badge que j'ai perdu au parking ouvre encore le labo du 3e, ramenez-le svp",
     {("data_leak", "access_still_works")}),
    ("Left last year and the old VPN config on my laptop still works lol",
     {("data_leak", "access_still_works")}),
    ("Can't say the name (think: a bird that only comes out at night) but it ships in spring",
     {("data_leak", "code_name_hint")}),
    ("Je ne dirai pas comment s'appelle le projet, mais les initiés comprendront #Lumio2027",
     {("data_leak", "code_name_hint")}),
    ("Le code du portail de l'entrepôt n'a pas changé depuis 2023, c'est l'année de naissance "
     "du boss", {("data_leak", "credential_hint")}),
    # "not public yet": the news's own family
    ("Management just told us 120 jobs are going at the Lyon plant. Not public yet.",
     {("human_resources", "not_yet_announced_staff")}),
    ("Notre DAF nous quitte fin décembre. Chut, c'est pas encore officiel",
     {("human_resources", "not_yet_announced_staff")}),
    ("Just signed a 3-year deal with a hotel group, not public yet so shh",
     {("financial_disclosure", "not_yet_announced_deal")}),
    ("On a signé le contrat des gares, pas encore annoncé, chut !",
     {("financial_disclosure", "not_yet_announced_deal")}),
    ("La nouvelle lampe, pas encore annoncée, sera à 299 €", {("data_leak", "not_yet_announced")}),
    # an insider's wink, an internal channel kept after leaving
    ("If you're a fan, maybe don't buy anything from us before spring. That's all I'll say 🤫",
     {("data_leak", "insider_wink")}),
    ("Photo du stand après la journée : le prototype sous la bâche grise, c'est bien ce que "
     "vous pensez 🤫", {("data_leak", "insider_wink")}),
    ("Ancien de la boîte, toujours dans le groupe WhatsApp des managers, ils parlent de fermer",
     {("data_leak", "access_still_works")}),
    # an internal document said to be out, without its content
    ("Whoever set 'salaries_2026_final.xlsx' to 'anyone with the link': we can all see it",
     {("data_leak", "document_exposed")}),
    ("le PDF des prix 2027 tourne sur WhatsApp, +12 % sur toute la gamme",
     {("data_leak", "document_exposed")}),
    ("Au mur du bureau du DAF, le tableau blanc avec les chiffres du trimestre 👀",
     {("data_leak", "document_exposed")}),
]

FAMILY_NEAR_MISSES = [
    # a private home is the empty-home family's, a fixed camera is news no more
    "Our front door at home still doesn't lock properly lol, the landlord is hopeless",
    "La caméra du parking était en panne, elle est réparée depuis ce matin 👍",
    "Your sunrise alarm is not working? Update the app and restart the lamp.",
    "Vos caméras de surveillance sont en panne ? Nos conseils pour les relancer.",
    # access that works as it should, product resilience
    "Good news: Lumio lamps still work offline, without wifi.",
    "Votre badge d'accès au salon fonctionne toujours pour la journée de demain.",
    "Mon badge ne fonctionne toujours pas, l'accueil peut m'aider ?",
    "Ma serrure connectée ne se verrouille plus depuis la mise à jour, la porte reste ouverte",
    "Le magasin ne ferme plus le dimanche à partir de janvier",
    "Le labo photo fonctionne toujours le samedi matin",
    "Notre caméra de surveillance intégrée ne fonctionne pas sans wifi, pensez-y",
    "Our alarm system partner will be down for maintenance tonight, the app may be slow",
    "Photo du tableau blanc de notre atelier créatif avec les chiffres de la journée solidaire",
    # a bird, not a code name; a name withheld in a novel
    "L'engoulevent, oiseau de nuit discret, a inspiré notre nouvelle veilleuse.",
    "Can't say the name of the killer, no spoilers, but this novel is great",
    # teasers and a new job are not deals
    "Les dates ne sont pas encore annoncées, restez connectés !",
    "Nico démissionne, pas encore officiel mais il a signé chez un concurrent hier",
    # the brand's own teaser, a rival's products, a job offer
    "Nom de code : Aurora. Notre nouvelle gamme arrive au printemps, découvrez-la au salon",
    "Notre nouvelle lampe ? On n'en dit pas plus… j'en dis pas plus, rendez-vous lundi !",
    "Their CEO is under investigation: don't buy anything from them until it's over",
    "Don't buy anything until you read our guide to bulbs",
    # a public document, a board in a class
    "Notre catalogue 2027 en PDF est disponible au téléchargement sur le site officiel",
    "Download your price list PDF from your account, anyone with the link can't open it",
    "Atelier dessin : un tableau blanc, des feutres et beaucoup d'idées pour les enfants",
]


@pytest.mark.parametrize(("text", "expected"), FAMILIES)
def test_new_families(engine: Engine, text: str, expected: set[tuple[str, str]]) -> None:
    assert _found(engine, text) == expected


@pytest.mark.parametrize("text", FAMILY_NEAR_MISSES)
def test_new_families_near_misses(engine: Engine, text: str) -> None:
    found = _found(engine, text)
    assert not {r for _, r in found} & {
        "security_gap", "security_gap_said", "access_still_works", "code_name_hint",
        "not_yet_announced_deal", "document_exposed", "insider_wink",
    }, found


# Guards: what looked like a marker and is not (clean posts of blind 5, blind 7, train-j).
GUARDS = [
    "Le secret de nos lampes ? Pas si confidentiel : de bonnes LED et beaucoup de tests",
    "Not that confidential, really: good LEDs and a lot of testing",
    "Our Employee Assistance Programme is free and confidential. You're not alone",
    "Notre programme d'aide aux salariés est gratuit et confidentiel",
    "Vos photos restent privées si vous le voulez : cochez « ne pas diffuser » dans le formulaire",
    "Tick the box 'do not share' if you wish your photo to stay private",
    "My NHS number is on the form I attached. Please don't share.",
    "Our Halo 2 launch is live on YouTube now, embargo lifted, full specs on the site",
    "L'embargo est levé : la Halo 2 est en ligne !",
    "Fun fact: the very first lamp was built in a garage in 2011. The prototype still sits in "
    "our lobby",
    "Le tout premier prototype de 2011 est exposé dans notre hall d'accueil",
    "Default admin password is on the sticker underneath, change it right away!",
    # a job offer is no staff news
    "Pas encore officiel mais on recrute ! 3 postes ouverts au SAV de Lyon",
    # results told off the record are the financial family's
    "Someone at IR said, off the record, that Q4 won't disappoint. Doubling my position.",
    "Le mot de passe par défaut est sous l'appareil : changez-le dès l'installation",
]


@pytest.mark.parametrize("text", GUARDS)
def test_guards(engine: Engine, text: str) -> None:
    assert {c for c, _ in _found(engine, text)} == set(), _found(engine, text)
    assert _found(engine, text, "inbound") == set()


def test_a_draft_for_internal_use_is_still_a_marker(engine: Engine) -> None:
    text = "Document interne — ne pas diffuser : grille tarifaire 2027 en pièce jointe"
    assert ("data_leak", "internal_only") in _found(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "confidentiel " * 80_000,
        "ne pas diffuser " * 60_000,
        "ne pas diffuser vos données " * 40_000,  # dense markers and exceptions
        "a" * 1_000_000,
    ],
)
def test_megabyte_input_finishes(text: str) -> None:
    Engine(None, detectors=[ConfidentialityMarkers]).screen_text(text)
