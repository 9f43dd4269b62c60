"""Sources → documents → chunks.

``ingest_file`` reads one file, removes the noise whose shape it recognises (watermarks,
running headers, disclosure notes, download trailers), picks the layout by sniffing the
content, and builds Documents. ``ingest_corpus`` does that for a directory. Nothing here
knows the names, titles or line numbers of the default corpus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from policybot.types import Chunk, Document

from . import clean
from .chunking import chunk_document
from .documents import build_document
from .formats import Structured
from .layouts import RawDocument, compilation, digest, markup, structured, web
from .lines import Line
from .loaders import SUPPORTED, IngestError, load
from .paragraphs import detect_wrap_width
from .text import norm_key

MIN_DOCUMENT_CHARS = 20


@dataclass
class SourceReport:
    source: str
    layout: str
    documents: int
    non_policy: int
    removed: dict[str, int] = field(default_factory=dict)


def sniff_layout(lines: list[Line]) -> str:
    if markup.has_front_matter(lines):
        return "front-matter"
    if compilation.is_compilation(lines):
        return "compilation"
    if digest.is_digest(lines):
        return "digest"
    if web.is_site_scrape(lines):
        return "site"
    return "single"


def _clean(lines: list[Line]) -> tuple[list[Line], dict[str, int]]:
    removed: dict[str, int] = {}
    lines, mark = clean.strip_watermark(lines)
    if mark:
        removed["watermark"] = 1
    lines, headers = clean.strip_running_headers(lines)
    removed["running_headers"] = len(headers)
    lines, disclosures = clean.strip_disclosure(lines)
    removed["disclosure_notes"] = len(disclosures)
    lines, pages = clean.strip_page_numbers(lines)
    removed["page_number_lines"] = pages
    before = len(lines)
    lines = clean.strip_download_trailers(lines)
    removed["download_trailer_lines"] = before - len(lines)
    return lines, removed


def split_source(lines: list[Line]) -> tuple[str, list[RawDocument]]:
    layout = sniff_layout(lines)
    if layout == "front-matter":
        return layout, markup.split(lines)
    if layout == "compilation":
        return layout, compilation.split(lines)
    if layout == "digest":
        return layout, digest.split(lines)
    if layout == "site":
        return layout, web.split_site(lines)
    return layout, web.split_single(lines)


def ingest_file(path: str | Path, name: str | None = None) -> tuple[list[Document], SourceReport]:
    """Documents of one source file (policy and non-policy). Raises IngestError."""
    path = Path(path)
    name = name or path.name
    source = load(path)
    if isinstance(source, Structured):
        layout, raws, removed, width = source.layout, structured.split(source), {}, None
    else:
        lines, removed = _clean(source)
        width = detect_wrap_width(lines)
        layout, raws = split_source(lines)
    docs = [build_document(r, source=name, index=i, wrap_width=width) for i, r in enumerate(raws, 1)]
    # A "document" of a few characters is a fragment, not something a citizen can be answered from.
    docs = [d for d in docs if d.paragraphs and len(norm_key(d.text)) >= MIN_DOCUMENT_CHARS]
    if not any(d.kind == "policy" for d in docs):
        raise IngestError(path, "没有识别出任何政策文件内容 (no policy document found)")
    report = SourceReport(name, layout, sum(d.kind == "policy" for d in docs),
                          sum(d.kind != "policy" for d in docs), removed)
    return docs, report


def corpus_files(directory: str | Path) -> list[Path]:
    d = Path(directory)
    return sorted(p for p in d.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED and not p.name.startswith("."))


def ingest_corpus(directory: str | Path, progress=None) -> tuple[list[Document], list[SourceReport], list[IngestError]]:
    """All documents of a corpus directory. Unreadable files are reported, not fatal."""
    docs: list[Document] = []
    reports: list[SourceReport] = []
    errors: list[IngestError] = []
    files = corpus_files(directory)
    for f in files if progress is None else progress(files, desc="清洗与切分 (cleaning)"):
        try:
            d, r = ingest_file(f)
        except IngestError as exc:
            errors.append(exc)
            continue
        docs.extend(d)
        reports.append(r)
    return docs, reports, errors


def chunk_documents(docs: list[Document], progress=None) -> list[Chunk]:
    policy = [d for d in docs if d.kind == "policy"]
    chunks: list[Chunk] = []
    for d in policy if progress is None else progress(policy, desc="分块 (chunking)"):
        chunks.extend(chunk_document(d))
    return chunks
