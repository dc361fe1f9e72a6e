"""Round 18 (structural, precision) of issue #3 for the financial disclosure family, after the
training sets o to t: findings that disclose nothing are set aside.

Per kind, ten wordings written before the rule changed (French and English, several registers):
the first five (with the corpus posts) shaped the rule, the last five were held out and checked
afterwards (see the "Round 18" paragraph of docs/detectors/financial.md for the held-out hit
rates). Kinds: an inbound question to the company with no source; a post quoting a release or a
publication that happened; a competitor congratulated on its own operation; a wink about a site,
a team, a product or an order. Rows that another family (the learned layer, poaching) still
flags are left out. Near-miss rows are risky look-alikes the family must still find."""

from __future__ import annotations

import pytest

from tocsin import Engine

CLEAN = [
    # (text, direction): nothing financial to find
    ("@lumio vous allez être rachetés ou pas ? on entend de tout sur les forums", "inbound"),
    ("@lumio is it true you're acquiring a startup? any comment?", "inbound"),
    ("@lumio_fr le dividende exceptionnel, il tombe quand ?", "inbound"),
    ("@lumio rumour says Brillix wants to buy you, care to comment?", "inbound"),
    (
        "@lumio c'est quand la publication des résultats annuels ? je veux savoir avant "
        "de renforcer",
        "inbound",
    ),
    ("@lumio any plans for a special dividend this year?", "inbound"),
    ("@lumio_fr une fusion avec Brillix, info ou intox ?", "inbound"),
    ("@lumio are you guys being taken over? the stock is flying today", "inbound"),
    ("@lumio vous confirmez le rachat d'une boîte grenobloise dont parle la presse ?", "inbound"),
    (
        "As stated in our H1 release, we confirm our full-year guidance of 5% organic growth.",
        "outbound",
    ),
    (
        "Comme indiqué dans notre communiqué du 3 mars, Lumio a finalisé l'acquisition "
        "de LuzHogar.",
        "outbound",
    ),
    (
        "Our share price moved after we published Q3 sales yesterday; details on "
        "lumio.com/investors",
        "outbound",
    ),
    (
        "Lumio announces today the acquisition of Brightway. Full release on lumio.com/investors",
        "outbound",
    ),
    (
        "As announced in our press release this morning, Lumio has signed a €40M "
        "contract with SNCF.",
        "outbound",
    ),
    (
        "Lumio annonce ce jour le rachat de Lumen GmbH, communiqué disponible sur notre "
        "espace investisseurs.",
        "outbound",
    ),
    (
        "Nos prévisions de chiffre d'affaires, déjà publiées en septembre, sont confirmées.",
        "outbound",
    ),
    (
        "Reminder of our published outlook: revenue growth of 8-10% (see the H1 report "
        "on lumio.com/investors).",
        "outbound",
    ),
    (
        "Le cours de l'action a bougé après la publication hier soir de notre CA du T1 ; "
        "le communiqué est en ligne.",
        "outbound",
    ),
    ("Bravo à Brillix pour sa levée de fonds annoncée ce matin !", "outbound"),
    (
        "Congrats to Brillix on their Series B, great news for the smart lighting market.",
        "outbound",
    ),
    ("Félicitations à l'équipe Brillix pour leur introduction en bourse.", "outbound"),
    ("Kudos to @brillix for closing their funding round 👏", "outbound"),
    ("Chapeau à Brillix pour sa levée de 20 M€, le secteur bouge.", "outbound"),
    ("Well done Brillix on your IPO today, the market needs more players.", "outbound"),
    ("Toutes nos félicitations à Brillix pour son augmentation de capital.", "outbound"),
    ("Congratulations to Brillix for their €15M raise, well deserved.", "outbound"),
    ("Bravo Brillix pour votre levée de fonds, belle étape !", "outbound"),
    ("Hats off to Brillix on the fundraise announced this morning.", "outbound"),
    (
        "@lumio if u don't fix this by friday I'm coming to ur office and it won't be pretty",
        "inbound",
    ),
    ("Disons qu'on n'a pas besoin de tricher sur nos chiffres de conso, nous 😇", "outbound"),
    (
        "Pour l'équipe de l'usine de Lyon : profitez de l'été, je n'ai pas le droit d'en "
        "dire plus 💔",
        "outbound",
    ),
    (
        "Had lunch with two Brillix sales reps. Let's just say our team may grow in the autumn 😉",
        "outbound",
    ),
    (
        "off the record? if I were on the Nantes team I wouldn't renew my lease, that's "
        "all I'll say",
        "outbound",
    ),
    (
        "La nouvelle teinte de la gamme est validée, pas le droit d'en dire plus mais ça "
        "va briller ✨",
        "outbound",
    ),
    ("Disons que certains commerciaux de Brillix ont très envie de nous rejoindre 😏", "outbound"),
    (
        "Off the record, the new design lead from Brillix starts Monday, that's all I'll say",
        "outbound",
    ),
    (
        "@lumio fix my order or you'll see, it won't be pretty next time I'm at your store",
        "inbound",
    ),
]

RISKY = [
    # (text, direction): the same shapes with a source, a release still to come, our own deal,
    # a financial object
    (
        "Vous allez être rachetés ? Je ne peux rien dire, mais disons que l'acquisition "
        "est bien avancée 😉",
        "outbound",
    ),
    (
        "We'll confirm our full-year guidance of 12% revenue growth in the release next week 🤫",
        "outbound",
    ),
    ("L'acquisition de LuzHogar sera annoncée lundi, le communiqué est prêt, chut 🤐", "outbound"),
    ("Before our H1 release goes out: revenue up 14%, you heard it here first", "outbound"),
    ("Lumio prépare sa levée de fonds, annonce le mois prochain 🤫", "outbound"),
    ("Bravo à l'équipe qui a bouclé notre levée de fonds hier soir, annonce lundi 🤐", "outbound"),
    ("Disons que les chiffres du T4 vont faire plaisir aux actionnaires 😉", "outbound"),
    ("Off the record: Q3 revenue beat our target, that's all I'll say", "outbound"),
    ("Pas le droit d'en dire plus mais le CA du trimestre est énorme", "outbound"),
]


def _financial(engine: Engine, text: str, direction: str) -> bool:
    result = engine.screen_text(text, direction=direction)
    return any(f.category.value == "financial_disclosure" for f in result.findings)


@pytest.mark.parametrize(("text", "direction"), CLEAN)
def test_round18_nothing_disclosed(engine: Engine, text: str, direction: str) -> None:
    assert not _financial(engine, text, direction), text


@pytest.mark.parametrize(("text", "direction"), RISKY)
def test_round18_look_alikes_still_found(engine: Engine, text: str, direction: str) -> None:
    assert _financial(engine, text, direction), text
