"""The instance secret: the key behind session ids and user pseudonyms.

``POLICYBOT_SECRET_KEY`` when set (several workers or replicas must share it); otherwise a random
key generated on first start and kept in ``secret_path`` (mode 0600), so ids survive a restart.
Nothing derived from it can be computed by a client: web session ids are signed with it and a
WeChat openid is hashed with it, so knowing an openid does not give its conversation.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import threading
from pathlib import Path

_lock = threading.Lock()
_cache: dict[str, bytes] = {}


def instance_secret(settings) -> bytes:
    if settings.secret_key:
        return settings.secret_key.encode("utf-8")
    path = Path(settings.secret_path)
    key = str(path.resolve())
    with _lock:
        if key in _cache:
            return _cache[key]
        _cache[key] = _read_or_create(path)
        return _cache[key]


def _read_or_create(path: Path) -> bytes:
    try:
        value = path.read_text("utf-8").strip()
        if value:
            return value.encode("utf-8")
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_hex(32)
    try:  # O_EXCL: two processes starting together agree on one key
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text("utf-8").strip().encode("utf-8")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(value + "\n")
    return value.encode("utf-8")


def keyed_hash(secret: bytes, scope: str, value: str, length: int = 20) -> str:
    """HMAC-SHA256 of ``value`` in ``scope`` (a channel), hex, cut to ``length``."""
    return hmac.new(secret, f"{scope}\x00{value}".encode("utf-8"), hashlib.sha256).hexdigest()[:length]


class SessionIds:
    """Session ids the server issues: ``<random>.<signature>``. A client cannot choose one that
    is valid, nor forge another channel's (the signature covers the channel)."""

    def __init__(self, secret: bytes, channel: str = "web"):
        self.secret, self.channel = secret, channel

    def issue(self) -> str:
        nonce = secrets.token_urlsafe(18)
        return f"{nonce}.{keyed_hash(self.secret, 'sid:' + self.channel, nonce, 22)}"

    def valid(self, session_id: str) -> bool:
        nonce, dot, sig = (session_id or "").partition(".")
        if not dot or not nonce or len(session_id) > 128:
            return False
        return hmac.compare_digest(sig, keyed_hash(self.secret, "sid:" + self.channel, nonce, 22))

    def internal(self, session_id: str) -> str:
        """The key the assistant's memory uses: channels never share a key space."""
        return f"{self.channel}:{session_id}"
