#!/usr/bin/env python3
"""Verify a Tocsin archive export bundle without Tocsin (see docs/archive.md).

    python3 archive-verify.py bundle.zip [--public-key KEY.pem]

Needs Python 3.8+ and either the `cryptography` package or the `openssl` command (1.1.1+) for
the Ed25519 signature. Checks, in order: every file against manifest.json; each record's
SHA-256 of its payload and document, its leaf hash SHA-256(0x00 || raw_sha256 ||
document_sha256 || meta) and its RFC 6962 inclusion proof up to the root of tree_head.json; the
tree head's signature over the RFC 6962 TreeHeadSignature bytes (version 0, type 1, timestamp,
tree size, root). Exit code 0 when everything verifies, 1 otherwise (the first problem is printed).
"""

import hashlib
import json
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path


def sha256(data):
    return hashlib.sha256(data).digest()


def root_from_proof(index, size, leaf, proof):
    """RFC 9162, section 2.1.3.2."""
    if index >= size:
        raise ValueError("leaf index beyond the tree size")
    fn, sn, node = index, size - 1, leaf
    for sibling in proof:
        if sn == 0:
            raise ValueError("proof too long")
        if fn & 1 or fn == sn:
            node = sha256(b"\x01" + sibling + node)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            node = sha256(b"\x01" + node + sibling)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ValueError("proof too short")
    return node


def signature_ok(public_pem, signature, message):
    try:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.serialization import load_pem_public_key
    except ImportError:
        with tempfile.TemporaryDirectory() as tmp:
            paths = {name: Path(tmp, name) for name in ("key.pem", "sig", "msg")}
            paths["key.pem"].write_bytes(public_pem)
            paths["sig"].write_bytes(signature)
            paths["msg"].write_bytes(message)
            done = subprocess.run(
                [
                    "openssl",
                    "pkeyutl",
                    "-verify",
                    "-pubin",
                    "-inkey",
                    str(paths["key.pem"]),
                    "-rawin",
                    "-in",
                    str(paths["msg"]),
                    "-sigfile",
                    str(paths["sig"]),
                ],
                capture_output=True,
            )
            return done.returncode == 0
    try:
        load_pem_public_key(public_pem).verify(signature, message)
    except InvalidSignature:
        return False
    return True


def raw_public_key(public_pem):
    """The 32-byte Ed25519 key inside a PEM SubjectPublicKeyInfo (fixed 12-byte DER prefix)."""
    import base64

    body = b"".join(line for line in public_pem.splitlines() if not line.startswith(b"-----"))
    der = base64.b64decode(body)
    if len(der) != 44 or der[:12] != bytes.fromhex("302a300506032b6570032100"):
        fail("public_key.pem is not an Ed25519 public key")
    return der[12:]


def fail(message):
    print("NOT VERIFIED: " + message)
    sys.exit(1)


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    try:
        bundle = zipfile.ZipFile(argv[0])
    except (OSError, zipfile.BadZipFile) as exc:
        fail(f"cannot open {argv[0]} as a zip file ({exc})")
    pinned = None
    if "--public-key" in argv:
        pinned = Path(argv[argv.index("--public-key") + 1]).read_bytes()
    names = set(bundle.namelist())
    manifest = json.loads(bundle.read("manifest.json"))
    for name, digest in manifest["files"].items():
        if name not in names:
            fail(f"{name} is listed in the manifest but missing")
        if hashlib.sha256(bundle.read(name)).hexdigest() != digest:
            fail(f"{name} does not match its SHA-256 in the manifest")
    extra = names - set(manifest["files"]) - {"manifest.json"}
    if extra:
        fail(f"files not in the manifest: {sorted(extra)[:5]}")

    head = json.loads(bundle.read("tree_head.json"))
    if head != manifest["tree_head"]:
        fail("tree_head.json differs from the manifest's tree head")
    size, root = head["tree_size"], bytes.fromhex(head["root_hash"])
    message = struct.pack(">BBQQ", 0, 1, head["timestamp"], size) + root
    public_pem = bundle.read("public_key.pem")
    if raw_public_key(public_pem).hex() != head.get("public_key", raw_public_key(public_pem).hex()):
        fail("tree_head.json names another public key than public_key.pem")
    if pinned is not None and raw_public_key(pinned) != raw_public_key(public_pem):
        fail("the bundle's public key is not the one given with --public-key")
    if not signature_ok(public_pem, bytes.fromhex(head["signature"]), message):
        fail("the tree head's signature does not verify with the public key")

    proofs = {}
    for line in bundle.read("proofs.jsonl").splitlines():
        proof = json.loads(line)
        proofs[proof["seq"]] = proof
    count = 0
    for line in bundle.read("records.jsonl").splitlines():
        record = json.loads(line)
        seq = record["seq"]
        leaf = bytes.fromhex(record["leaf_hash"])
        files = record.get("files") or {}
        if files:
            raw = bundle.read(files["raw"])
            meta = bundle.read(files["meta"])
            document = bundle.read(files["document"])
            raw_sha, document_sha = sha256(raw), sha256(document)
            if raw_sha.hex() != record["raw_sha256"]:
                fail(f"record {seq}: the payload does not match its SHA-256")
            if document_sha.hex() != record["document_sha256"]:
                fail(f"record {seq}: the document does not match its SHA-256")
            if sha256(b"\x00" + raw_sha + document_sha + meta) != leaf:
                fail(f"record {seq}: its leaf hash does not match its content")
            if json.loads(meta).get("seq") != seq:
                fail(f"record {seq}: its metadata names another position")
        elif "deleted" not in record:
            fail(f"record {seq} has neither content nor a tombstone")
        proof = proofs.get(seq)
        if proof is None or proof["leaf_hash"] != record["leaf_hash"]:
            fail(f"record {seq} has no inclusion proof")
        if proof["tree_size"] != size:
            fail(f"record {seq}: its proof is for another tree size")
        try:
            computed = root_from_proof(seq, size, leaf, [bytes.fromhex(h) for h in proof["proof"]])
        except ValueError as exc:
            fail(f"record {seq}: bad inclusion proof ({exc})")
        if computed != root:
            fail(f"record {seq}: its inclusion proof does not lead to the signed root")
        count += 1
    fingerprint = hashlib.sha256(raw_public_key(public_pem)).hexdigest()
    print(
        f"VERIFIED: {count} records are in the archive's tree of {size} records, "
        f"root {head['root_hash']}, signed by key {fingerprint}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
