"""Waiting period, financing shares, premium assistance, assisted reproduction, price caps,
vaccine compensation, plan targets, serious-illness incentives — and that every clause a
calculator cites is found, word for word, in the indexed corpus."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.calculators import insurance, misc, waiting_period
from bot.calculators.base import RULES_DIR, ClauseIndex, load_rules


@pytest.mark.parametrize("region,n,r,months", [
    ("全国", 1, 0, 4),    # a 1-year break gives 3 + 1
    ("全国", 3, 0, 6),
    ("全国", 3, 2, 4),    # 国办发〔2024〕38号: back-paying 2 of 3 years leaves 1 month of variable period
    ("河北省", 5, 4, 6),  # 冀医保发〔2024〕7号: 3 + 1 = 4, but 4+ years of break → at least 6
    ("全国", 4, 3, 6),
    ("全国", 5, 0, 8),
    ("河北省", 5, 10, 6),
    ("全国", 0, 0, 3),
])
def test_waiting_period(region, n, r, months):
    out = waiting_period.compute(region, n, r)
    assert out.result == str(months)
    assert f"一共{months}个月" in out.text


def test_waiting_period_newborns_and_rule_explanation():
    assert waiting_period.compute("全国", 3, 0, newborn=True).result == "0"
    rule = waiting_period.compute("全国", None)
    assert "每多缴纳1年可减少1个月变动待遇等待期" in rule.text and "不少于6个月" in rule.text
    assert "各省份确定" in rule.text


def test_waiting_period_back_payment_cost_uses_the_local_contribution():
    out = waiting_period.compute("河北省", 3, 2)
    assert any(s.expression == "2年 × 400元" and s.value == "800元" for s in out.steps)
    national = waiting_period.compute("全国", 3, 2)
    assert "不低于400元" in national.text and "由各省份确定" in national.text


def test_hebei_financing_shares():
    direct = insurance.financing("河北省", "direct_county")
    assert direct.result == "中央402元、省134元、县134元"
    city = insurance.financing("河北省", "city_county")
    assert city.result == "中央402元、省80.4元、市53.6元、县134元"


def test_guangxi_and_national_financing():
    g = insurance.financing("广西壮族自治区", "poverty_county")
    assert "536元" in g.text and "100.5元" in g.text and "33.5元" in g.text
    n = insurance.financing("全国", None)
    assert "536元" in n.text and "402元" in n.text  # 670 × 80%, 670 × 60%


def test_hebei_premium_assistance():
    low = insurance.assistance("河北低保户交居民医保补贴多少")
    assert low.result == "不低于240" and "60%" in low.text
    poor = insurance.assistance("特困人员参保")
    assert poor.result == "400"


@pytest.mark.parametrize("amount,scheme,fund", [(10000, "职工医保", "6300"), (10000, "城乡居民医保", "5400"),
                                                 (3000, "职工医保", "1890"), (25000, "城乡居民医保", "13500")])
def test_henan_assisted_reproduction(amount, scheme, fund):
    out = insurance.reproduction(Decimal(amount), scheme)
    assert out.result == fund
    patient = Decimal(amount) - Decimal(fund)
    assert f"个人负担{patient}元" in out.text


def test_henan_cross_province_is_not_covered():
    assert insurance.reproduction(Decimal(10000), None, cross_province=True).result == "0"


def test_price_caps():
    assert misc.price_cap("jiangxi_retail", Decimal("10.00"), "药店").result == "11.5"
    assert misc.price_cap("jiangxi_retail", Decimal("23.40"), "民营诊所").result == "26.91"
    village = misc.price_cap("jiangxi_retail", Decimal("23.40"), "一体化管理村卫生室")
    assert village.result == "23.4" and "零差率" in village.text
    assert misc.price_cap("hainan_herbs", Decimal("8.60"), "饮片").result == "10.75"
    odd = misc.price_cap("jiangxi_retail", Decimal("0.87"), "药店")
    assert odd.result == "1.0005" and "取舍" in odd.text


def test_vaccine_compensation_needs_the_income_figure_and_computes_with_it():
    missing = misc.vaccine("鉴定为二级丙等残疾", None, None, None)
    assert missing.status == "clarify" and "城镇居民人均可支配收入" in missing.text
    out = misc.vaccine("二级丙等 不能排除", Decimal(40000), 10, None)
    assert out.result == "280000"
    assert "不低于168000元" in out.text


def test_plan_target_and_serious_illness():
    assert misc.plan_target("2025年人均预期寿命目标").result == "78.93"
    out = insurance.serious_illness("河北省", 8)
    assert out.result == "8000" and "原封顶线" in out.text
    assert insurance.serious_illness("全国", 5).result == "不低于1000"


def test_serious_illness_after_a_break():
    out = insurance.serious_illness_break("河北省", 3)
    assert out.result == "-6000" and "降低6000元" in out.text and "继续保留" in out.text
    assert insurance.serious_illness_break("全国", 3) is None  # the national text gives no figure


@pytest.mark.parametrize("price,units,unit_price", [
    ("10.00", 6, "1.67"), ("12.34", 10, "1.24"), ("19.99", 10, "2"), ("25.00", 12, "2.08"),
    ("59.99", 20, "2.99"), ("15.01", 10, "1.51"), ("29.99", 10, "2.99"),
])
def test_injection_unit_price_rounds_up_at_or_below_2_and_down_above(price, units, unit_price):
    assert misc.injection_unit_prices([(Decimal(price), units)]).result == unit_price


def test_two_injection_packages_give_two_unit_prices():
    out = misc.injection_unit_prices([(Decimal("15.01"), 10), (Decimal("29.99"), 10)])
    assert out.result == "1.51、2.99" and len(out.steps) == 2


def test_assistance_prepayment_and_the_unstated_rounding():
    assert misc.assistance_prepayment(Decimal(24000000)).result == "6000000"
    out = misc.assistance_prepayment(Decimal(12345678))
    assert out.result == "3086419.5" and "300万元或310万元" in out.text


def test_every_rule_clause_is_found_verbatim_in_the_corpus(retriever):
    index = ClauseIndex(retriever.index.documents, retriever.index.chunks)
    missing = []
    for path in RULES_DIR.glob("*.toml"):
        rules = load_rules(path.stem)
        for clause in rules.clauses.values():
            if clause.quote and index.cite(clause) is None:
                missing.append((path.stem, clause.key))
    assert not missing
