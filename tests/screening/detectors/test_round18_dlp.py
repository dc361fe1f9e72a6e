"""Round 18 (precision, structural) of issue #3 for the data leak family: a confidentiality
marker fires when it labels the post's own content, not when the word is talked about.

Four shapes turn the "confidential" and "internal only" markers off
(:func:`~tocsin.screening.detectors.confidential.confidentiality_markers.not_a_label`): the
marker quoted or named as a word and said of things in general ("'Confidential' is a big word",
"'internal only' labels fail"), a figure of speech ("cookie banners are the confidential info
of the internet"), a service's promise ("talking to them is confidential and voluntary"), and
the topic of handling such information ("comment protéger les informations confidentielles").

Ten clean wordings were written before the rule changed (French and English, several
registers): the first five (with train-o, train-q and train-r's posts) shaped the rule, the last
five were held out and checked afterwards (5 of 5 clean, one of them already clean before; see
the "Round 18" paragraph of docs/detectors/confidential.md). The risk rows are look-alikes
where the marker does label the content: they must still be found."""

from __future__ import annotations

import pytest

from tocsin import Engine
from tocsin.screening.detectors.confidential.confidentiality_markers import not_a_label

FAMILY = "data_leak"

#: the marker talked about, not labelling anything: clean (the first five shaped the rule)
TALKED_ABOUT = [
    "The word 'confidential' gets stamped on everything in big companies, which is exactly why "
    "nobody respects it anymore.",
    "« Confidentiel » sur chaque slide, c'est le meilleur moyen pour que plus personne n'y "
    "fasse attention. #sécurité",
    "Our occupational health nurse is on site every Tuesday; appointments are confidential and "
    "free.",
    "Les secouristes en santé mentale sont là pour vous : leur parler est confidentiel et "
    "volontaire.",
    "Meeting invites are the confidential memos of the corporate world: everyone forwards them "
    "anyway 🙃",
    # held out
    "Petit rappel sécu : comment protéger les informations confidentielles quand on travaille "
    "dans le train ? Filtre écran et casque 🎧",
    "Hot take: 'internal only' stickers on slides are theatre. Train people instead.",
    "Les rendez-vous avec notre médiatrice restent confidentiels, prenez-les sur l'intranet RH.",
    "Lunch-break gossip is the confidential newsletter of every office 😂",
    "Les mentions « diffusion interne » ne servent à rien si on imprime tout sur l'imprimante "
    "du hall.",
    # the development sets' posts
    "cookie consent banners are the confidential info of the internet: nobody reads them 😂",
    "'Confidential' is a big word in IR. My rule of thumb: if you wouldn't read it aloud on a "
    "results call, don't post it. #Compliance #InvestorRelations",
    "Sunday read: why 'internal only' labels fail the moment someone takes a screenshot. Great "
    "piece by our CISO on building habits, not just rules. #Security",
    "Mental health first aiders are available in every building. Talking to them is "
    "confidential and voluntary. Details on the wellbeing page.",
]

#: the marker labelling the post's content: still a leak (near misses of the shapes above)
LABELLING = [
    "Confidential: Q3 numbers attached, please don't forward 🙏",
    "oups, le deck est marqué « confidentiel » mais le voici quand même 😅",
    "Internal only — the reseller price list for next year is below",
    "Ce document est strictement confidentiel, merci de ne pas le diffuser.",
    "the confidential roadmap slides of the product team are in the thread 👇",
    "CONFIDENTIEL - les chiffres du T3 avant publication, ne pas transférer",
    "the deck still has the 'internal only' stamp on it lol, here's slide 4 👀",
]


def _categories(engine: Engine, text: str) -> list[str]:
    result = engine.screen_text(text, direction="outbound")
    return sorted({str(f.category.value) for f in result.findings})


@pytest.mark.parametrize("text", TALKED_ABOUT)
def test_round18_marker_talked_about_is_clean(engine: Engine, text: str) -> None:
    found = _categories(engine, text)
    assert FAMILY not in found, (text, found)


@pytest.mark.parametrize("text", LABELLING)
def test_round18_marker_labelling_content_is_found(engine: Engine, text: str) -> None:
    found = _categories(engine, text)
    assert FAMILY in found, (text, found)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("'Confidential' is a big word", "Confidential", True),
        ("why 'internal only' labels fail", "internal only", True),
        ("Talking to them is confidential and voluntary.", "confidential", True),
        ("comment protéger les informations confidentielles", "confidentielles", True),
        ("Confidential: the Q3 deck", "Confidential", False),
        ("le deck est marqué « confidentiel » mais le voici", "confidentiel", False),
        ("the numbers are confidential, don't forward", "confidential", False),
    ],
)
def test_round18_not_a_label(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert not_a_label(text, start, start + len(word)) is expected
