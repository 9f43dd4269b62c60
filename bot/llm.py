"""Optional LLM polish: an OpenAI-compatible chat endpoint rewrites an extractive answer into
smoother prose. The extractive answer stays the source of truth: the rewrite is used only if it
keeps the citation markers and states no number that the cited passages do not hold; on any
error, timeout or failed check the extractive answer is returned unchanged.

Enabled by ``POLICYBOT_LLM_BASE_URL`` (+ ``POLICYBOT_LLM_MODEL``, ``POLICYBOT_LLM_API_KEY``).
"""

from __future__ import annotations

import logging
import re

import httpx
from langchain_core.prompts import ChatPromptTemplate

from policybot.types import Citation
from prompts import text_file

from .compose import unsupported_numbers

log = logging.getLogger("policybot.llm")
_MARK = re.compile(r"\[\d+\]")


class Rewriter:
    def __init__(self, base_url: str, model: str, api_key: str = "", timeout: float = 8.0):
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self.headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.timeout = timeout
        self.prompt = ChatPromptTemplate.from_messages(
            [("system", text_file("llm_system.txt")), ("human", text_file("llm_user.txt"))])

    def _messages(self, question: str, answer: str, citations: list[Citation]) -> list[dict]:
        sources = "\n".join(f"[{c.n}]《{c.doc_title}》{c.doc_number}：{c.quote}" for c in citations)
        roles = {"system": "system", "human": "user", "ai": "assistant"}
        return [{"role": roles[m.type], "content": m.content}
                for m in self.prompt.format_messages(question=question, answer=answer, sources=sources)]

    def rewrite(self, question: str, answer: str, citations: list[Citation]) -> str | None:
        """The polished answer, or None if the endpoint failed or the rewrite fails a check."""
        try:
            r = httpx.post(self.url, headers=self.headers, timeout=self.timeout, json={
                "model": self.model, "temperature": 0,
                "messages": self._messages(question, answer, citations)})
            r.raise_for_status()
            text = r.json()["choices"][0]["message"]["content"].strip()
        except (httpx.HTTPError, KeyError, IndexError, TypeError, ValueError) as exc:
            log.warning("LLM rewrite unavailable: %s", exc)
            return None
        return text if self.acceptable(text, answer, citations) else None

    @staticmethod
    def acceptable(text: str, answer: str, citations: list[Citation]) -> bool:
        if not text or len(text) > 2 * len(answer) + 200:
            return False
        marks = set(_MARK.findall(text))
        if not marks or not marks <= set(_MARK.findall(answer)):
            return False  # lost every citation, or made one up
        sources = [c.quote for c in citations] + [c.doc_number for c in citations] + [c.doc_title for c in citations]
        if unsupported_numbers(text, sources):
            log.warning("LLM rewrite dropped: it states numbers the sources do not hold")
            return False
        return True
