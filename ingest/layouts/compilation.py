"""Compilations of many documents exported from PDF, each with one metadata block
(发文机关 / 标题 / 发文字号 / 成文日期 / 发布日期 / 类别 / 关键字) printed at the foot of the
document's first page — often in the middle of a sentence.

Boundaries (CORPUS_NOTES §1.2.2, verified on the default corpus):
1. one block = one document;
2. document k starts at the first line after block k−1 whose next lines spell the start of
   block k's title (printed headings may drop a ``上海：`` prefix or differ in spacing);
   trailing pages of document k−1 (signatures, a last article) sit before that line;
3. a document ends where the next one starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..clean import title_key
from ..lines import Line
from . import RawDocument
from ..metadata import find_doc_number, parse_cn_date
from ..text import UNICODE_SPACES, collapse_spaces, tighten_cjk

_SP = f"[ {UNICODE_SPACES}]*"


def _label(chars: str) -> str:
    return _SP.join(chars) + f"{_SP}[:：]"


BLOCK_OPEN = re.compile("^" + _label("发文机关"))
BLOCK_CLOSE = re.compile("^" + _label("类别"))
FIELDS = {
    "issuer": _label("发文机关"),
    "written": _label("成文日期"),
    "title": _label("标题"),
    "number": _label("发文字号"),
    "published": _label("发布日期"),
    "category": _label("类别"),
    "keywords": _label("关键字"),
}
_FIELD_RE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in FIELDS.items()))


@dataclass
class MetaBlock:
    start: int  # index into the line list
    end: int  # index one past the block's last line
    line_start: int
    line_end: int
    fields: dict[str, str] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return self.fields.get("title", "")


def parse_block(text: str) -> dict[str, str]:
    """Split the joined text of a block into its labelled fields."""
    out: dict[str, str] = {}
    matches = list(_FIELD_RE.finditer(text))
    for i, m in enumerate(matches):
        value = text[m.end(): matches[i + 1].start() if i + 1 < len(matches) else len(text)]
        out[m.lastgroup] = collapse_spaces(value)
    return out


def _wrapped_keyword(text: str) -> bool:
    t = text.rstrip()
    return bool(t) and not t.startswith(" ") and len(t.strip()) <= 12 and not re.search(r"[，。；：:,]", t)


def find_blocks(lines: list[Line]) -> list[MetaBlock]:
    blocks: list[MetaBlock] = []
    i = 0
    while i < len(lines):
        if not BLOCK_OPEN.match(lines[i].text):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not BLOCK_CLOSE.match(lines[j].text) and not BLOCK_OPEN.match(lines[j].text):
            j += 1
        if j >= len(lines) or BLOCK_OPEN.match(lines[j].text):
            i += 1  # an unterminated block: leave the text alone
            continue
        end = j + 1
        k = end
        while k < len(lines) and lines[k].blank:
            k += 1
        if k < len(lines) and _wrapped_keyword(lines[k].text) and not BLOCK_OPEN.match(lines[k].text):
            end = k + 1
        # Wrapped lines join without a separator: the PDF broke them mid-word.
        joined = "".join(ln.text.strip() + (" " if re.search(r"[:：]\s*$", ln.text) else "")
                         for ln in lines[i:end] if not ln.blank)
        joined = re.sub(r"\t", " ", joined)
        blocks.append(MetaBlock(i, end, lines[i].no, lines[end - 1].no, parse_block(joined)))
        i = end
    return blocks


def _starts_title(lines: list[Line], i: int, key: str, n: int) -> bool:
    acc = ""
    for ln in lines[i:i + 8]:
        if ln.blank:
            continue
        acc += title_key(ln.text)
        if len(acc) >= n:
            break
    return acc[:n] == key[:n]


def find_starts(lines: list[Line], blocks: list[MetaBlock]) -> list[int]:
    """Index of each document's first line (one per block)."""
    starts: list[int] = []
    for k, block in enumerate(blocks):
        lo = blocks[k - 1].end if k else 0
        hi = block.start
        key = title_key(block.title)
        found = None
        for n in (16, 10, 6):
            for i in range(lo, hi):
                if not lines[i].blank and _starts_title(lines, i, key, min(n, len(key))):
                    found = i
                    break
            if found is not None:
                break
        if found is None:  # no printed heading: the first page start after the previous block
            found = next((i for i in range(lo, hi) if lines[i].text.startswith(" ") and not lines[i].blank), lo)
        starts.append(found)
    return starts


def is_compilation(lines: list[Line]) -> bool:
    return sum(1 for ln in lines if BLOCK_OPEN.match(ln.text)) >= 2


def split(lines: list[Line]) -> list[RawDocument]:
    """One RawDocument per metadata block. Lines before the first document (a compilation's
    own cover, if any) are dropped."""
    blocks = find_blocks(lines)
    starts = find_starts(lines, blocks)
    docs = []
    for k, block in enumerate(blocks):
        s = starts[k]
        e = starts[k + 1] if k + 1 < len(blocks) else len(lines)
        body = lines[s:block.start] + lines[block.end:e]
        f = block.fields
        meta = {
            "title": tighten_cjk(f.get("title", "")),
            "issuer": f.get("issuer", ""),
            "doc_number": find_doc_number(f.get("number", "")),
            "written_date": parse_cn_date(f.get("written", "")),
            "published_date": parse_cn_date(f.get("published", "")),
            "category": tighten_cjk(f.get("category", "")),
            "keywords": [k for k in re.split(r"[、，,]", tighten_cjk(f.get("keywords", ""))) if k],
            "title_authoritative": True,
        }
        meta["block_lines"] = (block.line_start, block.line_end)
        docs.append(RawDocument(body, meta))
    return docs
