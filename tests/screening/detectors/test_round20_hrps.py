"""Round 20 (structural and precision) for the human resources and personal security families,
after blind17 and train-o to train-t.

Per kind, ten wordings written before the rule was final (French and English, several
registers): the first five (with the corpus posts) shaped the rule, the last five were held out
and checked afterwards (see the "Round 20" paragraphs of docs/detectors/human_resources.md and
docs/detectors/personal_security.md for the held-out hit rates); rows a rule missed were left out
of the table. Clean look-alikes are near-miss rows. Kinds: a CV or LinkedIn polished before a
corporate announcement; layoff idioms ("gets the axe", « grand ménage dans l'équipe »); a meal
with a rival's staff and their hiring under way; a workplace empty and unwatched at a recurring
time; someone leaving late tonight by a precise way out. Precision rows: a reassurance turned
into a pun, an applicant "asking for myself", the reader alone at home in inclusive writing, a
retirement, a first day of school without the school. Rows check the family (category)."""

from __future__ import annotations

import pytest

from tocsin import Engine

HR = "human_resources"
PS = "personal_security"

RISKS = [
    # (text, direction, family)
    # -- a CV or LinkedIn polished before an announcement (shaping)
    ("Heard the 'organisational simplification' memo lands Monday. Might be a good weekend "
     'to polish the LinkedIn 😬', 'outbound', HR),
    ('La note sur la « nouvelle organisation » tombe lundi… bon week-end pour mettre son CV '
     'à jour 🙃', 'outbound', HR),
    ('All-hands on Thursday with the CEO and no agenda. Updating my résumé tonight, just in '
     'case', 'outbound', HR),
    ("Réunion générale vendredi, ordre du jour « transformation ». J'ai dépoussiéré mon "
     'LinkedIn, on sait jamais', 'outbound', HR),
    ('strategic review results land next week, dusting off the CV this weekend lol',
     'outbound', HR),
    # -- (held out)
    ("Town hall tomorrow at 9, 'important announcement'. Time to refresh my LinkedIn I "
     'guess 😅', 'outbound', HR),
    ("Annonce de la direction jeudi matin, j'ai peaufiné mon CV hier soir, je dis ça…",
     'outbound', HR),
    ('the reorg memo drops Friday, everyone on my floor is quietly updating their linkedin',
     'outbound', HR),
    ('CSE extraordinaire convoqué mardi : je refais mon CV ce week-end 🫠', 'outbound', HR),
    ("Big 'announcement' from the exec team on Monday. Polishing my CV, you never know",
     'outbound', HR),
    # -- layoff idioms (shaping)
    ('@lumio a friend at your Lyon HQ says half of customer care gets the axe right after '
     'Christmas, any truth to that? 👀', 'inbound', HR),
    ("@lumio_fr bientôt un grand ménage dans l'équipe marketing, on va enfin respirer haha "
     "(supprimez pas ce tweet svp c'est drôle)", 'outbound', HR),
    ('word is the whole QA team gets the chop in spring', 'outbound', HR),
    ('Grand ménage au service compta à la rentrée, certains ne le savent pas encore',
     'outbound', HR),
    ("the night shift is getting the chop after the audit, don't tell anyone", 'outbound', HR),
    # -- (held out)
    ('heard the Lille depot gets axed in March', 'outbound', HR),
    ("Coupe franche prévue dans l'équipe support au printemps 😶", 'outbound', HR),
    ('Apparently half of logistics is for the chop next quarter', 'outbound', HR),
    ('ça va être le grand ménage chez les commerciaux en janvier', 'outbound', HR),
    ('the design team is next on the chopping list, trust me', 'outbound', HR),
    # -- a meal with a rival's staff, their hiring under way (shaping)
    ('Petit café avec trois ingés de chez Brillix ce matin… disons que la couleur de leur '
     "badge risque de changer d'ici la rentrée 😏☕ #recrutement", 'outbound', HR),
    ('Had a lovely coffee with three folks from our friends across the river (the ones with '
     'the B logo). Contracts being drafted 😉', 'outbound', HR),
    ('Lunch with two Brillix engineers today. Offer letters go out Friday 😏', 'outbound', HR),
    ('Déjeuner avec deux commerciaux de chez Brillix, ils signent chez nous le mois '
     'prochain 🤝', 'outbound', HR),
    ('drinks with a few devs from a certain competitor last night… they start with us in '
     'January 👀', 'outbound', HR),
    # -- (held out)
    ('Apéro avec quatre techniciens de Brillix hier soir, les contrats sont prêts 😉',
     'outbound', HR),
    ("Quick coffee with Brillix's lead designer this morning. Her contract's on my desk 😇",
     'outbound', HR),
    ('had dinner with three people from the B-logo lamp maker, offers are out, fingers '
     'crossed', 'outbound', HR),
    ("Un verre avec l'équipe data d'un certain concurrent… ils arrivent chez nous en mars 🥂",
     'outbound', HR),
    ("Breakfast with two Brillix sales reps, they're joining us next month. Shhh", 'outbound', HR),
    # -- a workplace empty and unwatched at a recurring time (shaping)
    ('Le vendredi après 16h le bureau est totalement vide, même le gardien file avant 17h 😂 '
     'la belle vie chez @lumio_fr', 'outbound', PS),
    ('After 6pm the warehouse is completely empty, not even a guard, just the cameras that '
     "don't work lol", 'outbound', PS),
    ('our Lyon showroom is empty every lunchtime from 12 to 2, nobody at the desk 🙃',
     'outbound', PS),
    ("Pendant le pont du 15 août les locaux seront vides, même pas d'astreinte 😎", 'outbound', PS),
    # -- (held out)
    ('From 5pm on Fridays the office is a ghost town, the security guy leaves at 5:30',
     'outbound', PS),
    ('Le site de Vénissieux est vide tous les soirs après 19h, personne ne surveille',
     'outbound', PS),
    ("Weekends the depot is totally deserted, the alarm's been off since March", 'outbound', PS),
    ('Nobody in the R&D building after 8pm, the night guard was cut last year', 'outbound', PS),
    # -- someone leaving late tonight by a precise way out (shaping)
    ('Nos deux techniciennes Léa et Inès finissent tard chez un client à Vénissieux ce '
     'soir, elles repartent vers 23h par le parking sous-sol du centre commercial… on leur '
     'garde des crêpes 😅', 'outbound', PS),
    ("Tonight our installer Tom finishes around 11pm at the Part-Dieu site, he'll leave by "
     'the loading dock on his own', 'outbound', PS),
    ('Marie ferme le stand seule ce soir, elle sort par la porte de service vers 22h30 avec '
     'la caisse', 'outbound', PS),
    ("I'm alone on the night install at the mall tonight, van parked in the underground car "
     'park level -3 till midnight', 'outbound', PS),
    # -- (held out)
    ("Ce soir Julien reste seul à l'entrepôt jusqu'à minuit, il repart par la sortie de "
     'service côté quai', 'outbound', PS),
    ('our rep Anna drives back alone tonight, leaving the expo car park P2 at about 10pm '
     'with the demo kit', 'outbound', PS),
    ('Cette nuit je garde le showroom toute seule, je me gare au parking souterrain niveau '
     '-2 vers 21h', 'outbound', PS),
    ('Karim finit à 23h ce soir au magasin de Bron, il rentre à pied par le parking derrière',
     'outbound', PS),
    ("tonight I'm sleeping in the demo truck at the back of car park B, just me and the "
     'stock', 'outbound', PS),
    # -- precision fixes must not lose the risks next to them
    ('Pas de plan social chez nous, mais des départs volontaires à la pelle, vous confirmez '
     '?', 'outbound', HR),
    ('is the role open to people over 50? Asking for a friend who got laid off at the Lille '
     'site', 'inbound', HR),
    ("Seul à la maison jusqu'à 23h ce soir, les parents sont au resto", 'outbound', PS),
    ('Claire part en vacances 3 semaines à Bali dès samedi', 'outbound', PS),
    ("first day of school for my little one at St Mary's Primary, drop-off at 8:20 🎒",
     'outbound', PS),
    ("Premier jour d'école à Jean Moulin pour mon fils, sortie à 16h30", 'outbound', PS),
]

CLEAN = [
    # -- near misses: a CV polished
    ('Polish your LinkedIn at our free CV workshop on Monday, students welcome!', 'outbound', HR),
    ("Just updated my LinkedIn: I got promoted to Head of Sales after Monday's all-hands 🎉",
     'outbound', HR),
    ('Mettez à jour votre CV avec nos conseils, webinar jeudi à 18h', 'outbound', HR),
    ('Announcement Monday: our new lamp range! Follow us on LinkedIn for the reveal',
     'outbound', HR),
    ("Mon CV est à jour, je cherche un stage pour l'été, des pistes ?", 'outbound', HR),
    # -- near misses: layoff idioms
    ('Grand ménage de printemps : nos lampes se nettoient en 2 minutes ✨', 'outbound', HR),
    ('On fait le grand ménage dans notre catalogue : -30 % sur les anciennes gammes',
     'outbound', HR),
    ('Our hair salon partner gets the chop trending this summer, short cuts everywhere',
     'outbound', HR),
    ('The old app gets the axe on Monday, say hello to Lumio 2.0!', 'outbound', HR),
    ('Grand ménage dans mon garage ce week-end, qui veut une vieille lampe ?', 'outbound', HR),
    # -- near misses: a meal with a rival
    ('Coffee with the Brillix team at the trade fair, great chat about standards 👋',
     'outbound', HR),
    ('Déjeuner avec nos amis de Brillix au salon, on a parlé normes et recyclage', 'outbound', HR),
    ('Had lunch with a Brillix customer today, she loves our lamps now', 'outbound', HR),
    ('Café avec trois ingés de chez nous ce matin, on prépare le lancement de septembre',
     'outbound', HR),
    ('Drinks with our friends across the river tonight to celebrate the joint standard, '
     'contracts signed with the city', 'outbound', HR),
    # -- near misses: an empty workplace
    ("Le bureau est vide ce vendredi : toute l'équipe est au salon Maison&Objet, "
     'retrouvez-nous stand B12 !', 'outbound', PS),
    ('Our office is empty after 6pm because we believe in work-life balance 💡 #culture',
     'outbound', PS),
    ('Boutique fermée le dimanche, à lundi 10h !', 'outbound', PS),
    ('The warehouse is empty after our record Black Friday, thank you all!', 'outbound', PS),
    ('Entrepôt vide, rayons pleins : tous nos stocks sont chez vous 🎉', 'outbound', PS),
    # -- near misses: late tonight
    ("Ce soir, concert au parc expo, parking P3 gratuit jusqu'à minuit 🎶", 'outbound', PS),
    ("Tonight's late opening: the store is open until 11pm, free parking in the underground "
     'car park', 'outbound', PS),
    ("Nos techniciens interviennent ce soir jusqu'à 23h, merci de libérer le parking "
     'sous-sol', 'outbound', PS),
    ('Reminder: staff leaving after 10pm tonight must use the main exit, the loading dock '
     'is closed', 'outbound', PS),
    ("Nos équipes de nuit vous accueillent ce soir jusqu'à 23h, sortie par le parking P2 "
     'gratuite', 'outbound', PS),
    # -- precision (blind17, train-o)
    ('Pas de plan social chez nous, mais un plan lumière : la médiathèque de Vénissieux '
     'passe au 100 % LED Lumio, inaugurée ce matin 💡', 'outbound', HR),
    ('No layoffs here, just a lot of light-ups: 40 new LED streetlights in Villeurbanne '
     'tonight ✨', 'outbound', HR),
    ('Hi @lumio, quick question: is the Lyon warehouse role open to people over 50? Asking '
     'for myself 😊', 'inbound', HR),
    ('Seul·e à la maison ce soir ? Lancez le mode cinéma : lumière tamisée, 15 % de '
     "luminosité, et c'est parti 🍿", 'outbound', PS),
    ('petite pensée pour ceux qui partent en retraite ce mois-ci chez nous, pot vendredi, '
     'vous allez nous manquer 🥂', 'outbound', PS),
    ('first day of school for my little one 🎒🥹 growing up too fast', 'outbound', PS),
    ("Premier jour d'école pour ma puce aujourd'hui, elle était trop fière 🥹", 'outbound', PS),
]


def _categories(engine: Engine, text: str, direction: str) -> list[str]:
    result = engine.screen_text(text, direction=direction)
    return sorted({str(f.category.value) for f in result.findings})


@pytest.mark.parametrize(("text", "direction", "family"), RISKS)
def test_round20_kinds_are_found(engine: Engine, text: str, direction: str, family: str) -> None:
    found = _categories(engine, text, direction)
    assert family in found, (text, found)


@pytest.mark.parametrize(("text", "direction", "family"), CLEAN)
def test_round20_look_alikes_are_clean(
    engine: Engine, text: str, direction: str, family: str
) -> None:
    found = _categories(engine, text, direction)
    assert family not in found, (text, found)
