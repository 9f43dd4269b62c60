"""The Gansu childcare-subsidy calculator against the table attached to the document itself,
and its edge cases (第五条, 第十条, 第十三条)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from bot.calculators.childcare_subsidy import compute, entitlement, general

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def table_rows(default_docs):
    """The 36 rows of 《2022—2024年各月份出生婴幼儿申领育儿补贴金额对照表》 as ingestion rebuilt them."""
    (doc,) = [d for d in default_docs if d.doc_number == "甘卫人口发〔2025〕65号"]
    (table,) = [p for p in doc.paragraphs if p.kind == "table"]
    lines = table.text.split("\n")
    header = lines[1].split(" ")
    rows = []
    for line in lines[2:]:
        cells = line.split(" ")
        rows.append(cells)
    assert header == ["出生年月", "2025年补贴金额", "2026年补贴金额", "2027年补贴金额", "补贴总年(月)数", "补贴总金额"]
    assert len(rows) == 36
    return rows


def test_every_row_of_the_attached_table_comes_out_exactly(table_rows):
    for cells in table_rows:
        y, m = map(int, re.match(r"(\d{4})年(\d{1,2})月", cells[0]).groups())
        e = entitlement(y, m)
        amounts = [a for _, a in e.claims]
        years = [yy for yy, _ in e.claims]
        # cells: birth, the per-year amounts present, duration, total
        assert cells[1:-2] == [str(a) for a in amounts], cells
        assert years == list(range(2025, 2025 + len(amounts)))
        assert cells[-2] == e.duration, cells
        assert cells[-1] == str(e.total), cells


def test_the_issue_example_with_working_and_clauses():
    out = compute([(2023, 3)], TODAY)
    assert out.result == "4500"
    assert "2025年3600元、2026年900元" in out.text and "分别在2025年和2026年提出申请" in out.text
    steps = {s.label: s for s in out.steps}
    assert steps["每月折算标准"].value == "300元/月"
    assert steps["先整年、后余月"].expression == "2025年 3600元 + 2026年 900元" and steps["先整年、后余月"].value == "4500元"
    assert {c.label for c in out.clauses} >= {"第五条", "第十条"}
    assert "2025年的申领年度已经过去" in out.text  # today is 2026-11-23


@pytest.mark.parametrize("birth,total,claims", [
    ((2022, 1), 300, 1), ((2022, 12), 3600, 1), ((2024, 7), 9300, 3), ((2024, 12), 10800, 3),
    ((2025, 1), 10800, 3), ((2025, 3), 10800, 3), ((2026, 2), 10800, 3),
])
def test_totals_and_number_of_claims(birth, total, claims):
    e = entitlement(*birth)
    assert e.total == total and len(e.claims) == claims


def test_born_2021_or_earlier_is_not_eligible():
    assert not entitlement(2021, 12).eligible
    out = compute([(2021, 11)], TODAY)
    assert out.result == "0" and "3周岁以下" in out.text and "300元" not in out.text


def test_new_births_claim_first_in_birth_year_or_next_then_two_consecutive_years():
    out = compute([(2025, 11)], TODAY, missed={2025}, first_claim_year=2026)
    assert out.text.startswith("可以")
    assert "2026年首次申请，2027年和2028年续领" in out.text
    late = compute([(2025, 3)], TODAY, first_claim_year=2027)
    assert "首次申请应在2025年或2026年提出" in late.text


def test_a_missed_year_is_lost_not_made_up():
    out = compute([(2024, 10)], TODAY, missed={2026})
    assert out.result == "6600"
    assert "实际可领6600元" in out.text and "实际能拿到10200元" not in out.text


def test_several_children_are_added_up():
    out = compute([(2022, 12), (2024, 6)], TODAY)
    assert out.result == "12600"
    assert "3600元 + 9000元 = 12600元" in out.text


def test_a_year_asked_about_is_answered_with_the_running_total():
    out = compute([(2023, 6)], TODAY, focus_year=2026)
    assert "其中2026年可领1800元" in out.text and "2025年到2026年合计5400元" in out.text


def test_death_in_or_after_2025_gives_the_full_year():
    out = compute([(2024, 5)], TODAY, death=date(2025, 8, 1))
    assert out.result == "3600" and "第十三条" in {c.label for c in out.clauses}
    before = compute([(2024, 5)], TODAY, death=date(2024, 12, 1))
    assert before.result == "0" and "不在申领范围" in before.text


def test_the_standard_without_a_birth_month():
    out = general(TODAY)
    assert "每孩每年3600元" in out.text and "共计10800元" in out.text
