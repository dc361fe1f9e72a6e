"""Build the compact confusables table that ships in ``tocsin/brand/data/confusables.tsv``.

Reads the Unicode UTS #39 ``confusables.txt`` (version 14.0.0) given as argument and writes one
line per mapping: the source character, a tab, its prototype (the skeleton's replacement), both
as UTF-8 text. The comment header keeps Unicode's copyright notice and terms of use. Run::

    python scripts/build_confusables.py /path/to/confusables.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/tocsin/brand/data/confusables.tsv"

HEADER = """\
# Compact copy of Unicode UTS #39 confusables.txt, version {version}
# (source code point <TAB> prototype code points, hexadecimal),
# built by scripts/build_confusables.py.
# © Unicode, Inc. Unicode data is distributed under the Unicode License / Terms of Use:
# https://www.unicode.org/terms_of_use.html and https://www.unicode.org/license.txt
"""


def main(source: str) -> None:
    version = "?"
    rows: list[str] = []
    for line in Path(source).read_text(encoding="utf-8-sig").splitlines():
        if line.startswith("# Version:"):
            version = line.split(":", 1)[1].strip()
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        fields = [f.strip() for f in body.split(";")]
        src, dst = fields[0].split(), fields[1].split()
        if len(src) != 1:
            raise SystemExit(f"unexpected mapping: {line!r}")
        rows.append(f"{src[0]}\t{' '.join(dst)}")
    OUT.write_text(HEADER.format(version=version) + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} mappings written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
