"""Round 10, second pass (all development sets): HR and compliance risks in other words.

Each family has match rows and near-miss rows, French and English (docs/detectors/
human_resources.md and compliance.md, "round 10, second pass"):

- pay: pay against a predecessor or the rest of the team, a new pay grid, raises compared in
  percent, pay "stuck at" a level, what a manager earns seen by the author, one intern's pay;
- dismissals: a disciplinary warning for a named person, training one's own replacement, a
  successor named or a departure kept secret ("on ne dit rien") before the announcement;
- layoffs: a team gone after a date ("vos derniers mois", "won't be with us after March"), work
  moved elsewhere ("la suite se fera depuis", "absorb the support queue"), staff told by a call
  or an e-mail, "une page se tourne" for a subsidiary or a site, regional divisions counted down;
- employee health: a treatment next to the job's hours ("80 hours a week ... antidepressants");
- discrimination reported by a candidate: family plans asked at interview, "too old";
- special-category data: a union role after "elected", devotion of a named person;
- copyright reported in a reply: a song, image or logo used without rights or permission;
- guaranteed income offered in a reply against a sum to invest first;
- green claims: a product said carbon neutral or negative, an origin claim admitted stretched.

Exceptions (precision): price or programme grids, retirements and parental leaves handed over,
promotions, weather or referee warnings, "absorb the shock/cost", audited reports and targets,
rivals accused of greenwashing, a customer asking whether they may use the logo.
"""

from __future__ import annotations

import pytest

from tocsin import Engine

MATCH = [
    # (text, direction, kind that must be found)
    # pay: against a predecessor, a new grid, raises compared, pay stuck
    ("Le nouveau responsable gagne 12 k€ de plus que celui qu'il remplace, sympa.", "outbound",
     "hr.salary"),
    ("Why does the new head of sales make €20k more than her predecessor? Asking for the team.",
     "outbound", "hr.salary"),
    ("Nouvelle grille : les vendeurs juniors à 26 k€, les seniors du magasin à 29.", "outbound",
     "hr.salary"),
    ("Mon chef a eu 10 % d'augmentation et nous 2 %, ambiance à l'atelier.", "outbound",
     "hr.salary"),
    ("My manager got a 9% raise while we got 1.5%. Great team spirit.", "outbound",
     "hr.salary"),
    ("The store managers are stuck at £35k while the new guy started on 50.", "inbound",
     "hr.salary"),
    ("J'ai vu ce que gagne mon N+2 sur le tableau de paie, je m'en remets pas.", "outbound",
     "hr.salary"),
    ("Saw what my boss makes on the payroll sheet. Still in shock.", "outbound", "hr.salary"),
    ("La stagiaire de l'équipe compta est payée 550 € par mois pour 45 h par semaine.",
     "outbound", "hr.salary"),
    ("The intern in the design team is paid €600 a month and works till 9pm.", "outbound",
     "hr.salary"),
    # dismissals: a disciplinary warning for a named person
    ("Avertissement écrit pour Julien après la soirée du salon, la DRH ne rigole plus.",
     "outbound", "hr.dismissal"),
    ("Written warning for Sam after the trade fair expenses. HR isn't joking anymore.",
     "outbound", "hr.dismissal"),
    # dismissals: training one's replacement
    ("Mon N+1 me demande de former mon remplaçant, personne ne m'a rien dit 🤔", "outbound",
     "hr.dismissal"),
    ("Fun week: I'm training my own replacement and nobody will say why.", "outbound",
     "hr.dismissal"),
    # dismissals: a successor named, or a departure kept secret, before the announcement
    ("Notre futur DG arrive en mars, on ne dit rien avant l'annonce du conseil 🤫", "outbound",
     "hr.dismissal"),
    ("Our CEO-designate starts in March, keep it between us until the board says so.",
     "outbound", "hr.dismissal"),
    ("Marc démissionne ? On ne dit rien, mais on prépare déjà le pot 🥂", "outbound",
     "hr.dismissal"),
    ("Priya is leaving for a rival next month. We're not saying anything yet 🤐", "outbound",
     "hr.dismissal"),
    # layoffs: regional divisions counted down
    ("Nouvelle organisation : on passe de 6 à 4 directions régionales, pas encore annoncé.",
     "outbound", "hr.layoffs"),
    ("We're going from 5 to 3 regional offices, staff haven't heard it yet.", "outbound",
     "hr.layoffs"),
    # employee health: a treatment next to the job's hours
    ("Mon mari bosse 70 heures par semaine chez Lumio et il est sous antidépresseurs.",
     "outbound", "hr.employee_health"),
    ("My partner works 80 hours a week at Lumio and is on antidepressants now.", "outbound",
     "hr.employee_health"),
    # layoffs: a team gone after a date
    ("Aux collègues de l'entrepôt de Corbas : profitez bien de vos derniers mois là-bas ❤️",
     "outbound", "hr.layoffs"),
    ("Gonna miss the Leeds crew, they won't be with us after June. Thanks team!", "outbound",
     "hr.layoffs"),
    # layoffs: work moved elsewhere
    ("Dernier pot de l'équipe SAV de Lyon, la suite se fera depuis la Pologne apparemment.",
     "outbound", "hr.layoffs"),
    ("Our Manila team was told to absorb the Leeds support queue by March.", "outbound",
     "hr.layoffs"),
    # layoffs: staff told by a call or an e-mail
    ("Last day for the Bristol store team, they found out by email on Monday.", "inbound",
     "hr.layoffs"),
    ("Fermeture de l'équipe du showroom de Lille : les collègues l'ont appris par mail.",
     "outbound", "hr.layoffs"),
    # layoffs: a page turning for a subsidiary or a site
    ("Une page se tourne pour notre filiale belge, merci aux équipes de Liège pour ces 10 ans.",
     "outbound", "hr.layoffs"),
    ("End of an era for our Dublin office. Thank you to the whole team for these years.",
     "outbound", "hr.layoffs"),
    # discrimination reported by a candidate
    ("Entretien chez Lumio : la recruteuse m'a demandé si je comptais avoir des enfants.",
     "inbound", "compliance.discrimination"),
    ("Job interview at your store today, they asked if I was planning to have kids. Legal?",
     "inbound", "compliance.discrimination"),
    ("On m'a dit au téléphone que j'étais un candidat trop âgé pour le poste de vendeur.",
     "inbound", "compliance.discrimination"),
    # special-category data: a union role after "elected", devotion of a named person
    ("Congrats to Dan, who was elected union rep for the Leeds depot!", "outbound",
     "compliance.special_category"),
    ("Bravo à Inès, élue comme déléguée CFDT de l'entrepôt !", "outbound",
     "compliance.special_category"),
    ("Our new colleague Tom is devout, so no meetings on Sunday mornings for him.", "outbound",
     "compliance.special_category"),
    ("Notre collègue Karim est très croyant, pas de réunion le vendredi midi.", "outbound",
     "compliance.special_category"),
    # copyright reported in a reply
    ("Votre nouvelle pub reprend la chanson de Zaz sans payer les droits, son label va adorer.",
     "inbound", "compliance.copyright"),
    ("We put the Lumio logo on our shop flyers, nobody asked permission but it's free ads!",
     "inbound", "compliance.copyright"),
    # guaranteed income offered in a reply against a sum to invest first
    ("Devenez ambassadeur Lumio : revenu garanti de 400 € par mois, il suffit d'investir 150 €.",
     "inbound", "compliance.guaranteed_return"),
    ("Become a Lumio ambassador: guaranteed income of $400 a week, you only need to invest $150!",
     "inbound", "compliance.guaranteed_return"),
    # green claims: carbon neutral or negative products, origin stretched
    ("Nos ampoules sont neutres en carbone : chaque achat est compensé 🌱", "outbound",
     "compliance.green_claim"),
    ("Our new lamp is carbon negative: every purchase removes more CO2 than it emits!",
     "outbound", "compliance.green_claim"),
    ("Fabriquées en France* (*à partir de composants importés d'Asie, pas sur la boîte 😅)",
     "outbound", "compliance.green_claim"),
    ("Made in Britain, well, just assembled in Leeds from imported parts, but it sells better.",
     "outbound", "compliance.green_claim"),
]

NEAR_MISS = [
    # (text, direction, kind that must not be found)
    # grids of prices or programmes, a hotel stay, a public pay survey
    ("La nouvelle grille tarifaire distributeurs 2027 est en ligne pour l'équipe sales.",
     "outbound", "hr.salary"),
    ("Nos collègues de Lyon restent à l'hôtel Bellecour jeudi, le manager les rejoint.",
     "outbound", "hr.salary"),
    ("New pay scale survey: UK managers earn 4% more on average than in 2025.", "outbound",
     "hr.salary"),
    # warnings that are no sanction
    ("Avertissement officiel pour orages sur Lyon ce soir, fermeture du magasin à 18 h.",
     "outbound", "hr.dismissal"),
    ("Yellow card and a final warning for the referee's favourite player tonight ⚽", "outbound",
     "hr.dismissal"),
    # a successor trained for a retirement, a leave or a promotion
    ("Je forme mon remplaçant avant mon départ à la retraite en juin, 38 ans de maison !",
     "outbound", "hr.dismissal"),
    ("Training my replacement before my maternity leave, she's brilliant.", "outbound",
     "hr.dismissal"),
    ("Promoted to store manager! Now training my replacement on the shop floor.", "outbound",
     "hr.dismissal"),
    # a successor already announced; regional offices growing
    ("Notre future PDG arrive en mars, l'annonce officielle a été faite ce matin.", "outbound",
     "hr.dismissal"),
    ("Our incoming CEO was announced this morning by the board: welcome, Sam!", "outbound",
     "hr.dismissal"),
    ("On passe de 3 à 5 agences régionales l'an prochain, on recrute !", "outbound",
     "hr.layoffs"),
    ("We're going from 3 to 5 regional offices next year, we're hiring!", "outbound",
     "hr.layoffs"),
    # a season, an internship, a retirement; absorbing a shock or light
    ("Profitez bien de vos derniers mois de stage chez nous, l'équipe vous adore !", "outbound",
     "hr.layoffs"),
    ("Our seasonal team won't be with us after the summer season, thanks all!", "outbound",
     "hr.layoffs"),
    ("Our support team will absorb the shock of the Black Friday tickets, as every year.",
     "outbound", "hr.layoffs"),
    ("La suite se fera depuis notre compte Instagram, suivez l'équipe !", "outbound",
     "hr.layoffs"),
    # a candidate's neutral question, a customer's own family
    ("Entretien chez vous demain pour le poste de vendeur, des conseils pour bien le préparer ?",
     "inbound", "compliance.discrimination"),
    ("Our kids love the night lamp, we're planning to have kids' rooms all in Lumio!",
     "inbound", "compliance.discrimination"),
    # an election with no union, a group's faith
    ("Our CEO was elected president of the lighting federation.", "outbound",
     "compliance.special_category"),
    ("Union reps will be elected in March: vote for the list of your choice.", "outbound",
     "compliance.special_category"),
    ("Nos clients très croyants nous demandent des bougies LED pour les fêtes.", "outbound",
     "compliance.special_category"),
    # a customer asking, licensed use
    ("Can I use the Lumio logo on my blog without permission?", "inbound",
     "compliance.copyright"),
    ("Puis-je utiliser vos photos sans autorisation pour mon mémoire ?", "inbound",
     "compliance.copyright"),
    ("They moved my order without asking, terrible service.", "inbound",
     "compliance.copyright"),
    # a scam warned about or asked about
    ("Attention aux faux comptes qui promettent un revenu garanti si vous investissez : arnaque.",
     "inbound", "compliance.guaranteed_return"),
    ("Is this legit? Someone DMed me a guaranteed income if I invest as a Lumio ambassador.",
     "inbound", "compliance.guaranteed_return"),
    # audited figures, targets, rivals accused, origin plainly true
    ("Objectif neutralité carbone d'ici 2040, détaillé dans notre rapport RSE audité.",
     "outbound", "compliance.green_claim"),
    ("Our 2026 carbon report is out: emissions down 22% vs 2023, audited figures.", "outbound",
     "compliance.green_claim"),
    ("Brillix says its lamps are carbon neutral. Greenwashing, as usual.", "outbound",
     "compliance.green_claim"),
    ("Nos lampes sont fabriquées en France, dans notre atelier de Vénissieux 🇫🇷", "outbound",
     "compliance.green_claim"),
    ("Made in Britain: designed and built in our Leeds workshop.", "outbound",
     "compliance.green_claim"),
]


@pytest.mark.parametrize(("text", "direction", "kind"), MATCH)
def test_found(engine: Engine, text: str, direction: str, kind: str) -> None:
    found = {f.kind for f in engine.screen_text(text, direction=direction).findings}
    assert kind in found, (text, found)


@pytest.mark.parametrize(("text", "direction", "kind"), NEAR_MISS)
def test_near_miss(engine: Engine, text: str, direction: str, kind: str) -> None:
    found = [
        f for f in engine.screen_text(text, direction=direction).findings if f.kind == kind
    ]
    assert found == [], (text, found)
