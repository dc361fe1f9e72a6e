"""Round 17 (by kind) for reputation: blind15's misses were the same kinds as blind14's, told in
other words, so this round writes each kind's rule as a structure (who + what + a sign of irony
or intent, close together) over closed vocabularies shared by the shapes, not as phrases.

Each kind has blind15's miss (paraphrased, never the post itself), more wordings in French and
English in several registers (the first rows tuned the rule; the rows marked "held out" were
checked only after the rule was written, see docs/detectors/reputation.md, "Round 17") and three
clean look-alikes.

Kinds: one person singled out by a role in quotes, with condescension ("To the 'influencer'
who…: bless your heart 💅"); a sarcastic yes given because the customer cannot do the obvious
("Sure, we'll drop everything because you can't find the switch"); a wait told as a diary with
the stock reply quoted and ironic praise ("Day 12 of 'we're looking into it'. Loving it 👏");
one customer's n-th message counted back at them with a mockery ("merci pour votre 14e message,
on va l'encadrer 🙃"); staff asking for an approval before posting, or whether this is the team
chat.
"""

from __future__ import annotations

import pytest

from tocsin import Engine

R = "reputation_shapes"
COMPLAINT = "reputation.complaint"
INSULT = "reputation.insult"
CHATTER = "reputation.internal_chatter"

#: the rule detectors of the reputation family (the text models are measured elsewhere): a
#: row is found when one of them gives its kind (most by ``reputation_shapes``)
RULE_DETECTORS = frozenset(
    {"profanity", "insults", "unrealistic_promises", "internal_chatter", "complaints", R}
)

MATCH = [
    # (text, direction, kind)
    # -- one person singled out by a role in quotes, with condescension
    (
        "To the 'content king' who wanted two free lamps for a 'shout-out': bless your heart 💅",
        "outbound",
        INSULT,
    ),  # blind15's miss, paraphrased
    (
        "À l'« influenceuse » qui nous propose de la « visibilité » contre trois lampes : "
        "c'est mignon 💅",
        "outbound",
        INSULT,
    ),  # tuning
    (
        "For the 'lighting expert' who left us a one-star essay: bless your little heart",
        "outbound",
        INSULT,
    ),  # tuning
    (
        "Au « spécialiste » qui nous explique l'électricité en commentaire : trop mignon, "
        "vraiment 🥰",
        "outbound",
        INSULT,
    ),  # tuning
    (
        "To the gentleman who wants a refund for a lamp he dropped in the bath: how adorable 💅",
        "outbound",
        INSULT,
    ),  # tuning
    (
        "À la cliente « très influente » qui exige une remise : bisous, ma chérie 💅",
        "outbound",
        INSULT,
    ),  # held out
    (
        "Dear 'content creator' offering us exposure for free stock: aww, sweetie 🥰",
        "outbound",
        INSULT,
    ),  # held out
    (
        "Au petit génie qui a branché sa lampe sur le 380 V : bravo champion 👏",
        "outbound",
        INSULT,
    ),  # held out
    (
        "To the 'reviewer' who rated us 1 star for the colour he picked: bless him 💅",
        "outbound",
        INSULT,
    ),  # held out
    (
        "Pour le monsieur qui veut « parler au patron » pour une ampoule : c'est chou 🙃",
        "outbound",
        INSULT,
    ),  # held out
    # -- a sarcastic yes given because the customer cannot do the obvious
    (
        "Sure, we'll stop the whole line because you can't find the power button, Derek 🙄",
        "outbound",
        INSULT,
    ),  # blind15's miss, paraphrased
    (
        "Bien sûr, on arrête tout parce que vous ne trouvez pas l'interrupteur, Gérard 🙄",
        "outbound",
        INSULT,
    ),  # tuning
    (
        "Of course, we'll send an engineer because you can't read a label, Susan",
        "outbound",
        INSULT,
    ),  # tuning
    (
        "Mais oui, on va tout lâcher parce que vous n'arrivez pas à brancher une prise 🙃",
        "outbound",
        INSULT,
    ),  # tuning
    (
        "Oh absolutely, let's halt production since you couldn't find the power button 🙄",
        "outbound",
        INSULT,
    ),  # tuning
    (
        "Évidemment, toute l'équipe se mobilise parce que vous ne savez pas appuyer sur "
        "un bouton, Martine",
        "outbound",
        INSULT,
    ),  # held out
    (
        "Sure thing, we'll rewrite the app because you can't tell left from right, Dave 🙃",
        "outbound",
        INSULT,
    ),  # held out
    (
        "Mais bien sûr, on vous rappelle tout de suite puisque vous ne savez pas lire une "
        "notice 🙄",
        "outbound",
        INSULT,
    ),  # held out
    (
        "Yeah, we'll get the CEO on the phone because you can't screw in a bulb, Karen",
        "outbound",
        INSULT,
    ),  # held out
    (
        "Naturellement, on décale le lancement parce que vous n'avez pas trouvé le "
        "bouton, Patrick 🙄",
        "outbound",
        INSULT,
    ),  # held out
    # -- a wait told as a diary, the stock reply quoted, ironic praise (inbound)
    (
        "Day 10 of my Lumio bulb flickering. Day 10 of 'we're checking with the team'. "
        "Loving it 👏",
        "inbound",
        COMPLAINT,
    ),  # blind15's miss, paraphrased
    (
        "Jour 9 de ma lampe qui clignote. Jour 9 de « nous étudions votre demande ». "
        "Quelle expérience client 👏",
        "inbound",
        COMPLAINT,
    ),  # tuning
    (
        "Week 3 of 'your ticket has been escalated'. Amazing service, truly 👏",
        "inbound",
        COMPLAINT,
    ),  # tuning
    (
        "Day 20 without my order and still 'processing'. Love that for me 🙃",
        "inbound",
        COMPLAINT,
    ),  # tuning
    (
        "Troisième semaine de « on revient vers vous ». Bravo @lumio_fr, chapeau 👏",
        "inbound",
        COMPLAINT,
    ),  # tuning
    (
        "Day 15 of 'our team is on it'. Honestly inspiring customer care 👏👏",
        "inbound",
        COMPLAINT,
    ),  # held out
    (
        "Jour 11 sans lumière dans le salon, jour 11 de « c'est en cours ». Génial 👏",
        "inbound",
        COMPLAINT,
    ),  # held out
    (
        "Month 2 of my refund being 'on its way'. Five stars for creativity 🙃",
        "inbound",
        COMPLAINT,
    ),  # held out
    (
        "Jour 6 d'attente pour un simple remboursement. Top le service 👏👏",
        "inbound",
        COMPLAINT,
    ),  # held out
    (
        "Week 4 of 'a technician will contact you'. Loving the suspense, Lumio 🍿",
        "inbound",
        COMPLAINT,
    ),  # held out
    # -- one customer's n-th message counted back at them, with a mockery
    (
        "@lea_k merci pour votre 12e message sur la couleur, on va l'encadrer à l'accueil 🙃",
        "outbound",
        INSULT,
    ),  # blind15's miss, paraphrased
    (
        "@jenny_b thanks for your 9th email about the colour, we're printing them for the "
        "office wall 🙃",
        "outbound",
        INSULT,
    ),  # tuning
    (
        "@marc_l votre 22e avis une étoile est arrivé, on commence une collection 😂",
        "outbound",
        INSULT,
    ),  # tuning
    (
        "@dave77 your 6th complaint this week, we've started a sweepstake in the office 🙄",
        "outbound",
        INSULT,
    ),  # tuning
    (
        "Merci @sylvie_m pour votre 8e appel de la journée, on vous réserve une chaise au SAV 😂",
        "outbound",
        INSULT,
    ),  # tuning
    (
        "@tom_h that's your 11th DM today, honestly we should put you on the payroll 🙃",
        "outbound",
        INSULT,
    ),  # held out
    (
        "@claire_r votre 5e réclamation du mois, on vous a préparé une carte de fidélité 🙄",
        "outbound",
        INSULT,
    ),  # held out
    (
        "@kev_92 12th tweet about the same bulb, new record, we're framing it 😂",
        "outbound",
        INSULT,
    ),  # held out
    (
        "Bravo @nico_b pour votre 17e commentaire sous ce post, vous gagnez un mug 🙃",
        "outbound",
        INSULT,
    ),  # held out
    (
        "@sam_w fourth review today, at this point you're our most loyal fan lol",
        "outbound",
        INSULT,
    ),  # held out
    # -- staff asking for approval before posting, or whether this is the team chat
    (
        "bon je le mets où ce carrousel ?? on valide avec Inès avant ou je poste direct ?",
        "outbound",
        CHATTER,
    ),  # blind15's miss, paraphrased
    (
        "hold on, is this the team chat?? anyway can someone approve the header before "
        "Paul sees it",
        "outbound",
        CHATTER,
    ),  # blind15's miss, paraphrased
    (
        "qqn peut valider la bannière avant que je publie ? Claire est en réunion",
        "outbound",
        CHATTER,
    ),  # tuning
    (
        "can someone sign off on this caption before I post it? Tom's off today",
        "outbound",
        CHATTER,
    ),  # tuning
    (
        "c'est bien le groupe de l'équipe ici ? je poste le visuel ou on attend Julie ?",
        "outbound",
        CHATTER,
    ),  # tuning
    (
        "on est sur le canal interne là ? quelqu'un peut relire le texte avant que je le publie",
        "outbound",
        CHATTER,
    ),  # held out
    (
        "is this the internal channel? need someone to ok the visual before it goes live",
        "outbound",
        CHATTER,
    ),  # held out
    (
        "quelqu'un valide le post avant que Sophie le voie ? je publie dans 5 min",
        "outbound",
        CHATTER,
    ),  # held out
    (
        "could anyone check the creative before I publish? the boss hasn't seen it yet",
        "outbound",
        CHATTER,
    ),  # held out
    (
        "je poste direct ou on attend le feu vert de Marc pour le visuel ?",
        "outbound",
        CHATTER,
    ),  # held out
]

#: the clean look-alikes of each kind
NEAR_MISSES = [
    # (text, direction)
    # -- one person singled out by a role in quotes, with condescension
    (
        "To the 'influencer' who asked about a collaboration: please write to "
        "partners@lumio.fr, we read everything",
        "outbound",
    ),
    (
        "À la cliente qui nous a envoyé la photo de son salon : merci, c'est magnifique 🥰",
        "outbound",
    ),
    (
        "Bless your heart, grandma, for teaching me to read by lamplight: this one's for you",
        "outbound",
    ),
    # -- a sarcastic yes given because the customer cannot do the obvious
    (
        "Sure, we'll help! If you can't find the on switch, it's under the base: here's a photo",
        "outbound",
    ),
    (
        "Bien sûr, on vous aide : si vous ne trouvez pas l'interrupteur, il est sous le "
        "pied de la lampe",
        "outbound",
    ),
    (
        "Of course we'll replace it, Gary: sorry you couldn't find the switch, the manual "
        "is unclear",
        "outbound",
    ),
    # -- a wait told as a diary, the stock reply quoted, ironic praise (inbound)
    (
        "Day 3 of using my Lumio lamp and loving it 👏",
        "inbound",
    ),
    (
        "Jour 12 de mon défi lecture, et la lampe Lumio m'accompagne chaque soir 👏",
        "inbound",
    ),
    (
        "Week 2 with the new bulbs: the light is amazing, bravo 👏",
        "inbound",
    ),
    # -- one customer's n-th message counted back at them, with a mockery
    (
        "@bob_lamp merci pour votre 3e message, et désolés du retard : on vous rappelle "
        "aujourd'hui",
        "outbound",
    ),
    (
        "@jenny_b thanks for your 2nd email, sorry for the wait: your refund was sent this morning",
        "outbound",
    ),
    (
        "@marc_l c'est votre 10e avis cinq étoiles, merci, vous êtes formidable 🥰",
        "outbound",
    ),
    # -- staff asking for approval before posting, or whether this is the team chat
    (
        "Every claim on our packaging is approved by an independent lab before we publish it.",
        "outbound",
    ),
    (
        "Is this the channel for Lumio support? Our team answers here 7 days a week",
        "outbound",
    ),
    (
        "Nos visuels sont validés par l'équipe design avant publication : découvrez les "
        "coulisses !",
        "outbound",
    ),
]


@pytest.mark.parametrize(("text", "direction", "kind"), MATCH)
def test_round17_reputation_kinds_are_found(
    engine: Engine, text: str, direction: str, kind: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    found = [(f.detector, f.kind) for f in result.findings]
    assert any(d in RULE_DETECTORS and k == kind for d, k in found), (text, found)


@pytest.mark.parametrize(("text", "direction"), NEAR_MISSES)
def test_round17_reputation_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str
) -> None:
    result = engine.screen_text(text, direction=direction)
    found = [
        (f.detector, f.kind)
        for f in result.findings
        if f.category.value == "reputation" and f.detector in RULE_DETECTORS
    ]
    assert found == [], (text, found)
