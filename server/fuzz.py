"""Fuzzed requests for the HTTP API: random, broken and hostile bodies, headers and paths.

    python -m server.fuzz [--requests 2000] [--seed 7]

Used by the tests (``fuzz(client, n)`` on a TestClient) and by ``server.bench_abuse``. Every
request must get a 2xx or a 4xx with a JSON ``detail`` in Chinese; a 5xx is a defect.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field

CJK = re.compile(r"[\u4e00-\u9fff]")
SAMPLES = ["2023年3月出生的孩子能领多少育儿补贴？", "河北断保3年补缴2年，等待期多长？", "那24年5月的呢", "更多", "你好",
           "2023年13月出生", "<script>alert(1)</script>", "' OR 1=1 --", "{{7*7}}", "${jndi:ldap://x}", "\u202e反转",
           "\x00\x01\x02", "\ud800", "\udfff\ud800", "😀" * 50, "啊" * 1000, "补贴" * 600, " " * 300, "\n\t\r" * 50]
PATHS = ["/api/chat", "/api/chat/stream", "/api/feedback", "/api/documents", "/api/documents/x", "/healthz",
         "/readyz", "/", "/widget.js", "/source.html", "/nope", "/api/chat/../../etc/passwd", "/%ff%fe", "/api/%00"]


@dataclass
class Outcome:
    statuses: Counter = field(default_factory=Counter)
    bad: list[tuple[str, str, int, str]] = field(default_factory=list)  # (method, path, status, why)

    @property
    def server_errors(self) -> int:
        return sum(n for s, n in self.statuses.items() if s >= 500)


def _text(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        return rng.choice(SAMPLES)
    if kind < 0.7:
        return "".join(chr(rng.choice([rng.randrange(0x20, 0x7f), rng.randrange(0x4e00, 0x9fff),
                                       rng.randrange(0xd800, 0xe000), rng.randrange(0, 0x20),
                                       rng.randrange(0x10000, 0x10ffff)])) for _ in range(rng.randrange(0, 60)))
    base = rng.choice(SAMPLES)
    return base[: rng.randrange(len(base) + 1)] * rng.randrange(1, 4)


def _value(rng: random.Random):
    return rng.choice([_text(rng), None, True, 0, -1, 10 ** 30, 1.5e308, [], {}, [_text(rng)], {"a": _text(rng)}])


def _body(rng: random.Random) -> tuple[bytes, str]:
    """(body, content type): valid, almost valid, or broken JSON; raw invalid UTF-8; not JSON."""
    kind = rng.random()
    if kind < 0.35:
        obj = {"session_id": rng.choice(["", "1", _text(rng), "x" * 200]), "message": _text(rng)}
    elif kind < 0.5:
        obj = {"answer_id": rng.choice(["", "abc", _text(rng), "x" * 100]), "helpful": _value(rng),
               "comment": rng.choice(["", _text(rng), "差" * 1200])}
    elif kind < 0.65:
        obj = {rng.choice(["message", "session_id", "helpful", "答", ""]): _value(rng) for _ in range(rng.randrange(4))}
    else:
        obj = None
    if obj is not None:
        raw = json.dumps(obj, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass")
        return raw, rng.choice(["application/json", "application/json; charset=utf-8", "text/plain", ""])
    return rng.choice([
        b"", b"{", b"[]", b"null", b'{"message": "\xed\xa0\x80"}', b'{"message": "\xff\xfe"}', b"\x00" * 64,
        b'{"message": ' + b"[" * 5000 + b"]" * 5000 + b"}", b"message=hi&session_id=1",
        b'{"message": "a", "message": "b"}', "中文不是JSON".encode(), bytes(rng.randrange(256) for _ in range(200)),
    ]), rng.choice(["application/json", "application/x-www-form-urlencoded", "multipart/form-data", ""])


def fuzz(client, n: int = 2000, seed: int = 7) -> Outcome:
    """Send ``n`` fuzzed requests with an httpx-like ``client``; collect statuses and defects."""
    rng = random.Random(seed)
    out = Outcome()
    for _ in range(n):
        path = rng.choice(PATHS[:3]) if rng.random() < 0.7 else rng.choice(PATHS)
        usual = "POST" if path in PATHS[:3] else "GET"
        method = usual if rng.random() < 0.85 else rng.choice(["POST", "GET", "PUT", "HEAD", "OPTIONS", "DELETE"])
        body, ctype = _body(rng)
        headers = {"content-type": ctype} if ctype else {}
        if rng.random() < 0.2:
            headers["x-forwarded-for"] = rng.choice(["1.2.3.4", "garbage, ::1", ",,,", "9" * 300])
        if rng.random() < 0.1:
            headers["origin"] = rng.choice(["https://evil.example", "null"])
        params = {"chunk": _text(rng), "quote": _text(rng)[:100]} if rng.random() < 0.3 else None
        try:
            r = client.request(method, path, content=body, headers=headers, params=params)
        except UnicodeEncodeError:  # the client itself cannot send a lone surrogate in a URL
            continue
        out.statuses[r.status_code] += 1
        if r.status_code >= 500:
            out.bad.append((method, path, r.status_code, r.text[:200]))
        elif 400 <= r.status_code < 500 and method != "HEAD" and r.headers.get("content-type", "").startswith(
                "application/json"):
            detail = str(r.json().get("detail", ""))
            if not CJK.search(detail):
                out.bad.append((method, path, r.status_code, f"detail not in Chinese: {detail[:80]}"))
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    from fastapi.testclient import TestClient

    from bot.assistant import Assistant
    from policybot.cli import ensure_index
    from policybot.settings import get_settings
    from server.app import create_app

    p = argparse.ArgumentParser(prog="python -m server.fuzz")
    p.add_argument("--requests", type=int, default=2000)
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args(argv)
    ensure_index(quiet=True)
    settings = get_settings().model_copy(update={"rate_limit_per_minute": 10 ** 9, "feedback_rate_limit_per_minute": 10 ** 9,
                                                 "document_rate_limit_per_minute": 10 ** 9,
                                                 "db_path": __import__("pathlib").Path("/tmp/policybot-fuzz.sqlite3")})
    app = create_app(settings=settings, assistant=Assistant.from_settings(settings))
    out = fuzz(TestClient(app, raise_server_exceptions=False), args.requests, args.seed)
    print(f"{args.requests} fuzzed requests: " + ", ".join(f"{s}×{n}" for s, n in sorted(out.statuses.items())))
    print(f"5xx: {out.server_errors}; other defects: {len(out.bad) - out.server_errors}")
    for b in out.bad[:10]:
        print("  ", *b)
    return 0 if not out.bad else 1


if __name__ == "__main__":
    sys.exit(main())
