"""Hostile and broken input on the HTTP API: fuzzed requests, lone surrogates, framework errors
in Chinese, degenerate messages, start-up 503s that do not use up a rate limit, trusted proxies,
and the retention of the conversation log."""

from __future__ import annotations

import time
import uuid
from datetime import date

import pytest
from fastapi.testclient import TestClient

from bot.assistant import Assistant
from bot.sessions import SessionStore
from policybot.settings import Settings
from policybot.types import Answer
from server.app import create_app
from server.fuzz import fuzz
from server.storage import Store

UNLIMITED = dict(rate_limit_per_minute=10 ** 6, feedback_rate_limit_per_minute=10 ** 6,
                 document_rate_limit_per_minute=10 ** 6)


class Echo:
    sessions = SessionStore()

    def ask(self, session_id, message):
        return Answer(status="answered", answer=f"答：{message}", session_id=session_id, answer_id=uuid.uuid4().hex)


def make(tmp_path, assistant=None, **overrides):
    settings = Settings(db_path=tmp_path / f"{uuid.uuid4().hex}.sqlite3", secret_key="hostile", **overrides)
    return TestClient(create_app(settings=settings, assistant=assistant if assistant is not None else Echo()),
                      raise_server_exceptions=False)


@pytest.fixture(scope="module")
def real(retriever, tmp_path_factory):
    settings = Settings(db_path=tmp_path_factory.mktemp("hostile") / "h.sqlite3", secret_key="hostile", **UNLIMITED)
    app = create_app(settings=settings, assistant=Assistant(retriever, settings, today=date(2026, 11, 23)))
    return TestClient(app, raise_server_exceptions=False)


def test_fuzzed_requests_never_get_a_500_and_every_error_is_in_chinese(real):
    out = fuzz(real, n=600, seed=11)
    assert out.server_errors == 0 and out.bad == [], out.bad[:5]
    assert out.statuses[200] > 50 and out.statuses[422] > 50  # the mix reached the assistant and the validation


@pytest.mark.parametrize("body", [b'{"message": "\\ud800"}', b'{"message": "\\udfff\\ud800\\u95ee"}',
                                  b'{"message": "\xed\xa0\x80"}', b'{"session_id": "\\ud800", "message": "\\ud800?"}'])
def test_a_lone_surrogate_is_answered_and_stored(real, body):
    r = real.post("/api/chat", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 200 and r.json()["answer"]
    s = real.post("/api/chat/stream", content=body, headers={"content-type": "application/json"})
    names = [line[6:].strip() for line in s.text.splitlines() if line.startswith("event:")]
    assert s.status_code == 200 and names[0] == "meta" and names[-1] == "done"
    answer_id = r.json()["answer_id"]
    fb = real.post("/api/feedback", content=b'{"answer_id": "%s", "helpful": false, "comment": "\\ud800"}'
                   % answer_id.encode(), headers={"content-type": "application/json"})
    assert fb.status_code == 200


@pytest.mark.parametrize("method,path,body,status", [
    ("POST", "/api/chat", b'{"message": "\xff"}', 400), ("POST", "/api/feedback", b"\xff\xfe", 422),
    ("GET", "/api/chat", b"", 405), ("PUT", "/source.html", b"", 405), ("GET", "/no/such/page", b"", 404),
])
def test_the_frameworks_own_errors_are_in_chinese(tmp_path, method, path, body, status):
    r = make(tmp_path).request(method, path, content=body, headers={"content-type": "application/json"})
    assert r.status_code == status
    detail = r.json()["detail"]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in detail), detail
    if path == "/api/feedback":
        assert "answer_id" in detail  # the example is the route's own


@pytest.mark.parametrize("message", ["育" * 1000, "1" * 1000, "补贴" * 500, "啊" * 20])
def test_a_message_of_one_repeated_character_gets_a_clear_reply(real, message):
    body = real.post("/api/chat", json={"message": message}).json()
    assert body["status"] == "rejected" and "重复" in body["answer"]


def test_no_answered_reply_is_ever_empty(real):
    for message in ["育儿补贴" * 200, "的的的地地得得" * 100, "？" + "政策" * 300]:
        body = real.post("/api/chat", json={"message": message[:1000]}).json()
        assert body["answer"].strip(), message[:20]


def test_requests_during_start_up_do_not_use_up_the_rate_limit(tmp_path):
    settings = Settings(db_path=tmp_path / "s.sqlite3", secret_key="hostile", rate_limit_per_minute=2)
    app = create_app(settings=settings, assistant=None)  # still loading
    c = TestClient(app, raise_server_exceptions=False)
    assert [c.post("/api/chat", json={"message": "你好"}).status_code for _ in range(5)] == [503] * 5
    app.state.assistant = Echo()  # ready now
    assert [c.post("/api/chat", json={"message": "你好"}).status_code for _ in range(3)] == [200, 200, 429]


def test_the_document_routes_are_rate_limited(tmp_path, retriever):
    settings = Settings(db_path=tmp_path / "d.sqlite3", secret_key="hostile", document_rate_limit_per_minute=3)
    c = TestClient(create_app(settings=settings, assistant=Assistant(retriever, settings)))
    codes = [c.get("/api/documents").status_code for _ in range(2)] + \
            [c.get("/api/documents/nope").status_code for _ in range(2)]
    assert codes == [200, 200, 404, 429]


# -- X-Forwarded-For from trusted proxies only -----------------------------------------------------

def limited(tmp_path, **kw):
    return make(tmp_path, rate_limit_per_minute=1, **kw)


def test_forwarded_for_is_ignored_from_an_untrusted_peer(tmp_path):
    c = limited(tmp_path, trusted_proxies=["10.9.9.9"])  # the test client's address is not a trusted proxy
    codes = [c.post("/api/chat", json={"message": "你好"}, headers={"X-Forwarded-For": f"198.51.100.{n}"}).status_code
             for n in range(3)]
    assert codes == [200, 429, 429]


def test_behind_trusted_proxies_the_right_most_untrusted_hop_counts(tmp_path):
    from server.app import client_key

    settings = Settings(trusted_proxies=["127.0.0.1", "10.0.0.0/8"], secret_key="x")

    class Req:
        def __init__(self, peer, fwd):
            self.client = type("C", (), {"host": peer})()
            self.headers = {"x-forwarded-for": fwd}

    # client-supplied junk, the real client, then two of our proxies
    assert client_key(Req("127.0.0.1", "6.6.6.6, 203.0.113.5, 10.1.2.3"), settings) == "203.0.113.5"
    assert client_key(Req("10.0.0.1", "203.0.113.5"), settings) == "203.0.113.5"
    assert client_key(Req("198.51.100.1", "203.0.113.5"), settings) == "198.51.100.1"  # not a proxy of ours
    assert client_key(Req("127.0.0.1", "10.1.1.1, 10.2.2.2"), settings) == "10.1.1.1"  # all ours: the first
    assert client_key(Req("127.0.0.1", ""), settings) == "127.0.0.1"
    with pytest.raises(ValueError):
        Settings(trusted_proxies=["not-an-address"])


# -- retention -------------------------------------------------------------------------------------

def test_old_conversations_and_their_feedback_are_pruned(tmp_path):
    path = tmp_path / "r.sqlite3"
    store = Store(path, retention_days=30)
    for n, age_days in enumerate([40, 31, 29, 1]):
        a = Answer(status="answered", answer="答", session_id="s", answer_id=f"a{n}")
        store.log_answer(a, "问", "web")
        store._conn.execute("UPDATE messages SET created = ? WHERE answer_id = ?", (time.time() - age_days * 86400, f"a{n}"))
        store.add_feedback(f"a{n}", False, "差")
    assert store.prune() == 2
    assert sorted(r["answer_id"] for r in store.answers()) == ["a2", "a3"]
    assert store._conn.execute("SELECT COUNT(*) FROM feedback").fetchone()[0] == 2
    kept = Store(path, retention_days=0)
    assert kept.prune() == 0 and len(kept.answers()) == 2
