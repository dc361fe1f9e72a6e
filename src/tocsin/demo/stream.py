"""The demo's listening stream: a few thousand bilingual posts over six simulated weeks.

Generated deterministically from templates (no real person, account or message): everyday praise,
questions and complaints addressed to Lumio's accounts (some answered by the community team,
others still waiting), competitor comparisons, spam, toxic comments, impersonators posing as
Lumio's support, official posts — and, in the fourth week, a crisis (Halo 2 bulbs overheating)
with its spike of angry posts and a press article. The same ``end`` day gives the same posts.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

WEEKS = 6
SEED = 2026
CRISIS_DAY = 22  # days after the start: the Halo 2 overheating story breaks

PLATFORMS = ("x", "mastodon", "bluesky", "facebook", "instagram", "reddit", "youtube")
OFFICIAL = {"x": "lumio_fr", "mastodon": "lumio@mastodon.social", "bluesky": "lumio.com"}
FIRST = (
    "camille",
    "lea",
    "hugo",
    "ines",
    "noah",
    "jade",
    "lucas",
    "chloe",
    "sam",
    "alex",
    "jordan",
    "taylor",
    "morgan",
    "nina",
    "tom",
    "emma",
    "jules",
    "sarah",
    "max",
    "zoe",
)
CITIES = ("Lyon", "Lille", "Nantes", "Bordeaux", "Marseille", "Toulouse", "Rennes", "Grenoble")
PRODUCTS = ("ampoule Halo 2", "hub Lumio", "ruban LED Lumio", "applique Lumio Home", "lampe Aura")
PRODUCTS_EN = ("Halo 2 bulb", "Lumio hub", "Lumio LED strip", "Lumio Home sconce", "Aura lamp")

PRAISE = {
    "fr": [
        "Franchement le {product} de #lumio est top, installé en deux minutes.",
        "Merci @{official} pour l'échange rapide, service au top !",
        "Lumio a encore frappé : ambiance parfaite dans le salon ce soir.",
        "Je recommande Lumio, ça fait deux ans que mes ampoules tiennent.",
    ],
    "en": [
        "Honestly the {product} from #lumio is great, two-minute setup.",
        "Thanks @{official} for the quick swap, great support!",
        "Lumio nailed it again: perfect living-room mood tonight.",
        "Two years with Lumio bulbs and not one has failed.",
    ],
}
QUESTION = {
    "fr": [
        "@{official} est-ce que le {product} fonctionne avec Matter ?",
        "Quelqu'un sait si Lumio livre à {city} en 24 h ?",
        "@{official} la mise à jour de l'appli sort quand ?",
    ],
    "en": [
        "@{official} does the {product} work with Matter?",
        "Does Lumio ship to {city} overnight? Asking for a friend.",
        "@{official} when is the app update coming out?",
    ],
}
COMPLAINT = {
    "fr": [
        "@{official} ma commande n'est toujours pas arrivée après {days} jours, une réponse ?",
        "@{official} le {product} se déconnecte chaque nuit, ticket ouvert il y a {days} jours.",
        "Service client Lumio injoignable depuis {days} jours. Je demande un remboursement.",
        "@{official} prélevé deux fois pour la même commande, personne ne répond.",
    ],
    "en": [
        "@{official} my order still hasn't arrived after {days} days, I need an answer.",
        "@{official} the {product} drops off the network every night, ticket open for {days} days.",
        "Lumio support unreachable for {days} days. I want a refund.",
        "@{official} charged twice for the same order and nobody answers.",
    ],
}
ANSWER = {
    "fr": [
        "@{to} Bonjour, désolés pour l'attente ! Nous vous écrivons en message privé.",
        "@{to} Merci pour votre patience, un conseiller reprend votre dossier aujourd'hui.",
    ],
    "en": [
        "@{to} Hi, sorry for the wait! We're sending you a direct message.",
        "@{to} Thanks for your patience, an agent is picking up your case today.",
    ],
}
COMPETITOR = {
    "fr": [
        "Brillix est moins cher mais Lumio est plus fiable selon moi.",
        "J'hésite entre Lumio et Brillix pour toute la maison, des avis ?",
    ],
    "en": [
        "Switched from Brillix to Lumio, no regrets.",
        "Lumenza or Lumio for a whole-house setup? Opinions welcome.",
    ],
}
SPAM = {
    "fr": [
        "GAGNEZ un iPhone 17 avec #lumio !!! Cliquez vite sur lumio-cadeaux.win 🎁🎁",
        "Crypto x100 garanti, rejoins mon canal, lien en bio #lumio #bitcoin",
    ],
    "en": [
        "FREE Lumio gift cards!!! claim now at lumio-giveaway.top 🎁🎁",
        "Make $5000/week from home, DM me #lumio #crypto",
    ],
}
TOXIC = {
    "fr": [
        "Lumio bande d'incapables, votre appli est une honte.",
        "@{official} vous êtes des escrocs, j'espère que vous allez couler.",
    ],
    "en": [
        "Lumio you useless idiots, fix your garbage app.",
        "@{official} you are scammers and I hope you go under.",
    ],
}
IMPERSONATOR = {
    "handles": ("lumio_support", "Lumio_Help", "lumi0_fr", "lumiofr_service"),
    "fr": [
        "Bonjour {to}, pour votre remboursement envoyez-nous en privé votre numéro de carte "
        "et le code PIN. Service client Lumio.",
        "Lumio rembourse les clients touchés par le rappel Halo 2 : connectez-vous sur "
        "lumio-remboursement.com avec vos identifiants bancaires.",
    ],
    "en": [
        "Hi {to}, to process your refund please DM us your card number and PIN. Lumio Support.",
        "Lumio is refunding Halo 2 owners: log in at lumio-refunds.help with your bank details.",
    ],
}
CRISIS = {
    "fr": [
        "Mon {product} a fondu dans la lampe de chevet 😱 @{official} c'est dangereux !",
        "Odeur de brûlé et ampoule Halo 2 noircie. Lumio, vous attendez un incendie ?",
        "@{official} rappel des Halo 2 : comment on se fait rembourser ? Aucune info.",
        "Trois ampoules Lumio Halo 2 qui surchauffent chez moi à {city}. Inadmissible.",
    ],
    "en": [
        "My {product} melted in the bedside lamp 😱 @{official} this is dangerous!",
        "Burning smell and a blackened Halo 2 bulb. Lumio, are you waiting for a fire?",
        "@{official} Halo 2 recall: how do we get a refund? No information anywhere.",
        "Three Lumio Halo 2 bulbs overheating at home. Unacceptable.",
    ],
}
OUTBOUND = {
    "fr": [
        "Nouveautés de la semaine sur lumio.fr : la collection d'hiver est arrivée ✨",
        "Halo 2 : par précaution, nous rappelons les ampoules des lots 2611 à 2614. Toutes "
        "les infos sur lumio.fr/rappel",
    ],
    "en": [
        "New this week on lumio.com: the winter collection is here ✨",
        "Halo 2: as a precaution we are recalling bulbs from batches 2611-2614. Details at "
        "lumio.com/recall",
    ],
}


def _lang(rng: random.Random) -> str:
    return "fr" if rng.random() < 0.6 else "en"


def _fill(template: str, rng: random.Random, lang: str, platform: str, **extra: str) -> str:
    products = PRODUCTS if lang == "fr" else PRODUCTS_EN
    return template.format(
        product=rng.choice(products),
        official=OFFICIAL.get(platform, "lumio_fr"),
        city=rng.choice(CITIES),
        days=str(rng.randint(3, 21)),
        **extra,
    )


def stream(end: datetime, *, seed: int = SEED) -> Iterator[dict[str, Any]]:
    """The demo posts of the ``WEEKS`` weeks before ``end``, oldest first (post JSON objects)."""
    rng = random.Random(seed)
    start = end.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    start -= timedelta(weeks=WEEKS)
    number = 0

    def post(
        kind: str, day: int, platform: str, lang: str, text: str, **fields: Any
    ) -> dict[str, Any]:
        nonlocal number
        number += 1
        at = start + timedelta(days=day, seconds=rng.randint(7 * 3600, 23 * 3600))
        author = fields.pop("author", None) or f"{rng.choice(FIRST)}_{rng.randint(10, 99)}"
        return {
            "id": f"demo-stream-{number:05d}",
            "platform": platform,
            "direction": fields.pop("direction", "inbound"),
            "at": at.isoformat(),
            "author": author,
            "lang": lang,
            "text": text,
            "demo_kind": kind,
            **fields,
        }

    for day in range(WEEKS * 7):
        crisis = CRISIS_DAY <= day < CRISIS_DAY + 6
        weekend = (start + timedelta(days=day)).weekday() >= 5
        batch: list[dict[str, Any]] = []
        for _ in range(rng.randint(45, 60) - (12 if weekend else 0)):
            lang, platform = _lang(rng), rng.choice(PLATFORMS)
            roll = rng.random()
            if roll < 0.30:
                kind, templates = "praise", PRAISE
            elif roll < 0.50:
                kind, templates = "question", QUESTION
            elif roll < 0.72:
                kind, templates = "complaint", COMPLAINT
            elif roll < 0.80:
                kind, templates = "competitor", COMPETITOR
            elif roll < 0.90:
                kind, templates = "spam", SPAM
            else:
                kind, templates = "toxic", TOXIC
            text = _fill(rng.choice(templates[lang]), rng, lang, platform)
            mentions = [OFFICIAL.get(platform, "lumio_fr")] if "@" in text else []
            batch.append(post(kind, day, platform, lang, text, mentions=mentions))
        if crisis:
            for _ in range(rng.randint(60, 110) if day < CRISIS_DAY + 3 else rng.randint(20, 40)):
                lang, platform = _lang(rng), rng.choice(PLATFORMS)
                text = _fill(rng.choice(CRISIS[lang]), rng, lang, platform)
                batch.append(post("crisis", day, platform, lang, text))
            if day == CRISIS_DAY:
                batch.append(
                    post(
                        "press",
                        day,
                        "web",
                        "fr",
                        "Lumio rappelle des ampoules Halo 2 après des cas de surchauffe\n"
                        "Le fabricant lyonnais Lumio SA rappelle plusieurs milliers d'ampoules.",
                        author="Tech Lyon",
                        url="https://news.example/lumio-rappel-halo-2",
                    )
                )
        if crisis or rng.random() < 0.25:
            for _ in range(rng.randint(2, 6) if crisis else 1):
                lang, platform = _lang(rng), rng.choice(("x", "facebook", "instagram"))
                victim = f"{rng.choice(FIRST)}_{rng.randint(10, 99)}"
                text = rng.choice(IMPERSONATOR[lang]).format(to="@" + victim)
                handle = rng.choice(IMPERSONATOR["handles"])
                batch.append(
                    post(
                        "impersonator",
                        day,
                        platform,
                        lang,
                        text,
                        author=handle,
                        author_name="Lumio Support",
                        mentions=[victim],
                    )
                )
        # the community team answers some complaints and questions the same day; the rest wait
        answers = []
        for item in batch:
            waiting = item["demo_kind"] in ("complaint", "question") and item["mentions"]
            if waiting and rng.random() < (0.35 if crisis else 0.6):
                lang = item["lang"]
                text = rng.choice(ANSWER[lang]).format(to=item["author"])
                answer = post(
                    "answer",
                    day,
                    item["platform"],
                    lang,
                    text,
                    author=OFFICIAL.get(item["platform"], "lumio_fr"),
                    direction="outbound",
                    in_reply_to=item["author"],
                    reply_to=item["id"],
                )
                answer["at"] = max(answer["at"], item["at"])
                answers.append(answer)
        if day % 7 in (1, 4):
            lang = "fr" if day % 2 else "en"
            outbound = OUTBOUND[lang][1 if crisis else 0]
            answers.append(
                post("official", day, "x", lang, outbound, author="lumio_fr", direction="outbound")
            )
        yield from sorted(batch + answers, key=lambda p: p["at"])
