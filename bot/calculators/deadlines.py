"""Dates that follow from a date the user gives: when medical assistance starts (a number of months
before the certification, or the certification day itself), and a newborn's enrolment deadlines (a
number of days after birth). The figures — months, days, the day-back rule — are rules data.

A day that does not exist (「2023年2月30日」) or a month without its day gets a clarifying
question, never a guess.
"""

from __future__ import annotations

from datetime import date, timedelta

from prompts import phrase

from . import slots_extra
from .base import Outcome, load_rules
from .slots_extra import BadDate, MonthOnly

START = load_rules("assistance_start")
NEWBORN = load_rules("newborn_enrolment")


def cn_date(d: date) -> str:
    return phrase("calc_extra.date", year=d.year, month=d.month, day=d.day)


def date_problem(value) -> str | None:
    """The clarifying sentence for a day that does not exist or has no day; None for a real date."""
    if isinstance(value, BadDate):
        if value.days_in_month is None:
            return phrase("calc_extra.bad_month", text=value.text, month=value.month)
        return phrase("calc_extra.bad_day", text=value.text, year=value.year, month=value.month, day=value.day)
    if isinstance(value, MonthOnly):
        return phrase("calc_extra.month_only", year=value.year, month=value.month)
    return None


def months_before(d: date, months: int, days_back: int) -> tuple[date, tuple[int, int, int] | None]:
    """The same day ``months`` months earlier; when that day does not exist, ``days_back`` days
    before it, again and again until a day exists (2024-02-29 → 2023-02-28). Returns the date and
    the (year, month, day) that did not exist, if any."""
    total = d.year * 12 + (d.month - 1) - months
    year, month = total // 12, total % 12 + 1
    day = d.day
    missing = None
    while slots_extra.valid(year, month, day) is None:
        missing = missing or (year, month, day)
        day -= days_back
    return date(year, month, day), missing


def assistance_start(certified, kind: str | None) -> Outcome:
    out = Outcome("assistance_start", unit="日期")
    c = START.clauses
    place = START["place"]
    if certified is None or date_problem(certified):
        out.status = "clarify"
        out.text = (date_problem(certified) or phrase("assistance_start.clarify")) \
            + phrase("assistance_start.rule", place=place, months=START["months_before"], back=START["days_back"]) \
            + out.use(c["expense"], c["income"])
        return out
    out.inputs = {"certified": certified.isoformat(), "kind": START["kinds"][kind]["name"] if kind else ""}
    months, back = START["months_before"], START["days_back"]
    parts, results = [], {}
    if kind in (None, "expense"):
        start, missing = months_before(certified, months, back)
        same = cn_date(start) if missing is None else phrase("calc_extra.date", year=missing[0], month=missing[1],
                                                              day=missing[2])
        out.step(*phrase("assistance_start.steps.same_day", months=months, certified=cn_date(certified), same=same))
        text = phrase("assistance_start.expense", place=place, months=months, back=back, certified=cn_date(certified),
                      start=cn_date(start))
        if missing is not None:
            out.step(*phrase("assistance_start.steps.no_day", back=back, missing=same, start=cn_date(start)))
            text += phrase("assistance_start.expense_no_day", year=missing[0], month=missing[1], day=missing[2],
                           back=back, start=cn_date(start))
        parts.append(text + out.use(c["expense"]))
        results["expense"] = cn_date(start)
    if kind in (None, "income"):
        out.step(*phrase("assistance_start.steps.income", certified=cn_date(certified)))
        parts.append(phrase("assistance_start.income", place=place, certified=cn_date(certified)) + out.use(c["income"]))
        results["income"] = cn_date(certified)
    out.result = results[kind] if kind else phrase("assistance_start.result_both", **results)
    out.text = (phrase("assistance_start.both") if kind is None else "") + "".join(parts) + phrase("assistance_start.end")
    if kind is None:
        out.choices = [START["kinds"][k]["name"] for k in START["kinds"]]
    return out


def newborn_deadlines(birth, paid=None) -> Outcome:
    out = Outcome("newborn_enrolment", unit="日期")
    c = NEWBORN.clauses
    if birth is None or date_problem(birth):
        out.status = "clarify"
        out.text = (date_problem(birth) or phrase("newborn.clarify")) \
            + phrase("newborn.rule", place=NEWBORN["place"], pay_days=NEWBORN["pay_days"], code_days=NEWBORN["code_days"]) \
            + out.use(c["pay"], c["code"])
        return out
    pay_days, code_days = NEWBORN["pay_days"], NEWBORN["code_days"]
    pay_deadline = birth + timedelta(days=pay_days)  # the day after birth is day 1
    code_deadline = birth + timedelta(days=code_days)
    alt = timedelta(days=1)  # the day of birth as day 1: one day earlier
    year_end = date(birth.year, 12, 31)
    out.inputs = {"birth": birth.isoformat()}
    f = dict(birth=cn_date(birth), pay_days=pay_days, code_days=code_days, pay_deadline=cn_date(pay_deadline),
             pay_deadline_alt=cn_date(pay_deadline - alt), code_deadline=cn_date(code_deadline),
             code_deadline_alt=cn_date(code_deadline - alt), year_end=cn_date(year_end), days_alt=pay_days - 1, code_days_alt=code_days - 1)
    out.step(*phrase("newborn.steps.pay", **f))
    out.step(*phrase("newborn.steps.pay_alt", **f))
    out.step(*phrase("newborn.steps.code", **f))
    out.step(*phrase("newborn.steps.code_alt", **f))
    out.step(*phrase("newborn.steps.year_end", **f))
    out.result = phrase("newborn.steps.result", **f)
    text = phrase("newborn.pay", place=NEWBORN["place"], **f) + out.use(c["pay"]) \
        + phrase("newborn.code", **f) + out.use(c["code"])
    if isinstance(paid, date):
        out.inputs["paid"] = paid.isoformat()
        n = (paid - birth).days
        if n < 0:
            out.status = "clarify"
            out.text = phrase("newborn.paid_before", paid=cn_date(paid), birth=cn_date(birth))
            out.steps, out.result = [], ""
            return out
        out.step(*phrase("newborn.steps.paid", paid=cn_date(paid), birth=cn_date(birth), n=n))
        text += phrase("newborn.paid_within" if n <= pay_days else "newborn.paid_late", paid=cn_date(paid), n=n,
                       pay_days=pay_days)
    elif paid is not None and date_problem(paid):
        out.status = "clarify"
        out.text = date_problem(paid)
        out.steps, out.result = [], ""
        return out
    out.text = text
    return out


def solve_assistance_start(req) -> Outcome | None:
    return assistance_start(req.slots.get("certified"), req.slots.get("kind"))


def solve_newborn(req) -> Outcome | None:
    return newborn_deadlines(req.slots.get("birth"), req.slots.get("paid"))
