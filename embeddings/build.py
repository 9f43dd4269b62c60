"""Corpus directory → index, and ``ingest add`` for maintainers.

The corpus fingerprint covers every source file's bytes and the ingestion pipeline version,
so the service can tell whether its index still matches the corpus it serves.
"""

from __future__ import annotations

import hashlib
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from ingest import PIPELINE_VERSION
from ingest.loaders import IngestError, RefusedFiles
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
    reports, errors = [], []
    for f in files:  # every file is tried, so every refused one is named
        try:
            reports.append(ingest_file(f)[1])
        except IngestError as exc:
            errors.append(exc)
    if errors:
        raise errors[0] if len(errors) == 1 else RefusedFiles(errors)
    copied: list[Path] = []
    try:
        for f in files:
            dest = corpus_dir / Path(f).name
            if dest.exists() and dest.read_bytes() != Path(f).read_bytes():
                raise IngestError(f, f"语料中已有同名文件 {dest.name}，内容不同；新版本请用 `policybot ingest replace {dest.name} 新文件` "
                                     f"(a different file of that name exists)")
            if not dest.exists():
                shutil.copy2(f, dest)
                copied.append(dest)
        result = build_corpus_index(corpus_dir, index_dir, encoder, progress=progress)
    except BaseException:
        for p in copied:  # leave the corpus as it was
            p.unlink(missing_ok=True)
        raise
    return result, reports


SUPERSEDED = ".superseded"  # replaced and removed sources, kept out of the index (corpus_files skips dot-folders)


def _stage_out(corpus_dir: Path, name: str) -> Path:
    """Move a corpus source aside (into ``.superseded``), returning where it went."""
    src = corpus_dir / name
    if not src.is_file():
        raise IngestError(src, f"语料中没有这个文件 (no such source in the corpus; see `policybot docs --sources`)")
    keep = corpus_dir / SUPERSEDED
    keep.mkdir(exist_ok=True)
    dest = keep / f"{time.strftime('%Y%m%d-%H%M%S')}-{name}"
    shutil.move(str(src), dest)
    return dest


def remove_documents(names: list[str], corpus_dir: str | Path, index_dir: str | Path, encoder,
                     progress=None) -> BuildResult:
    """Take sources out of the corpus and rebuild; on any failure the corpus is as it was."""
    corpus_dir = Path(corpus_dir)
    for n in names:
        if not (corpus_dir / Path(n).name).is_file():
            raise IngestError(n, "语料中没有这个文件 (no such source in the corpus)")
    moved: list[tuple[Path, Path]] = []
    try:
        for n in names:
            moved.append((corpus_dir / Path(n).name, _stage_out(corpus_dir, Path(n).name)))
        return build_corpus_index(corpus_dir, index_dir, encoder, progress=progress)
    except BaseException:
        for original, staged in moved:
            shutil.move(str(staged), original)
        raise


def replace_document(old_name: str, new_file: str | Path, corpus_dir: str | Path, index_dir: str | Path, encoder,
                     progress=None) -> tuple[BuildResult, SourceReport]:
    """A new version of a source supersedes the old one: the new file is validated first, the
    old one is kept in ``.superseded`` (not indexed), and the index is rebuilt. On any failure the
    corpus is as it was."""
    corpus_dir = Path(corpus_dir)
    _, report = ingest_file(new_file)  # raises IngestError naming the file
    old = corpus_dir / Path(old_name).name
    if not old.is_file():
        raise IngestError(old_name, "语料中没有要替换的文件 (no such source in the corpus)")
    dest = corpus_dir / Path(new_file).name
    if dest.exists() and dest != old:
        raise IngestError(new_file, f"语料中已有同名文件 {dest.name} (a file of that name exists)")
    staged = _stage_out(corpus_dir, old.name)
    try:
        shutil.copy2(new_file, dest)
        return build_corpus_index(corpus_dir, index_dir, encoder, progress=progress), report
    except BaseException:
        dest.unlink(missing_ok=True)
        shutil.move(str(staged), old)
        raise
