"""WeChat webhook benchmark (a script that prints figures, not a test).

    python -m server.bench_wechat [--messages 200] [--duplicates 100]

Runs the service in-process on loopback with a test token and the index from the settings,
then: (1) posts signed plaintext text messages (the dev-set questions, each a new MsgId) and
prints the webhook latency p50/p95/max — WeChat's deadline is 5 s; (2) delivers one MsgId
``--duplicates`` times, 20 at a time, and prints how many times the assistant was called
(it must be exactly one) and whether every delivery got the identical reply.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import secrets
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

DATASET = Path(__file__).resolve().parent.parent / "eval" / "datasets" / "dev.jsonl"
TOKEN = "bench-token"


def _xml(content: str, user: str, msg_id: int) -> bytes:
    return (f"<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName>"
            f"<CreateTime>{int(time.time())}</CreateTime><MsgType><![CDATA[text]]></MsgType>"
            f"<Content><![CDATA[{content}]]></Content><MsgId>{msg_id}</MsgId></xml>").encode("utf-8")


def _params() -> dict[str, str]:
    """A signed query string with a fresh nonce, as WeChat sends it (a reused one is a replay)."""
    ts, nonce = str(int(time.time())), secrets.token_hex(5)
    return {"signature": hashlib.sha1("".join(sorted([TOKEN, ts, nonce])).encode()).hexdigest(), "timestamp": ts,
            "nonce": nonce}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m server.bench_wechat")
    p.add_argument("--messages", type=int, default=200)
    p.add_argument("--duplicates", type=int, default=100)
    args = p.parse_args(argv)

    from bot.assistant import Assistant
    from policybot.cli import ensure_index
    from policybot.settings import get_settings
    from server.app import create_app
    from server.loopback import serve_in_thread

    ensure_index(quiet=True)
    settings = get_settings().model_copy(update={"wechat_token": TOKEN, "rate_limit_per_minute": 10 ** 9,
                                                 "db_path": Path("/tmp") / f"policybot-bench-{time.time_ns()}.sqlite3"})
    assistant = Assistant.from_settings(settings)
    assistant.ask("warm-up", "预热")
    app = create_app(settings=settings, assistant=assistant)
    channel = app.state.channels["mp"]
    questions = [json.loads(line)["question"] for line in DATASET.open(encoding="utf-8") if line.strip()]
    with serve_in_thread(app) as base, httpx.Client(base_url=base, timeout=30) as client:
        lat = []
        for n in range(args.messages):
            body = _xml(questions[n % len(questions)], f"oBench{n % 50:04d}", 10 ** 9 + n)
            t = time.perf_counter()
            r = client.post("/wechat", params=_params(), content=body)
            lat.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200, r.text
        lat.sort()
        print(f"webhook latency over {len(lat)} messages: p50 {statistics.median(lat):.1f} ms, "
              f"p95 {lat[int(0.95 * (len(lat) - 1))]:.1f} ms, max {lat[-1]:.1f} ms (WeChat deadline 5000 ms)")

        before = channel.bot_calls
        body = _xml("河北断保3年补缴2年，待遇等待期多长？", "oDuplicate", 2 * 10 ** 9)

        def deliver(_):
            return client.post("/wechat", params=_params(), content=body).text

        with ThreadPoolExecutor(20) as pool:
            replies = list(pool.map(deliver, range(args.duplicates)))
        calls = channel.bot_calls - before
        print(f"{args.duplicates} deliveries of one MsgId: {calls} bot call(s), "
              f"{len(set(replies))} distinct repl{'y' if len(set(replies)) == 1 else 'ies'}")
    return 0 if calls == 1 and len(set(replies)) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
