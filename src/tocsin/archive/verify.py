"""Verifying the whole archive: every record, every tree head, every signature.

For each record in order: its sequence number (no gap, none out of place), the SHA-256 of its
payload and of its document, its leaf hash from ``raw_sha256 ‖ document_sha256 ‖ meta``; a
tombstone keeps only its leaf hash, and must have been made by a retention sweep that the log
itself records. The leaves are folded into the tree as they stream, and the root at each signed
tree head's size must be that head's root; each head's Ed25519 signature must verify with the
archive's key (or the one the caller pins). The first failure names the record, or the head.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from hashlib import sha256
from typing import Any

import orjson
from sqlalchemy import Connection

from .log import TreeHead, all_heads
from .merkle import Frontier
from .retention import SWEEP_ACTION, covered_by_sweeps
from .signing import archive_public_keys, fingerprint, signature_valid

# Every problem verification can report, in English and French.
MESSAGES: dict[str, tuple[str, str]] = {
    "unknown_key": (
        "{where} names a signing key the archive does not have",
        "{where_fr} cite une clé de signature que l'archive n'a pas",
    ),
    "not_pinned": (
        "{where} is signed with key {key}…, not the expected key {pinned}…",
        "{where_fr} est signée avec la clé {key}…, pas avec la clé attendue {pinned}…",
    ),
    "bad_signature": (
        "{where}: its signature does not verify",
        "{where_fr} : sa signature n'est pas valide",
    ),
    "goes_back": (
        "{where} goes back from the tree head before it",
        "{where_fr} revient en arrière par rapport à la tête précédente",
    ),
    "keys_no_head": (
        "the archive has keys but no signed tree head",
        "l'archive a des clés mais aucune tête d'arbre signée",
    ),
    "missing": ("record {seq} is missing", "l'enregistrement {seq} manque"),
    "incomplete": (
        "record {seq}: part of the record is missing",
        "enregistrement {seq} : une partie de l'enregistrement manque",
    ),
    "payload": (
        "record {seq}: its payload does not match its SHA-256",
        "enregistrement {seq} : le contenu reçu ne correspond pas à son SHA-256",
    ),
    "document": (
        "record {seq}: its post or decision trail does not match its SHA-256",
        "enregistrement {seq} : la publication ou la décision ne correspond pas à son SHA-256",
    ),
    "leaf": (
        "record {seq}: its metadata or hashes do not match its leaf hash",
        "enregistrement {seq} : ses métadonnées ou empreintes ne donnent pas "
        "son hachage de feuille",
    ),
    "moved": (
        "record {seq} is not in its place (its metadata gives another sequence number)",
        "l'enregistrement {seq} n'est pas à sa place (ses métadonnées donnent un autre numéro)",
    ),
    "root": (
        "the records from {first} to {last} do not give the root signed in {where}: "
        "one was altered, replaced or moved",
        "les enregistrements {first} à {last} ne donnent pas la racine signée dans {where_fr} : "
        "l'un d'eux a été modifié, remplacé ou déplacé",
    ),
    "short": (
        "{where} signs {size} records, the archive has {count}",
        "{where_fr} signe {size} enregistrements, l'archive en a {count}",
    ),
    "unsigned": (
        "records from {first} on are not covered by a signed tree head",
        "les enregistrements à partir de {first} ne sont couverts par aucune tête signée",
    ),
    "no_head": (
        "the archive has records but no signed tree head",
        "l'archive a des enregistrements mais aucune tête d'arbre signée",
    ),
    "known_head": (
        "the tree of {size} records does not have the root of the tree head you kept: "
        "history was rewritten",
        "l'arbre de {size} enregistrements n'a pas la racine de la tête que vous avez gardée : "
        "l'historique a été réécrit",
    ),
    "truncated": (
        "the archive has {count} records, fewer than the {size} of the tree head you kept",
        "l'archive a {count} enregistrements, moins que les {size} de la tête que vous avez gardée",
    ),
    "tombstone": (
        "record {seq}: its content was deleted, but no retention sweep in the log says so",
        "enregistrement {seq} : son contenu a été supprimé sans qu'aucune purge de "
        "conservation du journal ne l'indique",
    ),
}

_CHUNK = 20000
_QUERY = (
    "SELECT seq, kind, meta, document, raw, raw_sha256, document_sha256, leaf_hash, "
    "deleted_at IS NOT NULL FROM archive_records ORDER BY seq"
)


@dataclass
class Verification:
    """The outcome of :func:`verify_archive`; ``to_dict()`` is the ``--json`` contract."""

    ok: bool = True
    records: int = 0
    tree_size: int = 0
    root: str | None = None
    first_bad: int | None = None
    problem: str | None = None
    problem_fr: str | None = None
    heads: int = 0
    tombstones: int = 0
    key_fingerprint: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def fail(self, message: str, seq: int | None = None, /, **params: Any) -> None:
        if self.ok:
            english, french = MESSAGES[message]
            self.ok = False
            self.problem = english.format(seq=seq, **params)
            self.problem_fr = french.format(seq=seq, **params)
            self.first_bad = seq

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "ok": self.ok,
            "records": self.records,
            "tree_size": self.tree_size,
            "root": self.root,
            "first_bad": self.first_bad,
            "problem": self.problem_fr if lang == "fr" else self.problem,
            "heads": self.heads,
            "tombstones": self.tombstones,
            "key_fingerprint": self.key_fingerprint,
        }


def verify_archive(
    connection: Connection,
    *,
    pinned_key: bytes | None = None,
    known_heads: Sequence[tuple[int, bytes]] = (),
    progress: Any = None,
) -> Verification:
    """Recompute everything; ``pinned_key``: the public key every head must be signed with.

    ``known_heads``: ``(tree_size, root)`` of heads seen before (an auditor's copy): the archive
    must still contain those trees, which detects a history rewritten or cut short with the key.
    ``progress(n)`` is called as records are checked.
    """
    outcome = Verification()
    heads = all_heads(connection)
    keys = archive_public_keys(connection)
    outcome.heads = len(heads)
    if heads:
        outcome.tree_size = heads[-1].tree_size
        outcome.root = heads[-1].root_hash.hex()
        outcome.key_fingerprint = fingerprint(keys.get(heads[-1].key_id, b""))
    _check_heads(heads, keys, pinned_key, outcome)
    _check_records(connection, heads, list(known_heads), outcome, progress)
    return outcome


def _check_heads(
    heads: list[TreeHead], keys: dict[int, bytes], pinned: bytes | None, outcome: Verification
) -> None:
    if pinned is not None and not heads and keys:
        outcome.fail("keys_no_head")
    previous: TreeHead | None = None
    for head in heads:
        key = keys.get(head.key_id)
        where = _where(head)
        if key is None:
            outcome.fail("unknown_key", **where)
        elif pinned is not None and key != pinned:
            outcome.fail(
                "not_pinned", key=fingerprint(key)[:16], pinned=fingerprint(pinned)[:16], **where
            )
        elif not signature_valid(key, head.signature, head.message()):
            outcome.fail("bad_signature", **where)
        if previous is not None and (
            head.tree_size < previous.tree_size or head.timestamp_ms < previous.timestamp_ms
        ):
            outcome.fail("goes_back", **where)
        previous = head


def _where(head: TreeHead) -> dict[str, str]:
    return {
        "where": f"tree head #{head.id} (size {head.tree_size})",
        "where_fr": f"la tête d'arbre n° {head.id} (taille {head.tree_size})",
    }


def _check_records(
    connection: Connection,
    heads: list[TreeHead],
    known: list[tuple[int, bytes]],
    outcome: Verification,
    progress: Any,
) -> None:
    known_roots = dict(known)
    frontier = Frontier()
    nodes = frontier.nodes  # the frontier's append, inlined: it runs once per record
    pending = [head for head in heads]
    pending.reverse()  # pop() gives the next head by size
    tombstones: list[int] = []
    sweeps: list[tuple[int, Any]] = []
    expected = 0
    next_size = pending[-1].tree_size if pending else -1
    sweep_action = SWEEP_ACTION.encode()
    for chunk in _stream(connection):
        for seq, kind, meta, document, raw, raw_sha, document_sha, leaf, deleted in chunk:
            if seq != expected:
                outcome.fail("missing", expected)
                expected = seq
            if deleted:
                tombstones.append(seq)
            else:
                # The common case in one expression; the diagnosis only when it fails.
                try:
                    raw_digest = sha256(raw).digest()
                    document_digest = sha256(document).digest()
                    intact = (
                        raw_digest == raw_sha
                        and document_digest == document_sha
                        and sha256(b"\x00" + raw_digest + document_digest + meta).digest() == leaf
                        and b'"seq":%d,' % seq in meta
                    )
                except TypeError:  # a part missing, or rewritten with another type
                    intact = False
                if not intact:
                    outcome.fail(
                        _diagnose(seq, meta, document, raw, raw_sha, document_sha, leaf), seq
                    )
                elif kind == "audit" and sweep_action in document:
                    sweeps.append((seq, orjson.loads(document)))
            node = leaf if isinstance(leaf, bytes) else bytes(leaf, "utf-8", "replace")
            size = frontier.size
            frontier.size = size + 1
            while size & 1:
                node = sha256(b"\x01" + nodes.pop() + node).digest()
                size >>= 1
            nodes.append(node)
            expected += 1
            if known_roots and expected in known_roots and frontier.root() != known_roots[expected]:
                outcome.fail("known_head", None, size=expected)
            if expected != next_size:
                continue
            while pending and pending[-1].tree_size == expected:
                head = pending.pop()
                if frontier.root() != head.root_hash:
                    first = _range_start(heads, head)
                    outcome.fail(
                        "root", first, first=first, last=head.tree_size - 1, **_where(head)
                    )
            next_size = pending[-1].tree_size if pending else -1
        outcome.records = expected
        if progress is not None:
            progress(len(chunk))
    outcome.tombstones = len(tombstones)
    for size in sorted(known_roots):
        if size > expected:
            outcome.fail("truncated", None, size=size, count=expected)
    if pending:
        head = pending[-1]
        outcome.fail(
            "short",
            expected if expected < head.tree_size else None,
            size=head.tree_size,
            count=expected,
            **_where(head),
        )
    elif heads and expected > heads[-1].tree_size:
        outcome.fail("unsigned", heads[-1].tree_size, first=heads[-1].tree_size)
    elif not heads and expected:
        outcome.fail("no_head", 0)
    unexplained = covered_by_sweeps(tombstones, sweeps)
    if unexplained is not None:
        outcome.fail("tombstone", unexplained)


def _stream(connection: Connection) -> Iterator[Sequence[Any]]:
    """The records in order, in chunks, straight from the driver (a server-side cursor on
    PostgreSQL): no row objects, no whole archive in memory."""
    dbapi = connection.connection.dbapi_connection
    assert dbapi is not None
    if connection.dialect.name == "postgresql":
        cursor = dbapi.cursor(name="tocsin_archive_verify")
    else:
        cursor = dbapi.cursor()
    try:
        cursor.execute(_QUERY)
        while chunk := cursor.fetchmany(_CHUNK):
            yield chunk
    finally:
        cursor.close()


def _range_start(heads: list[TreeHead], head: TreeHead) -> int:
    before = [h.tree_size for h in heads if h.tree_size < head.tree_size]
    return max(before, default=0)


def _diagnose(
    seq: int,
    meta: bytes | None,
    document: bytes | None,
    raw: bytes | None,
    raw_sha: bytes | None,
    document_sha: bytes | None,
    leaf: bytes,
) -> str:
    """What is wrong with a record that failed the check: a key of :data:`MESSAGES`."""
    try:
        return _record_problem(seq, meta, document, raw, raw_sha, document_sha, leaf) or "leaf"
    except TypeError:  # a column rewritten with another type (text for bytes)
        return "incomplete"


def _record_problem(
    seq: int,
    meta: bytes | None,
    document: bytes | None,
    raw: bytes | None,
    raw_sha: bytes | None,
    document_sha: bytes | None,
    leaf: bytes,
) -> str | None:
    """The key of the record's problem in :data:`MESSAGES`, or None."""
    if meta is None or document is None or raw is None or raw_sha is None or document_sha is None:
        return "incomplete"
    raw_digest = sha256(raw).digest()
    if raw_digest != raw_sha:
        return "payload"
    document_digest = sha256(document).digest()
    if document_digest != document_sha:
        return "document"
    if sha256(b"\x00" + raw_digest + document_digest + meta).digest() != leaf:
        return "leaf"
    if b'"seq":%d,' % seq not in meta:
        return "moved"
    return None
