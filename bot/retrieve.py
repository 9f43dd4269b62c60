"""Hybrid retrieval: FAISS (m3e-small) + BM25 (jieba), fused, with metadata filters and a
preference for the asker's region.

Fusion is a weighted sum of the two scores, each scaled to [0, 1] over the candidates of this
query, so neither side can dominate just by its scale. Then document-level evidence adjusts it:
* the question names a 发文字号 or quotes a title: that document's chunks rise;
* the question names a province: documents of that province rise, national ones stay,
  other provinces' documents fall (they can still answer, e.g. to say what Gansu does);
* drafts (征求意见稿) are kept but never outrank a binding text on a tie.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np

from ingest.clean import title_key
from ingest.metadata import find_doc_number
from ingest.text import norm_key
from policybot.regions import gazetteer
from policybot.types import NATIONAL, Chunk, Document, RetrievedPassage

DENSE_WEIGHT = 0.55
KEYWORD_WEIGHT = 0.45
CANDIDATES = 100
SAME_REGION_BOOST = 0.15
OTHER_REGION_PENALTY = 0.25
DOC_NUMBER_BOOST = 0.5
TITLE_BOOST = 0.2


@dataclass
class Hit:
    chunk: Chunk
    doc: Document
    score: float
    dense: float = 0.0
    keyword: float = 0.0

    def passage(self) -> RetrievedPassage:
        return RetrievedPassage(
            chunk_id=self.chunk.chunk_id, doc_id=self.doc.doc_id, doc_title=self.doc.title,
            doc_number=self.doc.doc_number, region=self.doc.region,
            date=self.doc.written_date or self.doc.published_date,
            heading=" › ".join(self.chunk.heading_path[1:]), text=self.chunk.text, score=round(self.score, 4),
        )


@dataclass
class Filters:
    regions: list[str] = field(default_factory=list)  # keep only these regions (全国 always allowed if include_national)
    include_national: bool = True
    doc_ids: list[str] = field(default_factory=list)
    exclude_drafts: bool = False


def query_regions(query: str) -> list[str]:
    return gazetteer().provinces_in(query)


class Retriever:
    def __init__(self, index, encoder, query_cache_size: int = 4096):
        self.index = index
        self.encoder = encoder
        self.query_cache_size = query_cache_size
        self._qcache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._qlock = threading.Lock()
        self.chunks = index.chunks
        self.docs = index.documents
        self._doc_of = [self.docs[c.doc_id] for c in self.chunks]
        self._number_keys = {norm_key(d.doc_number): d.doc_id for d in self.docs.values() if d.doc_number}
        self._title_keys = {}
        for d in self.docs.values():
            for t in [d.title, d.cover_title, *d.alt_titles]:
                if t:
                    self._title_keys[title_key(t)] = d.doc_id

    # -- scoring ---------------------------------------------------------------------------

    def query_vector(self, query: str) -> np.ndarray:
        """The query's embedding; popular questions come back often, so recent ones are kept."""
        with self._qlock:
            v = self._qcache.get(query)
            if v is not None:
                self._qcache.move_to_end(query)
                return v
        v = self.encoder.encode_query(query)
        if self.query_cache_size <= 0:
            return v
        with self._qlock:
            self._qcache[query] = v
            while len(self._qcache) > self.query_cache_size:
                self._qcache.popitem(last=False)
        return v

    def _dense(self, q: np.ndarray, k: int) -> dict[int, float]:
        scores, ids = self.index.faiss.search(q.reshape(1, -1), min(k, len(self.chunks)))
        return {int(i): float(s) for i, s in zip(ids[0], scores[0]) if i >= 0}

    def mentioned_docs(self, query: str) -> set[str]:
        """Documents the question names by 发文字号 or by (a long part of) their title."""
        found: set[str] = set()
        num = find_doc_number(query)
        if num and norm_key(num) in self._number_keys:
            found.add(self._number_keys[norm_key(num)])
        qk = title_key(query)
        for quoted in re.findall(r"《([^》]{4,})》", query):
            k = title_key(quoted)
            found.update(doc for t, doc in self._title_keys.items() if k in t)
        for t, doc in self._title_keys.items():
            if len(t) >= 10 and t in qk:
                found.add(doc)
        return found

    def search(self, query: str, k: int = 10, filters: Filters | None = None,
               prefer_regions: list[str] | None = None) -> list[Hit]:
        if not self.chunks or not query.strip():
            return []
        filters = filters or Filters()
        q = self.query_vector(query)
        dense = self._dense(q, CANDIDATES)
        kw_all = self.index.keyword.scores(query)
        kw_top = np.argsort(-kw_all)[:CANDIDATES]
        cand = set(dense) | {int(i) for i in kw_top if kw_all[i] > 0}
        allowed = [i for i in cand if self._allowed(i, filters)]
        if not allowed:
            return []
        # Keyword candidates outside the dense top-k are scored exactly from the stored vectors.
        d = np.array([dense[i] if i in dense else float(self.index.vectors[i] @ q) for i in allowed], dtype="float32")
        b = np.array([kw_all[i] for i in allowed], dtype="float32")
        d_n = _scale(d)
        b_n = b / b.max() if b.max() > 0 else b
        fused = DENSE_WEIGHT * d_n + KEYWORD_WEIGHT * b_n
        named = self.mentioned_docs(query)
        regions = prefer_regions if prefer_regions is not None else query_regions(query)
        for n, i in enumerate(allowed):
            doc = self._doc_of[i]
            if doc.doc_id in named:
                fused[n] += DOC_NUMBER_BOOST
            if regions:
                if doc.region in regions:
                    fused[n] += SAME_REGION_BOOST
                elif doc.region != NATIONAL:
                    fused[n] -= OTHER_REGION_PENALTY
            if "draft" in doc.flags:
                fused[n] -= 0.01
        order = np.argsort(-fused)[:k]
        return [Hit(self.chunks[allowed[j]], self._doc_of[allowed[j]], float(fused[j]), float(d[j]), float(b[j]))
                for j in order]

    def _allowed(self, i: int, f: Filters) -> bool:
        doc = self._doc_of[i]
        if doc.kind != "policy":
            return False
        if f.doc_ids and doc.doc_id not in f.doc_ids:
            return False
        if f.exclude_drafts and "draft" in doc.flags:
            return False
        if f.regions and doc.region not in f.regions and not (f.include_national and doc.region == NATIONAL):
            return False
        return True


def _scale(x: np.ndarray) -> np.ndarray:
    if len(x) == 0:
        return x
    lo, hi = float(x.min()), float(x.max())
    return (x - lo) / (hi - lo) if hi > lo else np.ones_like(x)
