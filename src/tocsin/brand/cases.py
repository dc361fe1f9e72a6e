"""Impersonation cases: one per account (platform + handle) or domain, with their evidence posts.

:func:`record` is called by :meth:`tocsin.store.database.Store.save_many` inside the transaction
that stores the posts, so every path that stores posts (``check --save``, ``demo``, imports,
listening) opens or updates cases. A post's brand-hijacking findings give its subjects: the
author's account (lookalike handle or display name, counterfeit offers, fake support, scams) and
each lookalike domain (by registrable domain, platform ``web``). Shortened links are left to
review, not turned into cases. Storing the same post again adds nothing.

A case moves ``new`` → ``confirmed`` → ``takedown_requested`` → ``resolved``, or to
``false_positive``; new evidence reopens a ``resolved`` case (``new``) and leaves a
``false_positive`` one as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from ..errors import InputError
from ..models import Category, Post, Result, Severity, utcnow
from ..store.brand_tables import brand_case_evidence, brand_cases
from ..store.tables import posts

STATUSES = ("new", "confirmed", "takedown_requested", "resolved", "false_positive")

#: the statuses a case may move to from each status
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "new": ("confirmed", "false_positive", "resolved"),
    "confirmed": ("takedown_requested", "resolved", "false_positive", "new"),
    "takedown_requested": ("resolved", "confirmed", "false_positive"),
    "resolved": ("new", "confirmed", "takedown_requested"),
    "false_positive": ("new", "confirmed"),
}

#: finding kinds about a domain (the others are about the post's author)
DOMAIN_KINDS = frozenset({"impersonation.domain"})
#: brand-hijacking kinds that open no case
NO_CASE_KINDS = frozenset({"impersonation.shortened_link"})
WEB = "web"
#: kinds the detectors report as medium by default (the others are high)
MEDIUM_KINDS = frozenset({"impersonation.display_name", "brand.counterfeit"})

_SEVERITY_WEIGHT = {s.value: s.rank for s in Severity}


@dataclass(slots=True)
class Evidence:
    post_id: int
    native_id: str | None
    platform: str | None
    author: str | None
    text: str
    url: str | None
    seen_at: datetime
    kinds: list[str]
    excerpt: str
    explanation: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "post_id": self.post_id,
            "id": self.native_id,
            "platform": self.platform,
            "author": self.author,
            "text": self.text,
            "url": self.url,
            "seen_at": self.seen_at.isoformat(),
            "kinds": self.kinds,
            "excerpt": self.excerpt,
            "explanation": self.explanation,
            "score": self.score,
        }


@dataclass(slots=True)
class Case:
    id: int
    subject_type: str
    platform: str
    subject: str
    display: str
    kind: str
    score: float
    status: str
    first_seen: datetime
    last_seen: datetime
    evidence_count: int
    note: str | None
    created_at: datetime
    updated_at: datetime
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "subject_type": self.subject_type,
            "platform": self.platform,
            "subject": self.subject,
            "display": self.display,
            "kind": self.kind,
            "score": self.score,
            "status": self.status,
            "first_seen": self.first_seen.isoformat(),
            "last_seen": self.last_seen.isoformat(),
            "evidence_count": self.evidence_count,
            "note": self.note,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(slots=True)
class _Sighting:
    """What one post shows about one subject."""

    subject_type: str
    platform: str
    subject: str
    display: str
    kinds: list[str]
    excerpt: str
    explanation: str
    score: float
    strongest: str  # the kind of the most severe, then best-scored finding
    weight: tuple[int, float]


def _unicode_domain(domain: str) -> str:
    from .domains import to_unicode  # tldextract is loaded only when a domain is seen

    return to_unicode(domain)


def normalize_handle(author: str) -> str:
    return author.strip().lstrip("@").lower()


def sightings(post: Post, result: Result) -> list[_Sighting]:
    """The case subjects a screened post gives evidence for (none without brand findings)."""
    found: dict[tuple[str, str, str], _Sighting] = {}
    for f in result.findings:
        if f.category is not Category.BRAND_HIJACKING or f.kind in NO_CASE_KINDS:
            continue
        if f.kind in DOMAIN_KINDS:
            if not f.matched:
                continue
            key = ("domain", WEB, f.matched.lower())
            display = _unicode_domain(f.matched)
        else:
            if not post.author or not normalize_handle(post.author):
                continue
            platform = (post.platform or "").strip().lower()
            key = ("account", platform, normalize_handle(post.author))
            display = "@" + post.author.strip().lstrip("@")
        weight = (_SEVERITY_WEIGHT[f.severity.value], f.score)
        seen = found.get(key)
        if seen is None:
            found[key] = _Sighting(
                *key, display, [f.kind], f.excerpt, f.explanation, f.score, f.kind, weight
            )
            continue
        if f.kind not in seen.kinds:
            seen.kinds.append(f.kind)
        if weight > seen.weight:
            seen.excerpt, seen.explanation, seen.strongest = f.excerpt, f.explanation, f.kind
            seen.weight, seen.score = weight, f.score
    return list(found.values())


def _insert(connection: Connection, table: Any) -> Any:
    if connection.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def record(
    connection: Connection,
    stored: Iterable[tuple[int, Post, Result]],
    *,
    now: datetime | None = None,
) -> int:
    """Open or update the cases of stored posts (row id, post, result); returns evidence added.

    Called in the transaction that stored the posts. Idempotent: evidence is one row per case and
    post. A batch costs a handful of statements whatever its size: the cases are opened, read,
    given their evidence and updated each with one statement.
    """
    todo = [(post_id, post, s) for post_id, post, result in stored for s in sightings(post, result)]
    if not todo:
        return 0
    now = now or utcnow()
    cases = _open_cases(connection, [(s, post.at) for _post_id, post, s in todo], now)
    evidence = [
        {
            "case_id": cases[_subject(s)].id,
            "post_id": post_id,
            "kinds": ",".join(s.kinds),
            "excerpt": s.excerpt,
            "explanation": s.explanation,
            "score": s.score,
            "seen_at": post.at,
        }
        for post_id, post, s in todo
    ]
    statement = (
        _insert(connection, brand_case_evidence)
        .on_conflict_do_nothing(index_elements=["case_id", "post_id"])
        .returning(brand_case_evidence.c.case_id, brand_case_evidence.c.post_id)
    )
    added = {(row.case_id, row.post_id) for row in connection.execute(statement, evidence)}
    if not added:
        return 0
    changed: dict[tuple[str, str, str], int] = {}  # subject -> evidence added
    for post_id, post, sighting in todo:  # in order, as each post would have moved its case
        key = _subject(sighting)
        case = cases[key]
        if (case.id, post_id) not in added:
            continue
        changed[key] = changed.get(key, 0) + 1
        stronger = (_SEVERITY_WEIGHT.get(_kind_severity(case.kind), 0), case.score)
        if sighting.weight > stronger:
            case.kind = sighting.strongest
        case.first_seen = min(case.first_seen, post.at)
        case.last_seen = max(case.last_seen, post.at)
        case.score = max(case.score, sighting.score)
        if case.status == "resolved":
            case.status = "new"  # it is back
    connection.execute(
        update(brand_cases)
        .where(brand_cases.c.id == bindparam("case_id"))
        .values(
            evidence_count=brand_cases.c.evidence_count + bindparam("added"),
            kind=bindparam("new_kind"),
            score=bindparam("new_score"),
            status=bindparam("new_status"),
            first_seen=bindparam("new_first_seen"),
            last_seen=bindparam("new_last_seen"),
            updated_at=now,
        ),
        [
            {
                "case_id": case.id,
                "added": count,
                "new_kind": case.kind,
                "new_score": case.score,
                "new_status": case.status,
                "new_first_seen": case.first_seen,
                "new_last_seen": case.last_seen,
            }
            for case, count in ((cases[key], count) for key, count in changed.items())
        ],
    )
    return len(added)


def _kind_severity(kind: str) -> str:
    # A case keeps its strongest kind only: weigh it by the detectors' default severity.
    return "medium" if kind in MEDIUM_KINDS else "high"


def _subject(s: _Sighting) -> tuple[str, str, str]:
    return (s.subject_type, s.platform, s.subject)


def _open_cases(
    connection: Connection, seen: list[tuple[_Sighting, datetime]], now: datetime
) -> dict[tuple[str, str, str], Case]:
    """The cases of the subjects ``seen`` (sighting, post date), opened where none exists yet
    (with the first sighting of each subject), by subject."""
    first: dict[tuple[str, str, str], tuple[_Sighting, datetime]] = {}
    for s, at in seen:
        first.setdefault(_subject(s), (s, at))
    connection.execute(
        _insert(connection, brand_cases).on_conflict_do_nothing(
            index_elements=["subject_type", "platform", "subject"]
        ),
        [
            {
                "subject_type": s.subject_type,
                "platform": s.platform,
                "subject": s.subject,
                "display": s.display,
                "kind": s.strongest,
                "score": s.score,
                "status": "new",
                "first_seen": at,
                "last_seen": at,
                "evidence_count": 0,
                "created_at": now,
                "updated_at": now,
            }
            for s, at in first.values()
        ],
    )
    rows = connection.execute(
        select(brand_cases).where(brand_cases.c.subject.in_({key[2] for key in first}))
    ).all()
    cases = {(r.subject_type, r.platform, r.subject): _case(r) for r in rows}
    return {key: cases[key] for key in first}


def _case(row: Any) -> Case:
    return Case(
        id=row.id,
        subject_type=row.subject_type,
        platform=row.platform,
        subject=row.subject,
        display=row.display,
        kind=row.kind,
        score=row.score,
        status=row.status,
        first_seen=row.first_seen,
        last_seen=row.last_seen,
        evidence_count=row.evidence_count,
        note=row.note,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def list_cases(
    connection: Connection,
    *,
    status: str | None = None,
    platform: str | None = None,
    limit: int = 100,
) -> list[Case]:
    """Cases, most recently seen first."""
    query = select(brand_cases).order_by(brand_cases.c.last_seen.desc(), brand_cases.c.id.desc())
    if status is not None:
        query = query.where(brand_cases.c.status == check_status(status))
    if platform is not None:
        query = query.where(brand_cases.c.platform == platform.strip().lower())
    return [_case(row) for row in connection.execute(query.limit(limit)).all()]


def count_cases(connection: Connection) -> int:
    return int(connection.execute(select(func.count()).select_from(brand_cases)).scalar_one())


def get_case(connection: Connection, case_id: int, *, evidence_limit: int = 50) -> Case:
    """One case with its latest evidence posts; :class:`InputError` when there is none."""
    row = connection.execute(select(brand_cases).where(brand_cases.c.id == case_id)).first()
    if row is None:
        raise InputError(f"There is no impersonation case {case_id} (see `tocsin brand cases`).")
    case = _case(row)
    rows = connection.execute(
        select(brand_case_evidence, posts)
        .join(posts, posts.c.id == brand_case_evidence.c.post_id)
        .where(brand_case_evidence.c.case_id == case_id)
        .order_by(brand_case_evidence.c.seen_at.desc(), brand_case_evidence.c.id.desc())
        .limit(evidence_limit)
    ).all()
    case.evidence = [
        Evidence(
            post_id=r.post_id,
            native_id=r.native_id,
            platform=r.platform,
            author=r.author,
            text=r.text,
            url=r.url,
            seen_at=r.seen_at,
            kinds=r.kinds.split(","),
            excerpt=r.excerpt,
            explanation=r.explanation,
            score=r.score,
        )
        for r in rows
    ]
    return case


def check_status(status: str) -> str:
    value = status.strip().lower().replace("-", "_").replace(" ", "_")
    if value not in STATUSES:
        raise InputError(f"Unknown case status {status!r}: expected one of {', '.join(STATUSES)}.")
    return value


def set_status(
    connection: Connection,
    case_id: int,
    status: str,
    *,
    note: str | None = None,
    now: datetime | None = None,
) -> Case:
    """Move a case to ``status`` (see :data:`TRANSITIONS`), optionally with a note."""
    status = check_status(status)
    case = get_case(connection, case_id, evidence_limit=0)
    if status != case.status and status not in TRANSITIONS[case.status]:
        allowed = ", ".join(TRANSITIONS[case.status])
        raise InputError(
            f"Case {case_id} is {case.status}: it can move to {allowed}, not to {status}."
        )
    values: dict[str, Any] = {"status": status, "updated_at": now or utcnow()}
    if note is not None:
        values["note"] = note
    connection.execute(update(brand_cases).where(brand_cases.c.id == case_id).values(values))
    return get_case(connection, case_id)
