"""``python -m eval compare RUN_A RUN_B [--dataset FILE] [--json]``

Compares two ``eval run`` output directories made from the same dataset:

1. every numeric figure of ``metrics.json``, overall and per type: A, B and B−A;
2. every item present in both runs, re-scored with :func:`eval.metrics.score_item` against the
   gold dataset (``items.jsonl`` does not hold the gold). An item passes when each check that
   applies to it holds: ``facts`` (all answer facts present; items with ``answer_facts``),
   ``must_not`` (no forbidden string), ``refusal`` (refusal items not answered, items with evidence
   answered), ``citation`` (first citation is the gold document; answered items with a
   ``doc_title``). FIXED = failed in A, passes in B; BROKEN = passed in A, fails in B;
3. a summary line, and the ids present in one run only.

The gold dataset is the one ``eval run`` recorded in ``metrics.json`` (key ``dataset``), or
``--dataset``, which overrides it. Plain functions: :func:`compare` returns a dict,
:func:`render` turns it into text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .jsonl import JsonlError, read_jsonl
from .metrics import score_item

CHECKS = ("facts", "must_not", "refusal", "citation")
SNIPPET = 80
ROOT = Path(__file__).resolve().parent.parent


class CompareError(Exception):
    """The runs cannot be compared (a file is missing or unreadable, no gold dataset)."""


# -- loading ------------------------------------------------------------------------------------

def _read_json(path: Path) -> dict:
    if not path.is_file():
        raise CompareError(f"{path}: no such file")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CompareError(f"{path}: not readable JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise CompareError(f"{path}: not a JSON object")
    return data


def _read_jsonl(path: Path) -> list[dict]:
    try:
        return read_jsonl(path)
    except JsonlError as exc:
        raise CompareError(str(exc)) from exc


def load_run(run_dir: str | Path) -> tuple[dict, dict[str, dict]]:
    """``(metrics, items by id)`` of one ``eval run`` directory."""
    d = Path(run_dir)
    if not d.is_dir():
        raise CompareError(f"{d}: no such run directory")
    metrics = _read_json(d / "metrics.json")
    items = {str(row["id"]): row for row in _read_jsonl(d / "items.jsonl")}
    return metrics, items


def resolve_dataset(path: str | Path) -> Path:
    """A dataset path as recorded or given: as is (relative to the working directory), else
    relative to the repository root (``eval run`` records the path it was given)."""
    p = Path(path)
    if p.is_file():
        return p
    if not p.is_absolute() and (ROOT / p).is_file():
        return ROOT / p
    raise CompareError(f"{path}: gold dataset not found")


def resolve_dataset_quiet(path: str | Path) -> Path | None:
    try:
        return resolve_dataset(path).resolve()
    except CompareError:
        return None


def load_gold(path: Path) -> dict[str, dict]:
    return {str(item["id"]): item for item in _read_jsonl(path)}


# -- metric deltas ------------------------------------------------------------------------------

def _is_num(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def flatten_numeric(m: dict, prefix: str = "") -> dict[str, float]:
    """Every numeric leaf of a metrics dict as ``{"retrieval.hit@1": 0.875, ...}``, in order;
    ``by_type`` is left out (see :func:`metric_deltas`)."""
    out: dict[str, float] = {}
    for k, v in m.items():
        if not prefix and k == "by_type":
            continue
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(flatten_numeric(v, key + "."))
        elif _is_num(v):
            out[key] = v
    return out


def _delta(a: float | None, b: float | None) -> float | None:
    if a is None or b is None:
        return None
    d = b - a
    return d if isinstance(a, int) and isinstance(b, int) else round(d, 4)


def _rows(scope: str, a: dict, b: dict) -> list[dict]:
    fa, fb = flatten_numeric(a), flatten_numeric(b)
    keys = list(fa) + [k for k in fb if k not in fa]
    return [{"scope": scope, "metric": k, "a": fa.get(k), "b": fb.get(k), "delta": _delta(fa.get(k), fb.get(k))}
            for k in keys]


def metric_deltas(ma: dict, mb: dict) -> list[dict]:
    """Rows ``{scope, metric, a, b, delta}``: overall first, then each type (A's order, then types
    only in B). A figure missing from one run is None there, and so is its delta."""
    rows = _rows("overall", ma, mb)
    ta, tb = ma.get("by_type") or {}, mb.get("by_type") or {}
    for t in list(ta) + [t for t in tb if t not in ta]:
        rows += _rows(t, ta.get(t) or {}, tb.get(t) or {})
    return rows


# -- per-item checks ----------------------------------------------------------------------------

def item_checks(gold: dict, out: dict) -> dict[str, bool | None]:
    """The four pass/fail checks of one answer against its gold item; None where one does not
    apply. Scored by :func:`eval.metrics.score_item`, the scorer of ``eval run``."""
    rec = score_item(gold, out)
    return {
        "facts": rec.get("facts_all"),
        "must_not": not rec["violations"],
        "refusal": rec.get("refusal_ok"),
        "citation": rec.get("citation_ok"),
    }


def passes(checks: dict[str, bool | None]) -> bool:
    return all(v is not False for v in checks.values())


def snippet(text: str | None, n: int = SNIPPET) -> str:
    s = " ".join((text or "").split())
    return s if len(s) <= n else s[:n] + "…"


def _item_change(iid: str, gold: dict, out_a: dict, out_b: dict, ca: dict, cb: dict) -> dict:
    return {
        "id": iid,
        "type": gold.get("type", "") or out_a.get("type", ""),
        "question": gold.get("question", "") or out_a.get("question", ""),
        "changed": [{"check": c, "a": ca[c], "b": cb[c]} for c in CHECKS if ca[c] != cb[c]],
        "checks_a": ca,
        "checks_b": cb,
        "status_a": out_a.get("status", ""),
        "status_b": out_b.get("status", ""),
        "answer_a": snippet(out_a.get("answer")),
        "answer_b": snippet(out_b.get("answer")),
    }


# -- the comparison -----------------------------------------------------------------------------

def compare(run_a: str | Path, run_b: str | Path, dataset: str | Path | None = None) -> dict:
    """Compare two run directories. ``dataset`` overrides the gold dataset recorded in the runs'
    ``metrics.json``. Raises :class:`CompareError` when they cannot be compared."""
    ma, items_a = load_run(run_a)
    mb, items_b = load_run(run_b)
    warnings: list[str] = []
    if dataset is not None:
        gold_path = resolve_dataset(dataset)
    else:
        rec_a, rec_b = ma.get("dataset"), mb.get("dataset")
        if not rec_a and not rec_b:
            raise CompareError("neither run records its dataset in metrics.json; pass --dataset FILE")
        pa = resolve_dataset(rec_a) if rec_a else None
        pb = resolve_dataset(rec_b) if rec_b else None
        if pa and pb and pa.resolve() != pb.resolve():
            raise CompareError(f"the runs were made from different datasets ({rec_a}, {rec_b}); "
                               "pass --dataset FILE to score both against one")
        gold_path = pa or pb
    for name, m in (("A", ma), ("B", mb)):
        rec = m.get("dataset")
        if dataset is not None and rec and resolve_dataset_quiet(rec) != gold_path.resolve():
            warnings.append(f"run {name} was made from {rec}, scored here against {dataset}")
    gold = load_gold(gold_path)

    ids_a, ids_b = list(items_a), list(items_b)
    set_a, set_b = set(ids_a), set(ids_b)
    both = [i for i in ids_a if i in set_b]
    fixed, broken, pass_both, fail_both, not_in_dataset = [], [], [], [], []
    for iid in both:
        if iid not in gold:
            not_in_dataset.append(iid)
            continue
        g, oa, ob = gold[iid], items_a[iid], items_b[iid]
        ca, cb = item_checks(g, oa), item_checks(g, ob)
        pa_, pb_ = passes(ca), passes(cb)
        if not pa_ and pb_:
            fixed.append(_item_change(iid, g, oa, ob, ca, cb))
        elif pa_ and not pb_:
            broken.append(_item_change(iid, g, oa, ob, ca, cb))
        elif pa_:
            pass_both.append(iid)
        else:
            fail_both.append(iid)
    if not both:
        warnings.append("no item id is in both runs; were they made from the same dataset?")
    if not_in_dataset:
        warnings.append(f"{len(not_in_dataset)} item(s) in both runs are not in {gold_path}; not scored")
    return {
        "run_a": str(run_a),
        "run_b": str(run_b),
        "dataset": str(dataset if dataset is not None else (ma.get("dataset") or mb.get("dataset"))),
        "metrics": metric_deltas(ma, mb),
        "fixed": fixed,
        "broken": broken,
        "unchanged": {"pass_both": pass_both, "fail_both": fail_both},
        "only_in_a": [i for i in ids_a if i not in set_b],
        "only_in_b": [i for i in ids_b if i not in set_a],
        "not_in_dataset": not_in_dataset,
        "summary": {"fixed": len(fixed), "broken": len(broken), "unchanged": len(pass_both) + len(fail_both)},
        "warnings": warnings,
    }


# -- text ---------------------------------------------------------------------------------------

def _fmt(x: float | None, signed: bool = False) -> str:
    if x is None:
        return "—"
    if isinstance(x, float):
        s = f"{x:+.4f}" if signed else f"{x:.4f}"
        s = s.rstrip("0").rstrip(".") if "." in s else s
        return "0" if signed and float(s) == 0 else s
    return f"{x:+d}" if signed and x else str(x)


def _check_word(v: bool | None) -> str:
    return "n/a" if v is None else ("pass" if v else "fail")


def _table(rows: list[list[str]], right: set[int]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, r in enumerate(rows):
        cells = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def render(result: dict) -> str:
    """The comparison as plain text for a terminal."""
    r = result
    out = [f"A: {r['run_a']}", f"B: {r['run_b']}", f"gold: {r['dataset']}"]
    out += [f"warning: {w}" for w in r["warnings"]]
    out += ["", "Metrics (B−A; * = changed)"]
    rows = [["scope", "metric", "A", "B", "B−A", ""]]
    for m in r["metrics"]:
        changed = m["delta"] is None or m["delta"] != 0
        rows.append([m["scope"], m["metric"], _fmt(m["a"]), _fmt(m["b"]), _fmt(m["delta"], signed=True),
                     "*" if changed else ""])
    out += _table(rows, right={2, 3, 4})
    for label, key in (("FIXED (failed in A, pass in B)", "fixed"), ("BROKEN (passed in A, fail in B)", "broken")):
        out += ["", f"{label}: {len(r[key])}"]
        for it in r[key]:
            what = "; ".join(f"{c['check']} {_check_word(c['a'])}→{_check_word(c['b'])}" for c in it["changed"])
            out.append(f"  {it['id']}  [{it['type']}]  {what}")
            out.append(f"    Q: {it['question']}")
            out.append(f"    A ({it['status_a']}): {it['answer_a']}")
            out.append(f"    B ({it['status_b']}): {it['answer_b']}")
    s = r["summary"]
    out += ["", f"{s['fixed']} fixed, {s['broken']} broken, {s['unchanged']} unchanged"]
    fail_both = r["unchanged"]["fail_both"]
    if fail_both:
        out.append(f"failing in both ({len(fail_both)}): {', '.join(fail_both)}")
    for label, key in (("only in A", "only_in_a"), ("only in B", "only_in_b"), ("not in dataset", "not_in_dataset")):
        if r[key]:
            out.append(f"{label} ({len(r[key])}): {', '.join(r[key])}")
    return "\n".join(out)


def main(args) -> int:
    import sys

    try:
        result = compare(args.run_a, args.run_b, dataset=args.dataset)
    except CompareError as exc:
        print(f"eval compare: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else render(result))
    return 0
