"""Pages scraped from government and news websites.

A *site scrape* (several articles in one file) is recognised by its page chrome: each article
has a title (often printed twice) followed within a few lines by ``发布时间:…``. Navigation
menus are runs of short unpunctuated lines; a bare title directly above the next article's
title is a prev/next link with no body; a block of person profiles (``男,汉族,1981年9月出生``)
is a leader page, kept as ``non-policy``. A *single page* (a repost, a plain text export, a
converted PDF or DOCX) is one document whose title sits above its 发文字号.
"""

from __future__ import annotations

import re

from ..clean import nav_runs, page_chrome, strip_chrome
from ..lines import Line
from ..metadata import doc_number_line
from ..structure import DATE_LINE
from ..text import collapse_spaces
from . import RawDocument

_PROFILE = re.compile(r"[男女][,，、]\S{0,6}族[,，、].{0,20}?\d{4}年\d{1,2}月(出)?生")
_TITLE_SUFFIX = re.compile(r"(通知|公告|通告|意见|批复|函|办法|规定|决定|方案|细则|规则|指南|公示|报告)$")


def is_site_scrape(lines: list[Line]) -> bool:
    return sum(1 for ln in lines if page_chrome(ln.text)) >= 2


def _next_non_blank(lines: list[Line], i: int) -> int | None:
    for j in range(i + 1, len(lines)):
        if not lines[j].blank:
            return j
    return None


def _title_like(text: str) -> bool:
    t = collapse_spaces(text)
    return 4 <= len(t) <= 80 and len(re.findall(r"[\u4e00-\u9fff]", t)) >= 4 and not re.search(r"[。；;！？]$", t)


def _trim_trailing_nav(lines: list[Line]) -> list[Line]:
    """Drop footer links left at the end of a page: short lines with no punctuation at all,
    up to the last line that has some (a signature date, a disclosure note, a sentence)."""
    end = len(lines)
    while end > 0:
        t = collapse_spaces(lines[end - 1].text)
        if t and (len(t) > 20 or re.search(r"[\d，,。；;：:、()（）《》“”]", t)):
            break
        end -= 1
    return lines[:end]


def _article_starts(lines: list[Line]) -> dict[int, int | None]:
    """Start index → index of the duplicated title line to drop (or None).

    An article starts at a title printed twice in a row, or at the title line nearest above
    a ``发布时间`` chrome line."""
    starts: dict[int, int | None] = {}
    dups: set[int] = set()
    for i, ln in enumerate(lines):
        if ln.blank or i in dups or not _title_like(ln.text) or page_chrome(ln.text):
            continue
        j = _next_non_blank(lines, i)
        if j is not None and collapse_spaces(lines[j].text) == collapse_spaces(ln.text):
            starts[i] = j
            dups.add(j)
    for c, ln in enumerate(lines):
        if not page_chrome(ln.text):
            continue
        k = c
        for _ in range(3):
            k = next((x for x in range(k - 1, -1, -1) if not lines[x].blank), -1)
            if k < 0 or k in starts or k in dups:
                break
            if _title_like(lines[k].text) and not doc_number_line(lines[k].text):
                starts[k] = None
                break
    return starts


def split_site(lines: list[Line]) -> list[RawDocument]:
    nav = nav_runs(lines)
    in_nav = set()
    for a, b in nav:
        in_nav.update(range(a, b))
    starts = _article_starts(lines)
    dup_lines = {d for d in starts.values() if d is not None}
    # Boundaries: every article start, and the first content line after a nav run.
    bounds = set(starts)
    for _, b in nav:
        nxt = next((k for k in range(b, len(lines)) if not lines[k].blank and k not in in_nav), None)
        if nxt is not None:
            bounds.add(nxt)
    # A bare title line right above an article start (no blank between) is a prev/next link.
    orphans = set()
    for s in starts:
        if s > 0 and not lines[s - 1].blank and _TITLE_SUFFIX.search(collapse_spaces(lines[s - 1].text)):
            orphans.add(s - 1)
    cuts = sorted(bounds)
    docs: list[RawDocument] = []
    for n, s in enumerate(cuts):
        e = cuts[n + 1] if n + 1 < len(cuts) else len(lines)
        seg = [lines[k] for k in range(s, e) if k not in in_nav and k not in dup_lines and k not in orphans]
        seg = _trim_trailing_nav(seg)
        body = [ln for ln in seg if not ln.blank]
        if len(body) < 3 or sum(len(ln.text.strip()) for ln in body) < 100:
            continue
        if len(_PROFILE.findall("\n".join(ln.text for ln in body))) >= 2:
            run = max(((a, b) for a, b in nav if b <= s), default=None)
            title = collapse_spaces(lines[run[0]].text) if run else collapse_spaces(body[0].text)
            docs.append(RawDocument(seg, {"title": title}, kind="non-policy"))
            continue
        docs.extend(split_single(seg))
    return docs


_BETWEEN = re.compile(r"^(上一篇|下一篇|上一条|下一条)\s*[:：]|^[\s\-=_—–*·•~#]{6,}$")


def notice_starts(lines: list[Line]) -> list[int]:
    """Where each notice of a file holding several begins: a title line right above a 发文字号, or a
    title line after the 上一篇/下一篇 links (or a separator) that end the one before. A start counts
    only when the text before it closes with a signature date, so a notice that quotes another
    notice's title and number stays whole."""
    content = [i for i, ln in enumerate(lines) if not ln.blank]
    starts: list[int] = []
    for pos, i in enumerate(content):
        t = collapse_spaces(lines[i].text)
        if not _title_like(t) or not _TITLE_SUFFIX.search(t) or _BETWEEN.match(t):
            continue
        nxt = content[pos + 1] if pos + 1 < len(content) else None
        numbered = nxt is not None and doc_number_line(lines[nxt].text) is not None
        after_links = pos > 0 and bool(_BETWEEN.match(collapse_spaces(lines[content[pos - 1]].text)))
        if numbered or after_links:
            prev = content[pos - 1] if pos > 0 else None  # the first line of a title wrapped over two
            if prev is not None and _opens_title(lines[prev].text) and _title_like(lines[prev].text) \
                    and not _TITLE_SUFFIX.search(collapse_spaces(lines[prev].text)):
                i = prev
            starts.append(i)
    if len(starts) < 2:
        return starts[:1]
    kept = [starts[0]]
    for s in starts[1:]:
        before = [collapse_spaces(lines[k].text) for k in range(kept[-1], s) if not lines[k].blank]
        if any(DATE_LINE.match(t) for t in before):
            kept.append(s)
    return kept


def split_single(lines: list[Line]) -> list[RawDocument]:
    """One document, or each of several notices one after another in the file."""
    starts = notice_starts(lines)
    if len(starts) >= 2:
        bounds = starts[1:] + [len(lines)]
        return [d for a, b in zip(starts, bounds) for d in _single([ln for ln in lines[a:b]
                                                                     if not _BETWEEN.match(collapse_spaces(ln.text))])]
    return _single(lines)


def _opens_title(text: str) -> bool:
    """The first line of a title that wraps: it opens like one (关于…, an office's name, 《)."""
    t = collapse_spaces(text)
    return bool(re.match(r"^(关于|《|[\u4e00-\u9fff]{2,30}(委员会|局|厅|政府|办公室|中心)关于)", t))


def _single(lines: list[Line]) -> list[RawDocument]:
    """One document: drop chrome and the page's tail, find the title above the 发文字号."""
    lines, chrome = strip_chrome(lines)
    content = [ln for ln in lines if not ln.blank]
    if not content:
        return []
    meta: dict = {"published_date": chrome.published, "source_office": chrome.source_office,
                  "source_url": chrome.source_url}
    # The official title is the line right above the 发文字号 line, if there is one near the top.
    title_idx = 0
    for k, ln in enumerate(content[:8]):
        if doc_number_line(ln.text) and k > 0:
            title_idx = k - 1
            break
    # a title wrapped over two lines (「关于印发《…住院分娩」 / 「补助实施办法》的通知」)
    if title_idx > 0 and _title_like(content[title_idx - 1].text) and not _TITLE_SUFFIX.search(
            collapse_spaces(content[title_idx - 1].text)) and not doc_number_line(content[title_idx - 1].text) \
            and not re.search(r"[:：|｜>]", content[title_idx - 1].text) and _opens_title(content[title_idx - 1].text):
        title_idx -= 1
        meta["title_lines"] = 2
    title = collapse_spaces(content[title_idx].text)
    if meta.get("title_lines") == 2:
        title = title + collapse_spaces(content[title_idx + 1].text)
    if title_idx > 0:
        meta["alt_titles"] = [collapse_spaces(ln.text) for ln in content[:title_idx] if _title_like(ln.text)]
    meta["title"] = title
    keep = [ln for ln in lines if ln.no >= content[title_idx].no]
    return [RawDocument(keep, meta)]
