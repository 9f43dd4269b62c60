"""Numbers as people write them, read by one grammar (bot/numbers.py), and days said without
their year (bot/understand.py)."""

from datetime import date
from decimal import Decimal

import pytest

from bot import numbers
from bot.understand import find_dates, money_amounts

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize("raw, value", [
    ("2800", "2800"), ("12,000", "12000"), ("1.5万", "15000"), ("两千八", "2800"), ("一万八", "18000"),
    ("三万五", "35000"), ("四千六百", "4600"), ("三十万", "300000"), ("三点二亿", "320000000"),
    ("三点二个亿", "320000000"), ("3万5千", "35000"), ("1万5", "15000"), ("二十三", "23"), ("二三", "23"),
    ("一千零五", "1005"), ("十五", "15"), ("两", "2"), ("两千三百万", "23000000"), ("四万二", "42000"),
    ("三百五", "350"), ("零点五", "0.5"),
])
def test_a_number_is_read_as_it_is_spoken(raw, value):
    assert numbers.parse(raw) == Decimal(value)


@pytest.mark.parametrize("raw", ["三四千", "万", "千五", ""])
def test_what_is_not_one_number_is_none(raw):
    assert numbers.parse(raw) is None


@pytest.mark.parametrize("text, sums", [
    ("花了一万八", ["18000"]), ("中选价12块6，能卖多少", ["12.6"]), ("一支7块8", ["7.8"]),
    ("三点二个亿保费", ["320000000"]), ("起付线1.5万元，花了5万", ["15000", "50000"]),
    ("常住人口3万人", []), ("降低一半", []), ("两块五毛一支", ["2.5"]),
])
def test_sums_of_money_in_everyday_writing(text, sums):
    assert money_amounts(text) == [Decimal(s) for s in sums]


@pytest.mark.parametrize("text, expected", [
    ("去年（2024年）九月份生了一对双胞胎", [(2024, 9, None)]),
    ("老三今年（25年）5月刚生", [(2025, 5, None)]),
    # the year comes from the nearest date that has one
    ("我11月3号在网上交的申请（25年11月，中间没放假）", [(2025, 11, 3), (2025, 11, None)]),
    # else from the weekday said with it: 2025-06-16 was a Monday, 2026-06-16 a Tuesday
    ("我们6月16号（礼拜一）收到的结论", [(2025, 6, 16)]),
    # else this year
    ("宝宝10月20号出生，12月25号才去交", [(2026, 10, 20), (2026, 12, 25)]),
])
def test_a_day_said_without_its_year_takes_one_from_the_message(text, expected):
    dates, problems = find_dates(text, TODAY)
    assert [(d.year, d.month, d.day) for d in dates] == expected and not problems


def test_a_birth_day_still_to_come_this_year_is_last_years():
    dates, _ = find_dates("孩子12月20号出生的", TODAY)
    assert (dates[0].year, dates[0].month, dates[0].day) == (2025, 12, 20)


def test_a_yearless_day_that_cannot_be_is_questioned():
    dates, problems = find_dates("2月30号生的", TODAY)
    assert not dates and problems[0].kind == "bad_day"


def test_a_claim_cue_after_a_comma_does_not_make_the_date_a_claim():
    """「老二23年7月，育儿补贴两个娃能领多少」: the second child's birth month, not a claim date;
    「2025年3月申请的」 is one."""
    dates, _ = find_dates("老大22年3月生的，老二23年7月，育儿补贴两个娃总共能领多少", TODAY)
    assert [d.role for d in dates] == ["birth", ""]
    dates, _ = find_dates("2025年3月申请的", TODAY)
    assert dates[0].role == "claim"
