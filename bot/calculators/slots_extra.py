"""More slot extractors, registered with the same ``@extractor`` decorator as ``slots.py``.

* ``quantity`` — a count of people or things before a unit or after a cue word (「常住人口3200」,
  「两千五百人」, 「1.2万人」); a sign is kept (「-500人」) so the calculator can refuse it.
* ``money_cued`` — the amount standing next to one of the cue words (「起付线1.5万」, 「花了5万元」,
  「人均财政补助按670算」); cues are tried in the order listed, ``exclude`` words rule an amount
  out, and without a cue the first amount with a money unit that is not excluded is taken.
* ``day`` — a calendar day, preferring one with a role (``role``) or a cue word near it
  (``words``), skipping those near ``avoid`` words. A day that does not exist (「2023年2月30日」)
  comes back as ``BadDate`` and a month without its day (「2024年10月」) as ``MonthOnly``, so the
  calculator can say what is wrong instead of guessing.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .. import numbers, understand
from .slots import extractor

# 12,000 / 1.5 / 3200 / 两千五百 / 一万二 / 三点二亿; an optional sign in front
_NUMBER = numbers.SIGN + rf"(?P<num>{numbers.NUMBER})"
_BREAK = "，,。；;！!？?\n、"


def _clause_window(text: str, start: int, end: int, before: int, after: int) -> tuple[str, str]:
    """The words just before and after a match, not crossing a comma or a full stop."""
    b = text[max(0, start - before):start]
    for ch in _BREAK:
        b = b.rsplit(ch, 1)[-1]
    a = text[end:end + after]
    for ch in _BREAK:
        a = a.split(ch, 1)[0]
    return b, a


_LINK = r"\s*(?:是|为|有|：|:|按|约|大约|大概|在|达到|都是)?\s*$"


def _cue_rank(words: list[str], before: str, after: str, bare: bool = False) -> int | None:
    """The index of the first cue word next to an amount; a bare number (no 元/万) needs the cue
    right before it (「起付线15000」, 「起付线是15000」)."""
    for i, w in enumerate(words):
        if bare:
            if re.search(re.escape(w) + _LINK, before):
                return i
        elif w in before or after.startswith(("的" + w, w)):
            return i
    return None


@extractor("money_cued")
def money_cued(slot, text, reading, today, continuing, rules):
    words = slot.options.get("words", [])
    exclude = slot.options.get("exclude", [])
    before_n, after_n = slot.options.get("before", 10), slot.options.get("after", 6)
    best: tuple[int, int, Decimal] | None = None
    fallback = None
    found = numbers.amounts(text)
    for i, a in enumerate(found):
        # the words between this amount and its neighbours: 「起付线2万的话花了5万」 — 「起付线」 is 2万's
        lo = found[i - 1].end if i else 0
        hi = found[i + 1].start if i + 1 < len(found) else len(text)
        before, after = _clause_window(text[:hi], a.start, a.end, min(before_n, a.start - lo), after_n)
        bare = not a.unit
        rank = _cue_rank(words, before, after, bare)
        excluded = _cue_rank(exclude, before, after, bare) is not None
        if excluded:
            continue
        if rank is not None:
            if best is None or (rank, a.start) < best[:2]:
                best = (rank, a.start, a.value)
        elif a.unit and fallback is None:
            fallback = a.value
    if best is not None:
        return best[2]
    # an input that tells which rule applies must be named by its cue; any other may be the lone sum
    return fallback if slot.options.get("fallback", not slot.options.get("identifies", False)) else None


@dataclass(frozen=True)
class Bound:
    """A count given only as a bound: 「不到1500人」, 「1500人以下」 (below), 「3000多人」 (above)."""
    value: Decimal
    side: str  # below | above


# 「3000多人」 is a bound; 「四千六百来人」 is about 4600 (来 only rounds)
_QUANTITY = re.compile(_NUMBER + r"\s*(?P<scale>万|千)?\s*(?:(?P<more>多|余)|来)?\s*")
_BELOW_BEFORE = re.compile(r"(?:不到|不足|少于|低于|小于|未满|不满|不超过)\s*$")
_ABOVE_BEFORE = re.compile(r"(?:超过|多于|高于|大于|不止)\s*$")


@extractor("quantity")
def quantity(slot, text, reading, today, continuing, rules):
    """A number before one of ``units`` or just after one of ``words`` (a cue); signed, and
    decimals kept, so the calculator can refuse what cannot be a count. 「不到1500人」 and
    「1500人以下」 come back as ``Bound(1500, "below")``, 「3000多人」 as ``Bound(3000, "above")``."""
    units = sorted(slot.options.get("units", []), key=len, reverse=True)
    words = slot.options.get("words", [])
    cued = None
    for m in _QUANTITY.finditer(text):
        value = numbers.parse(m.group("num"))
        if value is None:
            continue
        rest = text[m.end():]
        if re.match(r"[年月日号%％]", rest) or re.match(r"\s*[.．]\d", rest):
            continue
        value *= {"万": 10000, "千": 1000}.get(m.group("scale") or "", 1)
        if m.group("sign") and not (m.start() > 0 and text[m.start() - 1].isdigit()):
            value = -value
        before = text[max(0, m.start() - 8):m.start()]
        for ch in _BREAK:
            before = before.rsplit(ch, 1)[-1]
        unit = next((u for u in units if rest.startswith(u)), None)
        after = rest[len(unit):] if unit else rest
        if _BELOW_BEFORE.search(before) or re.match(r"\s*(?:以下|以内)", after):
            value = Bound(value, "below")
        elif m.group("more") or _ABOVE_BEFORE.search(before) or re.match(r"\s*以上", after):
            value = Bound(value, "above")
        if unit:
            return value
        if cued is None and any(re.search(re.escape(w) + r"\s*(?:是|有|约|大约|大概|为|共|总共|达到|不到|不足|超过|:|：)?\s*$",
                                          before) for w in words):
            cued = value
    return cued


@extractor("choices")
def choices(slot, text, reading, today, continuing, rules):
    """Every option whose words the message uses (``options.key`` as for ``choice``), in the
    order of the rules data."""
    data = rules.data
    for part in slot.options["key"].split("."):
        data = data[part]
    items = data.items() if isinstance(data, dict) else ((d.get("id", d["name"]), d) for d in data)
    return [key for key, opt in items if any(w in text for w in opt.get("words", []))] or None


@dataclass(frozen=True)
class BadDate:
    """A date the user wrote that does not exist (「2023年2月30日」)."""
    text: str
    year: int
    month: int
    day: int

    @property
    def days_in_month(self) -> int | None:
        return calendar.monthrange(self.year, self.month)[1] if 1 <= self.month <= 12 else None


@dataclass(frozen=True)
class MonthOnly:
    """A month without its day (「2024年10月」) where a calendar day is needed."""
    text: str
    year: int
    month: int


_BAD = re.compile(rf"(?P<y>\d{{4}})\s*(?:年|(?P<sep>[./-]))\s*(?P<m>\d{{1,2}}|[{understand.CN_NUM}]{{1,3}})"
                  rf"\s*(?(sep)[./-]|月)\s*(?P<d>\d{{1,2}}|[{understand.CN_NUM}]{{1,3}})")


def _near(text: str, start: int, end: int, words: list[str]) -> bool:
    before, after = _clause_window(text, start, end, 6, 12)
    return any(w in before or w in after for w in words)


@extractor("day")
def day(slot, text, reading, today, continuing, rules):
    """Options: ``role`` (a date with this role is preferred), ``avoid_roles`` (never these),
    ``words`` (a date with one of these words next to it is preferred), ``avoid`` (never a date
    with these words next to it), ``strict`` (only a preferred date, no fallback to the first)."""
    role = slot.options.get("role", "")
    avoid_roles = slot.options.get("avoid_roles", [])
    words = slot.options.get("words", [])
    avoid = slot.options.get("avoid", [])
    found: list[tuple[int, int, object]] = []  # (0 if preferred else 1, position, value)
    for d in reading.dates:
        if d.role in avoid_roles or (d.role != role and avoid and _near(text, d.start, d.end, avoid)):
            continue
        value = d.as_date() if d.day else (MonthOnly(d.text, d.year, d.month) if d.month else None)
        if value is None:
            continue
        fit = bool(role and d.role == role) or bool(words and _near(text, d.start, d.end, words))
        found.append((0 if fit else 1, d.start, value))
    for p in reading.problems:
        m = _BAD.search(p.text) if p.kind in ("bad_day", "bad_month") else None
        if not m:
            continue
        at = text.find(p.text)
        if at >= 0 and avoid and _near(text, at, at + len(p.text), avoid):
            continue
        month, dd = understand.cn_int(m.group("m")), understand.cn_int(m.group("d"))
        if month is None or dd is None:
            continue
        fit = bool(words and at >= 0 and _near(text, at, at + len(p.text), words))
        found.append((0 if fit else 1, max(at, 0), BadDate(p.text, int(m.group("y")), month, dd)))
    if slot.options.get("strict"):
        found = [f for f in found if f[0] == 0]
    if not found:
        return None
    found.sort(key=lambda f: (f[0], f[1]))
    return found[0][2]


def days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def valid(year: int, month: int, day_: int) -> date | None:
    try:
        return date(year, month, day_)
    except ValueError:
        return None
