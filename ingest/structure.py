"""The outline markers of Chinese official documents, as data.

Levels, outermost first (see CORPUS_NOTES §4.1):
    0 附件 / 附表         attachment
    1 第X章               chapter
    2 第X条 / 一、         article or part
    3 （一）              section
    4 1. / （1） / ①      item
Markers are matched after unifying spaces and bracket widths, so ``( 一 )``, ``(一)`` and
``（一）`` are the same section marker. Digits right after an item marker are content:
``2.2021 年…`` is item 2 followed by ``2021年…``, never the decimal 2.2021.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import UNICODE_SPACES

CN_NUM = "一二三四五六七八九十百零〇两"

_SP = f"[ {UNICODE_SPACES}]*"

ATTACHMENT = re.compile(rf"^附{_SP}[件表]{_SP}(\d{{0,2}}){_SP}(?:[:：]|$|{_SP}\S)")
CHAPTER = re.compile(rf"^第{_SP}[{CN_NUM}]+{_SP}[章编]")
ARTICLE = re.compile(rf"^第{_SP}[{CN_NUM}]+{_SP}条")
PART = re.compile(rf"^[{CN_NUM}]+{_SP}[、．.]")
SECTION = re.compile(rf"^[（(]{_SP}[{CN_NUM}]+{_SP}[)）]")
ITEM = re.compile(rf"^(?:\d{{1,2}}{_SP}[.．、](?!\d{{1,2}}(?:[.．]\d|%))|[（(]{_SP}\d{{1,2}}{_SP}[)）]|[①-⑳])")
DASH = re.compile(r"^——")

LEVELS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (0, ATTACHMENT),
    (1, CHAPTER),
    (2, ARTICLE),
    (2, PART),
    (3, SECTION),
    (4, ITEM),
)

DATE_LINE = re.compile(rf"^\d{{4}}{_SP}年{_SP}\d{{1,2}}{_SP}月{_SP}\d{{1,2}}{_SP}日$")
_INNER_PUNCT = re.compile(r"[，,。；;：:、！？!?]")


@dataclass(frozen=True)
class Marker:
    level: int
    label: str  # the marker itself, e.g. 第五条 / 一、 / （一）


def outline_marker(text: str) -> Marker | None:
    """The outline marker a paragraph starts with, if any."""
    t = text.lstrip(" " + UNICODE_SPACES)
    for level, pattern in LEVELS:
        m = pattern.match(t)
        if m:
            label = re.sub(f"[ {UNICODE_SPACES}]", "", m.group(0)).rstrip(":：")
            if level == 0:
                label = re.sub(r"(附[件表]\d*).*", r"\1", label)
            return Marker(level, label)
    return None


def starts_block(text: str) -> bool:
    """Does this line open a new paragraph by its marker (outline item or dash bullet)?"""
    t = text.lstrip(" " + UNICODE_SPACES)
    return outline_marker(t) is not None or bool(DASH.match(t))


def is_heading(text: str, max_len: int = 32) -> bool:
    """A short marker line with no inner punctuation: ``一、总体要求``, ``第一章 总 则``, ``附件``."""
    t = text.strip(" " + UNICODE_SPACES)
    m = outline_marker(t)
    if m is None or len(t) > max_len:
        return False
    body = t[len(m.label):] if t.startswith(m.label) else re.sub(r"^\S+?[、)）]", "", t, count=1)
    return not _INNER_PUNCT.search(body.strip(" 、.．"))


def heading_label(text: str, limit: int = 30) -> str:
    """What a section is called: the whole heading line, or the lead sentence of an
    inline heading such as ``（一）完善参保政策。进一步…`` → ``（一）完善参保政策``."""
    t = re.sub(f"[ {UNICODE_SPACES}]+", " ", text.strip())
    art = ARTICLE.match(t)
    if art:  # 第五条 / 第一条（目的和依据）
        titled = re.match(r"^(第\S+?条)\s*([（(][^）)]{1,12}[)）])?", t)
        return "".join(g for g in titled.groups() if g)
    if is_heading(t):
        return t
    m = re.match(r"^(.{2,%d}?)[。：:]" % limit, t)
    if m:
        return m.group(1)
    mk = outline_marker(t)
    if mk and mk.level <= 2:
        return (mk.label + t[len(mk.label):][:12]).strip()
    return mk.label if mk else t[:limit]
