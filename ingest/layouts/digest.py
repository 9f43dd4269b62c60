"""News digests: Markdown pages of several short items under ``##`` headings, each item
ending with its source line ``(中国政府网、健康报)``.

Segment on the source lines, not on the headings: a digest sometimes prints an item's heading
*after* its body. A heading directly after a source line and directly followed by another
heading has no body of its own, so it names the item that precedes it; a heading followed by
another heading anywhere else is a column title and is dropped.
"""

from __future__ import annotations

import re

from ..lines import Line
from ..text import collapse_spaces
from . import RawDocument

HEADING = re.compile(r"^#{1,6}\s+(.+)$")
SOURCE_LINE = re.compile(r"^[（(][^（）()]{2,40}[)）]$")


def is_digest(lines: list[Line]) -> bool:
    heads = sum(1 for ln in lines if HEADING.match(ln.text.strip()))
    sources = sum(1 for ln in lines if SOURCE_LINE.match(ln.text.strip()))
    return heads >= 3 and sources >= 2


def split(lines: list[Line]) -> list[RawDocument]:
    content = [ln for ln in lines if not ln.blank]
    items: list[dict] = []
    current: dict = {"title": "", "lines": []}
    for i, ln in enumerate(content):
        t = ln.text.strip()
        h = HEADING.match(t)
        nxt = content[i + 1].text.strip() if i + 1 < len(content) else ""
        prev = content[i - 1].text.strip() if i else ""
        if h:
            heading = collapse_spaces(h.group(1))
            bodiless = not nxt or HEADING.match(nxt)
            if bodiless and SOURCE_LINE.match(prev) and items:
                items[-1]["title"] = items[-1]["title"] or heading
            elif not bodiless:
                if current["lines"]:
                    items.append(current)
                current = {"title": heading, "lines": [], "heading_line": ln}
            continue
        if SOURCE_LINE.match(t):
            current["source_note"] = t
            items.append(current)
            current = {"title": "", "lines": []}
            continue
        current["lines"].append(ln)
    if current["lines"]:
        items.append(current)
    docs = []
    for it in items:
        if not it["lines"]:
            continue
        title = it["title"] or collapse_spaces(it["lines"][0].text)[:30]
        head = [Line(it["heading_line"].no, title)] if it.get("heading_line") else []
        docs.append(RawDocument(head + it["lines"], {
            "title": title,
            "source_note": it.get("source_note", ""),
            "date_unknown": True,
            "title_line": bool(head),
        }))
    return docs
