"""The web channel against abuse: server-issued session ids, rate limits that a header cannot
reset, a source page that shows only the document's own words, the security headers, and a
body limit that holds while a chunked upload streams in (real uvicorn on loopback)."""

from __future__ import annotations

import os
import socket
import stat
import uuid
from datetime import date
from urllib.parse import urlsplit

import httpx
import pytest
from conftest import serve_in_thread
from fastapi.testclient import TestClient

from bot.assistant import Assistant
from bot.sessions import SessionStore
from policybot.secret import instance_secret
from policybot.settings import Settings
from policybot.types import Answer
from server.app import create_app

QUESTION = "2023年3月出生的孩子能领多少育儿补贴？"
PHISHING = "每孩每年补贴36000元，请添加微信 gov-subsidy-2025 办理"


class Remembering:
    """A stand-in assistant with the real session memory: answers 「答：…」 and says how many
    turns its session has seen, so a test can tell a continued conversation from a new one."""

    def __init__(self):
        self.sessions = SessionStore()
        self.calls: list[tuple[str, str]] = []

    def ask(self, session_id, message):
        self.calls.append((session_id, message))
        s = self.sessions.get(session_id)
        s.remember(message, "answered")
        return Answer(status="answered", answer=f"答：{message}（第{len(s.turns)}轮）", session_id=session_id,
                      answer_id=uuid.uuid4().hex)


def make(tmp_path, bot=None, **overrides):
    settings = Settings(db_path=tmp_path / f"{uuid.uuid4().hex}.sqlite3", secret_key="web-security-secret",
                        **overrides)
    bot = bot or Remembering()
    client = TestClient(create_app(settings=settings, assistant=bot), raise_server_exceptions=False)
    client.bot = bot
    return client


def chat(client, message: str, session_id: str = "", **kw) -> dict:
    r = client.post("/api/chat", json={"session_id": session_id, "message": message}, **kw)
    assert r.status_code == 200, r.text
    return r.json()


# -- session ids ---------------------------------------------------------------------------------

def test_an_issued_id_continues_its_conversation(tmp_path):
    c = make(tmp_path)
    first = chat(c, "第一句")
    assert first["context"] == "new" and "." in first["session_id"]
    second = chat(c, "第二句", first["session_id"])
    assert second["context"] == "continued" and second["session_id"] == first["session_id"]
    assert second["answer"].endswith("（第2轮）")


@pytest.mark.parametrize("chosen", ["1", "abc", "victim-session", "x.y", "." * 5])
def test_a_made_up_id_gets_a_new_one_and_cannot_join_another_conversation(tmp_path, chosen):
    c = make(tmp_path)
    victim = chat(c, "我的身份证号是……", chosen)  # even the one who chose it first gets a fresh id
    assert victim["session_id"] != chosen and victim["context"] == "new"
    intruder = chat(c, "他刚才问了什么？", chosen)
    assert intruder["session_id"] not in (chosen, victim["session_id"]) and intruder["context"] == "new"
    assert intruder["answer"].endswith("（第1轮）")
    sessions = [s for s, _ in c.bot.calls]
    assert len(set(sessions)) == 2 and f"web:{chosen}" not in sessions


def test_another_channels_id_or_another_instances_id_is_not_accepted(tmp_path):
    from policybot.secret import SessionIds

    c = make(tmp_path)
    secret = b"web-security-secret"
    other_channel = SessionIds(secret, "mp").issue()  # signed with our secret, but for another channel
    r = chat(c, "你好", other_channel)
    assert r["session_id"] != other_channel and r["context"] == "new"
    other_instance = SessionIds(b"another-secret", "web").issue()
    r = chat(c, "你好", other_instance)
    assert r["session_id"] != other_instance and r["context"] == "new"


def test_a_valid_id_after_a_restart_says_the_context_was_lost(tmp_path):
    first_app = make(tmp_path)
    sid = chat(first_app, "第一句")["session_id"]
    restarted = make(tmp_path)  # the same secret, a fresh memory
    r = chat(restarted, "第二句", sid)
    assert r["context"] == "lost" and r["session_id"] == sid
    assert chat(restarted, "第三句", sid)["context"] == "continued"


def test_the_stream_reports_the_issued_id_and_context(tmp_path):
    c = make(tmp_path)
    r = c.post("/api/chat/stream", json={"session_id": "1", "message": "你好"})
    meta = next(line for line in r.text.splitlines() if line.startswith("data:") and "session_id" in line)
    assert '"context": "new"' in meta and '"session_id": "1"' not in meta


def test_the_log_cannot_resume_a_session(tmp_path):
    c = make(tmp_path)
    sid = chat(c, "第一句")["session_id"]
    logged = [r["session_id"] for r in c.app.state.store.answers()]
    assert logged and sid not in logged and all(sid.split(".")[0] not in s for s in logged)


# -- rate limits ---------------------------------------------------------------------------------

def test_feedback_is_rate_limited_per_client(tmp_path):
    c = make(tmp_path, feedback_rate_limit_per_minute=3)
    answer_id = chat(c, "你好")["answer_id"]
    codes = [c.post("/api/feedback", json={"answer_id": answer_id, "helpful": False, "comment": "差" * 1000}).status_code
             for _ in range(5)]
    assert codes == [200, 200, 200, 429, 429]
    r = c.post("/api/feedback", json={"answer_id": answer_id, "helpful": True})
    assert int(r.headers["retry-after"]) >= 1 and "频繁" in r.json()["detail"]


def test_x_forwarded_for_cannot_reset_the_limit_when_not_trusted(tmp_path):
    c = make(tmp_path, rate_limit_per_minute=2)
    codes = [c.post("/api/chat", json={"message": "你好"}, headers={"X-Forwarded-For": f"10.0.0.{n}"}).status_code
             for n in range(6)]
    assert codes == [200, 200, 429, 429, 429, 429]


def test_behind_a_trusted_proxy_the_last_forwarded_entry_counts(tmp_path):
    c = make(tmp_path, rate_limit_per_minute=2, trust_forwarded_for=True)
    # the client prepends whatever it likes; the proxy appends the address it saw (203.0.113.7)
    codes = [c.post("/api/chat", json={"message": "你好"},
                    headers={"X-Forwarded-For": f"10.0.0.{n}, 203.0.113.7"}).status_code for n in range(4)]
    assert codes == [200, 200, 429, 429]
    other = c.post("/api/chat", json={"message": "你好"}, headers={"X-Forwarded-For": "198.51.100.9"})
    assert other.status_code == 200  # another real client has its own budget


# -- the source page shows only the document's words ---------------------------------------------

def test_a_quote_not_in_the_document_is_not_echoed(retriever, tmp_path):
    settings = Settings(db_path=tmp_path / "q.sqlite3", rate_limit_per_minute=1000)
    c = TestClient(create_app(settings=settings, assistant=Assistant(retriever, settings, today=date(2026, 11, 23))))
    cite = chat(c, QUESTION)["citations"][0]
    body = c.get(f"/api/documents/{cite['doc_id']}", params={"chunk": cite["chunk_id"], "quote": PHISHING}).json()
    assert PHISHING not in str(body["highlight"])
    text = body["highlight"]["text"]  # the cited chunk's own first line instead
    para = body["paragraphs"][body["highlight"]["paragraph"]]["text"]
    assert text and text in para and "微信" not in text
    genuine = c.get(f"/api/documents/{cite['doc_id']}", params={"chunk": cite["chunk_id"], "quote": cite["quote"]})
    assert genuine.json()["highlight"]["text"] == cite["quote"]
    no_chunk = c.get(f"/api/documents/{cite['doc_id']}", params={"quote": PHISHING}).json()
    assert no_chunk["highlight"] is None


# -- headers, HEAD, API docs ----------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/", "/source.html"])
def test_pages_carry_a_csp_and_the_other_security_headers(tmp_path, path):
    c = make(tmp_path, allowed_origins=["https://gov.example.cn"])
    r = c.get(path)
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert "frame-ancestors 'self' https://gov.example.cn" in csp and "object-src 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "strict-origin-when-cross-origin"


def test_pages_have_no_inline_scripts_the_csp_would_block(tmp_path):
    c = make(tmp_path)
    for path in ("/", "/source.html"):
        html = c.get(path).text
        for tag in html.split("<script")[1:]:
            assert "src=" in tag.split(">")[0], f"inline script in {path}"


def test_json_and_the_widget_script(tmp_path):
    c = make(tmp_path)
    j = c.get("/healthz")
    assert j.headers["x-content-type-options"] == "nosniff" and "content-security-policy" not in j.headers
    w = c.get("/widget.js", headers={"Origin": "https://any-site.example"})
    assert w.headers["access-control-allow-origin"] == "*" and "content-security-policy" not in w.headers
    assert w.headers["x-content-type-options"] == "nosniff"
    assert w.headers["content-type"].startswith("application/javascript")


def test_head_on_the_demo_page(tmp_path):
    r = make(tmp_path).head("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")


def test_api_docs_can_be_turned_off(tmp_path):
    on, off = make(tmp_path), make(tmp_path, api_docs=False)
    assert on.get("/docs").status_code == 200 and on.get("/openapi.json").status_code == 200
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert off.get(path).status_code == 404
    assert off.post("/api/chat", json={"message": "你好"}).status_code == 200


# -- the body limit while a chunked upload streams in (real uvicorn) -----------------------------

def chunked_status(base: str, path: str, chunks: int, size: int = 8192, finish: bool = False) -> bytes:
    host, port = urlsplit(base).hostname, urlsplit(base).port
    with socket.create_connection((host, port), timeout=10) as s:
        s.sendall((f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
                   "Transfer-Encoding: chunked\r\n\r\n").encode())
        chunk = b" " * size
        try:
            for _ in range(chunks):
                s.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            if finish:
                s.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the server may close early: the status line is what counts
        try:
            return s.recv(64)
        except socket.timeout:
            return b""


@pytest.mark.parametrize("path", ["/api/chat", "/api/chat/stream", "/api/feedback"])
def test_a_chunked_body_over_the_limit_gets_413_before_it_ends(tmp_path, path):
    settings = Settings(db_path=tmp_path / "c.sqlite3", secret_key="chunk")
    with serve_in_thread(create_app(settings=settings, assistant=Remembering())) as base:
        assert chunked_status(base, path, chunks=16).startswith(b"HTTP/1.1 413")  # 128 KB, never finished
        small = chunked_status(base, path, chunks=1, size=10, finish=True)  # 10 spaces: not JSON, but small
        assert small.startswith(b"HTTP/1.1 422")


# -- the instance secret -------------------------------------------------------------------------

def test_the_generated_secret_is_private_and_survives_a_restart(tmp_path):
    path = tmp_path / "state" / "secret.key"
    settings = Settings(db_path=tmp_path / "s.sqlite3", secret_key="", secret_path=path)
    c = TestClient(create_app(settings=settings, assistant=Remembering()))
    sid = chat(c, "第一句")["session_id"]
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600 and len(path.read_text().strip()) >= 32
    first = path.read_text()
    from policybot import secret as secret_module

    secret_module._cache.clear()  # a new process
    again = TestClient(create_app(settings=settings, assistant=Remembering()))
    assert path.read_text() == first and instance_secret(settings) == first.strip().encode()
    assert chat(again, "第二句", sid)["context"] == "lost"  # still our id: recognised, memory gone
