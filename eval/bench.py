"""Benchmark (a script that prints figures, never a timed test).

    python -m eval bench [--dataset FILE] [--skip-build]

Prints: cold index build time for the corpus (fresh index directory, nothing cached), the same
build again with the embedding cache warm, retrieval latency p50/p95 over the dataset's questions
after load, full answer latency p50/p95, and peak resident memory of this process.
"""

from __future__ import annotations

import json
import resource
import statistics
import tempfile
import time
from pathlib import Path

DEFAULT_DATASET = Path(__file__).with_name("datasets") / "dev.jsonl"


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round((len(xs) - 1) * p)))] if xs else 0.0


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(args) -> int:
    from bot.assistant import Assistant
    from bot.retrieve import Retriever
    from embeddings.build import build_corpus_index
    from embeddings.encoder import Encoder
    from embeddings.store import load_index
    from policybot.settings import get_settings

    s = get_settings()
    dataset = Path(args.dataset) if args.dataset else DEFAULT_DATASET
    questions = [json.loads(line)["question"] for line in dataset.open(encoding="utf-8") if line.strip()]
    encoder = Encoder(s.model, batch_size=s.embed_batch_size, threads=s.torch_threads or None)
    with tempfile.TemporaryDirectory() as tmp:
        index_dir = Path(tmp) / "index"
        if not args.skip_build:
            _ = encoder.model  # model load is reported separately from the build
            t = time.perf_counter()
            r = build_corpus_index(s.corpus_dir, index_dir, encoder)
            cold = time.perf_counter() - t
            t = time.perf_counter()
            build_corpus_index(s.corpus_dir, index_dir, encoder)
            warm = time.perf_counter() - t
            print(f"index build (cold, {r.manifest.policy_documents} docs, {r.manifest.chunks} chunks): {cold:.1f} s")
            print(f"index rebuild (embedding cache warm): {warm:.1f} s")
        else:
            index_dir = s.index_dir
        t = time.perf_counter()
        retriever = Retriever(load_index(index_dir), encoder)
        print(f"index load: {time.perf_counter() - t:.2f} s")
        retriever.search("预热 warm-up", k=10)
        lat = []
        for q in questions:
            t = time.perf_counter()
            retriever.search(q, k=10)
            lat.append((time.perf_counter() - t) * 1000)
        print(f"retrieval latency over {len(lat)} questions: p50 {statistics.median(lat):.1f} ms, "
              f"p95 {_pct(lat, 0.95):.1f} ms, max {max(lat):.1f} ms")
        assistant = Assistant(retriever, s)
        assistant.warm_up()
        lat = []
        for n, q in enumerate(questions):
            t = time.perf_counter()
            assistant.ask(f"bench-{n}", q)
            lat.append((time.perf_counter() - t) * 1000)
        print(f"answer latency over {len(lat)} questions: p50 {statistics.median(lat):.1f} ms, "
              f"p95 {_pct(lat, 0.95):.1f} ms, max {max(lat):.1f} ms")
    print(f"peak memory (RSS): {peak_rss_mb():.0f} MB")
    return 0
