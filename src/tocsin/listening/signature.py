"""HMAC signatures of the inbound webhook (``POST /api/v1/ingest``).

The sender computes ``HMAC-SHA256(secret, timestamp + "." + body)`` and sends it as
``X-Tocsin-Signature: sha256=<hex>`` with ``X-Tocsin-Timestamp: <Unix seconds>``. A signature is
accepted for :data:`TOLERANCE` seconds around the receiver's clock, which bounds replays (and a
replayed post adds nothing anyway: same natural key).
"""

from __future__ import annotations

import hashlib
import hmac
import time

from ..errors import AuthenticationError

TOLERANCE = 300
SIGNATURE_HEADER = "X-Tocsin-Signature"
TIMESTAMP_HEADER = "X-Tocsin-Timestamp"


def sign(secret: str, timestamp: int | str, body: bytes) -> str:
    """The header value a sender puts in ``X-Tocsin-Signature``."""
    message = str(timestamp).encode("ascii") + b"." + body
    return "sha256=" + hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def verify(
    secret: str,
    signature: str | None,
    timestamp: str | None,
    body: bytes,
    *,
    now: float | None = None,
) -> None:
    """Nothing when the signature is right and fresh; an :class:`AuthenticationError` if not."""
    if not signature or not timestamp:
        raise AuthenticationError(
            f"unsigned request: send {SIGNATURE_HEADER} and {TIMESTAMP_HEADER} "
            "(see docs/listening.md)"
        )
    if not timestamp.strip().isdigit():
        raise AuthenticationError(f"{TIMESTAMP_HEADER} must be a Unix time in seconds")
    moment = time.time() if now is None else now
    if abs(moment - int(timestamp)) > TOLERANCE:
        raise AuthenticationError(
            f"{TIMESTAMP_HEADER} is more than {TOLERANCE} seconds away from this server's clock"
        )
    if not hmac.compare_digest(sign(secret, timestamp.strip(), body), signature.strip()):
        raise AuthenticationError(f"wrong {SIGNATURE_HEADER} for this body and timestamp")
