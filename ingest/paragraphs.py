"""Rebuild paragraphs from physical lines.

Two kinds of text reach us:
* hard-wrapped text (a PDF export: every line about the same width, a blank line after each),
  where blank lines mean nothing and a paragraph ends only at an indent, an outline marker,
  or a short line that ends a sentence;
* unwrapped text (web pages, Markdown), where each line is already a paragraph, except for
  the odd mid-word break (``…责任共`` / ``担、迎接…``) that a scraper left behind.

``detect_wrap_width`` tells the two apart from the line-length distribution alone.
"""

from __future__ import annotations

import re
from collections import Counter

from policybot.types import Paragraph

from .lines import Line
from .structure import CHAPTER, DATE_LINE, is_heading, starts_block
from .text import CLOSERS, UNICODE_SPACES, ends_clause, join_lines, leading_indent, tighten_cjk, tighten_numbers, visible_len

_LABEL_LINE = re.compile(r"^[^\s:：,，。（(]{1,8}[:：]")
_PAGE_START = re.compile(r"^ (?! )")  # a PDF page begins with exactly one ASCII space


def detect_wrap_width(lines: list[Line]) -> int | None:
    """The common width of a hard-wrapped text, or None if lines are paragraphs already."""
    lengths = [visible_len(ln.text) for ln in lines if not ln.blank]
    if len(lengths) < 20:
        return None
    counts = Counter(n for n in lengths if 15 <= n <= 80)
    if not counts:
        return None
    mode, _ = counts.most_common(1)[0]
    near = sum(1 for n in lengths if mode - 4 <= n <= mode + 2)
    return mode if near / len(lengths) >= 0.35 else None


def _is_indented(raw: str) -> bool:
    """A paragraph indent (two or more spaces of any kind); one ASCII space is a page start."""
    if _PAGE_START.match(raw):
        return False
    return leading_indent(raw) >= 2


def _standalone(raw: str, text: str) -> bool:
    """Right-aligned or centred lines (signatures, dates) never join their neighbours."""
    return leading_indent(raw) >= 6 or bool(DATE_LINE.match(text)) or bool(
        re.search(f"[{UNICODE_SPACES} ]{{3,}}", raw.strip(" " + UNICODE_SPACES))
    )


def _title_like(text: str) -> bool:
    return len(text) <= 25 and not re.search(r"[，,。；;：:、！？!?]", text)


def _continues(prev: str, prev_raw: str, raw: str, text: str, width: int | None) -> bool:
    """Should the line ``text`` be appended to the paragraph whose last line is ``prev``?"""
    if _standalone(prev_raw, prev) or _standalone(raw, text) or is_heading(prev):
        return False
    if width is None:
        if ends_clause(prev) or prev.endswith(tuple(CLOSERS)) or _title_like(prev):
            return False
        if _is_indented(raw) or starts_block(text):
            return False
        return not (_LABEL_LINE.match(text) or _LABEL_LINE.match(prev))
    full = visible_len(prev) >= width - 3
    if CHAPTER.match(text) and is_heading(text):
        return False  # a chapter heading never continues a sentence, even one cut short
    if re.match(r"^第[一二三四五六七八九十百]+[章条]", text) and ends_clause(prev):
        return False
    if full and not ends_clause(prev):
        return True  # the line was cut by the page width
    if _is_indented(raw):
        return False
    if ends_clause(prev):
        return full and not starts_block(text)
    return not starts_block(text) and not (not full and _title_like(prev))


def build_paragraphs(lines: list[Line], width: int | None = None) -> list[Paragraph]:
    """Join physical lines into paragraphs, keeping the raw line span of each."""
    paras: list[Paragraph] = []
    last_raw = last_text = ""
    for ln in lines:
        if ln.blank:
            continue
        # Signatures keep one space between issuers; everywhere else spaces touching CJK go.
        text = tighten_numbers(ln.text) if _standalone(ln.text, ln.text.strip()) else tighten_cjk(ln.text)
        if paras and _continues(last_text, last_raw, ln.text, text, width):
            paras[-1].text = join_lines(paras[-1].text, text)
            paras[-1].line_end = ln.no
        else:
            paras.append(Paragraph(text=text, line_start=ln.no, line_end=ln.no))
        last_raw, last_text = ln.text, text
    return paras
