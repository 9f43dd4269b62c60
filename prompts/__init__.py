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


@lru_cache(maxsize=1)
def _phrases() -> dict:
    return tomllib.loads((HERE / "phrases.toml").read_text(encoding="utf-8"))


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
