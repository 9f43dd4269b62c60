"""Conversations and feedback in SQLite, with explicit schema migrations.

A maintainer reads this database to see what people ask, which questions got ``no_answer``
and what was marked unhelpful (``policybot report``). Web sessions are stored as a keyed hash of
the session id; a WeChat user as an HMAC of the openid with the instance secret, never the raw id.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MIGRATIONS: list[str] = [
    # 1: messages and feedback
    """
    CREATE TABLE messages (
        answer_id   TEXT PRIMARY KEY,
        session_id  TEXT NOT NULL,
        channel     TEXT NOT NULL,
        question    TEXT NOT NULL,
        status      TEXT NOT NULL,
        answer      TEXT NOT NULL,
        citations   TEXT NOT NULL DEFAULT '[]',
        calculator  TEXT NOT NULL DEFAULT '',
        latency_ms  REAL NOT NULL DEFAULT 0,
        created     REAL NOT NULL
    );
    CREATE INDEX messages_status ON messages(status);
    CREATE INDEX messages_created ON messages(created);
    CREATE TABLE feedback (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        answer_id  TEXT NOT NULL,
        helpful    INTEGER NOT NULL,
        comment    TEXT NOT NULL DEFAULT '',
        created    REAL NOT NULL
    );
    CREATE INDEX feedback_answer ON feedback(answer_id);
    """,
]


@dataclass
class Report:
    total: int
    by_status: dict[str, int]
    by_channel: dict[str, int]
    latency_p50: float
    latency_p95: float
    top_questions: list[tuple[str, int]]
    unanswered: list[tuple[str, int]]
    unhelpful: list[dict[str, Any]]
    helpful: int
    not_helpful: int


PRUNE_EVERY = 1000  # rows written between retention sweeps


class Store:
    """``retention_days``: conversations (and their feedback) older than this are deleted, at
    start and every ``PRUNE_EVERY`` writes; 0 keeps everything."""

    def __init__(self, path: str | Path, retention_days: float = 0):
        self.path = str(path)
        self.retention_days = retention_days
        self._writes = 0
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        if self.path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA busy_timeout=5000")
        self.migrate()
        self.prune()

    def prune(self, now: float | None = None) -> int:
        """Delete what is older than the retention period; how many conversation rows went."""
        if not self.retention_days:
            return 0
        cutoff = (now or time.time()) - self.retention_days * 86400
        with self._lock:
            self._conn.execute("BEGIN")
            try:
                self._conn.execute("DELETE FROM feedback WHERE answer_id IN "
                                   "(SELECT answer_id FROM messages WHERE created < ?)", (cutoff,))
                self._conn.execute("DELETE FROM feedback WHERE created < ?", (cutoff,))
                gone = self._conn.execute("DELETE FROM messages WHERE created < ?", (cutoff,)).rowcount
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        return gone

    def migrate(self) -> int:
        with self._lock:
            self._conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = self._conn.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row else 0
            if row is None:
                self._conn.execute("INSERT INTO schema_version (version) VALUES (0)")
            for n, sql in enumerate(MIGRATIONS[version:], version + 1):
                self._conn.execute("BEGIN")
                try:
                    for statement in _statements(sql):
                        self._conn.execute(statement)
                    self._conn.execute("UPDATE schema_version SET version = ?", (n,))
                    self._conn.execute("COMMIT")
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
            return len(MIGRATIONS)

    @property
    def version(self) -> int:
        return self._conn.execute("SELECT version FROM schema_version").fetchone()[0]

    def log_answer(self, answer, question: str, channel: str, session_id: str | None = None) -> None:
        cites = [{"doc_title": c.doc_title, "doc_number": c.doc_number, "quote": c.quote} for c in answer.citations]
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO messages (answer_id, session_id, channel, question, status, answer, citations,"
                " calculator, latency_ms, created) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (answer.answer_id, well_formed(session_id or answer.session_id), channel,
                 well_formed(question[:2000]), answer.status, well_formed(answer.answer),
                 well_formed(json.dumps(cites, ensure_ascii=False)),
                 answer.calculation.calculator if answer.calculation else "", answer.latency_ms, time.time()),
            )
            self._writes += 1
            sweep = self.retention_days and self._writes % PRUNE_EVERY == 0
        if sweep:
            self.prune()

    def add_feedback(self, answer_id: str, helpful: bool, comment: str = "") -> bool:
        """Record feedback on a stored answer; False if no such answer."""
        with self._lock:
            if not self._conn.execute("SELECT 1 FROM messages WHERE answer_id = ?", (answer_id,)).fetchone():
                return False
            self._conn.execute("INSERT INTO feedback (answer_id, helpful, comment, created) VALUES (?,?,?,?)",
                               (answer_id, int(helpful), well_formed(comment[:1000]), time.time()))
            return True

    def answers(self, limit: int = 100) -> list[dict[str, Any]]:
        rows = self._conn.execute("SELECT * FROM messages ORDER BY created DESC LIMIT ?", (limit,)).fetchall()
        return [dict(r) for r in rows]

    def report(self, since: float = 0.0, top: int = 10) -> Report:
        rows = self._conn.execute("SELECT question, status, channel, latency_ms FROM messages WHERE created >= ?",
                                  (since,)).fetchall()
        lat = sorted(r["latency_ms"] for r in rows)

        def pct(p: float) -> float:
            return round(lat[min(len(lat) - 1, int(round((len(lat) - 1) * p)))], 1) if lat else 0.0

        fb = self._conn.execute(
            "SELECT f.helpful, f.comment, m.question, m.answer, m.status FROM feedback f JOIN messages m"
            " ON f.answer_id = m.answer_id WHERE f.created >= ? ORDER BY f.created DESC", (since,)).fetchall()
        return Report(
            total=len(rows),
            by_status=dict(Counter(r["status"] for r in rows)),
            by_channel=dict(Counter(r["channel"] for r in rows)),
            latency_p50=pct(0.5), latency_p95=pct(0.95),
            top_questions=Counter(r["question"] for r in rows).most_common(top),
            unanswered=Counter(r["question"] for r in rows if r["status"] == "no_answer").most_common(top),
            unhelpful=[dict(r) for r in fb if not r["helpful"]][:top],
            helpful=sum(1 for r in fb if r["helpful"]),
            not_helpful=sum(1 for r in fb if not r["helpful"]),
        )

    def close(self) -> None:
        self._conn.close()


def well_formed(text: str) -> str:
    """Text that can be stored and sent on: a lone surrogate (JSON allows ``"\\ud800"``; SQLite
    cannot encode it) is not a character, and becomes U+FFFD like any other undecodable input."""
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace") if text and not text.isascii() else text


def _statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";") if s.strip()]
