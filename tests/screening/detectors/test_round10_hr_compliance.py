"""Round 10 (blind8, training sets k to n): HR and compliance risks told in other words.

New authors tell job cuts, pay, health and compliance risks without the usual words. Each family
has match rows and near-miss rows, French and English (docs/detectors/human_resources.md and
compliance.md, "round 10"):

- layoffs: leavers all at once told as a coincidence, a whole team's last day, a corporate word
  in quotes ("streamlined", « rationalisation », a "new chapter" whether we wanted it or not),
  the signs of a plan (closed-door meetings, staff not told, a team shrinking, a relocation
  that "isn't optional", CVs to prepare), a hiring freeze told with its verb;
- pay: colleagues' pay compared, pay grids, interns' pay;
- poaching: an approach as an informal chat or an open inbox, a colleague approached by the rival;
- employee health: a complicated pregnancy, rest ordered by a doctor;
- guaranteed returns: certainty without "garanti" ("quoi qu'il arrive", "never lost a cent");
- health claims: medical care discouraged, body measures lowered, germs killed, a testimonial
  or the organisation's claim quoted back in a reply;
- copyright: a licence never obtained, someone's jingle remade, paragraphs lifted;
- special-category data: union membership with names, a team's religion, a practice of a person
  praised;
- discrimination: pregnant candidates or young children as a problem, discrimination reported by
  a candidate.

Exceptions (precision): a scam warning "asking for my card details", an agreement signed with
the unions, "pour pas oublier", a launch gone wrong, a rival's ex-employee testifying, "you've
already lost", fake accounts "promising" returns, a guarantee denied ("capital non garanti").
"""

from __future__ import annotations

import pytest

from tocsin import Engine

MATCH = [
    # (text, direction, kind that must be found)
    # layoffs: leavers all at once, told as a coincidence
    ("Pots de départ de Lina, Hugo et Marc jeudi, tous en même temps, comme par hasard 🙃",
     "outbound", "hr.layoffs"),
    ("Farewell drinks for Priya, Tom and Alex on Friday, all on the same day. What a coincidence!",
     "outbound", "hr.layoffs"),
    # layoffs: a whole team's last day
    ("Dernier jour pour tout le service compta de Nantes. Personne n'a rien annoncé.",
     "outbound", "hr.layoffs"),
    ("Last day for 9 of my colleagues at the Leeds depot. No email, nothing.",
     "inbound", "hr.layoffs"),
    # layoffs: a corporate word in quotes
    ("Au dépôt de Rennes, nos postes ont été « rationalisés ». Joli mot.", "outbound",
     "hr.layoffs"),
    ("Half the QA team got 'streamlined' this morning. Such a nice word.", "outbound",
     "hr.layoffs"),
    ("Plusieurs collègues de l'atelier commencent un nouveau chapitre en mars, qu'on le veuille "
     "ou non.", "outbound", "hr.layoffs"),
    # layoffs: the signs of a plan
    ("Ambiance bizarre au bureau de Lille : réunions à huis clos et la DRH a réservé toutes les "
     "salles.", "outbound", "hr.layoffs"),
    ("Strange week at the Bristol office: closed-door meetings and HR booked every meeting room.",
     "outbound", "hr.layoffs"),
    ("Personne ne sait si l'équipe de Nice aura encore un poste en avril.", "outbound",
     "hr.layoffs"),
    ("Our Leeds warehouse may close in May and the staff haven't been told yet.", "inbound",
     "hr.layoffs"),
    ("Au marketing on passe de 10 à 4 en février, mon N+1 me l'a confirmé.", "outbound",
     "hr.layoffs"),
    ("Our support team will be much smaller after the summer, if you know what I mean.",
     "outbound", "hr.layoffs"),
    ("La mutation « volontaire » à Lyon n'est pas facultative, la DRH l'a dit à l'équipe.",
     "outbound", "hr.layoffs"),
    ("To my old colleagues at the Leeds office: update your CVs before spring.", "inbound",
     "hr.layoffs"),
    ("Aux collègues du magasin de Toulon : préparez vos CV, je n'en dis pas plus.", "outbound",
     "hr.layoffs"),
    ("Les collègues de l'entrepôt vont découvrir l'automatisation. Enfin, ceux qui resteront.",
     "outbound", "hr.layoffs"),
    ("Coup de balai au siège : le service achats sera remplacé par des prestataires.",
     "outbound", "hr.layoffs"),
    ("Our Leeds support team is being replaced by contractors in March.", "outbound",
     "hr.layoffs"),
    # hiring freeze with its verb
    ("Le DAF a demandé à la DRH de geler toutes les embauches au siège.", "outbound",
     "hr.pay_freeze"),
    ("Management told HR to freeze all hiring in the Leeds store.", "outbound", "hr.pay_freeze"),
    # pay compared, pay grids, interns' pay
    ("Nos nouveaux commerciaux juniors gagnent plus que les seniors du support. Logique.",
     "outbound", "hr.salary"),
    ("Our new junior designers earn more than our senior store managers. Make it make sense.",
     "outbound", "hr.salary"),
    ("La grille de salaires des techniciens est affichée en salle de pause, seniors à 41 K.",
     "outbound", "hr.salary"),
    ("The new head of marketing apparently gets twice the salary of her predecessor.",
     "outbound", "hr.salary"),
    ("Interns at Lumio get 550 € a month, just so you know.", "outbound", "hr.salary"),
    # poaching: an informal approach, an open inbox, a colleague approached
    ("Anyone on the Brillix app team up for a coffee? Asking for a hiring manager.", "outbound",
     "hr.poaching"),
    ("Si tu bosses au support de Brillix et que tu t'ennuies, mon DM est ouvert.", "outbound",
     "hr.poaching"),
    ("Notre lead dev a été approché par Brillix, on a dû s'aligner sur leur offre.", "outbound",
     "hr.poaching"),
    ("Les devs de chez Brillix, envie de changement ? On a des projets pour vous.", "outbound",
     "hr.poaching"),
    # employee health: a complicated pregnancy, rest ordered
    ("Camille ne viendra pas au salon, sa grossesse se complique et le médecin l'a mise au repos.",
     "outbound", "hr.employee_health"),
    ("Anna won't be at the launch: her maternity leave starts early, complications apparently.",
     "outbound", "compliance.special_category"),
    # guaranteed returns: certainty without the word
    ("Notre fonds Lumio Solaire : 7 % par an, quoi qu'il arrive.", "outbound",
     "compliance.guaranteed_return"),
    ("Our green bond pays 6% a year and has never lost a cent.", "outbound",
     "compliance.guaranteed_return"),
    ("Returns on our solar fund are locked in at 5% a year.", "outbound",
     "compliance.guaranteed_return"),
    ("Avec ce contrat, l'action Lumio ne peut que monter.", "outbound",
     "compliance.guaranteed_return"),
    ("As an insider: LUMIO shares, you won't lose money, trust me.", "outbound",
     "compliance.guaranteed_return"),
    ("Nos obligations vertes, un placement en béton : 6 % par an.", "outbound",
     "compliance.guaranteed_return"),
    # health: medical care discouraged, body measures, germs, replies
    ("Avec notre mode luminothérapie, pas besoin d'aller chez le médecin pour la déprime.",
     "outbound", "compliance.cure_claim"),
    ("Our wake-up light means you can skip the doctor for winter blues.", "outbound",
     "compliance.cure_claim"),
    ("La lampe Lumio Calme fait baisser la tension artérielle en quelques jours.", "outbound",
     "compliance.cure_claim"),
    ("Our UV lamp kills 99.9% of viruses in the room.", "outbound", "compliance.cure_claim"),
    ("Mon mari n'a plus de migraines depuis qu'on a la lampe, ça soigne vraiment !", "inbound",
     "compliance.cure_claim"),
    ("Journalist here: your site says the Aube lamp 'treats insomnia'. Any clinical evidence?",
     "inbound", "compliance.cure_claim"),
    ("Our Zen lamp is a natural antidepressant.", "outbound", "compliance.cure_claim"),
    # copyright
    ("Notre pub utilise un tube de Stromae, on n'a pas encore les droits mais ça passe.",
     "outbound", "compliance.copyright"),
    ("Our reel uses that Dua Lipa track we never got round to licensing.", "outbound",
     "compliance.copyright"),
    ("On a refait le jingle de la pub Brillix pour notre promo, personne ne verra.", "outbound",
     "compliance.copyright"),
    ("Our product page has two paragraphs lifted from a design blog.", "outbound",
     "compliance.copyright"),
    ("On a pris sur leur site les photos de Brillix pour notre catalogue.", "outbound",
     "compliance.copyright"),
    # special-category data: union with names, a team's religion, a practice praised
    ("Karim et Julie de la CGT ont posé les bonnes questions au CSE.", "outbound",
     "compliance.special_category"),
    ("Thanks to Tom from the union for his questions at the town hall.", "outbound",
     "compliance.special_category"),
    ("Fiers de notre équipe de nuit : tous musulmans, tous bosseurs.", "outbound",
     "compliance.special_category"),
    ("Bravo à Nadia qui a tenu le stand toute la semaine malgré le ramadan !", "outbound",
     "compliance.special_category"),
    # discrimination
    ("On cherche un chef de projet, mais les candidates enceintes c'est compliqué cette année.",
     "outbound", "compliance.discrimination"),
    ("The recruiter told me after my interview they'd prefer someone without young kids.",
     "inbound", "compliance.discrimination"),
]

NEAR_MISS = [
    # (text, direction, kind that must not be found)
    # leavers, but retiring, or a parental leave, or announced with consent
    ("Pot de départ à la retraite de Fabienne et Ahmed le même jour, 40 ans de maison !",
     "outbound", "hr.layoffs"),
    ("Farewell drinks for Marc and Julie, both retiring on the same day after 30 years.",
     "outbound", "hr.layoffs"),
    ("Merci à toute l'équipe pour le pot de départ en congé maternité de Julie 🍼", "outbound",
     "hr.layoffs"),
    ("Camille part vers de nouvelles aventures, son départ a été annoncé en équipe et elle nous "
     "a autorisés à le partager.", "outbound", "hr.layoffs"),
    ("Dernier jour pour profiter des soldes sur toute la gamme !", "outbound", "hr.layoffs"),
    ("Last day for the whole summer team of interns, thank you all!", "outbound", "hr.layoffs"),
    # corporate words about products, processes or a bigger office
    ("Our checkout is streamlined: fewer clicks for our customers.", "outbound", "hr.layoffs"),
    ("Nouveau chapitre pour la marque : un nouveau logo et une nouvelle gamme !", "outbound",
     "hr.layoffs"),
    ("A new chapter for our team: we're moving into a bigger office in Lyon!", "outbound",
     "hr.layoffs"),
    # signs that are not cuts
    ("Réunion à huis clos du jury pour le concours photo, résultats vendredi.", "outbound",
     "hr.layoffs"),
    ("L'équipe support passe de 5 à 12 personnes, on recrute !", "outbound", "hr.layoffs"),
    ("Update your app to get the new lamp scenes.", "outbound", "hr.layoffs"),
    # precision: a scam warning, an agreement signed, a reminder, a launch, a contest lost
    ("Got scammed by a fake support account asking for my card details. Careful everyone!",
     "inbound", "hr.layoffs"),
    ("Un faux compte support m'a demandé mes coordonnées bancaires, attention à l'arnaque.",
     "inbound", "hr.layoffs"),
    ("L'accord de rupture conventionnelle collective a été signé avec les syndicats et présenté "
     "à tous.", "outbound", "hr.layoffs"),
    ("The voluntary redundancy agreement was signed with the unions last month.", "outbound",
     "hr.layoffs"),
    ("Note pour ne pas oublier : demander à Paul le planning de janvier.", "outbound",
     "hr.dismissal"),
    ("Message pour l'équipe : le lancement de jeudi est une catastrophe, on fait semblant.",
     "outbound", "hr.layoffs"),
    ("If your competitor lies about lumens, like some people do, you've already lost.",
     "outbound", "hr.layoffs"),
    ("Ancien de chez Brillix ici, je confirme : leurs alimentations chauffaient.", "inbound",
     "hr.poaching"),
    # pay: averages and national studies
    ("Nos techniciens gagnent en moyenne 2 400 € par mois, selon l'étude salariale nationale.",
     "outbound", "hr.salary"),
    ("Stage de 6 mois : gratification 600 € par mois, postulez sur notre site.", "outbound",
     "hr.salary"),
    ("The new Halo lamp is twice as bright as the old one.", "outbound", "hr.salary"),
    # guaranteed returns: warnings, a guarantee denied, service promises
    ("Méfiez-vous des faux comptes promettant des rendements garantis en notre nom !",
     "outbound", "compliance.guaranteed_return"),
    ("Scam alert: accounts promising 10% guaranteed a month are not us.", "outbound",
     "compliance.guaranteed_return"),
    ("Nos obligations vertes : rendement indicatif de 4 % par an, capital non garanti.",
     "outbound", "compliance.guaranteed_return"),
    ("Our customer support works no matter what happens: 24/7, every day of the year.",
     "outbound", "compliance.guaranteed_return"),
    ("Achetez la lampe Zen, quoi qu'il arrive elle est garantie 2 ans.", "outbound",
     "compliance.guaranteed_return"),
    ("Notre défense est en béton, bravo l'équipe de foot de Lumio !", "outbound",
     "compliance.guaranteed_return"),
    # health: bills lowered, installation, a question
    ("Cette lampe fait baisser la facture d'électricité de 20 %.", "outbound",
     "compliance.cure_claim"),
    ("No need for a doctor to install it: the lamp clicks in place in 2 minutes.", "outbound",
     "compliance.cure_claim"),
    ("Est-ce que la lampe soigne la migraine ? Je me demande.", "inbound",
     "compliance.cure_claim"),
    ("Lumio n'a plus de stock de lampes Zen, désolé !", "inbound", "compliance.cure_claim"),
    # copyright: our own work
    ("We remade the lamp's packaging for our own promo.", "outbound", "compliance.copyright"),
    ("Notre nouvelle photo de couverture est signée par notre photographe Léa.", "outbound",
     "compliance.copyright"),
    ("Lumio lamps make every room look like a magazine cover.", "outbound",
     "compliance.copyright"),
    # special-category data: no one named, customers
    ("Réunion de négociation avec les représentants de la CGT ce matin.", "outbound",
     "compliance.special_category"),
    ("La CGT appelle à la grève jeudi, nos magasins restent ouverts.", "outbound",
     "compliance.special_category"),
    ("Our customers come from all faiths: all Christians, Muslims and atheists welcome!",
     "outbound", "compliance.special_category"),
    ("Merci à toi qui as tenu le stand malgré le ramadan.", "outbound",
     "compliance.special_category"),
    # discrimination: a candidate's neutral question
    ("Applied for your sales job last week, the recruiter was lovely, any news?", "inbound",
     "compliance.discrimination"),
]


# Round 10, second pass (all development sets): HR and compliance risks in other words.
#
# Each family has match rows and near-miss rows, French and English (docs/detectors/
# human_resources.md and compliance.md, "round 10, second pass"):
#
# - pay: pay against a predecessor or the rest of the team, a new pay grid, raises compared in
#   percent, pay "stuck at" a level, what a manager earns seen by the author, one intern's pay;
# - dismissals: a disciplinary warning for a named person, training one's own replacement, a
#   successor named or a departure kept secret ("on ne dit rien") before the announcement;
# - layoffs: a team gone after a date ("vos derniers mois", "won't be with us after March"), work
#   moved elsewhere ("la suite se fera depuis", "absorb the support queue"), staff told by a call
#   or an e-mail, "une page se tourne" for a subsidiary or a site, regional divisions counted down;
# - employee health: a treatment next to the job's hours ("80 hours a week ... antidepressants");
# - discrimination reported by a candidate: family plans asked at interview, "too old";
# - special-category data: a union role after "elected", devotion of a named person;
# - copyright reported in a reply: a song, image or logo used without rights or permission;
# - guaranteed income offered in a reply against a sum to invest first;
# - green claims: a product said carbon neutral or negative, an origin claim admitted stretched.
#
# Exceptions (precision): price or programme grids, retirements and parental leaves handed over,
# promotions, weather or referee warnings, "absorb the shock/cost", audited reports and targets,
# rivals accused of greenwashing, a customer asking whether they may use the logo.

SECOND_PASS_MATCH = [
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

SECOND_PASS_NEAR_MISS = [
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


@pytest.mark.parametrize(("text", "direction", "kind"), MATCH + SECOND_PASS_MATCH)
def test_found(engine: Engine, text: str, direction: str, kind: str) -> None:
    found = {f.kind for f in engine.screen_text(text, direction=direction).findings}
    assert kind in found, (text, found)


@pytest.mark.parametrize(
    ("text", "direction", "kind"), NEAR_MISS + SECOND_PASS_NEAR_MISS
)
def test_near_miss(engine: Engine, text: str, direction: str, kind: str) -> None:
    found = [
        f for f in engine.screen_text(text, direction=direction).findings if f.kind == kind
    ]
    assert found == [], (text, found)
