"""Read a source file of any supported format into numbered text lines.

Text, Markdown and HTML are read as they are (HTML pages that are not front-matter posts are
reduced to their block elements); PDF goes through pypdf and DOCX through python-docx, both
well-kept pure-Python parsers. Anything unreadable raises ``IngestError`` naming the file.
"""

from __future__ import annotations

from pathlib import Path

from .lines import Line, number_lines

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx"}
MAX_BYTES = 50 * 1024 * 1024


class IngestError(Exception):
    """A source file that cannot be ingested; the message names the file and the reason."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{Path(path).name}: {reason}")


def _decode(data: bytes, path: Path) -> str:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise IngestError(path, "不是 UTF-8 或 GB18030 编码的文本 (not UTF-8 or GB18030 text)")


def _read_pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise IngestError(path, "PDF 已加密，无法读取 (encrypted PDF)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError(path, f"PDF 无法解析 (unreadable PDF: {exc})") from exc
    text = "\n".join(pages)
    if not text.strip():
        raise IngestError(path, "PDF 中没有可提取的文字，可能是扫描件 (no text layer; scanned PDF?)")
    return text


def _read_docx(path: Path) -> str:
    import zipfile

    from docx import Document as DocxDocument

    try:
        doc = DocxDocument(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise IngestError(path, f"DOCX 无法解析 (unreadable DOCX: {exc})") from exc
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append(" ".join(cell.text.strip() for cell in row.cells))
    return "\n".join(parts)


def _read_html(raw: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer"]):
        tag.decompose()
    blocks = soup.find_all(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "title"])
    lines = []
    for b in blocks:
        if b.find_parent(["p", "li", "tr"]):
            continue
        t = b.get_text(" " if b.name == "tr" else "", strip=True)
        if t:
            lines.append(t)
    return "\n".join(lines) if lines else soup.get_text("\n")


def load_lines(path: str | Path) -> list[Line]:
    """Numbered lines of a source file; raises IngestError for anything we cannot read."""
    path = Path(path)
    if not path.exists():
        raise IngestError(path, "文件不存在 (no such file)")
    if not path.is_file():
        raise IngestError(path, "不是文件 (not a file)")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise IngestError(path, f"不支持的格式 {suffix or '(无扩展名)'}；支持 {', '.join(sorted(SUPPORTED))}")
    size = path.stat().st_size
    if size == 0:
        raise IngestError(path, "文件为空 (empty file)")
    if size > MAX_BYTES:
        raise IngestError(path, f"文件过大 ({size // 1024 // 1024} MB > {MAX_BYTES // 1024 // 1024} MB)")
    if suffix == ".pdf":
        text = _read_pdf(path)
    elif suffix == ".docx":
        text = _read_docx(path)
    else:
        text = _decode(path.read_bytes(), path)
        if suffix in HTML_SUFFIXES:
            text = _read_html(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise IngestError(path, "文件中没有文字 (no text)")
    if "\x00" in text:
        raise IngestError(path, "看起来是二进制文件 (binary content)")
    return number_lines(text)
