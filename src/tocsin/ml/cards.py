"""Data cards: the Markdown page shipped beside each model (sources, licences, rows, metrics)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .linear import LinearModel

PURPOSE = {
    "sentiment": "Sentiment of a short post (negative / neutral / positive), French and English.",
    "toxicity": "Toxicity of a short post (toxic or not) with hate and offensive sub-scores, "
    "French and English.",
    "spam": "Spam (promotion, scams, 'check out my channel') in comments and messages.",
}

BIASES = {
    "sentiment": [
        "English rows are tweets (SemEval 2013-2016) and Reddit comments; French rows are "
        "1,839 tweets (DEFT 2017): French sentiment is the weaker of the two.",
        "Sarcasm and irony are mostly read literally.",
        "No permissively licensed French sentiment set exists: with `--permissive-only` French "
        "sentiment comes only from words shared with English; retrain on your own reviewed posts.",
    ],
    "toxicity": [
        "Davidson et al. labels carry a known dialect bias (African-American English is more "
        "often labelled offensive); MLMA tweets were collected with hateful keywords.",
        "Slurs and swear words weigh heavily: quoting, reclaiming or condemning them can score "
        "as toxic; polite hostility can score low.",
        "Identity terms (immigrants, religions, genders) raise the score even in friendly posts: "
        "the hate sets over-represent them.",
        "`offensive` follows OLID's definition (insults, threats and plain profanity, targeted "
        "or not): English tweets above all; on French forum posts it is weaker than `toxic` "
        "(ToxiFrench macro-F1 57 against 71), so moderate French posts on `toxic`.",
        "The context network of `offensive` learnt from English tweets (OLID, Davidson) and reads "
        "English posts only: French posts keep the linear score (read as English, the French "
        "\"retard\", a delay, is a slur). It inherits OLID's and Davidson's biases and weighs "
        "words in their context, so its reasons are less plain than a word list's.",
        "No threat score: none of the shared sets labels threats. OLID counts threats as "
        "offensive without telling them apart, and MLMA's 'fearful' hostility label (765 "
        "tweets) marks insults and slurs annotators found frightening, not threats (read on a "
        "sample); Jigsaw's threat labels are not among the sets.",
        "Sets marked '/clean' are posts of other sets (reviews, non-negative tweets and "
        "comments) used as non-toxic examples without being labelled for toxicity.",
    ],
    "spam": [
        "English only (SMS and YouTube comments from 2013-2015); French spam is caught only "
        "through shared tokens (links, numbers, 'subscribe').",
        "Spam styles change: retrain on your own reviewed posts.",
        "Sets marked '/ham' are posts of other sets (reviews, comments, French forum posts) used "
        "as non-spam examples without being labelled for spam; phone numbers and 'free' weigh "
        "towards spam, so service messages with a free number can score 0.6-0.7.",
    ],
}


def card(model: LinearModel) -> str:
    meta: dict[str, Any] = model.meta
    task = meta.get("task", model.name)
    lines = [
        f"# Data card: `{model.name}` model",
        "",
        PURPOSE.get(task, ""),
        "",
        "## Model",
        "",
        f"- Outputs: {', '.join(f'`{o}`' for o in model.outputs)} "
        f"({'softmax: one label' if model.kind == 'softmax' else 'independent probabilities'}).",
        "- Linear model over hashed word, word-pair and character 3-5-gram features "
        f"({model.weights.shape[0]:,} buckets), weights stored as float16 arrays (`.npz`, no "
        "pickle) with this metadata in JSON.",
        "- Trained with `tocsin ml train` (numpy only, seeded): "
        + ", ".join(f"{k} {v}" for k, v in sorted(meta.get("hyper", {}).items()))
        + ".",
        "- Trained on permissively licensed sets only: "
        + ("yes." if meta.get("permissive_only") else "no."),
    ]
    for output, head in sorted(meta.get("heads", {}).items()):
        shares = ", ".join(f"{k} {v}" for k, v in sorted(head["shares"].items()))
        lines.append(
            f"- Output `{output}` is fitted apart, on the sets that label it (weight of each set, "
            f"classes balanced inside it: {shares}), with "
            + ", ".join(f"{k} {v}" for k, v in sorted(head["hyper"].items()))
            + f". Its decision point, chosen out of fold on the training rows of "
            f"{head['tuned_on']} (never on a validation split), was {head['decision_point']}; "
            "it is moved to 0.5 through the bias."
        )
    lexicon = model.lexicon
    if lexicon is not None:
        head = meta.get("heads", {}).get(lexicon.output, {})
        lines.append(
            f"- Output `{lexicon.output}` also has word scores ({len(lexicon.words):,} words, "
            "arrays `lexicon_*`): a logistic regression over a post's mean word vector (words "
            f"weighted by smooth inverse frequency), fitted on the {head.get('tuned_on', '')} "
            "training rows, each word embedded on its own by the teacher "
            f"{meta.get('lexicon', {}).get('teacher', '')} at training time only (no encoder "
            "ships). The output's score is the mean of the hashed model's and the word scores' "
            "(the hashed one alone for a post without a word of the list)."
        )
    network = model.context
    if network is not None:
        described = meta.get("context", {})
        sets = ", ".join(f"{k} {v}" for k, v in sorted(described.get("sets", {}).items()))
        settings = described.get("settings", {})
        f1 = described.get("out_of_fold_macro_f1", {})
        band = described.get("band", ["?", "?"])
        tuned = meta.get("heads", {}).get(network.output, {}).get("tuned_on", "")
        lines.append(
            f"- Output `{network.output}` is also read in context by a small convolutional "
            f"network (arrays `context_*`, {len(network.words):,} words): word vectors of "
            f"{network.embeddings.shape[1]} dimensions (the teacher's, reduced by PCA, then "
            f"learnt; stored as int8), one convolution of {network.conv_bias.shape[0]} filters "
            f"over {network.width} neighbouring words, maximum and mean pooling, one linear "
            f"layer; trained with PyTorch at training time only ({settings.get('epochs')} "
            f"passes, seed {settings.get('seed')}) on {sets} (weights of each set, classes "
            "balanced inside it), numpy at run time. Its score and the linear one are stacked by "
            f"a logistic regression fitted out of fold on the {tuned} "
            f"training rows (mix {described.get('mix')}); only posts whose linear probability is "
            f"between {band[0]} and {band[1]}"
            + (
                f" and whose language is {', '.join(network.languages)} (when known)"
                if network.languages
                else ""
            )
            + " pay for it "
            f"({described.get('share_in_band', 0):.0%} of those training rows), the others keep "
            f"the linear score. Out of fold: linear {f1.get('linear')}, network "
            f"{f1.get('network')}, stacked {f1.get('stacked')} macro-F1."
        )
    if meta.get("extra_rows"):
        lines.append(f"- Plus {meta['extra_rows']} reviewed posts of the organisation.")
    lines += [
        "",
        "## Sources",
        "",
        "| set | languages | licence | commercial use | train rows | validation rows |",
        "|---|---|---|---|---|---|",
    ]
    research = False
    for s in meta.get("sources", []):
        trained = s["train_rows"] > 0
        research = research or (trained and not s["permissive"])
        lines.append(
            f"| {s['name']} (`{s['folder']}`) | {', '.join(s['languages'])} | {s['licence']} | "
            f"{'yes' if s['permissive'] else 'no'} | {s['train_rows']:,} | {s['val_rows']:,} |"
        )
    lines += ["", "## Licence of the weights", ""]
    if research:
        lines.append(
            "Some training sets are for research use only (see above): these weights inherit that "
            "restriction. For clean provenance, retrain on the permissive sets only with "
            "`tocsin ml train --permissive-only` (and your own reviewed posts)."
        )
    else:
        lines.append(
            "Every training set is under a permissive licence (MIT, Apache-2.0 or CC BY 4.0: "
            "cite the sources); commercial use is allowed."
        )
    lines += [
        "",
        "## Metrics (validation splits, decision point 0.5)",
        "",
        "| measure | rows | value | published baseline |",
        "|---|---|---|---|",
    ]
    for m in meta.get("metrics", []):
        base = f"{m['baseline']} ({m['baseline_name']})" if m.get("baseline") else "—"
        lines.append(f"| {m['label']} | {m['rows']:,} | {m['value']} | {base} |")
    lines += [
        "",
        "Published baselines are on the sets' test splits, which are kept aside; the figures "
        "here are on the validation splits (TweetEval and UMSAB: official; others: seeded 80/20 "
        "splits made by `tocsin ml train`, see docs/models.md).",
        "",
        "## Known biases and limits",
        "",
        *[f"- {b}" for b in BIASES.get(task, [])],
        "",
    ]
    return "\n".join(lines)


def write_card(model: LinearModel, folder: Path) -> Path:
    path = folder / f"{model.name}.md"
    path.write_text(card(model), encoding="utf-8")
    return path
