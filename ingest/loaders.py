"""Read a source file of any supported format.

Plain text comes back as numbered lines for the line cleaners; PDF, DOCX, HTML and Markdown come
back as typed blocks from the readers in ``ingest.formats``, which keep what the layout says
(positions, styles, numbering, tables). Anything unreadable raises ``IngestError`` naming the file.
"""

from __future__ import annotations

from pathlib import Path

import re

from .formats import Structured
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


class RefusedFiles(IngestError):
    """Several files refused at once: each one's error, in order."""

    def __init__(self, errors: list[IngestError]):
        self.errors = errors
        self.path, self.reason = errors[0].path, errors[0].reason
        Exception.__init__(self, "; ".join(str(e) for e in errors))


def _decode(data: bytes, path: Path) -> str:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise IngestError(path, "不是 UTF-8 或 GB18030 编码的文本 (not UTF-8 or GB18030 text)")


def _check_file(path: Path) -> str:
    """The lower-case suffix of a readable, supported, non-empty file of sane size."""
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
    return suffix


def load(path: str | Path) -> Structured | list[Line]:
    """A source as the readers see it: typed blocks for PDF, DOCX, HTML and Markdown, numbered
    lines for plain text (and for Markdown that is a reposted HTML page). Raises IngestError."""
    from .formats.html import HtmlError, read_html
    from .formats.markdown import read_markdown
    from .formats.office import DocxError, read_docx
    from .formats.pdf import PdfError, read_pdf

    path = Path(path)
    suffix = _check_file(path)
    if suffix == ".pdf":
        try:
            source = read_pdf(path)
        except PdfError as exc:
            if str(exc) == "encrypted":
                raise IngestError(path, "PDF 已加密，无法读取 (encrypted PDF)") from exc
            if "no text layer" in str(exc):
                raise IngestError(path, "PDF 中没有可提取的文字，可能是扫描件 (no text layer; scanned PDF?)") from exc
            raise IngestError(path, f"PDF 无法解析 (unreadable PDF: {exc})") from exc
    elif suffix == ".docx":
        try:
            source = read_docx(path)
        except DocxError as exc:
            raise IngestError(path, f"DOCX 无法解析 (unreadable DOCX: {exc})") from exc
    else:
        text = _decode(path.read_bytes(), path).replace("\r\n", "\n").replace("\r", "\n")
        if "\x00" in text:
            raise IngestError(path, "看起来是二进制文件 (binary content)")
        if not text.strip():
            raise IngestError(path, "文件中没有文字 (no text)")
        if suffix in HTML_SUFFIXES:
            try:
                source = read_html(text)
            except HtmlError as exc:
                raise IngestError(path, f"网页中没有找到正文 (no article text in the page: {exc})") from exc
        elif suffix in (".md", ".markdown") and not _html_body(text):
            source = read_markdown(text)
        else:
            return number_lines(text)
    if not any(b.text.strip() or b.rows for b in source.blocks):
        raise IngestError(path, "文件中没有文字 (no text)")
    return source


def _html_body(text: str) -> bool:
    """A Markdown file whose body is an HTML page (a blog repost) is read as lines."""
    return len(re.findall(r"<(?:p|div|span|table|td)\b", text)) >= 5
