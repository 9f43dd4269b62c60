"""The router: every calculator describes itself, and a generic scorer picks one — or none.

Questions here were written for these tests, not taken from the calculators' examples.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.calculators.registry import all_specs
from bot.router import eligible
from policybot.settings import Settings

TODAY = date(2026, 11, 23)
ENGINE = Path(__file__).resolve().parent.parent / "bot"
PROVINCE_OR_NUMBER = re.compile(r"甘肃|河北|广西|河南|广东|贵州|江西|海南|上海|湖南|新疆|〔20\d\d〕")


@pytest.fixture(scope="module")
def bot(retriever):
    return Assistant(retriever, Settings(), today=TODAY)


def _route(bot, question, session="r"):
    cands = bot.routing(session, question)
    return [c.spec.id for c in cands if c.probability >= bot.router.model["threshold"] and eligible(c.features)]


def test_every_rules_file_describes_its_calculator():
    specs = all_specs()
    assert len(specs) >= 18
    for s in specs:
        assert len(s.examples) >= 10, s.id
        assert s.regions and s.triggers and s.answers, s.id
        assert len(set(s.examples)) == len(s.examples), s.id
        assert callable(s.solver)


def test_engine_code_names_no_province_document_or_calculator():
    """Engine code is general: regions, 发文字号 and calculator names live in the rules files."""
    names = {s.id for s in all_specs()}
    for path in list(ENGINE.glob("*.py")) + list((ENGINE / "calculators").glob("*.py")):
        code = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                         if not line.lstrip().startswith("#"))
        code = re.sub(r'"""[\s\S]*?"""', "", code)  # docstrings may name their sources
        assert not PROVINCE_OR_NUMBER.search(code), path.name
        if path.parent == ENGINE:
            assert not any(f'"{n}"' in code for n in names), path.name


def test_each_calculators_examples_route_to_it(bot):
    """No example goes to another calculator; nearly all go to their own (a few ask about the
    rule without the inputs a computation needs, and the documents answer those)."""
    total = own = 0
    for spec in all_specs():
        for ex in spec.examples:
            routed = _route(bot, ex, session=f"ex-{spec.id}")
            assert not routed or routed[0] == spec.id, (spec.id, ex, routed)
            total += 1
            own += bool(routed)
    assert own / total >= 0.9, f"{own}/{total}"


def test_examples_route_to_their_calculator_when_left_out(bot):
    """Leave-one-out: an example still routes to its calculator when it is not among the
    examples the router compares with (generalisation, not memory)."""
    from bot.compose import matchable
    from bot.understand import read
    from bot.router import margin

    router = bot.router
    total = hits = 0
    for i, spec in enumerate(router.specs):
        for ex in spec.examples:
            qvec = bot.retriever.query_vector(ex)
            sims = router.similarities(qvec, exclude=ex)
            reading = read(ex, TODAY)
            best = None
            for j, other in enumerate(router.specs):
                f, _ = router.features(j, ex, matchable(ex), qvec, reading, TODAY, "", False,
                                       exclude=ex if j == i else None)
                f["margin"] = margin(sims, j)
                f["local"] = 1.0 if reading.regions and reading.regions[0] in other.regions else 0.0
                p = router.probability(f)
                if eligible(f) and p >= router.model["threshold"] and (best is None or p > best[1]):
                    best = (other.id, p)
            total += 1
            hits += bool(best and best[0] == spec.id)
    assert hits / total >= 0.85, f"{hits}/{total}"


@pytest.mark.parametrize("question", [
    "医疗机构禁止携带哪些物品？",
    "甘肃育儿补贴怎么申请，要带什么材料？",
    "12356心理援助热线什么时候开通？",
    "居民医保集中参保期是什么时候？",
    "中央财政给西部和中部的补助比例是多少？",
    "“十四五”规划说2015年到2020年人均预期寿命从多少岁提高到多少岁？",
    "福建计划生育家庭奖励扶助金每年什么时候发？",
    "贵州疫苗异常反应补偿申请要在多少个工作日内提出？",
])
def test_questions_for_the_documents_are_answered_by_no_calculator(bot, question):
    """Either no calculator is worth trying, or the one tried sees the rule does not compute this."""
    assert bot.ask(f"doc-{question}", question).calculation is None


@pytest.mark.parametrize("question,calculator", [
    ("咱家老二是二三年腊月生的，养娃补贴总共有多少", "childcare_subsidy"),
    ("俺停了三年医保没交，今年续上了，得过多久看病才能报", "waiting_period"),
    ("在郑州做IVF花了三万块，我是职工医保，统筹能给报多少", "assisted_reproduction"),
    ("江西这边一个集采药中标价12块，药店最多能卖多少钱", "price_caps"),
    ("注射液一盒8支共18元，挂网的单支价格是多少", "injection_price"),
    ("我们村常住2600人，至少要配几个乡村医生", "village_doctors"),
])
def test_everyday_wordings_without_the_official_term_route(bot, question, calculator):
    routed = _route(bot, question, session=f"ev-{calculator}")
    assert routed and routed[0] == calculator, routed


def test_a_provinces_rule_is_not_offered_for_another_province(bot):
    """The childcare calculator holds one province's rule: asked for another, it is not chosen."""
    assert "childcare_subsidy" not in _route(bot, "四川成都2023年3月出生的孩子育儿补贴能领多少", session="sc")
