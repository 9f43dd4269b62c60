"""A structured source (PDF, DOCX, HTML article, Markdown) as one policy document.

The reader has already typed each block; this decides what the blocks are as an official
document: which block is the title (the format's own title, else the printed title, else the line
above the 发文字号 — never a 版头 「…文件」, a 发文字号, a site name or a separator), where the 发文字号
is, and how a table reads as rows. Tables become one paragraph whose lines are rows, each row
carrying its column headers (「病种：糖尿病；职工医保（元）：3500」), so a row is quotable on its own.
"""

from __future__ import annotations

import re

from policybot.types import Paragraph

from ..clean import DISCLOSURE, is_chrome_line
from ..formats import Block, Structured
from ..metadata import ISSUER_SUFFIX, doc_number_line, find_doc_number, is_banner, parse_cn_date
from ..text import collapse_spaces, tighten_cjk
from . import RawDocument

TITLE_END = re.compile(r"(通知|公告|通告|意见|批复|函|办法|规定|决定|方案|细则|规则|指南|解读|问答|答问|规划|纲要|条例|标准|目录|清单|名单|公示|报告|决议|措施|计划|要点|说明)[）)]?$")
DATE_ONLY = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$|^\d{4}-\d{1,2}-\d{1,2}")
SEPARATOR = re.compile(r"^[\s\-=_—–*·•~#]+$")
# a field the page or the document states of itself, near the top: 「发文字号：苏医保规〔2025〕6号」
LABELLED = re.compile(r"(发文字号|文号|发文机关|发布机构|来源|成文日期|发布日期|发布时间)\s*[:：]\s*([^\s:：|｜]{2,40})")
_NUMERIC = re.compile(r"^[\d.,，%％\s元万亿/-]+$")


def not_a_title(text: str, line: bool = False) -> bool:
    """Never a title: a separator, a 版头, a 发文字号, a sentence, a date. For one line of a title that
    wraps (``line``), an office's bare name may be its first line (「××局 ××厅」 / 「关于…的通知」)."""
    t = collapse_spaces(text).replace(" ", "")
    banner = t.endswith("文件") and is_banner(t) if line else is_banner(t)
    return (not t or bool(SEPARATOR.match(t)) or banner or doc_number_line(t) is not None
            or len(t) > 90 or bool(re.search(r"[。；;！？：:，,]$", t)) or bool(DATE_ONLY.match(t)))


def _issuer_list(text: str) -> bool:
    """「山东省医疗保障局 山东省民政厅」: a signature of several offices keeps its spaces."""
    parts = text.split()
    return len(parts) >= 2 and all(re.fullmatch(r"[\u4e00-\u9fff]{2,30}", p) and ISSUER_SUFFIX.search(p) for p in parts)


def has_header(rows: list[list[str]]) -> bool:
    """The first row names the columns: every cell filled, none a bare figure, as wide as the table."""
    head = rows[0]
    return (len(rows) > 1 and len(head) == max(len(r) for r in rows)
            and all(c.strip() and not _NUMERIC.match(c.strip()) for c in head))


# a column header that carries its unit: 「年度支付限额（元）」, 「筛查任务（万人）」, 「收费标准(元/人/年)」
_HEADER_UNIT = re.compile(r"^(.+?)[（(]\s*((?:万|亿|千)?(?:元|人|人次|个|家|例|剂|次|张|天|月|年|岁|平方米|公里|床)(?:[/·][\u4e00-\u9fff]{1,3})*|%)\s*[)）]$")
_FIGURE = re.compile(r"^\d+(?:\.\d+)?$")


def _cell_with_header(header: str, cell: str) -> str:
    """「年度支付限额（元）」 over 「2400」 reads 「年度支付限额：2400元」: a bare figure takes the unit its
    column header states, so the row says what the table says."""
    if not header:
        return cell
    m = _HEADER_UNIT.match(header)
    if m and _FIGURE.match(cell):
        return f"{m.group(1)}：{cell}{m.group(2)}"
    return f"{header}：{cell}"


def merge_header_rows(rows: list[list[str]]) -> list[list[str]]:
    """A header over two rows, its upper cells spanning columns (「补助标准」 over 「市级」「区级」),
    becomes one header row: 「补助标准市级」, 「补助标准区级」. Rows as a PDF gives them: a spanned
    cell is empty."""
    if len(rows) < 3 or len(rows[0]) != len(rows[1]):
        return rows
    top, sub = rows[0], rows[1]
    if all(c.strip() for c in top) or any(_NUMERIC.match(c.strip()) for c in sub if c.strip()) or not any(sub):
        return rows
    carried, last = [], ""
    for c in top:
        last = c.strip() or last
        carried.append(last)
    merged = [(t + s.strip()) if s.strip() and s.strip() != t else (t or s.strip()) for t, s in zip(carried, sub)]
    return [merged] + rows[2:]


def clean_rows(rows: list[list[str]]) -> list[list[str]]:
    """Cells with their spaces tidied, a two-row header made one."""
    return merge_header_rows([[tighten_cjk(collapse_spaces(c)) for c in r] for r in rows])


def table_lines(rows: list[list[str]], caption: str = "") -> str:
    """A table as text (rows cleaned and their header merged, see ``clean_rows``): the caption, the
    header, then one line per row that names its columns."""
    head = rows[0]
    out = [caption] if caption else []
    if not has_header(rows):
        return "\n".join(out + [" | ".join(c for c in r if c) for r in rows])
    out.append(" | ".join(head))
    for r in rows[1:]:
        cells = [_cell_with_header(h, c) for h, c in zip(head, r) if c]
        # a row that only fills its first cell is a group label (「一、住院」) inside the table
        out.append(cells[0].split("：", 1)[-1] if len(cells) == 1 else "；".join(cells))
    return "\n".join(out)


_LEAD_IN = re.compile(r"(?:如下表|见下表|下表|如下)[:：]?$|[:：]$")


def _caption(blocks: list[Block], i: int) -> tuple[str, bool]:
    """What names table ``i``, and whether that line is only the table's name: a short line right
    above it that starts with 表/附表 or ends with 表 (the name); else the last sentence of a
    paragraph that leads into it (「…资金安排如下表：」, kept in the text as well)."""
    if i > 0 and blocks[i - 1].kind in ("text", "heading", "title"):
        t = collapse_spaces(blocks[i - 1].text)
        if len(t) <= 40 and (re.match(r"^(附表|表)\s*\d*", t) or t.endswith(("表", "一览", "标准", "名单"))):
            return t, True
        if _LEAD_IN.search(t):
            last = re.split(r"(?<=[。；！？])", t.rstrip())
            lead = next((x for x in reversed(last) if x.strip()), "")
            if 4 <= len(lead) <= 80:
                return tighten_cjk(lead.strip()), False
    return "", False


def _centred_title(blocks: list[Block]) -> None:
    """Without a title by style or size, a run of centred lines near the top that reads as a title
    (「关于…的」 / 「通知」 over two lines) is the title."""
    if any(b.kind == "title" for b in blocks):
        return
    top = blocks[:12]
    for i, b in enumerate(top):
        if b.kind not in ("text", "heading") or b.align != "center" or not_a_title(b.text, line=True):
            continue
        run = [b]
        for nxt in top[i + 1:]:
            if nxt.kind in ("text", "heading") and nxt.align == "center" and not not_a_title(nxt.text, line=True) \
                    and not TITLE_END.search(run[-1].text):
                run.append(nxt)
            else:
                break
        joined = "".join(x.text for x in run)
        if TITLE_END.search(joined) and not not_a_title(joined):
            for x in run:
                x.kind = "title"
            return


_LINK_WITH_DATE = re.compile(r"^.{6,60}?[（(\[]?\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?[）)\]]?$")


def drop_chrome(blocks: list[Block]) -> list[Block]:
    """What a page's template leaves inside an article: publish lines, share bars, print widgets,
    上一篇/下一篇 links, and lists of related links (three or more title lines ending in a date)."""
    for b in blocks:  # 「（信息公开形式：主动公开）」 and the like
        if b.kind != "table" and DISCLOSURE.search(b.text):
            b.text = DISCLOSURE.sub("", b.text).strip()
    keep = [b for b in blocks if b.kind == "table" or (b.text.strip() and not is_chrome_line(b.text))]
    out: list[Block] = []
    i = 0
    while i < len(keep):
        j = i
        while j < len(keep) and keep[j].kind != "table" and _LINK_WITH_DATE.match(collapse_spaces(keep[j].text)) \
                and not re.search(r"[。；，]", keep[j].text):
            j += 1
        if j - i >= 3:
            i = j  # a list of links
            continue
        out.append(keep[i])
        i += 1
    return out


def _header_table(blocks: list[Block], meta: dict) -> list[Block]:
    """A 版头 laid out in a small table at the top (issuer, 发文字号): its facts go to the metadata,
    the table goes (it is not data)."""
    for i, b in enumerate(blocks[:3]):
        if b.kind != "table" or len(b.rows) > 3:
            continue
        cells = [c for r in b.rows for c in r if c.strip()]
        numbers = [doc_number_line(c) for c in cells]
        if not any(numbers):
            continue
        meta.setdefault("doc_number", next(n[0] for n in numbers if n))
        issuers = [c for c in cells if ISSUER_SUFFIX.search(collapse_spaces(c).replace(" ", "")) and not doc_number_line(c)]
        if issuers:
            meta.setdefault("issuer", "、".join(collapse_spaces(c) for c in issuers))
        return blocks[:i] + blocks[i + 1:]
    return blocks


def split(source: Structured) -> list[RawDocument]:
    meta = dict(source.meta)
    blocks = _header_table(drop_chrome(source.blocks), meta)
    _centred_title(blocks)
    paras: list[Paragraph] = []
    captions: set[int] = set()
    for i, b in enumerate(blocks):
        if b.kind == "table":
            cap, name_only = _caption(blocks, i)
            if cap and name_only:
                captions.add(i - 1)
            rows = clean_rows(b.rows)
            paras.append(Paragraph(table_lines(rows, cap), b.no, b.end, "rows" if has_header(rows) else "table"))
        else:
            kind = {"title": "title", "heading": "heading", "signature": "text"}.get(b.kind, "text")
            text = collapse_spaces(b.text)
            paras.append(Paragraph(text if _issuer_list(text) else tighten_cjk(text), b.no, b.end, kind))
    paras = [p for k, p in enumerate(paras) if k not in captions]

    # The 发文字号: a whole paragraph near the top, or a labelled one (「发文字号：…」, 「文号：…」).
    head = [p for p in paras[:10] if p.kind != "table"]
    for p in head:
        num = doc_number_line(p.text)
        if num:
            meta.setdefault("doc_number", num[0])
            p.kind = "docnumber"
            break
    for b in source.blocks[:12]:  # as written (chrome lines too), before spaces between fields are tightened
        for label, value in LABELLED.findall(collapse_spaces(b.text) if b.kind != "table" else ""):
            if label in ("发文字号", "文号") and find_doc_number(value):
                meta.setdefault("doc_number", find_doc_number(value))
            elif label in ("发文机关", "发布机构", "来源") and ISSUER_SUFFIX.search(value):
                meta.setdefault("issuer", value)
            elif label in ("成文日期",) and parse_cn_date(value):
                meta.setdefault("written_date", parse_cn_date(value))
            elif label in ("发布日期", "发布时间") and parse_cn_date(value):
                meta.setdefault("published_date", parse_cn_date(value))

    # The title: the format's, else the printed one, else the line above the 发文字号, else the first title-like line.
    printed = [p for p in paras if p.kind == "title" and not not_a_title(p.text, line=True)]
    if printed and not_a_title("".join(p.text for p in printed)):
        printed = []
    for p in paras:
        if p.kind == "title" and p not in printed:
            p.kind = "text"
    printed_title = "".join(p.text for p in printed)
    title = meta.get("title", "").strip()
    if title and not_a_title(title):
        title = ""
    if not title:
        title = printed_title
    if not title:
        number_at = next((k for k, p in enumerate(paras[:10]) if p.kind == "docnumber"), None)
        candidates = [p for p in paras[: (number_at or 8)] if p.kind in ("text", "heading")]
        if number_at is not None:  # the line right above the number, else right below it
            above = [p for p in paras[max(0, number_at - 2):number_at] if p.kind in ("text", "heading")]
            below = [p for p in paras[number_at + 1:number_at + 3] if p.kind in ("text", "heading")]
            candidates = above[::-1] + below + candidates
        pick = next((p for p in candidates if not not_a_title(p.text) and TITLE_END.search(p.text)), None)
        if pick is None:
            pick = next((p for p in paras[:6] if p.kind in ("text", "heading") and not not_a_title(p.text)), None)
        if pick is not None:
            title = pick.text
            pick.kind = "title"
    elif printed_title and printed_title != title:
        meta.setdefault("alt_titles", []).append(printed_title)
    meta["title"] = title
    meta["title_authoritative"] = True
    return [RawDocument([], meta, paragraphs=paras)]
