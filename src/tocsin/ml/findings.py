"""The text models' step of the screening: signals for every post, findings above the policy.

:class:`ModelStep` is called once per post by the engine (after the detectors). It scores the
post's folded text with the three models and turns toxicity, hate, offensive and spam at or above
the policy's ``thresholds`` into findings: ``community_management`` for a post received
(moderation), ``reputation`` for a draft of the organisation. Each finding points at the word that
drove the score most and names the others, so that a person sees why. The same pass scores the
learned risk layer, whose findings (:mod:`tocsin.ml.learned`) are added when the rules missed a
category.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..models import Category, Direction, Finding, Severity
from ..profile import Profile
from ..screening.detectors.base import Context
from .inference import TextModels, default_models
from .learned import NAME as LEARNED
from .learned import LearnedRisk, about_a_rival

NAME = "text_models"
VERSION = "1.0"


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str  # also the model output explained ("toxicity.hate": output hate of toxicity)
    threshold: str  # key of Policy.thresholds
    severity: Severity
    explanation: dict[str, str]


RULES = (
    Rule(
        "toxicity.toxic",
        "toxicity",
        Severity.MEDIUM,
        {
            "en": "The toxicity model scores this post {score:.0%} toxic (threshold "
            "{threshold:.0%}), mostly because of “{words}”. {advice}",
            "fr": "Le modèle de toxicité estime ce message toxique à {score:.0%} (seuil "
            "{threshold:.0%}), surtout à cause de « {words} ». {advice}",
        },
    ),
    Rule(
        "toxicity.hate",
        "hate",
        Severity.MEDIUM,
        {
            "en": "The toxicity model scores this post {score:.0%} hateful (threshold "
            "{threshold:.0%}), mostly because of “{words}”. {advice}",
            "fr": "Le modèle de toxicité estime ce message haineux à {score:.0%} (seuil "
            "{threshold:.0%}), surtout à cause de « {words} ». {advice}",
        },
    ),
    Rule(
        "toxicity.offensive",
        "offensive",
        Severity.MEDIUM,
        {
            "en": "The toxicity model scores this post {score:.0%} offensive (threshold "
            "{threshold:.0%}), mostly because of “{words}”. {advice}",
            "fr": "Le modèle de toxicité estime ce message offensant à {score:.0%} (seuil "
            "{threshold:.0%}), surtout à cause de « {words} ». {advice}",
        },
    ),
    Rule(
        "spam.spam",
        "spam",
        Severity.MEDIUM,
        {
            "en": "The spam model scores this post {score:.0%} spam (threshold {threshold:.0%}), "
            "mostly because of “{words}”. {advice}",
            "fr": "Le modèle de spam estime ce message indésirable à {score:.0%} (seuil "
            "{threshold:.0%}), surtout à cause de « {words} ». {advice}",
        },
    ),
)

ADVICE = {
    ("toxicity.toxic", "inbound"): {
        "en": "Read it and moderate it as your community charter says (hide, warn, block).",
        "fr": "Lisez-le et modérez-le selon votre charte (masquer, avertir, bloquer).",
    },
    ("toxicity.toxic", "outbound"): {
        "en": "Rephrase before publishing: the tone can hurt the organisation's reputation.",
        "fr": "Reformulez avant de publier : le ton peut nuire à la réputation de l'organisation.",
    },
    ("toxicity.hate", "inbound"): {
        "en": "Hide it, keep the evidence and report it to the platform if it is hate speech.",
        "fr": "Masquez-le, gardez-en la trace et signalez-le à la plateforme s'il est haineux.",
    },
    ("toxicity.hate", "outbound"): {
        "en": "Do not publish: have it reviewed; hateful content exposes the organisation.",
        "fr": "Ne publiez pas : faites-le relire ; un contenu haineux expose l'organisation.",
    },
    ("toxicity.offensive", "inbound"): {
        "en": "Read it: insults and swearing may break your community charter (hide, warn).",
        "fr": "Lisez-le : insultes et grossièretés peuvent enfreindre votre charte (masquer, "
        "avertir).",
    },
    ("toxicity.offensive", "outbound"): {
        "en": "Rephrase before publishing: insults or swearing in the organisation's name hurt "
        "its reputation.",
        "fr": "Reformulez avant de publier : insultes ou grossièretés au nom de l'organisation "
        "nuisent à sa réputation.",
    },
    ("spam.spam", "inbound"): {
        "en": "Hide or delete it, and check its links before anyone clicks them.",
        "fr": "Masquez-le ou supprimez-le, et vérifiez ses liens avant que quiconque clique.",
    },
    ("spam.spam", "outbound"): {
        "en": "It reads like spam: platforms may demote or flag it; rewrite it.",
        "fr": "Il ressemble à du spam : les plateformes peuvent le déclasser ; réécrivez-le.",
    },
}


def _score(signals: dict[str, Any], threshold_key: str) -> float:
    if threshold_key in ("toxicity", "spam"):
        return float(signals[threshold_key])
    return float(signals["toxicity_kinds"].get(threshold_key, 0.0))


#: a post's signals (JSON) and the linear scores of every output they come from
Scored = tuple[dict[str, Any], list[float]]


class ModelStep:
    """Signals and model findings for the posts of one profile."""

    def __init__(
        self, profile: Profile, models: TextModels | None = None, *, learned: bool = True
    ) -> None:
        self.models = models if models is not None else default_models(_models_dir())
        self.thresholds = dict(profile.policy.thresholds)
        self._lowest = min(self.thresholds[rule.threshold] for rule in RULES)
        policy = profile.policy
        self.learned: LearnedRisk | None = None
        if learned and self.models.risk and LEARNED not in policy.disabled:
            layer = LearnedRisk(self.models, policy)
            self.learned = layer if layer.columns else None  # every category turned off

    def score(self, ctx: Context) -> Scored:
        """The post's ``signals`` (JSON) and the linear scores they come from: the costly part
        of :meth:`run`, which does not depend on the rules' findings."""
        norm = ctx.normalized
        # the engine's words are those of the folded text unless spaced-out letters were joined
        # ("n i g" -> "nig"), which always leaves a map back to the original (index not None)
        words = norm.words if norm.index is None else None
        return self.models.scores_and_raw(norm.folded, words, ctx.language)

    def run(
        self, ctx: Context, rules: Sequence[Finding] = (), scored: Scored | None = None
    ) -> tuple[dict[str, Any], list[Finding]]:
        """The post's ``signals`` (JSON) and the findings they give; ``rules``: the detectors'
        findings (the learned layer adds none of a category they have); ``scored``: what
        :meth:`score` gave for this post, when already computed."""
        signals, raw = scored if scored is not None else self.score(ctx)
        lowest = self._lowest
        found: list[Finding] = []
        reached = signals["toxicity"] >= lowest or signals["spam"] >= lowest
        if not reached:
            for p in signals["toxicity_kinds"].values():
                if p >= lowest:
                    reached = True
                    break
        if reached:  # a score reaches a threshold (most posts: none does)
            rival = about_a_rival(ctx, rules)
            for rule in RULES:
                if rival and rule.kind in RIVAL_YIELDS:
                    continue
                score = _score(signals, rule.threshold)
                threshold = self.thresholds[rule.threshold]
                if score >= threshold:
                    found.append(self._finding(ctx, rule, score, threshold))
        if self.learned is not None:
            learned = self.learned.run(ctx, raw, (*rules, *found) if found else rules)
            if learned:
                found.extend(learned)
        return signals, found

    def _finding(self, ctx: Context, rule: Rule, score: float, threshold: float) -> Finding:
        norm = ctx.normalized
        text = ctx.post.text
        drivers = self.models.drivers(norm.folded, rule.kind, lang=ctx.language)
        spans = [norm.to_original(start, end) for _, start, end in drivers]
        words = [text[a:b] for a, b in spans]
        span = spans[0] if spans else None
        direction = ctx.post.direction.value
        inbound = ctx.post.direction is Direction.INBOUND
        lang = ctx.explain_lang if ctx.explain_lang in ("fr", "en") else "en"
        template = rule.explanation[lang]
        shown = (
            ", ".join(words) if words else ("tout le message" if lang == "fr" else "the whole post")
        )
        explanation = template.format(
            score=score,
            threshold=threshold,
            words=shown,
            advice=ADVICE[(rule.kind, direction)][lang],
        )
        trailer = {"fr": "règle", "en": "rule"}[lang]
        return Finding(
            category=Category.COMMUNITY_MANAGEMENT if inbound else Category.REPUTATION,
            kind=rule.kind,
            severity=rule.severity,
            start=span[0] if span else None,
            end=span[1] if span else None,
            excerpt=", ".join(words)[:120],
            explanation=f"{explanation} [{NAME} {VERSION}, {trailer} {rule.kind}]",
            detector=NAME,
            score=round(score, 4),
            rule=f"{rule.threshold}>={threshold}",
            matched=", ".join(words),
        )


#: the model findings an outbound post about a competitor does without (hate and spam stay)
RIVAL_YIELDS = frozenset({"toxicity.toxic", "toxicity.offensive"})


def _models_dir() -> Path | None:
    """``TOCSIN_MODELS_DIR``; when it is unset (the usual case) the settings are not imported:
    importing pydantic-settings costs a tenth of a second at the start of every ``tocsin check``.
    """
    if not any(k.upper() == "TOCSIN_MODELS_DIR" for k in os.environ):
        return None
    from ..settings import get_settings

    return get_settings().models_dir
