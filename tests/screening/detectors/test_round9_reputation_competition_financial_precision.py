"""Round 9 of issue #3 (precision, sets train-k and train-l) for reputation, competition and
financial disclosure: each exception added, with a clean look-alike that must no longer be found
and a risky wording that must still be, in French and in English. Paraphrases, not corpus posts."""

from __future__ import annotations

import pytest

from tocsin import Engine

INSIDE = "2027-01-10T10:00:00+00:00"  # in the profile's quiet period (2026-12-15 .. 2027-01-28)
OUTSIDE = "2026-06-15T10:00:00+00:00"

#: (text, direction, when, detector, kind): still found
MATCH = [
    # financial: plain financial words in the quiet period, nothing scheduled nor published
    ("Nos résultats du trimestre sont très bons, croyez-moi", "outbound", INSIDE,
     "quiet_period_mentions", "mnpi.quiet_period"),
    ("Our quarterly revenue looks great this time", "outbound", INSIDE,
     "quiet_period_mentions", "mnpi.quiet_period"),
    # financial: guidance changed, not presented on the results date
    ("We will raise our 2027 guidance next week", "outbound", OUTSIDE,
     "financial_disclosure", "mnpi.guidance"),
    ("Nous allons relever nos prévisions de chiffre d'affaires 2027", "outbound", OUTSIDE,
     "financial_disclosure", "mnpi.guidance"),
    # financial: a deal not announced
    ("On va racheter une start-up lyonnaise le mois prochain", "outbound", OUTSIDE,
     "financial_disclosure", "mnpi.m_and_a"),
    ("We are acquiring a Swiss company next month, stay tuned", "outbound", OUTSIDE,
     "financial_disclosure", "mnpi.m_and_a"),
    # financial: an IPO or a buyback planned, the share price pushed
    ("Introduction en bourse prévue pour l'automne, on prépare le dossier", "outbound", OUTSIDE,
     "financial_disclosure", "mnpi.m_and_a"),
    ("Share buyback coming soon, the board is about to sign off", "outbound", OUTSIDE,
     "financial_disclosure", "mnpi.dividend"),
    ("Le cours de l'action va doubler, achetez maintenant", "outbound", OUTSIDE,
     "financial_disclosure", "mnpi.share_price"),
    ("Buy our shares now, the stock will double", "outbound", OUTSIDE,
     "financial_disclosure", "mnpi.share_price"),
    # financial: results hinted, a secrecy hedge next to the numbers
    ("Our sales team crushed it this quarter, revenue through the roof", "outbound", OUTSIDE,
     "financial_disclosure", "mnpi.results"),
    ("Spoiler : les résultats du trimestre vont vous plaire, actionnaires", "outbound",
     OUTSIDE, "financial_disclosure", "mnpi.results"),
    # financial: a teaser next to the results or the company's stock
    ("Off the record, Q4 sales are way above plan", "outbound", OUTSIDE,
     "financial_disclosure", "mnpi.results"),
    ("Disons que les ventes du T4 vont surprendre les actionnaires", "outbound", OUTSIDE,
     "financial_disclosure", "mnpi.results"),
    # stock talk: the company's share promoted
    ("Anyone else holding Lumio shares? Thinking of adding more", "outbound", OUTSIDE,
     "stock_talk", "mnpi.share_price"),
    ("Qui a des actions Lumio ici ? Je pense en racheter", "outbound", OUTSIDE, "stock_talk",
     "mnpi.share_price"),
    # reputation: a draft left in the post
    ("Visuel provisoire, ne pas publier avant validation de Claire", "outbound", OUTSIDE,
     "internal_chatter", "reputation.internal_chatter"),
    ("Draft do not post, waiting for legal sign-off", "outbound", OUTSIDE,
     "internal_chatter", "reputation.internal_chatter"),
    # reputation: complaints and name-calling aimed at the organisation
    ("@lumio service client de merde, trois semaines sans réponse", "inbound", OUTSIDE,
     "complaints", "reputation.complaint"),
    ("@lumio your support is a joke, worst company ever", "inbound", OUTSIDE, "complaints",
     "reputation.complaint"),
    ("@lumio bande d'incapables, vos techniciens sont des idiots", "inbound", OUTSIDE,
     "complaints", "reputation.complaint"),
    ("@lumio your staff are idiots and your lamps are junk", "inbound", OUTSIDE,
     "complaints", "reputation.complaint"),
    # reputation: an absolute promise about the product, no security sold
    ("Nos lampes ne tombent jamais en panne, zéro risque", "outbound", OUTSIDE,
     "unrealistic_promises", "reputation.unrealistic_promise"),
    ("Our lamps never fail, zero risk, works every time", "outbound", OUTSIDE,
     "unrealistic_promises", "reputation.unrealistic_promise"),
    # competition: a wink at the competitor's products, no deal nor colleague in view
    ("Les lampes Brillix chauffent un peu trop. Bizarrement, je dis ça comme ça 🙃", "outbound",
     OUTSIDE, "competitor_disparagement", "competition.disparagement"),
    ("Brillix bulbs last a month. Coincidence I'm sure 🙂", "outbound", OUTSIDE,
     "competitor_disparagement", "competition.disparagement"),
    # competition: a veiled competitor's lab report run down
    ("Certaines marques ont un rapport de labo bien pratique, on se demande qui l'a écrit",
     "outbound", OUTSIDE, "competitor_disparagement", "competition.disparagement"),
]

#: (text, direction, when, detector): the clean look-alike, not found by that detector
NEAR_MISSES = [
    # quiet period: the results call scheduled, the policy recalled, awaiting the publication,
    # the published documents, the weather
    ("Rejoignez-nous pour la conférence analystes du 28 janvier, lien d'inscription en ligne",
     "outbound", INSIDE, "quiet_period_mentions"),
    ("Join us for our full-year results call on 28 January, registration link in bio",
     "outbound", INSIDE, "quiet_period_mentions"),
    ("Lumio ne communique jamais sur ses résultats hors de ses publications officielles",
     "outbound", INSIDE, "quiet_period_mentions"),
    ("We never discuss results outside our official publications (market abuse rules)",
     "outbound", INSIDE, "quiet_period_mentions"),
    ("Quiet period: our IR team will not take questions until results on 28 January",
     "outbound", INSIDE, "quiet_period_mentions"),
    ("Pas de questions d'ici là : on attend tous jusqu'aux résultats du 28 janvier",
     "outbound", INSIDE, "quiet_period_mentions"),
    ("Forecast for the weekend: cloudy, with a chance of cosy evenings", "outbound", INSIDE,
     "quiet_period_mentions"),
    ("Prévisions du week-end : averses et éclaircies, parfait pour lire sous la lampe",
     "outbound", INSIDE, "quiet_period_mentions"),
    # guidance to be presented or already published
    ("Our 2027 guidance will be presented with the annual results", "outbound", OUTSIDE,
     "financial_disclosure"),
    ("Nos perspectives 2027 seront présentées avec les résultats annuels", "outbound", OUTSIDE,
     "financial_disclosure"),
    ("Trading update out, in line with the guidance given in March", "outbound", OUTSIDE,
     "financial_disclosure"),
    # a deal announced or completed in public
    ("As announced, Lumio has completed the acquisition of a Nantes start-up", "outbound",
     OUTSIDE, "financial_disclosure"),
    ("Nous avons finalisé l'acquisition de la société Ombrelle, annoncée par communiqué",
     "outbound", OUTSIDE, "financial_disclosure"),
    # the IPO as history, a buyback authorised and disclosed
    ("Souvenir de notre introduction en bourse, il y a 30 ans déjà #throwback", "outbound",
     OUTSIDE, "financial_disclosure"),
    ("Throwback to our IPO, 30 years ago: one lamp and twelve people", "outbound", OUTSIDE,
     "financial_disclosure"),
    ("Notre programme de rachat d'actions, autorisé par l'assemblée, figure en informations "
     "réglementées", "outbound", OUTSIDE, "financial_disclosure"),
    ("The share buyback, authorised by the AGM, is in the regulated information section",
     "outbound", OUTSIDE, "financial_disclosure"),
    # the share price is public; no advice
    ("Le cours de l'action est consultable sur le site de la Bourse, aucune recommandation",
     "outbound", OUTSIDE, "financial_disclosure"),
    ("Our share price is public; this is not investment advice", "outbound", OUTSIDE,
     "financial_disclosure"),
    # a trade show, an HR pilot's results
    ("Notre équipe a tout donné au salon professionnel : démos, visiteurs, ventes au top",
     "outbound", OUTSIDE, "financial_disclosure"),
    ("Our sales team crushed it at the trade show, so many visitors", "outbound", OUTSIDE,
     "financial_disclosure"),
    ("Spoiler: the results of our wellbeing survey are in the published HR report",
     "outbound", OUTSIDE, "financial_disclosure"),
    ("Spoiler : les résultats du sondage bien-être sont dans le rapport RH", "outbound",
     OUTSIDE, "financial_disclosure"),
    # the accounting team closing the year, no numbers
    ("Clôture annuelle terminée, la compta mérite un café", "outbound", INSIDE,
     "financial_disclosure"),
    # the insider-trading policy; a question asking for no tip
    ("Insider trading policy: no trading in Lumio shares until results day", "outbound",
     OUTSIDE, "stock_talk"),
    ("Rappel de la fenêtre négative : pas de transaction sur les actions Lumio d'ici là",
     "outbound", OUTSIDE, "stock_talk"),
    ("Lumio stock, good buy? Not asking you to tell me, just the IR contact please", "inbound",
     OUTSIDE, "stock_talk"),
    # support telling customers not to post their own details
    ("Merci de ne pas publier vos coordonnées ici, passez par le formulaire sécurisé",
     "outbound", OUTSIDE, "internal_chatter"),
    ("Please do not post your bank details here, use our secure form", "outbound", OUTSIDE,
     "internal_chatter"),
    # the author's own bad day or own mistake; a former employee's friendly word
    ("Journée pourrie, quelle journée de merde, rien à voir avec vous", "inbound", OUTSIDE,
     "complaints"),
    ("What a day, worst Monday ever, nothing to do with you", "inbound", OUTSIDE,
     "complaints"),
    ("Quelle idiote je fais, j'ai branché la lampe à l'envers, désolé les gars", "inbound",
     OUTSIDE, "complaints"),
    ("I'm such an idiot, wrong socket again, sorry guys", "inbound", OUTSIDE, "complaints"),
    ("Ex-salariée, partie en bons termes, contente de voir la boîte aller bien", "inbound",
     OUTSIDE, "complaints"),
    ("Ex-employee, left on good terms, glad to see you doing well", "inbound", OUTSIDE,
     "complaints"),
    # swearing at oneself, not at the organisation: no complaint from the profanity detector
    ("Merde, j'ai cassé votre abat-jour en le posant, ma faute", "inbound", OUTSIDE,
     "profanity"),
    ("Damn, I broke your lamp shade unpacking it, my bad", "inbound", OUTSIDE, "profanity"),
    # a risk-free investment in shares, bonds or tokens: the compliance and financial
    # families' finding, not an unrealistic product promise
    ("Les obligations Lumio rapportent 7 %, sans aucun risque", "outbound", OUTSIDE,
     "unrealistic_promises"),
    ("Lumio shares are the safest bet this year, zero risk", "outbound", OUTSIDE,
     "unrealistic_promises"),
    # colleagues gone to the competitor, a deal with it: the HR and financial families' wink
    ("Deux collègues sont partis chez Brillix ce mois-ci. Bizarrement, les meilleurs 🙃",
     "outbound", OUTSIDE, "competitor_disparagement"),
    ("Word is we might buy Brillix next year, just saying 👀", "outbound", OUTSIDE,
     "competitor_disparagement"),
    # a pay review or a product line ending, told with a wink: not the results
    ("Salary review done: sales +3%, engineers +5%, let's just say some are happier", "outbound",
     OUTSIDE, "financial_disclosure"),
    ("Revue salariale bouclée pour les ventes, disons que certains sont contents", "outbound",
     OUTSIDE, "financial_disclosure"),
    ("Off the record: the Aura lamp is discontinued in spring. Stock up on your favourite!",
     "outbound", OUTSIDE, "financial_disclosure"),
    ("Je vous ai rien dit, mais la lampe Aura passe en fin de série : faites le plein",
     "outbound", OUTSIDE, "financial_disclosure"),
    # our own claim backed by an independent lab, some brands named by no one
    ("Certaines marques promettent l'éternité. Nous : 25 000 h, testé par un laboratoire "
     "indépendant", "outbound", OUTSIDE, "competitor_disparagement"),
    ("Certain brands promise forever. We promise 25,000 hours, checked by an independent lab "
     "report", "outbound", OUTSIDE, "competitor_disparagement"),
]


@pytest.mark.parametrize(("text", "direction", "when", "detector", "kind"), MATCH)
def test_round9_risky_wordings_are_still_found(
    engine: Engine, text: str, direction: str, when: str, detector: str, kind: str
) -> None:
    result = engine.screen_text(text, direction=direction, at=when)
    found = {(f.detector, f.kind) for f in result.findings}
    assert (detector, kind) in found, (text, found)


@pytest.mark.parametrize(("text", "direction", "when", "detector"), NEAR_MISSES)
def test_round9_clean_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, when: str, detector: str
) -> None:
    result = engine.screen_text(text, direction=direction, at=when)
    kinds = [
        f.kind
        for f in result.findings
        if f.detector == detector
        and (detector != "profanity" or f.kind == "reputation.complaint")
    ]
    assert kinds == [], text
