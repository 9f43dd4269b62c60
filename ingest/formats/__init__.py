"""Readers for files that carry their own layout: PDF (positions and font sizes), DOCX (styles,
numbering, tables), HTML pages (main content) and Markdown (front matter, markup).

Each reader returns a ``Structured`` source: typed blocks in reading order plus the metadata the
format states (a front-matter title, an HTML page's date). What the blocks mean as a policy
document — title, 发文字号, signature — is decided once, in ``ingest.layouts.structured``.
Plain text does not come here; it goes through the line cleaners.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Block:
    kind: str  # title | heading | text | table | signature | separator
    text: str = ""
    no: int = 0  # position in the source: a line number for citations (1-based)
    end: int = 0
    rows: list[list[str]] = field(default_factory=list)  # a table: header row first
    caption: str = ""
    align: str = ""  # center | right | ""
    level: int = 0  # heading level (1 = the highest) when the format says so
    size: float = 0.0  # font size when known


@dataclass
class Structured:
    blocks: list[Block]
    meta: dict = field(default_factory=dict)  # title, issuer, doc_number, published_date, site_name
    layout: str = ""
