"""Fixed phrasings and templates, kept out of the code.

``phrases.toml`` holds every sentence the assistant composes itself (calculator answers,
clarifying questions, refusals, notes); ``llm_system.txt`` is the system prompt of the optional
LLM add-on. Templates use ``str.format`` fields; a missing field is a bug and raises.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent


def _merge(into: dict, more: dict) -> dict:
    for k, v in more.items():
        if isinstance(v, dict) and isinstance(into.get(k), dict):
            _merge(into[k], v)
        else:
            into[k] = v
    return into


@lru_cache(maxsize=1)
def _phrases() -> dict:
    """``phrases.toml`` and every ``phrases.d/*.toml`` (one file per calculator or stage)."""
    out = tomllib.loads((HERE / "phrases.toml").read_text(encoding="utf-8"))
    for path in sorted((HERE / "phrases.d").glob("*.toml")):
        _merge(out, tomllib.loads(path.read_text(encoding="utf-8")))
    return out


def phrase(key: str, **fields) -> str:
    """``phrase("childcare.total", birth="2023年3月", total="4500")``."""
    node = _phrases()
    for part in key.split("."):
        node = node[part]
    if isinstance(node, list):
        return [s.format(**fields) for s in node]  # type: ignore[return-value]
    return node.format(**fields)


def phrase_list(key: str) -> list[str]:
    node = _phrases()
    for part in key.split("."):
        node = node[part]
    return list(node)


def text_file(name: str) -> str:
    return (HERE / name).read_text(encoding="utf-8")
