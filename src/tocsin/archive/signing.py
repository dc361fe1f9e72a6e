"""Signed tree heads: the archive's Ed25519 key and the RFC 6962 ``TreeHeadSignature``.

The key is made at first use. With ``TOCSIN_ARCHIVE_KEY`` set it lives in that file (PKCS#8 PEM,
mode 0600) and the database only holds its public key; otherwise the database holds both (the
embedded default). The signed message is RFC 6962's (section 3.5), 50 bytes::

    version (0) ‖ signature_type (1, tree_hash) ‖ timestamp (ms, uint64) ‖ tree_size (uint64)
    ‖ root_hash (32 bytes)
"""

from __future__ import annotations

import hashlib
import os
import struct
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import Connection, select

from ..errors import ConfigurationError, InputError
from ..models import utcnow
from ..store.archive_tables import archive_keys

_HEAD = struct.Struct(">BBQQ")


def tree_head_message(timestamp_ms: int, tree_size: int, root_hash: bytes) -> bytes:
    """The bytes an RFC 6962 tree head signature covers."""
    return _HEAD.pack(0, 1, timestamp_ms, tree_size) + root_hash


def fingerprint(public_key: bytes) -> str:
    """SHA-256 of the raw public key, in hex: how people compare keys."""
    return hashlib.sha256(public_key).hexdigest()


def public_key_pem(public_key: bytes) -> str:
    key = Ed25519PublicKey.from_public_bytes(public_key)
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


def load_public_key(data: bytes) -> bytes:
    """The raw 32-byte key from a PEM file, a raw key, or its hex; InputError otherwise."""
    text = data.strip()
    try:
        if text.startswith(b"-----BEGIN"):
            key = serialization.load_pem_public_key(text)
            if not isinstance(key, Ed25519PublicKey):
                raise InputError("the public key is not an Ed25519 key")
            return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        if len(text) == 64:
            return bytes.fromhex(text.decode("ascii"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the public key: {exc}") from None
    if len(data) == 32:
        return data
    raise InputError("expected an Ed25519 public key (PEM, or 64 hex digits)")


def signature_valid(public_key: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class Signer:
    key_id: int
    public_key: bytes
    private_key: Ed25519PrivateKey

    def sign(self, message: bytes) -> bytes:
        return self.private_key.sign(message)


_PARSED: dict[bytes, Ed25519PrivateKey] = {}


def _parse_private(der: bytes) -> Ed25519PrivateKey:
    key = _PARSED.get(der)
    if key is None:
        loaded = serialization.load_der_private_key(der, password=None)
        if not isinstance(loaded, Ed25519PrivateKey):
            raise ConfigurationError("the archive signing key is not an Ed25519 key")
        key = _PARSED[der] = loaded
    return key


def _raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _der(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def key_file_setting() -> Path | None:
    from ..settings import get_settings

    return get_settings().archive_key


def read_key_file(path: Path, *, create: bool) -> Ed25519PrivateKey | None:
    """The key in ``path``; made (mode 0600) when missing and ``create``; else None."""
    try:
        pem = path.read_bytes()
    except FileNotFoundError:
        if not create:
            return None
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return read_key_file(path, create=False)  # another process made it just now
        except OSError as exc:
            raise ConfigurationError(
                f"Cannot create the archive key {path}: {exc.strerror or exc}. "
                "Check TOCSIN_ARCHIVE_KEY."
            ) from exc
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
        return key
    except OSError as exc:
        raise ConfigurationError(
            f"Cannot read the archive key {path}: {exc.strerror or exc}. Check TOCSIN_ARCHIVE_KEY."
        ) from exc
    try:
        loaded = serialization.load_pem_private_key(pem, password=None)
    except ValueError:
        loaded = None
    if not isinstance(loaded, Ed25519PrivateKey):
        raise ConfigurationError(
            f"{path} is not an unencrypted Ed25519 private key (PEM). Check TOCSIN_ARCHIVE_KEY."
        )
    return loaded


def active_signer(connection: Connection, key_file: Path | None) -> Signer:
    """The key new tree heads are signed with, made (and registered) at first use."""
    if key_file is not None:
        key = read_key_file(key_file, create=True)
        assert key is not None
        public = _raw_public(key)
        row = connection.execute(
            select(archive_keys.c.id)
            .where(archive_keys.c.public_key == public)
            .order_by(archive_keys.c.id.desc())
            .limit(1)
        ).first()
        key_id = row.id if row is not None else _register(connection, public, None)
        return Signer(key_id, public, key)
    row = connection.execute(
        select(archive_keys.c.id, archive_keys.c.public_key, archive_keys.c.private_key)
        .where(archive_keys.c.private_key.is_not(None))
        .order_by(archive_keys.c.id.desc())
        .limit(1)
    ).first()
    if row is not None:
        return Signer(row.id, row.public_key, _parse_private(row.private_key))
    key = Ed25519PrivateKey.generate()
    public = _raw_public(key)
    return Signer(_register(connection, public, _der(key)), public, key)


def _register(connection: Connection, public: bytes, private_der: bytes | None) -> int:
    result = connection.execute(
        archive_keys.insert().values(
            public_key=public, private_key=private_der, created_at=utcnow()
        )
    )
    key_id = result.inserted_primary_key
    assert key_id is not None
    return int(key_id[0])


def archive_public_keys(connection: Connection) -> dict[int, bytes]:
    rows = connection.execute(select(archive_keys.c.id, archive_keys.c.public_key)).all()
    return {row.id: row.public_key for row in rows}


def current_public_key(connection: Connection, key_file: Path | None) -> bytes | None:
    """The public key of the signing key (the file's when set, else the newest in the store)."""
    if key_file is not None:
        key = read_key_file(key_file, create=False)
        return _raw_public(key) if key is not None else None
    row = connection.execute(
        select(archive_keys.c.public_key).order_by(archive_keys.c.id.desc()).limit(1)
    ).first()
    return row.public_key if row is not None else None
