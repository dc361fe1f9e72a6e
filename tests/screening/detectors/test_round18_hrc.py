"""Round 18 (structural) of issue #3 for the human resources family, after train-o to train-t.

Per kind, ten wordings written before the rule changed (French and English, several registers):
the first five (with the corpus posts) shaped the rule, the last five were held out and checked
afterwards (see the "Round 18" paragraph of docs/detectors/human_resources.md for the held-out
hit rates), then fixed too. Three clean look-alikes or more per kind are near-miss rows. Kinds:
a post that says itself it leaks no cut (an inbound rumour asked about, a temporary closure, a
reorganisation already published, a works council's routine agenda); the props of a layoff day
with a team or a site; a named colleague's course of care told by its props. Rows check the
family (category)."""

from __future__ import annotations

import pytest

from tocsin import Engine

FAMILY = "human_resources"

RISKS = [
    # (text, direction)
    # -- the props of a layoff day with a team or a site
    ("Réunion générale demain à 9h pour le site de Rennes, la DRH a commandé des mouchoirs… 😬",
     "outbound"),
    ("HR just booked 15 back-to-back one-on-ones for the warehouse crew on Thursday morning. "
     "No agenda. 🙃", "outbound"),
    ("Since this morning the badges of the whole 2nd floor don't work anymore and nobody will "
     "tell us why", "outbound"),
    ("Sad for the Nantes team, their contracts end in March and they don't even know it yet",
     "outbound"),
    ("To the support crew: maybe bring your CV to Monday's all-hands 😬", "outbound"),
    ("All-hands for the Lille crew tomorrow. Bring tissues. That's all 🫢", "outbound"),
    ("Tous les gens de la compta convoqués un par un le même après-midi, 15 minutes chacun… on "
     "a compris", "outbound"),
    ("Nos badges au dépôt de Metz ne fonctionneront plus à partir de juin, d'après un chef",
     "outbound"),
    ("Les gars de l'atelier ne le savent pas encore mais leur dernier jour c'est en mars 😔",
     "outbound"),
    ("Conseil aux collègues du service client : gardez votre CV sous la main cet été",
     "outbound"),
    # -- a named colleague's course of care told by its props
    ("Thinking of Paul from sales, his chemo starts Monday, we miss you!", "outbound"),
    ("Notre collègue Sophie est à l'hôpital depuis une semaine, on lui envoie plein de force",
     "outbound"),
    ("Be patient with Anna this month, her new meds make her very tired", "outbound"),
    ("Karim revient de sa cure en clinique lundi, on lui prépare une surprise", "outbound"),
    ("Our rep Tom won't make the fair, the doctor says his back needs a month of rest",
     "outbound"),
    ("Léa de la compta a encore rechuté, son médecin l'a arrêtée pour un mois", "outbound"),
    ("Send good vibes to Mike from IT, his scans are next week 🙏", "outbound"),
    ("Julie est au centre anticancéreux tous les mardis, on s'organise pour la couvrir",
     "outbound"),
    ("Dave from the warehouse had a panic attack again in the stand-up, his therapist says rest",
     "outbound"),
    ("Notre commercial Hugo sort de l'hôpital demain après son opération du cœur", "outbound"),
    # -- near misses of the precision kind: still cuts (an insider, told internally, for good)
    ("@lumio my cousin at the Lyon plant says the plan social is signed, 120 jobs, is it true?",
     "inbound"),
    ("As announced internally this morning, the Roanne plant closes in June with 80 jobs cut",
     "outbound"),
    ("Le bureau de Lille ferme définitivement en mars, 40 postes supprimés", "outbound"),
]

CLEAN = [
    # (text, direction)
    # -- a post that says itself it leaks no cut
    ("@lumio des rumeurs de licenciements à Grenoble, c'est vrai ?", "inbound"),
    ("@lumio heard rumours you're planning layoffs in Lyon? asking as a customer", "inbound"),
    ("Nos bureaux ferment du 24 décembre au 2 janvier, réouverture le 3. Joyeuses fêtes !",
     "outbound"),
    ("Last one out tonight, I'm closing the office at 8 — see you all tomorrow", "outbound"),
    ("As announced in our press release this morning, the Lyon and Grenoble teams will merge "
     "into one site, with no job cuts.", "outbound"),
    ("@lumio_fr On entend parler d'un plan social chez vous, vous pouvez confirmer ou démentir ?",
     "inbound"),
    ("Hi @lumio, journalist at Le Tech here — any comment on reports of job cuts? DM open",
     "inbound"),
    ("The Lyon office closes early on Friday for the summer party, back Monday as usual ☀️",
     "outbound"),
    ("Ordre du jour du CSE de jeudi : chèques vacances, arbre de Noël, mutuelle.", "outbound"),
    ("Comme annoncé lundi dans notre communiqué, le site de Lille rejoint Roubaix en 2027 ; "
     "aucun poste n'est supprimé.", "outbound"),
    # -- near misses of the layoff day's props
    ("Bring tissues, the farewell video for Jean's retirement is very moving 😭", "outbound"),
    ("Annual reviews: 15-minute one-on-ones with every team member this month, book your slot",
     "outbound"),
    ("New badges next month: photo session for the whole 2nd floor on Tuesday", "outbound"),
    ("Update your CV on our careers page and apply before Friday!", "outbound"),
    ("Our Lumio store in Bath is hiring. Drop your CV in store, the crew is lovely!", "outbound"),
    # -- near misses of a course of care
    ("Our rep Tom delivered 40 lamps to the clinic in Bron this week 💡", "outbound"),
    ("Marie, notre infirmière du travail, organise une journée dépistage pour tous jeudi",
     "outbound"),
    ("Les salariés de Lumio courent pour l'hôpital des enfants dimanche 🏃", "outbound"),
    ("Bravo à Marc pour le nouveau traitement de surface de nos lampes, plus résistant 💡",
     "outbound"),
]


def _categories(engine: Engine, text: str, direction: str) -> list[str]:
    result = engine.screen_text(text, direction=direction)
    return sorted({str(f.category.value) for f in result.findings})


@pytest.mark.parametrize(("text", "direction"), RISKS)
def test_round18_kinds_are_found(engine: Engine, text: str, direction: str) -> None:
    found = _categories(engine, text, direction)
    assert FAMILY in found, (text, found)


@pytest.mark.parametrize(("text", "direction"), CLEAN)
def test_round18_look_alikes_are_clean(engine: Engine, text: str, direction: str) -> None:
    found = _categories(engine, text, direction)
    assert FAMILY not in found, (text, found)
