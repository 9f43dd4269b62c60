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


def _is_layout_table(table) -> bool:
    """An old-style page puts its whole layout in a <table>: one that holds headings, another
    table, many links or cells of running text is layout, not data."""
    own_cells = [c for c in table.find_all(["td", "th"]) if c.find_parent("table") is table]
    return bool(table.find(["h1", "h2", "h3", "table"])) or len(table.find_all("a")) > 10 or any(
        len(c.get_text(strip=True)) > 150 for c in own_cells)


def unwrap_layout_tables(raw: str) -> str:
    """Layout tables become plain blocks, so main-content extraction sees the article inside;
    data tables (rows of short cells) stay tables."""
    if "<table" not in raw.lower():
        return raw
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "html.parser")
    changed = False
    for table in soup.find_all("table"):
        if table.name == "table" and _is_layout_table(table):
            for el in [table, *table.find_all(["tbody", "thead", "tfoot", "tr", "td", "th"])]:
                if el is table or el.find_parent("table") is table:
                    el.name = "div"
            changed = True
    return str(soup) if changed else raw


def _text(el) -> str:
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip()


def read_html(raw: str) -> Structured:
    import trafilatura
    from lxml import etree

    raw = unwrap_layout_tables(raw)
    xml = trafilatura.extract(raw, output_format="xml", include_tables=True, include_comments=False,
                              include_formatting=False, include_links=False, favor_recall=True, with_metadata=True,
                              deduplicate=False)
    if not xml:
        return _plain_blocks(raw)
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
    page = _page_facts(raw)
    site = page.get("site_name") or root.get("sitename", "") or ""
    title = page_title(page.get("title") or root.get("title", ""), site, page.get("h1", ""))
    meta = {"title": title, "site_name": site}
    if page.get("published_date") or root.get("date"):
        meta["published_date"] = (page.get("published_date") or root.get("date"))[:10]
    for key in ("doc_number", "issuer", "written_date"):
        if page.get(key):
            meta[key] = page[key]
    return Structured(blocks, meta, "html")


# What Chinese government CMS pages state outside the article: <meta name="ArticleTitle">, and an
# information table (索引号 / 发文机关 / 发文字号 / 成文日期) above it.
_META_NAMES = {"articletitle": "title", "sitename": "site_name", "pubdate": "published_date"}
_FIELD = re.compile(r"(发文字号|文\s*号|发文机关|发布机构|成文日期)\s*[:：]\s*([^\s:：]{2,40})")


def _page_facts(raw: str) -> dict:
    from bs4 import BeautifulSoup

    from ..metadata import find_doc_number, parse_cn_date

    soup = BeautifulSoup(raw, "html.parser")
    out: dict = {}
    for m in soup.find_all("meta"):
        key = _META_NAMES.get((m.get("name") or m.get("property") or "").lower().replace("og:", ""))
        if key and m.get("content", "").strip():
            out.setdefault(key, m["content"].strip())
    h = soup.find("h1")
    if h:
        out["h1"] = re.sub(r"\s+", "", h.get_text())
    for label, value in _FIELD.findall(soup.get_text(" ")):
        label = re.sub(r"\s", "", label)
        if label in ("发文字号", "文号") and find_doc_number(value):
            out.setdefault("doc_number", find_doc_number(value))
        elif label in ("发文机关", "发布机构"):
            out.setdefault("issuer", value)
        elif label == "成文日期" and parse_cn_date(value):
            out.setdefault("written_date", parse_cn_date(value))
    if out.get("published_date"):
        out["published_date"] = parse_cn_date(out["published_date"]) or out["published_date"][:10]
    return out


_CHROME_CLASS = re.compile(r"nav|menu|foot|side|share|crumb|bread|header|banner|copyright|related|pager|toolbar", re.I)


def _plain_blocks(raw: str) -> Structured:
    """A page too small or too odd for main-content extraction: its block elements, minus the
    parts whose tag or class says they are chrome."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form"]):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.attrs is not None and _CHROME_CLASS.search(" ".join(tag.get("class", [])) + " " + (tag.get("id") or "")):
            tag.decompose()
    blocks: list[Block] = []
    for n, el in enumerate(soup.find_all(["h1", "h2", "h3", "h4", "p", "li", "table"]), 1):
        if el.find_parent(["p", "li", "table"]):
            continue
        if el.name == "table":
            rows = [[_text_bs(c) for c in tr.find_all(["td", "th"])] for tr in el.find_all("tr")]
            rows = [r for r in rows if any(r)]
            if rows:
                blocks.append(Block("table", no=n, end=n, rows=rows))
            continue
        text = _text_bs(el)
        if text:
            blocks.append(Block("heading" if el.name.startswith("h") else "text", text, no=n, end=n))
    if not blocks:
        raise HtmlError("no article text")
    page = _page_facts(raw)
    title = page_title(page.get("title") or (soup.title.get_text() if soup.title else ""), page.get("site_name", ""),
                       page.get("h1", ""))
    return Structured(blocks, {k: v for k, v in {**page, "title": title}.items() if k != "h1" and v}, "html")


def _text_bs(el) -> str:
    return re.sub(r"\s+", " ", el.get_text(" ")).strip()
