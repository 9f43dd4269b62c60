"""From a layout's RawDocument to a Document: title and 发文字号 at the top, flattened
tables rebuilt, paragraphs joined, signature and date read off the end of the cover notice,
the enclosed document's own title found, region and flags inferred."""

from __future__ import annotations

import re

from policybot.types import Document, Paragraph

from .clean import title_key
from .layouts import RawDocument
from .lines import Line
from .metadata import ISSUER_SUFFIX, currency, decode_compact_date, doc_number_line, infer_region, parse_cn_date, split_issuers
from .paragraphs import build_paragraphs
from .structure import CHAPTER, DATE_LINE
from .tables import extract_tables
from .text import collapse_spaces, ends_clause, tighten_cjk

_ENCLOSED = re.compile(r"(?:印发|转发|公布|发布)(.+?)(?:的通知|的通告|的公告)$")
_ISSUER_LIKE = re.compile(r"^[\u4e00-\u9fff、 ]{3,60}$")
_COMPACT_DATE = re.compile(r"^20\d{5,6}$")
DRAFT = re.compile(r"征求.{0,40}意见|意见稿")


def _take_title(lines: list[Line], known_title: str) -> tuple[list[Line], list[Line], tuple[str, str] | None, Line | None]:
    """Split off the printed title lines and the 发文字号 line at the top of a document.
    Returns (title_lines, rest, (number, raw) or None, number_line)."""
    content = [i for i, ln in enumerate(lines) if not ln.blank]
    for pos, i in enumerate(content[:8]):
        num = doc_number_line(lines[i].text)
        if num:
            title_lines = [lines[k] for k in content[:pos]]
            return title_lines, lines[i + 1:], num, lines[i]
    if known_title:
        key, acc, taken = title_key(known_title), "", []
        for i in content[:4]:
            nxt = acc + title_key(lines[i].text)
            if not key.startswith(nxt[: len(key)]) or not nxt:
                break
            acc = nxt
            taken.append(i)
            if len(acc) >= len(key) - 2:
                break
        if taken and len(acc) >= min(len(key), 6):
            return [lines[k] for k in taken], lines[taken[-1] + 1:], None, None
    return [], lines, None, None


def _signature(paras: list[Paragraph]) -> tuple[int, str, list[str], str] | None:
    """The first signature block: issuer lines followed by a date. Returns
    (index of the date paragraph, ISO date, issuers, raw date text)."""
    for i, p in enumerate(paras):
        t = p.text.strip()
        date = ""
        if DATE_LINE.match(t) or (len(t) <= 14 and re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", t)):
            date = parse_cn_date(t)
        elif _COMPACT_DATE.match(t):
            date = decode_compact_date(t)
        if not date:
            continue
        issuers: list[str] = []
        k = i - 1
        while k >= 0 and len(issuers) < 8:
            q = paras[k].text.strip()
            if _ISSUER_LIKE.match(q) and all(ISSUER_SUFFIX.search(x) for x in split_issuers(q)):
                issuers = split_issuers(q) + issuers
                k -= 1
            else:
                break
        if issuers:
            return i, date, issuers, t
    return None


def enclosed_title(title: str) -> str:
    """The document a cover notice issues: 关于印发《X》的通知 → X."""
    m = _ENCLOSED.search(title)
    if not m:
        return ""
    x = m.group(1).strip()
    if x.startswith("《") and x.endswith("》"):
        x = x[1:-1]
    return x if len(x) >= 4 else ""


def build_document(raw: RawDocument, *, source: str, index: int, wrap_width: int | None) -> Document:
    meta = raw.meta
    lines = raw.lines
    known_title = meta.get("title", "")
    # Metadata-block titles are reflowed PDF text (stray spaces); printed headings stay as printed.
    title = tighten_cjk(known_title) if meta.get("title_authoritative") else collapse_spaces(known_title)
    doc = Document(doc_id=f"{source.rsplit('.', 1)[0]}-{index:03d}", source=source, title=title, kind=raw.kind)
    for key in ("issuer", "doc_number", "written_date", "published_date", "category", "source_url", "source_note"):
        if meta.get(key):
            setattr(doc, key, meta[key])
    doc.keywords = list(meta.get("keywords", []))
    doc.alt_titles = [tighten_cjk(t) for t in meta.get("alt_titles", []) if t]
    doc.flags = list(meta.get("flags", []))
    if raw.paragraphs:  # a structured source: the reader typed the paragraphs already
        paras = [Paragraph(p.text, p.line_start, p.line_end, p.kind) for p in raw.paragraphs if p.text.strip()]
        if not paras:
            return doc
        doc.line_start, doc.line_end = paras[0].line_start, paras[-1].line_end
        return _finish(doc, paras, meta)
    nb = [ln for ln in lines if not ln.blank]
    if not nb:
        return doc
    doc.line_start, doc.line_end = nb[0].no, nb[-1].no
    if raw.kind != "policy":
        doc.paragraphs = [Paragraph(tighten_cjk(ln.text), ln.no, ln.no) for ln in nb]
        return doc

    paras: list[Paragraph] = []
    if meta.get("explicit_paragraphs"):
        heads = set(meta.get("heading_idx", []))
        stand = set(meta.get("standalone_idx", []))
        for i, ln in enumerate(lines):
            kind = "heading" if i in heads else "signature" if i in stand else "text"
            paras.append(Paragraph(tighten_cjk(ln.text), ln.no, ln.no, kind))
        # the cover title and its number are the first two paragraphs
        top = [p for p in paras[:6]]
        for k, p in enumerate(top):
            num = doc_number_line(p.text)
            if num:
                doc.doc_number = doc.doc_number or num[0]
                if k > 0 and not meta.get("title_authoritative"):
                    doc.alt_titles = doc.alt_titles + [t for t in [doc.title] if t]
                    doc.title = paras[k - 1].text
                    paras[k - 1].kind = "title"
                p.kind = "docnumber"
                break
    else:
        rest, tables = extract_tables(lines)
        title_lines, body, number, number_line = _take_title(rest, known_title)
        if title_lines:
            printed = tighten_cjk("".join(ln.text.strip() for ln in title_lines))
            paras.append(Paragraph(printed, title_lines[0].no, title_lines[-1].no, "title"))
            if not doc.title:
                doc.title = printed
            elif title_key(printed) != title_key(doc.title):
                doc.alt_titles.append(printed)
        if number and number_line is not None:
            doc.doc_number = doc.doc_number or number[0]
            if number[1]:
                doc.doc_number_raw = number[1]
                doc.flags.append("lossy")
            paras.append(Paragraph(tighten_cjk(number_line.text), number_line.no, number_line.no, "docnumber"))
        paras.extend(build_paragraphs(body, wrap_width))
        for t in tables:
            paras.append(Paragraph(t.render(), t.title_line_start, t.line_end, "table"))
        paras.sort(key=lambda p: (p.line_start, p.kind != "title"))
    return _finish(doc, paras, meta)


def _finish(doc: Document, paras: list[Paragraph], meta: dict) -> Document:
    """What every layout shares: the signature, the enclosed title, truncation, flags, region."""
    # The signature of the (cover) notice: issuers and the 成文日期.
    sig = _signature(paras)
    if sig:
        i, date, issuers, raw_date = sig
        if not doc.written_date:
            doc.written_date = date
        if not doc.issuer:
            doc.issuer = "、".join(issuers)
        if not DATE_LINE.match(raw_date) and "lossy" not in doc.flags and not re.search("年", raw_date):
            doc.flags.append("lossy")
        paras[i].kind = "signature"
        for k in range(i - 1, -1, -1):
            if paras[k].text.replace(" ", "") and all(x in issuers for x in split_issuers(paras[k].text)):
                paras[k].kind = "signature"
            else:
                break

    # The document a cover notice issues, when its own title is printed in the body.
    inner = enclosed_title(doc.title) or next((enclosed_title(t) for t in doc.alt_titles), "")
    if inner:
        for p in paras:
            if p.kind in ("text", "heading") and title_key(p.text) == title_key(inner):
                p.kind = "body_title"
                if meta.get("title_authoritative"):
                    doc.alt_titles.append(p.text)
                else:
                    doc.cover_title, doc.title = doc.title, p.text
                break

    # Text lost in extraction: a paragraph cut off mid-sentence right before a chapter heading.
    for a, b in zip(paras, paras[1:]):
        if a.kind == "text" and len(a.text) > 30 and not ends_clause(a.text) and CHAPTER.match(b.text):
            a.kind = "truncated"
            if "truncated" not in doc.flags:
                doc.flags.append("truncated")

    doc.paragraphs = [p for p in paras if p.text.strip()]
    doc.effective_date, doc.expiry_date = currency(doc.text, doc.written_date or doc.published_date)
    if DRAFT.search(doc.title):
        doc.flags.append("draft")
    region_hint = "" if (doc.issuer or meta.get("title_authoritative")) else " ".join(p.text for p in doc.paragraphs[:2])[:200]
    # who published it (a site's name, a page's 来源) places it when the issuer and title do not
    doc.region, doc.region_detail = infer_region(doc.issuer, doc.title, doc.cover_title, region_hint,
                                                 meta.get("source_office", ""), meta.get("site_name", ""))
    if meta.get("date_unknown"):
        doc.flags.append("date_unknown")
    doc.flags = sorted(set(doc.flags))
    return doc
