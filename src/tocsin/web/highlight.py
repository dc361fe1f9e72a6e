"""The post's text cut into segments, each with the findings whose span covers it.

Spans may overlap (a home address is both ``data_leak`` and ``personal_security``), so the text
is split at every span boundary and each piece lists the findings covering it: the template marks
the pieces covered by at least one finding, and the markup nests nothing. The pieces are plain
text; the template escapes them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Finding, Severity


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    #: indices into the findings list of those covering this piece, in order
    findings: tuple[int, ...] = ()
    severity: Severity | None = None
    #: the explanations of the covering findings, one paragraph each (the mark's title)
    title: str = ""

    @property
    def marked(self) -> bool:
        return bool(self.findings)


def segments(text: str, findings: Sequence[Finding]) -> list[Segment]:
    """Cut ``text`` at every finding boundary; O(n log n) in the number of findings."""
    length = len(text)
    starts: dict[int, list[int]] = defaultdict(list)
    ends: dict[int, list[int]] = defaultdict(list)
    bounds = {0, length}
    for index, f in enumerate(findings):
        if f.start is None or f.end is None:
            continue  # post-level finding: listed, not highlighted
        start, end = max(0, min(f.start, length)), max(0, min(f.end, length))
        if start >= end:
            continue
        starts[start].append(index)
        ends[end].append(index)
        bounds.update((start, end))
    points = sorted(bounds)
    active: set[int] = set()
    out: list[Segment] = []
    for a, b in zip(points, points[1:], strict=False):
        active.difference_update(ends.get(a, ()))
        active.update(starts.get(a, ()))
        if not active:
            out.append(Segment(text[a:b]))
            continue
        covering = tuple(sorted(active))
        worst = max((findings[i].severity for i in covering), key=lambda s: s.rank)
        title = "\n\n".join(findings[i].explanation for i in covering)
        out.append(Segment(text[a:b], covering, worst, title))
    return out
