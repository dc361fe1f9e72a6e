"""Round 16 (structural and a sweep by kind) for the human resources and compliance families.

From the misses of blind14 (now a development set) and a sweep of the sub-kinds of risk a company
meets in each category, twelve per category, several of them in no corpus file yet (a department
handed to a contractor, a headcount freeze told as a cut, a colleague's therapist or sobriety, a
rival's staff approached by phone, reviews ordered from staff, a colleague's activism or
pilgrimage). Each sub-kind has five risky wordings in French and English (corporate, casual,
ironic, hinted) and two clean look-alikes. Paraphrases, not corpus posts: each match row a risky
post, each near miss the clean reading next to it."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

LAYOFFS = ("layoffs", "hr.layoffs")
DISMISSAL = ("layoffs", "hr.dismissal")
FREEZE = ("layoffs", "hr.pay_freeze")
HEALTH = ("employee_health", "hr.employee_health")
HEALTH_SPECIAL = ("employee_health", "compliance.special_category")
SALARY = ("salaries", "hr.salary")
PAY_COMPARED = ("layoffs", "hr.salary")
POACHING = ("poaching", "hr.poaching")
RETURN = ("guaranteed_returns", "compliance.guaranteed_return")
CURE = ("health_claims", "compliance.cure_claim")
DISCRIM = ("job_discrimination", "compliance.discrimination")
SPECIAL = ("special_category_data", "compliance.special_category")
COPYRIGHT = ("copyright_flags", "compliance.copyright")
FAKE = ("fake_reviews", "compliance.fake_reviews")

MATCH = [
    # (text, direction, detector, kind)
    # ===== human resources
    # -- hr1 job cuts told before the announcement
    ("Entre nous, 40 postes vont sauter à Lyon avant l'été", "outbound", *LAYOFFS),
    (
        "Heads up: the board signed off on cutting 60 roles in Q1, not public yet",
        "outbound",
        *LAYOFFS,
    ),
    ("On va perdre la moitié de l'équipe support en mars, c'est acté", "outbound", *LAYOFFS),
    (
        "Lumio is letting go of a third of the sales team next month, keep it quiet",
        "outbound",
        *LAYOFFS,
    ),
    ("Ça va couper sévère dans les effectifs à la rentrée, préparez vos CV", "outbound", *LAYOFFS),
    # -- hr2 a department sent elsewhere (outsourcing, offshoring)
    (
        "Le service client va « évoluer » en 2027. Traduction : direction Tunis.",
        "outbound",
        *LAYOFFS,
    ),
    (
        "Our support desk is moving to Manila next year, enjoy the local agents while they last",
        "outbound",
        *LAYOFFS,
    ),
    (
        "La compta part chez un prestataire en janvier, profitez de vos comptables tant qu'il est "
        "encore temps",
        "outbound",
        *LAYOFFS,
    ),
    (
        "Customer care is being handed over to a contractor in Q2, the current team won't be kept",
        "outbound",
        *LAYOFFS,
    ),
    ("Le service paie sera confié à un sous-traitant au Maroc dès janvier", "outbound", *LAYOFFS),
    # -- hr3 mass departures hinted (farewell drinks for a floor)
    (
        "Pot de départ géant vendredi… enfin, pour une bonne partie du 2e étage. On vous "
        "expliquera.",
        "outbound",
        *LAYOFFS,
    ),
    (
        "Huge leaving do on Friday for half of the marketing floor, no it's not a joke",
        "outbound",
        *LAYOFFS,
    ),
    ("Farewell drinks for most of the Lille team next week, details soon 😶", "outbound", *LAYOFFS),
    (
        "Pot de départ collectif pour toute l'équipe logistique le 12, on vous expliquera",
        "outbound",
        *LAYOFFS,
    ),
    (
        "Going-away party for the whole QA team on Thursday. Yes, the whole team.",
        "outbound",
        *LAYOFFS,
    ),
    # -- hr4 a headcount freeze or cut, ironic
    (
        "Headcount freeze isn't the word. More like headcount defrost in reverse. Support, you "
        "know who you are.",
        "outbound",
        *LAYOFFS,
    ),
    (
        "Gel des embauches ? Disons plutôt fonte des effectifs. Le SAV se reconnaîtra.",
        "outbound",
        *LAYOFFS,
    ),
    ("Hiring freeze this year, and the people who leave won't be replaced", "outbound", *FREEZE),
    (
        "Gel des salaires pour tout le monde en 2027, mail de la DRH la semaine prochaine",
        "outbound",
        *FREEZE,
    ),
    ("No raises this year for anyone, HR will tell you in January", "outbound", *FREEZE),
    # -- hr5 a named person's pay
    (
        "Le nouveau chef de produit gagne presque le double de Nadia, qui a 10 ans de maison",
        "outbound",
        *PAY_COMPARED,
    ),
    ("Fun fact: Kevin in sales makes 20k more than Julie for the same job", "outbound", *SALARY),
    ("Sarah from finance earns £85k, no wonder she's always smiling", "outbound", *SALARY),
    ("Marc touche 4 200 € net par mois, pas mal pour un junior", "outbound", *SALARY),
    (
        "Guess who's paid twice as much as Léa for the same role? The new guy.",
        "outbound",
        *PAY_COMPARED,
    ),
    # -- hr6 a named person's raise or bonus
    (
        "Pour ceux qui hésitent à nous rejoindre : Camille a décroché +18 % en changeant d'équipe "
        "😏",
        "outbound",
        *SALARY,
    ),
    ("Tom just got a 15% raise after threatening to quit, worth a try", "outbound", *SALARY),
    ("Sophie a eu une augmentation de 12 % cette année, bravo à elle", "outbound", *SALARY),
    ("Ahmed's bonus was 30% of his salary this year, not bad", "outbound", *SALARY),
    ("Julien a négocié +20 % à son entretien annuel, la classe", "outbound", *SALARY),
    # -- hr7 a named colleague's illness or sick leave
    (
        "Bon retour à Anaïs après six mois de combat, ta perruque te va super bien",
        "outbound",
        *HEALTH,
    ),
    ("Get well soon Paul from IT, chemo is tough but so are you", "outbound", *HEALTH),
    ("Nadia de la compta est en arrêt maladie pour dépression depuis mars", "outbound", *HEALTH),
    ("Our Lyon manager is off with burnout again, third time this year", "outbound", *HEALTH),
    ("Pensées pour Lucas de l'entrepôt, opéré du cœur hier", "outbound", *HEALTH),
    # -- hr8 a named colleague's addiction or mental health care
    (
        "Big respect to Marco from the warehouse, who still made the stand-up during his month of "
        "AA meetings",
        "outbound",
        *HEALTH,
    ),
    (
        "Bravo à Kevin de la logistique, qui tient bon depuis sa cure de désintox",
        "outbound",
        *HEALTH,
    ),
    (
        "Proud of Dan from sales, six months sober and still top of the leaderboard",
        "outbound",
        *HEALTH,
    ),
    (
        "Courage à Inès du marketing, qui voit sa psy deux fois par semaine depuis la rentrée",
        "outbound",
        *HEALTH,
    ),
    ("Shout-out to Emma from support, back from rehab and crushing it", "outbound", *HEALTH),
    # -- hr9 a rival's staff courted, named
    (
        "Any Brillix engineers reading this: come to Lumio, we actually pay on time",
        "outbound",
        *POACHING,
    ),
    ("Ingénieurs de chez Brillix, venez chez nous, on paie mieux", "outbound", *POACHING),
    ("Brillix devs, our door is open and the coffee is better 😉", "outbound", *POACHING),
    (
        "Vous bossez chez Brillix et vous en avez marre ? Envoyez-nous votre CV",
        "outbound",
        *POACHING,
    ),
    (
        "To the Brillix sales team: we're hiring, and we match your package +10%",
        "outbound",
        *POACHING,
    ),
    # -- hr10 a rival poaching ours, hinted
    (
        "Trois de nos devs firmware ont déjeuné avec « les voisins d'en face » cette semaine, ils "
        "reviennent tous avec le sourire. Je dis ça je dis rien",
        "outbound",
        *POACHING,
    ),
    (
        "Two of our best designers had coffee with Brillix recruiters this week. Just saying.",
        "outbound",
        *POACHING,
    ),
    (
        "Nos commerciaux ont tous reçu un appel de Brillix cette semaine, bizarre non ?",
        "outbound",
        *POACHING,
    ),
    (
        "Our whole firmware team got LinkedIn messages from Brillix's recruiters today",
        "outbound",
        *POACHING,
    ),
    (
        "Brillix essaie de débaucher notre équipe R&D, ils ont appelé trois personnes",
        "outbound",
        *POACHING,
    ),
    # -- hr11 a named person fired or disciplined
    ("Kevin de la compta a été viré hier, faute grave paraît-il", "outbound", *DISMISSAL),
    ("Jess from support got fired this morning, security walked her out", "outbound", *DISMISSAL),
    (
        "Thomas est convoqué à un entretien préalable lundi, ça sent le licenciement",
        "outbound",
        *LAYOFFS,
    ),
    ("Marc a reçu un avertissement écrit pour ses retards, ambiance", "outbound", *DISMISSAL),
    ("Dave was put on a performance improvement plan, he's out by March", "outbound", *DISMISSAL),
    # -- hr12 a site closing, hinted
    ("Profitez bien de l'usine de Nantes, dans un an il n'y aura plus rien", "outbound", *LAYOFFS),
    (
        "Enjoy the Leeds office while you can, the lease ends in June and it won't be renewed",
        "outbound",
        *LAYOFFS,
    ),
    (
        "L'entrepôt de Lille ferme ses portes en juin, les équipes ne sont pas encore au courant",
        "outbound",
        *LAYOFFS,
    ),
    (
        "The Bristol plant will stop production for good next year, staff not told yet",
        "outbound",
        *LAYOFFS,
    ),
    (
        "Dernier Noël à l'atelier de Roubaix, après on déménage tout en Pologne",
        "outbound",
        *LAYOFFS,
    ),
    # ===== compliance
    # -- co1 guaranteed return, direct
    ("Investissez dans nos obligations vertes : 8 % garanti, zéro risque", "outbound", *RETURN),
    ("Our green bonds pay a guaranteed 7% a year, no risk at all", "outbound", *RETURN),
    ("Placement sans risque, rendement assuré de 6 % par an", "outbound", *RETURN),
    ("Risk-free 10% returns with our employee share plan, sign up now", "outbound", *RETURN),
    ("Capital garanti et 9 % de rendement, qui dit mieux ?", "outbound", *RETURN),
    # -- co2 a return implied certain
    (
        "Our employee share scheme has literally never lost money. Worst case you break even.",
        "outbound",
        *RETURN,
    ),
    (
        "Put your savings into Lumio green notes: your money comes back with 7% on top, every "
        "single year",
        "outbound",
        *RETURN,
    ),
    (
        "Nos obligations n'ont jamais perdu un centime, au pire vous récupérez votre mise",
        "outbound",
        *RETURN,
    ),
    ("You literally can't lose money with our share plan, it only goes up", "outbound", *RETURN),
    (
        "Avec notre plan d'épargne, impossible de perdre : ça ne fait que monter",
        "outbound",
        *RETURN,
    ),
    # -- co3 a cure claim
    ("Notre lampe soigne la dépression saisonnière en deux semaines", "outbound", *CURE),
    ("Our daylight lamp cures insomnia, guaranteed", "outbound", *CURE),
    ("Cette ampoule guérit les migraines, testé par toute l'équipe", "outbound", *CURE),
    ("The red light panel heals joint pain in days", "outbound", *CURE),
    ("Notre veilleuse traite l'anxiété des enfants", "outbound", *CURE),
    # -- co4 a therapy implied (prescription, replaces medicine)
    (
        "Winter blues? Our daylight lamp is the only prescription you'll need this season",
        "outbound",
        *CURE,
    ),
    (
        "Déprime de l'hiver ? Notre lampe, c'est la seule ordonnance dont vous aurez besoin",
        "outbound",
        *CURE,
    ),
    ("Throw away your sleeping pills, our amber bulb does the job", "outbound", *CURE),
    ("Oubliez les somnifères, notre ampoule ambrée fait le travail", "outbound", *CURE),
    (
        "Your doctor will be jealous: our lamp is the best antidepressant there is",
        "outbound",
        *CURE,
    ),
    # -- co5 an age limit or a young team sought
    (
        "On recrute un·e commercial·e : tout juste diplômé·e, dans une équipe où la moyenne d'âge "
        "est de 26 ans",
        "outbound",
        *DISCRIM,
    ),
    (
        "Hiring a sales rep to join our team, average age 25, recent grads preferred",
        "outbound",
        *DISCRIM,
    ),
    (
        "Nous cherchons un profil de moins de 30 ans pour notre équipe dynamique",
        "outbound",
        *DISCRIM,
    ),
    ("Looking for a digital native under 35 for our marketing team", "outbound", *DISCRIM),
    ("Poste de technicien : candidats de plus de 50 ans s'abstenir", "outbound", *DISCRIM),
    # -- co6 sex or family situation sought
    (
        "Nous recrutons une assistante, de préférence une jeune femme sans enfants",
        "outbound",
        *DISCRIM,
    ),
    ("Warehouse role, men only, heavy lifting", "outbound", *DISCRIM),
    ("On cherche un commercial, pas de femme enceinte svp vu la charge", "outbound", *DISCRIM),
    (
        "Ideal candidate: no kids, available evenings and weekends, male preferred",
        "outbound",
        *DISCRIM,
    ),
    ("Poste réservé aux hommes, merci de votre compréhension", "outbound", *DISCRIM),
    # -- co7 origin or language sought
    ("Recherche vendeur de souche française uniquement", "outbound", *DISCRIM),
    ("Support role: native English speaker only, no accents please", "outbound", *DISCRIM),
    ("Nous cherchons un profil européen pour ce poste client", "outbound", *DISCRIM),
    ("Candidates must be British-born", "outbound", *DISCRIM),
    ("Français de naissance exigé pour ce poste", "outbound", *DISCRIM),
    # -- co8 a named employee's union membership or role
    (
        "Proud that half our warehouse team are CGT union members — Thomas, Léa and Yusuf lead the "
        "way!",
        "outbound",
        *SPECIAL,
    ),
    (
        "Congrats to Aisha from our Leeds team: she has been our shop steward for years",
        "outbound",
        *SPECIAL,
    ),
    ("Bravo à Karim, délégué syndical FO depuis dix ans à l'entrepôt", "outbound", *SPECIAL),
    ("Julie from accounts just joined Unite, welcome to the union Julie", "outbound", *SPECIAL),
    ("Notre collègue Sami est élu CGT au CSE, merci à lui", "outbound", *SPECIAL),
    # -- co9 a named employee's religion or practice
    ("Aisha still fasted all month while leading the launch, respect", "outbound", *SPECIAL),
    ("Bravo à Yasmine qui a fait le ramadan tout en bouclant le projet", "outbound", *SPECIAL),
    ("Shout-out to David, who keeps kosher at every team lunch", "outbound", *SPECIAL),
    ("Marie part en pèlerinage à Lourdes, elle prie pour nous tous", "outbound", *SPECIAL),
    (
        "Omar from IT prays five times a day in the quiet room, we set it up for him",
        "outbound",
        *SPECIAL,
    ),
    # -- co10 a named employee's orientation or politics
    (
        "Félicitations à Hugo de la compta qui a fait son coming out ce mois-ci",
        "outbound",
        *SPECIAL,
    ),
    ("Notre manager Pierre est gay, il nous l'a dit à la pause", "outbound", *SPECIAL),
    ("Sophie de la RH est encartée au RN, qui l'eût cru", "outbound", *SPECIAL),
    ("Tom from finance is a Labour party member and canvasses every weekend", "outbound", *SPECIAL),
    ("Léa, notre DAF, milite chez LFI depuis ses 18 ans", "outbound", *SPECIAL),
    # -- co11 someone else's music or images taken
    (
        "La musique de notre reel ? Piquée sur le dernier clip d'un rappeur connu, personne ne lit "
        "les crédits",
        "outbound",
        *COPYRIGHT,
    ),
    (
        "We ripped the soundtrack from a Drake video for our ad, nobody checks",
        "outbound",
        *COPYRIGHT,
    ),
    ("Le son de notre pub vient d'un film Disney, chut", "outbound", *COPYRIGHT),
    (
        "Grabbed the background track from a Netflix trailer, sounds great right?",
        "outbound",
        *COPYRIGHT,
    ),
    (
        "On a repris la chanson de Stromae pour le teaser, sans rien payer évidemment",
        "outbound",
        *COPYRIGHT,
    ),
    # -- co12 reviews bought or written in-house
    (
        "Tout le monde laisse 5 étoiles sur Google avant vendredi, c'est un ordre de la direction",
        "outbound",
        *FAKE,
    ),
    (
        "Team, please post a 5-star review of the new lamp from your personal accounts",
        "outbound",
        *FAKE,
    ),
    ("On a acheté 200 avis Amazon pour le lancement, ça a marché", "outbound", *FAKE),
    ("We pay customers £10 for every 5-star review, DM for details", "outbound", *FAKE),
    (
        "Écrivez des avis positifs sous un faux nom, personne ne verra la différence",
        "outbound",
        *FAKE,
    ),
]

NEAR_MISS = [
    # (text, direction, detector)
    # hr1
    ("Entre nous, 40 nouveaux postes vont ouvrir à Lyon avant l'été", "outbound", "layoffs"),
    ("Heads up: the board signed off on 60 new roles in Q1", "outbound", "layoffs"),
    # hr2
    (
        "Our support desk is moving to the 3rd floor next week, new coffee machine included",
        "outbound",
        "layoffs",
    ),
    (
        "Le service client évolue : nouveau chat en ligne dès janvier, mêmes conseillers lyonnais",
        "outbound",
        "layoffs",
    ),
    # hr3
    (
        "Pot de départ en retraite de Gérard vendredi, tout le 2e étage est invité",
        "outbound",
        "layoffs",
    ),
    ("Farewell drinks for our interns next week, thanks for a great summer", "outbound", "layoffs"),
    # hr4
    ("Freeze-dried snacks on the 3rd floor, come grab some", "outbound", "layoffs"),
    ("Gel hydroalcoolique à disposition à tous les étages", "outbound", "layoffs"),
    # hr5
    ("Nadia a presque le double de followers que le compte Lumio, bravo", "outbound", "salaries"),
    ("Kevin in sales makes the best coffee on the floor", "outbound", "salaries"),
    # hr6
    ("Camille a décroché +18 % de ventes sur son rayon ce trimestre", "outbound", "salaries"),
    ("Tom just got a 15% discount code for the team shop", "outbound", "salaries"),
    # hr7
    (
        "Bon retour à Anaïs après six mois de congé sabbatique en Amérique du Sud",
        "outbound",
        "employee_health",
    ),
    ("Get well soon to our printer, IT is on it", "outbound", "employee_health"),
    # hr8
    (
        "Big respect to Marco from the warehouse, who ran the marathon last month",
        "outbound",
        "employee_health",
    ),
    ("Our AA batteries are back in stock in the warehouse", "outbound", "employee_health"),
    # hr9
    (
        "Brillix engineers will speak at the same conference as us, see you there",
        "outbound",
        "poaching",
    ),
    ("Ingénieurs, venez nous voir au salon VivaTech, stand B12", "outbound", "poaching"),
    # hr10
    (
        "Trois de nos devs ont déjeuné avec des clients cette semaine, super retours",
        "outbound",
        "poaching",
    ),
    ("If you're at Brillix reading this: your roadmap is cute 💅", "outbound", "poaching"),
    ("Our designers had coffee with the students from the design school", "outbound", "poaching"),
    # hr11
    ("Kevin de la compta a été élu meilleur collègue de l'année", "outbound", "layoffs"),
    ("The old firmware got fired up again this morning", "outbound", "layoffs"),
    # hr12
    ("Profitez bien de l'usine de Nantes lors des journées portes ouvertes", "outbound", "layoffs"),
    ("Enjoy the Leeds office, the new terrace opens in June", "outbound", "layoffs"),
    # co1
    (
        "Nos obligations vertes : rendement cible 5 %, capital non garanti, lisez la notice",
        "outbound",
        "guaranteed_returns",
    ),
    ("Guaranteed delivery in 48 hours or your money back", "outbound", "guaranteed_returns"),
    # co2
    (
        "Our lamps have never lost a customer to a rival, thanks for your loyalty",
        "outbound",
        "guaranteed_returns",
    ),
    ("The sun always comes back, and so do our summer lamps", "outbound", "guaranteed_returns"),
    # co3
    ("Notre lampe ne soigne rien, mais elle est jolie", "outbound", "health_claims"),
    ("Our lamp won't cure your Monday blues, but it looks great", "outbound", "health_claims"),
    # co4
    (
        "Notre lampe n'est pas un médicament : parlez-en à votre médecin",
        "outbound",
        "health_claims",
    ),
    (
        "The only prescription here is more reading: our new reading lamp is out",
        "outbound",
        "health_claims",
    ),
    # co5
    (
        "On recrute un·e commercial·e, tous profils bienvenus, débutant·es et seniors",
        "outbound",
        "job_discrimination",
    ),
    (
        "Our team's average age? Let's just say we love the 90s playlist at the party",
        "outbound",
        "job_discrimination",
    ),
    # co6
    (
        "Nous recrutons une ou un assistant·e, temps partiel possible",
        "outbound",
        "job_discrimination",
    ),
    (
        "Parents welcome: flexible hours for everyone in the warehouse team",
        "outbound",
        "job_discrimination",
    ),
    # co7
    ("Anglais courant requis pour ce poste client", "outbound", "job_discrimination"),
    ("Fluent English required for the support role", "outbound", "job_discrimination"),
    # co8
    (
        "Proud that our warehouse team won the safety award, Thomas, Léa and Yusuf lead the way!",
        "outbound",
        "special_category_data",
    ),
    (
        "Meeting with the staff representatives on Thursday about the canteen menu",
        "outbound",
        "special_category_data",
    ),
    # co9
    (
        "Aisha still ran all month while leading the launch, respect",
        "outbound",
        "special_category_data",
    ),
    ("Ramadan hours: our Lyon shop closes at 6pm this month", "outbound", "special_category_data"),
    # co10
    ("Happy Pride month from all of us at Lumio! 🌈", "outbound", "special_category_data"),
    (
        "Élections municipales : notre magasin sert de bureau de vote dimanche",
        "outbound",
        "special_category_data",
    ),
    # co11
    (
        "La musique de notre reel est sous licence Epidemic Sound, crédits en description",
        "outbound",
        "copyright_flags",
    ),
    (
        "We composed the soundtrack in-house, credits to our sound designer",
        "outbound",
        "copyright_flags",
    ),
    # co12
    (
        "Vous aimez nos lampes ? Laissez-nous un avis sur Google, ça nous aide",
        "outbound",
        "fake_reviews",
    ),
    ("Thanks for the 5-star reviews this month, you're the best", "outbound", "fake_reviews"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round16_shape_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISS)
def test_round16_near_miss_clean(engine: Engine, text: str, direction: str, detector: str) -> None:
    assert_not_found(engine, text, direction, detector)
