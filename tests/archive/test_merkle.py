"""The Merkle tree against RFC 6962's definition and certificate-transparency's test vectors."""

from __future__ import annotations

import contextlib
from hashlib import sha256

import pytest

from tocsin.archive.merkle import (
    EMPTY_ROOT,
    Frontier,
    Levels,
    leaf_hash,
    node_hash,
    root_from_inclusion_proof,
    root_of,
    verify_consistency,
)

# The leaves and roots of certificate-transparency's reference tests (merkle_tree_test.cc).
CT_LEAVES = [
    b"",
    b"\x00",
    b"\x10",
    b"\x20\x21",
    b"\x30\x31",
    b"\x40\x41\x42\x43",
    bytes(range(0x50, 0x58)),
    bytes(range(0x60, 0x70)),
]
CT_ROOTS = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]


def mth(entries: list[bytes]) -> bytes:
    """RFC 6962 section 2.1, word for word."""
    n = len(entries)
    if n == 0:
        return sha256(b"").digest()
    if n == 1:
        return sha256(b"\x00" + entries[0]).digest()
    k = 1 << ((n - 1).bit_length() - 1)
    return sha256(b"\x01" + mth(entries[:k]) + mth(entries[k:])).digest()


def leaves(n: int) -> list[bytes]:
    return [leaf_hash(i.to_bytes(4, "big")) for i in range(n)]


@pytest.mark.parametrize(("size", "root"), list(enumerate(CT_ROOTS, start=1)))
def test_roots_match_certificate_transparency(size: int, root: str) -> None:
    hashes = [leaf_hash(entry) for entry in CT_LEAVES[:size]]
    assert root_of(hashes).hex() == root
    assert Levels(hashes).root().hex() == root


def test_empty_tree() -> None:
    assert root_of([]) == EMPTY_ROOT == Levels([]).root() == mth([])


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 8, 9, 16, 17, 31, 33, 64, 100])
def test_frontier_and_levels_agree_with_the_definition(size: int) -> None:
    entries = [i.to_bytes(4, "big") for i in range(size)]
    frontier = Frontier()
    for count, entry in enumerate(entries, start=1):
        frontier.append(leaf_hash(entry))
        assert frontier.root() == mth(entries[:count])
    restored = Frontier.from_bytes(frontier.size, frontier.to_bytes())
    assert restored.root() == frontier.root()
    assert Levels(leaves(size)).root() == mth(entries)


def test_frontier_refuses_bytes_of_another_size() -> None:
    with pytest.raises(ValueError):
        Frontier.from_bytes(3, b"\x00" * 32)


@pytest.mark.parametrize("size", [1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 32, 33])
def test_every_inclusion_proof_verifies(size: int) -> None:
    hashes = leaves(size)
    levels = Levels(hashes)
    for index in range(size):
        proof = levels.inclusion_proof(index)
        assert root_from_inclusion_proof(index, size, hashes[index], proof) == levels.root()


@pytest.mark.parametrize(
    ("tamper", "index"),
    [
        ("flip_node", 3),  # a node of the path altered
        ("wrong_index", 3),  # the proof of leaf 3 used for leaf 2
        ("other_leaf", 3),  # another leaf with leaf 3's proof
        ("short", 3),
        ("long", 3),
    ],
)
def test_bad_inclusion_proofs_fail(tamper: str, index: int) -> None:
    hashes = leaves(11)
    levels = Levels(hashes)
    proof = levels.inclusion_proof(index)
    leaf, at = hashes[index], index
    if tamper == "flip_node":
        proof[1] = bytes([proof[1][0] ^ 1]) + proof[1][1:]
    elif tamper == "wrong_index":
        at = 2
    elif tamper == "other_leaf":
        leaf = hashes[4]
    elif tamper == "short":
        proof = proof[:-1]
    else:
        proof = [*proof, proof[0]]
    with contextlib.suppress(ValueError):  # a proof of the wrong length is refused outright
        assert root_from_inclusion_proof(at, 11, leaf, proof) != levels.root()


def test_inclusion_proof_index_out_of_range() -> None:
    with pytest.raises(IndexError):
        Levels(leaves(4)).inclusion_proof(4)
    with pytest.raises(ValueError):
        root_from_inclusion_proof(4, 4, leaves(1)[0], [])


@pytest.mark.parametrize("new_size", [1, 2, 3, 4, 5, 7, 8, 9, 12, 16, 17, 30])
def test_every_consistency_proof_verifies(new_size: int) -> None:
    entries = [i.to_bytes(4, "big") for i in range(new_size)]
    levels = Levels([leaf_hash(e) for e in entries])
    for old_size in range(1, new_size + 1):
        proof = levels.consistency_proof(old_size)
        assert verify_consistency(old_size, new_size, mth(entries[:old_size]), levels.root(), proof)


@pytest.mark.parametrize("old_size", [1, 3, 4, 6])
def test_consistency_fails_for_a_rewritten_history(old_size: int) -> None:
    entries = [i.to_bytes(4, "big") for i in range(10)]
    levels = Levels([leaf_hash(e) for e in entries])
    proof = levels.consistency_proof(old_size)
    rewritten = [b"forged", *entries[1:old_size]]
    assert not verify_consistency(old_size, 10, mth(rewritten), levels.root(), proof)
    assert not verify_consistency(old_size, 10, mth(entries[:old_size]), mth(rewritten), proof)
    assert not verify_consistency(old_size, 10, mth(entries[:old_size]), levels.root(), [])


def test_node_hash_is_rfc_6962() -> None:
    left, right = b"L" * 32, b"R" * 32
    assert node_hash(left, right) == sha256(b"\x01" + left + right).digest()
    assert leaf_hash(b"x") == sha256(b"\x00x").digest()
