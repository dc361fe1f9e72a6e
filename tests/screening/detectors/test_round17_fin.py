"""Round 17 for financial disclosure and competition: rules written as kinds, not wordings.

From the misses and false positives of ``blind15`` (a development set since round 16), each
kind was written in ten wordings, French and English, several registers (corporate, casual,
ironic, hinted), plus three clean look-alikes, before any rule changed. The rules were widened
from the blind15 post and the first five wordings only; the other five were then checked
without further change (the held-out hit rate, reported in the detectors' docs) and fixed
afterwards. Paraphrases only, never a corpus post.

Financial, new shapes of ``hinted_outcome``: the sellers' target beaten or a record month
(``sales_record``, ``mnpi.results``), a merger told as a romance with another company
(``merger_romance``, ``mnpi.m_and_a``); ``insider_nudge`` reads the employee shareholder and
"de l'intérieur" as an insider, and savings put into the stock as a nudge. Precision: declining
to comment until the publication is no guidance, an inbound question from someone thinking of
buying the stock is no share talk.

Competition: their products sold at a multiple of their worth (``price_putdown``), support that
is a voicemail or a shrug, "here, it's a human" after the rival's name, "that other Lyon brand".
Precision: the lawyers and a rival's board at work late are a deal (the financial family's).

Match rows name the detector and kind found; near misses check that the category is not found
at all."""

from __future__ import annotations

import pytest

from tocsin import Engine

OUTSIDE = "2026-11-10T10:00:00+01:00"  # outside the profile's quiet period
INSIDE = "2027-01-12T15:00:00+01:00"  # in the profile's Q4 quiet period

RISKS = [
    # (text, detector, kind)
    # -- sales_record, written before the rules (blind15 and these shaped them)
    (
        "Réunion commerciale de ce matin : objectif pulvérisé, du jamais "
        "vu depuis que je suis là 🎉",
        "hinted_outcome",
        "mnpi.results",
    ),
    (
        "Sales kickoff today: target smashed, never seen a November like this in 10 years 🚀",
        "hinted_outcome",
        "mnpi.results",
    ),
    (
        "Les commerciaux ont explosé leur quota ce trimestre, le meilleur "
        "de l'histoire de la boîte 😏",
        "hinted_outcome",
        "mnpi.results",
    ),
    (
        "Our sales team just had the best quarter in company history. That's all I'm saying 🤐",
        "hinted_outcome",
        "mnpi.results",
    ),
    (
        "Ambiance de folie à l'équipe ventes : record de commandes battu, et de loin 🍾",
        "hinted_outcome",
        "mnpi.results",
    ),
    # -- sales_record, held out (checked before any fix)
    (
        "Quota? Crushed. Orders this month are off the charts, never seen anything like it 📈",
        "hinted_outcome",
        "mnpi.results",
    ),
    (
        "Je peux rien dire mais les ventes de novembre… disons qu'on n'a jamais vu ça 😉",
        "hinted_outcome",
        "mnpi.results",
    ),
    (
        "The sales floor is ringing the bell nonstop, biggest month of orders we've ever had",
        "hinted_outcome",
        "mnpi.results",
    ),
    (
        "Objectif annuel atteint dès octobre chez nous, les commerciaux n'en reviennent pas",
        "hinted_outcome",
        "mnpi.results",
    ),
    (
        "Let's just say the revenue team blew past the annual target weeks early 👀",
        "hinted_outcome",
        "mnpi.results",
    ),
    # -- merger_romance, written before the rules (blind15 and these shaped them)
    (
        "Let's just say a certain Dutch lighting group and we are getting very close 💍 News soon.",
        "hinted_outcome",
        "mnpi.m_and_a",
    ),
    (
        "On ne sera bientôt plus célibataires : des fiançailles se préparent "
        "avec un groupe allemand du secteur 💍",
        "hinted_outcome",
        "mnpi.m_and_a",
    ),
    (
        "We've been dating a big Italian player for months, wedding bells in spring? 😉",
        "hinted_outcome",
        "mnpi.m_and_a",
    ),
    (
        "Il se murmure qu'un mariage se prépare entre nous et un acteur "
        "scandinave de l'éclairage 👀",
        "hinted_outcome",
        "mnpi.m_and_a",
    ),
    (
        "Our CEO and a certain German group have been seeing a lot of each "
        "other. Draw your own conclusions.",
        "hinted_outcome",
        "mnpi.m_and_a",
    ),
    # -- merger_romance, held out (checked before any fix)
    (
        "Coup de foudre entre Lumio et un grand groupe européen, on vous dit tout bientôt 💘",
        "hinted_outcome",
        "mnpi.m_and_a",
    ),
    (
        "Save the date, a wedding is coming: us and a Swiss lighting company 💍",
        "hinted_outcome",
        "mnpi.m_and_a",
    ),
    (
        "On se fréquente depuis des mois avec un concurrent belge, la "
        "demande en mariage approche 😏",
        "hinted_outcome",
        "mnpi.m_and_a",
    ),
    (
        "Engagement rumours are true-ish: a big US player and us, details after the lawyers 😉",
        "hinted_outcome",
        "mnpi.m_and_a",
    ),
    (
        "Lumio cherche l'âme sœur et l'a peut-être trouvée chez un groupe allemand 💍",
        "hinted_outcome",
        "mnpi.m_and_a",
    ),
    # -- insider_tip, written before the rules (blind15 and these shaped them)
    (
        "Conseil d'un salarié actionnaire : placez votre épargne dans "
        "Lumio, c'est gagné d'avance 😉",
        "hinted_outcome",
        "mnpi.share_price",
    ),
    (
        "As an employee shareholder, my advice: put your money into Lumio stock, you can't lose.",
        "hinted_outcome",
        "mnpi.share_price",
    ),
    (
        "Je bosse chez Lumio depuis 5 ans : mettez vos économies dedans, zéro risque 😉",
        "hinted_outcome",
        "mnpi.share_price",
    ),
    (
        "Take it from someone on the inside: load up on Lumio, it's a sure thing 😏",
        "hinted_outcome",
        "mnpi.share_price",
    ),
    (
        "Mon tuyau de l'intérieur : achetez du Lumio maintenant, vous me remercierez",
        "hinted_outcome",
        "mnpi.share_price",
    ),
    # -- insider_tip, held out (checked before any fix)
    (
        "Employee and shareholder here: mortgage the house and buy Lumio, "
        "you literally cannot lose",
        "hinted_outcome",
        "mnpi.share_price",
    ),
    (
        "Parole de salarié : votre livret A ferait mieux d'être en "
        "actions Lumio, c'est du tout cuit",
        "stock_talk",
        "mnpi.share_price",
    ),
    (
        "Insider tip (wink): move your savings into Lumio before January, easy money",
        "hinted_outcome",
        "mnpi.share_price",
    ),
    (
        "Moi qui y travaille, je vous le dis : mettez tout sur Lumio, impossible de perdre",
        "hinted_outcome",
        "mnpi.share_price",
    ),
    (
        "From someone who works there: Lumio shares are the safest bet you'll make this year 😉",
        "stock_talk",
        "mnpi.share_price",
    ),
    # -- overpriced_junk, written before the rules (blind15 and these shaped them)
    (
        "Les ampoules du concurrent d'en face ? Du plastique vendu deux fois le prix 🤡",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "The lamps from across the street? Cheap plastic sold at three times the price 🤡",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Chez un certain concurrent lyonnais, on paie le logo : de la camelote hors de prix",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "A certain rival brand sells overpriced plastic with a fancy box. Just saying.",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Nos voisins de Vaise vendent du toc au prix de l'or, mais chut 🤫",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    # -- overpriced_junk, held out (checked before any fix)
    (
        "That other Lyon brand? Recycled plastic at premium prices, what a joke 🤡",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Le concurrent d'en face vend du plastique recyclé trois fois plus cher, chapeau l'arnaque",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Our rival's new lamp: flimsy plastic for twice the price of ours 🙄",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Chez le concurrent, c'est du bas de gamme vendu au prix du haut de gamme",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Across town they charge luxury prices for toy-grade plastic. We don't.",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    # -- service_contrast, written before the rules (blind15 and these shaped them)
    (
        "At B.r.i.l.l.i.x, support is an answering machine. Here, it's a person.",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Chez B-r-i-l-l-i-x, le SAV c'est un répondeur et un haussement "
        "d'épaules. Ici, c'est un humain.",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Brillix support: a chatbot and a shrug. Here, you talk to a human.",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Chez Brillix, le service client c'est une boîte vocale. Chez nous, quelqu'un vous répond.",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "At B r i l l i x, your ticket goes to a voicemail. With us, a real person picks up.",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    # -- service_contrast, held out (checked before any fix)
    (
        "Le SAV de B.r.i.l.l.i.x ? Un robot qui raccroche. Ici, un vrai conseiller.",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Brillix gives you a FAQ page and a shrug. Here, an engineer calls you back.",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Chez Br!llix on vous met en attente pendant 40 minutes. Chez nous, "
        "c'est un humain qui décroche.",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "B-r-i-l-l-i-x support = voicemail. Lumio support = a human.",
        "competitor_disparagement",
        "competition.disparagement",
    ),
    (
        "Chez Brillix, un ticket et un silence radio. Ici, une vraie personne vous rappelle.",
        "competitor_disparagement",
        "competition.disparagement",
    ),
]

NEAR_MISSES = [
    # (text, category)
    (
        "Record de participation pour notre course solidaire : 300 coureurs, merci à tous !",
        "financial_disclosure",
    ),  # sales_record
    (
        "Our best quarter ever for tree planting: 5,000 trees with our partners 🌳",
        "financial_disclosure",
    ),  # sales_record
    (
        "Objectif : zéro déchet au bureau d'ici l'été, on s'y met tous 💪",
        "financial_disclosure",
    ),  # sales_record
    (
        "Félicitations à Julie et Marc pour leur mariage ce week-end 💍 toute l'équipe est ravie",
        "financial_disclosure",
    ),  # merger_romance
    (
        "Our lamps at a friend's wedding last night, the dance floor looked amazing 💍",
        "financial_disclosure",
    ),  # merger_romance
    (
        "Just engaged! Thanks to the whole team for the party 💍",
        "financial_disclosure",
    ),  # merger_romance
    (
        "Mettez vos économies d'énergie sur Lumio : nos lampes consomment 80 % de moins 💡",
        "financial_disclosure",
    ),  # insider_tip
    (
        "Put your savings into a Lumio lamp and watch your electricity bill drop 💡",
        "financial_disclosure",
    ),  # insider_tip
    (
        "Our employee shareholding plan opens Monday, the offer document is on the intranet.",
        "financial_disclosure",
    ),  # insider_tip
    (
        "Nos lampes sont en plastique recyclé, vendues au même prix que l'an dernier ♻️",
        "competition",
    ),  # overpriced_junk
    (
        "Price check: our lamp costs twice less than last year's model, same plastic-free shell",
        "competition",
    ),  # overpriced_junk
    (
        "Le concurrent d'en face a ouvert une boutique, bienvenue dans le quartier !",
        "competition",
    ),  # overpriced_junk
    (
        "Brillix and Lumio both offer phone support on weekdays, see their sites.",
        "competition",
    ),  # service_contrast
    (
        "Chez nous, c'est un humain qui répond au téléphone, 7 jours sur 7.",
        "competition",
    ),  # service_contrast
    (
        "Here, it's a human who answers: call us anytime from 8 to 8.",
        "competition",
    ),  # service_contrast
]

#: precision: the official line and an outsider's question, in the quiet period
QUIET_ALLOWED = [
    # (text, direction)
    (
        "Pas de commentaire sur nos perspectives financières avant la publication du 28 "
        "janvier, merci de votre compréhension.",
        "outbound",
    ),
    ("We won't comment on our financial outlook before the Q4 publication, thanks.", "outbound"),
    ("Is Lumio stock a good buy at the moment? I'm thinking of investing a little.", "inbound"),
    ("Je pense investir dans l'action Lumio, c'est le bon moment ?", "inbound"),
]
#: ...while the same question from inside is still share talk
QUIET_FOUND = [
    ("Is Lumio stock a good buy right now? Yes, trust me 🚀", "outbound"),
    ("Les perspectives 2027 sont excellentes, je n'en dis pas plus 😉", "outbound"),
]
#: precision: a deal in the making with a rival is no put-down
NOT_COMPETITION = [
    "Late nights with the lawyers and a certain rival's board… big news for Lumio soon 👀",
]


@pytest.mark.parametrize(("text", "detector", "kind"), RISKS)
def test_round17_fin_risks_are_found(engine: Engine, text: str, detector: str, kind: str) -> None:
    result = engine.screen_text(text, direction="outbound", at=OUTSIDE)
    found = [(f.detector, f.kind) for f in result.findings]
    assert (detector, kind) in found, (text, found)


@pytest.mark.parametrize(("text", "category"), NEAR_MISSES)
def test_round17_fin_look_alikes_are_not_found(engine: Engine, text: str, category: str) -> None:
    result = engine.screen_text(text, direction="outbound", at=OUTSIDE)
    found = [f.kind for f in result.findings if f.category == category]
    assert found == [], (text, found)


@pytest.mark.parametrize(("text", "direction"), QUIET_ALLOWED)
def test_round17_declining_and_asking_in_a_quiet_period_are_allowed(
    engine: Engine, text: str, direction: str
) -> None:
    result = engine.screen_text(text, direction=direction, at=INSIDE)
    assert [f.kind for f in result.findings if f.category == "financial_disclosure"] == []


@pytest.mark.parametrize(("text", "direction"), QUIET_FOUND)
def test_round17_share_talk_in_a_quiet_period_is_found(
    engine: Engine, text: str, direction: str
) -> None:
    result = engine.screen_text(text, direction=direction, at=INSIDE)
    assert "mnpi.quiet_period" in [f.kind for f in result.findings], text


@pytest.mark.parametrize("text", NOT_COMPETITION)
def test_round17_deal_with_a_rival_is_no_put_down(engine: Engine, text: str) -> None:
    result = engine.screen_text(text, direction="outbound", at=OUTSIDE)
    assert [f.kind for f in result.findings if f.category == "competition"] == [], text
