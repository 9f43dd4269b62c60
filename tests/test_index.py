"""The index directory: building, adding documents, bad input, crashes. These use the real
m3e-small model on a small corpus (two seed files), so they take a few seconds each."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import CORPUS

from embeddings import store
from embeddings.build import add_documents, build_corpus_index, index_is_current
from embeddings.store import current_version, load_index, read_manifest
from ingest.loaders import IngestError

UNIQUE = "蓝湾市卫生健康委员会关于开展社区失眠门诊试点工作的通知"
BODY = [
    UNIQUE,
    "蓝卫发〔2026〕7号",
    "各区卫生健康局：",
    "为方便群众就近看睡眠问题，决定开展社区失眠门诊试点。现将有关事项通知如下：",
    "一、试点范围",
    "每个区选择2家社区卫生服务中心设立失眠门诊，每周至少开诊3个半天。",
    "二、服务内容",
    "失眠门诊提供睡眠评估、认知行为治疗和用药指导，挂号费按普通门诊标准收取。",
]


@pytest.fixture()
def small_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("002_73fc6e7d58b038cf.txt", "004_c6f729f74dc2eb6e.txt"):
        shutil.copy(CORPUS / name, corpus / name)
    return corpus


@pytest.fixture()
def small_index(small_corpus, tmp_path, encoder):
    index_dir = tmp_path / "index"
    build_corpus_index(small_corpus, index_dir, encoder)
    return index_dir


def _search(index_dir, encoder, query):
    from bot.retrieve import Retriever

    return Retriever(load_index(index_dir), encoder).search(query, k=3)


def _docx(path: Path) -> Path:
    from docx import Document

    d = Document()
    for line in BODY:
        d.add_paragraph(line)
    d.save(path)
    return path


def _pdf(path: Path) -> Path:
    from fpdf import FPDF

    font = next((p for p in ["/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                             "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"] if Path(p).exists()), None)
    if font is None:
        pytest.fail("no CJK font: run scripts/setup.sh --browser (installs fonts-wqy-microhei)")
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("cjk", fname=font)
    pdf.set_font("cjk", size=11)
    for line in BODY:
        pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_build_writes_a_manifest_and_is_current(small_corpus, small_index):
    m = read_manifest(small_index)
    assert m.model == "m3e-small" and m.dimension == 512 and m.policy_documents == 6
    assert m.chunks > 0 and m.embedded == m.chunks
    assert index_is_current(small_corpus, small_index, "m3e-small")
    (small_corpus / "extra.md").write_text("关于测试的通知\n\n测试正文内容足够长。" * 3, encoding="utf-8")
    assert not index_is_current(small_corpus, small_index, "m3e-small")


@pytest.mark.parametrize("maker", [_docx, _pdf], ids=["docx", "pdf"])
def test_an_added_document_becomes_searchable_and_only_its_chunks_are_embedded(
        small_corpus, small_index, tmp_path, encoder, maker):
    before = read_manifest(small_index)
    src = maker(tmp_path / f"lanwan.{maker.__name__[1:]}")
    result, reports = add_documents([src], small_corpus, small_index, encoder)
    assert reports[0].documents == 1
    after = result.manifest
    assert after.policy_documents == before.policy_documents + 1
    assert after.embedded == after.chunks - before.chunks  # unchanged chunks kept their vectors
    hits = _search(small_index, encoder, "社区失眠门诊每周开诊几个半天")
    assert hits[0].doc.doc_number == "蓝卫发〔2026〕7号"
    assert "每周至少开诊3个半天" in hits[0].chunk.text
    assert (small_corpus / src.name).exists()


@pytest.mark.parametrize("name,content,reason", [
    ("broken.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj garbage", "PDF"),
    ("empty.txt", b"", "空"),
    ("table.xlsx", b"PK\x03\x04", "不支持"),
    ("noise.txt", "啊\n".encode() * 3, "没有识别出"),
])
def test_bad_input_gives_a_clear_error_and_leaves_index_and_corpus_alone(
        small_corpus, small_index, tmp_path, encoder, name, content, reason):
    bad = tmp_path / name
    bad.write_bytes(content)
    version = current_version(small_index)
    files_before = sorted(p.name for p in small_corpus.iterdir())
    with pytest.raises(IngestError) as err:
        add_documents([bad], small_corpus, small_index, encoder)
    assert name in str(err.value) and reason in str(err.value)
    assert current_version(small_index) == version
    assert sorted(p.name for p in small_corpus.iterdir()) == files_before
    assert load_index(small_index).manifest.chunks == read_manifest(small_index).chunks


def test_a_crash_mid_build_leaves_the_old_index_usable(small_corpus, small_index, tmp_path, encoder, monkeypatch):
    version = current_version(small_index)
    good = _docx(tmp_path / "lanwan.docx")

    def explode(texts):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store.KeywordIndex, "build", staticmethod(explode))
    with pytest.raises(RuntimeError):
        add_documents([good], small_corpus, small_index, encoder)
    assert current_version(small_index) == version
    assert not list(small_index.glob(".building-*"))
    assert not (small_corpus / "lanwan.docx").exists()  # the copy was rolled back
    assert _search(small_index, encoder, "育儿补贴补助资金")[0].doc.title.startswith("999亿元")
