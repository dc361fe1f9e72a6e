"""Legal holds: a matter, a custodian and a scope (a search: words, dates, authors, sources...).

While a hold is active, no record in its scope is deleted by retention. Placing and releasing a
hold are audit entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from ..errors import InputError
from ..models import utcnow
from ..store.archive_tables import archive_holds
from .audit import record_action
from .records import iso_utc
from .search import SearchQuery, count, matching_seqs


@dataclass(frozen=True)
class Hold:
    id: int
    matter: str
    custodian: str
    scope: SearchQuery
    created_at: datetime
    created_by: str | None
    released_at: datetime | None
    released_by: str | None

    @property
    def active(self) -> bool:
        return self.released_at is None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "matter": self.matter,
            "custodian": self.custodian,
            "scope": self.scope.to_dict(),
            "created_at": iso_utc(self.created_at),
            "created_by": self.created_by,
            "released_at": iso_utc(self.released_at) if self.released_at else None,
            "released_by": self.released_by,
            "active": self.active,
        }


def _hold(row: Any) -> Hold:
    return Hold(
        id=row.id,
        matter=row.matter,
        custodian=row.custodian,
        scope=SearchQuery.from_dict(row.scope),
        created_at=row.created_at,
        created_by=row.created_by,
        released_at=row.released_at,
        released_by=row.released_by,
    )


def place_hold(
    connection: Connection, matter: str, custodian: str, scope: SearchQuery, actor: str
) -> tuple[Hold, int]:
    """Place a hold; returns it with the number of records it covers now."""
    if not matter.strip() or not custodian.strip():
        raise InputError("a legal hold needs a matter and a custodian")
    if scope.hold is not None or scope.include_deleted:
        raise InputError("a legal hold's scope cannot name another hold or deleted records")
    now = utcnow()
    result = connection.execute(
        archive_holds.insert().values(
            matter=matter.strip(),
            custodian=custodian.strip(),
            scope=scope.to_dict(),
            created_at=now,
            created_by=actor,
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    hold = get_hold(connection, int(key[0]))
    covered = count(connection, scope)
    record_action(
        connection,
        "hold.place",
        {
            "hold": hold.id,
            "matter": hold.matter,
            "custodian": hold.custodian,
            "scope": scope.to_dict(),
            "records": covered,
        },
        actor,
        at=now,
    )
    return hold, covered


def release_hold(connection: Connection, hold_id: int, actor: str) -> Hold:
    hold = get_hold(connection, hold_id)
    if not hold.active:
        raise InputError(f"legal hold #{hold_id} was already released")
    now = utcnow()
    connection.execute(
        archive_holds.update()
        .where(archive_holds.c.id == hold_id)
        .values(released_at=now, released_by=actor)
    )
    record_action(
        connection, "hold.release", {"hold": hold_id, "matter": hold.matter}, actor, at=now
    )
    return get_hold(connection, hold_id)


def get_hold(connection: Connection, hold_id: int) -> Hold:
    row = connection.execute(select(archive_holds).where(archive_holds.c.id == hold_id)).first()
    if row is None:
        raise InputError(f"there is no legal hold #{hold_id}")
    return _hold(row)


def list_holds(connection: Connection, *, active_only: bool = False) -> list[Hold]:
    statement = select(archive_holds).order_by(archive_holds.c.id)
    if active_only:
        statement = statement.where(archive_holds.c.released_at.is_(None))
    return [_hold(row) for row in connection.execute(statement)]


def held_seqs(connection: Connection) -> set[int]:
    """Every record some active hold covers."""
    held: set[int] = set()
    for hold in list_holds(connection, active_only=True):
        held.update(matching_seqs(connection, hold.scope))
    return held
