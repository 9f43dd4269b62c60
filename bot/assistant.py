"""``Assistant.ask(session_id, message)``: the one entry point the web API, the WeChat
webhooks and the evaluation harness all call."""

from __future__ import annotations

import time
import uuid

from policybot.settings import Settings, get_settings
from policybot.types import Answer, Citation

from .retrieve import Retriever
from .sessions import SessionStore

RETRIEVE_K = 10


class Assistant:
    def __init__(self, retriever: Retriever, settings: Settings | None = None):
        self.settings = settings or get_settings()
        self.retriever = retriever
        self.sessions = SessionStore(self.settings.session_ttl_seconds, self.settings.max_sessions)

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> "Assistant":
        from embeddings.encoder import Encoder
        from embeddings.store import load_index

        s = settings or get_settings()
        encoder = Encoder(s.model, batch_size=s.embed_batch_size, threads=s.torch_threads or None)
        retriever = Retriever(load_index(s.index_dir), encoder)
        return cls(retriever, s)

    def ask(self, session_id: str, message: str) -> Answer:
        t0 = time.perf_counter()
        session = self.sessions.get(session_id or "anonymous")
        text = (message or "").strip()
        if not text:
            ans = Answer(status="rejected", answer="请输入您的问题，例如：2023年3月出生的孩子能领多少育儿补贴？")
        elif len(text) > self.settings.max_message_chars:
            ans = Answer(status="rejected",
                         answer=f"问题太长了（{len(text)}字），请精简到{self.settings.max_message_chars}字以内再问。")
        else:
            query = text if not session.last_query else f"{session.last_query} {text}"
            hits = self.retriever.search(query, k=RETRIEVE_K)
            ans = self._extract(hits)
            ans.retrieved = [h.passage() for h in hits]
            session.last_query = text
        session.remember(text, ans.status)
        ans.session_id = session.session_id
        ans.answer_id = uuid.uuid4().hex[:12]
        ans.latency_ms = round((time.perf_counter() - t0) * 1000, 2)
        return ans

    def _extract(self, hits) -> Answer:
        if not hits:
            return Answer(status="no_answer", answer="所提供的政策文件中没有找到相关内容。")
        h = hits[0]
        first = h.chunk.text.split("\n")[0]
        cite = Citation(n=1, doc_id=h.doc.doc_id, doc_title=h.doc.title, doc_number=h.doc.doc_number,
                        issuer=h.doc.issuer, date=h.doc.written_date or h.doc.published_date,
                        region=h.doc.region, quote=first, chunk_id=h.chunk.chunk_id,
                        heading=" › ".join(h.chunk.heading_path[1:]), source=h.doc.source,
                        line_start=h.chunk.line_start, line_end=h.chunk.line_end)
        return Answer(status="answered", answer=f"{h.chunk.text}[1]", citations=[cite])
