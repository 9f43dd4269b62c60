"""Markdown, as a 政策解读 or a reposted notice is written (markdown-it-py, MIT).

YAML front matter gives the title, the issuer, the number of the document interpreted and the
date. The body is parsed, not pattern-stripped: emphasis, links and list markers go, headings
keep their level, ordered items keep their numbers, and a pipe table comes back as rows.
"""

from __future__ import annotations

import re

import yaml

from . import Block, Structured

_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*(?:\n|\Z)", re.S)
FIELDS = {"title": ("title", "标题"), "issuer": ("issuer", "source", "author", "发文机关", "来源"),
          "doc_number": ("doc_number", "number", "文号", "发文字号"), "published_date": ("date", "发布日期", "published")}


def front_matter(text: str) -> tuple[dict, str, int]:
    """(metadata, body, number of lines the front matter took)."""
    m = _FRONT.match(text)
    if not m:
        return {}, text, 0
    try:
        data = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError:
        data = {}
    meta = {}
    if isinstance(data, dict):
        for field, names in FIELDS.items():
            for n in names:
                if data.get(n):
                    meta[field] = str(data[n]).strip()
                    break
    return meta, text[m.end():], m.group(0).count("\n")


def _inline(token) -> str:
    out = []
    for c in token.children or []:
        if c.type in ("text", "code_inline"):
            out.append(c.content)
        elif c.type == "softbreak":
            out.append("" if out and re.search(r"[\u4e00-\u9fff，。；：]$", out[-1]) else " ")
        elif c.type == "hardbreak":
            out.append(" ")
        elif c.type == "image":
            out.append(c.content or "")
    # CommonMark does not close 「**答：**具有」 (punctuation before, a CJK letter after): drop the pair here.
    return _LEFTOVER_EMPHASIS.sub(r"\1", "".join(out)).strip()


_LEFTOVER_EMPHASIS = re.compile(r"(?:\*\*|__|~~)(.+?)(?:\*\*|__|~~)")


def read_markdown(text: str) -> Structured:
    from markdown_it import MarkdownIt

    meta, body, offset = front_matter(text)
    if meta.get("published_date"):
        meta["published_date"] = meta["published_date"][:10]
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    blocks: list[Block] = []
    heading = 0
    ordered: list[int] = []  # counters of the open ordered lists
    row: list[str] | None = None
    table: Block | None = None
    for i, t in enumerate(tokens):
        line = (t.map[0] + 1 + offset) if t.map else (blocks[-1].no if blocks else 1)
        if t.type == "heading_open":
            heading = int(t.tag[1])
        elif t.type == "ordered_list_open":
            ordered.append(int(t.attrGet("start") or 1) - 1)
        elif t.type == "ordered_list_close":
            ordered.pop()
        elif t.type == "table_open":
            table = Block("table", no=line, end=line)
        elif t.type == "table_close" and table is not None:
            if table.rows:
                blocks.append(table)
            table = None
        elif t.type == "tr_open":
            row = []
        elif t.type == "tr_close" and table is not None and row is not None:
            table.rows.append(row)
            table.end = line
        elif t.type == "inline":
            text_ = _inline(t)
            if row is not None and table is not None and tokens[i - 1].type in ("th_open", "td_open"):
                row.append(text_)
                continue
            if not text_:
                continue
            if heading:
                blocks.append(Block("heading", text_, no=line, end=line, level=heading))
                heading = 0
                continue
            in_item = any(tokens[k].type == "list_item_open" for k in range(max(0, i - 2), i))
            if in_item and ordered and tokens[i - 2].type == "list_item_open":
                ordered[-1] += 1
                text_ = f"{ordered[-1]}. {text_}" if not re.match(r"^\d", text_) else text_
            end = (t.map[1] + offset) if t.map else line
            blocks.append(Block("text", text_, no=line, end=end))
        elif t.type == "hr":
            blocks.append(Block("separator", no=line, end=line))
    # An H1 that repeats the front-matter title is that title as printed.
    for b in blocks[:3]:
        if b.kind == "heading" and (b.level == 1 or (not meta.get("title") and b is blocks[0] and b.level <= 2)):
            b.kind = "title"
            break
    return Structured([b for b in blocks if b.kind != "separator"], meta, "markdown")
