"""Stage 1 — normalise: one message, whitespace collapsed, markup read as text; an empty, an
oversize, a markup-only or a one-character-repeated message gets a clear reply and goes no further."""

from __future__ import annotations

import re

from policybot.types import Answer
from prompts import phrase

from .guard import plain_text
from .turn import Turn

READABLE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
REPEATED_MIN_CHARS = 8  # a message this long made of at most MAX_DISTINCT characters says nothing
MAX_DISTINCT = 2


def normalise(turn: Turn, max_chars: int) -> Answer | None:
    raw = turn.message if isinstance(turn.message, str) else ""
    turn.text = re.sub(r"\s+", " ", raw).strip()
    if not turn.text:
        return Answer(status="rejected", answer=phrase("input.empty"))
    if len(turn.text) > max_chars:
        return Answer(status="rejected", answer=phrase("input.too_long", n=len(turn.text), limit=max_chars))
    turn.question = plain_text(turn.text).strip()
    readable = READABLE.findall(turn.question)
    if not readable:
        return Answer(status="rejected", answer=phrase("input.markup_only"))
    if len(readable) >= REPEATED_MIN_CHARS and len(set(readable)) <= MAX_DISTINCT:
        return Answer(status="rejected", answer=phrase("input.repeated"))
    return None
