"""Small labelled sets written by the tests, in the formats of the public sets (no shared data)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

SPAM = [
    "WINNER!! You have won a £1000 prize, call 09061701461 now to claim",
    "Free entry in a weekly competition, text WIN to 87121 to receive your prize",
    "URGENT! Your mobile number has won a cash award, call 09050000327",
    "Congratulations, you won a free iPhone! Click http://bit.ly/win to claim",
    "Check out my channel and subscribe please!!! http://youtube.com/x",
    "Subscribe to my channel for free gift cards http://giftcards.example",
    "Gagnez un iPhone gratuit maintenant, cliquez ici http://promo.example",
    "Cash prize waiting, reply CLAIM to 80086 to get your reward now",
]
HAM = [
    "Are you coming to dinner tonight? I'll cook pasta",
    "Ok see you at the station at 6",
    "I love this song, it reminds me of summer",
    "Sorry I missed your call, I'm at work until 5",
    "Great video, the chorus is so catchy",
    "On se retrouve demain midi au café ?",
    "Thanks for the lift yesterday, have a good week",
    "This song never gets old, still listening in 2015",
]


def _write_spam_sets(root: Path) -> None:
    sms = root / "sms_spam"
    sms.mkdir(parents=True)
    lines = ["orig_line\tlabel\ttext"]
    for i, text in enumerate(SPAM * 3 + HAM * 6):
        label = "spam" if text in SPAM else "ham"
        lines.append(f"{i + 2}\t{label}\t{text} {i}")
    (sms / "SMSSpamCollection_train.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    yt = root / "youtube_spam"
    yt.mkdir()
    for number, name in ((1, "Psy"), (2, "KatyPerry"), (3, "LMFAO")):
        with (yt / f"Youtube0{number}-{name}.csv").open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(["COMMENT_ID", "AUTHOR", "DATE", "CONTENT", "label"])
            for i, text in enumerate(SPAM + HAM):
                writer.writerow([f"{name}{i}", "someone", "2014-01-01", text, int(text in SPAM)])


@pytest.fixture(scope="session")
def spam_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with tiny ``sms_spam`` and ``youtube_spam`` sets."""
    root = tmp_path_factory.mktemp("data")
    _write_spam_sets(root)
    return root
