"""``python -m eval files``: how ingestion does on policy files it has never seen.

Given a folder of new source files (and optionally their gold metadata, a question set about them,
and a folder of files that must be refused), this builds a corpus of the default files plus the new
ones in a scratch folder, indexes it, and reports:

* metadata: the share of gold documents whose title (the cover's or the body's, as a 印发 notice
  has both), 发文字号 and region ingestion got right;
* refusals: every bad file refused with an error naming it, the index untouched;
* answers: the usual ``eval run`` metrics of the questions, on that corpus.

Gold metadata is one JSON object per document: ``file``, ``title``, ``doc_number``, ``region``
(a province-level name, or 全国/national). A file that holds several documents has several lines,
in the order they appear.
"""

from __future__ import annotations

import json
import os
import shutil
import unicodedata
from pathlib import Path


def _norm(s: str) -> str:
    s = "".join(unicodedata.normalize("NFKC", s or "").split())
    return {"national": "全国"}.get(s.lower(), s)


def metadata_scores(files_dir: Path, gold_path: Path) -> dict:
    from ingest.loaders import IngestError
    from ingest.pipeline import ingest_file

    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_file: dict[str, list] = {}
    for g in gold:
        by_file.setdefault(g["file"], []).append(g)
    rows, ok = [], {"title": 0, "doc_number": 0, "region": 0}
    for name, wanted in by_file.items():
        try:
            docs = [d for d in ingest_file(files_dir / name)[0] if d.kind == "policy"]
        except IngestError as exc:
            docs = []
            rows.append({"file": name, "error": str(exc)})
        for k, g in enumerate(wanted):
            # the document of that file whose title is nearest the gold one, else the k-th
            # the definition: the title is the cover's or the body's (「关于印发《X》的通知」 or X)
            d = next((d for d in docs if _norm(g["title"]) in (_norm(d.title), _norm(d.cover_title))),
                     docs[k] if k < len(docs) else None)
            title = d.cover_title if d and _norm(d.cover_title) == _norm(g["title"]) else (d.title if d else "")
            got = {"title": title, "doc_number": d.doc_number if d else "", "region": d.region if d else ""}
            row = {"file": name, **{f"gold_{f}": g.get(f, "") for f in ok}, **{f"got_{f}": v for f, v in got.items()}}
            for f in ok:
                hit = _norm(got[f]) == _norm(g.get(f, ""))
                ok[f] += hit
                row[f"{f}_ok"] = hit
            rows.append(row)
    n = len(gold)
    return {"n_documents": n, **{f"{f}_accuracy": round(v / n, 3) if n else 0.0 for f, v in ok.items()},
            "all_three": round(sum(all(r.get(f"{f}_ok") for f in ok) for r in rows if "gold_title" in r) / n, 3) if n else 0.0,
            "documents": rows}


def refusal_scores(bad_dir: Path, scratch: Path) -> dict:
    """Each bad file through ``policybot ingest add`` on a scratch corpus: refused, named, exit ≠ 0."""
    import subprocess
    import sys

    out = []
    for f in sorted(p for p in bad_dir.iterdir() if p.is_file()):
        env = {**os.environ, "POLICYBOT_CORPUS_DIR": str(scratch / "corpus"), "POLICYBOT_INDEX_DIR": str(scratch / "index")}
        before = sorted(p.name for p in (scratch / "corpus").iterdir())
        pointer = (scratch / "index" / "CURRENT").read_text() if (scratch / "index" / "CURRENT").exists() else ""
        r = subprocess.run([sys.executable, "-m", "policybot", "ingest", "add", str(f)], env=env,
                           capture_output=True, text=True, timeout=600)
        after = sorted(p.name for p in (scratch / "corpus").iterdir())
        pointer_after = (scratch / "index" / "CURRENT").read_text() if (scratch / "index" / "CURRENT").exists() else ""
        out.append({"file": f.name, "exit": r.returncode, "named": f.name in r.stderr,
                    "untouched": before == after and pointer == pointer_after, "message": r.stderr.strip()[-200:]})
    good = sum(x["exit"] != 0 and x["named"] and x["untouched"] for x in out)
    return {"n_files": len(out), "refused_correctly": good, "files": out}


def main(args) -> int:
    from policybot.settings import get_settings

    from .run import run, summary

    files_dir, out = Path(args.files), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(args.scratch) if args.scratch else out / "scratch"
    corpus = scratch / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    shutil.copytree(args.base_corpus or get_settings().corpus_dir, corpus)
    for f in files_dir.iterdir():
        if f.is_file():
            shutil.copy2(f, corpus / f.name)
    os.environ["POLICYBOT_CORPUS_DIR"] = str(corpus)
    os.environ["POLICYBOT_INDEX_DIR"] = str(scratch / "index")
    get_settings.cache_clear()
    report: dict = {}
    if args.gold:
        report["metadata"] = metadata_scores(files_dir, Path(args.gold))
        m = report["metadata"]
        print(f"metadata: {m['n_documents']} documents  title {m['title_accuracy']:.3f}  "
              f"doc_number {m['doc_number_accuracy']:.3f}  region {m['region_accuracy']:.3f}")
    if args.dataset:
        from policybot.cli import progress

        report["answers"] = run(args.dataset, out / "run", progress=progress)
        print(summary(report["answers"]))
    if args.bad:
        report["refusals"] = refusal_scores(Path(args.bad), scratch)
        r = report["refusals"]
        print(f"bad files: {r['refused_correctly']}/{r['n_files']} refused with the file named, exit ≠ 0, index untouched")
    (out / "files_report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0
