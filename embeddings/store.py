"""The index directory: documents, chunks, FAISS vectors and BM25, versioned and swapped
atomically.

Layout::

    index/
      CURRENT                 name of the live version (replaced with os.replace)
      v-<time>-<id>/
        manifest.json         model, dimension, corpus fingerprint, counts
        documents.jsonl       document metadata and cleaned paragraphs
        chunks.jsonl          chunk text, heading path, source lines, embedding key
        vectors.npy           one normalised float32 vector per chunk
        faiss.index           inner-product index over those vectors
        bm25/                 bm25s index over jieba tokens

A build writes a new version beside the live one and only then points CURRENT at it: a crash
mid-build leaves the old index usable. Vectors are keyed by a hash of the exact text embedded
and the model's fingerprint, so a rebuild re-embeds only chunks whose text changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from policybot.types import Chunk, Document, Paragraph

from .keyword import KeywordIndex

INDEX_FORMAT = 1
KEEP_VERSIONS = 2


class IndexNotFound(RuntimeError):
    pass


def embed_text(chunk: Chunk, doc: Document) -> str:
    """What the dense and keyword indexes see: title, 发文字号, heading path, then the text."""
    path = " › ".join(chunk.heading_path[1:])
    head = " ".join(x for x in (doc.title, doc.doc_number, path) if x)
    return f"{head}\n{chunk.text}"


def text_key(text: str, model_fp: str) -> str:
    return hashlib.sha256(f"{model_fp}\n{text}".encode()).hexdigest()[:24]


@dataclass
class Manifest:
    format: int
    version: str
    created: str
    model: str
    model_fingerprint: str
    dimension: int
    corpus_fingerprint: str
    documents: int
    policy_documents: int
    chunks: int
    sources: list[str]
    embedded: int = 0  # how many vectors this build computed (the rest were reused)
    build_seconds: float = 0.0


@dataclass
class LoadedIndex:
    path: Path
    manifest: Manifest
    documents: dict[str, Document]
    chunks: list[Chunk]
    vectors: np.ndarray
    faiss: object
    keyword: KeywordIndex
    embed_texts: list[str]


def _doc_to_json(d: Document) -> str:
    return json.dumps(asdict(d), ensure_ascii=False)


def _doc_from_json(line: str) -> Document:
    data = json.loads(line)
    data["paragraphs"] = [Paragraph(**p) for p in data.get("paragraphs", [])]
    return Document(**data)


def current_version(index_dir: Path) -> Path | None:
    pointer = Path(index_dir) / "CURRENT"
    if not pointer.exists():
        return None
    v = Path(index_dir) / pointer.read_text().strip()
    return v if (v / "manifest.json").exists() else None


def read_manifest(index_dir: Path) -> Manifest | None:
    v = current_version(index_dir)
    if v is None:
        return None
    return Manifest(**json.loads((v / "manifest.json").read_text()))


def _cached_vectors(index_dir: Path, model_fp: str) -> dict[str, np.ndarray]:
    """Vectors of the live version, by text key (only if made with the same model)."""
    v = current_version(index_dir)
    if v is None:
        return {}
    try:
        manifest = json.loads((v / "manifest.json").read_text())
        if manifest.get("model_fingerprint") != model_fp:
            return {}
        vectors = np.load(v / "vectors.npy")
        keys = [json.loads(line)["embed_key"] for line in (v / "chunks.jsonl").open(encoding="utf-8")]
    except (OSError, ValueError, KeyError):
        return {}
    return {k: vectors[i] for i, k in enumerate(keys) if i < len(vectors)}


def build_index(index_dir: str | Path, documents: list[Document], chunks: list[Chunk], encoder,
                corpus_fingerprint: str, sources: list[str], progress=None) -> Manifest:
    """Build a new version beside the live one, then switch CURRENT to it atomically."""
    import faiss

    t0 = time.perf_counter()
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    docs_by_id = {d.doc_id: d for d in documents}
    texts = [embed_text(c, docs_by_id[c.doc_id]) for c in chunks]
    model_fp = encoder.fingerprint
    keys = [text_key(t, model_fp) for t in texts]
    cache = _cached_vectors(index_dir, model_fp)
    missing = [i for i, k in enumerate(keys) if k not in cache]
    dim = encoder.dimension
    vectors = np.zeros((len(chunks), dim), dtype="float32")
    for i, k in enumerate(keys):
        if k in cache:
            vectors[i] = cache[k]
    if missing:
        batch = 64
        order = sorted(missing, key=lambda i: len(texts[i]))  # similar lengths batch well
        groups = [order[s:s + batch] for s in range(0, len(order), batch)]
        it = groups if progress is None else progress(groups, desc=f"向量化 (embedding {len(missing)} chunks)")
        for g in it:
            vectors[g] = encoder.encode([texts[i] for i in g])

    stamp = time.strftime("%Y%m%dT%H%M%S")
    version = f"v-{stamp}-{uuid.uuid4().hex[:6]}"
    tmp = index_dir / f".building-{version}"
    tmp.mkdir()
    try:
        with (tmp / "documents.jsonl").open("w", encoding="utf-8") as f:
            for d in documents:
                f.write(_doc_to_json(d) + "\n")
        with (tmp / "chunks.jsonl").open("w", encoding="utf-8") as f:
            for c, k in zip(chunks, keys):
                f.write(json.dumps({**c.to_dict(), "embed_key": k}, ensure_ascii=False) + "\n")
        np.save(tmp / "vectors.npy", vectors)
        fi = faiss.IndexFlatIP(dim)
        if len(vectors):
            fi.add(vectors)
        faiss.write_index(fi, str(tmp / "faiss.index"))
        KeywordIndex.build(texts).save(tmp / "bm25")
        manifest = Manifest(
            format=INDEX_FORMAT, version=version, created=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            model=encoder.name, model_fingerprint=model_fp, dimension=dim,
            corpus_fingerprint=corpus_fingerprint, documents=len(documents),
            policy_documents=sum(d.kind == "policy" for d in documents), chunks=len(chunks),
            sources=sources, embedded=len(missing), build_seconds=round(time.perf_counter() - t0, 2),
        )
        (tmp / "manifest.json").write_text(json.dumps(asdict(manifest), ensure_ascii=False, indent=1))
        final = index_dir / version
        os.replace(tmp, final)
        pointer_tmp = index_dir / f".CURRENT-{version}"
        pointer_tmp.write_text(version)
        os.replace(pointer_tmp, index_dir / "CURRENT")
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _prune(index_dir, keep=version)
    return manifest


def _prune(index_dir: Path, keep: str) -> None:
    versions = sorted(p for p in index_dir.glob("v-*") if p.is_dir())
    stale = [p for p in versions if p.name != keep][: max(0, len(versions) - KEEP_VERSIONS)]
    for p in stale:
        shutil.rmtree(p, ignore_errors=True)
    for p in index_dir.glob(".building-*"):
        if time.time() - p.stat().st_mtime > 3600:
            shutil.rmtree(p, ignore_errors=True)


def load_index(index_dir: str | Path) -> LoadedIndex:
    import faiss

    v = current_version(Path(index_dir))
    if v is None:
        raise IndexNotFound(f"no index in {index_dir}; run `policybot build` first")
    manifest = Manifest(**json.loads((v / "manifest.json").read_text()))
    documents = {}
    with (v / "documents.jsonl").open(encoding="utf-8") as f:
        for line in f:
            d = _doc_from_json(line)
            documents[d.doc_id] = d
    chunks = []
    with (v / "chunks.jsonl").open(encoding="utf-8") as f:
        for line in f:
            data = json.loads(line)
            data.pop("embed_key", None)
            chunks.append(Chunk(**data))
    texts = [embed_text(c, documents[c.doc_id]) for c in chunks]
    return LoadedIndex(
        path=v, manifest=manifest, documents=documents, chunks=chunks,
        vectors=np.load(v / "vectors.npy"), faiss=faiss.read_index(str(v / "faiss.index")),
        keyword=KeywordIndex.load(v / "bm25"), embed_texts=texts,
    )
