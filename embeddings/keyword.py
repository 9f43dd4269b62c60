"""Keyword side: BM25 (bm25s) over jieba tokens.

jieba runs in search mode (a long word also yields its parts: 城乡居民医保 → 城乡 / 居民 / 医保
/ 城乡居民医保) with a user dictionary of policy terms (``data/policy_terms.txt``) so that
育儿补贴, 待遇等待期 or 集采 stay whole. Text is put in ``search_form`` first (NFKC digits,
no stray spaces), so ``国办发〔2024〕38 号`` and ``国办发〔2024〕38号`` tokenise alike.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from ingest.text import search_form

TERMS = Path(__file__).with_name("data") / "policy_terms.txt"

STOPWORDS = frozenset(
    """的 了 和 与 及 或 是 在 有 就 都 也 还 又 把 被 对 从 向 为 以 于 之 其 等 这 那 这个 那个 这些 那些
    我 你 他 她 它 我们 你们 他们 咱 俺 我家 咱们 自己 吗 呢 吧 啊 呀 哦 嘛 么 呗 啥 请问 一下 什么 怎么 怎样 如何
    哪些 哪个 哪 多少 几 是否 能否 能不能 可不可以 会不会 要不要 吗 请 帮 帮忙 想 想问 问 一个 个 里 中 上 下 时 后 前
    如果 要是 的话 但是 但 而 并 并且 且 则 即 按 按照 根据 由 给 让 被 得 地 着 过 所 该 各 每 之一 不 没 没有""".split()
)
_PUNCT = re.compile(r"^[\W_]+$", re.UNICODE)


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.load_userdict(str(TERMS))
    tk.initialize()
    return tk


def tokenize(text: str) -> list[str]:
    """Search-mode jieba tokens, lower-cased, without stopwords, punctuation or spaces."""
    tk = _jieba()
    out = []
    for tok in tk.cut_for_search(search_form(text).lower()):
        tok = tok.strip()
        if not tok or tok in STOPWORDS or _PUNCT.match(tok):
            continue
        out.append(tok)
    return out


class KeywordIndex:
    """BM25 over a fixed list of texts; ``scores`` returns one score per text."""

    def __init__(self, retriever=None):
        self.retriever = retriever

    @classmethod
    def build(cls, texts: list[str]) -> "KeywordIndex":
        import bm25s

        retriever = bm25s.BM25(k1=1.2, b=0.75)
        retriever.index([tokenize(t) or ["∅"] for t in texts], show_progress=False)
        return cls(retriever)

    def scores(self, query: str) -> np.ndarray:
        tokens = [t for t in tokenize(query) if t in self.retriever.vocab_dict]
        if not tokens:
            return np.zeros(self.retriever.scores["num_docs"], dtype="float32")
        return np.asarray(self.retriever.get_scores(tokens), dtype="float32")

    def save(self, directory: Path) -> None:
        self.retriever.save(str(directory), show_progress=False)

    @classmethod
    def load(cls, directory: Path) -> "KeywordIndex":
        import bm25s

        return cls(bm25s.BM25.load(str(directory), show_progress=False, verbosity=0))
