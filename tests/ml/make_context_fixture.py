"""Write ``context_expected.json``: the shipped context network's scores of a few posts, computed
by PyTorch's layers (the training-time forward pass). Run after retraining the toxicity model::

    .venv/bin/python tests/ml/make_context_fixture.py

It needs the train extra (PyTorch); the test that reads the file does not.
"""

from __future__ import annotations

import json
from pathlib import Path

from tocsin.ml.features import fold, tokens
from tocsin.ml.inference import MODELS_DIR
from tocsin.ml.linear import LinearModel
from tocsin.ml.training.context import torch_scores

TEXTS = [
    "@user you are such an idiot, nobody cares about your opinion",
    "@user Thank you so much for the help yesterday, you are the best!",
    "What a fucking joke this game was lol",
    "I feel like an idiot for missing the train again",
    "Merci pour votre retour, nous revenons vers vous rapidement.",
    "Ferme ta gueule espèce de connard",
    "",
    "Liberals are destroying this country #MAGA",
]


def main() -> None:
    net = LinearModel.load(MODELS_DIR, "toxicity").context
    if net is None:
        raise SystemExit("the shipped toxicity model has no context network")
    scores = torch_scores(net, [tokens(fold(t)) for t in TEXTS])
    rows = [{"text": t, "score": round(s, 6)} for t, s in zip(TEXTS, scores, strict=True)]
    path = Path(__file__).with_name("context_expected.json")
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
