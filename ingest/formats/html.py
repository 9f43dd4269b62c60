"""An HTML page's article, without the site around it (trafilatura, Apache-2.0).

trafilatura finds the main content by text density and markup, so a page's navigation,
breadcrumbs, sidebar of related links, share bar and footer fall away whatever the site's
template; tables come back as rows. Its metadata gives the page title (the site's name, which
sites append to ``<title>``, is cut here) and the publication date.
"""

from __future__ import annotations

import re

from . import Block, Structured

_SITE_SEPARATOR = re.compile(r"\s*[_|｜\-－—–]+\s*")


class HtmlError(Exception):
    pass


def page_title(title: str, sitename: str = "", h1: str = "") -> str:
    """「…的通知_江苏省卫生健康委员会」 → 「…的通知」: drop the part after a separator that names the
    site (or that is shorter than the rest and ends like an office's name)."""
    title = (title or "").strip()
    if h1 and h1.strip() and h1.strip() in title:
        return h1.strip()
    parts = _SITE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    while len(parts) > 1:
        tail = parts[-1]
        office = re.search(r"(委员会|局|厅|政府|网|门户|中心|办公室|部)$", tail)
        if (sitename and tail in sitename) or (office and len(tail) < len("".join(parts[:-1]))):
            parts = parts[:-1]
        else:
            break
    return "_".join(parts)


def _text(el) -> str:
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip()


def read_html(raw: str) -> Structured:
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(raw, output_format="xml", include_tables=True, include_comments=False,
                              include_formatting=False, include_links=False, favor_recall=True, with_metadata=True,
                              deduplicate=False)
    if not xml:
        raise HtmlError("no article text")
    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    blocks: list[Block] = []
    no = 0
    for el in (main if main is not None else root).iter("head", "p", "item", "table", "quote"):
        if el.tag != "table" and any(a.tag in ("table", "item") for a in el.iterancestors()) and el.tag != "item":
            continue  # a paragraph inside a cell or a list item is read with it
        if el.tag == "table":
            rows = [[_text(c) for c in r.findall("cell")] for r in el.findall(".//row")]
            rows = [r for r in rows if any(r)]
            if rows:
                no += 1
                blocks.append(Block("table", no=no, end=no, rows=rows))
            continue
        text = _text(el)
        if not text:
            continue
        no += 1
        blocks.append(Block("heading" if el.tag == "head" else "text", text, no=no, end=no))
    if not blocks:
        raise HtmlError("no article text")
    h1 = _h1(raw)
    meta = {"title": page_title(root.get("title", ""), root.get("sitename", ""), h1), "site_name": root.get("sitename", "")}
    if root.get("date"):
        meta["published_date"] = root.get("date")
    return Structured(blocks, meta, "html")


def _h1(raw: str) -> str:
    from bs4 import BeautifulSoup

    h = BeautifulSoup(raw, "html.parser").find("h1")
    return re.sub(r"\s+", "", h.get_text()) if h else ""
