"""Financial disclosure: guidance, results, M&A, contracts, dividends, share talk (outbound).

Every post is dated outside the profile's quiet period (2026-12-15 .. 2027-01-28, Europe/Paris)
unless the test says otherwise; quiet periods are tested in test_quiet_period_mentions.py.
"""

from __future__ import annotations

import pytest

from tocsin import Engine

OUTSIDE = "2026-06-15T10:00:00+00:00"
INSIDE = "2027-01-10T10:00:00+00:00"
DETECTOR = "financial_disclosure"

MATCH = [
    # (text, kind, evidence at the span)
    ("Objectif 2027 : 150 M€ de chiffre d'affaires et une marge op à deux chiffres",
     "mnpi.guidance", "Objectif"),
    ("Our target: double-digit operating margin by 2028", "mnpi.guidance", "target"),
    # forward-looking statements and guidance
    ("Nous prévoyons un chiffre d'affaires de 120 M€ en 2027.", "mnpi.guidance", "Nous prévoyons"),
    ("On table sur un chiffre d'affaires de 200 millions d'euros.", "mnpi.guidance",
     "On table sur"),
    ("Nous visons une marge opérationnelle de 18 % en 2027.", "mnpi.guidance", "Nous visons"),
    ("Notre objectif de marge est de 15 %.", "mnpi.guidance", "objectif de marge"),
    ("We expect revenue to grow 20% next year.", "mnpi.guidance", "We expect"),
    ("We anticipate earnings growth of 15% next fiscal year.", "mnpi.guidance",
     "We anticipate"),
    ("We are raising our guidance for 2027.", "mnpi.guidance", "raising our guidance"),
    ("Our outlook for 2027 is very positive.", "mnpi.guidance", "outlook"),
    ("Les perspectives 2027 sont excellentes.", "mnpi.guidance", "perspectives"),
    ("Full-year outlook: revenue between €480M and €500M.", "mnpi.guidance", "outlook"),
    # results before publication
    ("Nos résultats du T4 sont excellents !", "mnpi.results", "Nos résultats du T4"),
    ("Record quarter for Lumio! 🎉", "mnpi.results", "Record quarter"),
    ("Revenue was up 30% this quarter.", "mnpi.results", "Revenue was up"),
    ("Bénéfice en hausse de 12 % au S2.", "mnpi.results", "Bénéfice en hausse"),
    ("Le chiffre d'affaires a progressé de 18 % au premier semestre.", "mnpi.results",
     "chiffre d'affaires a progressé"),
    ("Our Q4 results are stellar, can't wait for you to see them.", "mnpi.results",
     "Q4 results"),
    ("Nos ventes ont doublé ce trimestre 🚀", "mnpi.results", "Nos ventes ont doublé"),
    ("Perte nette de 3 M€ au S1, on garde le cap.", "mnpi.results", "Perte nette"),
    # mergers and acquisitions
    ("Ravis d'annoncer le rachat de Brillix !", "mnpi.m_and_a", "rachat de"),
    ("Fusion avec Brillix : c'est officiel en interne.", "mnpi.m_and_a", "Fusion avec"),
    ("We are acquiring Acme Lighting.", "mnpi.m_and_a", "We are acquiring"),
    ("Merger talks are going well.", "mnpi.m_and_a", "Merger talks"),
    ("Lumio lance une OPA sur Brillix.", "mnpi.m_and_a", "OPA"),
    ("We're in talks to buy a Dutch competitor.", "mnpi.m_and_a", "in talks to buy"),
    ("Nous sommes en discussions pour racheter un fabricant italien.", "mnpi.m_and_a",
     "en discussions pour racheter"),
    ("Lumio entre au capital de la start-up Luxo.", "mnpi.m_and_a", "entre au capital"),
    ("L'acquisition de la société Photon avance bien.", "mnpi.m_and_a", "acquisition de"),
    # big contracts
    ("Nous venons de signer un contrat de 50 M€ avec la SNCF !", "mnpi.contract", "contrat"),
    ("We just landed a $10M deal with Hilton.", "mnpi.contract", "deal"),
    ("Contrat de 12 millions d'euros signé avec Accor !", "mnpi.contract", "Contrat"),
    ("We just signed a €5M contract with IKEA.", "mnpi.contract", "contract"),
    ("Le plus gros contrat de notre histoire vient d'être signé.", "mnpi.contract",
     "plus gros contrat"),
    # dividends
    ("Dividende exceptionnel cette année 🎁", "mnpi.dividend", "Dividende exceptionnel"),
    ("We will raise the dividend next year.", "mnpi.dividend", "dividend"),
    ("Share buyback program of €50M coming soon.", "mnpi.dividend", "Share buyback program"),
    # share-price talk
    ("Achetez l'action, elle va doubler !", "mnpi.share_price", "Achetez l'action"),
    ("Buy the stock before Thursday.", "mnpi.share_price", "Buy the stock"),
    ("Our share price will double by summer.", "mnpi.share_price", "Our share price will"),
    ("Le cours de bourse va s'envoler.", "mnpi.share_price", "cours de bourse"),
    ("Nos actions vont doubler, croyez-moi.", "mnpi.share_price", "Nos actions vont"),
    ("Nous prévoyons une croissance de 25 % l'an prochain grâce à l'export.", "mnpi.guidance",
     "Nous prévoyons"),
    ("Le T4 s'annonce record : on devrait finir l'année à +25 % de chiffre d'affaires.",
     "mnpi.results", "Le T4 s'annonce"),
    ("On va exploser nos objectifs cette année : CA en hausse de 30 % au T4.", "mnpi.results",
     "CA en hausse"),
    ("We smashed our targets this quarter!", "mnpi.results", "smashed our targets"),
    ("Petit aperçu de nos ventes de Noël : +18 % vs l'an dernier 🎄", "mnpi.results",
     "nos ventes de Noël"),
    ("Holiday sales are looking fantastic this year!", "mnpi.results",
     "Holiday sales are looking"),
    ("Nouveau contrat avec Leroy Merlin, le plus gros de notre histoire 🙌", "mnpi.contract",
     "plus gros de notre histoire"),
    ("Entre nous, on prépare une introduction en Bourse pour 2027.", "mnpi.m_and_a",
     "introduction en Bourse"),
    ("Le cours va s'envoler après l'annonce du partenariat 😉", "mnpi.share_price",
     "Le cours va s'envoler"),
    # results before publication, said casually
    ("Q4 numbers are in and they're 🔥🔥 can't say more until the 28th", "mnpi.results",
     "Q4 numbers are in"),
    ("Le CA du T3 dépasse les 42 M€, +18 % sur un an 🎉", "mnpi.results", "CA du T3"),
    ("Meilleur mois de décembre de notre histoire, ventes x2 🎄", "mnpi.results", "ventes x2"),
    ("Record revenue this quarter, thank you team! 🚀", "mnpi.results", "Record revenue"),
    ("Le trimestre est bouclé : +22 % de ventes, on n'a jamais vu ça.", "mnpi.results",
     "ventes"),
    ("Ventes de Noël : x3 par rapport à l'an dernier, merci à tous 🙏", "mnpi.results",
     "Ventes de Noël"),
    ("Huge quarter. Can't share the numbers yet but wow 🤯", "mnpi.results",
     "Can't share the numbers"),
    ("Les chiffres du T4 sont tombés : on a explosé le budget 💥", "mnpi.results",
     "chiffres du T4"),
    ("Best December in company history: sales up 40% on last year!", "mnpi.results", "sales"),
    ("Our Q3 came in way above plan, proud of this team 💪", "mnpi.results", "above plan"),
    # takeover offers
    ("On a reçu une offre de rachat d'un grand groupe, je ne peux pas en dire plus 🤐",
     "mnpi.m_and_a", "offre de rachat"),
    ("We received a buyout offer from a big player 👀", "mnpi.m_and_a", "buyout"),
    ("Big news soon: a major group wants to buy us, can't say who 🤐", "mnpi.m_and_a",
     "wants to buy us"),
    ("Un fonds d'investissement veut nous racheter, négociations en cours.", "mnpi.m_and_a",
     "veut nous racheter"),
    ("We might be getting acquired by a US company this year!", "mnpi.m_and_a",
     "getting acquired"),
    ("Offre ferme reçue pour la cession de l'entreprise, le board décide lundi.",
     "mnpi.m_and_a", "cession de l'entreprise"),
    ("Rumour has it we're being acquired — and it's true 😉", "mnpi.m_and_a", "being acquired"),
    ("Une proposition de rachat à 80 M€ est sur la table.", "mnpi.m_and_a",
     "proposition de rachat"),
    ("A takeover approach from a rival landed on the CEO's desk this morning.", "mnpi.m_and_a",
     "takeover approach"),
    # big contracts without an amount
    ("Huge contract signed with a hotel chain, 12,000 rooms to equip! 🏨", "mnpi.contract",
     "Huge contract"),
    ("On vient de signer le plus gros contrat de notre histoire 🎉", "mnpi.contract",
     "plus gros contrat"),
    ("Just closed our biggest deal ever with a global retailer!", "mnpi.contract",
     "biggest deal ever"),
    ("Contrat décroché avec une grande chaîne hôtelière : 8 000 chambres équipées !",
     "mnpi.contract", "Contrat"),
    ("Nous avons remporté l'appel d'offres de la SNCF pour toutes les gares d'Île-de-France 🚆",
     "mnpi.contract", "remporté l'appel d'offres"),
    ("Accord-cadre de 4 ans signé avec un grand groupe hôtelier, on ne peut pas dire lequel 🤫",
     "mnpi.contract", "Accord-cadre"),
    ("We've signed an exclusive distribution deal with the largest retailer in Germany.",
     "mnpi.contract", "exclusive distribution deal"),
    ("Énorme contrat signé ce matin avec un leader de la grande distribution 🍾",
     "mnpi.contract", "Énorme contrat"),
    ("We won the tender for every school in Greater Manchester!", "mnpi.contract",
     "won the tender"),
    # evasions: case, accents, spacing
    ("NOUS PREVOYONS UN CHIFFRE D'AFFAIRES DE 120 M€", "mnpi.guidance", "NOUS PREVOYONS"),
    ("revenue   was   up 30 %", "mnpi.results", "revenue   was   up"),
]

NO_MATCH = [
    "Objectif zéro déchet : nos emballages sont 100 % carton",
    "Nos prévisions météo pour le week-end : soleil !",
    "We expect a great turnout at our stand!",
    "Nos résultats du T4 seront publiés le 28 janvier.",
    "Save the date: Q4 results on 28 January.",
    "Assemblée générale le 12 mai.",
    "Our annual report is available on lumio.com/investors",
    "Inscrivez-vous à notre cours de cuisine.",
    "Silence, moteur... action !",
    "Passez à l'action : achetez votre lampe Lumio !",
    "Nos actions pour le climat continuent.",
    "Film d'action ou comédie romantique ? Notre lampe s'adapte à vos soirées.",
    "Le rachat de votre ancienne lampe : 20 € offerts.",
    "L'acquisition de nouveaux clients est notre priorité.",
    "Customer acquisition tips for small retailers in our blog.",
    "Nous avons signé un contrat de location pour nos nouveaux bureaux.",
    "CDI, contrat de 35 h, salaire 32 k€ brut.",
    "Black Friday deal: lamp at 49 €!",
    "Story takeover today with @chef_anna!",
    "Add the webinar to your Outlook calendar.",
    "Love you to the moon and back ❤️",
    "Notre nouvelle lampe Lune ? To the moon 🚀",
    "Les résultats du concours sont en ligne !",
    "Une année record de bénévolat pour nos équipes.",
    "De belles perspectives pour notre communauté !",
    "Parental guidance is advised for this film.",
    "Nous prévoyons une forte affluence sur notre stand au salon.",
    "We expect the new collection to sell out fast, so order early!",
    "Résultats du sondage : 72 % d'entre vous préfèrent la lumière chaude.",
    "Merci pour ce record de participation à notre live !",
    "Grosse commande livrée ce matin pour l'hôtel, merci à l'équipe logistique !",
    "Le dividende de 1,20 € approuvé par l'assemblée générale sera mis en paiement le 3 juin.",
    "We're merging our two newsletters into one.",
    "Acquisition de nouvelles compétences : nos équipes se forment à la réparation.",
    "Our team landed in Tokyo for the design week!",
    "Our stock is limited, buy now before it's gone.",
    "On a explosé nos chiffres d'abonnés sur Instagram !",
    "Nous avons dépassé nos objectifs de collecte pour les Restos du cœur.",
    "Nous avons dépassé nos objectifs de réduction de CO2 cette année.",
    "Nous avons fait une levée de fonds pour l'association Lumière pour tous.",
    "Le tour de table des idées a été riche en réunion.",
    "Go public with your love for lamps: share a photo with #lumio.",
    "Les soldes s'annoncent géniales cette année, préparez-vous !",
    "Objectif de la journée : booster vos ventes en boutique.",
    "Les résultats sont publiés dans notre rapport annuel, disponible sur lumio.com.",
    # results: near misses
    "Save the date: Q4 numbers on 28 January, webcast at 6 pm.",
    "Le CA du T3 sera publié le 28 octobre, rendez-vous sur lumio.com/investisseurs.",
    "Décembre, le meilleur mois pour offrir une lampe 🎁",
    "Jusqu'à -30 % pendant les ventes privées, ce week-end seulement !",
    "Boostez vos ventes de +20 % grâce à une vitrine bien éclairée (étude retail 2025).",
    "Best week ever with the team at our offsite in the Alps!",
    "The numbers are in: 2,000 of you joined our webinar! Thank you 🙏",
    "Can't say more until Friday: a new lamp is coming 👀",
    "Mois record de chaleur : pensez à nos lampes qui ne chauffent pas.",
    "Double loyalty points this December: x2 on every order!",
    # takeover: near misses
    "Offre de reprise : on rachète votre ancienne lampe 20 € pour l'achat d'une neuve.",
    "Offre de rachat de vos anciennes ampoules : 5 € le lot.",
    "Our new buy-back scheme: return your old lamp for a €20 voucher.",
    "Un grand groupe de distribution référence nos lampes dès janvier !",
    "Our founder was approached by Forbes for an interview 🎙️",
    "Sold to 30 countries and counting 🌍",
    "Vendue à plus de 10 000 exemplaires, notre lampe Nova fête ses 2 ans !",
    "Skills acquired by our apprentices this year make us proud.",
    # contracts: near misses
    "The biggest deal of the year: -40% on all lamps this weekend only!",
    "Contrat d'entretien : 3 ans de sérénité pour vos 200 luminaires.",
    "Thanks to the 1,200 customers who signed up for our beta!",
    "We won the award for best lighting design at the trade show!",
    "Appel d'offres : vous êtes architecte ? Répondez à notre appel à projets.",
    "Huge thanks to the hotel team who welcomed us for the shoot.",
    "Accord-cadre sur le télétravail signé avec les syndicats.",
    "No big contract, no commitment: cancel your subscription anytime.",
    # trading: near misses (compliance reminders, employee share plans, shopping)
    "Achetez avant la fin des soldes, il reste 3 jours !",
    "Buy before Friday: prices go up on Monday!",
    "Pre-order before the official announcement of the colour range? Yes, it's possible!",
    "On renforce nos actions de formation avant la rentrée.",
    "Don't miss out: buy before they're gone!",
    "Achetez avant l'annonce des nouveaux prix au 1er mars !",
    "Il est interdit d'acheter des actions avant l'annonce des résultats : c'est un délit "
    "d'initié. Formation conformité jeudi.",
    "Employee share plan: you can buy shares at a discount during the subscription period.",
]


@pytest.mark.parametrize(("text", "kind", "evidence"), MATCH)
def test_match(engine: Engine, text: str, kind: str, evidence: str) -> None:
    result = engine.screen_text(text, at=OUTSIDE)
    found = [f for f in result.findings if f.kind == kind]
    assert found, result.findings
    assert evidence in [text[f.start : f.end] for f in found]
    assert all(f.category == "financial_disclosure" and f.severity == "medium" for f in found)


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    result = engine.screen_text(text, at=OUTSIDE)
    assert [f for f in result.findings if f.category == "financial_disclosure"] == []


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Revenue was up 30% this quarter.", "Revenue was up"),
        ("Nous venons de signer un contrat de 50 M€ avec la SNCF !", "contrat"),
        ("Ravis d'annoncer le rachat de Brillix !", "rachat de"),
    ],
)
def test_escalated_during_the_quiet_period(engine: Engine, text: str, evidence: str) -> None:
    result = engine.screen_text(text, at=INSIDE)
    found = [f for f in result.findings if f.category == "financial_disclosure"]
    assert [(f.kind, f.severity.value) for f in found] == [("mnpi.quiet_period", "high")]
    assert text[found[0].start : found[0].end] == evidence
    assert result.decision == "block"
    assert "Période de silence du 15/12/2026 au 28/01/2027 (Q4 results)" in found[0].explanation


INSIDER = [
    # (text, evidence at the span): trading ahead of the news, blocked (high)
    ("Je renforce mes actions avant l'annonce, ça va grimper 😏", "renforce mes actions"),
    ("Buy before the announcement, trust me 😉", "Buy before the announcement"),
    ("Achetez avant les résultats, je dis ça je dis rien 😉", "Achetez avant les résultats"),
    ("Loading up on shares before Thursday's earnings 🤫", "Loading up on shares"),
    ("Tip for friends: get in before the deal is announced next week.",
     "get in before the deal"),
    ("Mon conseil : prenez des actions avant la publication du T4 📈", "prenez des actions"),
    ("I'm doubling my position before the merger news drops.", "doubling my position"),
    ("J'ai vendu mes actions avant l'annonce, ouf 😅", "vendu mes actions"),
    ("Time to buy more shares before the news is out 😏", "buy more shares"),
]


@pytest.mark.parametrize(("text", "evidence"), INSIDER)
def test_insider_trading_is_blocked(engine: Engine, text: str, evidence: str) -> None:
    result = engine.screen_text(text, at=OUTSIDE)
    found = [f for f in result.findings if f.kind == "mnpi.insider_trading"]
    assert evidence in [text[f.start : f.end] for f in found], result.findings
    assert all(f.severity == "high" for f in found)
    assert result.decision == "block"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Q4 numbers are in and they're 🔥🔥 can't say more until the 28th", "Q4 numbers are in"),
        ("On a reçu une offre de rachat d'un grand groupe 🤐", "offre de rachat"),
        ("Huge contract signed with a hotel chain, 12,000 rooms to equip! 🏨", "Huge contract"),
        ("Je renforce mes actions avant l'annonce 😏", "renforce mes actions"),
    ],
)
def test_new_phrasings_escalate_in_the_quiet_period(
    engine: Engine, text: str, evidence: str
) -> None:
    result = engine.screen_text(text, at=INSIDE)
    found = [f for f in result.findings if f.category == "financial_disclosure"]
    assert {(f.kind, f.severity.value) for f in found} == {("mnpi.quiet_period", "high")}
    assert evidence in [text[f.start : f.end] for f in found]
    assert result.decision == "block"


@pytest.mark.parametrize(
    "text",
    [
        "Un pote chez Lumio dit que le chiffre d'affaires du T4 est en hausse de 30 %",
        "My cousin in your finance team says Q4 revenue was up 30%",
    ],
)
def test_inbound_posts_are_screened_too(engine: Engine, text: str) -> None:
    # an insider's figures relayed on the organisation's page leak all the same
    result = engine.screen_text(text, direction="inbound")
    assert [f for f in result.findings if f.category == "financial_disclosure"], text


@pytest.mark.parametrize(
    ("eng", "words"),
    [("engine", "Chiffre de résultats"), ("engine_en", "Results figure")],
)
def test_explanation_in_the_organisation_language(request, eng: str, words: str) -> None:  # type: ignore[no-untyped-def]
    result = request.getfixturevalue(eng).screen_text("Revenue was up 30%.", at=OUTSIDE)
    f = next(f for f in result.findings if f.detector == DETECTOR)
    assert words in f.explanation
    assert "Revenue was up" in f.explanation
    assert "financial_disclosure 1.0" in f.explanation


def test_megabyte_post_finishes(engine: Engine) -> None:
    # the amount and proper-noun checks on many contract and acquisition phrases
    unit = "contrat " + "9" * 40 + " acquisition de " + "A" * 30 + " $" + "1" * 20 + " "
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    result = engine.screen_text(text, at=OUTSIDE)
    assert result.decision in ("allow", "review", "block")


def test_megabyte_of_figures_finishes(engine: Engine) -> None:
    # the growth-figure and quantity checks on many sales and contract words
    unit = "ventes +" + "1" * 30 + " % CA du T3 " + "2 " * 15 + "contrat signé 1 000 000 0 rooms "
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    result = engine.screen_text(text, at=OUTSIDE)
    assert result.decision in ("allow", "review", "block")
