# ruff: noqa: E501
"""Round 23 (precision) after blind19: four clean posts of blind19 (a development set from the
twelfth session on) that the rules flagged, each fixed by a wording class rather than by its text.

- layoffs (``layoffs.individual``): a verb of one person's dismissal ("virer", "fire", "sack")
  whose object is a thing, furniture or decoration included: "On a viré toute la vieille déco";
  people in the object or the rest of the sentence keep it a dismissal (round 22's test, now
  for this rule too, and "tout"/"toute" before the determiner);
- e-mail addresses: the functional address of an organisation ("presse@", "contact@", "sav@",
  "jobs@" at a domain that is not a mail provider) reaches a desk, not a person; at a mail
  provider's domain it stays personal;
- quiet-period mentions: the results' date told as a meeting ("On se retrouve le 28 janvier pour
  nos résultats annuels !"): a calendar date, "for" and the results, and nothing more said of
  them in the sentence;
- whereabouts (``whereabouts.come_meet``): an invitation to the organisation's own premises
  opened to visitors ("open house", "portes ouvertes", "nos locaux").

Held-out protocol: the rows below were written after the development post of each class (blind19
m276, m167, m212, m188) and none of them is that post's text: look-alikes that must not be found
(``CLEAN``) and risky wordings that must still be (``RISKS``).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tocsin import Engine

from .shape_tables import assert_category_found, assert_category_not_found

QUIET = datetime(2027, 1, 4, 9, 0, tzinfo=UTC)
OPEN = datetime(2026, 10, 12, 10, 0, tzinfo=UTC)
HR = "human_resources"
FIN = "financial_disclosure"
DL = "data_leak"
PS = "personal_security"

#: (category, text, direction, at): look-alikes that must not be found in that category
CLEAN = [
    # -- a dismissal verb with a thing as its object
    (HR, "Grand ménage de printemps : on a viré tous les vieux meubles de la salle de pause 🧽", "outbound", OPEN),
    (HR, "Ils ont viré toute la moquette du deuxième étage, enfin du parquet !", "outbound", OPEN),
    (HR, "On a viré les vieilles affiches de l'accueil, place aux photos de nos clients 📸", "outbound", OPEN),
    (HR, "Nous avons viré le vieux canapé du showroom : venez tester le nouveau ce samedi", "outbound", OPEN),
    # -- a functional address of an organisation
    (DL, "Pour toute demande d'interview, écrivez à redaction@leprogres-exemple.fr, merci !", "inbound", OPEN),
    (DL, "Agency here: please send the brief to contact@brightwave-studio.co.uk by Friday", "inbound", OPEN),
    (DL, "Le salon Maison&Objet nous confirme : les inscriptions se font sur info@salon-lumiere.fr", "outbound", OPEN),
    (DL, "Questions about the recall? The retailer's desk answers at support@homedepotstore-example.com", "outbound", OPEN),
    (DL, "Candidatures pour le stage chez notre partenaire : jobs@atelier-verrier.fr", "outbound", OPEN),
    # -- the results' date told as a meeting (quiet period)
    (FIN, "Meilleurs vœux de toute l'équipe 🎆 On se retrouve le 28 janvier pour nos résultats 2026.", "outbound", QUIET),
    (FIN, "Happy 2027 from Lyon! See you on 28 January for our annual results 📅", "outbound", QUIET),
    (FIN, "Bonne rentrée de janvier à tous. Rendez-vous fixé : 28 janvier 2027, pour nos résultats annuels.", "outbound", QUIET),
    (FIN, "Join us January 28 for the full-year results!", "outbound", QUIET),
    # -- the organisation's premises opened to visitors
    (PS, "Journée portes ouvertes à l'atelier de Villeurbanne samedi de 10h à 17h, venez nous dire bonjour !", "outbound", OPEN),
]

#: (category, text, direction, at): risky wordings of the same rules that must still be found
RISKS = [
    # -- a person dismissed, or things and people
    (HR, "Ils ont viré Karim de la compta hier, il ne le sait même pas encore officiellement", "outbound", OPEN),
    (HR, "On a viré tous les vieux meubles et les trois stagiaires qui allaient avec 🙃", "outbound", OPEN),
    (HR, "Ils ont viré toute l'équipe du showroom hier soir", "outbound", OPEN),
    # -- a person's address, or a role word at a mail provider
    (DL, "Écrivez directement à notre technicien : karim.benali.pro@gmail.com", "outbound", OPEN),
    (DL, "Mon adresse perso si besoin : contact@gmail.com", "inbound", OPEN),
    (DL, "Send the contract to julie.marchand@brightwave-studio.co.uk, she's expecting it", "outbound", OPEN),
    # -- the date, and more said of the results (quiet period)
    (FIN, "On se retrouve le 28 janvier pour nos résultats annuels, et croyez-moi ils sont historiques 😉", "outbound", QUIET),
    (FIN, "See you on 28 January for our results: best year ever, by far.", "outbound", QUIET),
    (FIN, "Nos résultats annuels seront bien au-dessus du consensus, rendez-vous le 28 !", "outbound", QUIET),
]



@pytest.mark.parametrize(("category", "text", "direction", "at"), CLEAN)
def test_round23_look_alikes_are_clean(
    engine: Engine, category: str, text: str, direction: str, at: datetime
) -> None:
    assert_category_not_found(engine, category, text, direction, at)


@pytest.mark.parametrize(("category", "text", "direction", "at"), RISKS)
def test_round23_risks_are_still_found(
    engine: Engine, category: str, text: str, direction: str, at: datetime
) -> None:
    assert_category_found(engine, category, text, direction, at)
