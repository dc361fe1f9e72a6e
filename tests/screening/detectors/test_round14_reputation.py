"""Round 14 (structural) of issue #3 for reputation: shapes drawn from the misses of an unseen
author set (blind12, then blind10), written as paraphrases, never its posts.

Outbound: one more customer of a series with irony ("encore une cliente qui… 🙃 j'adore mon
métier"); self-appointed experts thanked for explaining our job to us; an aside to a colleague
about a customer, laughed at or kept "between us"; a note to self with a task for the team; a
post that says it was meant for the team channel "instead of" here, or asks who posted it on the
main account; a note addressed to a team with a drive link or an account number; an incident
(accident, fire, leak, recall) colleagues are asked to keep quiet; an absolute promise without
the guarantee words ("nothing can go wrong", "you'll never need our support"); (precision) an
absolute promise refused ("on ne peut pas promettre zéro bug") is the honest answer.
Each match row a risky post, each near miss the clean reading next to it, in French and
English."""

from __future__ import annotations

import pytest

from tocsin import Engine

from .shape_tables import assert_found, assert_not_found

R = "reputation_shapes"
U = "unrealistic_promises"
INSULT = "reputation.insult"
CHATTER = "reputation.internal_chatter"
PROMISE = "reputation.unrealistic_promise"

MATCH = [
    # (text, direction, detector, kind)
    # -- one more customer of a series, with irony
    ("Yet another user who swears the router was definitely switched on 🙄 living the dream.",
     "outbound", R, INSULT),
    ("Encore une cliente qui « a tout essayé » sans ouvrir la boîte 🙃 j'adore mon métier.",
     "outbound", R, INSULT),
    ('One more caller that "never touched the settings" 🤦 what a job.', "outbound", R, INSULT),
    ("Encore un utilisateur qui pense que le wifi traverse le béton 🙄 vive le SAV", "outbound",
     R, INSULT),
    ("Gotta love it when customers return a lamp because it \"makes light\" 🙃", "outbound", R,
     INSULT),
    ("J'adore les clients qui appellent pour dire que l'ampoule éclaire trop 🙄 vive le SAV",
     "outbound", R, INSULT),
    ("Ah les clients qui lisent pas la notice 🙄 quel métier", "outbound", R, INSULT),
    # -- self-appointed experts explaining our job to us
    ("Shout-out to the armchair engineers explaining our own job to us in the replies, truly "
     "enlightening 👏", "outbound", R, INSULT),
    ("Un grand merci aux spécialistes du dimanche qui m'apprennent mon travail sous chaque "
     "post 🙏", "outbound", R, INSULT),
    ("Thanks to all the know-it-alls telling us how to do our job, can't wait for your next "
     "TED talk.", "outbound", R, INSULT),
    ("Bravo aux connaisseurs qui nous expliquent nos produits, vivement la prochaine thèse 👏",
     "outbound", R, INSULT),
    # -- an aside to a colleague about a customer, laughed at or kept between us
    ("@Julie tu as vu le client de 14h ? il a cru que la lampe parlait 🤣", "outbound", R,
     INSULT),
    ("@sam did you see that customer on the video call lol, keep it between us", "outbound", R,
     INSULT),
    ("Vous avez vu la cliente ce matin ? entre nous, quelle comédie", "outbound", R, INSULT),
    # -- a note to self with a task for the team
    ("Reminder to self: check with Priya whether the visuals are approved before posting this",
     "outbound", R, CHATTER),
    ("memo perso : voir avec Karim pour le budget, puis relancer l'agence", "outbound", R,
     CHATTER),
    ("TODO: ping Alex about the launch copy before scheduling", "outbound", R, CHATTER),
    ("Ne pas oublier de demander à Inès si le visuel est validé avant de programmer",
     "outbound", R, CHATTER),
    # -- meant for the team channel "instead of" here
    ("Oups, publié sur la page au lieu du groupe de l'équipe, désolé 🙈", "outbound", R,
     CHATTER),
    ("who posted this on the brand account rather than our private slack?? anyway lunch at 1",
     "outbound", R, CHATTER),
    # -- the team asked who posted it on the brand's account
    ("which of you posted that on the main account?? it was for the group chat", "outbound", R,
     CHATTER),
    ("Qui a publié ça sur le compte officiel ?? c'était pour le canal de l'équipe", "outbound",
     R, CHATTER),
    # -- a note addressed to a team, with what only the team should get
    ("Note pour toute l'équipe compta : le virement de l'acompte va sur FR76 3000 6000 0112 "
     "3456 7890 189, pas l'ancien compte", "outbound", R, CHATTER),
    ("Heads-up to the ops team: the spec sheet is here until the wiki is fixed "
     "https://docs.google.com/document/d/1AbCdEf", "outbound", R, CHATTER),
    ("Hey team, the demo folder moved: https://drive.google.com/drive/folders/abc123 (anyone "
     "with the link can edit)", "outbound", R, CHATTER),
    # -- an incident to keep quiet
    ("Sophie s'est brûlé la main sur la chaîne hier, l'inspection du travail passe lundi. Motus "
     "d'ici là 🤐", "outbound", R, CHATTER),
    ("Small fire in the Lyon warehouse last night, nobody hurt. Let's not mention it to "
     "customers for now.", "outbound", R, CHATTER),
    ("Encore une fuite sur la ligne 3 ce matin… n'en parlez pas au client avant vendredi.",
     "outbound", R, CHATTER),
    # -- an absolute promise without the guarantee words
    ("Rien ne peut mal tourner avec la nouvelle Orbe : testée, retestée. Vous n'aurez jamais "
     "besoin de notre SAV 😎", "outbound", R, PROMISE),
    ("With the new hub, nothing will ever go wrong. You will never have to call our help desk "
     "again.", "outbound", R, PROMISE),
    ("Vous n'aurez plus jamais à appeler le dépanneur avec cette prise.", "outbound", R,
     PROMISE),
    # -- the lexicon's absolute promise, still found without a refusal nearby
    ("Zéro bug, promis : notre appli est parfaite.", "outbound", U, PROMISE),
    ("Zero downtime, 100 % reliable, always.", "outbound", U, PROMISE),
]

NEAR_MISSES = [
    # (text, direction, detector)
    # one more customer, glad
    ("Encore une cliente qui repart avec le sourire, merci pour votre confiance 🙌", "outbound",
     R),
    ("One more user who switched to LED this winter: 40 % less on the bill 💡", "outbound", R),
    ("Another customer who found the perfect reading lamp in our Lyon store 😍", "outbound", R),
    ("J'adore les clients qui nous envoient des photos de leur salon 😍 merci !", "outbound", R),
    ("Love it when customers share their setups, keep them coming! ✨", "outbound", R),
    # experts thanked, or explaining to the public
    ("Merci aux experts de l'ADEME qui nous ont expliqué les nouvelles normes lors du webinaire.",
     "outbound", R),
    ("Our experts explain our products in this short video: how to pair the hub in 2 minutes.",
     "outbound", R),
    ("Nos spécialistes vous expliquent notre métier dans cette série de vidéos, épisode 1 !",
     "outbound", R),
    ("Thanks to the experts who joined our panel on lighting design, recording below.",
     "outbound", R),
    # customers seen, thanked
    ("Vous avez vu nos clients au salon de Lyon ? Merci pour votre visite, à l'année prochaine "
     "😂", "outbound", R),
    ("Did you see our customers' photos from the holidays? Thank you all 😂🎄", "outbound", R),
    ("Tu as vu la nouvelle lampe ? Nos clients l'adorent déjà !", "outbound", R),
    # a note to self as a style, a reminder to the public
    ("Note to self: winter evenings are better with a warm lamp and a good book 📚", "outbound",
     R),
    ("Note pour moi-même : ne plus jamais sous-estimer une lampe de chevet 😄", "outbound", R),
    ("Rappel : les retours sont gratuits pendant 30 jours. Pensez à vérifier votre bon de "
     "livraison.", "outbound", R),
    ("Penser à la planète, c'est aussi choisir des ampoules LED.", "outbound", R),
    ("Ne pas oublier de vérifier les piles de votre détecteur de fumée chaque année.",
     "outbound", R),
    # "instead of" a channel, as advice or an invitation
    ("Join our community channel instead of waiting on hold: answers in minutes.", "outbound",
     R),
    ("Use the app instead of the group chat to share your scenes with your family.", "outbound",
     R),
    ("Rejoignez notre groupe d'entraide au lieu d'attendre : la communauté répond vite.",
     "outbound", R),
    # who posted it, asked to credit a photo
    ("Who posted this gorgeous photo on our page? Tag them so we can say thanks 📸",
     "outbound", R),
    ("Who posted this on our main account? Tag them so we can say thanks", "outbound", R),
    ("Qui a publié cette superbe photo sur la page officielle ? Merci à vous !", "outbound", R),
    # a team addressed with a tip for everyone, or with no internal item
    ("Rappel aux équipes : ne virez jamais d'argent sur un IBAN reçu par e-mail, appelez "
     "d'abord le fournisseur.", "outbound", R),
    ("Reminder to all teams: never share your password, even with IT.", "outbound", R),
    ("Hey team! Thanks for an amazing year, see you at the party 🎉", "outbound", R),
    # a secret with no incident, an incident told openly
    ("Pas un mot à maman : son cadeau de Noël est une lampe Aube 🎁", "outbound", R),
    ("Don't tell anyone, but our winter sale starts tomorrow 🤫", "outbound", R),
    ("Incident résolu : le service est rétabli. Merci de votre patience, on vous explique tout "
     "sur le blog.", "outbound", R),
    # nothing going wrong, as a tip, a joke or a refusal
    ("To make sure nothing can go wrong during installation, switch off the breaker first.",
     "outbound", R),
    ("Pour que rien ne puisse mal tourner, coupez le courant avant d'installer la lampe.",
     "outbound", R),
    ("What could possibly go wrong? Our installers explain the 3 classic mistakes.",
     "outbound", R),
    ("We can't promise nothing will ever go wrong, but our support answers within the hour.",
     "outbound", R),
    ("On ne peut pas promettre que rien ne peut mal tourner, mais on répond vite.", "outbound",
     R),
    # (precision) the absolute promise refused
    ("On ne peut pas promettre zéro panne (personne ne le peut), mais on remplace sous 48 h.",
     "outbound", U),
    ("No one can promise zero downtime, but we publish our uptime every month.", "outbound", U),
    ("We cannot promise zero bugs; we promise fast fixes and an open changelog.", "outbound", U),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round14_reputation_shapes_are_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    assert_found(engine, text, direction, detector, kind)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_round14_reputation_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    assert_not_found(engine, text, direction, detector)
