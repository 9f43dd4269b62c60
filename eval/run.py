"""``python -m eval run --dataset FILE --out DIR``

Each item's ``history`` is sent through the assistant first, in one fresh session, then the
question; the last answer is scored. Writes ``DIR/items.jsonl`` (one line per item: status,
answer, citations, the top-10 retrieved chunks with full text, latency) and ``DIR/metrics.json``
(overall and per type, and the dataset path as given, key ``dataset``). The harness knows nothing
about individual items. ``python -m eval compare RUN_A RUN_B`` compares two such directories.
"""

from __future__ import annotations

import json
import sys
import uuid
from pathlib import Path

from .jsonl import JsonlError, read_jsonl
from .metrics import metrics, score_item


def load_dataset(path: str | Path) -> list[dict]:
    try:
        return read_jsonl(path, required=("id", "question"))
    except JsonlError as exc:
        raise SystemExit(str(exc)) from exc


def run_item(assistant, item: dict) -> dict:
    session = f"eval-{item['id']}-{uuid.uuid4().hex[:6]}"
    for prior in item.get("history") or []:
        assistant.ask(session, prior)
    ans = assistant.ask(session, item["question"])
    return {
        "id": item["id"],
        "type": item.get("type", ""),
        "question": item["question"],
        "status": ans.status,
        "answer": ans.answer,
        "citations": [c.model_dump() for c in ans.citations],
        "calculation": ans.calculation.model_dump() if ans.calculation else None,
        "retrieved": [
            {"text": r.text, "doc_title": r.doc_title, "doc_number": r.doc_number, "score": r.score,
             "chunk_id": r.chunk_id, "heading": r.heading, "region": r.region}
            for r in ans.retrieved[:10]
        ],
        "latency_ms": ans.latency_ms,
    }


def run(dataset: str | Path, out_dir: str | Path, assistant=None, progress=None) -> dict:
    items = load_dataset(dataset)
    if assistant is None:
        from bot.assistant import Assistant
        from policybot.cli import ensure_index

        ensure_index(quiet=True)
        assistant = Assistant.from_settings()
    assistant.warm_up()  # latency is measured after load, as in the service
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    records = []
    with (out_dir / "items.jsonl").open("w", encoding="utf-8") as f:
        for item in items if progress is None else progress(items, desc="eval"):
            out = run_item(assistant, item)
            rec = score_item(item, out)
            records.append(rec)
            out["score"] = {k: v for k, v in rec.items() if k not in ("id", "type", "latency_ms")}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    result = {"dataset": str(dataset), **metrics(records)}  # read by ``eval compare``
    (out_dir / "metrics.json").write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    _record(result, out_dir)
    return result


def _record(result: dict, out_dir: Path) -> None:
    """Append the run's headline figures to the history the maintainer page shows."""
    import time

    from policybot.settings import get_settings

    a, r = result["answer"], result["retrieval"]
    line = {"time": time.strftime("%Y-%m-%d %H:%M"), "dataset": result["dataset"], "out": str(out_dir),
            "n_items": result["n_items"], "facts_all": a["facts_all"], "refusal_accuracy": a["refusal_accuracy"],
            "citation_accuracy": a["citation_accuracy"], "must_not_violations": a["must_not_violations"],
            "hit@5": r["hit@5"], "latency_p95": result["latency_ms"]["p95"]}
    try:
        path = Path(get_settings().db_path).parent / "eval-history.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as f:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    except OSError:
        pass  # a read-only checkout still gets its metrics.json


def summary(m: dict) -> str:
    r, a, lat = m["retrieval"], m["answer"], m["latency_ms"]
    lines = [
        f"items {m['n_items']}  retrieval hit@1 {r['hit@1']:.3f} hit@5 {r['hit@5']:.3f} hit@10 {r['hit@10']:.3f} "
        f"mrr {r['mrr']:.3f}",
        f"answer facts_all {a['facts_all']:.3f}  must_not violations {a['must_not_violations']}  "
        f"refusal {a['refusal_accuracy']:.3f}  citation {a['citation_accuracy']:.3f}",
        f"latency p50 {lat['p50']} ms  p95 {lat['p95']} ms",
        "by type:",
    ]
    for t, tm in m["by_type"].items():
        lines.append(
            f"  {t:<12} n={tm['n_items']:<3} hit@5 {tm['retrieval']['hit@5']:.2f} mrr {tm['retrieval']['mrr']:.2f} "
            f"facts {tm['answer']['facts_all']:.2f} refusal {tm['answer']['refusal_accuracy']:.2f} "
            f"citation {tm['answer']['citation_accuracy']:.2f} viol {tm['answer']['must_not_violations']}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    p = argparse.ArgumentParser(prog="python -m eval")
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="run a dataset through the assistant and score it")
    r.add_argument("--dataset", required=True)
    r.add_argument("--out", required=True)
    b = sub.add_parser("bench", help="index build time, query latency, peak memory")
    b.add_argument("--dataset", default=None)
    b.add_argument("--skip-build", action="store_true")
    c = sub.add_parser("compare", help="metric deltas and items fixed/broken between two runs")
    c.add_argument("run_a", metavar="RUN_A")
    c.add_argument("run_b", metavar="RUN_B")
    c.add_argument("--dataset", default=None, help="gold dataset (default: the one RUN_A/RUN_B recorded)")
    c.add_argument("--json", action="store_true", help="print the comparison as JSON")
    k = sub.add_parser("calibrate", help="fit the router, the sentence scorer and the answerability thresholds by cross-validation")
    k.add_argument("--dataset", action="append", default=[], help="labelled questions (dev format); repeatable")
    k.add_argument("--labels", action="append", default=[], help="a run of those questions saying which calculator answered")
    k.add_argument("--folds", type=int, default=5)
    k.add_argument("--part", action="append", default=[], choices=("router", "sentences", "answerability"),
                   help="fit only this part (repeatable; default: all)")
    f = sub.add_parser("files", help="ingest unseen policy files beside the default corpus; score metadata, refusals, answers")
    f.add_argument("--files", required=True, help="folder of new source files")
    f.add_argument("--gold", default=None, help="gold metadata, one JSON line per document")
    f.add_argument("--dataset", default=None, help="questions about the files (dev format)")
    f.add_argument("--bad", default=None, help="folder of files that must be refused")
    f.add_argument("--base-corpus", default=None, help="corpus the files join (default: the configured one)")
    f.add_argument("--scratch", default=None, help="where the joined corpus and its index live (default: OUT/scratch)")
    f.add_argument("--out", required=True)
    args = p.parse_args(argv)
    if args.cmd == "files":
        from .layouts import main as files_main

        return files_main(args)
    if args.cmd == "calibrate":
        from .calibrate import main as calibrate_main

        return calibrate_main(["--folds", str(args.folds)] + [x for d in args.dataset for x in ("--dataset", d)]
                              + [x for d in args.labels for x in ("--labels", d)]
                              + [x for part in args.part for x in ("--part", part)])
    if args.cmd == "run":
        from policybot.cli import progress

        m = run(args.dataset, args.out, progress=progress)
        print(summary(m))
        return 0
    if args.cmd == "compare":
        from .compare import main as compare_main

        return compare_main(args)
    from .bench import main as bench_main

    return bench_main(args)


if __name__ == "__main__":
    sys.exit(main())
