"""Conversation memory: per session, the topic and the slots gathered so far, so that
「那要是24年5月生的呢？」 is understood in the light of the question before it.

Bounded in both directions: sessions expire after ``ttl`` seconds of silence, and when more
than ``max_sessions`` are alive the least recently used ones are dropped. Thread-safe, since
the web service answers from a thread pool.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Callable

MAX_TURNS = 6


@dataclass
class Session:
    session_id: str
    topic: str = ""  # calculator or subject of the conversation, e.g. childcare_subsidy
    slots: dict[str, Any] = field(default_factory=dict)
    turns: list[tuple[str, str]] = field(default_factory=list)  # (user message, status)
    last_query: str = ""  # the self-contained question the last turn was answered as
    doc_ids: list[str] = field(default_factory=list)  # documents cited last turn
    pending: dict[str, Any] = field(default_factory=dict)  # what a clarifying question asked for
    calculators: dict[str, dict[str, Any]] = field(default_factory=dict)  # each calculator's remembered inputs
    items: list[str] = field(default_factory=list)  # the items of the list the last answer gave
    lists: list[list[str]] = field(default_factory=list)  # the numbered lists of the document cited last
    last_citations: list[Any] = field(default_factory=list)  # what the last answer cited
    updated: float = 0.0

    def remember(self, message: str, status: str) -> None:
        self.turns.append((message, status))
        del self.turns[:-MAX_TURNS]


class SessionStore:
    def __init__(self, ttl: float = 1800, max_sessions: int = 10000, clock: Callable[[], float] = time.monotonic):
        self.ttl = ttl
        self.max_sessions = max_sessions
        self.clock = clock
        self._data: OrderedDict[str, Session] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, session_id: str) -> Session:
        now = self.clock()
        with self._lock:
            s = self._data.get(session_id)
            if s is None or now - s.updated > self.ttl:
                s = Session(session_id)
            s.updated = now
            self._data[session_id] = s
            self._data.move_to_end(session_id)
            self._evict(now)
            return s

    def alive(self, session_id: str) -> bool:
        """Whether a conversation is still remembered (not expired, not evicted); touches nothing."""
        with self._lock:
            s = self._data.get(session_id)
            return s is not None and self.clock() - s.updated <= self.ttl

    def _evict(self, now: float) -> None:
        while len(self._data) > self.max_sessions:
            self._data.popitem(last=False)
        # expired sessions sit at the front (least recently used first)
        while self._data:
            sid, s = next(iter(self._data.items()))
            if now - s.updated <= self.ttl:
                break
            del self._data[sid]

    def __len__(self) -> int:
        return len(self._data)
