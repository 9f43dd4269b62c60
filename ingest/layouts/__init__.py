"""Source layouts: how one file splits into documents.

Each layout module exposes ``split(lines) -> list[RawDocument]``; ``ingest.pipeline`` picks the
layout by sniffing the content (never by file name), so a new file of a known kind just works.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lines import Line


@dataclass
class RawDocument:
    lines: list[Line]
    meta: dict = field(default_factory=dict)  # title, issuer, doc_number, dates, source_url …
    kind: str = "policy"  # policy | non-policy
    paragraphs: list = field(default_factory=list)  # set by structured sources: typed paragraphs, in order
