# ruff: noqa: E501
"""Round 24 (recall) after the first look at train-u to train-x.

Compliance: an inbound promise of a return
without risk, in words the inbound rule (``share_tip_inbound``) did not list: "zéro risque",
"risk-free", "sans risque", next to a return and its period or a club of investors ("15%
monthly returns", "4 % de rendement par mois", "Lumio Investors Club"); asked to confirm rather
than promised, or said of a product's free returns or a trial, it is no investment promise.

Personal security: a flight number next to the airport lounge of a booking confirmation ("SQ335
on 3 Nov, lounge access confirmed", "accès salon"), a word of air travel like "boarding".

Human resources: a salary in Swiss francs ("6 200 CHF brut par mois"), an amount like one in
euros; a price or a job ad's band in francs stays clean.

Held-out protocol: the rows below were written after the posts of each class (train-v tv188,
train-x tx132, train-x tx082, train-u tu099) and none of them is their text.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tocsin import Engine

from .shape_tables import assert_category_found, assert_category_not_found

OPEN = datetime(2026, 10, 12, 10, 0, tzinfo=UTC)
CO = "compliance"
PS = "personal_security"
HR = "human_resources"

#: (category, text, direction, at): inbound promises that must be found
RISKS = [
    (CO, "Rejoignez le club des investisseurs Lumio : 4 % de rendement par mois, sans risque, places limitées", "inbound", OPEN),
    (CO, "Our Lumio savings club pays 2% monthly returns, totally risk free, DM to join", "inbound", OPEN),
    (CO, "Lumio bonds: 7 % par an, zéro risque, j'en ai pris pour 20 000 €", "inbound", OPEN),
    (CO, "Investment club Lumio-fans : 3 % de rendement garanti chaque semaine, risk-free 💸", "inbound", OPEN),
    (PS, "Réservé pour M. Martin : AF1280 le 12 mars, accès salon Air France inclus, bon voyage !", "outbound", OPEN),
    (PS, "Booking done for our CFO: LH1035 Friday 7:40, lounge access at FRA, see you Monday", "outbound", OPEN),
    (HR, "Notre gérant de Lausanne gagne 7 400 CHF par mois, pas mal non ?", "outbound", OPEN),
    (HR, "Our Zurich store manager Lukas makes 98,000 CHF a year and still asks for a raise", "outbound", OPEN),
]

#: (category, text, direction, at): look-alikes that must not be found in that category
CLEAN = [
    (CO, "Is it true that Lumio shares are risk-free? My adviser says so, can you confirm?", "inbound", OPEN),
    (CO, "Installing the lamp is risk-free, returns are free within 30 days", "inbound", OPEN),
    (CO, "Retours gratuits sous 30 jours, sans risque pour vous 🙂", "inbound", OPEN),
    (CO, "Your monthly subscription is risk-free: cancel anytime, full return of the device", "inbound", OPEN),
    (CO, "Essai de 30 jours sans risque : abonnement à 4,99 € par mois, résiliable à tout moment", "inbound", OPEN),
    (PS, "Our LH 400 lumens floor lamp looks great in a hotel lounge", "outbound", OPEN),
    (PS, "New lounge range: the B12 armchair lamp in oak and brass", "outbound", OPEN),
    (HR, "Nouvelle lampe à 129 CHF en magasin à Genève dès lundi", "outbound", OPEN),
    (HR, "Salaire : 5 800 - 6 400 CHF brut selon profil, poste de vendeur à Genève (H/F)", "outbound", OPEN),
]


@pytest.mark.parametrize(("category", "text", "direction", "at"), RISKS)
def test_round24_risks_are_found(
    engine: Engine, category: str, text: str, direction: str, at: datetime
) -> None:
    assert_category_found(engine, category, text, direction, at)


@pytest.mark.parametrize(("category", "text", "direction", "at"), CLEAN)
def test_round24_look_alikes_are_clean(
    engine: Engine, category: str, text: str, direction: str, at: datetime
) -> None:
    assert_category_not_found(engine, category, text, direction, at)
