"""Round 14 (structural) for the human resources and compliance families, from the misses of
blind12. A place staff share foretold emptier (desks, parking spaces, the canteen), staff told to
hold off a lease or a house behind a hedge; an absence put in scare quotes with a hint of care; a
pregnancy or sick leave in the contracted third person; a package compared with a colleague's, a
colleague's payslip seen; a share said to double without risk, an issuer said unable to go bust;
a coded local "fit" in a job post, a role named by "role"; a credit offered instead of a
licence, media said by a pronoun ("on l'a chopée sur TikTok"); a fast kept all month; union
activity said by its occasions (May Day, every strike, the branch's flag). Paraphrases, not
corpus posts, in French and English: each match row a risky post, each near miss the clean
reading next to it."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

LAYOFFS = ("layoffs", "hr.layoffs")
HEALTH = ("employee_health", "hr.employee_health")
HEALTH_SPECIAL = ("employee_health", "compliance.special_category")
STATES = ("employee_health", "hr.employee_health")
SALARY = ("layoffs", "hr.salary")  # the lexicon's pay_comparison rule
RETURN = ("guaranteed_returns", "compliance.guaranteed_return")
DISCRIMINATION = ("job_discrimination", "compliance.discrimination")
COPYRIGHT = ("copyright_flags", "compliance.copyright")
SPECIAL = ("special_category_data", "compliance.special_category")

MATCH = [
    # (text, direction, detector, kind)
    # -- a shared place of the workplace foretold emptier
    ("Conseil d'ami : au printemps il y aura plein de bureaux libres au 2e étage, je dis ça "
     "je dis rien", "outbound", *LAYOFFS),
    ("Heard from a friend in ops that there will be plenty of empty desks on the 4th floor "
     "next year 👀", "inbound", *LAYOFFS),
    ("Le self de l'usine sera nettement moins rempli dès septembre, croyez-moi", "outbound",
     *LAYOFFS),
    ("Good news for drivers: the car park will be way less crowded come autumn. Not saying "
     "why.", "outbound", *LAYOFFS),
    # -- staff told to hold off a lease or a house, behind a hedge
    ("Aux gars de l'entrepôt de Vierzon : ne signez pas de compromis pour une maison cette "
     "année. J'en ai trop dit.", "outbound", *LAYOFFS),
    ("Dear Derby team, hold off on that mortgage for a bit, if you know what I mean", "inbound",
     *LAYOFFS),
    # -- an absence in scare quotes with a hint of care
    ("Notre directrice financière est « en pause » depuis mars… entre nous, pas vraiment des "
     "vacances", "outbound", *HEALTH),
    ("Glad to have Camille back after her 'time off'. The rehab place must have been strict 😅",
     "outbound", *HEALTH_SPECIAL),
    ("Notre DG est en « repos » prolongé, on pense fort à lui, vous voyez ce que je veux dire",
     "outbound", *HEALTH),
    ("Léa est en « télétravail » depuis trois semaines, si vous voyez ce que je veux dire 👶 "
     "on prépare un cadeau", "outbound", *HEALTH_SPECIAL),
    # -- a pregnancy or sick leave in the contracted third person
    ("Big news in finance: Chloé said she's pregnant, so the audit moves to Tom", "outbound",
     *STATES),
    ("Marc de la compta ? Il paraît que sa femme et lui... bref, Julie attend un bébé pour juin",
     "outbound", *STATES),
    ("Ask Omar for the keys, he's off sick again this week", "outbound", *STATES),
    # -- a package compared with a colleague's, a colleague's pay document seen
    ("The new head of marketing's package is twice what our director gets, apparently",
     "outbound", *SALARY),
    ("Vu sa fiche de paie sur le bureau de la DRH : notre nouveau chef d'atelier est bien payé",
     "outbound", *SALARY),
    ("Someone saw her payslip in the break room, the new manager is on a very nice deal",
     "inbound", *SALARY),
    ("Notre nouvelle stagiaire ? Sa fiche de paie ferait pâlir la moitié du service",
     "outbound", *SALARY),
    # -- a share said to double without risk; an issuer said unable to go bust
    ("Achetez l'action Lumio tant qu'elle est basse, elle va tripler, aucun risque", "outbound",
     *RETURN),
    ("Load up on $LUMIO shares now, it's a no-risk 3x by autumn", "inbound", *RETURN),
    ("Nos obligations à 7 % par an : franchement, une boîte de lampes qui ferait faillite, "
     "ça n'existe pas… jamais fait faillite en 40 ans", "outbound", *RETURN),
    # -- a coded local fit; a role named by "role"
    ("Sales assistant role in Bordeaux: we want someone from around here only, local profiles "
     "only please", "outbound", *DISCRIMINATION),
    ("Rôle d'hôte d'accueil à Nice : profil local uniquement, quelqu'un de bien d'ici", "outbound",
     *DISCRIMINATION),
    ("Support role: native English speakers, no foreign accents", "outbound", *DISCRIMINATION),
    # -- a credit offered instead of a licence; media said by a pronoun
    ("Ce son pour notre pub, artiste inconnu mais il est top 🎶", "outbound", *COPYRIGHT),
    ("Our teaser uses a song from some streamer, we'll add a credit below the video",
     "outbound", *COPYRIGHT),
    ("Super musique pour la vidéo de lancement, on l'a récupérée sur YouTube hier", "outbound",
     *COPYRIGHT),
    # -- a fast kept all month; union activity by its occasions
    ("Chapeau à Nadia qui jeûne toute la journée et assure quand même l'inventaire",
     "outbound", *SPECIAL),
    ("Respect to Bilal on the night shift, breaking his fast at the loading bay every evening",
     "outbound", *SPECIAL),
    ("Gérard ne rate jamais une grève, drapeau cgt en main, bonne retraite à lui", "outbound",
     *SPECIAL),
    ("Respect à Gérard, toujours en tête du cortège syndical à chaque manif du 1er mai",
     "outbound", *SPECIAL),
]

NEAR_MISS = [
    # (text, direction, detector)
    # -- a place emptier for a holiday, a move, remote days or an event
    ("The canteen will be much quieter in August during the summer break, enjoy!", "outbound",
     "layoffs"),
    ("Nos nouveaux locaux auront plein de bureaux libres dès mars : on recrute !", "outbound",
     "layoffs"),
    ("Parking spaces will be free for visitors during the open day next month", "outbound",
     "layoffs"),
    ("Don't sign up for the webinar yet, can't say more but a surprise is coming", "outbound",
     "layoffs"),
    # -- an absence in quotes without care, a break said plainly
    ("Our CEO is on a \"well-earned break\" after the launch 🙏 thanks to the whole team",
     "outbound", "employee_health"),
    ("Notre DG prend une « pause » estivale bien méritée, rendez-vous à la rentrée !",
     "outbound", "employee_health"),
    ("Welcome back Julien from your 'sabbatical' in Peru! Loved the photos", "outbound",
     "employee_health"),
    ("Tom is 'working from home' this week, between us he just wants to skip the all-hands 😂",
     "outbound", "employee_health"),
    # -- someone expecting a guest or a delivery
    ("Ring our new partner Ana on Monday, she's expecting your call", "outbound",
     "employee_health"),
    # -- a product package, a payslip reminder
    ("Our new Halo bundle package is bigger than last year's: two bulbs and a remote",
     "outbound", "layoffs"),
    ("Rappel RH : votre fiche de paie de novembre est disponible dans votre espace salarié",
     "outbound", "layoffs"),
    # -- doubling without an investment, a risk-free trial
    ("Double points on every Halo order this weekend, zero risk: free returns", "outbound",
     "guaranteed_returns"),
    ("Our share of renewable energy doubled in 2025, with no risk to supply", "outbound",
     "guaranteed_returns"),
    # -- local culture outside hiring
    ("Our Lyon team loves the local culture: bouchons, traboules and the Fête des Lumières",
     "outbound", "job_discrimination"),
    ("Le rôle de la culture locale dans nos designs : des lampes inspirées des canuts",
     "outbound", "job_discrimination"),
    # -- a credit to people in the photo, an artist sought to ask, own music
    ("Photo by our own team — we'll credit everyone who took part in the comments!",
     "outbound", "copyright_flags"),
    ("Unknown artist? Help us find who painted this mural so we can ask before using the "
     "photo", "outbound", "copyright_flags"),
    ("Cette musique, on l'a composée en interne. Le reste on l'a trouvé sur notre drive",
     "outbound", "copyright_flags"),
    # -- a fast of a group, a May Day closure
    ("Many of our customers are fasting all month: our stores stay open late", "outbound",
     "special_category_data"),
    ("Our shop will be closed for the May Day march, see you on the 2nd", "outbound",
     "special_category_data"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round14_shape_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISS)
def test_round14_near_miss_clean(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    assert_not_found(engine, text, direction, detector)
