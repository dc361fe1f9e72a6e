"""Round 17 (by kind) for the human resources and compliance families.

From the misses of blind15 (a development set since round 16), each of the same kind as a blind14
post round 16 had fixed: the rules were still written at the level of wordings. For each kind,
ten new wordings (French and English, corporate, casual, ironic, hinted) were written before any
change; the rule was widened on the blind15 post and the first five only, then the other five
were checked unchanged (the held-out hit rate of docs/detectors/human_resources.md and
compliance.md), and only then fixed. Rows: the blind15 posts' paraphrases and the ten wordings
of each kind; near misses: three clean look-alikes per kind. Two held-out wordings are still
missed and are not rows: "her temple community must be proud" (a community is no one person)
and "We need a cashier ... ideally a young girl" (no word of a job post)."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

LAYOFFS = ("layoffs", "hr.layoffs")
HEALTH = ("employee_health", "hr.employee_health")
POACHING = ("poaching", "hr.poaching")
RETURN = ("guaranteed_returns", "compliance.guaranteed_return")
CURE = ("health_claims", "compliance.cure_claim")
DISCRIM = ("job_discrimination", "compliance.discrimination")
SPECIAL = ("special_category_data", "compliance.special_category")
COPYRIGHT = ("copyright_flags", "compliance.copyright")

MATCH = [
    # (text, direction, detector, kind)
    # -- a cure claimed: medication or the doctor outdone by the lamp
    (
        "Notre lampe de chevet règle les insomnies que votre médecin n'a jamais su soigner, sans "
        "cachets",
        "outbound",
        *CURE,
    ),
    (
        "Plus besoin de somnifères : trois soirs sous la Lumio Nuit et vous dormez comme un bébé",
        "outbound",
        *CURE,
    ),
    (
        "Our Dawn lamp fixes the migraines your doctor couldn't, no pills required",
        "outbound",
        *CURE,
    ),
    (
        "Une cliente nous écrit qu'elle a arrêté ses anxiolytiques grâce à sa lampe Aube 💛",
        "outbound",
        *CURE,
    ),
    (
        "A user told us he quit his sleeping pills after a month with our sunrise lamp. Light "
        "heals.",
        "outbound",
        *CURE,
    ),
    (
        "Forget the pharmacy: our light therapy lamp sorts out winter depression better than any "
        "prescription",
        "outbound",
        *CURE,
    ),
    (
        "Un client a pu arrêter son traitement contre la dépression depuis qu'il a notre lampe, "
        "magique ✨",
        "outbound",
        *CURE,
    ),
    (
        "Les cachets pour dormir ? Jetez-les, notre veilleuse fait mieux que votre généraliste 😉",
        "outbound",
        *CURE,
    ),
    ("One customer says our lamp did what years of antidepressants couldn't 🌞", "outbound", *CURE),
    (
        "Your doctor can't cure your seasonal blues, but our lamp can. No meds needed.",
        "outbound",
        *CURE,
    ),
    # -- a named colleague's religious observance told as a feat
    (
        "Bienvenue à Karim dans l'équipe logistique, toujours motivé même pendant le ramadan 🙏",
        "outbound",
        *SPECIAL,
    ),
    (
        "Shout-out to Miriam who never misses a deadline, even on shabbat weeks 🕯️",
        "outbound",
        *SPECIAL,
    ),
    (
        "Bravo à Sophie de la compta qui tient le rythme malgré le carême, respect",
        "outbound",
        *SPECIAL,
    ),
    (
        "Big welcome to Yusuf from support, fasting all day and still smiling 🌙",
        "outbound",
        *SPECIAL,
    ),
    (
        "Thomas de l'atelier file à la messe tous les dimanches matin, mais lundi il est toujours "
        "là 😄",
        "outbound",
        *SPECIAL,
    ),
    (
        "Props to Aisha in accounts who prays five times a day and still closes the books first",
        "outbound",
        *SPECIAL,
    ),
    (
        "Notre stagiaire Élie part plus tôt le vendredi pour le shabbat, on s'organise 👍",
        "outbound",
        *SPECIAL,
    ),
    (
        "Félicitations à Mehdi de l'entrepôt, de retour de La Mecque et en pleine forme 🕋",
        "outbound",
        *SPECIAL,
    ),
    (
        "Welcome Rachel to the design team, she'll teach us all about keeping kosher at lunch",
        "outbound",
        *SPECIAL,
    ),
    # -- the team a candidate must fit, described by sex or age
    (
        "Looking for a receptionist who'll fit right in with our young, all-girls front-desk team "
        "💁\u200d♀️",
        "outbound",
        *DISCRIM,
    ),
    (
        "On recrute un commercial pour rejoindre notre bande de jeunes mecs dynamiques 💪",
        "outbound",
        *DISCRIM,
    ),
    (
        "Hiring a sales rep to join our team of lads in their twenties, beers on Fridays",
        "outbound",
        *DISCRIM,
    ),
    (
        "Nous cherchons une assistante qui s'intégrera dans notre équipe 100 % féminine et jeune",
        "outbound",
        *DISCRIM,
    ),
    (
        "Poste de magasinier : équipe de gars costauds, plutôt pour un jeune homme",
        "outbound",
        *DISCRIM,
    ),
    (
        "Join our young and all-male dev squad, we're hiring a backend engineer",
        "outbound",
        *DISCRIM,
    ),
    (
        "Recrutement : hôtesse d'accueil pour une équipe de filles de moins de 30 ans 😊",
        "outbound",
        *DISCRIM,
    ),
    (
        "We're hiring for a warehouse role: strong young guys wanted, it's a boys' team",
        "outbound",
        *DISCRIM,
    ),
    (
        "On cherche un ou une stagiaire, mais franchement une fille s'intégrerait mieux dans "
        "notre équipe de nanas",
        "outbound",
        *DISCRIM,
    ),
    (
        "Opening for a receptionist: our front desk is all young women, so you'll fit right in if "
        "you're one too",
        "outbound",
        *DISCRIM,
    ),
    # -- a named colleague's medical file, or a quoted leave and a recovery
    (
        "Marion des RH encore absente cette semaine, pas étonnant vu son dossier médical 🙄",
        "outbound",
        *HEALTH,
    ),
    (
        "Welcome back Julien after your three-month 'break' 💪 We all know it was rough, glad "
        "you're feeling better.",
        "outbound",
        *HEALTH,
    ),
    (
        "Paul from logistics off again, not surprising given his medical history",
        "outbound",
        *HEALTH,
    ),
    (
        "Bon retour à Claire après ses quatre mois de « vacances » 💪 on sait que ça n'a pas été "
        "simple, contente que tu ailles mieux",
        "outbound",
        *HEALTH,
    ),
    (
        "Kevin absent encore, bon, avec ses antécédents médicaux on s'y attendait",
        "outbound",
        *HEALTH,
    ),
    (
        "Welcome back Sara after that six-week 'holiday', we know it wasn't easy, so glad you're "
        "doing better 💐",
        "outbound",
        *HEALTH,
    ),
    (
        "Laura du support en arrêt pour la troisième fois, vu son dossier médical rien d'étonnant",
        "outbound",
        *HEALTH,
    ),
    (
        "Bon retour à Hugo après son « congé » de deux mois, on sait que c'était dur, ravi de te "
        "voir en meilleure forme",
        "outbound",
        *HEALTH,
    ),
    (
        "Nina from accounts missing again, hardly shocking with her health record",
        "outbound",
        *HEALTH,
    ),
    (
        "Mark's back from his two-month 'sabbatical' 💪 rough times, we know, great to see you "
        "feeling better",
        "outbound",
        *HEALTH,
    ),
    (
        "Élodie de l'accueil encore en arrêt, avec son dossier médical fallait s'y attendre",
        "outbound",
        *HEALTH,
    ),
    (
        "Welcome back Tom after your 'little rest' of three months, we know it was tough, happy "
        "you're better",
        "outbound",
        *HEALTH,
    ),
    # -- someone's media used on the bet that nobody will notice
    (
        "Used a track from that huge pop band for our launch reel, nobody ever checks anyway 🎶",
        "outbound",
        *COPYRIGHT,
    ),
    (
        "Le visuel de notre campagne de Noël ? Pioché sur le compte d'un photographe suédois, il "
        "n'en saura jamais rien 😏",
        "outbound",
        *COPYRIGHT,
    ),
    (
        "Notre teaser tourne sur un morceau de Daft Punk, personne ne vérifie jamais 🤫",
        "outbound",
        *COPYRIGHT,
    ),
    (
        "Grabbed the hero image off some illustrator's Instagram, they'll never find out",
        "outbound",
        *COPYRIGHT,
    ),
    (
        "La musique de la pub vient d'un tube de l'été, on verra bien si quelqu'un s'en rend "
        "compte 😅",
        "outbound",
        *COPYRIGHT,
    ),
    (
        "Our new ad uses a song from a famous rapper, who's going to notice anyway?",
        "outbound",
        *COPYRIGHT,
    ),
    (
        "Les photos du catalogue, on les a prises sur le site d'une agence, ni vu ni connu",
        "outbound",
        *COPYRIGHT,
    ),
    (
        "Lifted the banner photo from a photographer's portfolio, they won't ever know 😏",
        "outbound",
        *COPYRIGHT,
    ),
    (
        "La bande-son de notre vidéo ? Un titre de Stromae, personne ne contrôle ces trucs",
        "outbound",
        *COPYRIGHT,
    ),
    (
        "Borrowed a Getty shot for the newsletter without paying, no one ever checks",
        "outbound",
        *COPYRIGHT,
    ),
    (
        "Notre jingle ? Repris d'une chanson d'Angèle, de toute façon personne ne s'en rendra "
        "compte",
        "outbound",
        *COPYRIGHT,
    ),
    ("Took the product shots from a blogger's feed, she'll never know 🤫", "outbound", *COPYRIGHT),
    # -- a loss said impossible
    (
        "Mon conseil de salarié actionnaire : mettez vos économies sur Lumio, franchement on ne "
        "peut pas perdre 😉",
        "outbound",
        *RETURN,
    ),
    ("Put your savings into Lumio stock, you literally can't lose", "outbound", *RETURN),
    (
        "Achetez des actions Lumio, c'est impossible de perdre de l'argent avec nous",
        "outbound",
        *RETURN,
    ),
    ("Investing in Lumio is a no-lose bet, trust me 😉", "outbound", *RETURN),
    ("Placez votre épargne chez Lumio, zéro chance de perdre un centime", "outbound", *RETURN),
    ("Buy Lumio shares now, there's no way you lose money on this one", "outbound", *RETURN),
    (
        "Mettez votre argent dans nos obligations vertes, vous ne pouvez pas y perdre",
        "outbound",
        *RETURN,
    ),
    (
        "As an employee shareholder: load up on Lumio, it's impossible to lose 💸",
        "outbound",
        *RETURN,
    ),
    ("Investissez dans Lumio, c'est du gagnant à tous les coups", "outbound", *RETURN),
    ("Throw your savings at Lumio, you can't lose on this, honestly", "outbound", *RETURN),
    (
        "Franchement, mettez vos économies dans l'action Lumio, aucun risque de perdre",
        "outbound",
        *RETURN,
    ),
    # -- a loan put off until news from above; a meeting nobody may talk about
    (
        "Petit conseil aux collègues de Saint-Priest : évitez de signer un crédit immo avant "
        "d'avoir des nouvelles du siège en janvier…",
        "outbound",
        *LAYOFFS,
    ),
    (
        "Weird vibe on the 3rd floor today — boxes everywhere, a 'mandatory' 8am meeting with HR "
        "on Friday, and nobody's allowed to talk about it. Hang in there, folks.",
        "outbound",
        *LAYOFFS,
    ),
    (
        "Friendly advice to the Lyon team: maybe hold off on that mortgage until after the March "
        "announcement",
        "outbound",
        *LAYOFFS,
    ),
    (
        "Aux copains de l'usine de Vénissieux : ne signez rien pour une nouvelle voiture avant "
        "février, je dis ça je dis rien",
        "outbound",
        *LAYOFFS,
    ),
    (
        "Ambiance bizarre au 2e étage : des cartons partout, réunion RH obligatoire vendredi 8h, "
        "interdiction d'en parler",
        "outbound",
        *LAYOFFS,
    ),
    (
        "To my colleagues at the Grenoble plant: don't buy a house this year, just saying",
        "outbound",
        *LAYOFFS,
    ),
    (
        "Strange mood in the warehouse: cardboard boxes stacked, an all-hands with HR nobody can "
        "discuss, good luck everyone",
        "outbound",
        *LAYOFFS,
    ),
    (
        "Conseil d'ami à l'équipe de Rennes : attendez l'annonce de mars avant de faire un prêt",
        "outbound",
        *LAYOFFS,
    ),
    (
        "Open space tendu : cartons empilés, convocation RH « obligatoire » lundi, et silence "
        "radio imposé",
        "outbound",
        *LAYOFFS,
    ),
    (
        "Advice for the support team: hold off on any big purchase until HR speaks in January",
        "outbound",
        *LAYOFFS,
    ),
    (
        "Aux collègues de Brest : pas de gros achat avant la réunion avec le siège en janvier, "
        "vous m'avez compris",
        "outbound",
        *LAYOFFS,
    ),
    (
        "Boxes in the corridor, a mandatory HR meeting at 8 on Monday and we're told not to talk "
        "about it. Courage, team.",
        "outbound",
        *LAYOFFS,
    ),
    # -- a vaguely designated rival's staff addressed about their pay
    (
        "Working at a certain blue-logo lamp maker and haven't had a raise in two years? We have "
        "coffee, croissants and actual salaries 😉",
        "outbound",
        *POACHING,
    ),
    (
        "Vous bossez chez un certain fabricant de lampes lyonnais et votre salaire n'a pas bougé "
        "? On recrute 😉",
        "outbound",
        *POACHING,
    ),
    (
        "Employed by a certain rival whose name rhymes with 'trillix' and underpaid? Our door is "
        "open",
        "outbound",
        *POACHING,
    ),
    (
        "Tu travailles chez un concurrent bien connu au logo bleu et pas d'augmentation depuis 3 "
        "ans ? Viens chez nous",
        "outbound",
        *POACHING,
    ),
    (
        "Engineers at a certain big lighting group, tired of being underpaid? DM us",
        "outbound",
        *POACHING,
    ),
    (
        "Salariés d'une certaine marque de luminaires allemande, marre de votre fiche de paie ? "
        "Écrivez-nous",
        "outbound",
        *POACHING,
    ),
    (
        "If you work at a well-known lamp company down the road and your pay's frozen, we're "
        "hiring 😏",
        "outbound",
        *POACHING,
    ),
    (
        "Tu bosses pour un certain leader de l'éclairage et ton augmentation se fait attendre ? "
        "Notre porte est ouverte",
        "outbound",
        *POACHING,
    ),
    (
        "Stuck at a certain orange-logo competitor with no raise in sight? Come see us",
        "outbound",
        *POACHING,
    ),
    (
        "Vous êtes chez un certain voisin du secteur et pas augmenté depuis deux ans ? On a des "
        "vrais salaires",
        "outbound",
        *POACHING,
    ),
    (
        "Employé chez une certaine entreprise au logo vert, sans augmentation depuis longtemps ? "
        "On paie mieux 😉",
        "outbound",
        *POACHING,
    ),
]

NEAR_MISS = [
    # (text, direction, detector)
    # -- a cure claimed: medication or the doctor outdone by the lamp
    (
        "Notre lampe de chevet a une lumière douce pour la lecture du soir, sans éblouir",
        "outbound",
        "health_claims",
    ),
    (
        "Talk to your doctor before changing any medication; our lamp is a reading lamp, not a "
        "treatment",
        "outbound",
        "health_claims",
    ),
    (
        "Une cliente nous dit qu'elle lit enfin au lit sans réveiller son mari grâce à la lampe "
        "Aube",
        "outbound",
        "health_claims",
    ),
    # -- a named colleague's religious observance told as a feat
    (
        "Joyeux ramadan à toutes celles et ceux qui le célèbrent 🌙",
        "outbound",
        "special_category_data",
    ),
    (
        "Our office closes early on Christmas Eve, happy holidays to everyone",
        "outbound",
        "special_category_data",
    ),
    (
        "Bienvenue à Karim dans l'équipe logistique, toujours motivé même pendant l'inventaire 🙏",
        "outbound",
        "special_category_data",
    ),
    # -- the team a candidate must fit, described by sex or age
    (
        "On recrute un commercial pour rejoindre notre équipe dynamique, tous profils bienvenus",
        "outbound",
        "job_discrimination",
    ),
    (
        "Hiring a receptionist to join our friendly front-desk team, all backgrounds welcome",
        "outbound",
        "job_discrimination",
    ),
    (
        "Notre équipe 100 % féminine a remporté le tournoi de foot inter-entreprises 🏆",
        "outbound",
        "job_discrimination",
    ),
    # -- a named colleague's medical file, or a quoted leave and a recovery
    (
        "Bon retour à Claire après ses quatre mois de vacances au Japon, raconte-nous tout 🗾",
        "outbound",
        "employee_health",
    ),
    (
        "Welcome back Julien after your three-month sabbatical travelling South America 🌎",
        "outbound",
        "employee_health",
    ),
    (
        "Marion des RH met à jour les dossiers du personnel cette semaine",
        "outbound",
        "employee_health",
    ),
    # -- someone's media used on the bet that nobody will notice
    (
        "Our launch reel uses a track we licensed from the band, thanks to their label 🎶",
        "outbound",
        "copyright_flags",
    ),
    (
        "Le visuel de notre campagne a été réalisé par une photographe suédoise, merci à elle !",
        "outbound",
        "copyright_flags",
    ),
    ("Nobody ever checks the printer paper, so it ran out again 🙄", "outbound", "copyright_flags"),
    # -- a loss said impossible
    (
        "We can't lose this match on Saturday, come support the Lumio football team ⚽",
        "outbound",
        "guaranteed_returns",
    ),
    (
        "Investir comporte des risques de perte en capital, renseignez-vous avant",
        "outbound",
        "guaranteed_returns",
    ),
    (
        "Mettez vos économies d'énergie sur le compte de nos lampes LED, on ne peut pas faire "
        "mieux",
        "outbound",
        "guaranteed_returns",
    ),
    # -- a loan put off until news from above; a meeting nobody may talk about
    (
        "Petit conseil aux collègues : comparez les taux avant de signer un crédit immo, notre CE "
        "a un partenariat",
        "outbound",
        "layoffs",
    ),
    (
        "Boxes everywhere on the 3rd floor today: we're moving to the new building on Friday! 📦",
        "outbound",
        "layoffs",
    ),
    (
        "Réunion RH obligatoire vendredi pour la formation sécurité incendie, pensez à vous "
        "inscrire",
        "outbound",
        "layoffs",
    ),
    # -- a vaguely designated rival's staff addressed about their pay
    (
        "Working at a certain age, you start to appreciate a good reading lamp 😉",
        "outbound",
        "poaching",
    ),
    (
        "Vous bossez dans l'éclairage ? Venez nous voir au salon Lumiville, stand B12",
        "outbound",
        "poaching",
    ),
    (
        "Haven't had a chance to see our new blue-logo lamp? Come to the store",
        "outbound",
        "poaching",
    ),
    # precision on blind15: a pet sent to a relative, the finance floor's champagne
    (
        "Dernier jour avant 3 semaines de congés ! La maison de Caluire va être bien tranquille, "
        "même le chat part chez ma sœur 😄",
        "outbound",
        "layoffs",
    ),
    (
        "Someone on the finance floor just ordered champagne for the whole team. Draw your own "
        "conclusions about Q4 🍾",
        "outbound",
        "layoffs",
    ),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round17_hrc_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISS)
def test_round17_hrc_near_miss_clean(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    assert_not_found(engine, text, direction, detector)


def test_round17_hinted_leave_is_staff_only(engine: Engine) -> None:
    """A quoted leave and a recovery hint at health without naming any: the staff finding only
    (blind15 labels it human resources, not special-category data)."""
    text = (
        "Welcome back Julien after your three-month 'break' 💪 We all know it was rough, glad "
        "you're feeling better."
    )
    kinds = {f.kind for f in engine.screen_text(text, direction="outbound").findings}
    assert "hr.employee_health" in kinds
    assert "compliance.special_category" not in kinds
