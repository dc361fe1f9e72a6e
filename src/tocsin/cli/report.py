"""The readable report of ``tocsin check``: decision, highlighted text, explanations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.console import Console
from rich.text import Text

from ..models import Decision, Post, Result, Severity

_LABELS = {
    "en": {
        "decision": "Decision",
        "language": "language",
        "findings": "Findings",
        "none": "No finding: nothing in this post matches a risk rule.",
        "no_profile": "(no organisation profile: organisation-independent detectors only)",
        "long": "(text of {n} characters: only the findings are shown)",
        "signals": "Models: sentiment {sentiment} ({score:.0%}) · toxicity {toxicity:.0%}"
        " · hate {hate:.0%} · offensive {offensive:.0%} · spam {spam:.0%}",
        "negative": "negative",
        "neutral": "neutral",
        "positive": "positive",
        Decision.ALLOW: "ALLOW",
        Decision.REVIEW: "REVIEW",
        Decision.BLOCK: "BLOCK",
    },
    "fr": {
        "decision": "Décision",
        "language": "langue",
        "findings": "Constats",
        "none": "Aucun constat : rien dans ce message ne relève d'une règle de risque.",
        "no_profile": "(pas de profil d'organisation : détecteurs généraux seulement)",
        "long": "(texte de {n} caractères : seuls les constats sont affichés)",
        "signals": "Modèles : tonalité {sentiment} ({score:.0%}) · toxicité {toxicity:.0%}"
        " · haine {hate:.0%} · offensant {offensive:.0%} · spam {spam:.0%}",
        "negative": "négative",
        "neutral": "neutre",
        "positive": "positive",
        Decision.ALLOW: "AUTORISÉ",
        Decision.REVIEW: "À REVOIR",
        Decision.BLOCK: "BLOQUÉ",
    },
}
_DECISION_STYLE = {
    Decision.ALLOW: "bold green",
    Decision.REVIEW: "bold yellow",
    Decision.BLOCK: "bold red",
}
_SEVERITY_STYLE = {
    Severity.LOW: "cyan",
    Severity.MEDIUM: "yellow",
    Severity.HIGH: "red",
    Severity.CRITICAL: "bold red",
}
_MAX_SHOWN = 4000


def print_report(
    post: Post,
    result: Result,
    *,
    has_profile: bool,
    lang: str | None = None,
    console: Console | None = None,
) -> None:
    console = console or Console(highlight=False, soft_wrap=True)
    labels = _LABELS.get(lang or "en", _LABELS["en"])
    header = Text()
    header.append(f"{labels['decision']}: ", style="bold")
    header.append(str(labels[result.decision]), style=_DECISION_STYLE[result.decision])
    header.append(f"  ({labels['language']}: {result.language})", style="dim")
    console.print(header)
    if not has_profile:
        console.print(Text(str(labels["no_profile"]), style="dim"))
    if result.signals is not None:
        console.print(Text(_signals_line(result.signals, labels), style="dim"))
    console.print()
    if len(post.text) <= _MAX_SHOWN:
        body = Text(post.text)
        for f in result.findings:
            if f.start is not None and f.end is not None and f.end > f.start:
                body.stylize(f"reverse {_SEVERITY_STYLE[f.severity]}", f.start, f.end)
        console.print(body)
    else:
        console.print(Text(str(labels["long"]).format(n=len(post.text)), style="dim"))
    console.print()
    if not result.findings:
        console.print(Text(str(labels["none"]), style="green"))
        return
    console.print(Text(f"{labels['findings']} ({len(result.findings)})", style="bold"))
    for n, f in enumerate(result.findings, start=1):
        line = Text(f"{n}. ")
        line.append(f"[{f.severity.value}]", style=_SEVERITY_STYLE[f.severity])
        line.append(f" {f.category.value} · {f.kind}", style="bold")
        if f.start is not None:
            line.append(f"  {f.start}–{f.end}", style="dim")
        line.append(f"  “{f.excerpt}”")
        console.print(line)
        console.print(Text("   " + f.explanation))


def _signals_line(signals: dict[str, Any], labels: Mapping[Any, str]) -> str:
    """One line with what the text models say (see docs/models.md)."""
    sentiment = str(signals["sentiment"])
    scores = signals["sentiment_scores"]
    kinds = signals["toxicity_kinds"]
    return str(labels["signals"]).format(
        sentiment=labels.get(sentiment, sentiment),
        score=scores[sentiment],
        toxicity=signals["toxicity"],
        hate=kinds.get("hate", 0.0),
        offensive=kinds.get("offensive", 0.0),
        spam=signals["spam"],
    )
