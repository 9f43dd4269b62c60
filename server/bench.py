"""Load benchmark for ``POST /api/chat`` (a script that prints figures, not a test).

    python -m server.bench [--seconds 10] [--concurrency 1 8 32] [--port 8765]

Starts ``policybot serve`` on loopback in a subprocess (the same entry point users run), waits
until ``/readyz``, then for each concurrency level sends the dev-set questions in a loop for the
given time from that many concurrent clients, each with its own session. Prints throughput,
latency p50/p95 and the error count. Bounded in time; loopback only.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

DATASET = Path(__file__).resolve().parent.parent / "eval" / "datasets" / "dev.jsonl"


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round((len(xs) - 1) * p)))] if xs else 0.0


async def _level(base: str, questions: list[str], concurrency: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:

        async def worker(n: int) -> None:
            nonlocal errors
            i = n
            while time.perf_counter() < deadline:
                q = questions[i % len(questions)]
                i += concurrency
                t = time.perf_counter()
                try:
                    r = await client.post("/api/chat", json={"session_id": f"bench-{n}-{i}", "message": q})
                    ok = r.status_code == 200 and r.json().get("status") in ("answered", "no_answer", "clarify")
                except httpx.HTTPError:
                    ok = False
                if ok:
                    latencies.append((time.perf_counter() - t) * 1000)
                else:
                    errors += 1

        t0 = time.perf_counter()
        await asyncio.gather(*(worker(n) for n in range(concurrency)))
        elapsed = time.perf_counter() - t0
    return {"concurrency": concurrency, "requests": len(latencies), "errors": errors,
            "throughput": len(latencies) / elapsed if elapsed else 0.0,
            "p50": statistics.median(latencies) if latencies else 0.0, "p95": _pct(latencies, 0.95)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m server.bench")
    p.add_argument("--seconds", type=float, default=10.0)
    p.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--dataset", default=str(DATASET))
    p.add_argument("--no-query-cache", action="store_true",
                   help="embed every question afresh (the dev questions repeat, which the cache otherwise absorbs)")
    args = p.parse_args(argv)
    questions = [json.loads(line)["question"] for line in open(args.dataset, encoding="utf-8") if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, POLICYBOT_RATE_LIMIT_PER_MINUTE="100000000", POLICYBOT_DB_PATH=str(Path(tmp) / "b.db"),
                   HF_HUB_OFFLINE="1", POLICYBOT_QUERY_CACHE_SIZE="0" if args.no_query_cache else "4096")
        proc = subprocess.Popen([sys.executable, "-m", "policybot", "serve", "--host", "127.0.0.1", "--port",
                                 str(args.port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        base = f"http://127.0.0.1:{args.port}"
        try:
            deadline = time.time() + 600
            while time.time() < deadline:
                if proc.poll() is not None:
                    print(proc.stderr.read().decode(errors="replace"), file=sys.stderr)
                    return 1
                try:
                    if httpx.get(base + "/readyz", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                time.sleep(0.5)
            cache = "off" if args.no_query_cache else "on"
            print(f"POST /api/chat on {base}, {len(questions)} questions, {args.seconds:.0f} s per level, query cache {cache}")
            print(f"{'concurrency':>11} {'requests':>9} {'answers/s':>10} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7}")
            for c in args.concurrency:
                r = asyncio.run(_level(base, questions, c, args.seconds))
                print(f"{r['concurrency']:>11} {r['requests']:>9} {r['throughput']:>10.1f} {r['p50']:>8.1f} "
                      f"{r['p95']:>8.1f} {r['errors']:>7}")
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
