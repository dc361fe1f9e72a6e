"""Build the brand-hijacking labelled set ``tests/brand/labelled.jsonl`` (run once, committed).

Usage::

    .venv/bin/python benchmarks/build_brand_set.py [--confusables PATH] [--seed 4]

Rows: ``{"type": "handle"|"domain", "value", "label": "lookalike"|"legitimate", "brand",
"source"}`` for the brands of ``tests/brand/profile.toml``.

- Lookalike domains come from dnstwist's ``Fuzzer`` (an independent implementation of the fuzzer
  families, a dev dependency), with its dictionary family fed ``login``, ``secure``, ``support``,
  ``gift``, ``outlet``; TLD swaps and the brand in front of a foreign domain are added here.
- Lookalike handles: a letter swapped for one of its confusables (Unicode ``confusables.txt`` from
  ``../shared/data/unicode_confusables``; only this script reads it), leetspeak, capital I for l,
  "rn" for m, full-width letters, zero-width characters, the affixes of the issue (``_support``,
  ``.officiel``, ``service.client``, ``team``, ``hq``, ``care``, ``refunds``, ``giveaway``...), and
  random edits (insertion, deletion, transposition, repetition) of names of five letters or more.
- Legitimate: official handles and subdomains, well-known unrelated sites, and real words and
  first names that share letters with a brand (at least half of its letters in common, by
  rapidfuzz's ratio) while being two edits or more away from every brand name.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rapidfuzz import fuzz  # noqa: E402
from rapidfuzz.distance import OSA  # noqa: E402

from tocsin.profile import load_profile  # noqa: E402

OUT = ROOT / "tests" / "brand" / "labelled.jsonl"
PROFILE = ROOT / "tests" / "brand" / "profile.toml"
CONFUSABLES = ROOT.parent / "shared" / "data" / "unicode_confusables" / "confusables.txt"

AFFIXES = (
    "_support", "_help", ".officiel", "service.client", "_team", "hq", "_care", "_refunds",
    "_giveaway", "_official", "-support", ".help", "_sav", "_officiel", "care", "_info",
)  # fmt: skip
PREFIXES = ("real_", "the", "official_", "service.client.", "support_", "help.", "team_")
LEET = {"o": "0", "l": "1", "i": "1", "e": "3", "a": "4", "s": "5", "t": "7"}
FOREIGN = ("secure-pay.ru", "account-check.net", "login-verify.xyz", "cdn-host.top", "web.app")
TLDS = ("shop", "net", "org", "io", "co", "info", "online", "store", "xyz", "support", "eu")

# Words and names that share letters with the brands, in French and English (legitimate).
WORDS = """
lumiere lumen lumina luminaire lumineux illumine illumination humour limousine lemon
lumbago plumier lumignon allumette brillant brille brilliance bristol brioche brique
fleuriste fleurir nova novateur nouvelle novembre fleur floraison kestrels kesterson estrel
pays paypal payeur opale opaliné opalescent opera pauline caroline zephyr zephirin zeppelin
zebra banque banquet ardente ardennes ardoise velocipede velours velo vélocité triangle
trivial trivia tarentelle trevise oxygen oxalis axelle oxford claire clairette dubosc duboise
marcel marceline lefebvre lefranc lefort brillat novak nova_scotia kestrelsound lunatic
lumix luminor trivago velux ox_elia brilliantine lampion lumi_art novaflore fleurdelys
""".split()  # noqa: SIM905
SITES = (
    "lemonde.fr", "lefigaro.fr", "wikipedia.org", "github.com", "amazon.fr", "google.com",
    "youtube.com", "service-public.fr", "impots.gouv.fr", "bbc.co.uk", "lequipe.fr",
    "leboncoin.fr", "mastodon.social", "bsky.app", "linkedin.com", "instagram.com",
    "twitter.com", "x.com", "apple.com", "microsoft.com", "laposte.fr", "sncf-connect.com",
    "doctolib.fr", "free.fr", "orange.fr", "ouest-france.fr", "liberation.fr", "arte.tv",
)  # fmt: skip


def confusables_of(path: Path) -> dict[str, list[str]]:
    """Letters a-z and the letters (any script) whose prototype is that one letter."""
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        src, dst = (f.strip() for f in body.split(";")[:2])
        target = "".join(chr(int(cp, 16)) for cp in dst.split())
        source = chr(int(src, 16))
        letter = len(target) == 1 and "a" <= target <= "z"
        if letter and unicodedata.category(source).startswith("L") and not source.isascii():
            out.setdefault(target, []).append(source)
    return out


def edit(name: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(name) - 1)
    op = rng.choice(("insert", "delete", "transpose", "repeat"))
    if op == "insert":
        return name[:i] + rng.choice("abcdefghijklmnopqrstuvwxyz") + name[i:]
    if op == "delete":
        return name[:i] + name[i + 1 :]
    if op == "transpose" and name[i] != name[i + 1]:
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    return name[:i] + name[i] + name[i:]


def handle_lookalikes(base: str, glyphs: dict[str, list[str]], rng: random.Random) -> list[dict]:
    rows = []

    def add(value: str, source: str) -> None:
        if value.lower() != base.lower():
            rows.append({"value": value, "source": source})

    letters = [i for i, c in enumerate(base) if c in glyphs]
    for _ in range(3):
        i = rng.choice(letters)
        add(base[:i] + rng.choice(glyphs[base[i]]) + base[i + 1 :], "confusable")
    leet = [i for i, c in enumerate(base) if c in LEET]
    if leet:
        i = rng.choice(leet)
        add(base[:i] + LEET[base[i]] + base[i + 1 :], "leetspeak")
    if "l" in base:
        add(base.replace("l", "I", 1), "case")
    if "m" in base:
        add(base.replace("m", "rn", 1), "rn-for-m")
    add("".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in base), "full-width")
    add(base[:2] + "\u200b" + base[2:], "zero-width")
    add(base + rng.choice(AFFIXES), "affix")
    add(rng.choice(PREFIXES) + base, "affix")
    add(base + rng.choice(AFFIXES) + rng.choice(("", "_fr", "2024")), "affix")
    if len(base) >= 5:
        for _ in range(2):
            add(edit(base, rng), "edit")
    if leet:
        i = rng.choice(leet)
        add(base[:i] + LEET[base[i]] + base[i + 1 :] + rng.choice(AFFIXES), "leetspeak+affix")
    return rows


def domain_lookalikes(domain: str, rng: random.Random) -> list[dict]:
    import dnstwist

    fuzzer = dnstwist.Fuzzer(domain, dictionary=["login", "secure", "support", "gift", "outlet"])
    fuzzer.generate()
    by_family: dict[str, list[str]] = {}
    for d in fuzzer.domains:
        if d["fuzzer"] not in ("*original", "various"):
            by_family.setdefault(d["fuzzer"], []).append(d["domain"])
    rows = []
    for family, names in sorted(by_family.items()):
        names = sorted(set(names))  # dnstwist's order varies from run to run
        for name in rng.sample(names, min(len(names), 3 if family != "homoglyph" else 5)):
            rows.append({"value": name, "source": f"dnstwist:{family}"})
    label = domain.split(".")[0]
    rows.append({"value": f"{label}.{rng.choice(TLDS)}", "source": "tld-swap"})
    rows.append({"value": f"{domain}.{rng.choice(FOREIGN)}", "source": "brand-in-subdomain"})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--confusables", type=Path, default=CONFUSABLES)
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    glyphs = confusables_of(args.confusables)
    profile = load_profile(PROFILE)
    rows: list[dict] = []

    def row(kind: str, label: str, brand: str, value: str, source: str) -> None:
        rows.append(
            {"type": kind, "value": value, "label": label, "brand": brand, "source": source}
        )

    names: list[tuple[str, str]] = []  # (brand or person, plain name)
    for brand in profile.brands:
        plain = "".join(c for c in brand.name.lower() if c.isalnum())
        names.append((brand.name, plain))
        for handles in brand.handles.values():
            for h in handles:
                row("handle", "legitimate", brand.name, h, "official")
                names.append((brand.name, h.split("@")[0]))
        for domain in brand.domains:
            for r in domain_lookalikes(domain, rng):
                row("domain", "lookalike", brand.name, r["value"], r["source"])
            row("domain", "legitimate", brand.name, domain, "official")
            for sub in ("www", "shop", "support", "mail"):
                row("domain", "legitimate", brand.name, f"{sub}.{domain}", "official-subdomain")
    for person in profile.people:
        folded = unicodedata.normalize("NFKD", person.name.lower())
        plain = "".join(c for c in folded if c.isalnum() and c.isascii())
        names.append((person.name, plain))
        for handles in person.handles.values():
            for h in handles:
                row("handle", "legitimate", person.name, h, "official")
    for owner, base in names:
        for r in handle_lookalikes(base, glyphs, rng):
            row("handle", "lookalike", owner, r["value"], r["source"])
    # Legitimate names sharing letters with a brand, two edits or more from every name.
    plains = [p for _o, p in names]
    first_names = [
        line.strip().lower()
        for line in (ROOT / "src/tocsin/screening/lexicons/first_names_fr_en.txt")
        .read_text(encoding="utf-8")
        .splitlines()
        if line.strip() and not line.startswith("#")
    ]
    for word in WORDS + first_names:
        key = "".join(c for c in word.lower() if c.isalnum())
        close = max(plains, key=lambda p: fuzz.ratio(key, p))
        if fuzz.ratio(key, close) < 50 or min(OSA.distance(key, p) for p in plains) < 2:
            continue
        owner = next(o for o, p in names if p == close)
        suffix = rng.choice(("", "", "_", ".", "_paris", "_photo", "33", "_officiel"))
        handle = word + suffix if suffix != "_officiel" or word in first_names else word
        row("handle", "legitimate", owner, handle, "shares-letters")
        row("domain", "legitimate", owner, f"{key}.{rng.choice(('fr', 'com', 'net'))}",
            "shares-letters")  # fmt: skip
    for site in SITES:
        row("domain", "legitimate", "", site, "unrelated")
        row("domain", "legitimate", "", f"www.{site}", "unrelated")
    seen: set[tuple[str, str]] = set()
    unique = []
    for r in rows:
        key = (r["type"], r["value"].lower())
        if key not in seen:
            seen.add(key)
            unique.append(r)
    OUT.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in unique), encoding="utf-8"
    )
    counts: dict[str, int] = {}
    for r in unique:
        counts[f"{r['type']} {r['label']}"] = counts.get(f"{r['type']} {r['label']}", 0) + 1
    print(f"{len(unique)} rows written to {OUT.relative_to(ROOT)}: {counts}")


if __name__ == "__main__":
    main()
