"""The corpus as a maintainer manages it: add, remove and replace sources while the service runs,
the service following the index without a restart or a failed request, and the /admin page.
A small corpus (two default files) keeps each index build to a few seconds."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import httpx
import pytest
from conftest import CORPUS, serve_in_thread
from fastapi.testclient import TestClient

from embeddings.build import SUPERSEDED, add_documents, build_corpus_index, remove_documents, replace_document
from embeddings.store import current_version, load_index, read_manifest
from ingest.loaders import IngestError
from tests.fixtures import layouts

NOTICE = """关于调整蓝湾市社区护理服务收费标准的通知
蓝卫发〔2026〕{n}号
各区卫生健康局：
居家上门护理服务费每次{fee}元，由签约家庭医生团队提供。
蓝湾市卫生健康委员会
2026年5月6日
"""
TOKEN = "s3cret-admin-token"


@pytest.fixture()
def small(tmp_path, encoder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("002_73fc6e7d58b038cf.txt", "004_c6f729f74dc2eb6e.txt"):
        shutil.copy(CORPUS / name, corpus / name)
    index = tmp_path / "index"
    build_corpus_index(corpus, index, encoder)
    return corpus, index


def notice(path: Path, n: int, fee: int) -> Path:
    path.write_text(NOTICE.format(n=n, fee=fee), encoding="utf-8")
    return path


def titles(index) -> set[str]:
    return {d.title for d in load_index(index).documents.values()}


def test_remove_takes_a_source_out_and_keeps_it_aside(small, tmp_path, encoder):
    corpus, index = small
    add_documents([notice(tmp_path / "lanwan.txt", 8, 80)], corpus, index, encoder)
    assert "关于调整蓝湾市社区护理服务收费标准的通知" in titles(index)
    remove_documents(["lanwan.txt"], corpus, index, encoder)
    assert "关于调整蓝湾市社区护理服务收费标准的通知" not in titles(index)
    assert not (corpus / "lanwan.txt").exists()
    assert [p.name.endswith("lanwan.txt") for p in (corpus / SUPERSEDED).iterdir()] == [True]


def test_removing_what_is_not_there_changes_nothing(small, encoder):
    corpus, index = small
    version = current_version(index)
    with pytest.raises(IngestError) as err:
        remove_documents(["nope.txt"], corpus, index, encoder)
    assert "nope.txt" in str(err.value)
    assert current_version(index) == version


def test_a_new_version_supersedes_the_old(small, tmp_path, encoder):
    corpus, index = small
    add_documents([notice(tmp_path / "lanwan.txt", 8, 80)], corpus, index, encoder)
    (tmp_path / "v2").mkdir()
    v2 = notice(tmp_path / "v2" / "lanwan-2026.txt", 9, 95)
    replace_document("lanwan.txt", v2, corpus, index, encoder)
    idx = load_index(index)
    texts = "\n".join(c.text for c in idx.chunks)
    assert "每次95元" in texts and "每次80元" not in texts
    assert {d.doc_number for d in idx.documents.values()} >= {"蓝卫发〔2026〕9号"}
    assert "蓝卫发〔2026〕8号" not in {d.doc_number for d in idx.documents.values()}


def test_a_bad_replacement_leaves_the_old_version_serving(small, tmp_path, encoder):
    corpus, index = small
    add_documents([notice(tmp_path / "lanwan.txt", 8, 80)], corpus, index, encoder)
    version = current_version(index)
    bad = tmp_path / "lanwan-v2.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    with pytest.raises(IngestError):
        replace_document("lanwan.txt", bad, corpus, index, encoder)
    assert current_version(index) == version and (corpus / "lanwan.txt").exists()


def _assistant(index, encoder, settings):
    from bot.assistant import Assistant
    from bot.retrieve import Retriever

    return Assistant(Retriever(load_index(index), encoder), settings)


def _settings(corpus, index, tmp_path, **kw):
    from policybot.settings import Settings

    return Settings(corpus_dir=corpus, index_dir=index, db_path=tmp_path / "db.sqlite3", rate_limit_per_minute=10000,
                    index_watch_seconds=0, **kw)


def test_the_service_follows_the_index_without_a_failed_request(small, tmp_path, encoder):
    from server.app import IndexWatcher, create_app

    corpus, index = small
    settings = _settings(corpus, index, tmp_path)
    app = create_app(settings=settings, assistant=_assistant(index, encoder, settings))
    watcher = IndexWatcher(app, settings)
    question = {"session_id": "s1", "message": "蓝湾市居家上门护理服务费每次多少钱？"}
    with TestClient(app) as client:
        assert "95元" not in client.post("/api/chat", json=question).json()["answer"]
        before = client.get("/readyz").json()["index_version"]
        add_documents([notice(tmp_path / "lanwan.txt", 9, 95)], corpus, index, encoder)
        failures: list[int] = []
        stop = threading.Event()

        def hammer():
            while not stop.is_set():
                r = client.post("/api/chat", json={"session_id": "s2", "message": "育儿补贴补助资金下达了多少？"})
                if r.status_code != 200:
                    failures.append(r.status_code)

        workers = [threading.Thread(target=hammer) for _ in range(3)]
        for w in workers:
            w.start()
        try:
            assert watcher.check() is True  # loaded, warmed up and swapped while requests ran
        finally:
            stop.set()
            for w in workers:
                w.join()
        assert failures == []
        assert client.get("/readyz").json()["index_version"] != before
        ans = client.post("/api/chat", json=question).json()
        assert "95元" in ans["answer"] and ans["citations"][0]["doc_number"] == "蓝卫发〔2026〕9号"
        assert watcher.check() is False  # nothing new


def test_admin_is_absent_without_a_token(small, tmp_path, encoder):
    from server.app import create_app

    corpus, index = small
    settings = _settings(corpus, index, tmp_path)
    with TestClient(create_app(settings=settings, assistant=_assistant(index, encoder, settings))) as c:
        assert c.get("/admin").status_code == 404
        assert c.get("/admin/api/sources").status_code == 404


def _admin_app(small, tmp_path, encoder):
    """The service with the maintainer page on, over the small corpus; the fixture files beside it."""
    from server.app import IndexWatcher, create_app

    corpus, index = small
    settings = _settings(corpus, index, tmp_path, admin_token=TOKEN)
    app = create_app(settings=settings, assistant=_assistant(index, encoder, settings))
    app.state.index_watcher = IndexWatcher(app, settings)
    files = tmp_path / "files"
    layouts.write_all(files)
    layouts.write_bad(files / "bad")
    return app, corpus, files


def test_admin_previews_commits_and_removes(small, tmp_path, encoder):
    app, corpus, files = _admin_app(small, tmp_path, encoder)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(app) as c:
        assert c.get("/admin/api/sources").status_code == 401
        assert c.get("/admin/api/sources", headers={"Authorization": "Bearer wrong"}).status_code == 401
        pdf = (files / "nantong_chronic_outpatient.pdf").read_bytes()
        r = c.post("/admin/api/preview?name=nantong_chronic_outpatient.pdf", content=pdf, headers=auth)
        assert r.status_code == 200, r.text
        p = r.json()
        doc = p["documents"][0]
        assert (doc["title"], doc["doc_number"], doc["region"], doc["status"]) == (
            "南通市医疗保障局关于调整门诊慢特病待遇保障有关事项的通知", "通医保发〔2025〕42号", "江苏省", "not_yet_in_force")
        assert not (corpus / "nantong_chronic_outpatient.pdf").exists()  # nothing added before the commit
        r = c.post("/admin/api/commit", json={"upload_id": p["upload_id"]}, headers=auth)
        assert r.status_code == 200, r.text
        assert (corpus / "nantong_chronic_outpatient.pdf").exists()
        assert c.get("/readyz").json()["index_version"] == r.json()["index_version"]  # swapped already
        sources = c.get("/admin/api/sources", headers=auth).json()["sources"]
        assert "nantong_chronic_outpatient.pdf" in [s["source"] for s in sources]
        ans = c.post("/api/chat", json={"session_id": "a", "message": "南通帕金森病职工医保一年最高支付多少？"}).json()
        assert "6000元" in ans["answer"] and "尚未生效" in ans["answer"]

        bad = (files / "bad" / "scanned.pdf").read_bytes()
        r = c.post("/admin/api/preview?name=scanned.pdf", content=bad, headers=auth)
        assert r.status_code == 422 and "scanned.pdf" in r.json()["detail"]

        r = c.post("/admin/api/remove", json={"source": "nantong_chronic_outpatient.pdf"}, headers=auth)
        assert r.status_code == 200
        assert "nantong_chronic_outpatient.pdf" not in [s["source"] for s in
                                                        c.get("/admin/api/sources", headers=auth).json()["sources"]]
        assert c.post("/admin/api/remove", json={"source": "gone.pdf"}, headers=auth).status_code == 404
        assert c.get("/admin/api/report", headers=auth).json()["total"] >= 1
        assert "runs" in c.get("/admin/api/evaluation", headers=auth).json()


@pytest.mark.browser
def test_admin_page_in_a_real_browser(small, tmp_path, encoder):
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("Debian chromium is not installed (scripts/setup.sh --browser installs it)")
    app, corpus, files = _admin_app(small, tmp_path, encoder)
    with serve_in_thread(app) as base, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                    args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(locale="zh-CN")
        page.goto(base + "/admin")
        page.fill("#token", "wrong")
        page.click("#login-btn")
        sync_api.expect(page.locator("#login-msg")).to_contain_text("令牌不正确")
        page.fill("#token", TOKEN)
        page.click("#login-btn")
        sync_api.expect(page.locator("#sources")).to_contain_text("002_73fc6e7d58b038cf.txt")
        page.set_input_files("#file", str(files / "hunan_hpv.html"))
        page.click("#preview-btn")
        rows = page.locator("#preview-rows")
        sync_api.expect(rows).to_contain_text("湖南省卫生健康委员会关于做好2026年适龄女生HPV疫苗免费接种工作的通知")
        sync_api.expect(rows).to_contain_text("湘卫疾控发〔2026〕8号")
        assert not (corpus / "hunan_hpv.html").exists()
        page.click("#commit-btn")
        sync_api.expect(page.locator("#up-msg")).to_contain_text("已添加", timeout=120_000)
        sync_api.expect(page.locator("#sources")).to_contain_text("hunan_hpv.html")
        assert (corpus / "hunan_hpv.html").exists()
        r = httpx.post(base + "/api/chat", json={"session_id": "b", "message": "湖南HPV疫苗每剂次接种服务费补助多少？"},
                       timeout=60).json()
        assert "15元" in r["answer"]
        page.once("dialog", lambda d: d.accept())
        page.click("button[aria-label='移除 hunan_hpv.html']")
        sync_api.expect(page.locator("#src-msg")).to_contain_text("已移除", timeout=120_000)
        assert not (corpus / "hunan_hpv.html").exists()
        browser.close()
