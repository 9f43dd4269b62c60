"""Ingestion of every layout a maintainer brings: multi-page PDFs with running headers, one-page
PDFs whose title wraps, DOCX with styles and automatic numbering, provincial health commission
pages, Markdown 政策解读 with front matter, TXT files holding two notices — two examples of each,
written by ``tests/fixtures/layouts.py`` — and the files that must be refused."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from bot.grounding import currency_status
from ingest.loaders import IngestError
from ingest.pipeline import chunk_documents, ingest_file
from tests.fixtures import layouts

TODAY = date(2026, 12, 4)


def norm(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


@pytest.fixture(scope="module")
def fixture_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("layouts")
    layouts.write_all(d)
    layouts.write_bad(d / "bad")
    return d


@pytest.fixture(scope="module")
def ingested(fixture_dir):
    out = {}
    for f in fixture_dir.iterdir():
        if f.is_file():
            docs, report = ingest_file(f)
            out[f.name] = (docs, report, chunk_documents(docs))
    return out


def test_every_kind_has_two_examples():
    kinds = {}
    for e in layouts.expected():
        kinds.setdefault(e.file.rsplit(".", 1)[1], set()).add(e.file)
    assert {k: len(v) >= 2 for k, v in kinds.items()} == {"pdf": True, "docx": True, "html": True, "md": True,
                                                           "txt": True}
    assert len(layouts.SHORT_PDFS) >= 2 and len(layouts.PDF_NOTICES) >= 2


@pytest.mark.parametrize("exp", layouts.expected(), ids=lambda e: f"{e.file}:{e.title[:12]}")
def test_metadata_comes_from_the_document(ingested, exp):
    docs, _, _ = ingested[exp.file]
    titles = [d.title for d in docs if d.kind == "policy"]
    doc = next((d for d in docs if d.title == exp.title), None)
    assert doc is not None, f"title not found; got {titles}"
    assert doc.doc_number == exp.doc_number
    assert doc.region == exp.region
    assert doc.region_detail.endswith(exp.city) if exp.city else True
    if exp.written_date:
        assert exp.written_date in (doc.written_date, doc.published_date)
    assert currency_status(doc, TODAY) == (exp.status or "in_force")


@pytest.mark.parametrize("exp", layouts.expected(), ids=lambda e: f"{e.file}:{e.title[:12]}")
def test_sentences_survive_wraps_page_breaks_and_markup(ingested, exp):
    docs, _, chunks = ingested[exp.file]
    doc = next(d for d in docs if d.title == exp.title)
    mine = [norm(c.text) for c in chunks if c.doc_id == doc.doc_id]
    for s in exp.sentences:
        assert any(norm(s) in c for c in mine), f"not whole in one chunk: {s}"
    everything = "\n".join(c.text for c in chunks)
    for junk in exp.absent:
        assert junk not in everything, f"chrome indexed: {junk}"


@pytest.mark.parametrize("exp", [e for e in layouts.expected() if e.row], ids=lambda e: e.file)
def test_a_table_row_is_one_quotable_unit_with_its_headers(ingested, exp):
    _, _, chunks = ingested[exp.file]
    rows = [c for c in chunks if c.kind == "table" and all(cell in c.text for cell in exp.row)]
    assert len(rows) == 1, [c.text for c in chunks if c.kind == "table"]
    row_line = next(line for line in rows[0].text.split("\n") if exp.row[0] in line)
    assert "：" in row_line and all(cell in row_line for cell in exp.row)  # the row names its columns


def test_a_column_header_lends_its_unit_to_bare_figures(ingested):
    _, _, chunks = ingested["nantong_chronic_outpatient.pdf"]
    assert any("职工医保：6000元" in c.text for c in chunks)
    _, _, chunks = ingested["chengdu_family_doctor.pdf"]
    assert any("收费标准：260元/人/年" in c.text for c in chunks)


def test_pdf_running_header_and_page_numbers_are_gone_but_the_signature_stays(ingested):
    docs, _, chunks = ingested["nantong_chronic_outpatient.pdf"]
    text = "\n".join(c.text for c in chunks)
    assert "第 2 页" not in text and "共 3 页" not in text
    assert docs[0].issuer == "南通市医疗保障局"  # the signature repeats the header's words: kept
    chengdu = ingested["chengdu_family_doctor.pdf"][0][0]
    assert chengdu.title.startswith("关于进一步做好") and "文件" not in chengdu.title  # not the 版头


def test_docx_numbering_is_printed_again(ingested):
    _, _, chunks = ingested["changsha_elderly_care.docx"]
    text = "\n".join(c.text for c in chunks)
    assert "一、试点范围" in text and "三、补助标准" in text  # chineseCounting with 「%1、」
    assert "1.试点覆盖芙蓉区" in text  # List Number: decimal 「%1.」


def test_two_notices_in_one_file_are_two_documents(ingested):
    for name in ("zibo_two_notices.txt", "xuzhou_two_notices.txt"):
        docs, report, _ = ingested[name]
        assert report.documents == 2, [d.title for d in docs]


@pytest.mark.parametrize("name,reason", [("corrupt.pdf", "PDF 无法解析"), ("empty.txt", "文件为空"),
                                         ("random.docx", "DOCX 无法解析"), ("scanned.pdf", "扫描件"),
                                         ("encrypted.pdf", "已加密")])
def test_bad_files_are_refused_with_their_name(fixture_dir, name, reason):
    with pytest.raises(IngestError) as err:
        ingest_file(fixture_dir / "bad" / name)
    assert name in str(err.value) and reason in str(err.value)


def test_ingest_check_names_every_refused_file_and_exits_non_zero(fixture_dir, capsys):
    from policybot.cli import main

    bad = sorted((fixture_dir / "bad").iterdir())
    assert main(["ingest", "check", str(fixture_dir / "mianyang_funds.pdf"), *map(str, bad)]) == 2
    out = capsys.readouterr()
    assert "绵卫发〔2026〕3号" in out.out
    assert all(p.name in out.err for p in bad)


# -- the pieces, on their own ---------------------------------------------------------------

@pytest.mark.parametrize("text,issued,want", [
    ("本通知自2027年1月1日起施行，原办法同时废止。", "2026-11-20", ("2027-01-01", "")),
    ("本通知自印发之日起施行，有效期5年。", "2026-03-18", ("2026-03-18", "2031-03-17")),
    ("本方案有效期至2025年12月31日。", "2023-06-15", ("", "2025-12-31")),
    ("本办法自2026年3月1日起施行，有效期至2028年2月29日。", "", ("2026-03-01", "2028-02-29")),
    ("本办法自　　年　　月　　日起施行。", "", ("", "")),  # a draft leaves the date blank
    ("有效期三年。", "2024-02-29", ("", "2027-02-27")),
])
def test_currency_reads_what_the_document_says_of_itself(text, issued, want):
    from ingest.metadata import currency

    assert currency(text, issued) == want


def test_a_document_that_names_no_place_has_no_region():
    from ingest.metadata import infer_region

    assert infer_region("某某服务中心", "关于做好夏季防暑工作的通知") == ("", "")
    assert infer_region("", "卫健工作被纳入主要指标", "", "近日，国务院印发《规划》") == ("全国", "")
    assert infer_region("临朐县卫生健康局", "关于印发办法的通知")[0] == "山东省"


@pytest.mark.parametrize("title,site,h1,want", [
    ("关于做好救助工作的通知_山东省医疗保障局", "", "", "关于做好救助工作的通知"),
    ("关于做好救助工作的通知 - 江苏省卫生健康委员会", "江苏省卫生健康委员会", "", "关于做好救助工作的通知"),
    ("健康中国行动_通知公告_某省卫健委", "", "健康中国行动", "健康中国行动"),
    ("关于A_B的通知", "", "", "关于A_B的通知"),
])
def test_a_page_title_loses_the_site_name(title, site, h1, want):
    from ingest.formats.html import page_title

    assert page_title(title, site, h1) == want


def test_word_number_formats():
    from ingest.formats.office import format_number

    assert [format_number(n, "chineseCounting") for n in (1, 10, 12, 20, 35)] == ["一", "十", "十二", "二十", "三十五"]
    assert format_number(3, "decimalEnclosedCircle") == "③" and format_number(4, "upperRoman") == "IV"
    assert format_number(2, "ideographTraditional") == "乙" and format_number(5, "bullet") == ""


def test_markdown_emphasis_that_commonmark_leaves_open_is_removed():
    from ingest.formats.markdown import read_markdown

    s = read_markdown("---\ntitle: 政策问答\n---\n\n**答：**每人每年**430元**。\n\n1. 第一项\n2. 第二项\n")
    texts = [b.text for b in s.blocks]
    assert "答：每人每年430元。" in texts and "2. 第二项" in texts and s.meta["title"] == "政策问答"


@pytest.mark.parametrize("name", ["files_1", "files_2", "files_3", "files_4", "files_5"])
def test_metadata_of_sets_written_by_readers_who_never_saw_the_code(name):
    """Regression floor on eval/datasets/files_*: files_1 was tuned on after its first sight,
    files_2 was first scored at e5c2396 (title, 发文字号 and region all 1.0 there), files_3 at d37d6ee
    (0.857 / 1.0 / 0.857, then mended), files_4 at 0d263a4 (0.875 / 0.750 / 1.0, then mended), files_5 at
    076be0a (0.714 / 0.857 / 1.0, then mended)."""
    from pathlib import Path

    from eval.layouts import metadata_scores

    d = Path(__file__).resolve().parent.parent / "eval" / "datasets" / name
    m = metadata_scores(d / "files", d / "docs.jsonl")
    assert min(m["title_accuracy"], m["doc_number_accuracy"], m["region_accuracy"]) >= 0.9, m["documents"]


@pytest.mark.parametrize("name", ["files_1", "files_2", "files_3", "files_4", "files_5"])
def test_the_bad_files_of_those_sets_are_refused(name):
    from pathlib import Path

    d = Path(__file__).resolve().parent.parent / "eval" / "datasets" / name / "bad"
    for f in sorted(d.iterdir()):
        with pytest.raises(IngestError) as err:
            ingest_file(f)
        assert f.name in str(err.value)


def test_a_layout_table_is_unwrapped_and_a_data_table_kept():
    from ingest.formats.html import read_html

    body = "".join(f"<p>第{n}条 这是第{n}条的正文内容，规定了相关的补助标准和办理程序，请各地认真贯彻执行。</p>" for n in range(1, 6))
    page = (f"<html><head><title>关于做好测试工作的通知_某省卫生健康委员会</title></head><body>"
            f"<table><tr><td><a href='/'>首页</a></td></tr><tr><td><h1>关于做好测试工作的通知</h1>{body}"
            f"<table><tr><th>项目</th><th>标准（元）</th></tr><tr><td>门诊</td><td>200</td></tr></table>"
            f"</td></tr></table></body></html>")
    s = read_html(page)
    texts = [b.text for b in s.blocks if b.kind != "table"]
    tables = [b.rows for b in s.blocks if b.kind == "table"]
    assert any(t.startswith("第3条") for t in texts)
    assert tables == [[["项目", "标准（元）"], ["门诊", "200"]]]
    assert s.meta["title"] == "关于做好测试工作的通知"
