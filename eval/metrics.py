"""Scoring, exactly as ``shared/eval/README.md`` defines it. Plain functions over plain
dicts (one scored record per item), so they can be tested against hand-made records."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from typing import Any, Iterable

KS = (1, 3, 5, 10)


def norm(s: str) -> str:
    """Unicode NFKC, then delete every whitespace character (U+3000 and newlines included)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""), flags=re.UNICODE).replace("\u3000", "")


def first_hit_rank(evidence: list[str], texts: list[str]) -> int | None:
    """1-based rank of the first text containing some evidence passage, or None."""
    ev = [norm(e) for e in evidence if norm(e)]
    for rank, t in enumerate(texts, 1):
        nt = norm(t)
        if any(e in nt for e in ev):
            return rank
    return None


def facts_all(facts: list[str], answer: str) -> bool:
    a = norm(answer)
    return all(norm(f) in a for f in facts)


def must_not_violations(must_not: list[str], answer: str) -> list[str]:
    a = norm(answer)
    return [s for s in must_not if norm(s) and norm(s) in a]


def _title_matches(gold: str, cited: str) -> bool:
    g, c = norm(gold), norm(cited)
    return bool(g and c) and (g == c or g in c or c in g)


def citation_matches(item: dict, citation: dict) -> bool:
    """The first citation is the gold document: same 发文字号, or the same title (one title
    may contain the other: a cover notice 关于印发《X》的通知 and X are one document)."""
    gold_num = norm(item.get("doc_number", ""))
    if gold_num and norm(citation.get("doc_number", "")) == gold_num:
        return True
    return _title_matches(item.get("doc_title", ""), citation.get("doc_title", ""))


def score_item(item: dict, out: dict) -> dict[str, Any]:
    """One scored record: the item's type and every per-item quantity the metrics need."""
    rec: dict[str, Any] = {"id": item["id"], "type": item.get("type", ""), "latency_ms": out.get("latency_ms", 0.0)}
    evidence = item.get("evidence") or []
    if evidence:
        rec["rank"] = first_hit_rank(evidence, [r.get("text", "") for r in out.get("retrieved", [])[:10]])
    answer = out.get("answer", "")
    if item.get("answer_facts"):
        rec["facts_all"] = facts_all(item["answer_facts"], answer)
    rec["violations"] = must_not_violations(item.get("must_not") or [], answer)
    status = out.get("status", "")
    if item.get("type") == "refusal":
        rec["refusal_ok"] = status != "answered"
    elif evidence:
        rec["refusal_ok"] = status == "answered"
    if status == "answered" and item.get("doc_title"):
        cits = out.get("citations") or []
        rec["citation_ok"] = bool(cits) and citation_matches(item, cits[0])
    return rec


def _mean(xs: Iterable[float]) -> float:
    xs = list(xs)
    return round(sum(xs) / len(xs), 4) if xs else 0.0


def _percentile(xs: list[float], p: float) -> float:
    if not xs:
        return 0.0
    xs = sorted(xs)
    k = (len(xs) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return round(xs[lo] + (xs[hi] - xs[lo]) * (k - lo), 2)


def aggregate(records: list[dict]) -> dict[str, Any]:
    ranked = [r for r in records if "rank" in r]
    retrieval = {f"hit@{k}": _mean(1.0 if r["rank"] and r["rank"] <= k else 0.0 for r in ranked) for k in KS}
    retrieval["mrr"] = _mean(1.0 / r["rank"] if r["rank"] else 0.0 for r in ranked)
    retrieval["n"] = len(ranked)
    facts = [r["facts_all"] for r in records if "facts_all" in r]
    refusal = [r["refusal_ok"] for r in records if "refusal_ok" in r]
    cites = [r["citation_ok"] for r in records if "citation_ok" in r]
    answer = {
        "facts_all": _mean(1.0 if x else 0.0 for x in facts),
        "must_not_violations": sum(len(r["violations"]) for r in records),
        "refusal_accuracy": _mean(1.0 if x else 0.0 for x in refusal),
        "citation_accuracy": _mean(1.0 if x else 0.0 for x in cites),
        "n_facts": len(facts),
        "n_refusal": len(refusal),
        "n_citation": len(cites),
    }
    lat = [r["latency_ms"] for r in records]
    return {"n_items": len(records), "retrieval": retrieval, "answer": answer,
            "latency_ms": {"p50": _percentile(lat, 0.5), "p95": _percentile(lat, 0.95)}}


def metrics(records: list[dict]) -> dict[str, Any]:
    """The whole metrics.json: overall, then the same keys per type."""
    out = aggregate(records)
    by_type: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        by_type[r["type"]].append(r)
    out["by_type"] = {t: aggregate(rs) for t, rs in sorted(by_type.items())}
    return out
