"""The Merkle tree of RFC 6962 (section 2.1): hashes, roots, inclusion and consistency proofs.

``leaf = SHA-256(0x00 ‖ entry)``, ``node = SHA-256(0x01 ‖ left ‖ right)``; the tree over ``n``
leaves splits at the largest power of two smaller than ``n``. Proof verification follows RFC 9162
(sections 2.1.3.2 and 2.1.4.2), the algorithms certificate-transparency clients use.

:class:`Frontier` appends leaves in O(log n) memory (the roots of the perfect subtrees, left to
right) and gives the root at any size, so appending never recomputes the tree.
:class:`Levels` holds every level of a tree for proofs over many leaves at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from hashlib import sha256

LEAF_PREFIX = b"\x00"
NODE_PREFIX = b"\x01"
EMPTY_ROOT = sha256(b"").digest()


def leaf_hash(entry: bytes) -> bytes:
    return sha256(LEAF_PREFIX + entry).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return sha256(NODE_PREFIX + left + right).digest()


@dataclass
class Frontier:
    """The roots of the perfect subtrees of a tree, left to right (the "compact range")."""

    size: int = 0
    nodes: list[bytes] = field(default_factory=list)

    def append(self, leaf: bytes) -> None:
        node = leaf
        size = self.size
        nodes = self.nodes
        while size & 1:
            node = sha256(NODE_PREFIX + nodes.pop() + node).digest()
            size >>= 1
        nodes.append(node)
        self.size += 1

    def extend(self, leaves: Iterable[bytes]) -> None:
        for leaf in leaves:
            self.append(leaf)

    def root(self) -> bytes:
        if not self.nodes:
            return EMPTY_ROOT
        node = self.nodes[-1]
        for left in reversed(self.nodes[:-1]):
            node = node_hash(left, node)
        return node

    def to_bytes(self) -> bytes:
        return b"".join(self.nodes)

    @classmethod
    def from_bytes(cls, size: int, data: bytes) -> Frontier:
        nodes = [data[i : i + 32] for i in range(0, len(data), 32)]
        if len(nodes) != bin(size).count("1"):
            raise ValueError(f"a frontier of size {size} has {bin(size).count('1')} nodes")
        return cls(size, nodes)


def root_of(leaves: Iterable[bytes]) -> bytes:
    frontier = Frontier()
    frontier.extend(leaves)
    return frontier.root()


class Levels:
    """Every level of the tree over ``leaves``: level 0 is the leaves, the last is the root.

    ``levels[l][j]`` is the hash of leaves ``j·2^l`` to ``min((j+1)·2^l, n)``: an unpaired last
    node moves up unchanged, which gives exactly RFC 6962's unbalanced tree.
    """

    def __init__(self, leaves: Sequence[bytes]) -> None:
        self.size = len(leaves)
        levels: list[list[bytes]] = [list(leaves)]
        current = levels[0]
        while len(current) > 1:
            paired = len(current) - len(current) % 2
            upper = [
                sha256(NODE_PREFIX + current[i] + current[i + 1]).digest()
                for i in range(0, paired, 2)
            ]
            if paired < len(current):
                upper.append(current[-1])
            levels.append(upper)
            current = upper
        self.levels = levels

    def root(self) -> bytes:
        return self.levels[-1][0] if self.size else EMPTY_ROOT

    def inclusion_proof(self, index: int) -> list[bytes]:
        """The audit path of leaf ``index`` (RFC 6962 ``PATH``)."""
        if not 0 <= index < self.size:
            raise IndexError(f"leaf {index} is not in a tree of size {self.size}")
        path = []
        for level in self.levels[:-1]:
            sibling = index ^ 1
            if sibling < len(level):
                path.append(level[sibling])
            index >>= 1
        return path

    def subtree(self, start: int, end: int) -> bytes:
        """The hash of leaves ``start`` to ``end`` (``MTH(D[start:end])``)."""
        width = end - start
        if width == 1:
            return self.levels[0][start]
        level = (width - 1).bit_length()  # smallest 2^level >= width
        if start % (1 << level) == 0 and (width == 1 << level or end == self.size):
            return self.levels[level][start >> level]
        split = 1 << ((width - 1).bit_length() - 1)
        return node_hash(self.subtree(start, start + split), self.subtree(start + split, end))

    def consistency_proof(self, old_size: int) -> list[bytes]:
        """RFC 6962 ``PROOF(m, D[n])`` between the tree at ``old_size`` and this one."""
        if not 0 < old_size <= self.size:
            raise ValueError(f"no consistency proof from size {old_size} to {self.size}")
        return self._subproof(old_size, 0, self.size, True)

    def _subproof(self, m: int, start: int, end: int, whole: bool) -> list[bytes]:
        n = end - start
        if m == n:
            return [] if whole else [self.subtree(start, end)]
        k = 1 << ((n - 1).bit_length() - 1)
        if m <= k:
            return [*self._subproof(m, start, start + k, whole), self.subtree(start + k, end)]
        return [*self._subproof(m - k, start + k, end, False), self.subtree(start, start + k)]


def root_from_inclusion_proof(index: int, size: int, leaf: bytes, proof: Sequence[bytes]) -> bytes:
    """The root that ``proof`` gives for ``leaf`` at ``index`` (RFC 9162, 2.1.3.2).

    :class:`ValueError` when the proof cannot be one for this index and size.
    """
    if not 0 <= index < size:
        raise ValueError(f"leaf {index} is not in a tree of size {size}")
    fn, sn = index, size - 1
    node = leaf
    for sibling in proof:
        if sn == 0:
            raise ValueError("inclusion proof too long")
        if fn & 1 or fn == sn:
            node = node_hash(sibling, node)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            node = node_hash(node, sibling)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ValueError("inclusion proof too short")
    return node


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> bool:
    """Whether ``proof`` shows the tree at ``new_size`` extends the one at ``old_size``."""
    if old_size == new_size:
        return old_root == new_root and not proof
    if not 0 < old_size < new_size or not proof:
        return False
    path = list(proof)
    if old_size & (old_size - 1) == 0:  # a power of two: the old root is the first node
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for node in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(node, fr)
            sr = node_hash(node, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, node)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == old_root and sr == new_root
