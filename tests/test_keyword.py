"""The keyword side against a plain reference BM25 (the Lucene variant, which bm25s implements)."""

from __future__ import annotations

import math

import numpy as np

from embeddings.keyword import KeywordIndex, tokenize

DOCS = [
    "第五条 育儿补贴按年计算,每年一次性发放,按照每孩每年3600元标准执行。",
    "自2025年起，除新生儿等特殊群体外，设置参保后固定待遇等待期3个月。",
    "国办发〔2024〕38 号 关于健全基本医疗保险参保长效机制的指导意见",
    "居民医保个人缴费标准达到每人每年400元，城乡居民医保财政补助670元。",
    "线上申请可通过支付宝、微信平台“育儿补贴”小程序办理育儿补贴。",
]


def reference_bm25(corpus: list[list[str]], query: list[str], k1=1.2, b=0.75) -> np.ndarray:
    n = len(corpus)
    avgdl = sum(map(len, corpus)) / n
    out = np.zeros(n)
    for term in set(query):
        df = sum(term in doc for doc in corpus)
        if not df:
            continue
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
        for i, doc in enumerate(corpus):
            tf = doc.count(term)
            # Lucene's BM25 leaves out the constant (k1 + 1) factor of the textbook formula
            out[i] += idf * tf / (tf + k1 * (1 - b + b * len(doc) / avgdl)) if tf else 0
    return out


def test_policy_terms_stay_whole_and_noise_is_dropped():
    toks = tokenize("娃的育儿补贴和待遇等待期，城乡居民医保怎么交？")
    assert "育儿补贴" in toks and "待遇等待期" in toks and "城乡居民医保" in toks
    assert "的" not in toks and "，" not in toks and "怎么" not in toks


def test_doc_numbers_tokenise_alike_with_or_without_spaces():
    assert tokenize("国办发〔2024〕38 号") == tokenize("国办发〔2024〕38号")


def test_scores_match_a_reference_implementation():
    index = KeywordIndex.build(DOCS)
    corpus = [tokenize(d) for d in DOCS]
    for q in ["育儿补贴一年多少钱", "待遇等待期几个月", "国办发〔2024〕38号", "居民医保个人缴费"]:
        got = index.scores(q)
        want = reference_bm25(corpus, [t for t in tokenize(q) if any(t in d for d in corpus)])
        assert np.allclose(got, want, rtol=1e-4, atol=1e-5), q
        assert int(np.argmax(got)) == int(np.argmax(want))


def test_unknown_words_score_zero_everywhere():
    index = KeywordIndex.build(DOCS)
    assert not index.scores("火星探测器").any()
