"""Recall and false-positive rate of the lookalike detection on the labelled brand set.

Usage::

    .venv/bin/python benchmarks/brand_quality.py [--misses] [--json]

Reads ``tests/brand/labelled.jsonl`` (built by ``benchmarks/build_brand_set.py``: handles and
domains, lookalike or legitimate, for the ten brands and two executives of
``tests/brand/profile.toml``). A handle counts as flagged when ``AccountChecker`` finds a
lookalike author (no platform given: compared with every official account); a domain when
``LinkChecker`` finds it suspicious. Targets (issue #4): recall ≥ 0.95 at a false-positive rate
≤ 2 %. For comparison, in the same run, a naive peer: rapidfuzz's ``ratio`` ≥ 80 between the
lower-case name (or the domain's first label) and any brand name, official handle or person,
official names excepted. Exit code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rapidfuzz import fuzz  # noqa: E402

from tocsin.brand.accounts import AccountChecker  # noqa: E402
from tocsin.brand.links import LinkChecker  # noqa: E402
from tocsin.brand.targets import profile_targets  # noqa: E402
from tocsin.profile import load_profile  # noqa: E402

SET = ROOT / "tests" / "brand" / "labelled.jsonl"
PROFILE = ROOT / "tests" / "brand" / "profile.toml"
TARGET_RECALL = 0.95
TARGET_FPR = 0.02


def load_rows() -> list[dict[str, str]]:
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line]


class Tocsin:
    name = "tocsin"

    def __init__(self) -> None:
        profile = load_profile(PROFILE)
        targets = profile_targets(profile)
        self.accounts = AccountChecker(profile, targets)
        self.links = LinkChecker(profile.official_domains, targets)

    def flags(self, kind: str, value: str) -> bool:
        if kind == "handle":
            return bool(self.accounts.check(value, None, None))
        return self.links.check_host(value) is not None


class NaiveFuzzy:
    """The peer: one fuzzy ratio against every name, no skeletons, affixes or suffix list."""

    name = "naive rapidfuzz ratio>=80"

    def __init__(self) -> None:
        profile = load_profile(PROFILE)
        self.names = [t.plain for t in profile_targets(profile)]
        self.official = {h for b in profile.brands for hs in b.handles.values() for h in hs}
        self.official |= {h for p in profile.people for hs in p.handles.values() for h in hs}
        self.domains = set(profile.official_domains)

    def flags(self, kind: str, value: str) -> bool:
        value = value.lower()
        if kind == "handle":
            if value in self.official:
                return False
            key = value
        else:
            if value in self.domains or any(value.endswith("." + d) for d in self.domains):
                return False
            key = value.split(".")[0]
        return any(fuzz.ratio(key, n) >= 80 for n in self.names)


def evaluate(method: Tocsin | NaiveFuzzy, rows: list[dict[str, str]]) -> dict[str, object]:
    per: dict[str, Counter[str]] = {}
    misses: list[dict[str, str]] = []
    for row in rows:
        flagged = method.flags(row["type"], row["value"])
        for scope in ("all", row["type"]):
            c = per.setdefault(scope, Counter())
            if row["label"] == "lookalike":
                c["tp" if flagged else "fn"] += 1
            else:
                c["fp" if flagged else "tn"] += 1
        if flagged != (row["label"] == "lookalike"):
            misses.append(row)
    out: dict[str, object] = {"method": method.name}
    for scope, c in per.items():
        recall = c["tp"] / max(1, c["tp"] + c["fn"])
        fpr = c["fp"] / max(1, c["fp"] + c["tn"])
        out[scope] = {
            "lookalikes": c["tp"] + c["fn"],
            "legitimate": c["fp"] + c["tn"],
            "recall": round(recall, 4),
            "fpr": round(fpr, 4),
        }
    out["misses"] = misses
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--misses", action="store_true", help="List the rows each method gets wrong"
    )
    parser.add_argument("--json", action="store_true", help="Print JSON")
    args = parser.parse_args()
    rows = load_rows()
    results = [evaluate(Tocsin(), rows), evaluate(NaiveFuzzy(), rows)]
    if args.json:
        for r in results:
            if not args.misses:
                r.pop("misses")
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        print(f"labelled set: {SET.relative_to(ROOT)} ({len(rows)} rows)")
        for r in results:
            print(f"\n{r['method']}")
            for scope in ("handle", "domain", "all"):
                s = r[scope]
                assert isinstance(s, dict)
                print(
                    f"  {scope:7} lookalikes {s['lookalikes']:4}  legitimate {s['legitimate']:4}"
                    f"  recall {s['recall']:.3f}  false-positive rate {s['fpr']:.3f}"
                )
            if args.misses:
                for m in r["misses"]:  # type: ignore[attr-defined]
                    print(f"    miss: {m['type']} {m['label']:10} {m['value']!r} ({m['source']})")
    ours = results[0]["all"]
    assert isinstance(ours, dict)
    ok = ours["recall"] >= TARGET_RECALL and ours["fpr"] <= TARGET_FPR
    print(
        f"\ntarget recall >= {TARGET_RECALL} at FPR <= {TARGET_FPR:.0%}: "
        f"{'met' if ok else 'NOT met'}",
        file=sys.stderr,
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
