"""PDF with positions (pdfplumber on pdfminer.six, MIT).

What a policy PDF does to its text, and what undoes it here:
* Running headers and footers repeat on every page in the top or bottom band: a line whose shape
  (digits masked) recurs on most pages there is dropped; so is a page-number line (「— 2 —」,
  「第 2 页 共 3 页」, 「- 2 -」) wherever it sits in a band.
* Lines are hard-wrapped by the page width: a line that reaches the right margin continues on
  the next unless the next is indented, opens an outline item, or changes font size. The same
  rule joins the last line of a page to the first of the next, so a sentence survives a page break.
* A ruled table is read as rows (``find_tables``); its words are kept out of the running text.
  A table continued on the next page with its header repeated is one table.
* The title is the run of largest-font lines on the first page that is not the red banner
  (「××委员会文件」) nor a 发文字号, reassembled across its lines.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from pathlib import Path

from ..metadata import is_banner
from ..structure import starts_block
from ..text import ends_clause, join_lines
from . import Block, Structured

BAND = 0.09  # top and bottom share of the page height where headers and footers live
PAGE_NUMBER = re.compile(r"^[\s—–\-－―~·•]*(?:第\s*)?[\dⅠ-Ⅻ]+\s*(?:页)?(?:\s*[/／共]\s*\d+\s*页?)?[\s—–\-－―~·•]*$")
SPACE = " \u3000\u00a0\t"


class PdfError(Exception):
    pass


def _line_info(line: dict) -> dict | None:
    chars = [c for c in line.get("chars", []) if c.get("text", "").strip(SPACE)]
    if not chars:
        return None
    text = line["text"].strip(SPACE)
    sizes = [round(c.get("size", 0), 1) for c in chars]
    return {"text": text, "x0": chars[0]["x0"], "x1": chars[-1]["x1"], "top": line["top"], "bottom": line["bottom"],
            "size": statistics.median(sizes)}


def _inside(obj: dict, boxes: list[tuple]) -> bool:
    cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return any(x0 - 1 <= cx <= x1 + 1 and t - 1 <= cy <= b + 1 for x0, t, x1, b in boxes)


def _cell(text: str | None) -> str:
    if not text:
        return ""
    parts = [p.strip(SPACE) for p in text.split("\n")]
    out = ""
    for p in parts:  # a cell wrapped inside its box: join CJK without a space
        if out and re.search(r"[A-Za-z0-9]$", out) and re.match(r"[A-Za-z0-9]", p):
            out += " "
        out += p
    return out


def _pages(path: Path) -> list[dict]:
    import pdfplumber

    pages = []
    try:
        with pdfplumber.open(str(path)) as pdf:
            for page in pdf.pages:
                tables = page.find_tables()
                boxes = [t.bbox for t in tables]
                body = page.filter(lambda o: not (o.get("object_type") == "char" and _inside(o, boxes)))
                lines = [x for x in (_line_info(ln) for ln in body.extract_text_lines(return_chars=True)) if x]
                tabs = [{"top": t.bbox[1], "rows": [[_cell(c) for c in row] for row in t.extract()]} for t in tables]
                pages.append({"height": float(page.height), "width": float(page.width), "lines": lines, "tables": tabs})
    except PdfError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types on a damaged file
        inner = [type(a).__name__ for a in getattr(exc, "args", ()) if isinstance(a, Exception)]
        if any("Password" in n for n in [type(exc).__name__, *inner]) or "encrypt" in str(exc).lower():
            raise PdfError("encrypted") from exc
        raise PdfError(f"{type(exc).__name__}: {exc}") from exc
    return pages


def _shape(line: dict) -> tuple[str, int]:
    """A line's text with digits masked, and where it sits: a running header repeats both."""
    return re.sub(r"\d+", "#", re.sub(f"[{SPACE}]", "", line["text"])), round(line["top"] / 8)


def _strip_bands(pages: list[dict]) -> None:
    """Drop running headers, footers and page numbers in place."""
    counts: Counter[str] = Counter()
    for pg in pages:
        h = pg["height"]
        seen = {_shape(ln) for ln in pg["lines"] if ln["top"] < h * BAND or ln["bottom"] > h * (1 - BAND)}
        counts.update(seen)
    repeated = {s for s, n in counts.items() if n >= max(2, (len(pages) + 1) // 2)}
    for pg in pages:
        h = pg["height"]
        keep = []
        for ln in pg["lines"]:
            in_band = ln["top"] < h * BAND or ln["bottom"] > h * (1 - BAND)
            if in_band and (PAGE_NUMBER.match(ln["text"]) or _shape(ln) in repeated):
                continue
            keep.append(ln)
        pg["lines"] = keep


def _body_geometry(pages: list[dict]) -> tuple[float, float, float]:
    """(left margin, right margin, body font size) of the running text."""
    lines = [ln for pg in pages for ln in pg["lines"]]
    size = Counter(ln["size"] for ln in lines).most_common(1)[0][0]
    body = [ln for ln in lines if abs(ln["size"] - size) < 0.6] or lines
    left = Counter(round(ln["x0"]) for ln in body).most_common(1)[0][0]
    rights = sorted(ln["x1"] for ln in body)
    right = rights[int(len(rights) * 0.9)] if rights else left
    return float(left), float(right), float(size)


def _align(ln: dict, left: float, right: float, size: float) -> str:
    centre = (left + right) / 2
    full = ln["x1"] >= right - 0.8 * size  # an indented first line that runs to the margin is not centred
    if ln["x0"] > left + 2 * size and not full and abs((ln["x0"] + ln["x1"]) / 2 - centre) < 1.5 * size:
        return "center"
    if ln["x1"] >= right - 1.5 * size and ln["x0"] > left + 6 * size:
        return "right"
    return ""


def _merge_tables(items: list[tuple]) -> list[tuple]:
    """A table whose next-page part repeats its header (or continues it with as many columns,
    with nothing between them) becomes one table."""
    out: list[tuple] = []
    for item in items:
        if item[0] == "table" and out and out[-1][0] == "table":
            prev = out[-1][1]
            rows = item[1]
            if rows and prev and len(rows[0]) == len(prev[0]):
                prev.extend(rows[1:] if rows[0] == prev[0] else rows)
                continue
        out.append(item)
    return out


def read_pdf(path: Path) -> Structured:
    pages = _pages(path)
    if not any(pg["lines"] or pg["tables"] for pg in pages):
        raise PdfError("no text layer")
    _strip_bands(pages)
    if not any(pg["lines"] for pg in pages):
        raise PdfError("no text layer")
    left, right, size = _body_geometry(pages)

    # Reading order: lines and tables by their top on each page.
    items: list[tuple] = []
    for p, pg in enumerate(pages):
        seq = [(ln["top"], "line", ln) for ln in pg["lines"]] + [(t["top"], "table", t["rows"]) for t in pg["tables"]]
        for _, kind, obj in sorted(seq, key=lambda x: x[0]):
            items.append((kind, obj, p))
    items = _merge_tables(items)

    blocks: list[Block] = []
    no = 0
    prev: dict | None = None  # the last text line, while its paragraph may continue
    for kind, obj, page in items:
        no += 1
        if kind == "table":
            rows = [r for r in obj if any(c for c in r)]
            if rows:
                blocks.append(Block("table", no=no, end=no, rows=rows))
            prev = None
            continue
        ln = obj
        align = _align(ln, left, right, size)
        indented = ln["x0"] > left + 0.8 * size
        if (prev is not None and blocks and blocks[-1].kind == "text" and not align
                and abs(prev["size"] - ln["size"]) < 0.6 and prev["x1"] >= right - 1.6 * size
                and not indented and not starts_block(ln["text"])
                and not (ends_clause(prev["text"]) and prev["x1"] < right - 0.6 * size)):
            blocks[-1].text = join_lines(blocks[-1].text, ln["text"])
            blocks[-1].end = no
        else:
            blocks.append(Block("text", ln["text"], no=no, end=no, align=align, size=ln["size"]))
        prev = ln if not align else None

    # The printed title: the largest-font run of consecutive lines at the top of the first page
    # that is not the 版头 (judged on the whole run: issuers' names can be a title's first line).
    runs: list[list[Block]] = []
    for b in blocks[:12]:
        if b.kind == "text" and b.size >= size + 1.5:
            if runs and runs[-1][-1] is blocks[blocks.index(b) - 1] and abs(runs[-1][-1].size - b.size) < 0.6:
                runs[-1].append(b)
            else:
                runs.append([b])
    titles = [r for r in runs if not is_banner("".join(x.text for x in r))]
    if titles:
        best = max(titles, key=lambda r: r[0].size)
        for b in best:
            b.kind = "title"
    for b in blocks:
        if b.kind == "text" and b.align == "right":
            b.kind = "signature"
    return Structured(blocks, {}, "pdf")
