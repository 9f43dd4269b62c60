"""What every calculator shares: rule files, clause citations, and the outcome shape.

Rules live in ``rules/<id>.toml``: the figures, and for each clause the exact sentence of the
source it comes from. ``ClauseIndex`` finds each sentence in the indexed corpus and turns it
into a Citation (document, 发文字号, chunk, source lines), so a calculator never cites by line
number and stops citing — loudly — if the corpus no longer holds its clause.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from ingest.text import norm_key
from policybot.types import CalcStep, Calculation, Chunk, Citation, Document

RULES_DIR = Path(__file__).with_name("rules")


@dataclass(frozen=True)
class Clause:
    key: str
    doc_number: str
    label: str
    quote: str
    doc_title: str = ""  # for a document without a 发文字号


@dataclass
class RuleFile:
    id: str
    data: dict[str, Any]
    clauses: dict[str, Clause]

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def clause(self, key: str) -> Clause:
        return self.clauses[key]


@lru_cache(maxsize=None)
def load_rules(name: str) -> RuleFile:
    data = tomllib.loads((RULES_DIR / f"{name}.toml").read_text(encoding="utf-8"))
    clauses = {}
    for key, c in data.get("clauses", {}).items():
        clauses[key] = Clause(key, c.get("doc_number", data.get("doc_number", "")), c.get("label", ""), c.get("quote", ""),
                              c.get("doc_title", data.get("doc_title", "")))
    return RuleFile(data.get("id", name), data, clauses)


def money(x: Decimal | int | float | str) -> str:
    """``4500`` → ``4500``; ``100.5`` → ``100.5``; never a float artefact."""
    d = Decimal(str(x))
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


def round_money(x: Decimal, places: str = "0.01") -> Decimal:
    return x.quantize(Decimal(places), rounding=ROUND_HALF_UP)


class ClauseIndex:
    """Locates rule sentences in the indexed documents."""

    def __init__(self, documents: dict[str, Document], chunks: list[Chunk]):
        self.docs_by_number: dict[str, list[Document]] = {}
        self.docs_by_title: dict[str, list[Document]] = {}
        for d in documents.values():
            if d.doc_number:
                self.docs_by_number.setdefault(norm_key(d.doc_number), []).append(d)
            self.docs_by_title.setdefault(norm_key(d.title), []).append(d)
        self.chunks_by_doc: dict[str, list[Chunk]] = {}
        for c in chunks:
            self.chunks_by_doc.setdefault(c.doc_id, []).append(c)
        self._norm: dict[str, str] = {c.chunk_id: norm_key(c.text) for c in chunks}

    def documents(self, doc_number: str) -> list[Document]:
        return self.docs_by_number.get(norm_key(doc_number), [])

    def has(self, doc_number: str) -> bool:
        return bool(self.documents(doc_number))

    def cite(self, clause: Clause, quote: str | None = None) -> Citation | None:
        quote = quote if quote is not None else clause.quote
        key = norm_key(quote)
        docs = self.documents(clause.doc_number) if clause.doc_number else self.docs_by_title.get(norm_key(clause.doc_title), [])
        for doc in docs:
            for chunk in self.chunks_by_doc.get(doc.doc_id, []):
                if key and key in self._norm[chunk.chunk_id]:
                    return _citation(doc, chunk, quote, clause.label)
        return None

    def find_line(self, doc_number: str, prefix: str, label: str = "") -> Citation | None:
        """The first line of a chunk of that document that starts with ``prefix`` (a table row)."""
        for doc in self.documents(doc_number):
            for chunk in self.chunks_by_doc.get(doc.doc_id, []):
                for line in chunk.text.split("\n"):
                    if line.startswith(prefix):
                        return _citation(doc, chunk, line, label)
        return None


def _citation(doc: Document, chunk: Chunk, quote: str, label: str) -> Citation:
    heading = " › ".join(chunk.heading_path[1:]) or label
    return Citation(
        doc_id=doc.doc_id, doc_title=doc.title, doc_number=doc.doc_number, issuer=doc.issuer,
        date=doc.written_date or doc.published_date, region=doc.region, quote=quote, chunk_id=chunk.chunk_id,
        heading=heading if label in heading or not label else f"{heading} › {label}" if heading else label,
        source=doc.source, line_start=chunk.line_start, line_end=chunk.line_end,
    )


@dataclass
class Outcome:
    """What a calculator returns. ``text`` may hold ``{key}`` citation markers naming clauses,
    which the assistant numbers once it knows every citation of the answer."""

    calculator: str
    status: str = "answered"  # answered | clarify | no_answer
    text: str = ""
    steps: list[CalcStep] = field(default_factory=list)
    result: str = ""
    unit: str = ""
    inputs: dict[str, Any] = field(default_factory=dict)
    clauses: list[Clause] = field(default_factory=list)
    extra_quotes: list[tuple[Clause, str]] = field(default_factory=list)  # (clause, exact line) e.g. a table row
    notes: list[str] = field(default_factory=list)
    choices: list[str] = field(default_factory=list)
    remember: dict[str, Any] = field(default_factory=dict)  # slots to keep in the session

    def step(self, label: str, expression: str = "", value: str = "") -> None:
        self.steps.append(CalcStep(label=label, expression=expression, value=value))

    def use(self, *clauses: Clause) -> str:
        """Mark clauses as used; returns the markers to put in the text."""
        for c in clauses:
            if c not in self.clauses:
                self.clauses.append(c)
        return "".join("{" + c.key + "}" for c in clauses)

    def calculation(self, citations: list[Citation]) -> Calculation | None:
        if not self.steps:
            return None
        return Calculation(calculator=self.calculator, inputs=self.inputs, steps=self.steps, result=self.result,
                           unit=self.unit, clauses=citations, notes=self.notes)


MARKER = re.compile(r"\{([a-z_0-9]+)\}")
