"""Markdown posts with YAML front matter, whose body may be one long line of HTML
(a blog repost of an official page).

Front matter becomes metadata (its ``date`` is the repost date, not the 成文日期). The HTML is
split into its block elements; inline wrappers (stock-quote ``<span>``/``<a>`` around real
words such as 保险) are unwrapped, never deleted; images become a visible placeholder and
flag the document ``missing_tables``; centred paragraphs are headings, right-aligned ones
signatures.
"""

from __future__ import annotations

import re

import yaml
from bs4 import BeautifulSoup

from ..lines import Line
from ..text import collapse_spaces
from . import RawDocument

_FRONT = re.compile(r"^---\s*$")
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "center", "blockquote", "tr", "div")
IMAGE_PLACEHOLDER = "[图表：{label}（图片，文字未收录）]"


def has_front_matter(lines: list[Line]) -> bool:
    return bool(lines) and bool(_FRONT.match(lines[0].text)) and any(_FRONT.match(ln.text) for ln in lines[1:40])


def parse_front_matter(lines: list[Line]) -> tuple[dict, list[Line]]:
    end = next(i for i, ln in enumerate(lines[1:], 1) if _FRONT.match(ln.text))
    try:
        data = yaml.safe_load("\n".join(ln.text for ln in lines[1:end])) or {}
    except yaml.YAMLError:
        data = {}
    return (data if isinstance(data, dict) else {}), lines[end + 1:]


def html_to_lines(html: str, line_no: int) -> tuple[list[Line], dict]:
    """Block elements of an HTML fragment as lines (all numbered with the line they sit on)."""
    soup = BeautifulSoup(html, "html.parser")
    out: list[Line] = []
    info: dict = {"flags": set(), "headings": set(), "standalone": set(), "source_note": ""}
    last_heading = ""

    def emit(text: str, kind: str = "") -> None:
        text = collapse_spaces(text)
        if not text:
            return
        ln = Line(line_no, text)
        out.append(ln)
        if kind:
            info[kind].add(len(out) - 1)

    previous_was_heading = False
    for el in soup.find_all(_BLOCKS):
        if el.find_parent(_BLOCKS):
            continue  # nested: handled by its outermost block
        images = el.find_all("img")
        if images and not el.get_text("", strip=True):
            # An image in place of a table or box: say so in the text, flag the document.
            info["flags"].add("missing_tables")
            label = last_heading if previous_was_heading and last_heading else "图片"
            emit(IMAGE_PLACEHOLDER.format(label=label))
            previous_was_heading = False
            continue
        for img in images:
            img.decompose()
        style = (el.get("style") or "").replace(" ", "")
        cls = " ".join(el.get("class") or [])
        text = el.get_text("", strip=False)
        if "em_media" in cls or re.fullmatch(r"\s*[（(]\s*文章来源[:：].*[)）]\s*", text):
            info["source_note"] = collapse_spaces(text)
            continue
        heading = "text-align:center" in style or el.name in ("h1", "h2", "h3", "h4", "h5", "h6", "center")
        if heading:
            last_heading = collapse_spaces(text)
            emit(text, "headings")
        elif "text-align:right" in style:
            emit(text, "standalone")
        else:
            emit(text)
        previous_was_heading = heading
    return out, info


_MD_LINK_NAV = re.compile(r"^\[[^\]]+\]\([^)]*\)(\s*[｜|]\s*\[[^\]]+\]\([^)]*\))*\s*$")
_AUTOLINK = re.compile(r"^<(https?://[^>]+)>$")


def split(lines: list[Line]) -> list[RawDocument]:
    front, body = parse_front_matter(lines)
    meta: dict = {"front_matter": {k: str(v) for k, v in front.items()}}
    if front.get("title"):
        meta["alt_titles"] = [collapse_spaces(str(front["title"]))]
    if front.get("date"):
        meta["repost_date"] = str(front["date"])[:10]
    out: list[Line] = []
    info: dict = {"flags": set(), "headings": set(), "standalone": set(), "source_note": ""}
    for ln in body:
        t = ln.text.strip()
        if not t:
            continue
        if t.startswith(">"):
            continue  # the post's summary blockquote repeats the first paragraph
        m = _AUTOLINK.match(t)
        if m:
            meta.setdefault("source_url", m.group(1))
            continue
        if _MD_LINK_NAV.match(t):
            continue
        if "<" in t and re.search(r"<(p|div|h\d|center|li)\b", t):
            got, part = html_to_lines(t, ln.no)
            offset = len(out)
            out.extend(got)
            info["flags"] |= part["flags"]
            info["headings"] |= {i + offset for i in part["headings"]}
            info["standalone"] |= {i + offset for i in part["standalone"]}
            info["source_note"] = info["source_note"] or part["source_note"]
        else:
            if t.startswith("#"):
                info["headings"].add(len(out))
                t = t.lstrip("#").strip()
            out.append(Line(ln.no, t))
    meta["flags"] = sorted(info["flags"])
    meta["source_note"] = info["source_note"]
    meta["explicit_paragraphs"] = True
    meta["heading_idx"] = sorted(info["headings"])
    meta["standalone_idx"] = sorted(info["standalone"])
    return [RawDocument(out, meta)]
