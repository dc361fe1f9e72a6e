"""Verifying the whole archive: every record, every tree head, every signature.

For each record in order: its sequence number (no gap, none out of place), the SHA-256 of its
payload and of its document, its leaf hash from ``raw_sha256 ‖ document_sha256 ‖ meta``; a
tombstone keeps only its leaf hash, and must have been made by a retention sweep that the log
itself records. The leaves are folded into the tree as they stream, and the root at each signed
tree head's size must be that head's root; each head's Ed25519 signature must verify with the
archive's key (or the one the caller pins). The first failure names the record, or the head.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from .blocks import (
    BLOCK_WIDTH,
    Block,
    can_fork,
    local_blocks,
    parallel_target,
    worker_blocks,
)
from .log import TreeHead, all_heads
from .merkle import Frontier
from .retention import covered_by_sweeps
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

# From this many records on, verification uses worker processes (when it can: see blocks.py).
PARALLEL_FROM = 200_000


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
    workers: int | None = None,
    block_width: int = BLOCK_WIDTH,
) -> Verification:
    """Recompute everything; ``pinned_key``: the public key every head must be signed with.

    ``known_heads``: ``(tree_size, root)`` of heads seen before (an auditor's copy): the archive
    must still contain those trees, which detects a history rewritten or cut short with the key.
    ``progress(n)`` is called as records are checked. ``workers``: processes that read and hash
    blocks of ``block_width`` records (a power of two) side by side; by default two from
    :data:`PARALLEL_FROM` records on (one on a one-core machine), else this process alone. The
    workers are only used when they see exactly what this transaction sees (see blocks.py).
    """
    if block_width < 1 or block_width & (block_width - 1):
        raise ValueError(f"block_width must be a power of two, not {block_width}")
    outcome = Verification()
    heads = all_heads(connection)
    keys = archive_public_keys(connection)
    outcome.heads = len(heads)
    if heads:
        outcome.tree_size = heads[-1].tree_size
        outcome.root = heads[-1].root_hash.hex()
        outcome.key_fingerprint = fingerprint(keys.get(heads[-1].key_id, b""))
    _check_heads(heads, keys, pinned_key, outcome)
    _check_records(connection, heads, list(known_heads), outcome, progress, workers, block_width)
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
    workers: int | None,
    width: int,
) -> None:
    size = heads[-1].tree_size if heads else 0
    sizes = sorted({head.tree_size for head in heads} | {s for s, _ in known})
    if workers is None:
        workers = min(2, os.cpu_count() or 1) if size >= PARALLEL_FROM else 1
    parallel = outcome.ok and workers > 1 and size > width and can_fork()
    target = parallel_target(connection) if parallel else None
    if target is not None:
        trial = Verification(**{**outcome.__dict__, "extra": {}})
        try:
            _combine(
                worker_blocks(target, workers, size, width, sizes), heads, known, trial, progress
            )
        except Exception:  # noqa: BLE001 - a worker failed: this process checks everything
            trial.ok = False
        if trial.ok:
            outcome.__dict__.update(trial.__dict__)
            return
        # Something is wrong, or changed since this transaction began, or a worker failed:
        # check again here, so that the report names what the caller sees.
        progress = None
    _combine(local_blocks(connection, size, width, sizes), heads, known, outcome, progress)


def _combine(
    blocks: Iterable[Block],
    heads: list[TreeHead],
    known: list[tuple[int, bytes]],
    outcome: Verification,
    progress: Any,
) -> None:
    """Fold the blocks' results, in order, into the whole tree and check every head's root."""
    known_roots = dict(known)
    pending = list(reversed(heads))  # pop() gives the next head by size
    whole = Frontier()  # the roots of the whole blocks so far
    tombstones: list[int] = []
    sweeps: list[tuple[int, Any]] = []
    expected = 0
    gap: int | None = None  # the first record missing at the end of the blocks so far
    for block in blocks:
        if gap is not None and block.rows:
            outcome.fail("missing", gap)
        problem = block.problem
        for size in sorted(block.ranges):
            if problem is not None and problem[0] < size:
                outcome.fail(problem[1], problem[0])
            root = Frontier(size, [*whole.nodes, *block.ranges[size]]).root()
            if size in known_roots and root != known_roots[size]:
                outcome.fail("known_head", None, size=size)
            while pending and pending[-1].tree_size == size:
                head = pending.pop()
                if root != head.root_hash:
                    first = _range_start(heads, head)
                    outcome.fail(
                        "root", first, first=first, last=head.tree_size - 1, **_where(head)
                    )
        if problem is not None:
            outcome.fail(problem[1], problem[0])
        if block.root is not None:
            whole.append(block.root)
        elif problem is None and gap is None:
            gap = block.start + block.rows  # the rows stop here: a later row makes it a gap
        tombstones.extend(block.tombstones)
        sweeps.extend(block.sweeps)
        if block.last_seq is not None:
            expected = block.last_seq + 1
        outcome.records = expected
        if progress is not None:
            progress(block.rows)
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


def _range_start(heads: list[TreeHead], head: TreeHead) -> int:
    before = [h.tree_size for h in heads if h.tree_size < head.tree_size]
    return max(before, default=0)
