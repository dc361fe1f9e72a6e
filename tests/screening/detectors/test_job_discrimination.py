"""Discrimination in job posts (outbound): only in posts that look like job posts."""

from __future__ import annotations

import pytest

from tocsin import Engine

KIND = "compliance.discrimination"

MATCH = [
    # (text, severity, evidence at the span)
    ("Nous recrutons un commercial de moins de 30 ans en CDI.", "high", "moins de 30 ans"),
    ("On recrute ! Vendeur, 35 ans maximum, CDI, Bordeaux.", "high", "35 ans maximum"),
    ("We're hiring! Candidates under 35 only.", "high", "under 35"),
    ("Rejoignez notre équipe jeune et dynamique ! Poste en CDI à Lyon.", "medium",
     "jeune et dynamique"),
    ("Hiring: digital native community manager, apply now.", "medium", "digital native"),
    ("Poste de comptable, homme de préférence.", "high", "homme de préférence"),
    ("Offre d'emploi : comptable, jeune femme de préférence.", "high",
     "jeune femme de préférence"),
    ("Job opening: receptionist, must be female.", "high", "must be female"),
    ("Recherche serveuse pour notre restaurant, CDI temps plein.", "medium", "serveuse"),
    ("Waitress wanted, apply in store.", "medium", "Waitress"),
    ("Hiring a salesman for our Paris store, apply by email.", "medium", "salesman"),
    ("CDI : de nationalité française exigée.", "high", "de nationalité française exigée"),
    ("Recrutement : chauffeur, nationalité française obligatoire.", "high",
     "nationalité française obligatoire"),
    ("Job: native English speaker wanted for our support team.", "medium",
     "native English speaker"),
    ("Stage marketing : anglais langue maternelle exigée.", "medium", "langue maternelle"),
    ("Nous recherchons un technicien sans handicap.", "high", "sans handicap"),
    ("Poste de vendeur, sans enfants de préférence.", "high", "sans enfants"),
    ("Hiring an assistant, no kids, single preferred.", "high", "no kids"),
    ("Candidate must not be pregnant: pas de projet de grossesse.", "high",
     "pas de projet de grossesse"),
    ("Nous ne prenons pas de candidats de plus de 45 ans pour ce poste.", "high",
     "plus de 45 ans"),
    ("Cherchons assistante d'accueil (femme de préférence), moins de 30 ans.", "high",
     "femme de préférence"),
    ("Poste d'accueil : non syndiqué de préférence.", "high", "non syndiqué"),
    ("Offre d'emploi : catholique de préférence.", "high", "catholique de préférence"),
    # looks and nationality
    ("Recrutons hôtesse d'accueil pour salon, jolie et de nationalité française exigée.", "high",
     "jolie et"),
    ("Poste de vendeur (H/F) en CDI, bonne présentation exigée.", "medium",
     "bonne présentation"),
    ("We're hiring an attractive receptionist for our Paris showroom.", "high",
     "attractive receptionist"),
    ("Hiring: barista for our café corner, must be under 30, apply in store.", "high",
     "under 30"),
    ("Recherche hôtesses d'accueil (H/F) pour le salon, taille 36-38, physique agréable.", "high",
     "physique agréable"),
    ("Job: promo staff for our stand, slim and pretty girls only.", "high",
     "slim and pretty girls only"),
    ("Looking for a hostess for our booth, must be good-looking and tall. Apply by DM.", "high",
     "good-looking"),
    ("CDD vendeur (H/F) : profil européen, français uniquement.", "high", "profil européen"),
    ("Hiring sales reps — British citizens only, apply via our careers page.", "high",
     "British citizens only"),
    ("Offre d'emploi : commercial (H/F), physique avantageux apprécié.", "high",
     "physique avantageux"),
    ("Job: receptionist (all genders), smart appearance required.", "medium",
     "smart appearance"),
]

NO_MATCH = [
    "Tous nos postes sont ouverts aux personnes en situation de handicap.",
    "We welcome applicants of all ages.",
    "Serveur/serveuse (H/F) en CDI, rejoignez-nous !",
    "Vendeuse (H/F) — CDI — Paris.",
    "Hôtesse d'accueil F/H, CDD 6 mois, postulez sur lumio.com/jobs",
    "Une start-up jeune et dynamique qui éclaire vos soirées.",
    "Sans enfants à la maison, la lampe reste allumée... (avis client)",
    "Rejoignez-nous au salon, poste 42 : jeunes et moins jeunes bienvenus !",
    "Notre vendeuse Julie vous accueille en boutique.",
    "Recrutement : alternance réservée aux moins de 30 ans (contrat d'apprentissage).",
    "CDI, moins de 30 ans d'expérience requis... humour : 3 ans suffisent !",
    "Postes ouverts avec ou sans handicap, aménagements possibles.",
    "Hiring: delivery in under 30 minutes is our promise, join the team.",
    "Poste d'agent de sécurité : nationalité française requise par la loi (habilitation).",
    "Hiring: fluent English (C2) or native speaker, or equivalent.",
    "Join our team of over 50 people, we're hiring designers!",
    "Nous recrutons : plus de 40 ans d'histoire et toujours jeunes d'esprit (H/F).",
    "Nous recrutons un chef de projet (H/F), CDI, Lyon.",
    # looks and nationality: fine wording
    "Hôte/hôtesse d'accueil (H/F) pour salon, tenue fournie, CDD 3 jours.",
    "Hiring a receptionist: friendly, well-organised, fluent in French and English.",
    "Vendeur (H/F) en CDI : vous assurez la bonne présentation des rayons et de la vitrine.",
    "Nous recrutons des serveurs (H/F), toutes nationalités bienvenues.",
    "Job: sales assistant, attractive salary and benefits, apply now!",
    "Hiring: models for our lamp campaign, casting open to all ages and body types.",
    "CDI vendeur (H/F) : une jolie boutique au cœur de Lyon vous attend !",
    "Hiring in the UK: you must have the right to work in the UK.",
    "Receptionist wanted (all genders): attractive pay, 4-day week.",
    "Poste de conseiller (H/F) : tenue correcte fournie par Lumio.",
    "Join our team: store manager (m/f/d), attractive package, 25 days holiday.",
]


@pytest.mark.parametrize(("text", "severity", "evidence"), MATCH)
def test_match(engine: Engine, text: str, severity: str, evidence: str) -> None:
    result = engine.screen_text(text)
    found = [f for f in result.findings if f.kind == KIND and text[f.start : f.end] == evidence]
    assert found, result.findings
    assert found[0].severity == severity
    assert found[0].category == "compliance"


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.kind == KIND] == []


@pytest.mark.parametrize(
    "text",
    ["Jeune femme de préférence.", "Under 35 only.", "Homme de préférence pour le rôle de Roméo"],
)
def test_not_a_job_post(engine: Engine, text: str) -> None:
    assert [f for f in engine.screen_text(text).findings if f.kind == KIND] == []


def test_inbound_posts_are_not_job_posts_of_the_company(engine: Engine) -> None:
    result = engine.screen_text("Vous recrutez que des moins de 30 ans ?", direction="inbound")
    assert [f for f in result.findings if f.kind == KIND] == []


def test_megabyte_post_finishes(engine: Engine) -> None:
    text = ("serveuse " + "q" * 80 + " ") * 11_000 + " CDI H/F"
    assert [f for f in engine.screen_text(text).findings if f.kind == KIND] == []
