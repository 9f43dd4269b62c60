"""The HTTP API with FastAPI's TestClient, on the real index."""

from __future__ import annotations

import json
from datetime import date

import pytest
from fastapi.testclient import TestClient

from bot.assistant import Assistant
from policybot.settings import Settings
from server.app import RateLimiter, create_app
from server.storage import Store

QUESTION = "2023年3月出生的孩子能领多少育儿补贴？"


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    db = tmp_path_factory.mktemp("db") / "t.sqlite3"
    return Settings(db_path=db, rate_limit_per_minute=1000, allowed_origins=["https://gov.example.cn"])


@pytest.fixture(scope="module")
def client(retriever, settings):
    app = create_app(settings=settings, assistant=Assistant(retriever, settings, today=date(2026, 11, 23)))
    with TestClient(app) as c:
        yield c


def sse_events(text: str) -> list[tuple[str, object]]:
    events = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        name, data = "message", []
        for line in block.split("\n"):
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].strip())
        if data:
            events.append((name, json.loads("\n".join(data))))
    return events


def test_chat_answers_with_citations_and_calculation(client, settings):
    r = client.post("/api/chat", json={"session_id": "", "message": QUESTION})
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "answered" and "4500元" in body["answer"]
    assert body["citations"][0]["doc_number"] == "甘卫人口发〔2025〕65号"
    assert body["calculation"]["result"] == "4500" and body["answer_id"]
    assert body["context"] == "new" and body["session_id"]
    assert "retrieved" not in body
    stored = Store(settings.db_path).answers()
    assert any(a["answer_id"] == body["answer_id"] and a["question"] == QUESTION for a in stored)


def test_a_new_session_id_is_issued_when_none_is_sent(client):
    r = client.post("/api/chat", json={"message": "河北断保3年等待期多长？"})
    assert r.status_code == 200 and len(r.json()["session_id"]) >= 16


def test_streaming_sends_the_answer_then_citations_and_calculation(client):
    plain = client.post("/api/chat", json={"session_id": "s-plain", "message": QUESTION}).json()
    r = client.post("/api/chat/stream", json={"session_id": "s-stream", "message": QUESTION})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    events = sse_events(r.text)
    names = [n for n, _ in events]
    assert names[0] == "meta" and names[-1] == "done"
    assert names.index("citations") > max(i for i, n in enumerate(names) if n == "delta")
    text = "".join(d["text"] for n, d in events if n == "delta")
    assert text == plain["answer"]
    calc = next(d for n, d in events if n == "calculation")
    assert calc["result"] == "4500"


@pytest.mark.parametrize("payload,content_type", [
    (b"{not json", "application/json"),
    (b"[1, 2, 3]", "application/json"),
    (b'{"message": 42}', "application/json"),
    (b'{"session_id": "x"}', "application/json"),
    (b'{"message": null}', "application/json"),
    (b"message=hi", "application/x-www-form-urlencoded"),
    (b"\xff\xfe\x00garbage", "application/json"),
    (b"", "application/json"),
])
def test_malformed_requests_get_a_chinese_422_never_a_500(client, payload, content_type):
    r = client.post("/api/chat", content=payload, headers={"Content-Type": content_type})
    assert r.status_code == 422
    assert "请求格式不正确" in r.json()["detail"]


def test_oversize_messages_and_bodies_get_413(client):
    r = client.post("/api/chat", json={"message": "育" * 1500})
    assert r.status_code == 413 and "1000字" in r.json()["detail"]
    r = client.post("/api/chat", content=b'{"message": "' + b"a" * 70000 + b'"}', headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and "太大" in r.json()["detail"]


def test_rate_limit_per_client(retriever, tmp_path):
    s = Settings(db_path=tmp_path / "rl.sqlite3", rate_limit_per_minute=3)
    app = create_app(settings=s, assistant=Assistant(retriever, s))
    with TestClient(app) as c:
        codes = [c.post("/api/chat", json={"message": "育儿补贴怎么申请"}).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        r = c.post("/api/chat", json={"message": "育儿补贴怎么申请"})
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1 and "频繁" in r.json()["detail"]


def test_rate_limiter_refills():
    now = [0.0]
    rl = RateLimiter(60, clock=lambda: now[0])
    assert all(rl.allow("a")[0] for _ in range(60)) and not rl.allow("a")[0]
    now[0] = 1.0
    assert rl.allow("a")[0] and rl.allow("b")[0]


def test_cors_allowlist(client):
    ok = client.options("/api/chat", headers={"Origin": "https://gov.example.cn", "Access-Control-Request-Method": "POST",
                                              "Access-Control-Request-Headers": "content-type"})
    assert ok.headers.get("access-control-allow-origin") == "https://gov.example.cn"
    bad = client.options("/api/chat", headers={"Origin": "https://evil.example.com", "Access-Control-Request-Method": "POST"})
    assert bad.headers.get("access-control-allow-origin") is None


def test_feedback_is_tied_to_an_answer(client, settings):
    answer_id = client.post("/api/chat", json={"session_id": "fb", "message": QUESTION}).json()["answer_id"]
    r = client.post("/api/feedback", json={"answer_id": answer_id, "helpful": False, "comment": "想知道去哪里申请"})
    assert r.status_code == 200 and r.json() == {"ok": True}
    assert client.post("/api/feedback", json={"answer_id": "nope", "helpful": True}).status_code == 404
    assert client.post("/api/feedback", json={"answer_id": answer_id}).status_code == 422
    report = Store(settings.db_path).report()
    assert report.not_helpful >= 1 and any(f["comment"] == "想知道去哪里申请" for f in report.unhelpful)


def test_documents_and_a_located_citation(client):
    docs = client.get("/api/documents").json()
    assert docs["count"] == 98
    cite = client.post("/api/chat", json={"session_id": "doc", "message": QUESTION}).json()["citations"][0]
    r = client.get(f"/api/documents/{cite['doc_id']}", params={"chunk": cite["chunk_id"], "quote": cite["quote"]})
    body = r.json()
    h = body["highlight"]
    para = body["paragraphs"][h["paragraph"]]["text"]
    assert para[h["start"]:h["end"]] == cite["quote"]
    assert body["doc"]["doc_number"] == "甘卫人口发〔2025〕65号"
    assert client.get("/api/documents/no-such-doc").status_code == 404


def test_health_readiness_docs_and_static(client, settings):
    assert client.get("/healthz").json() == {"ok": True}
    ready = client.get("/readyz").json()
    assert ready["ready"] and ready["documents"] == 98
    assert "/api/chat" in client.get("/openapi.json").json()["paths"]
    assert client.get("/widget.js").status_code == 200
    assert client.get("/").headers["content-type"].startswith("text/html")
    not_ready = create_app(settings=settings, assistant=None)  # lifespan not started: nothing loaded
    c = TestClient(not_ready)
    assert c.get("/readyz").status_code == 503
    r = c.post("/api/chat", json={"message": QUESTION})
    assert r.status_code == 503 and "启动" in r.json()["detail"]


def test_report_summarises_questions_unanswered_and_feedback(client, settings, capsys, monkeypatch):
    client.post("/api/chat", json={"session_id": "rep", "message": "2025年甘肃高考一本分数线是多少？"})
    from policybot import cli

    monkeypatch.setattr(cli, "get_settings", lambda: settings)
    assert cli.main(["report"]) == 0
    out = capsys.readouterr().out
    assert "问题总数" in out and "no_answer" in out and "高考" in out and "没帮助" in out


def test_schema_migrations_are_versioned(tmp_path):
    store = Store(tmp_path / "m.sqlite3")
    assert store.version == 1
    store.close()
    again = Store(tmp_path / "m.sqlite3")  # re-opening runs nothing twice
    assert again.version == 1
