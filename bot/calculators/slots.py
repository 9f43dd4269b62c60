"""Slot extractors: how a calculator's inputs are read out of a message.

A rules file names an extractor for each slot (``extract = "money"``); the options beside it
(word lists, a key of the rules data holding choices) are data, so one extractor serves every
calculator. Each returns a plain value, or None when the message does not give it.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from .. import numbers, understand
from .base import RuleFile
from .registry import Slot

Extractor = Callable[[Slot, str, Any, Any, bool, RuleFile], Any]
EXTRACTORS: dict[str, Extractor] = {}


def extractor(name: str):
    def register(fn: Extractor) -> Extractor:
        EXTRACTORS[name] = fn
        return fn
    return register


def fill(slots: tuple[Slot, ...], text: str, reading, today, continuing: bool, rules: RuleFile) -> dict[str, Any]:
    """Every slot the message gives. ``continuing``: the conversation is already about this
    calculator, so a bare date or number in a follow-up (「那24年5月的呢」) is its input."""
    out: dict[str, Any] = {}
    for s in slots:
        v = EXTRACTORS[s.extract](s, text, reading, today, continuing, rules)
        if v not in (None, [], ""):
            out[s.name] = v
    return out


_SIBLINGS = re.compile(r"老大|老二|老三|大的|小的|大娃|二娃|三娃|[两三四俩仨]个(?:孩子|娃|宝宝|小孩)")
_MULTIPLE = re.compile(r"三胞胎|双胞胎|双胞|龙凤胎|一对双")
_CHILD_COUNT = re.compile(rf"({understand.NUM})\s*个(?:孩子|娃|宝宝|小孩)")


@extractor("births")
def births(slot, text, reading, today, continuing, rules):
    """Birth months, one per child. The same month said twice is one child (「我家孩子是2023年3月
    出生的。请问2023年3月出生的孩子能领多少」); twins and triplets are two or three."""
    several = bool(_SIBLINGS.search(text))  # 「老大2022年5月、老二2024年2月、老三2025年10月出生」
    dates = [d for d in reading.dates if d.month and (d.role == "birth" or (d.role == "" and (
        continuing or (several and any(x.role == "birth" for x in reading.dates)))))]
    found = list(dict.fromkeys((d.year, d.month) for d in dates))
    if not found and reading.age_months is not None:
        found = [understand.birth_from_age(reading.age_months, today)]
    m = _MULTIPLE.search(text)
    if m and len(found) == 1:
        found = found * (3 if m.group(0).startswith("三") else 2)
    return found or None


@extractor("birth_year")
def birth_year(slot, text, reading, today, continuing, rules):
    """A birth year without its month (「2023年生的」)."""
    ys = [d.year for d in reading.dates if d.month is None and (d.role == "birth" or (continuing and d.role == ""))]
    return ys[0] if ys else None


@extractor("dates_by_role")
def dates_by_role(slot, text, reading, today, continuing, rules):
    """Years or dates with a role (``options.role``: missed, claim, death …)."""
    role = slot.options.get("role", "")
    want_month = slot.options.get("month", False)
    found = [d for d in reading.dates if d.role == role and (bool(d.month) == want_month)]
    if want_month:
        return next((d.as_date() for d in found if d.as_date()), None)
    return sorted({d.year for d in found}) or None


@extractor("date")
def full_date(slot, text, reading, today, continuing, rules):
    """A calendar day (「2024年10月15日」)."""
    return next((d.as_date() for d in reading.dates if d.day and d.as_date()), None)


@extractor("break_years")
def break_years(slot, text, reading, today, continuing, rules):
    if reading.break_years is not None:
        return reading.break_years
    return "vague" if reading.break_vague else None


@extractor("repaid_years")
def repaid_years(slot, text, reading, today, continuing, rules):
    return reading.repaid_years


@extractor("money")
def money(slot, text, reading, today, continuing, rules):
    """The first amount of money (「1万元」 → 10000); ``options.all``: every amount."""
    if slot.options.get("all"):
        return list(reading.money) or None
    return reading.money[0] if reading.money else None


@extractor("number")
def number(slot, text, reading, today, continuing, rules):
    """A number before one of ``options.units`` (「2800人」, 「30万」 with ``scale``)."""
    units = "|".join(map(re.escape, slot.options.get("units", [])))
    for m in re.finditer(rf"({numbers.NUMBER})\s*(万|千)?\s*(?:{units})", text):
        v = numbers.parse(m.group(1))
        if v is None:
            continue
        v *= {"万": 10000, "千": 1000}.get(m.group(2) or "", 1)
        return v
    return None


@extractor("choice")
def choice(slot, text, reading, today, continuing, rules):
    """The first option whose words the message uses; options are rules data
    (``options.key`` names a list or table of ``{name, words}``)."""
    data = rules.data
    for part in slot.options["key"].split("."):
        data = data[part]
    items = data.items() if isinstance(data, dict) else ((d.get("id", d["name"]), d) for d in data)
    for key, opt in items:
        if any(said(w, text) for w in opt.get("words", [])):
            return key
    return None


NEGATED = re.compile(r"(?:不是|并非|非|不属于|不算)[\u4e00-\u9fff]{0,2}$")


def said(word: str, text: str) -> bool:
    """``word`` stands in the text, and not as what something is not (「不是省直管县」)."""
    return any(not NEGATED.search(text[max(0, m.start() - 6):m.start()]) for m in re.finditer(re.escape(word), text))


@extractor("flag")
def flag(slot, text, reading, today, continuing, rules):
    """True when the message uses one of ``options.words``."""
    return any(w in text for w in slot.options.get("words", [])) or None


@extractor("packages")
def packages(slot, text, reading, today, continuing, rules):
    """(package price, units) pairs: 「一盒10支……15.01元」."""
    return understand.injection_packages(text) or None


@extractor("age_years")
def age_years(slot, text, reading, today, continuing, rules):
    """Whole years of age (「30岁」, 「两岁」, 「两岁半」 → 2)."""
    months = understand.age_in_months(text)
    return months // 12 if months is not None else None


@extractor("pattern")
def pattern(slot, text, reading, today, continuing, rules):
    """The first group of ``options.regex`` as an integer (Chinese numerals too)."""
    m = re.search(slot.options["regex"], text)
    if not m:
        return None
    g = next((g for g in m.groups() if g), None)
    return understand.cn_int(g) if g else None
