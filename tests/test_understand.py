"""Reading calculator inputs out of everyday Chinese."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.understand import birth_from_age, cn_int, read

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize("text,birth", [
    ("娃是23年3月生的 补贴一共能拿多少", (2023, 3)),
    ("2023年三月出生", (2023, 3)),
    ("去年3月出生的", (2025, 3)),
    ("孩子2024.5出生", (2024, 5)),
    ("2024-05-03生的", (2024, 5)),
    ("那要是24年5月生的呢？", (2024, 5)),
    ("二三年三月出生", (2023, 3)),
    ("孩子正好是2025年1月1日在甘肃出生的", (2025, 1)),
])
def test_birth_months_in_many_spellings(text, birth):
    r = read(text, TODAY)
    assert [(d.year, d.month) for d in r.births] == [birth]


def test_claim_missed_and_birth_years_are_told_apart():
    r = read("孩子2024年10月在甘肃出生，2025年和2027年都申请了育儿补贴，但2026年忘了申请", TODAY)
    roles = {(d.year, d.month): d.role for d in r.dates}
    assert roles == {(2024, 10): "birth", (2025, None): "claim", (2027, None): "claim", (2026, None): "missed"}


def test_two_children():
    r = read("老大2022年12月出生，老二2024年6月出生", TODAY)
    assert [(d.year, d.month) for d in r.births] == [(2022, 12), (2024, 6)]


@pytest.mark.parametrize("text,kind", [("2023年13月出生的孩子", "bad_month"), ("2023年2月30日出生", "bad_day"),
                                       ("2024年0月出生", "bad_month")])
def test_impossible_dates_are_reported_not_guessed(text, kind):
    r = read(text, TODAY)
    assert not r.births and r.problems[0].kind == kind


def test_ages():
    assert read("孩子两岁半了", TODAY).age_months == 30
    assert birth_from_age(30, TODAY) == (2024, 5)
    assert read("宝宝18个月大", TODAY).age_months == 18


@pytest.mark.parametrize("text,n,r", [
    ("此前已断保3年，2025年重新参加居民医保时补缴了其中2年的费用", 3, 2),
    ("河北一位居民此前连续断缴了5年，补缴了4年的费用", 5, 4),
    ("断保两年补缴了一年", 2, 1),
    ("中断缴费三年", 3, None),
])
def test_breaks_and_back_payments(text, n, r):
    got = read(text, TODAY)
    assert (got.break_years, got.repaid_years) == (n, r)


def test_vague_break_is_flagged():
    r = read("那要是断了好几年，靠补缴能把等待期缩短吗", TODAY)
    assert r.break_years is None and r.break_vague


@pytest.mark.parametrize("text,amount", [("符合规定的费用共1万元", 10000), ("花了三万块", 30000), ("3000元", 3000),
                                         ("两万", 20000)])
def test_money(text, amount):
    assert read(text, TODAY).money == [Decimal(amount)]


@pytest.mark.parametrize("text,province", [("我是甘肃广河县的", "甘肃省"), ("我们甘肃兰州的", "甘肃省"), ("四川成都生二孩", "四川省"),
                                           ("广西自治区直属高校", "广西壮族自治区"), ("在内蒙古", "内蒙古自治区"),
                                           ("石家庄的", "河北省"), ("我是临夏州的", "甘肃省"),
                                           ("恩施州来的", "湖北省"), ("我是和县的", "安徽省")])
def test_places_map_to_provinces(text, province):
    assert read(text, TODAY).regions[0] == province


def test_ordinary_words_are_not_places():
    assert read("国家卫生健康委办公厅、公安部办公厅", TODAY).regions == []
    assert read("市辖区省级不分担，城区和郊区", TODAY).regions == []
    assert read("乡镇初审和县级审核各要几天", TODAY).regions == []  # 县级, not 和县


def test_chinese_numerals():
    assert [cn_int(x) for x in ["十二", "两", "二十三", "3", "十"]] == [12, 2, 23, 3, 10]


def test_same_year_refers_to_the_date_before():
    r = read("2025年3月出生的宝宝，同年8月不幸夭折了", TODAY)
    assert [(d.year, d.month, d.role) for d in r.dates] == [(2025, 3, "birth"), (2025, 8, "death")]


def test_an_age_after_this_year_is_not_a_month():
    r = read("我爸今年45岁，单位体检查不查肺功能？", TODAY)
    assert not r.problems and r.age_months == 45 * 12


def test_sub_questions_and_their_context():
    from bot.compose import split_subquestions

    assert split_subquestions("我在广河县递了申请 一直没给答复 想申请行政复议该找哪个单位啊 电话多少") == [
        "我在广河县递了申请，一直没给答复，想申请行政复议该找哪个单位啊", "电话多少"]
    assert split_subquestions("从哪天开始执行？我要是去外省做能报吗？") == ["从哪天开始执行", "我要是去外省做能报吗"]


def test_a_block_of_fields_is_one_unit_with_its_label():
    from bot.compose import sentences

    text = "1.投诉举报\n单位名称:广河县人民政府办公室\n联系电话:0930-5622056\n2.行政复议\n单位名称:临夏回族自治州人民政府\n联系电话:0930-6214308"
    assert sentences(text) == ["1.投诉举报\n单位名称:广河县人民政府办公室\n联系电话:0930-5622056",
                               "2.行政复议\n单位名称:临夏回族自治州人民政府\n联系电话:0930-6214308"]


def test_a_price_with_a_decimal_point_is_not_a_date():
    r = read("一盒10支的注射剂挂网价15.01元，要是29.99元呢？", TODAY)
    assert not r.problems and not r.dates


def test_years_back_paid_said_before_the_verb():
    assert read("居民医保断了3年，重新参保时把这3年全补缴了", TODAY).repaid_years == 3


def test_a_virus_type_with_a_slash_is_not_a_date():
    from datetime import date

    from bot.understand import find_dates

    assert find_dates("HPV16/18型阳性者直接转诊", date(2026, 12, 4)) == ([], [])
    assert find_dates("2023/3出生的", date(2026, 12, 4))[0][0].month == 3


def test_a_time_within_the_askers_case_is_not_the_future():
    from bot import lexicon

    within = lexicon.cue("outside.time_within_case")
    future = lexicon.cue("outside.future")
    assert not future.search(within.sub("", "要是同时还有糖尿病，合并以后一年的限额是多少？"))
    assert future.search(within.sub("", "育儿补贴以后还发不发？"))


def test_a_verb_before_a_benefit_is_not_its_name():
    from bot.scope import unknown_benefit

    assert unknown_benefit("离岗以后每个月有补助不？", "乡村医生生活补助每人每月300元") is None
    assert unknown_benefit("能领托育补贴吗", "育儿补贴每孩每年3600元") == "托育补贴"
