"""Round 12 (structural) of issue #3 for human resources and compliance, from the kinds of risk
`blind10`'s writers used: an injury or a baby on the way of a named colleague; a named person's
long absence in a post of wishes; the writer's own illness when they hand their work over; a
newcomer's religious practice; a union role with its workplace before the name; a secrecy hedge
with a workplace emptied; people arriving from, or moving to, the named competitor; a candidate
reporting a protected trait given as the answer; an investment vouched for without the word
"guaranteed"; the writer's own health, or a relative's, in an inbound post that identifies them.
Paraphrases, not corpus posts, in French and English: each match row a risky post, each near
miss the clean reading next to it."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

MATCH = [
    # (text, direction, detector, kind)
    # -- an injury of a body part, a baby on the way, of a named person or a colleague
    ("Romain s'est cassé deux doigts sur la ligne 2, on n'en parle pas trop", "outbound",
     "employee_health", "hr.employee_health"),
    ("Notre collègue du quai a le poignet fracturé depuis lundi, merci de l'aider", "outbound",
     "employee_health", "hr.employee_health"),
    ("L'inspection du travail est passée à cause de l'accident de Romain sur la ligne 2",
     "outbound", "employee_health", "compliance.special_category"),
    ("Poor David broke his wrist on the loading dock yesterday, keep it quiet", "outbound",
     "employee_health", "compliance.special_category"),
    ("Laura de l'équipe design va bientôt devoir s'acheter une poussette 😉", "outbound",
     "employee_health", "hr.employee_health"),
    ("Sarah from accounts will need a pram by spring, we're looking for her cover", "outbound",
     "employee_health", "hr.employee_health"),
    # -- a named person's long absence in a post of wishes
    ("Sophie de la compta ne reviendra pas avant un bon moment… on lui envoie plein de force 💛",
     "outbound", "employee_health", "compliance.special_category"),
    ("Karim won't be back for a few months, sending him strength and good vibes", "outbound",
     "employee_health", "hr.employee_health"),
    # -- the writer's own illness, with their work handed over
    ("Je serai à l'hôpital pour ma chimio, Sandrine reprend mes dossiers clients d'ici là",
     "outbound", "employee_health", "hr.employee_health"),
    ("Off for chemo from Monday, Tom covers for me with my accounts and clients", "outbound",
     "employee_health", "hr.employee_health"),
    # -- a newcomer's practice, a union role with its workplace
    ("The new guy in logistics prays five times a day in the storage room", "outbound",
     "special_category_data", "compliance.special_category"),
    ("La nouvelle recrue de l'atelier fait sa prière dans les vestiaires", "outbound",
     "special_category_data", "compliance.special_category"),
    ("Le délégué CGT de l'atelier, Rachid B., a encore bloqué la réunion", "outbound",
     "special_category_data", "compliance.special_category"),
    ("The union rep at the depot, Tom, called another meeting", "outbound",
     "special_category_data", "compliance.special_category"),
    # -- the writer's own health, or a relative's, in an inbound post that identifies them
    ("Je suis atteinte d'une sclérose en plaques, voici mon numéro de sécu 295021305511845",
     "inbound", "special_category_data", "compliance.special_category"),
    ("Bonjour, je suis Mme Roche : ma mère est en chambre 12 et elle a Alzheimer", "inbound",
     "special_category_data", "compliance.special_category"),
    ("Hi, I'm Mrs Patel: my dad has Parkinson's and can't use the small switch", "inbound",
     "special_category_data", "compliance.special_category"),
    # -- people arriving from the competitor, a move that ends at it, an open door
    ("Ils arrivent de chez Brillix et rejoignent l'équipe R&D lundi !", "outbound", "poaching",
     "hr.poaching"),
    ("Welcome to Priya, who joins our support team straight from Brillix!", "outbound",
     "poaching", "hr.poaching"),
    ("I moved from Lumio to Brillix this week, night and day", "inbound", "poaching",
     "hr.poaching"),
    ("Je suis passée de Lumio à Brillix en mars, aucun regret", "inbound", "poaching",
     "hr.poaching"),
    ("Aux commerciaux de Brillix qui nous lisent : nos portes sont ouvertes", "outbound",
     "poaching", "hr.poaching"),
    # -- a secrecy hedge with a workplace emptied
    ("Half the desks packed up by 5pm after the Friday meeting. Not allowed to say more 🤐",
     "outbound", "layoffs", "hr.layoffs"),
    ("Depuis la réunion de lundi, la moitié du plateau est vide. Je ne peux rien dire de plus",
     "outbound", "layoffs", "hr.layoffs"),
    ("Bureaux vidés au 3e étage ce matin, motus.", "outbound", "layoffs", "hr.layoffs"),
    # -- a candidate reports a protected trait given as the answer
    ("J'ai postulé chez vous, on m'a répondu qu'à 52 ans je serais moins disponible",
     "inbound", "job_discrimination", "compliance.discrimination"),
    ("Applied for the warehouse job; at the interview I was told that with two young kids I "
     "wouldn't be flexible", "inbound", "job_discrimination", "compliance.discrimination"),
    ("Après l'entretien, la recruteuse m'a dit que mon accent gênerait les clients", "inbound",
     "job_discrimination", "compliance.discrimination"),
    # -- an investment vouched for without the word
    ("Achetez l'action tant qu'elle est à 14 €, vous me remercierez le 28", "outbound",
     "guaranteed_returns", "compliance.guaranteed_return"),
    ("Our employee shareholders have never lost a cent. Looking for a safe place for your "
     "savings? You know where to find us", "outbound", "guaranteed_returns",
     "compliance.guaranteed_return"),
    ("Q4 revenue way above consensus. buy before the 28th, thank me later", "inbound",
     "guaranteed_returns", "compliance.guaranteed_return"),
    ("Nos actionnaires salariés n'ont jamais perdu un euro : pour votre épargne, vous savez où "
     "nous trouver", "outbound", "guaranteed_returns", "compliance.guaranteed_return"),
]

NEAR_MISSES = [
    # (text, direction, detector)
    # a broken product, a safety record, a baby product sold
    ("Lampe cassée à la livraison, le pied est fracturé, Julie du SAV vous rappelle", "outbound",
     "employee_health"),
    ("Bravo à Julie et à toute l'équipe du quai : 500 jours sans accident !", "outbound",
     "employee_health"),
    ("Thanks Julie for the zero accidents year at the warehouse", "outbound",
     "employee_health"),
    ("J'ai cassé l'abat-jour en le déballant, vous vendez la pièce seule ?", "inbound",
     "employee_health"),
    ("Notre veilleuse se fixe sur toutes les poussettes, idéale pour les balades du soir",
     "outbound", "employee_health"),
    # a condition told without anything that identifies the writer; research for a disease
    ("J'ai de l'asthme et votre lampe ne dégage aucune odeur, merci !", "inbound",
     "special_category_data"),
    ("My mum has Alzheimer's and your night light really helps her sleep", "inbound",
     "special_category_data"),
    ("Ran 5k for Parkinson's research in memory of my dad, thanks to all who donated",
     "outbound", "special_category_data"),
    # a long absence for a trip or a sabbatical
    ("Sophie part en congé sabbatique, elle ne reviendra pas avant un bon moment, bon voyage 💛",
     "outbound", "employee_health"),
    ("Karim is off for a few months travelling in Asia, sending him good vibes", "outbound",
     "employee_health"),
    # a prayer for a group, a union role without anyone
    ("Pray for the families affected by the floods", "outbound", "special_category_data"),
    ("Le délégué syndical du site de Lyon a publié le calendrier des élections", "outbound",
     "special_category_data"),
    # a product that comes from elsewhere, a product's move
    ("Our parcels now come from the Brillix warehouse? No, they come from Lyon", "inbound",
     "poaching"),
    ("Brillix's new lamp moved from beta to general availability this week", "outbound",
     "poaching"),
    # a share of the team away, nothing hidden
    ("La moitié de l'équipe est en vacances, soyez patients avec nos délais de réponse",
     "outbound", "layoffs"),
    # customers arriving from the competitor
    ("Les clients qui nous arrivent de chez Brillix disent tous la même chose", "inbound",
     "poaching"),
    ("Customers arriving from Brillix all say the same thing: finally a lamp that works",
     "outbound", "poaching"),
    # an answer without a trait
    ("J'ai postulé en mars, on m'a répondu que le poste était pourvu. Dommage !", "inbound",
     "job_discrimination"),
    ("Applied in March and I was told the role had gone to an internal candidate", "inbound",
     "job_discrimination"),
    # a product bought, a public agenda for shareholders
    ("Buy the Halo lamp before Christmas, you won't regret it!", "outbound",
     "guaranteed_returns"),
    ("Achetez la lampe Nova, vous me remercierez cet hiver 😉", "outbound",
     "guaranteed_returns"),
    # a bare tip: the thanks to come without any grounds (the insider tip is financial's)
    ("Achetez l'action Lumio avant le 28, vous me remercierez plus tard", "outbound",
     "guaranteed_returns"),
    ("Our shareholders meeting is on 12 May; results and dividend proposal on our website",
     "outbound", "guaranteed_returns"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round12_shapes_are_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_round12_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    assert_not_found(engine, text, direction, detector)
