"""DOCX with its styles, automatic numbering and tables (python-docx, MIT).

Word keeps list labels out of the text: a paragraph points at a numbering definition
(``numPr`` on the paragraph or on its style) and Word draws 「一、」「（二）」「3.」 from the level's
format and counter. ``Numbering`` replays those counters in document order so every label is
printed again, in the format the document chose (chineseCounting, decimal, enclosed circles …).
Heading and Title styles give the outline; tables come out as rows; merged cells count once.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from . import Block, Structured

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CN = "零一二三四五六七八九"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


class DocxError(Exception):
    pass


def chinese_number(n: int) -> str:
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    if n < 100:
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for v, s in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
                 (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out, n = out + s, n - v
    return out


def format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting",
               "taiwaneseCounting", "taiwaneseCountingThousand", "ideographDigital"):
        return chinese_number(n)
    if fmt == "ideographTraditional":
        return _HEAVENLY[(n - 1) % 10]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n)
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class Numbering:
    """Counters of every list, replayed in document order."""

    def __init__(self, doc):
        self.levels: dict[str, dict[int, dict]] = {}  # numId → ilvl → {fmt, text, start}
        self.counters: dict[str, dict[int, int]] = {}
        self.key: dict[str, str] = {}  # numId → whose counters it advances
        try:
            root = doc.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, dict]] = {}
        for a in root.findall(f"{W}abstractNum"):
            abstract[a.get(f"{W}abstractNumId")] = {int(lvl.get(f"{W}ilvl")): self._level(lvl) for lvl in a.findall(f"{W}lvl")}
        for num in root.findall(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            abstract_id = ref.get(f"{W}val") if ref is not None else ""
            levels = {k: dict(v) for k, v in abstract.get(abstract_id, {}).items()}
            # Lists of one abstract definition continue each other's count unless one restarts it.
            self.key[num.get(f"{W}numId")] = "a" + abstract_id
            for ov in num.findall(f"{W}lvlOverride"):
                ilvl = int(ov.get(f"{W}ilvl"))
                start = ov.find(f"{W}startOverride")
                if start is not None and ilvl in levels:
                    levels[ilvl]["start"] = int(start.get(f"{W}val"))
                    self.key[num.get(f"{W}numId")] = "n" + num.get(f"{W}numId")
            self.levels[num.get(f"{W}numId")] = levels

    @staticmethod
    def _level(lvl) -> dict:
        def val(tag: str, default: str) -> str:
            el = lvl.find(f"{W}{tag}")
            return el.get(f"{W}val") if el is not None and el.get(f"{W}val") is not None else default

        return {"fmt": val("numFmt", "decimal"), "text": val("lvlText", "%1."), "start": int(val("start", "1"))}

    def label(self, num_id: str, ilvl: int) -> str:
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(self.key.get(num_id, num_id), {})
        counters[ilvl] = counters.get(ilvl, levels[ilvl]["start"] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        spec = levels[ilvl]
        if spec["fmt"] in ("bullet", "none"):
            return ""

        def sub(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, spec)
            n = counters.get(k, lv["start"])
            return format_number(n, lv["fmt"])

        return re.sub(r"%(\d)", sub, spec["text"])


def _num_pr(paragraph) -> tuple[str, int] | None:
    """(numId, ilvl) from the paragraph, else from its style chain."""
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None and ppr.numPr.numId is not None:
        ilvl = ppr.numPr.ilvl.val if ppr.numPr.ilvl is not None else 0
        return str(ppr.numPr.numId.val), int(ilvl)
    style = paragraph.style
    ilvl_from_style = None
    while style is not None:
        spr = style.element.pPr
        if spr is not None and spr.numPr is not None:
            num = spr.numPr.numId
            if spr.numPr.ilvl is not None:
                ilvl_from_style = spr.numPr.ilvl.val
            if num is not None:
                return str(num.val), int(ilvl_from_style or 0)
        style = style.base_style
    return None


def _joined(text: str) -> str:
    """A paragraph's text with its manual line breaks joined (no space inside CJK text)."""
    from ..text import join_lines

    out = ""
    for piece in (x.strip() for x in text.split("\n")):
        out = join_lines(out, piece) if out else piece
    return out.strip()


def _heading_level(style_name: str) -> int | None:
    m = re.match(r"(?:Heading|标题)\s*(\d)$", style_name or "")
    return int(m.group(1)) if m else None


def _alignment(paragraph) -> str:
    a = paragraph.alignment
    if a is None and paragraph.style is not None:
        a = paragraph.style.paragraph_format.alignment
    return {1: "center", 2: "right"}.get(int(a) if a is not None else -1, "")


def _font_size(paragraph) -> float:
    sizes = [r.font.size.pt for r in paragraph.runs if r.font.size is not None and r.text.strip()]
    return max(sizes) if sizes else 0.0


def _rows(table) -> list[list[str]]:
    rows = []
    for tr in table.rows:
        cells, seen = [], set()
        for cell in tr.cells:
            if id(cell._tc) in seen:
                continue  # a horizontally merged cell appears once per grid column
            seen.add(id(cell._tc))
            cells.append("".join(p.text.strip() for p in cell.paragraphs))
        if any(cells):
            rows.append(cells)
    return rows


def read_docx(path: Path) -> Structured:
    from docx import Document as DocxDocument
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc = DocxDocument(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DocxError(str(exc) or type(exc).__name__) from exc
    except Exception as exc:  # python-docx raises its own PackageNotFoundError and lxml errors
        raise DocxError(f"{type(exc).__name__}: {exc}") from exc
    numbering = Numbering(doc)
    blocks: list[Block] = []
    no = 0
    for el in doc.element.body.iterchildren():
        if el.tag == f"{W}p":
            p = Paragraph(el, doc)
            text = _joined(p.text)
            num = _num_pr(p)
            label = numbering.label(*num) if num else ""
            if not text:
                continue
            no += 1
            style = p.style.name if p.style is not None else ""
            level = _heading_level(style)
            kind = "title" if style in ("Title", "标题") else "heading" if level else "text"
            blocks.append(Block(kind, label + text, no=no, end=no, align=_alignment(p), level=level or 0,
                                size=_font_size(p)))
        elif el.tag == f"{W}tbl":
            rows = _rows(Table(el, doc))
            if rows:
                no += 1
                blocks.append(Block("table", no=no, end=no, rows=rows))
    if not blocks:
        raise DocxError("no text")
    # Without a Title style, the title is the largest explicitly sized centred paragraph near the top.
    if not any(b.kind == "title" for b in blocks):
        top = [b for b in blocks[:8] if b.kind in ("text", "heading") and b.align == "center" and b.size]
        if top:
            biggest = max(b.size for b in top)
            for b in top:
                if b.size == biggest:
                    b.kind = "title"
    title = (doc.core_properties.title or "").strip()
    return Structured(blocks, {"core_title": title} if title else {}, "docx")
