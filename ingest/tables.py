"""Rebuild tables that a web scraper flattened to one cell per line.

The cells are recognised by *type*, not position, because empty cells appear as extra blank
lines only some of the time (CORPUS_NOTES §2.1): ``2023年`` is a row-group key, ``3月`` starts
a row, ``3600`` is an amount, ``1年3个月`` a duration. Wrapped header cells (``补贴总`` /
``年(月)数``) are merged back until the header has as many columns as the widest row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lines import Line
from .text import collapse_spaces

YEAR = re.compile(r"^\d{4}年$")
MONTH = re.compile(r"^\d{1,2}月$")
NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
DURATION = re.compile(r"^(?=\d)(\d+年)?(\d+个月)?$")

MIN_CELLS = 24


@dataclass
class FlatTable:
    title: str
    header: list[str]
    rows: list[list[str]]  # one list per row, "" for an empty cell
    line_start: int
    line_end: int
    title_line_start: int = 0

    def render_rows(self) -> list[str]:
        """Rows as space-separated cells (empty cells left out), the way the source lists them."""
        return [" ".join(c for c in row if c) for row in self.rows]

    def render(self) -> str:
        head = [self.title] if self.title else []
        return "\n".join(head + [" ".join(self.header)] + self.render_rows())

    def as_dicts(self) -> list[dict[str, str]]:
        return [dict(zip(self.header, row)) for row in self.rows]


@dataclass
class _Run:
    start: int
    end: int
    cells: list[Line] = field(default_factory=list)


def _is_cell(text: str) -> bool:
    t = collapse_spaces(text)
    return 0 < len(t) <= 10 and not re.search(r"[，,。；;：:、]", t)


def _kind(cell: str) -> str:
    if YEAR.match(cell):
        return "year"
    if MONTH.match(cell):
        return "month"
    if NUMBER.match(cell):
        return "number"
    if DURATION.match(cell):
        return "duration"
    return "text"


def find_cell_runs(lines: list[Line]) -> list[_Run]:
    runs: list[_Run] = []
    i = 0
    while i < len(lines):
        if lines[i].blank or not _is_cell(lines[i].text):
            i += 1
            continue
        j, cells = i, []
        while j < len(lines) and (lines[j].blank or _is_cell(lines[j].text)):
            if not lines[j].blank:
                cells.append(lines[j])
            j += 1
        numeric = sum(_kind(collapse_spaces(c.text)) in ("number", "duration") for c in cells)
        if len(cells) >= MIN_CELLS and numeric >= len(cells) / 2:
            runs.append(_Run(i, j, cells))
        i = j
    return runs


def _merge_header(cells: list[str], n_cols: int) -> list[str]:
    """Merge wrapped header cells until there are ``n_cols``: a bare year or a cell of at
    most three characters continues onto the next cell."""
    cells = list(cells)
    while len(cells) > n_cols:
        for i in range(len(cells) - 1):
            if YEAR.match(cells[i]) or len(cells[i]) <= 3:
                cells[i:i + 2] = [cells[i] + cells[i + 1]]
                break
        else:
            break
    return cells


def _place(values: list[str], kinds: list[str], n_cols: int, dur_col: int | None) -> list[str]:
    """Put a row's values into columns. Numbers after the duration fill the columns after the
    duration column; numbers before it fill the leading columns left to right."""
    row = [""] * n_cols
    if dur_col is None or "duration" not in kinds:
        for c, v in enumerate(values[:n_cols]):
            row[c] = v
        return row
    d = kinds.index("duration")
    row[dur_col] = values[d]
    for c, v in enumerate(values[:d][:dur_col]):
        row[c] = v
    for c, v in enumerate(values[d + 1:], dur_col + 1):
        if c < n_cols:
            row[c] = v
    return row


def parse_flat_table(run: _Run, title: str = "") -> FlatTable | None:
    cells = [collapse_spaces(c.text) for c in run.cells]
    kinds = [_kind(c) for c in cells]
    first = next((i for i in range(len(cells) - 1) if kinds[i] == "year" and kinds[i + 1] == "month"), None)
    if first is None:
        return None
    header_cells, body, body_kinds = cells[:first], cells[first:], kinds[first:]
    raw_rows: list[tuple[str, list[str], list[str]]] = []
    group = ""
    for cell, kind in zip(body, body_kinds):
        if kind == "year":
            group = cell
        elif kind == "month":
            raw_rows.append((group + cell, [], []))
        elif raw_rows:
            raw_rows[-1][1].append(cell)
            raw_rows[-1][2].append(kind)
    if not raw_rows:
        return None
    n_cols = 1 + max(len(v) for _, v, _ in raw_rows)
    header = _merge_header(header_cells, n_cols) if header_cells else [f"列{i + 1}" for i in range(n_cols)]
    # Leading cells left over after the merge are the end of the table's title.
    extra, header = header[: max(0, len(header) - n_cols)], header[-n_cols:]
    title = title + "".join(extra)
    dur_col = next((i - 1 for i, h in enumerate(header) if "年(月)" in h or "月)数" in h or h.endswith("月数")), None)
    rows = [[key] + _place(vals, ks, n_cols - 1, dur_col) for key, vals, ks in raw_rows]
    return FlatTable(title, header, rows, run.cells[0].no, run.cells[-1].no)


def extract_tables(lines: list[Line]) -> tuple[list[Line], list[FlatTable]]:
    """Find flattened tables; return the other lines and the rebuilt tables. The table's
    title is taken from the short lines right above it (``附表`` / ``…对照表``)."""
    runs = find_cell_runs(lines)
    if not runs:
        return lines, []
    drop: set[int] = set()
    tables = []
    for run in runs:
        title_lines: list[Line] = []
        k = run.start - 1
        while k >= 0 and len(title_lines) < 3:
            if lines[k].blank:
                k -= 1
                continue
            t = collapse_spaces(lines[k].text)
            if len(t) <= 24 and not re.search(r"[。；;]", t) and not re.match(r"^附\s*[件表]\s*$", t):
                title_lines.insert(0, lines[k])
                k -= 1
            else:
                break
        title = "".join(collapse_spaces(ln.text) for ln in title_lines)
        table = parse_flat_table(run, title)
        if table is None:
            continue
        table.title_line_start = title_lines[0].no if title_lines else table.line_start
        tables.append(table)
        drop.update(ln.no for ln in title_lines)
        drop.update(ln.no for ln in lines[run.start:run.end])
    return [ln for ln in lines if ln.no not in drop], tables
