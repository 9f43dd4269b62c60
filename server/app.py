"""The HTTP service: JSON and streaming chat, documents, feedback, health, the widget.

Routes are thin: validate, call ``Assistant.ask`` in the thread pool, store the turn, return the
answer. Everything configurable comes from ``policybot.settings.Settings``. A malformed request
gets a clear 4xx with a Chinese message, never a 500.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
import threading
import time
from collections import OrderedDict
from contextlib import asynccontextmanager
from functools import lru_cache
from pathlib import Path
from typing import Annotated

import anyio
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel, BeforeValidator, Field
from sse_starlette.sse import EventSourceResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ingest.text import norm_key
from policybot.settings import Settings, get_settings
from policybot.types import Answer

from policybot.secret import SessionIds, instance_secret, keyed_hash

from .admin import MAX_UPLOAD_BYTES, admin_router
from .middleware import BodyLimit, SecurityHeaders
from .storage import Store, well_formed
from .wechat import Channel, Rejected

log = logging.getLogger("policybot.server")
STATIC = Path(__file__).with_name("static")
MAX_BODY_BYTES = 64 * 1024

MSG_BAD_REQUEST = '请求格式不正确：请发送 JSON，例如 {"session_id": "abc", "message": "2023年3月出生的孩子能领多少育儿补贴？"}'
MSG_TOO_LARGE = "请求太大了，请精简问题后再发送。"
MSG_NOT_READY = "服务正在启动，请稍后再试。"
MSG_SERVER_ERROR = "服务暂时出错了，请稍后再试。"
MSG_RATE = "提问太频繁了，请稍等片刻再问。"
MSG_FEEDBACK_RATE = "反馈提交太频繁了，请稍后再试。"
MSG_DOCUMENT_RATE = "打开文件太频繁了，请稍后再试。"
MSG_BAD_FEEDBACK = '请求格式不正确：请发送 JSON，例如 {"answer_id": "…", "helpful": true, "comment": "想知道去哪里申请"}'
FRAMEWORK_MESSAGES = {404: "找不到这个地址。", 405: "不支持这种请求方法。", 413: MSG_TOO_LARGE}
_CJK = re.compile(r"[\u4e00-\u9fff]")


def bad_request_message(path: str) -> str:
    return MSG_BAD_FEEDBACK if path.startswith("/api/feedback") else MSG_BAD_REQUEST


Clean = Annotated[str, BeforeValidator(lambda v: well_formed(v) if isinstance(v, str) else v)]


class ChatRequest(BaseModel):
    session_id: Clean = Field(default="", max_length=128, description="conversation id; empty starts a new one")
    message: Clean = Field(description="the user's question")


class FeedbackRequest(BaseModel):
    answer_id: Clean = Field(min_length=1, max_length=64)
    helpful: bool
    comment: Clean = Field(default="", max_length=1000)


class ChatResponse(BaseModel):
    status: str
    answer: str
    citations: list[dict]
    calculation: dict | None
    choices: list[str]
    session_id: str
    answer_id: str
    latency_ms: float
    context: str = Field(description="new: a new conversation; continued; lost: the earlier context is gone")


class RateLimiter:
    """Per-client token bucket: ``per_minute`` requests, refilled continuously."""

    def __init__(self, per_minute: int, max_clients: int = 50000, clock=time.monotonic):
        self.rate = per_minute / 60.0
        self.capacity = float(per_minute)
        self.clock = clock
        self.max_clients = max_clients
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, key: str) -> tuple[bool, float]:
        """(allowed, seconds until the next token)."""
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.pop(key, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            allowed = tokens >= 1.0
            if allowed:
                tokens -= 1.0
            self._buckets[key] = (tokens, now)
            while len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)
        return allowed, 0.0 if allowed else (1.0 - tokens) / self.rate


def client_key(request: Request, settings: Settings) -> str:
    """The address a rate limit counts.

    ``X-Forwarded-For`` is read only when the request comes from a proxy we trust: an address in
    ``trusted_proxies`` (or any peer, with ``trust_forwarded_for``, for one proxy in front). Its
    entries are then walked from the right, past the trusted proxies, to the first hop we do not
    trust: that is the client. Entries further left are whatever the client chose to send."""
    peer = request.client.host if request.client else "unknown"
    trusted = _networks(tuple(settings.trusted_proxies))
    if not (settings.trust_forwarded_for or _inside(peer, trusted)):
        return peer
    hops = [h.strip() for h in request.headers.get("x-forwarded-for", "").split(",") if h.strip()]
    for hop in reversed(hops):
        if not _inside(hop, trusted):
            return hop
    return hops[0] if hops else peer


@lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(e.strip(), strict=False) for e in entries if e.strip())


def _inside(address: str, networks: tuple) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in n for n in networks)


def public_answer(ans: Answer) -> dict:
    return ans.model_dump(exclude={"retrieved"})


def create_app(settings: Settings | None = None, assistant=None, store: Store | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if app.state.assistant is None:
            threading.Thread(target=_load_assistant, args=(app, settings), daemon=True).start()
        yield
        app.state.store.close()

    docs = dict(docs_url="/docs", redoc_url="/redoc", openapi_url="/openapi.json") if settings.api_docs else \
        dict(docs_url=None, redoc_url=None, openapi_url=None)
    app = FastAPI(title="policybot", version="0.1.0", lifespan=lifespan, **docs,
                  description="政策问答助手：基于官方文件的有出处、可核对的回答。")
    app.state.assistant = assistant
    app.state.load_error = ""
    app.state.store = store or Store(settings.db_path, settings.log_retention_days)
    app.state.limiter = RateLimiter(settings.rate_limit_per_minute)
    app.state.feedback_limiter = RateLimiter(settings.feedback_rate_limit_per_minute)
    app.state.document_limiter = RateLimiter(settings.document_rate_limit_per_minute)
    app.state.settings = settings
    app.state.session_ids = session_ids = SessionIds(instance_secret(settings), "web")
    app.add_middleware(CORSMiddleware, allow_origins=settings.allowed_origins, allow_methods=["GET", "POST"],
                       allow_headers=["Content-Type"], max_age=600)

    def body_limit(path: str) -> int:
        return MAX_UPLOAD_BYTES if settings.admin_token and path == "/admin/api/preview" else MAX_BODY_BYTES

    app.add_middleware(BodyLimit, limit_for=body_limit, detail=MSG_TOO_LARGE)
    app.add_middleware(SecurityHeaders, allowed_origins=settings.allowed_origins)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        return JSONResponse({"detail": bad_request_message(request.url.path)}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        headers = getattr(exc, "headers", None)
        detail = exc.detail
        if not (isinstance(detail, str) and _CJK.search(detail)):  # the framework's own, English wording
            detail = bad_request_message(request.url.path) if exc.status_code == 400 else \
                FRAMEWORK_MESSAGES.get(exc.status_code, MSG_BAD_REQUEST)
        return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=headers)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        return JSONResponse({"detail": MSG_SERVER_ERROR}, status_code=500)

    def ready_assistant():
        a = app.state.assistant
        if a is None:
            raise HTTPException(503, app.state.load_error or MSG_NOT_READY, headers={"Retry-After": "5"})
        return a

    def limit(limiter: RateLimiter, request: Request, message: str) -> None:
        allowed, wait = limiter.allow(client_key(request, settings))
        if not allowed:
            raise HTTPException(429, message, headers={"Retry-After": str(max(1, int(wait + 0.999)))})

    def check(request: Request, body: ChatRequest) -> str:
        ready_assistant()  # a 503 during start-up does not use up the client's budget
        limit(app.state.limiter, request, MSG_RATE)
        if len(body.message) > settings.max_message_chars:
            raise HTTPException(413, f"问题太长了（{len(body.message)}字），请精简到{settings.max_message_chars}字以内。")
        return body.session_id.strip()

    def conversation(sent: str) -> tuple[str, str]:
        """(public session id, context). Only ids this server signed continue a conversation: an
        empty, made-up or other channel's id starts a new one, so nobody can join someone else's."""
        if not session_ids.valid(sent):
            return session_ids.issue(), "new"
        memory = getattr(ready_assistant(), "sessions", None)
        if memory is None or memory.alive(session_ids.internal(sent)):
            return sent, "continued"
        return sent, "lost"  # signed by us, but forgotten (expired, evicted or a restart)

    async def answer(body: ChatRequest, sent: str) -> tuple[Answer, str]:
        a = ready_assistant()
        public, context = conversation(sent)
        internal = session_ids.internal(public)
        ans = await anyio.to_thread.run_sync(a.ask, internal, body.message)
        logged = "web:" + keyed_hash(session_ids.secret, "log:web", public)  # the log cannot resume a session
        await anyio.to_thread.run_sync(app.state.store.log_answer, ans, body.message, "web", logged)
        return ans.model_copy(update={"session_id": public}), context

    @app.post("/api/chat", response_model=ChatResponse, summary="Ask a question; get a cited answer")
    async def chat(request: Request, body: ChatRequest):
        sent = check(request, body)
        ans, context = await answer(body, sent)
        return {**public_answer(ans), "context": context}

    @app.post("/api/chat/stream", summary="Ask a question; the answer streams as Server-Sent Events")
    async def chat_stream(request: Request, body: ChatRequest):
        sent = check(request, body)

        async def events():
            try:
                ans, context = await answer(body, sent)
            except HTTPException as exc:
                yield {"event": "error", "data": json.dumps({"detail": exc.detail}, ensure_ascii=False)}
                return
            except Exception:  # the response has started: the error must be an event, not a 500
                log.exception("unhandled error while streaming an answer")
                yield {"event": "error", "data": json.dumps({"detail": MSG_SERVER_ERROR}, ensure_ascii=False)}
                return
            yield {"event": "meta", "data": json.dumps({"answer_id": ans.answer_id, "session_id": ans.session_id,
                                                       "status": ans.status, "context": context}, ensure_ascii=False)}
            for piece in stream_pieces(ans.answer):
                yield {"event": "delta", "data": json.dumps({"text": piece}, ensure_ascii=False)}
            yield {"event": "citations", "data": json.dumps([c.model_dump() for c in ans.citations], ensure_ascii=False)}
            yield {"event": "calculation", "data": json.dumps(ans.calculation.model_dump() if ans.calculation else None,
                                                              ensure_ascii=False)}
            yield {"event": "choices", "data": json.dumps(ans.choices, ensure_ascii=False)}
            yield {"event": "done", "data": json.dumps({"latency_ms": ans.latency_ms})}

        return EventSourceResponse(events(), ping=15)

    @app.post("/api/feedback", summary="Mark an answer helpful or not")
    async def feedback(request: Request, body: FeedbackRequest):
        limit(app.state.feedback_limiter, request, MSG_FEEDBACK_RATE)
        ok = await anyio.to_thread.run_sync(app.state.store.add_feedback, body.answer_id, body.helpful, body.comment)
        if not ok:
            raise HTTPException(404, "找不到这条回答，无法记录反馈。")
        return {"ok": True}

    @app.get("/api/documents", summary="The corpus: every policy document with its metadata")
    async def documents(request: Request):
        a = ready_assistant()
        limit(app.state.document_limiter, request, MSG_DOCUMENT_RATE)
        docs = [d.meta() for d in a.retriever.docs.values() if d.kind == "policy"]
        return {"count": len(docs), "documents": docs}

    @app.get("/api/documents/{doc_id}", summary="One document's cleaned text, with a cited passage located")
    async def document(request: Request, doc_id: str, chunk: str = Query(default=""),
                       quote: str = Query(default="", max_length=2000)):
        a = ready_assistant()
        limit(app.state.document_limiter, request, MSG_DOCUMENT_RATE)
        doc = a.retriever.docs.get(doc_id)
        if doc is None or doc.kind != "policy":
            raise HTTPException(404, "找不到这份文件。")
        paragraphs = [{"text": p.text, "kind": p.kind, "line_start": p.line_start, "line_end": p.line_end}
                      for p in doc.paragraphs]
        c = next((c for c in a.retriever.chunks if c.chunk_id == chunk and c.doc_id == doc_id), None) if chunk else None
        return {"doc": doc.meta(), "paragraphs": paragraphs, "highlight": highlight(paragraphs, c, quote)}

    @app.get("/healthz", summary="The process is alive")
    async def healthz():
        return {"ok": True}

    @app.get("/readyz", summary="The index is loaded and questions can be answered")
    async def readyz():
        a = app.state.assistant
        if a is None:
            return JSONResponse({"ready": False, "detail": app.state.load_error or MSG_NOT_READY}, status_code=503)
        m = a.retriever.index.manifest
        return {"ready": True, "documents": m.policy_documents, "chunks": m.chunks, "model": m.model,
                "index_version": m.version}

    if settings.admin_token:  # the maintainer page exists only when a token is configured
        app.include_router(admin_router(app, settings))

    # -- WeChat official account and WeCom webhooks -----------------------------------------
    channels = make_channels(app, settings)
    app.state.channels = channels

    def channel_or_404(kind: str) -> Channel:
        ch = channels.get(kind)
        if ch is None:
            raise HTTPException(404, f"{'企业微信' if kind == 'wecom' else '微信公众号'}接入未配置。")
        return ch

    async def verify(kind: str, request: Request):
        ch = channel_or_404(kind)
        try:
            echo = ch.verify_url(dict(request.query_params))
        except Rejected as exc:
            log.warning("%s verification refused: %s", kind, exc.reason)
            return PlainTextResponse("forbidden", status_code=exc.status)
        return PlainTextResponse(echo)

    async def deliver(kind: str, request: Request):
        ch = channel_or_404(kind)
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            return PlainTextResponse("too large", status_code=413)
        try:
            content, media = await anyio.to_thread.run_sync(ch.handle, dict(request.query_params), body)
        except Rejected as exc:
            log.warning("%s delivery refused: %s", kind, exc.reason)
            return PlainTextResponse("forbidden" if exc.status == 403 else "bad request", status_code=exc.status)
        return Response(content, media_type=media)

    @app.get("/wechat", summary="WeChat official account: URL verification")
    async def wechat_verify(request: Request):
        return await verify("mp", request)

    @app.post("/wechat", summary="WeChat official account: message push (plaintext, compatibility or safe mode)")
    async def wechat_message(request: Request):
        return await deliver("mp", request)

    @app.get("/wecom", summary="WeCom: URL verification (signed, encrypted echostr)")
    async def wecom_verify(request: Request):
        return await verify("wecom", request)

    @app.post("/wecom", summary="WeCom: message push (always encrypted)")
    async def wecom_message(request: Request):
        return await deliver("wecom", request)

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    async def demo():
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/widget.js", include_in_schema=False)
    async def widget():
        return FileResponse(STATIC / "widget.js", media_type="application/javascript; charset=utf-8",
                            headers={"Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*"})

    @app.get("/source.html", include_in_schema=False)
    async def source_page():
        return FileResponse(STATIC / "source.html", media_type="text/html; charset=utf-8")

    @app.get("/source.js", include_in_schema=False)
    async def source_script():
        return FileResponse(STATIC / "source.js", media_type="application/javascript; charset=utf-8",
                            headers={"Cache-Control": "public, max-age=300"})

    return app


def make_channels(app: FastAPI, settings: Settings) -> dict[str, Channel]:
    """The webhooks that are configured (a token is the minimum; WeCom also needs its key)."""
    getter = lambda: app.state.assistant  # noqa: E731 — read at delivery time, after loading
    out: dict[str, Channel] = {}
    common = dict(budget_seconds=settings.wechat_reply_budget_seconds, secret=app.state.session_ids.secret,
                  max_skew_seconds=settings.wechat_max_timestamp_skew_seconds)
    if settings.wechat_token:
        out["mp"] = Channel("mp", getter, app.state.store, token=settings.wechat_token,
                            aes_key=settings.wechat_aes_key, app_id=settings.wechat_appid, **common)
    if settings.wecom_token and settings.wecom_aes_key:
        out["wecom"] = Channel("wecom", getter, app.state.store, token=settings.wecom_token,
                               aes_key=settings.wecom_aes_key, app_id=settings.wecom_corp_id, **common)
    return out


def _load_assistant(app: FastAPI, settings: Settings) -> None:
    try:
        from bot.assistant import Assistant

        assistant = Assistant.from_settings(settings)
        assistant.warm_up()
        app.state.assistant = assistant
        log.info("assistant ready")
    except Exception as exc:  # the service stays up and says why on /readyz
        log.exception("cannot load the assistant")
        app.state.load_error = f"索引加载失败：{exc}"
        return
    app.state.index_watcher = IndexWatcher(app, settings)
    if settings.index_watch_seconds > 0:
        app.state.index_watcher.start()


class IndexWatcher(threading.Thread):
    """Follows the index pointer (``CURRENT``) that ``ingest add/remove/replace`` and ``build``
    move. A new version is loaded and warmed up beside the live one, then swapped in with one
    assignment: requests in flight finish on the old index, the next ones get the new, none fails.
    A version that cannot be loaded is logged and the old one keeps serving."""

    def __init__(self, app: FastAPI, settings: Settings):
        super().__init__(daemon=True, name="index-watcher")
        self.app, self.settings = app, settings
        self.stop = threading.Event()

    def pointer(self) -> str:
        try:
            return (Path(self.settings.index_dir) / "CURRENT").read_text().strip()
        except OSError:
            return ""

    def run(self) -> None:
        while not self.stop.wait(self.settings.index_watch_seconds):
            self.check()

    def check(self) -> bool:
        live = self.app.state.assistant
        version = self.pointer()
        if live is None or not version or version == live.retriever.index.path.name:
            return False
        if version == getattr(self, "failed", ""):
            return False
        try:
            from embeddings.store import load_index

            fresh = live.reloaded(load_index(self.settings.index_dir))
            fresh.warm_up()
        except Exception:  # a half-written or broken version: keep serving the old one
            log.exception("cannot load index version %s; still serving %s", version, live.retriever.index.path.name)
            self.failed = version
            return False
        self.app.state.assistant = fresh
        self.app.state.index_swaps = getattr(self.app.state, "index_swaps", 0) + 1
        log.info("index version %s is live", version)
        return True


_PIECE = re.compile(r"[^。！？\n]*[。！？\n]?(?:\[\d+\])*")


def stream_pieces(text: str) -> list[str]:
    """The answer in the order it was composed: sentence by sentence."""
    return [p for p in _PIECE.findall(text) if p]


def highlight(paragraphs: list[dict], chunk, quote: str) -> dict | None:
    """The passage to mark on the source page, as the document's own text.

    A quote counts only where it is found inside the cited chunk's paragraphs (or, with no chunk
    named, anywhere in the document); otherwise the chunk's first line is marked. The page shows
    ``text``, never the quote it was asked for, so a link cannot make it display words the
    document does not contain."""
    inside = [i for i, p in enumerate(paragraphs)
              if chunk is None or (p["line_start"] <= chunk.line_end and p["line_end"] >= chunk.line_start)]
    spot = locate(paragraphs, inside, quote.strip())
    if spot is None and chunk is not None:
        spot = locate(paragraphs, inside, chunk.text.split("\n")[0].strip())
    if spot is None:
        return None
    return {**spot, "text": paragraphs[spot["paragraph"]]["text"][spot["start"]:spot["end"]]}


def locate(paragraphs: list[dict], among: list[int], quote: str) -> dict | None:
    """Where a passage sits among some paragraphs: the exact text, else (whitespace or
    punctuation differing) the whole paragraph that holds it."""
    if not quote:
        return None
    for i in among:
        k = paragraphs[i]["text"].find(quote)
        if k >= 0:
            return {"paragraph": i, "start": k, "end": k + len(quote)}
    key = norm_key(quote)[:60]
    for i in among:
        if key and key in norm_key(paragraphs[i]["text"]):
            return {"paragraph": i, "start": 0, "end": len(paragraphs[i]["text"])}
    return None
