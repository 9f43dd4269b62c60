"""The maintainer page, ``/admin``: served only when ``POLICYBOT_ADMIN_TOKEN`` is set.

A maintainer uploads a file, sees how ingestion split it and what metadata it found (title,
发文字号, region, dates, whether it is in force) before anything changes, then commits it: the file
goes through the same validation and index update as ``policybot ingest add``, and the running
service swaps to the new index without a restart. The page also lists and removes sources, and
shows unanswered questions, unhelpful answers and the last evaluation run.

Every ``/admin/api`` call needs ``Authorization: Bearer <token>``; the token is compared in
constant time. Uploads wait in a staging folder beside the corpus until committed or discarded.
"""

from __future__ import annotations

import hmac
import json
import re
import shutil
import threading
import time
import uuid
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field

from ingest.loaders import MAX_BYTES, SUPPORTED, IngestError
from policybot.settings import Settings

STATIC = Path(__file__).with_name("static")
SAFE_NAME = re.compile(r"[^\w.\-\u4e00-\u9fff（）()]+")
MAX_UPLOAD_BYTES = MAX_BYTES


class Commit(BaseModel):
    upload_id: str = Field(min_length=8, max_length=64, pattern=r"^[0-9a-f]+$")


class Remove(BaseModel):
    source: str = Field(min_length=1, max_length=255)


def staging_dir(settings: Settings) -> Path:
    return Path(settings.corpus_dir).parent / "staging"


def eval_history(settings: Settings) -> Path:
    return Path(settings.db_path).parent / "eval-history.jsonl"


def admin_router(app, settings: Settings) -> APIRouter:
    router = APIRouter()
    lock = threading.Lock()  # one corpus change at a time

    def authorised(request: Request) -> None:
        header = request.headers.get("authorization", "")
        token = header[7:] if header.lower().startswith("bearer ") else ""
        if not token or not hmac.compare_digest(token.encode(), settings.admin_token.encode()):
            raise HTTPException(401, "需要管理员令牌 (admin token required)", headers={"WWW-Authenticate": "Bearer"})

    def encoder():
        a = app.state.assistant
        if a is not None:
            return a.retriever.encoder
        from embeddings.encoder import Encoder

        return Encoder(settings.model, batch_size=settings.embed_batch_size)

    def swap_now() -> None:
        watcher = getattr(app.state, "index_watcher", None)
        if watcher is not None:
            watcher.check()

    @router.get("/admin", include_in_schema=False)
    async def page():
        return FileResponse(STATIC / "admin.html", media_type="text/html; charset=utf-8")

    @router.get("/admin/admin.js", include_in_schema=False)
    async def script():
        return FileResponse(STATIC / "admin.js", media_type="application/javascript; charset=utf-8")

    @router.post("/admin/api/preview", dependencies=[Depends(authorised)])
    async def preview(request: Request, name: str):
        """The raw file is the body; ``name`` its file name. Nothing is added yet."""
        from bot.grounding import currency_status
        from ingest.pipeline import chunk_documents, ingest_file

        clean = SAFE_NAME.sub("_", Path(name).name).strip("._") or "upload"
        if Path(clean).suffix.lower() not in SUPPORTED:
            raise HTTPException(422, f"{clean}: 不支持的格式；支持 {', '.join(sorted(SUPPORTED))}")
        data = bytearray()
        async for piece in request.stream():
            data += piece
            if len(data) > MAX_UPLOAD_BYTES:
                raise HTTPException(413, f"{clean}: 文件过大 (> {MAX_UPLOAD_BYTES // 1024 // 1024} MB)")
        upload_id = uuid.uuid4().hex
        folder = staging_dir(settings) / upload_id
        folder.mkdir(parents=True)
        path = folder / clean
        path.write_bytes(bytes(data))
        try:
            docs, report = ingest_file(path)
        except IngestError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            raise HTTPException(422, str(exc)) from exc
        today = app.state.assistant.today() if app.state.assistant is not None else None
        out = []
        for d in docs:
            chunks = chunk_documents([d]) if d.kind == "policy" else []
            out.append({"kind": d.kind, "title": d.title, "doc_number": d.doc_number, "issuer": d.issuer,
                        "region": d.region, "region_detail": d.region_detail,
                        "date": d.written_date or d.published_date, "effective_date": d.effective_date,
                        "expiry_date": d.expiry_date, "status": currency_status(d, today),
                        "chunks": len(chunks), "first_passages": [c.text[:160] for c in chunks[:3]]})
        exists = (Path(settings.corpus_dir) / clean).exists()
        return {"upload_id": upload_id, "source": clean, "layout": report.layout, "documents": out,
                "replaces_existing": exists}

    @router.post("/admin/api/commit", dependencies=[Depends(authorised)])
    def commit(body: Commit):
        from embeddings.build import add_documents

        folder = staging_dir(settings) / body.upload_id
        files = [p for p in folder.iterdir()] if folder.is_dir() else []
        if not files:
            raise HTTPException(404, "没有这个待提交的文件，请重新上传 (no such upload)")
        with lock:
            try:
                result, reports = add_documents(files, settings.corpus_dir, settings.index_dir, encoder())
            except IngestError as exc:
                raise HTTPException(422, str(exc)) from exc
            finally:
                shutil.rmtree(folder, ignore_errors=True)
        swap_now()
        m = result.manifest
        return {"added": [r.source for r in reports], "policy_documents": m.policy_documents, "chunks": m.chunks,
                "index_version": m.version}

    @router.post("/admin/api/discard", dependencies=[Depends(authorised)])
    def discard(body: Commit):
        shutil.rmtree(staging_dir(settings) / body.upload_id, ignore_errors=True)
        return {"ok": True}

    @router.get("/admin/api/sources", dependencies=[Depends(authorised)])
    def sources():
        from bot.grounding import currency_status

        a = app.state.assistant
        if a is None:
            raise HTTPException(503, "服务正在启动，请稍后再试。")
        by_source: dict[str, list] = {}
        for d in a.retriever.docs.values():
            if d.kind == "policy":
                by_source.setdefault(d.source, []).append(
                    {"doc_id": d.doc_id, "title": d.title, "doc_number": d.doc_number, "region": d.region,
                     "date": d.written_date or d.published_date, "status": currency_status(d, a.today())})
        return {"index_version": a.retriever.index.manifest.version,
                "sources": [{"source": s, "documents": docs} for s, docs in sorted(by_source.items())]}

    @router.post("/admin/api/remove", dependencies=[Depends(authorised)])
    def remove(body: Remove):
        from embeddings.build import remove_documents

        with lock:
            try:
                result = remove_documents([Path(body.source).name], settings.corpus_dir, settings.index_dir, encoder())
            except IngestError as exc:
                raise HTTPException(404 if "没有" in str(exc) else 422, str(exc)) from exc
        swap_now()
        return {"removed": body.source, "policy_documents": result.manifest.policy_documents,
                "index_version": result.manifest.version}

    @router.get("/admin/api/report", dependencies=[Depends(authorised)])
    def report(days: int = 30):
        r = app.state.store.report(since=time.time() - days * 86400 if days else 0.0, top=20)
        return {"total": r.total, "by_status": r.by_status, "unanswered": r.unanswered, "unhelpful": r.unhelpful,
                "helpful": r.helpful, "not_helpful": r.not_helpful, "latency_p95": r.latency_p95}

    @router.get("/admin/api/evaluation", dependencies=[Depends(authorised)])
    def evaluation():
        path = eval_history(settings)
        if not path.exists():
            return {"runs": []}
        runs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        return {"runs": runs[-5:][::-1]}

    return router
