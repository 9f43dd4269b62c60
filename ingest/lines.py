"""A source as numbered lines: every cleaner takes and returns ``list[Line]`` so that
each surviving character can still be traced to its raw line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    no: int  # 1-based line number in the raw file (for HTML, the line holding the tag)
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    def with_text(self, text: str) -> "Line":
        return Line(self.no, text)


def number_lines(text: str) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(text.split("\n"), 1)]


def non_blank(lines: list[Line]) -> list[Line]:
    return [ln for ln in lines if not ln.blank]
