"""Intents and everyday wording as data (``data/intents.toml``, ``data/synonyms.txt``).

``asks(text)`` says what a question asks for — an amount, a duration, a date, a count, a share,
a list, a procedure, a place, a person, a document, a summary, a yes/no — from one definition of
each intent, used by the router, the answerability check and the composer alike.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


@lru_cache(maxsize=1)
def _intents() -> dict:
    return tomllib.loads((DATA / "intents.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def cue(name: str) -> re.Pattern:
    """The compiled cues of one intent: ``cue("amount").search(text)``."""
    group, _, key = name.rpartition(".")
    node = _intents()[group or "asks"]
    return re.compile("|".join(f"(?:{p})" for p in node[key]))


def asks(text: str) -> frozenset[str]:
    return frozenset(k for k in _intents()["asks"] if cue(k).search(text))


def figure_types() -> frozenset[str]:
    return frozenset(_intents()["figure"]["types"])


def asks_figure(text: str) -> bool:
    """Asks for a number of any kind (not 「哪几个方面」)."""
    return bool(cue("figure").search(text))


def non_figure_types() -> frozenset[str]:
    return frozenset(_intents()["figure"]["none"])


def is_followup(text: str) -> bool:
    return bool(cue("followup.lead").search(text) or cue("followup.tail").search(text))


def table(name: str) -> dict:
    """One group of ``intents.toml`` as it is written (``table("arithmetic.per")``)."""
    node = _intents()
    for part in name.split("."):
        node = node[part]
    return node


def group(name: str) -> list[str]:
    """The intents of one group of ``intents.toml`` (``group("out_of_scope")``)."""
    return list(_intents()[name])
