"""Round 10, second pass, of issue #3 (the older development sets: train-j, train-e, train-d,
blind5, train-a, train-n, train-l) for reputation, competition and financial disclosure: each
family of wording added, found in French and in English, and each exception added, with the
clean look-alike that must not be found. Paraphrases written for these tests, not corpus posts."""

from __future__ import annotations

import pytest

from tocsin import Engine

WHEN = "2026-06-15T10:00:00+00:00"  # outside the profile's quiet period

#: (text, direction, detector, kind): found
MATCH = [
    # reputation: a manager's words quoted in public, with the grievance or sarcasm
    ("Ma cheffe m'a dit que les femmes ne tiennent pas les cadences du soir. Bienvenue en 2026",
     "outbound", "internal_chatter", "reputation.internal_chatter"),
    ("Mon patron nous dit que le mal de dos, c'est dans la tête. Sérieux ?", "outbound",
     "internal_chatter", "reputation.internal_chatter"),
    ("My manager told me no sick leave until January. Nice HR policy, guys", "outbound",
     "internal_chatter", "reputation.internal_chatter"),
    ("Two of us got hurt on the line this month. Management's response: a pizza party",
     "outbound", "internal_chatter", "reputation.internal_chatter"),
    # reputation: a celebration next to bad news for staff, the same day
    ("La direction a fêté le record au champagne le jour même où l'entrepôt passait en chômage "
     "partiel", "outbound", "insults", "reputation.tone_deaf"),
    ("A 'one big family' video went out on the same day the night shift was laid off",
     "outbound", "insults", "reputation.tone_deaf"),
    ("On a dit au revoir à la moitié du service ce matin, place aux synergies !", "outbound",
     "insults", "reputation.tone_deaf"),
    # reputation: a discriminatory question reported in public
    ("Pendant l'entretien d'embauche, la recruteuse m'a demandé si j'avais des enfants. C'est "
     "légal ?", "inbound", "complaints", "reputation.complaint"),
    ("At my job interview the manager asked if I was planning a family. Is that allowed?",
     "inbound", "complaints", "reputation.complaint"),
    # reputation: an instruction against customers told by staff
    ("Au service client on nous a dit de tout refuser jusqu'en mars, même les remboursements",
     "outbound", "internal_chatter", "reputation.internal_chatter"),
    ("My team lead asked me to write five-star reviews for our own lamp, is that normal?",
     "outbound", "internal_chatter", "reputation.internal_chatter"),
    # reputation: staff laughing at a manager's belief, gossip from customer files
    ("mdr la direction croit encore que les clients lisent la notice", "outbound",
     "internal_chatter", "reputation.internal_chatter"),
    ("lol our boss really thinks TikTok sells desk lamps", "outbound", "internal_chatter",
     "reputation.internal_chatter"),
    ("Au SAV je vois tous les dossiers clients : devinez quelle star a commandé 30 lampes",
     "outbound", "internal_chatter", "reputation.internal_chatter"),
    ("In customer service I see every order, guess which famous chef bought twelve lamps",
     "outbound", "internal_chatter", "reputation.internal_chatter"),
    # reputation: posted in public without meaning to, a customer's request not taken seriously
    ("Pas fait exprès de le poster en public, c'était pour le groupe des collègues", "outbound",
     "internal_chatter", "reputation.internal_chatter"),
    ("Didn't mean to post this on the brand page, sorry team", "outbound", "internal_chatter",
     "reputation.internal_chatter"),
    ("Vos réclamations ? Honnêtement on ne les prend pas au sérieux", "outbound", "insults",
     "reputation.insult"),
    ("Your feedback forms? Between us, nobody reads them", "outbound", "insults",
     "reputation.insult"),
    # reputation: a complaint received in other words (stock answer, late payment, a work used
    # without paying, a loss on a promise)
    ("Depuis trois semaines, le SAV me répond « transmis à l'équipe concernée ». Encore.",
     "inbound", "complaints", "reputation.complaint"),
    ("Lumio support keeps calling it 'user error' since March. I'm an engineer.", "inbound",
     "complaints", "reputation.complaint"),
    ("Fournisseur de Lumio : ils paient à 90 jours au lieu de 30, et encore, quand ils paient",
     "inbound", "complaints", "reputation.complaint"),
    ("As a supplier to Lumio: three months on, they still haven't paid our invoices", "inbound",
     "complaints", "reputation.complaint"),
    ("La pub de Lumio utilise ma photo sans autorisation de ma part, campagne retirée quand ?",
     "inbound", "complaints", "reputation.complaint"),
    ("Your new campaign uses our song without paying for the rights", "inbound", "complaints",
     "reputation.complaint"),
    ("J'ai perdu de l'argent sur vos actions, on m'avait dit que c'était sans risque", "inbound",
     "complaints", "reputation.complaint"),
    ("I lost money on your shares, your rep told me it was risk-free", "inbound", "complaints",
     "reputation.complaint"),
    # competition: the competitor's end foretold, its choices mocked by contrast
    ("Brillix ? Ils ne passeront pas l'hiver, croyez-moi", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Brillix is on borrowed time, their days are numbered", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Brillix rachète ses actions, nous on innove. Chacun ses priorités", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    # competition: poaching with a put-down, or with the competitor's clients and files
    ("Équipe de Brillix, venez chez nous : vous pourrez enfin travailler sur des produits qui "
     "marchent", "outbound", "competitor_disparagement", "competition.disparagement"),
    ("Brillix folks: join us and finally work on products that actually work", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Bienvenue aux anciens de Brillix, et merci pour leur fichier clients", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Brillix's sales team joins us Monday, client list included", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("Chez Brillix ? On recrute tous vos techniciens, payés mieux", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    ("We poached their whole design team, sorry Brillix", "outbound",
     "competitor_disparagement", "competition.disparagement"),
    # financial: a secret meeting with another company's boss
    ("Table pour deux avec le PDG d'un grand groupe ce soir, discret", "outbound",
     "financial_disclosure", "mnpi.m_and_a"),
    ("Quiet dinner for two with the CEO of a lighting group tonight, not a word", "outbound",
     "financial_disclosure", "mnpi.m_and_a"),
    # financial: a purchase told as being prepared
    ("Un rachat se prépare du côté de Lille, annonce très bientôt", "outbound",
     "financial_disclosure", "mnpi.m_and_a"),
    ("An acquisition in the works, a small sensor start-up, announcement soon", "outbound",
     "financial_disclosure", "mnpi.m_and_a"),
    # financial: a margin or cash trouble told by an insider
    ("Entre nous, la vraie marge sur ce modèle est énorme, je fais les achats", "outbound",
     "financial_disclosure", "mnpi.results"),
    ("Between us, our real margin on the desk lamp is crazy, I do the buying", "outbound",
     "financial_disclosure", "mnpi.results"),
    ("The board met three times this week and the coffee machine is gone, the company is in "
     "trouble", "outbound", "financial_disclosure", "mnpi.results"),
    ("La boîte est dans le rouge : machine à café retirée cette semaine", "outbound",
     "financial_disclosure", "mnpi.results"),
]

#: (text, direction, detector): the clean look-alike, not found by that detector
NEAR_MISSES = [
    # reputation: a manager thanked, a manager's praise relayed
    ("Mon chef m'a dit bravo pour le lancement, merci à toute l'équipe", "outbound",
     "internal_chatter"),
    ("My manager told me I'm promoted, so proud and grateful", "outbound", "internal_chatter"),
    # reputation: same-day delivery, a birthday on the same day
    ("Livraison le jour même pour toute commande passée avant midi", "outbound", "insults"),
    ("Same-day delivery: order before noon, get it tonight", "outbound", "insults"),
    # reputation: interview tips, a good interview
    ("Conseils pour votre entretien d'embauche chez nous : venez comme vous êtes", "inbound",
     "complaints"),
    ("Had my job interview today, great experience, thanks for the tips", "inbound",
     "complaints"),
    # reputation: swearing at one's own router, the lamp fine (exceptions)
    ("Bloody wifi dropped again. Your lamp was fine, the easy part of my evening", "inbound",
     "complaints"),
    # reputation: a policy against fake reviews; a manager's belief praised
    ("Nous ne demandons jamais à personne d'écrire des faux avis : signalez-les", "outbound",
     "internal_chatter"),
    ("We never ask anyone to write reviews, it's our policy", "outbound", "internal_chatter"),
    ("Notre cheffe croit vraiment en ce projet, merci à elle", "outbound", "internal_chatter"),
    ("Our CEO really thinks light changes lives, and we are proud of it", "outbound",
     "internal_chatter"),
    # reputation: a problem solved with thanks; a lost item, not money
    ("Le SAV a transmis à l'équipe concernée et c'est réglé depuis, merci !", "inbound",
     "complaints"),
    ("The relevant team fixed it since Monday, thanks Lumio", "inbound", "complaints"),
    ("J'ai perdu ma facture depuis lundi, la garantie marche quand même ?", "inbound",
     "complaints"),
    ("I lost my receipt since the move, can I still use the warranty?", "inbound", "complaints"),
    # competition: a plain job offer to the competitor's staff (human resources), GDPR care
    ("Chez Brillix et envie de bouger ? On recrute, candidatures ouvertes", "outbound",
     "competitor_disparagement"),
    ("Former Brillix staff welcome: per GDPR, never bring a client list from a past employer",
     "outbound", "competitor_disparagement"),
    # competition: a wink about cuts in our own team by someone from the competitor (HR)
    ("Notre nouvelle DRH arrive de chez Brillix et coupe notre équipe en deux. Coïncidence ?",
     "outbound", "competitor_disparagement"),
    ("Our new HR head came from Brillix and is cutting our team in half, coincidence I'm sure",
     "outbound", "competitor_disparagement"),
    # financial: a business dinner at a trade show, no secrecy
    ("Dîner avec le PDG de notre fournisseur au salon de Lyon, très bon échange", "outbound",
     "financial_disclosure"),
    ("Dinner with the CEO of our distributor after the trade show", "outbound",
     "financial_disclosure"),
    # competition: a competitor's public news with its source, sympathy
    ("Brillix a annoncé officiellement la fermeture de son magasin de Lyon, bon courage à eux",
     "outbound", "competitor_disparagement"),
    ("Brillix officially announced its Lyon shop won't be around next year, good luck to them",
     "outbound", "competitor_disparagement"),
    # financial: a sale with a discount, a course on margins
    ("Soldes : -40 % de marge reversée aux clients sur toute la gamme", "outbound",
     "financial_disclosure"),
    ("Training tomorrow: how to read the margin on a quote, between us and the apprentices",
     "outbound", "financial_disclosure"),
    # financial: a rumour denied
    ("Non, aucun rachat ne se prépare : cette rumeur est fausse", "outbound",
     "financial_disclosure"),
]


@pytest.mark.parametrize(("text", "direction", "detector", "kind"), MATCH)
def test_round10b_new_wordings_are_found(
    engine: Engine, text: str, direction: str, detector: str, kind: str
) -> None:
    result = engine.screen_text(text, direction=direction, at=WHEN)
    found = {(f.detector, f.kind) for f in result.findings}
    assert (detector, kind) in found, (text, found)


@pytest.mark.parametrize(("text", "direction", "detector"), NEAR_MISSES)
def test_round10b_clean_look_alikes_are_not_found(
    engine: Engine, text: str, direction: str, detector: str
) -> None:
    result = engine.screen_text(text, direction=direction, at=WHEN)
    kinds = [f.kind for f in result.findings if f.detector == detector]
    assert kinds == [], (text, kinds)


#: (text, direction): received posts that are not a complaint about the organisation
NOT_COMPLAINTS = [
    # swearing aimed at one's own router or furniture, the organisation cleared
    ("Putain de box, encore coupée. C'est sûrement ma faute de réglage, pas vous", "inbound"),
    ("Bloody hell, two hours on that shelf; the lamp was the easy part. Well done you.",
     "inbound"),
    # a former insider leaking a plan: a leak (HR or financial), not a complaint
    ("Ancien salarié ici : la boîte va être rachetée avant l'automne, faites vos paris",
     "inbound"),
    ("Former employee here: they're about to fire the support team and outsource it", "inbound"),
]

#: (text, direction): received posts that stay complaints (near misses of the exceptions above)
STILL_COMPLAINTS = [
    ("Ex-salariée : ils m'ont virée pendant mon arrêt maladie, la direction est toxique",
     "inbound"),
    ("Former employee here: unpaid overtime every week, toxic management at Lumio", "inbound"),
]


@pytest.mark.parametrize(("text", "direction"), NOT_COMPLAINTS)
def test_round10b_not_complaints(engine: Engine, text: str, direction: str) -> None:
    result = engine.screen_text(text, direction=direction, at=WHEN)
    kinds = [f.kind for f in result.findings if f.kind == "reputation.complaint"]
    assert kinds == [], (text, kinds)


@pytest.mark.parametrize(("text", "direction"), STILL_COMPLAINTS)
def test_round10b_still_complaints(engine: Engine, text: str, direction: str) -> None:
    result = engine.screen_text(text, direction=direction, at=WHEN)
    kinds = [f.kind for f in result.findings if f.kind == "reputation.complaint"]
    assert kinds, text
