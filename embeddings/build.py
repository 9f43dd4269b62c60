"""Corpus directory → index, and ``ingest add`` for maintainers.

The corpus fingerprint covers every source file's bytes and the ingestion pipeline version,
so the service can tell whether its index still matches the corpus it serves.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from ingest import PIPELINE_VERSION
from ingest.loaders import IngestError
from ingest.pipeline import SourceReport, chunk_documents, corpus_files, ingest_corpus, ingest_file

from .store import Manifest, build_index, read_manifest


def corpus_fingerprint(corpus_dir: str | Path) -> str:
    h = hashlib.sha256(f"pipeline={PIPELINE_VERSION}".encode())
    for f in corpus_files(corpus_dir):
        h.update(f.name.encode())
        h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()[:16]


@dataclass
class BuildResult:
    manifest: Manifest
    reports: list[SourceReport]
    errors: list[IngestError]


def build_corpus_index(corpus_dir: str | Path, index_dir: str | Path, encoder, progress=None) -> BuildResult:
    docs, reports, errors = ingest_corpus(corpus_dir, progress=progress)
    if not docs:
        raise IngestError(corpus_dir, "语料目录中没有可用的文件 (no usable source files)")
    chunks = chunk_documents(docs, progress=progress)
    manifest = build_index(index_dir, docs, chunks, encoder, corpus_fingerprint(corpus_dir),
                           [r.source for r in reports], progress=progress)
    return BuildResult(manifest, reports, errors)


def index_is_current(corpus_dir: str | Path, index_dir: str | Path, model_name: str) -> bool:
    m = read_manifest(Path(index_dir))
    return m is not None and m.corpus_fingerprint == corpus_fingerprint(corpus_dir) and m.model == model_name


def add_documents(files: list[str | Path], corpus_dir: str | Path, index_dir: str | Path, encoder,
                  progress=None) -> tuple[BuildResult, list[SourceReport]]:
    """Validate every file first; only if all parse, copy them into the corpus and rebuild
    (unchanged chunks keep their vectors). On any error nothing is copied or rebuilt."""
    corpus_dir = Path(corpus_dir)
    reports = []
    for f in files:
        _, report = ingest_file(f)  # raises IngestError naming the file
        reports.append(report)
    copied: list[Path] = []
    try:
        for f in files:
            dest = corpus_dir / Path(f).name
            if dest.exists() and dest.read_bytes() != Path(f).read_bytes():
                raise IngestError(f, f"语料中已有同名文件 {dest.name}，内容不同 (a different file of that name exists)")
            if not dest.exists():
                shutil.copy2(f, dest)
                copied.append(dest)
        result = build_corpus_index(corpus_dir, index_dir, encoder, progress=progress)
    except BaseException:
        for p in copied:  # leave the corpus as it was
            p.unlink(missing_ok=True)
        raise
    return result, reports
