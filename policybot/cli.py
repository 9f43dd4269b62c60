"""``policybot`` — a thin command line over the library.

    policybot build                 clean, split, chunk and index the corpus
    policybot ingest add FILE...    add documents (validated first; the index is updated)
    policybot ingest check FILE...  show how files would be split, without adding them
    policybot ingest remove NAME... take sources out of the corpus (the index is updated)
    policybot ingest replace OLD NEW  a new version of a source supersedes the old one
    policybot docs                  list the documents in the index
    policybot search "问题"          top passages with title, 发文字号, date, score
    policybot ask "问题"             one answer, with citations and any calculation
    policybot chat                  an interactive conversation in the terminal
    policybot serve                 the HTTP API, chat widget and WeChat webhooks
    policybot report                what people asked, unanswered questions, feedback
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .settings import get_settings


def progress(iterable, desc: str = ""):
    """A progress bar on stderr for anything that takes more than a second."""
    from tqdm import tqdm

    return tqdm(iterable, desc=desc, unit="", leave=False, file=sys.stderr, mininterval=0.5,
                disable=not sys.stderr.isatty() and not _force_progress())


def _force_progress() -> bool:
    import os

    return os.environ.get("POLICYBOT_PROGRESS", "") == "1"


def _encoder():
    from embeddings.encoder import Encoder

    s = get_settings()
    return Encoder(s.model, batch_size=s.embed_batch_size, threads=s.torch_threads or None)


def ensure_index(force: bool = False, quiet: bool = False) -> None:
    """Build the index if it is missing or no longer matches the corpus."""
    from embeddings.build import build_corpus_index, index_is_current

    s = get_settings()
    if not force and index_is_current(s.corpus_dir, s.index_dir, s.model):
        return
    if not quiet:
        print(f"建立索引 (building the index) from {s.corpus_dir} …", file=sys.stderr)
    result = build_corpus_index(s.corpus_dir, s.index_dir, _encoder(), progress=progress)
    m = result.manifest
    for err in result.errors:
        print(f"  跳过 (skipped) {err}", file=sys.stderr)
    if not quiet:
        print(f"  {m.policy_documents} 份政策文件 / {m.chunks} 个片段 / 新向量 {m.embedded} / "
              f"{m.build_seconds}s → {s.index_dir}", file=sys.stderr)


def cmd_build(args) -> int:
    ensure_index(force=args.force)
    return 0


def _validate(files: list[Path]) -> tuple[list, list[str]]:
    """(per-file results, error lines): every file is tried, so every refused one is named."""
    from ingest.loaders import IngestError
    from ingest.pipeline import ingest_file

    results, errors = [], []
    for f in files:
        try:
            results.append((f, *ingest_file(f)))
        except IngestError as exc:
            errors.append(str(exc))
    return results, errors


def _refused(errors: list[str], changed: bool = True) -> int:
    """Name every refused file on stderr; exit status 2."""
    for e in errors:
        print(f"错误 (error): {e}", file=sys.stderr)
    if changed:
        print("索引未改动 (the index was not changed).", file=sys.stderr)
    return 2


def cmd_ingest(args) -> int:
    from embeddings.build import add_documents, remove_documents, replace_document
    from ingest.loaders import IngestError

    s = get_settings()
    if args.action == "check":
        results, errors = _validate(args.files)
        for _, docs, report in results:
            print(f"{report.source}: layout={report.layout} documents={report.documents} non_policy={report.non_policy}")
            for d in docs:
                print(f"  [{d.kind}] {d.title} | {d.doc_number or '—'} | {d.region or '地区不详'} | "
                      f"{d.written_date or d.published_date or '—'} | lines {d.line_start}-{d.line_end}")
        if errors:
            return _refused(errors, changed=False)
        return 0
    try:
        if args.action == "add":
            ensure_index(quiet=True)
            result, reports = add_documents(args.files, s.corpus_dir, s.index_dir, _encoder(), progress=progress)
            for r in reports:
                print(f"已添加 (added) {r.source}: {r.documents} 份文件 (layout {r.layout})")
        elif args.action == "remove":
            ensure_index(quiet=True)
            result = remove_documents([f.name for f in args.files], s.corpus_dir, s.index_dir, _encoder(), progress=progress)
            print(f"已移除 (removed) {', '.join(f.name for f in args.files)}")
        else:  # replace OLD NEW
            if len(args.files) != 2:
                print("用法 (usage): policybot ingest replace 旧文件名 新文件", file=sys.stderr)
                return 2
            old, new = args.files
            ensure_index(quiet=True)
            result, report = replace_document(old.name, new, s.corpus_dir, s.index_dir, _encoder(), progress=progress)
            print(f"已替换 (replaced) {old.name} → {report.source}: {report.documents} 份文件；旧版本保存在语料的 .superseded/")
    except IngestError as exc:
        return _refused([str(e) for e in getattr(exc, "errors", [exc])])
    m = result.manifest
    print(f"索引已更新 (index updated): {m.policy_documents} 份政策文件，{m.chunks} 个片段，新向量 {m.embedded} 个；"
          f"运行中的服务会自动载入 (a running service picks it up)")
    return 0


def _load_retriever():
    from bot.retrieve import Retriever
    from embeddings.store import load_index

    ensure_index(quiet=True)
    return Retriever(load_index(get_settings().index_dir), _encoder())


def cmd_docs(args) -> int:
    from embeddings.store import load_index

    ensure_index(quiet=True)
    idx = load_index(get_settings().index_dir)
    docs = [d for d in idx.documents.values() if args.all or d.kind == "policy"]
    if args.json:
        from bot.grounding import currency_status

        today = _today()
        for d in docs:
            print(json.dumps({**d.meta(), "status": currency_status(d, today)}, ensure_ascii=False))
        return 0
    from bot.grounding import currency_status

    status_words = {"draft": "征求意见稿", "expired": "已过有效期", "not_yet_in_force": "尚未施行"}
    today = _today()
    for n, d in enumerate(docs, 1):
        date = d.written_date or d.published_date or "日期不详"
        marks = d.flags + [status_words[x] for x in [currency_status(d, today)] if x in status_words and x != "draft"]
        flags = f" [{','.join(marks)}]" if marks else ""
        kind = "" if d.kind == "policy" else " (非政策页面)"
        print(f"{n:3d}. {d.title}{kind} | {d.doc_number or '无文号'} | {d.region or '地区不详'} | {date}{flags}\n"
              f"     id={d.doc_id}  source={d.source}")
    print(f"共 {sum(d.kind == 'policy' for d in docs)} 份政策文件")
    return 0


def _today():
    from datetime import date

    s = get_settings()
    return date.fromisoformat(s.today) if s.today else date.today()


def cmd_search(args) -> int:
    from bot.retrieve import Filters

    retriever = _load_retriever()
    filters = Filters(regions=args.region or [], doc_ids=args.doc or [])
    hits = retriever.search(args.query, k=args.k, filters=filters)
    if not hits:
        print("没有找到相关段落 (no passages found)")
        return 1
    for n, h in enumerate(hits, 1):
        d = h.doc
        date = d.written_date or d.published_date or "日期不详"
        where = " › ".join(h.chunk.heading_path[1:])
        print(f"[{n}] {d.title} | {d.doc_number or '无文号'} | {date} | {d.region} | score {h.score:.3f}")
        if where:
            print(f"    位置: {where}")
        text = h.chunk.text if args.full else h.chunk.text[:300] + ("…" if len(h.chunk.text) > 300 else "")
        print("    " + text.replace("\n", "\n    "))
    return 0


def render_answer(ans) -> str:
    """An Answer as terminal text: the answer, any working, then the numbered sources."""
    out = [ans.answer]
    if ans.calculation:
        c = ans.calculation
        out.append(f"\n计算过程（{c.calculator}）：")
        out += [f"  {st.label}：{st.expression} = {st.value}" if st.expression else f"  {st.label}：{st.value}"
                for st in c.steps]
    if ans.choices:
        out.append("可选：" + " / ".join(ans.choices))
    if ans.citations:
        out.append("\n依据：")
        for c in ans.citations:
            meta = " | ".join(x for x in (c.doc_number, c.date, c.heading) if x)
            out.append(f"  [{c.n}] 《{c.doc_title}》 {meta}\n      “{c.quote}”")
    return "\n".join(out)


def _assistant():
    from bot.assistant import Assistant

    ensure_index(quiet=True)
    return Assistant.from_settings()


def cmd_ask(args) -> int:
    ans = _assistant().ask("cli", args.question)
    if args.json:
        print(ans.model_dump_json(indent=1, exclude={"retrieved"}))
    else:
        print(render_answer(ans))
    return 0 if ans.status in ("answered", "clarify") else 1


def cmd_chat(args) -> int:
    assistant = _assistant()
    print("政策问答助手（输入问题，空行或 Ctrl-D 退出）。例如：2023年3月出生的孩子能领多少育儿补贴？")
    while True:
        try:
            q = input("\n问：").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not q:
            return 0
        print(render_answer(assistant.ask("terminal", q)))


def cmd_serve(args) -> int:
    import uvicorn

    from server.app import create_app

    s = get_settings()
    if args.host:
        s.host = args.host
    if args.port:
        s.port = args.port
    ensure_index()  # on first start: build the index, with progress, before serving
    app = create_app(s)
    print(f"政策问答助手已启动：http://{s.host}:{s.port}/  (API 文档 /docs)", file=sys.stderr)
    uvicorn.run(app, host=s.host, port=s.port, log_level="warning",
                proxy_headers=False)  # the client address is decided by trust_forwarded_for alone
    return 0


def cmd_report(args) -> int:
    import time

    from server.storage import Store

    s = get_settings()
    if not Path(s.db_path).exists():
        print(f"还没有对话记录 (no conversations yet): {s.db_path}")
        return 0
    r = Store(s.db_path).report(since=time.time() - args.days * 86400 if args.days else 0.0, top=args.top)
    print(f"问题总数 {r.total}  (渠道: {', '.join(f'{k} {v}' for k, v in r.by_channel.items()) or '—'})")
    print("状态: " + ", ".join(f"{k} {v}" for k, v in sorted(r.by_status.items())))
    print(f"耗时 p50 {r.latency_p50} ms, p95 {r.latency_p95} ms")
    print(f"反馈: 有帮助 {r.helpful}, 没帮助 {r.not_helpful}")
    if r.top_questions:
        print("\n最常见的问题:")
        for q, n in r.top_questions:
            print(f"  {n:4d}  {q[:80]}")
    if r.unanswered:
        print("\n没能回答的问题 (no_answer):")
        for q, n in r.unanswered:
            print(f"  {n:4d}  {q[:80]}")
    if r.unhelpful:
        print("\n被标为“没帮助”的回答:")
        for f in r.unhelpful:
            print(f"  问：{f['question'][:60]}\n  答：{f['answer'][:80]}\n  意见：{f['comment'] or '（无）'}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="policybot", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="clean, split, chunk and index the corpus")
    b.add_argument("--force", action="store_true", help="rebuild even if the index matches the corpus")
    b.set_defaults(func=cmd_build)

    i = sub.add_parser("ingest", help="add, check, remove or replace source files",
                       description="add FILE...: validate, copy into the corpus, update the index; "
                                   "check FILE...: show the split and metadata without adding; "
                                   "remove NAME...: take sources out; replace OLD NEW: a new version supersedes OLD. "
                                   "Any refused file is named and the exit status is 2; the index is then unchanged.")
    i.add_argument("action", choices=["add", "check", "remove", "replace"])
    i.add_argument("files", nargs="+", type=Path)
    i.set_defaults(func=cmd_ingest)

    d = sub.add_parser("docs", help="list the documents")
    d.add_argument("--json", action="store_true")
    d.add_argument("--all", action="store_true", help="include non-policy pages")
    d.set_defaults(func=cmd_docs)

    s = sub.add_parser("search", help="top passages for a question")
    s.add_argument("query")
    s.add_argument("-k", type=int, default=5)
    s.add_argument("--region", action="append", help="only this region (and national documents)")
    s.add_argument("--doc", action="append", help="only this document id")
    s.add_argument("--full", action="store_true", help="print whole passages")
    s.set_defaults(func=cmd_search)

    a = sub.add_parser("ask", help="answer one question")
    a.add_argument("question")
    a.add_argument("--json", action="store_true", help="the structured answer")
    a.set_defaults(func=cmd_ask)

    c = sub.add_parser("chat", help="converse in the terminal")
    c.set_defaults(func=cmd_chat)

    v = sub.add_parser("serve", help="the HTTP API, the chat widget and the WeChat webhooks")
    v.add_argument("--host", default="")
    v.add_argument("--port", type=int, default=0)
    v.set_defaults(func=cmd_serve)

    r = sub.add_parser("report", help="what people asked, unanswered questions, unhelpful answers")
    r.add_argument("--days", type=int, default=0, help="only the last N days")
    r.add_argument("--top", type=int, default=10)
    r.set_defaults(func=cmd_report)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
