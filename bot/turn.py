"""One turn of a conversation as it moves through the stages of ``Assistant.ask``.

Each stage reads what the stages before it left here and adds its own part; a stage that can
already answer (an empty message, a greeting, a refusal) returns the ``Answer`` and the rest
are skipped, except grounding and remembering, which every answer goes through.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .sessions import Session


@dataclass
class Draft:
    """What the answer stage produced, before it is checked and grounded: a calculator's
    outcome, or the sentences chosen from the passages."""

    kind: str  # calculation | passages | summary
    outcome: Any = None  # calculators.base.Outcome
    spec: Any = None  # calculators.registry.CalculatorSpec
    chosen: list = field(default_factory=list)  # compose.Scored
    doc: Any = None  # a summarised document
    slots: dict = field(default_factory=dict)  # the calculator's inputs as filled this turn
    derived: Any = None  # arithmetic.Derivation: a figure worked out from a chosen sentence


@dataclass
class Turn:
    session: Session
    message: str
    today: date
    text: str = ""  # whitespace normalised
    question: str = ""  # markup read as text, injected material removed
    inspection: Any = None  # guard.Inspection
    reading: Any = None  # understand.Reading
    followup: bool = False
    query: str = ""  # the self-contained question retrieval uses
    item: str = ""  # the list item a follow-up points at (「第四种具体怎么弄」)
    regions: list[str] = field(default_factory=list)  # the regions that apply (message, else conversation)
    qvec: Any = None  # the query's embedding
    hits: list = field(default_factory=list)  # retrieve.Hit
    notes: list[str] = field(default_factory=list)  # said before the answer (injections, region defaults)
    candidates: list = field(default_factory=list)  # router.Candidate
    route_args: tuple = ()  # what the router scored this turn with
    route_text: str = ""  # the question as the router reads it (an injected block's topic words included)
    draft: Draft | None = None
    topic: str = ""  # what this turn was about: a calculator id, or "documents"
