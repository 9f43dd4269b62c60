"""The scoring functions on hand-made records, per the contract in eval/datasets/README.md."""

from __future__ import annotations

from eval.metrics import first_hit_rank, metrics, norm, score_item

ITEM = {"id": "x", "type": "calculator", "question": "q", "evidence": ["3月 3600 900 1年3个月 4500"],
        "doc_title": "甘肃省育儿补贴制度管理规范实施细则(试行)", "doc_number": "甘卫人口发〔2025〕65号",
        "answer_facts": ["4500元", "2026年"], "must_not": ["10800元"]}


def test_norm_is_nfkc_without_any_whitespace():
    assert norm("国办发〔2024〕38 号\n　（一）") == "国办发〔2024〕38号(一)"


def test_rank_of_first_chunk_holding_an_evidence_passage():
    texts = ["无关", "2023年3月 3600 900\n1年3个月 4500", "3月 3600 900 1年3个月 4500"]
    assert first_hit_rank(ITEM["evidence"], texts) == 2
    assert first_hit_rank(ITEM["evidence"], ["无关"]) is None


def test_item_scoring_facts_violations_refusal_and_citation():
    out = {"status": "answered", "answer": "合计 4500 元：2025年3600元，2026年900元。",
           "citations": [{"doc_title": "关于印发《甘肃省育儿补贴制度管理规范实施细则(试行)》的通知", "doc_number": ""}],
           "retrieved": [{"text": "3月 3600 900 1年3个月 4500"}], "latency_ms": 12.0}
    rec = score_item(ITEM, out)
    assert rec["rank"] == 1 and rec["facts_all"] and rec["violations"] == []
    assert rec["refusal_ok"] and rec["citation_ok"]
    bad = score_item(ITEM, {**out, "answer": "一共10800元", "citations": [{"doc_title": "别的文件"}]})
    assert not bad["facts_all"] and bad["violations"] == ["10800元"] and not bad["citation_ok"]
    refusal = score_item({"id": "r", "type": "refusal", "question": "q", "evidence": []},
                         {"status": "no_answer", "answer": "文件未涉及"})
    assert refusal["refusal_ok"] and "rank" not in refusal


def test_aggregate_and_per_type():
    recs = [
        {"id": "a", "type": "fact", "rank": 1, "facts_all": True, "violations": [], "refusal_ok": True,
         "citation_ok": True, "latency_ms": 10},
        {"id": "b", "type": "fact", "rank": 4, "facts_all": False, "violations": ["x"], "refusal_ok": True,
         "citation_ok": False, "latency_ms": 30},
        {"id": "c", "type": "refusal", "violations": [], "refusal_ok": False, "latency_ms": 20},
    ]
    m = metrics(recs)
    assert m["n_items"] == 3
    assert m["retrieval"]["hit@1"] == 0.5 and m["retrieval"]["hit@5"] == 1.0 and m["retrieval"]["mrr"] == 0.625
    assert m["answer"]["facts_all"] == 0.5 and m["answer"]["must_not_violations"] == 1
    assert m["answer"]["refusal_accuracy"] == round(2 / 3, 4) and m["answer"]["citation_accuracy"] == 0.5
    assert m["latency_ms"]["p50"] == 20
    assert set(m["by_type"]) == {"fact", "refusal"} and m["by_type"]["refusal"]["answer"]["refusal_accuracy"] == 0
