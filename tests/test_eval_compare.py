"""``python -m eval compare`` on two hand-made runs of a tiny gold dataset."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from eval.compare import CompareError, compare, metric_deltas, render
from eval.run import main, run

DOC = "甘肃省育儿补贴制度管理规范实施细则(试行)"
GOOD_CIT = [{"doc_title": DOC, "doc_number": "甘卫人口发〔2025〕65号", "quote": "q"}]
BAD_CIT = [{"doc_title": "别的文件", "doc_number": "", "quote": "q"}]
EV = "每孩每年3600元"

GOLD = [
    {"id": "f1", "type": "fact", "question": "补贴多少？", "evidence": [EV], "doc_title": DOC,
     "answer_facts": ["3600元"], "must_not": []},
    {"id": "c1", "type": "fact", "question": "哪个文件？", "evidence": [EV], "doc_title": DOC,
     "answer_facts": ["3600元"], "must_not": []},
    {"id": "r1", "type": "refusal", "question": "四川补多少？", "evidence": [], "doc_title": "",
     "answer_facts": [], "must_not": []},
    {"id": "m1", "type": "calculator", "question": "两年多少？", "evidence": [EV], "doc_title": DOC,
     "answer_facts": ["7200元"], "must_not": ["10800元"]},
    {"id": "ok", "type": "fact", "question": "一直对", "evidence": [EV], "doc_title": DOC,
     "answer_facts": ["3600元"], "must_not": []},
    {"id": "bad", "type": "fact", "question": "一直错", "evidence": [EV], "doc_title": DOC,
     "answer_facts": ["3600元"], "must_not": []},
    {"id": "e1", "type": "numeric", "question": "答了没有？", "evidence": [EV], "doc_title": DOC,
     "answer_facts": [], "must_not": []},
    {"id": "a-only", "type": "fact", "question": "只在A", "evidence": [], "doc_title": ""},
    {"id": "b-only", "type": "fact", "question": "只在B", "evidence": [], "doc_title": ""},
]


def out(iid, answer, status="answered", citations=None, score=None):
    row = {"id": iid, "type": "", "question": "", "status": status, "answer": answer,
           "citations": GOOD_CIT if citations is None else citations,
           "retrieved": [{"text": EV, "doc_title": DOC}], "latency_ms": 10.0}
    if score is not None:
        row["score"] = score
    return row


# A stored "score" that lies: compare must re-score against the gold, not trust items.jsonl.
LIE = {"facts_all": True, "violations": [], "refusal_ok": True, "citation_ok": True}

ITEMS_A = [
    out("f1", "每年补贴若干元", score=LIE),              # facts fail
    out("c1", "每年3600元"),                              # pass
    out("r1", "四川每年3600元"),                          # refusal fail: answered a refusal item
    out("m1", "两年一共7200元"),                          # pass
    out("ok", "3600元"),                                  # pass
    out("bad", "不清楚", citations=BAD_CIT),              # facts + citation fail
    out("e1", "文件没有说", status="no_answer", citations=[]),  # refusal fail, citation n/a
    out("a-only", "x"),
    out("ghost", "not in the gold dataset"),
]
ITEMS_B = [
    out("f1", "每年补贴3600元"),                          # FIXED: facts
    out("c1", "每年3600元", citations=BAD_CIT),           # BROKEN: citation
    out("r1", "文件未涉及四川", status="no_answer", citations=[]),  # FIXED: refusal
    out("m1", "两年7200元，不是10800元", score=LIE),      # BROKEN: must_not
    out("ok", "3600 元"),                                 # pass (norm drops the space)
    out("bad", "还是不清楚"),                             # facts fail still: unchanged
    out("e1", "每年3600元"),                              # FIXED: refusal, citation n/a -> pass
    out("b-only", "y"),
    out("ghost", "not in the gold dataset"),
]


def _agg(n, hit1, facts, viol, p50):
    return {"n_items": n, "retrieval": {"hit@1": hit1, "hit@3": 1.0, "hit@5": 1.0, "hit@10": 1.0, "mrr": 0.9, "n": n},
            "answer": {"facts_all": facts, "must_not_violations": viol, "refusal_accuracy": 1.0,
                       "citation_accuracy": 1.0, "n_facts": n, "n_refusal": n, "n_citation": n},
            "latency_ms": {"p50": p50, "p95": 40.0}}


METRICS_A = {**_agg(8, 0.875, 0.8, 0, 29.97), "by_type": {"fact": _agg(5, 0.8, 0.6, 0, 20.0),
                                                         "refusal": _agg(1, 0.0, 0.0, 0, 15.0)}}
METRICS_B = {**_agg(8, 0.9625, 0.9, 1, 31.2), "by_type": {"fact": _agg(5, 1.0, 0.6, 0, 19.5),
                                                         "numeric": _agg(1, 1.0, 1.0, 0, 12.0)}}


def _write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _run_dir(path, items, metrics):
    path.mkdir()
    _write_jsonl(path / "items.jsonl", items)
    (path / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def runs(tmp_path):
    gold = tmp_path / "gold.jsonl"
    _write_jsonl(gold, GOLD)
    a = _run_dir(tmp_path / "a", ITEMS_A, {"dataset": str(gold), **METRICS_A})
    b = _run_dir(tmp_path / "b", ITEMS_B, {"dataset": str(gold), **METRICS_B})
    return a, b, gold


def _by_id(changes):
    return {c["id"]: [(x["check"], x["a"], x["b"]) for x in c["changed"]] for c in changes}


def test_fixed_and_broken_items_with_the_checks_that_changed(runs):
    a, b, _ = runs
    r = compare(a, b)
    assert _by_id(r["fixed"]) == {
        "f1": [("facts", False, True)],
        "r1": [("refusal", False, True)],
        "e1": [("refusal", False, True), ("citation", None, True)],
    }
    assert _by_id(r["broken"]) == {
        "c1": [("citation", True, False)],
        "m1": [("must_not", True, False)],
    }
    assert r["unchanged"] == {"pass_both": ["ok"], "fail_both": ["bad"]}
    assert r["summary"] == {"fixed": 3, "broken": 2, "unchanged": 2}
    assert r["only_in_a"] == ["a-only"] and r["only_in_b"] == ["b-only"]
    assert r["not_in_dataset"] == ["ghost"]
    f1 = next(c for c in r["fixed"] if c["id"] == "f1")
    assert f1["type"] == "fact" and f1["question"] == "补贴多少？"
    assert f1["answer_a"] == "每年补贴若干元" and f1["answer_b"] == "每年补贴3600元"


def test_swapping_the_runs_swaps_fixed_and_broken(runs):
    a, b, _ = runs
    r = compare(b, a)
    assert {c["id"] for c in r["fixed"]} == {"c1", "m1"}
    assert {c["id"] for c in r["broken"]} == {"f1", "r1", "e1"}
    assert r["only_in_a"] == ["b-only"] and r["only_in_b"] == ["a-only"]


def test_a_run_compared_with_itself_changes_nothing(runs):
    a, _, _ = runs
    r = compare(a, a)
    assert r["summary"] == {"fixed": 0, "broken": 0, "unchanged": 8}  # a-only is in both here
    assert r["only_in_a"] == r["only_in_b"] == []
    assert all(m["delta"] == 0 for m in r["metrics"])


def test_metric_deltas_overall_and_per_type():
    rows = {(m["scope"], m["metric"]): (m["a"], m["b"], m["delta"]) for m in metric_deltas(METRICS_A, METRICS_B)}
    assert rows[("overall", "retrieval.hit@1")] == (0.875, 0.9625, 0.0875)
    assert rows[("overall", "answer.facts_all")] == (0.8, 0.9, 0.1)
    assert rows[("overall", "answer.must_not_violations")] == (0, 1, 1)
    assert rows[("overall", "latency_ms.p50")] == (29.97, 31.2, 1.23)
    assert rows[("overall", "latency_ms.p95")] == (40.0, 40.0, 0)
    assert rows[("fact", "retrieval.hit@1")] == (0.8, 1.0, 0.2)
    assert rows[("fact", "latency_ms.p50")] == (20.0, 19.5, -0.5)
    assert rows[("refusal", "n_items")] == (1, None, None)  # a type only in A
    assert rows[("numeric", "answer.facts_all")] == (None, 1.0, None)  # a type only in B
    # every numeric figure of one aggregate, per scope; nothing else (no "dataset", no "by_type")
    per_scope = 16
    assert len(rows) == 4 * per_scope
    assert [m["scope"] for m in metric_deltas(METRICS_A, METRICS_B)][::per_scope] == [
        "overall", "fact", "refusal", "numeric"]


def test_render_lists_changes_and_the_summary_line(runs):
    a, b, _ = runs
    text = render(compare(a, b))
    assert "3 fixed, 2 broken, 2 unchanged" in text
    assert "  f1  [fact]  facts fail→pass" in text
    assert "  e1  [numeric]  refusal fail→pass; citation n/a→pass" in text
    assert "  m1  [calculator]  must_not pass→fail" in text
    assert "only in A (1): a-only" in text and "only in B (1): b-only" in text
    assert "failing in both (1): bad" in text
    line = next(ln for ln in text.splitlines() if ln.startswith("overall") and "retrieval.hit@1 " in ln)
    assert line.split() == ["overall", "retrieval.hit@1", "0.875", "0.9625", "+0.0875", "*"]


def test_answers_are_cut_to_about_80_characters(tmp_path, runs):
    a, _, _ = runs
    long_b = [dict(r) for r in ITEMS_A]
    long_b[0] = out("f1", "3600元" + "很长的回答\n" * 40)
    b = _run_dir(tmp_path / "long", long_b, METRICS_A)
    f1 = compare(a, b)["fixed"][0]
    assert len(f1["answer_b"]) == 81 and f1["answer_b"].endswith("…") and "\n" not in f1["answer_b"]


def test_gold_dataset_comes_from_metrics_or_the_override(tmp_path, runs):
    a, b, gold = runs
    bare_a = _run_dir(tmp_path / "bare_a", ITEMS_A, METRICS_A)
    bare_b = _run_dir(tmp_path / "bare_b", ITEMS_B, METRICS_B)
    with pytest.raises(CompareError, match="--dataset"):
        compare(bare_a, bare_b)
    assert compare(bare_a, bare_b, dataset=gold)["summary"]["fixed"] == 3
    assert compare(bare_a, b)["summary"]["fixed"] == 3  # one run recording it is enough
    other = tmp_path / "other.jsonl"
    _write_jsonl(other, GOLD[:2])
    c = _run_dir(tmp_path / "c", ITEMS_B, {"dataset": str(other), **METRICS_B})
    with pytest.raises(CompareError, match="different datasets"):
        compare(a, c)
    r = compare(a, c, dataset=other)  # the override wins; only f1 and c1 are gold there
    assert _by_id(r["fixed"]) == {"f1": [("facts", False, True)]}
    assert _by_id(r["broken"]) == {"c1": [("citation", True, False)]}
    assert any("scored here against" in w for w in r["warnings"])


def test_missing_files_cannot_be_compared(tmp_path, runs):
    a, b, _ = runs
    (b / "items.jsonl").unlink()
    with pytest.raises(CompareError, match="items.jsonl"):
        compare(a, b)
    with pytest.raises(CompareError, match="no such run"):
        compare(a, tmp_path / "nope")
    with pytest.raises(CompareError, match="gold dataset not found"):
        compare(a, a, dataset=tmp_path / "nope.jsonl")


def test_cli_exit_codes_and_json(runs, capsys):
    a, b, _ = runs
    assert main(["compare", str(a), str(b), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"] == {"fixed": 3, "broken": 2, "unchanged": 2}
    assert main(["compare", str(a), str(b)]) == 0
    assert "3 fixed, 2 broken, 2 unchanged" in capsys.readouterr().out
    assert main(["compare", str(a), str(b.parent / "missing")]) == 2
    assert "no such run" in capsys.readouterr().err


class FakeAssistant:
    def warm_up(self):
        pass

    def ask(self, session, question):
        cit = SimpleNamespace(model_dump=lambda: GOOD_CIT[0])
        return SimpleNamespace(status="answered", answer="每年3600元", citations=[cit], calculation=None,
                               retrieved=[], latency_ms=5.0)


def test_eval_run_records_its_dataset_for_compare(tmp_path):
    gold = tmp_path / "gold.jsonl"
    _write_jsonl(gold, GOLD[:2])
    run(gold, tmp_path / "r1", assistant=FakeAssistant())
    assert json.loads((tmp_path / "r1" / "metrics.json").read_text(encoding="utf-8"))["dataset"] == str(gold)
    r = compare(tmp_path / "r1", tmp_path / "r1")
    assert r["summary"] == {"fixed": 0, "broken": 0, "unchanged": 2}
    assert r["unchanged"]["pass_both"] == ["f1", "c1"]
