"""Chunk a document along its own structure.

Sections come from the outline markers (附件 / 第X章 / 第X条 or 一、 / （一）); each chunk
carries its heading path (document › chapter › article). Consecutive short sections merge up
to the target size; a new article or part starts a new chunk once the current one has some
substance; a paragraph longer than the maximum is split between sentences with one sentence
of overlap. A chunk never spans two documents, and a table row never spans two chunks.
Sizes are in characters, chosen for m3e-small (512 tokens, about one token per character).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policybot.types import Chunk, Document, Paragraph

from .structure import heading_label, is_heading, outline_marker

TARGET = 420
MAX = 600
MIN_SECTION = 120
TABLE_ROWS = 12

_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]+[”’）)」]*|[^。！？!?]+$")


@dataclass
class _Acc:
    paras: list[Paragraph] = field(default_factory=list)
    path: list[str] = field(default_factory=list)
    kind: str = "text"

    @property
    def size(self) -> int:
        return sum(len(p.text) for p in self.paras)

    @property
    def content_size(self) -> int:
        """Characters outside headings: a chunk of headings alone says nothing."""
        return sum(len(p.text) for p in self.paras if not _heading_like(p))

    def trailing_headings(self) -> list[Paragraph]:
        out: list[Paragraph] = []
        for p in reversed(self.paras):
            if not _heading_like(p):
                break
            out.insert(0, p)
        return out


def _heading_like(p: Paragraph) -> bool:
    return p.kind in ("heading", "body_title", "title") or is_heading(p.text)


def split_sentences(text: str) -> list[str]:
    parts = [s for s in _SENTENCE.findall(text) if s]
    return parts or [text]


def _split_long(text: str, limit: int = MAX) -> list[str]:
    """Pieces of about TARGET characters, cut between sentences (or clauses, if a single
    sentence is too long), each piece repeating the previous piece's last sentence."""
    sentences: list[str] = []
    for s in split_sentences(text):
        if len(s) > limit:
            sentences.extend(x for x in re.findall(r"[^；;]*[；;]|[^；;]+$", s) if x)
        else:
            sentences.append(s)
    pieces: list[str] = []
    cur: list[str] = []
    for s in sentences:
        if cur and sum(map(len, cur)) + len(s) > TARGET:
            pieces.append("".join(cur))
            cur = [cur[-1]] if len(cur[-1]) <= 120 else []
        cur.append(s)
    if cur and (not pieces or "".join(cur) not in pieces[-1]):
        pieces.append("".join(cur))
    return pieces


class _PathTracker:
    """The heading stack: level → label, outermost first."""

    def __init__(self, root: str):
        self.root = root
        self.levels: dict[int, str] = {}

    def path(self) -> list[str]:
        return [self.root] + [self.levels[k] for k in sorted(self.levels)]

    def set(self, level: int, label: str) -> None:
        for k in [k for k in self.levels if k >= level]:
            del self.levels[k]
        self.levels[level] = label

    def reset(self, root: str) -> None:
        self.root, self.levels = root, {}


def _table_chunks(p: Paragraph) -> list[str]:
    lines = p.text.split("\n")
    # title, header, rows — the title may be missing
    head_n = 2 if len(lines) > 2 and not re.match(r"^\d", lines[1]) and not re.match(r"^\d{4}", lines[0]) else 1
    head, rows = lines[:head_n], lines[head_n:]
    groups: list[list[str]] = []
    for row in rows:
        key = row[:5]
        if groups and len(groups[-1]) < TABLE_ROWS and groups[-1][0][:5] == key:
            groups[-1].append(row)
        else:
            groups.append([row])
    return ["\n".join(head + g) for g in groups]


def chunk_document(doc: Document) -> list[Chunk]:
    chunks: list[Chunk] = []
    tracker = _PathTracker(doc.title)
    acc = _Acc(path=tracker.path(), kind="cover")

    def emit(text: str, path: list[str], start: int, end: int, kind: str, flags: list[str]) -> None:
        if not text.strip():
            return
        chunks.append(Chunk(
            chunk_id=f"{doc.doc_id}-{len(chunks) + 1:03d}", doc_id=doc.doc_id, text=text,
            heading_path=list(path), line_start=start, line_end=end, kind=kind,
            flags=sorted(set(flags) | {f for f in doc.flags if f in ("lossy", "draft", "missing_tables", "date_unknown")}),
        ))

    def flush(carry_headings: bool = True) -> None:
        """Emit the chunk; headings at its end belong to what follows, so carry them over."""
        nonlocal acc
        carried = acc.trailing_headings() if carry_headings and acc.content_size else []
        if carried:
            acc.paras = acc.paras[: len(acc.paras) - len(carried)]
        if acc.paras and not acc.content_size and not carry_headings:
            acc.paras = []
        if acc.paras:
            flags = ["truncated"] if any(p.kind == "truncated" for p in acc.paras) else []
            emit("\n".join(p.text for p in acc.paras), acc.path, acc.paras[0].line_start,
                 acc.paras[-1].line_end, acc.kind, flags)
        acc = _Acc(paras=carried, path=tracker.path())

    in_cover = True
    for p in doc.paragraphs:
        if p.kind == "rows":  # a table whose rows name their columns: each row is a unit
            heads = acc.trailing_headings()
            if heads:
                acc.paras = acc.paras[: len(acc.paras) - len(heads)]
            flush(carry_headings=False)
            lines = p.text.split("\n")
            caption = [] if " | " in lines[0] else lines[:1]
            body = lines[len(caption) + 1:]  # the rows, after the caption and the header
            if not caption and heads:  # a heading right above the table names it
                caption = [heads[-1].text]
            path = tracker.path() + [caption[0] if caption else "表格"]
            for row in body:
                emit("\n".join(caption + [row]), path, p.line_start, p.line_end, "table", [])
            continue
        if p.kind == "table":
            lead = [q.text for q in acc.paras] if not acc.content_size else []
            if lead:
                acc.paras = []
            flush()
            for n, text in enumerate(_table_chunks(p)):
                text = "\n".join(lead + [text]) if n == 0 else text
                emit(text, tracker.path() + ["附表"] if "附表" not in tracker.path() else tracker.path(),
                     p.line_start, p.line_end, "table", [])
            continue
        if p.kind == "body_title":
            flush(carry_headings=False)
            tracker.reset(p.text)
            in_cover = False
            acc = _Acc(paras=[p], path=tracker.path())
            continue
        marker = outline_marker(p.text) if p.kind in ("text", "heading", "truncated") else None
        heading_only = p.kind == "heading" or (marker is not None and is_heading(p.text))
        # An unnumbered heading (a centred line) sits at the level of a part: the next 三、 replaces it.
        level = marker.level if marker else (2 if p.kind == "heading" else None)
        if marker is not None and marker.level == 0 and not heading_only:
            level = None  # an inline 附件：1. … list does not open a section
        if level is not None and level <= 3 and (marker is None or marker.level <= 3):
            starts_new = acc.content_size > 0 and (
                in_cover
                or level <= 1
                or (level == 2 and acc.size >= MIN_SECTION)
                or (level == 3 and acc.size >= 2 * MIN_SECTION)
            )
            if starts_new:
                flush()
            in_cover = False
            tracker.set(level, heading_label(p.text))
            if not acc.paras:
                acc.path = tracker.path()
        if len(p.text) > MAX:
            lead = [q.text for q in acc.paras] if not acc.content_size else []
            if lead:
                acc.paras = []
            flush()
            for n, piece in enumerate(_split_long(p.text)):
                emit("\n".join(lead + [piece]) if n == 0 else piece, tracker.path(), p.line_start, p.line_end,
                     "text", ["truncated"] if p.kind == "truncated" else [])
            continue
        if acc.content_size and acc.size + len(p.text) > TARGET * 1.25 and not heading_only:
            flush()
        acc.paras.append(p)
        if acc.kind == "cover" and not in_cover:
            acc.kind = "text"
    flush()
    return chunks
