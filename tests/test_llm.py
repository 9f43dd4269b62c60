"""The optional LLM polish against a local stand-in for an OpenAI-compatible endpoint."""

from __future__ import annotations

import re

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from bot.assistant import Assistant
from policybot.settings import Settings
from server.loopback import serve_in_thread

QUESTION = "贵州看病，医生一次最多给开几天的药啊？"


def stand_in(mode: dict) -> FastAPI:
    """Answers /chat/completions the way ``mode["kind"]`` says; records what it was sent."""
    app = FastAPI()

    @app.get("/healthz")
    def health():
        return {"ok": True}

    @app.post("/v1/chat/completions")
    async def complete(request: Request):
        body = await request.json()
        mode["seen"] = body
        user = body["messages"][-1]["content"]
        kind = mode["kind"]
        if kind == "error":
            return JSONResponse({"error": "overloaded"}, status_code=503)
        answer = user.split("摘录的回答：\n", 1)[1].split("\n\n引用原文", 1)[0]
        marks = "".join(re.findall(r"\[\d+\]", answer))
        if kind == "faithful":
            text = "一般门诊处方最多7日用量，慢性病可延长，最多不超过12周。" + marks
        elif kind == "invented":
            text = "处方最多开30天的药。" + marks
        else:  # drops every citation
            text = "一般门诊处方最多7日用量。"
        return {"choices": [{"message": {"role": "assistant", "content": text}}]}

    return app


@pytest.fixture(scope="module")
def llm(retriever):
    mode = {"kind": "faithful"}
    with serve_in_thread(stand_in(mode)) as base:
        settings = Settings(llm_base_url=base + "/v1", llm_model="stand-in", llm_timeout_seconds=5)
        yield Assistant(retriever, settings), mode


def test_a_faithful_rewrite_is_used_and_gets_the_cited_sources(llm):
    bot, mode = llm
    mode["kind"] = "faithful"
    ans = bot.ask("llm-1", QUESTION)
    assert ans.answer.startswith("一般门诊处方最多7日用量") and ans.citations
    sent = mode["seen"]["messages"]
    assert sent[0]["role"] == "system" and "不得增加" in sent[0]["content"]
    assert "处方一般不得超过7日用量" in sent[-1]["content"]  # the exact quotes go to the model


@pytest.mark.parametrize("kind", ["invented", "uncited", "error"])
def test_a_bad_rewrite_or_a_failing_endpoint_falls_back_to_the_extractive_answer(llm, kind):
    bot, mode = llm
    mode["kind"] = kind
    ans = bot.ask(f"llm-{kind}", QUESTION)
    assert ans.status == "answered" and ans.answer.startswith("处方一般不得超过7日用量") and "——《" in ans.answer
    assert "30天" not in ans.answer


def test_calculator_answers_are_never_rewritten(llm):
    bot, mode = llm
    mode["kind"] = "invented"
    mode.pop("seen", None)
    ans = bot.ask("llm-calc", "2023年3月出生的孩子能领多少育儿补贴")
    assert "4500元" in ans.answer and "seen" not in mode
