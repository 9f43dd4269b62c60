"""Character-level helpers shared by every cleaner.

The golden rule of cleaning here: we may drop noise and whitespace and join broken lines,
but never rewrite the words, digits or punctuation of a sentence, so that quotes stay exact.
Anything that *does* rewrite (full-width digits, bracket styles) happens only in
``search_form`` — the text we hand to BM25 and the embedder — never in quoted text.
"""

from __future__ import annotations

import re
import unicodedata

# Every horizontal space we meet in the seeds: ASCII, NBSP, EN/EM/ideographic spaces, tabs.
UNICODE_SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_SPACE_RUN = re.compile(f"[ {UNICODE_SPACES}]+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\ufeff]")

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# CJK punctuation and full-width forms: a space next to one of these is never meaningful.
CJK_PUNCT = r"\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014\u00b7"
_CJK_CLASS = f"[{CJK}{CJK_PUNCT}]"
_SPACE_AFTER_CJK = re.compile(f"(?<={_CJK_CLASS})[ ]+")
_SPACE_BEFORE_CJK = re.compile(f"[ ]+(?={_CJK_CLASS})")

SENTENCE_END = "。！？；!?;"
# A line ending in one of these does not continue onto the next line.
CLAUSE_END = SENTENCE_END + "：:"
CLOSERS = "”’）)」』】》>"

_NUMBERED = re.compile(r"\d")


def collapse_spaces(text: str) -> str:
    """Map every Unicode space to ASCII and collapse runs; strip the ends."""
    text = _ZERO_WIDTH.sub("", text)
    return _SPACE_RUN.sub(" ", text).strip()


def tighten_cjk(text: str) -> str:
    """Drop spaces that touch a CJK character or CJK punctuation.

    ``2024 年 7 月 26 日`` → ``2024年7月26日``; ``国办发〔2024〕38 号`` → ``国办发〔2024〕38号``.
    Spaces between two Latin words or numbers (``DRG 2.0``, ``CAR-T cells``) are kept.
    """
    text = collapse_spaces(text)
    text = _SPACE_AFTER_CJK.sub("", text)
    return _SPACE_BEFORE_CJK.sub("", text)


_SPACE_NUM_CJK = re.compile(f"(?<=[0-9{CJK}])[ ]+(?=[0-9])|(?<=[0-9])[ ]+(?=[{CJK}])")


def tighten_numbers(text: str) -> str:
    """Drop only the spaces between digits and CJK (``2024 年 8 月 7 日`` → ``2024年8月7日``),
    keeping those between words (``国家卫生健康委办公厅 公安部办公厅``)."""
    return _SPACE_NUM_CJK.sub("", collapse_spaces(text))


def leading_indent(line: str) -> int:
    """Width of the leading whitespace, counting any Unicode space as one."""
    n = 0
    for ch in line:
        if ch == " " or ch in UNICODE_SPACES:
            n += 1
        else:
            break
    return n


def visible_len(text: str) -> int:
    return len(re.sub(rf"[ {UNICODE_SPACES}]", "", text))


def ends_clause(text: str) -> bool:
    """True when the text ends a sentence or a clause (possibly followed by a closing quote)."""
    t = text.rstrip(" " + UNICODE_SPACES)
    while t and t[-1] in CLOSERS:
        if len(t) >= 2 and t[-2] in CLAUSE_END:
            return True
        t = t[:-1]
        break
    return bool(t) and t[-1] in CLAUSE_END


def norm_key(text: str) -> str:
    """The comparison key used by the evaluation contract: NFKC, no whitespace at all."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).replace("\u3000", ""))


def search_form(text: str) -> str:
    """Text as the keyword and dense indexes see it: NFKC digits, unified brackets, tight spacing."""
    text = unicodedata.normalize("NFKC", text).replace("﹝", "〔").replace("﹞", "〕")
    return tighten_cjk(text)


def join_lines(prev: str, nxt: str) -> str:
    """Join a hard-wrapped line to its continuation without inventing a space in CJK text."""
    if prev and nxt and prev[-1].isascii() and prev[-1].isalpha() and nxt[0].isascii() and nxt[0].isalpha():
        return prev + " " + nxt
    return prev + nxt


def has_digits(text: str) -> bool:
    return bool(_NUMBERED.search(text))
