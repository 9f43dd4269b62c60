"""Line-level noise cleaners. Each one takes ``list[Line]`` and returns the lines it keeps
(and, where the noise carries information, what it learned), so each can be tested alone on
real snippets. None of them is tied to one file: they look for the *shape* of the noise."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .lines import Line, non_blank
from .text import UNICODE_SPACES, collapse_spaces, norm_key

_SP = f"[ {UNICODE_SPACES}]*"


# --- watermarks ---------------------------------------------------------------------------

def find_watermark(lines: list[Line], min_len: int = 8, share: float = 0.3) -> str | None:
    """A suffix glued to a large share of lines (``…OGI即热新闻——关注…gihot.com``)."""
    texts = [ln.text.rstrip() for ln in non_blank(lines)]
    if len(texts) < 5:
        return None
    counts: Counter[str] = Counter()
    for t in texts:
        for n in range(min_len, min(len(t), 80) + 1):
            counts[t[-n:]] += 1
    need = max(5, int(share * len(texts)))
    best = [s for s, c in counts.items() if c >= need and len(set(s)) > 3]
    if not best:
        return None
    mark = max(best, key=len)
    # A real watermark is not a sentence ending shared by chance: it holds no CJK full stop.
    return None if "。" in mark else mark


def strip_watermark(lines: list[Line]) -> tuple[list[Line], str | None]:
    mark = find_watermark(lines)
    if not mark:
        return lines, None
    return [ln.with_text(ln.text.replace(mark, "")) for ln in lines], mark


# --- running headers and footers ----------------------------------------------------------

def strip_running_headers(lines: list[Line], window: int = 4) -> tuple[list[Line], set[int]]:
    """Drop page footers that repeat with a changing page number
    (``医药梦网 WWW.DRUGNET.COM.CN 23.``) and the short lines that always sit next to them
    (``全国医药政策月度汇编``)."""
    shapes: dict[str, list[Line]] = defaultdict(list)
    for ln in non_blank(lines):
        t = collapse_spaces(ln.text)
        if len(t) <= 48 and re.search(r"\d", t) and not re.search(r"[。；，]", t):
            shapes[re.sub(r"\s*\d+\s*\.?\s*$", "#", t.replace(" ", ""))].append(ln)
    footer_nos: set[int] = set()
    for shape, occ in shapes.items():
        variants = {collapse_spaces(ln.text) for ln in occ}
        if shape.endswith("#") and len(occ) >= 3 and len(variants) >= 2 and re.search(r"[A-Za-z]{3}", shape):
            footer_nos.update(ln.no for ln in occ)
    if not footer_nos:
        return lines, set()
    # Lines that sit next to most footers (within a few non-blank lines) are the header.
    idx = {ln.no: i for i, ln in enumerate(lines)}
    neighbours: Counter[str] = Counter()
    for no in footer_nos:
        i = idx[no]
        seen = 0
        for j in range(i + 1, len(lines)):
            if lines[j].blank:
                continue
            t = collapse_spaces(lines[j].text)
            if len(t) <= 12 and not re.search(r"[，。；：:,]", t):
                neighbours[t] += 1
            seen += 1
            if seen >= 1:
                break
    header_texts = {t for t, c in neighbours.items() if c >= 2}
    drop = set(footer_nos)
    for no in footer_nos:
        i = idx[no]
        for j in range(i + 1, min(len(lines), i + window)):
            if collapse_spaces(lines[j].text) in header_texts:
                drop.add(lines[j].no)
                break
    return [ln for ln in lines if ln.no not in drop], drop


# a line that is only a page number, as a PDF-to-text export leaves them: 「- 1 -」, 「— 2 —」, 「第3页 共5页」
PAGE_NUMBER_LINE = re.compile(rf"^{_SP}(?:[-—–－]{_SP}\d{{1,3}}{_SP}[-—–－]|第{_SP}\d{{1,3}}{_SP}页(?:{_SP}[/／共]{_SP}\d{{1,3}}{_SP}页?)?){_SP}$")


def strip_page_numbers(lines: list[Line]) -> tuple[list[Line], int]:
    """Drop page-number lines; a sentence broken by one joins up again when paragraphs are rebuilt."""
    keep = [ln for ln in lines if not PAGE_NUMBER_LINE.match(ln.text)]
    return keep, len(lines) - len(keep)


# --- disclosure notes and download trailers ----------------------------------------------

DISCLOSURE = re.compile(rf"[（(]{_SP}(?:信息公开形式{_SP}[:：]{_SP}\S+?|此件\S{{2,6}}){_SP}[)）]")


def strip_disclosure(lines: list[Line]) -> tuple[list[Line], list[tuple[int, str]]]:
    """Remove ``（信息公开形式：主动公开）`` / ``(此件公开发布)`` wherever they occur."""
    found: list[tuple[int, str]] = []
    out = []
    for ln in lines:
        m = DISCLOSURE.search(ln.text)
        if m:
            found.append((ln.no, re.sub(r"\s", "", m.group(0))))
            rest = DISCLOSURE.sub("", ln.text)
            if not rest.strip():
                continue
            ln = ln.with_text(rest.rstrip())
        out.append(ln)
    return out, found


_TRAILER_START = re.compile(r"^下载附")
_TITLE_END = re.compile(r"(通知|公告|通告|意见|批复|函|办法|规定|决定|方案|细则|规则)$")


def strip_download_trailers(lines: list[Line], max_lines: int = 4) -> list[Line]:
    """Drop ``下载附件请登录…> 通知公告 > <title>`` trailers, which wrap over 2–3 lines."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if _TRAILER_START.match(ln.text.strip()):
            acc = ln.text.strip()
            j, used = i + 1, 1
            while j < len(lines) and used < max_lines and not (">" in acc and _TITLE_END.search(acc)):
                nxt = lines[j]
                if not nxt.blank:
                    if nxt.text.startswith((" ", "\u3000")) or nxt.text.startswith("发文机关"):
                        break
                    acc += nxt.text.strip()
                    used += 1
                j += 1
            i = j
            continue
        out.append(ln)
        i += 1
    return out


# --- web page chrome ----------------------------------------------------------------------

_PUBLISHED = re.compile(rf"^(?:发布时间|发布日期|发文日期){_SP}[:：]{_SP}(\d{{4}}-\d{{1,2}}-\d{{1,2}})(?:{_SP}(\d{{1,2}}:\d{{2}}(?::\d{{2}})?))?")
_SOURCE = re.compile(rf"来源{_SP}[:：]{_SP}([^\s:：]*)")
_CHROME = re.compile(rf"^[【\[]?(字[号体]{_SP}[:：]|\d+个(月|天|小时|分钟)前{_SP}来源|分享到|打印本页|关闭窗口|扫一扫)")
_TAIL = re.compile(rf"^(本文链接{_SP}[:：]|声明{_SP}[:：]|上一篇{_SP}[:：]|下一篇{_SP}[:：]|为你推荐|相关阅读)")


@dataclass
class Chrome:
    published: str = ""
    published_time: str = ""
    source_office: str = ""
    source_url: str = ""
    alt_titles: list[str] = field(default_factory=list)


def page_chrome(line: str) -> Chrome | None:
    """Parse a ``发布时间:2025-11-11 09:28:46 来源: 访问量:698`` line, or None."""
    t = collapse_spaces(line)
    m = _PUBLISHED.match(t)
    if not m:
        return None
    src = _SOURCE.search(t)
    office = src.group(1) if src and not src.group(1).startswith("访问量") else ""
    return Chrome(published=m.group(1), published_time=m.group(2) or "", source_office=office)


# a site's footer: registration numbers and the like, never policy text; the 主办/地址 lines above them go too
_SITE_FOOTER = re.compile(r"ICP备|公网安备|网站标识码|版权所有|Copyright|©")
_FOOTER_LEAD = re.compile(rf"^(主办|承办|协办|地址|联系电话|电话|邮编|技术支持|网站地图|联系我们|建议使用){_SP}")


def site_footer_start(lines: list[Line]) -> int | None:
    """Index of the first line of a site footer (a registration line and the contact lines
    right above it), or None."""
    hard = next((i for i, ln in enumerate(lines) if _SITE_FOOTER.search(ln.text)), None)
    if hard is None:
        return None
    start, seen = hard, 0
    for k in range(hard - 1, -1, -1):
        if lines[k].blank:
            continue
        if not _FOOTER_LEAD.match(collapse_spaces(lines[k].text)) or seen >= 4:
            break
        start, seen = k, seen + 1
    return start


def is_chrome_line(text: str) -> bool:
    """A line of page chrome on its own: a publish line, a share bar or print widget, a
    上一篇/下一篇 link, a breadcrumb."""
    t = collapse_spaces(text)
    return bool(page_chrome(t) or _CHROME.match(t) or _TAIL.match(t) or re.match(rf"^当前位置{_SP}[:：]", t))


def strip_chrome(lines: list[Line]) -> tuple[list[Line], Chrome]:
    """Drop page chrome (publish line, font-size widget, relative dates), a site footer and
    everything after it or after a permalink / disclaimer footer; keep what they tell us as metadata."""
    info = Chrome()
    out: list[Line] = []
    footer = site_footer_start(lines)
    if footer is not None:
        lines = lines[:footer]
    for ln in lines:
        t = collapse_spaces(ln.text)
        if _TAIL.match(t):
            url = re.search(r"https?://[^\s\u4e00-\u9fff]+", t)
            if url and not info.source_url:
                info.source_url = url.group(0)
            if t.startswith("本文链接") or t.startswith("声明") or t.startswith("为你推荐"):
                break
            continue
        c = page_chrome(t)
        if c:
            info.published = info.published or c.published
            info.published_time = info.published_time or c.published_time
            info.source_office = info.source_office or c.source_office
            continue
        if _CHROME.match(t):
            continue
        out.append(ln)
    return out, info


# --- navigation ---------------------------------------------------------------------------

def is_nav_line(text: str) -> bool:
    """Menu entries and listing headers: short, no punctuation, no digits."""
    t = collapse_spaces(text)
    if not t:
        return False
    if re.search(r"[，,。；;：:、！？!?（）()《》“”\"\d]", t):
        return False
    squeezed = t.replace(" ", "")
    tokens = t.split(" ")
    if len(tokens) >= 4 and all(len(x) <= 4 for x in tokens):
        return True  # a listing header: 序号 标题 发文字号 成文日期 发布日期
    return len(squeezed) <= 12


def nav_runs(lines: list[Line], min_run: int = 3) -> list[tuple[int, int]]:
    """Index ranges [i, j) (over ``lines``) of navigation runs: at least ``min_run``
    consecutive non-blank nav-like lines, blank lines in between ignored."""
    runs = []
    i = 0
    while i < len(lines):
        if lines[i].blank or not is_nav_line(lines[i].text):
            i += 1
            continue
        j, count, last = i, 0, i
        while j < len(lines) and (lines[j].blank or is_nav_line(lines[j].text)):
            if not lines[j].blank:
                count += 1
                last = j
            j += 1
        if count >= min_run:
            runs.append((i, last + 1))
        i = last + 1
    return runs


def title_key(title: str) -> str:
    """Loose key for matching a printed title to a metadata title."""
    t = norm_key(title)
    t = re.sub(r"^[\u4e00-\u9fff]{2,3}[:：]", "", t)  # 上海：/ 广西 :
    return t.replace("（", "(").replace("）", ")").replace("<", "").replace(">", "")
