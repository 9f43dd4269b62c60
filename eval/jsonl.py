"""One reader for the harness's JSON-lines files (datasets, a run's ``items.jsonl``)."""

from __future__ import annotations

import json
from pathlib import Path


class JsonlError(ValueError):
    """A file that is missing, unreadable, or has a line that is not an object with the keys needed."""


def read_jsonl(path: str | Path, required: tuple[str, ...] = ("id",)) -> list[dict]:
    path = Path(path)
    if not path.is_file():
        raise JsonlError(f"{path}: no such file")
    rows = []
    try:
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise JsonlError(f"{path}:{n}: not JSON ({exc})") from exc
                missing = [k for k in required if not isinstance(row, dict) or k not in row]
                if missing:
                    raise JsonlError(f"{path}:{n}: a line needs {' and '.join(repr(k) for k in required)}")
                rows.append(row)
    except OSError as exc:
        raise JsonlError(f"{path}: not readable ({exc})") from exc
    return rows
