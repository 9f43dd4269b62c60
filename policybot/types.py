"""The shared types every layer speaks: Document and Chunk (ingest → index),
Citation, Calculation and Answer (bot → channels → eval).

Documents and chunks are plain dataclasses (thousands of them, built once); the answer
types are pydantic models because they cross the HTTP and WeChat boundaries as JSON.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, Field

NATIONAL = "全国"
UNKNOWN_REGION = ""  # a document that names neither a place nor a national issuer


@dataclass
class Paragraph:
    """One reconstructed paragraph of cleaned text and the raw lines it came from (1-based)."""

    text: str
    line_start: int
    line_end: int
    kind: str = "text"  # text | heading | table | signature | placeholder


@dataclass
class Document:
    doc_id: str
    source: str  # file name inside the corpus directory
    title: str
    kind: str = "policy"  # policy | non-policy
    cover_title: str = ""  # the 关于印发《…》的通知 cover when the title is the enclosed document
    alt_titles: list[str] = field(default_factory=list)
    doc_number: str = ""  # 发文字号, spaces removed
    doc_number_raw: str = ""  # as printed, when it had to be reconstructed
    issuer: str = ""
    written_date: str = ""  # 成文日期, ISO
    published_date: str = ""  # 发布日期, ISO (date part)
    effective_date: str = ""  # 施行日期 the document states, ISO
    expiry_date: str = ""  # last day of the 有效期 it states, ISO
    region: str = NATIONAL  # 全国, a province-level name such as 甘肃省, or "" when the document does not say
    region_detail: str = ""  # e.g. 甘肃省临夏回族自治州广河县
    category: str = ""
    keywords: list[str] = field(default_factory=list)
    source_url: str = ""
    source_note: str = ""  # "(来源:国家卫生健康委)"
    line_start: int = 0
    line_end: int = 0
    flags: list[str] = field(default_factory=list)  # draft, lossy, truncated, missing_tables
    paragraphs: list[Paragraph] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)

    def meta(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("paragraphs")
        return d


@dataclass
class Chunk:
    chunk_id: str
    doc_id: str
    text: str  # cleaned source text: quotable, every character from the source
    heading_path: list[str] = field(default_factory=list)
    line_start: int = 0
    line_end: int = 0
    kind: str = "text"  # text | table | cover | attachment_index
    flags: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


Status = Literal["answered", "no_answer", "clarify", "rejected"]


class Citation(BaseModel):
    n: int = 0  # the number shown in the answer text, [1], [2] …
    doc_id: str = ""
    doc_title: str = ""
    doc_number: str = ""
    issuer: str = ""
    date: str = ""
    region: str = ""
    quote: str = ""  # an exact sentence of the source
    chunk_id: str = ""
    heading: str = ""  # where in the document: 第三章 › 第十条
    source: str = ""
    line_start: int = 0
    line_end: int = 0


class CalcStep(BaseModel):
    label: str
    expression: str = ""
    value: str = ""


class Calculation(BaseModel):
    calculator: str
    inputs: dict[str, Any] = Field(default_factory=dict)
    steps: list[CalcStep] = Field(default_factory=list)
    result: str = ""
    unit: str = ""
    clauses: list[Citation] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class RetrievedPassage(BaseModel):
    chunk_id: str
    doc_id: str
    doc_title: str
    doc_number: str = ""
    region: str = ""
    date: str = ""
    heading: str = ""
    text: str
    score: float


class Answer(BaseModel):
    status: Status
    answer: str
    citations: list[Citation] = Field(default_factory=list)
    calculation: Calculation | None = None
    choices: list[str] = Field(default_factory=list)  # quick replies for a clarifying question
    retrieved: list[RetrievedPassage] = Field(default_factory=list)
    session_id: str = ""
    answer_id: str = ""
    latency_ms: float = 0.0
