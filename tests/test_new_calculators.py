"""The calculators added from CORPUS_NOTES §3: village-doctor staffing (§3.14), the start of Guangdong
medical assistance (§3.10), Hebei's first 大病保险 segment (§3.6), the cap on raising the 大病保险
ceiling (§3.3), the central share of the per-capita subsidy (§3.4), Xinjiang's newborn enrolment
deadlines (§3.9) and compensation for 偶合症 (§3.8).

Every question goes the way the engine will take it: ``understand.read`` for the reading,
``slots.fill`` with the calculator's own slots for the inputs, a ``Request``, the solver. The
expected figures are the worked examples of the notes; every clause is checked against the corpus."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from bot import lexicon, understand
from bot.calculators import registry, slots
from bot.calculators.base import RULES_DIR, ClauseIndex, MARKER, load_rules
from bot.calculators.registry import Request

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2025, 6, 1)
NEW = ("village_doctors", "assistance_start", "illness_first_segment", "illness_ceiling_cap", "central_subsidy",
       "newborn_enrolment", "vaccine_coincidental")
MODULES = ("staffing", "deadlines", "insurance_extra", "vaccine_extra", "slots_extra")


def ask(calculator: str, text: str, region: str | None = None):
    spec = registry.spec(calculator)
    reading = understand.read(text, TODAY)
    filled = slots.fill(spec.slots, text, reading, TODAY, False, spec.rules)
    where = reading.regions[0] if reading.regions else region
    return spec.solver(Request(spec, text, reading, filled, where, TODAY))


# §3.14 Gansu village doctors -------------------------------------------------------------------

@pytest.mark.parametrize("text,count", [
    ("甘肃一个行政村常住人口800人，要配几名乡村医生？", "1"),
    ("常住人口2000人的行政村乡村医生配几个", "2"),
    ("我们村常住人口3200人，至少要配备几个村医", "3"),
    ("村里有4100人，按规定至少要几名合格乡村医生", "4"),  # 以此类推
    ("行政村常住人口两千五百人，至少配备多少名乡村医生", "3"),
    ("1.2万人的大村要配多少个乡村医生", "12"),
    ("人口不到1500人的村子要配几个乡村医生", "1"),
])
def test_village_doctors(text, count):
    out = ask("village_doctors", text)
    assert out.status == "answered" and out.result == count
    assert f"至少要配备{count}名合格乡村医生" in out.text
    assert "{bands}" in out.text and "{and_so_on}" in out.text


@pytest.mark.parametrize("population,lower,upper", [(1500, 1, 2), (2500, 2, 3), (3500, 3, 4)])
def test_village_doctors_band_end_points_overlap(population, lower, upper):
    out = ask("village_doctors", f"甘肃行政村常住人口{population}人，要几名合格村医")
    assert out.result == str(upper)
    assert "两档的交界" in out.text and f"按前一档至少{lower}名，按后一档至少{upper}名" in out.text
    assert any(s.value == f"{lower}名或{upper}名" for s in out.steps)
    assert "交界" not in ask("village_doctors", f"常住人口{population + 1}人配几个村医").text


@pytest.mark.parametrize("text", ["村里常住人口-500人，要配几个村医", "常住人口1500.5人的村要几个乡村医生"])
def test_village_doctors_impossible_population_is_questioned(text):
    out = ask("village_doctors", text)
    assert out.status == "clarify" and not out.result and "正整数" in out.text


def test_village_doctors_without_a_population_asks_for_it_and_quotes_the_rule():
    out = ask("village_doctors", "甘肃乡村医生按什么标准配备？")
    assert out.status == "clarify" and "常住人口是多少人" in out.text
    assert "1500人以下的行政村至少要配备1名" in out.text and "{bands}" in out.text
    unclear = ask("village_doctors", "村里不到3000人配几个村医")
    assert unclear.status == "clarify" and "具体的常住人口" in unclear.text


# §3.10 Guangdong medical assistance start ------------------------------------------------------

@pytest.mark.parametrize("text,start", [
    ("广东支出型困难家庭2024年10月15日认定的，医疗救助待遇从哪天开始享受？", "2023年10月15日"),
    ("支出型医疗救助对象2024年2月29日资格认定，待遇起始时间是哪天", "2023年2月28日"),  # no 2023-02-29
    ("我家2025年3月31日被认定为支出型困难家庭，医疗救助从什么时候算", "2024年3月31日"),
    ("因病致贫家庭2024-02-29认定支出型，从哪天起享受", "2023年2月28日"),
    ("低保身份2024年11月5日认定，医疗救助待遇从哪天开始", "2024年11月5日"),  # 收入型: that day
])
def test_assistance_start(text, start):
    out = ask("assistance_start", text)
    assert out.status == "answered" and out.result == start
    assert f"从{start}" in out.text


def test_assistance_start_without_a_day_back():
    out = ask("assistance_start", "支出型医疗救助对象2024年2月29日资格认定，待遇起始时间是哪天")
    assert "2023年2月没有29日" in out.text and "以前1日为准" in out.text
    assert [s.value for s in out.steps] == ["2023年2月29日", "2023年2月28日"]
    assert out.clauses == [load_rules("assistance_start").clause("expense")]


def test_assistance_start_of_an_unnamed_kind_gives_both():
    out = ask("assistance_start", "医疗救助资格2024年5月20日认定的，待遇从哪天开始")
    assert out.result == "支出型2023年5月20日；收入型2024年5月20日"
    assert "{expense}" in out.text and "{income}" in out.text and len(out.choices) == 2


# §3.6 Hebei 大病保险 first segment ---------------------------------------------------------------

@pytest.mark.parametrize("text,paid", [
    ("河北大病保险起付线15000元，医保报销后个人负担的合规费用50000元，能报多少", "21000"),
    ("大病保险起付线15000元，合规费用50000元，特困人员能报多少", "27625"),
    ("大病保险起付线1.5万，自付12000元，能报多少", "0"),
    ("我是低保户，大病保险起付线1.5万，自付12000元能报吗", "2925"),
    ("大病保险起付线是15000，花了50000元，特困", "27625"),
    ("河北特困人员大病保险起付线降低一半，起付线2万的话花了5万能报多少", "26000"),
])
def test_first_segment(text, paid):
    out = ask("illness_first_segment", text)
    assert out.status == "answered" and out.result == paid
    assert "之后各段" in out.text and "{payment}" in out.text  # later segments are not given


def test_first_segment_favoured_threshold_is_halved_and_without_ceiling():
    out = ask("illness_first_segment", "大病保险起付线15000元，合规费用50000元，特困人员能报多少")
    assert any(s.expression == "15000元 × (1 − 50%)" and s.value == "7500元" for s in out.steps)
    assert any(s.value == "65%" for s in out.steps) and "不设封顶线" in out.text
    ordinary = ask("illness_first_segment", "大病保险起付线15000元，合规费用50000元，能报多少")
    assert ordinary.result == "21000" and "27625元" in ordinary.text  # the favoured figure beside it


def test_first_segment_leaves_premium_questions_alone():
    assert ask("illness_first_segment", "河北低保对象自己要交多少医保费") is None


@pytest.mark.parametrize("text,says", [
    ("河北大病保险能报多少，花了5万", "起付线是多少元"),
    ("大病保险起付线1.5万，报多少", "合规医疗费用是多少元"),
    ("大病保险起付线-15000元，花了5万元", "不能是负数"),
])
def test_first_segment_needs_threshold_and_expense(text, says):
    out = ask("illness_first_segment", text)
    assert out.status == "clarify" and says in out.text and "首段报销比例为60%" in out.text


# §3.3 大病保险 ceiling cap ------------------------------------------------------------------------

@pytest.mark.parametrize("text,region,result", [
    ("大病保险原封顶线30万，最多能提高几万？", None, "60000"),
    ("河北大病保险原封顶线是40万元，累计最多能提高多少", None, "80000"),
    ("原封顶线30万，连续参保4年，大病限额能提高多少", "河北省", "0"),
    ("原封顶线30万，连续参保5年，大病限额能提高多少", "河北省", "2000"),
    ("原封顶线30万，连续参保8年，大病限额能提高多少", "河北省", "8000"),
    ("原封顶线30万元，连续参加居民医保满8年，大病最高支付限额提高多少", "河北省", "8000"),
    ("河北原封顶线30万，连续参保40年，大病限额最多涨多少", None, "60000"),  # capped at 20%
    ("河北断保2年，原封顶线30万，大病保险限额降多少", None, "-4000"),
    ("原封顶线30万，连续参保8年，大病保险最高支付限额能提高多少", None, "不低于4000"),  # national ≥ 1000 a step
])
def test_ceiling_cap(text, region, result):
    out = ask("illness_ceiling_cap", text, region)
    assert out.status == "answered" and out.result == result
    assert any(s.expression.endswith("× 20%") and s.value == "60000元" for s in out.steps) or "40万" in text


def test_ceiling_cap_cites_the_20_percent_clause_of_the_region():
    hebei = ask("illness_ceiling_cap", "河北原封顶线30万，连续参保40年，最多提高多少")
    assert "{hebei_cap}" in hebei.text and "{hebei_raise}" in hebei.text and "按上限最多提高60000元" in hebei.text
    national = ask("illness_ceiling_cap", "原封顶线30万，最多能提高多少")
    assert "{national_cap}" in national.text and "各省份确定" in national.text
    ask_c = ask("illness_ceiling_cap", "大病保险最多能提高多少")
    assert ask_c.status == "clarify" and "原封顶线是多少元" in ask_c.text and "20%" in ask_c.text


# §3.4 central share of the per-capita subsidy --------------------------------------------------

@pytest.mark.parametrize("text,result", [
    ("西部地区人均财政补助按670元算，中央补多少？", "536"),
    ("中部省份人均财政补助标准670元，中央能补多少钱", "402"),
    ("人均财政补助标准690元，中央按80%补是多少", "552"),
    ("人均财政补助按670元算，中央补多少？", "西部地区536元，中部地区402元"),
    ("财政补助每人每年670元的话，西部中部中央各补多少", "西部地区536元，中部地区402元"),
])
def test_central_subsidy(text, result):
    out = ask("central_subsidy", text)
    assert out.status == "answered" and out.result == result and "{central}" in out.text


def test_central_subsidy_asks_which_region_kind_and_has_no_eastern_figure():
    both = ask("central_subsidy", "人均财政补助按670元算，中央补多少？")
    assert both.choices == ["西部地区", "中部地区"] and "属于哪一档" in both.text
    east = ask("central_subsidy", "东部地区人均财政补助670元，中央补助多少")
    assert east.result == "" and "一定比例" in east.text and not east.steps
    missing = ask("central_subsidy", "中央财政补助居民医保多少")
    assert missing.status == "clarify" and "不低于670元" in missing.text and "{standard}" in missing.text
    assert missing.choices == ["人均财政补助按670元算"]
    assert ask("central_subsidy", "河北居民医保财政补助中央补多少") is None  # Hebei's own 6:4 split answers


# §3.9 Xinjiang newborn enrolment ---------------------------------------------------------------

@pytest.mark.parametrize("text,pay,pay_alt,code", [
    ("新疆宝宝2024年11月15日出生，最晚哪天之前要交医保？", "2025年2月13日", "2025年2月12日", "2025年5月14日"),
    ("孩子2024年10月10日出生，新生儿参保缴费截止到哪天", "2025年1月8日", "2025年1月7日", "2025年4月8日"),
    ("新生儿2024年9月1日出生，医保码直接结算能用到什么时候", "2024年11月30日", "2024年11月29日", "2025年2月28日"),
])
def test_newborn_deadlines(text, pay, pay_alt, code):
    out = ask("newborn_enrolment", text)
    assert out.status == "answered" and out.result == f"缴费截至{pay}；医保码结算截至{code}"
    assert f"第90天是{pay}" in out.text and f"如果算，则是{pay_alt}" in out.text
    assert f"第180天是{code}" in out.text and "出生当天是否算第1天" in out.text


def test_newborn_payment_day_is_counted():
    ok = ask("newborn_enrolment", "宝宝2024年10月10日出生，2024年12月20日交的医保，算不算在90天内")
    assert "出生后第71天，在90天内" in ok.text and "2024年10月10日至2024年12月31日" in ok.text
    late = ask("newborn_enrolment", "宝宝2024年6月1日出生，2024年9月29日才交的医保")
    assert "第120天，超过了90天" in late.text and "原则上" in late.text


# -- a date that is not a day gets a question back, whatever the calculator -----------------------

@pytest.mark.parametrize("calculator,text,says,also", [
    ("assistance_start", "支出型困难家庭2023-02-30认定的，从哪天开始救助", "“2023-02-30”不是一个存在的日期", ("前12个月的同日", "{expense}")),
    ("assistance_start", "支出型困难家庭2023年13月5日认定的，从哪天开始救助", "没有13月", ("前12个月的同日", "{expense}")),
    ("assistance_start", "支出型困难家庭2024年10月认定的，从哪天开始", "2024年10月几日", ("前12个月的同日", "{expense}")),
    ("assistance_start", "支出型医疗救助待遇从什么时候开始享受", "认定日期", ("前12个月的同日", "{expense}")),
    ("newborn_enrolment", "孩子2023年2月30日出生，新生儿参保截止哪天", "2023年2月没有30日", ()),
    ("newborn_enrolment", "孩子2024年10月出生，新生儿参保截止哪天", "2024年10月几日", ()),
    ("newborn_enrolment", "新生儿参保要在多少天内", "出生日期", ()),
    ("newborn_enrolment", "宝宝2024年6月1日出生，2024年5月29日交的医保", "早于出生日期", ()),
])
def test_a_date_that_is_not_a_real_day_gets_a_question_back(calculator, text, says, also):
    out = ask(calculator, text)
    assert out.status == "clarify" and says in out.text and not out.steps and not out.result
    assert all(word in out.text for word in also)


# §3.8 偶合症 ------------------------------------------------------------------------------------

def test_coincidental_compensation():
    out = ask("vaccine_coincidental", "打疫苗后不明原因死亡，做了尸检认定是偶合症，收入按4万算能补偿多少？")
    assert out.status == "answered" and out.result == "不低于40000"
    assert "40000元 × 1年 = 40000元" in out.text and "{coincidental}" in out.text
    refused = ask("vaccine_coincidental", "疫苗接种后孩子不明原因死亡，家属拒绝尸检，还能补偿吗")
    assert refused.result == "0" and "不予补偿" in refused.text
    missing = ask("vaccine_coincidental", "贵州打完疫苗去世，属于偶合症，补偿标准是多少")
    assert missing.status == "clarify" and "城镇居民人均可支配收入" in missing.text and "{income}" in missing.text
    assert ask("vaccine_coincidental", "贵州打疫苗异常反应二级丙等，收入4万") is None  # not 偶合症


# every calculator ------------------------------------------------------------------------------

def _answers():
    for cid in NEW:
        for text in registry.spec(cid).examples:
            yield cid, text


@pytest.mark.parametrize("cid,text", list(_answers()))
def test_every_figure_of_an_answer_comes_from_input_clause_or_working(cid, text):
    out = ask(cid, text)
    assert out is not None and out.status in ("answered", "clarify")
    spec = registry.spec(cid)
    known = text + "".join(c.quote for c in spec.rules.clauses.values()) \
        + "".join(f"{s.label}{s.expression}{s.value}" for s in out.steps)
    known = re.sub(r"\s+", "", known)
    for n in re.findall(r"\d+(?:\.\d+)?", MARKER.sub("", out.text)):
        assert n in known, (n, out.text)
    for key in MARKER.findall(out.text):  # every marker names a clause the outcome uses
        assert key in spec.rules.clauses and spec.rules.clause(key) in out.clauses


def test_calculators_describe_themselves():
    for cid in NEW:
        spec = registry.spec(cid)
        assert spec is not None and spec.regions and spec.triggers and spec.answers
        assert set(spec.answers) <= lexicon.figure_types(), (cid, spec.answers)  # answer types the intents know
        assert len(set(spec.examples)) >= 10
        assert spec.required and all(s.extract in slots.EXTRACTORS for s in spec.slots)


def test_no_province_document_or_number_in_the_code(default_docs):
    from policybot.regions import gazetteer

    names = {d.doc_number for d in default_docs if d.doc_number} | {d.title for d in default_docs}
    for cid in NEW:
        data = load_rules(cid).data
        names |= {data.get("doc_number", ""), data.get("doc_title", ""), data.get("place", "")} - {""}
    for module in MODULES:
        code = (ROOT / "bot" / "calculators" / f"{module}.py").read_text(encoding="utf-8")
        assert not gazetteer().provinces_in(code), module
        assert not [n for n in names if n and n in code], module
        assert "〔" not in code, module


def _corpus_text() -> str:
    """The corpus files with whitespace removed, and the metadata blocks of the compiled file
    (发文机关 … 类别) and its running header/footer taken out, since they interrupt sentences."""
    parts = []
    for path in sorted((ROOT / "data" / "corpus").glob("*.txt")):
        lines, keep, block = path.read_text(encoding="utf-8").split("\n"), [], False
        for line in lines:
            if line.startswith("发文机关："):
                block = True
            if block:
                if re.match(r"^类\s*别：", line):
                    block = False
                continue
            if line.startswith("医药梦网 WWW") or line.strip() in ("全国医药政策月度汇编", "医药先锋系列"):
                continue
            keep.append(line)
        parts.append(re.sub(r"\s+", "", "".join(keep)))
    return "\n".join(parts)


def test_every_clause_of_the_new_rules_is_in_the_corpus(default_docs, default_chunks):
    corpus = _corpus_text()
    index = ClauseIndex({d.doc_id: d for d in default_docs}, default_chunks)
    missing = []
    for cid in NEW:
        assert (RULES_DIR / f"{cid}.toml").exists()
        for clause in load_rules(cid).clauses.values():
            quote = re.sub(r"\s+", "", clause.quote)
            if not quote or quote not in corpus:
                missing.append((cid, clause.key, "text"))
            if index.cite(clause) is None:  # and in a chunk of the document it names
                missing.append((cid, clause.key, "document"))
    assert not missing
