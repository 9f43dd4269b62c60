"""Questions about documents of new layouts, added to the default corpus: the answer quotes the
right document, states its figures (table rows included), says whether the document is in force,
and does not answer one place with another place's rules."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from conftest import CORPUS

from tests.fixtures import layouts


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, default_index_dir, encoder):
    from bot.assistant import Assistant
    from bot.retrieve import Retriever
    from embeddings.build import build_corpus_index
    from embeddings.store import load_index
    from policybot.settings import Settings

    root = tmp_path_factory.mktemp("with-layouts")
    corpus, index = root / "corpus", root / "index"
    shutil.copytree(CORPUS, corpus)
    shutil.copytree(default_index_dir, index)  # its vectors are reused: only the new chunks are embedded
    layouts.write_all(corpus)
    build_corpus_index(corpus, index, encoder)
    settings = Settings(corpus_dir=corpus, index_dir=index, db_path=root / "db.sqlite3")
    return Assistant(Retriever(load_index(index), encoder), settings, today=date(2026, 12, 4))


@pytest.mark.parametrize("question,facts,number", [
    ("成都家庭医生签约服务费每人每年多少钱？", ["120元"], "成卫健发〔2026〕15号"),
    ("南通帕金森病职工医保门诊慢特病一年最高支付多少？", ["6000元", "尚未生效"], "通医保发〔2025〕42号"),
    ("济南新生儿疾病筛查每例补助多少钱？", ["160元", "有效期已于2025年12月31日届满"], "济卫妇幼字〔2025〕9号"),
    ("预防接种异常反应受种者死亡的一次性补偿是多少？", ["30倍", "征求意见稿"], ""),
    ("山东低保边缘家庭成员医疗救助比例是多少？", ["65%"], "鲁医保发〔2026〕11号"),
    ("淄博累计无偿献血40次以上的一次性奖励多少钱？", ["1000元"], "淄卫函〔2026〕12号"),
    ("长沙望城区失能风险筛查年度任务是多少人？", ["3500人"], "长卫发〔2026〕21号"),
    ("苏州城乡居民医保2026年成年居民个人缴费多少？", ["430元"], "苏医保规〔2025〕6号"),
])
def test_new_layouts_answer_with_their_figures_and_currency(assistant, question, facts, number):
    ans = assistant.ask("layouts", question)
    assert ans.status == "answered", ans.answer
    for f in facts:
        assert f in ans.answer, ans.answer
    if number:
        assert ans.citations[0].doc_number == number


def test_a_local_childcare_rule_answers_its_own_city(assistant):
    ans = assistant.ask("yy", "岳阳的孩子2025年3月出生，育儿补贴每年能领多少？")
    assert ans.status == "answered" and "3600元" in ans.answer, ans.answer
    assert any(c.doc_number == "岳卫发〔2025〕30号" for c in ans.citations), ans.citations
    assert "没有湖南" not in ans.answer


def test_one_city_is_not_answered_with_another_citys_rules(assistant):
    ans = assistant.ask("dy", "我在德阳，家庭医生签约服务费每人每年多少钱？")
    assert not (ans.status == "answered" and ans.citations and ans.citations[0].doc_number == "成卫健发〔2026〕15号"), ans.answer
