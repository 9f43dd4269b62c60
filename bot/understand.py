"""Reading what a calculator needs out of everyday Chinese.

``23年3月``, ``2023年三月``, ``去年3月``, ``2024.5``, ``两岁半``; province and place names
(``广河县`` → 甘肃省); ``断保两年``, ``补缴了一年``; amounts such as ``1万元``. Every extractor
returns plain values, and reports input it recognises but cannot accept (``2023年13月``) as an
``InputProblem`` so the bot can say what is wrong instead of guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from policybot.regions import gazetteer

from . import numbers

CN_NUM = "零〇一二两俩三四五六七八九十"
NUM = rf"(?:\d+|[{CN_NUM}]+)"


def cn_int(text: str) -> int | None:
    """``12`` / ``十二`` / ``两`` / ``二十三`` / ``两千三百`` / ``二三`` → int; None if it is not a number."""
    return numbers.integer(text.strip())


@dataclass
class InputProblem:
    kind: str  # bad_month | bad_day | future | ambiguous
    text: str  # what the user wrote
    detail: str = ""


@dataclass
class DateMention:
    year: int
    month: int | None
    day: int | None
    text: str
    start: int
    end: int
    role: str = ""  # birth | death | claim | missed | other
    weekday: int | None = None  # said with it: 「（礼拜一）」 → 0

    def as_date(self) -> date | None:
        if self.month is None:
            return None
        try:
            return date(self.year, self.month, self.day or 1)
        except ValueError:
            return None


def _year(y: str, today: date) -> int | None:
    n = cn_int(y) if not y.isdigit() else int(y)
    if n is None:
        return None
    if len(y) == 2 and y.isdigit():  # 23年 → 2023
        n = 2000 + n if 2000 + n <= today.year + 5 else 1900 + n
    elif not y.isdigit() and n < 100:  # 二三年
        n = 2000 + n
    return n


_RELATIVE_YEAR = {"今年": 0, "去年": -1, "前年": -2, "明年": 1, "后年": 2, "大前年": -3}
_SAME_YEAR = ("同年", "当年", "那年")  # the year of the date mentioned just before
# 2023年3月5日 / 23年3月 / 2023年三月 / 2023.3 / 2023-03-05 / 2023/3 / 去年3月 / 2023年
DATE_RE = re.compile(
    rf"(?P<rel>大前年|前年|去年|今年|明年|后年|同年|当年|那年)(?:\s*[（(]\s*(?P<ry>\d{{4}}|\d{{2}})\s*年?\s*[)）])?"
    rf"(?:的)?(?:(?P<rm>{NUM})月份?)?(?:(?P<rd>{NUM})[日号])?"
    rf"|(?<![\d年./-])(?P<bm>\d{{1,2}}|[{CN_NUM}]{{1,3}})\s*月份?\s*(?P<bd>\d{{1,2}}|[{CN_NUM}]{{1,3}})\s*[日号]"
    rf"|(?<![A-Za-z\d])(?P<y>\d{{4}}|\d{{2}}|[{CN_NUM}]{{2,4}})\s*(?:年|(?P<sep>[./-]))\s*"  # not 「HPV16/18」
    rf"(?:(?P<m>\d{{1,2}}|[{CN_NUM}]{{1,3}})(?(sep)|\s*月份?)\s*(?:(?:(?(sep)[./-]|))(?P<d>\d{{1,2}}|[{CN_NUM}]{{1,3}})\s*(?(sep)|[日号]))?)?"
)

_BIRTH_CUE = re.compile(r"^.{0,8}?(出生|生的|生了|生|出世|落地|降生|诞生|属)")
_BIRTH_CUE_BEFORE = re.compile(r"(出生于|生于|出生在|生日是|出生日期是?)\s*$")
_DEATH_CUE = re.compile(r"^.{0,8}?(去世|死亡|夭折|没了|走了|过世|离世)")
_MISSED_CUE = re.compile(r"^.{0,12}?(没来得及|忘了|没有?申请|未申请|漏了|错过)")
_CLAIM_CUE = re.compile(r"^[^，,。；;！!？?]{0,12}?(申请|申领|领取|能领|可以领|领多少|领了)")


def find_dates(text: str, today: date) -> tuple[list[DateMention], list[InputProblem]]:
    """Every date-like mention with a guessed role, and the ones that cannot be dates."""
    out: list[DateMention] = []
    problems: list[InputProblem] = []
    for m in DATE_RE.finditer(text):
        g = m.groupdict()
        if g["bm"]:  # 「11月3号」: the year is settled below, from the message
            year = 0
            month, day = cn_int(g["bm"]), cn_int(g["bd"])
        elif g["ry"]:  # 「去年（2024年）九月份」: the year said in brackets
            year = _year(g["ry"], today)
            month = cn_int(g["rm"]) if g["rm"] else None
            day = cn_int(g["rd"]) if g["rd"] else None
        elif g["rel"] in _SAME_YEAR:
            if not out or not g["rm"]:
                continue  # 「同年8月」 needs an earlier date to refer to
            year = out[-1].year
            month = cn_int(g["rm"])
            day = cn_int(g["rd"]) if g["rd"] else None
        elif g["rel"]:
            year = today.year + _RELATIVE_YEAR[g["rel"]]
            month = cn_int(g["rm"]) if g["rm"] else None
            day = cn_int(g["rd"]) if g["rd"] else None
        else:
            if g["sep"] and not g["m"]:
                continue  # "2023." alone is not a date
            if len(g["y"]) == 2 and g["y"].isdigit() and not (g["m"] or "年" in m.group(0)):
                continue
            year = _year(g["y"], today)
            if year is None or not (1900 <= year <= today.year + 10):
                continue
            month = cn_int(g["m"]) if g["m"] else None
            day = cn_int(g["d"]) if g["d"] else None
        raw = m.group(0).strip()
        if g.get("sep") and re.match(r"\s*(万|千)?(元|块|%|倍|米|克|毫升|支|盒|片|分)", text[m.end():]):
            continue  # 「29.99元」 is a price, not a date
        if month is not None and not 1 <= month <= 12:
            problems.append(InputProblem("bad_month", raw, f"{month}月"))
            continue
        if day is not None and month is not None and year:
            try:
                date(year, month, day)
            except ValueError:
                problems.append(InputProblem("bad_day", raw, f"{month}月{day}日"))
                continue
        mention = DateMention(year, month, day, raw, m.start(), m.end())
        after, before = text[m.end():m.end() + 14], text[max(0, m.start() - 8):m.start()]
        if _DEATH_CUE.search(after):
            mention.role = "death"
        elif _BIRTH_CUE.search(after) and not _CLAIM_CUE.match(after[:3]) or _BIRTH_CUE_BEFORE.search(before):
            mention.role = "birth"
        elif _MISSED_CUE.search(after):
            mention.role = "missed"
        elif _CLAIM_CUE.search(after):
            mention.role = "claim"
        w = _WEEKDAY_AFTER.match(text, m.end())
        if w:
            mention.weekday = "一二三四五六日".index("日" if w.group(1) in "日天" else w.group(1))
        out.append(mention)
    return _settle_years(out, problems, today)


_WEEKDAY_AFTER = re.compile(r"\s*[（(]?\s*(?:星期|礼拜|周)([一二三四五六日天])")


def _settle_years(out: list[DateMention], problems: list[InputProblem], today: date):
    """A day said without its year (「11月3号」) takes the year of the nearest date that has one
    (「…（25年11月）」), else the year in which it falls on the weekday said with it (「6月16号
    （礼拜一）」), else this year (last year for a birth that would be still to come)."""
    settled = []
    for d in out:
        if d.year:
            settled.append(d)
            continue
        known = sorted((abs(o.start - d.start), o.year) for o in out if o.year)
        if known:
            d.year = known[0][1]
        elif d.weekday is not None:
            d.year = next((y for y in (today.year, today.year - 1, today.year + 1, today.year - 2)
                           if _weekday(y, d.month, d.day) == d.weekday), today.year)
        else:
            d.year = today.year
            if d.role in ("birth", "death") and _weekday(d.year, d.month, d.day) is not None \
                    and date(d.year, d.month, d.day) > today:
                d.year -= 1
        try:
            date(d.year, d.month, d.day)
        except ValueError:
            problems.append(InputProblem("bad_day", d.text, f"{d.month}月{d.day}日"))
            continue
        settled.append(d)
    return settled, problems


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


_AGE = re.compile(rf"({NUM})\s*(?:周岁|岁)(半)?|({NUM})\s*个月大|(半)岁")


def age_in_months(text: str) -> int | None:
    """``两岁半`` → 30, ``18个月大`` → 18, ``半岁`` → 6."""
    m = _AGE.search(text)
    if not m:
        return None
    if m.group(4):
        return 6
    if m.group(3):
        return cn_int(m.group(3))
    years = cn_int(m.group(1))
    if years is None:
        return None
    return years * 12 + (6 if m.group(2) else 0)


def birth_from_age(months: int, today: date) -> tuple[int, int]:
    total = today.year * 12 + (today.month - 1) - months
    return total // 12, total % 12 + 1


# 断保3年 / 断了好几年 / 连续断缴了5年 / 此前已断保3年 / 中断缴费两年
_BREAK = re.compile(rf"(?:断保|断缴|断了|中断(?:缴费|参保)?|没交|没缴|没参保|停保|停缴|停了)了?\s*(?:医保)?\s*(?:大概|大约|约)?({NUM}|好几|几)\s*年"
                    rf"|({NUM}|好几|几)\s*年(?:的)?(?:医保)?(?:都|也|一直)?(?:没交|没缴|没参保|没有参保|没买|断了|断缴|停了|没续)")
_REPAY = re.compile(rf"(?:补缴|补交|补齐|补了|补缴了|修复)了?\s*(?:其中)?\s*(?:的)?\s*({NUM}|好几|几)\s*年")
_YEARS_THEN_REPAY = re.compile(rf"({NUM})\s*年的?(?:费用|医保)?(?:都|全|全部|全都|也)?(?:补缴|补交|补上|补齐)")


def break_years(text: str) -> tuple[int | None, bool]:
    """Years of broken coverage, and whether the user was vague (``好几年``)."""
    m = _BREAK.search(text)
    if not m:
        return None, False
    v = m.group(1) or m.group(2)
    if v in ("好几", "几"):
        return None, True
    return cn_int(v), False


def repaid_years(text: str) -> int | None:
    m = _REPAY.search(text) or _YEARS_THEN_REPAY.search(text)
    if not m or m.group(1) in ("好几", "几"):
        return None
    return cn_int(m.group(1))


def money_amounts(text: str) -> list[Decimal]:
    """Sums of money in the text: ``1万元`` → 10000, ``3000块`` → 3000, ``两万`` → 20000,
    ``一万八`` → 18000, ``12块6`` → 12.6, ``两千三百万`` → 23000000."""
    out = [a.value for a in numbers.amounts(text) if a.unit and a.value > 0]
    if not out:  # 「试管花了52000」: a bare number after a word that names a sum
        out = [numbers.parse(m.group(1)) for m in _BARE_SUM.finditer(text)]
    return [v for v in out if v is not None]


_BARE_SUM = re.compile(r"(?:花了|花费|花掉|费用|总共|一共|交了|付了|进价|中选价|中标价|价格|收入)\s*(?:是|为|约|大概|大约)?\s*"
                       rf"({numbers.NUMBER})(?![\d.{numbers.CN_DIGITS}十百千万亿]|\s*(?:年|月|日|号|岁|%|人|个|天|支|盒|倍|次|名|项|万|千|亿))")


@dataclass
class Place:
    province: str
    detail: str
    text: str


def places(text: str) -> list[Place]:
    seen, out = set(), []
    for h in gazetteer().find_all(text):
        if h.province not in seen:
            seen.add(h.province)
            out.append(Place(h.province, h.detail, h.matched))
    return out


_NATIONAL_CUE = re.compile(r"国家|全国|国办|国务院|中央|国家层面|国家规定")


def national_scope(text: str) -> bool:
    return bool(_NATIONAL_CUE.search(text))


_COUNT_CHILD = re.compile(rf"({NUM})\s*(?:个)?(?:孩子|娃|宝宝|小孩|胎)")


@dataclass
class Reading:
    """Everything extracted from one message."""

    text: str
    dates: list[DateMention] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    region_detail: str = ""
    national: bool = False
    age_months: int | None = None
    break_years: int | None = None
    break_vague: bool = False
    repaid_years: int | None = None
    money: list[Decimal] = field(default_factory=list)

    @property
    def births(self) -> list[DateMention]:
        return [d for d in self.dates if d.role == "birth"]


def read(text: str, today: date) -> Reading:
    dates, problems = find_dates(text, today)
    ps = places(text)
    r = Reading(text=text, dates=dates, problems=problems, regions=[p.province for p in ps],
                region_detail=ps[0].detail if ps else "", national=national_scope(text))
    r.age_months = age_in_months(text)
    r.break_years, r.break_vague = break_years(text)
    r.repaid_years = repaid_years(text)
    r.money = money_amounts(text)
    return r


def injection_packages(text: str) -> list[tuple[Decimal, int]]:
    """(package price, units) pairs, in order: 「一盒10支……15.01元……要是29.99元呢」 pairs each price
    with the count said last; a price said before any count (「100元一盒20支」) takes the next one."""
    counts = [(m.start(), numbers.integer(m.group(1))) for m in re.finditer(rf"({numbers.NUMBER})\s*支", text)]
    prices = [(a.start, a.value) for a in numbers.amounts(text) if a.unit in ("元", "块", "块钱") and a.value > 0]
    seq = sorted([(at, n, None) for at, n in counts if n] + [(at, None, v) for at, v in prices], key=lambda x: x[0])
    out: list[tuple[Decimal, int]] = []
    for i, (_, count, price) in enumerate(seq):
        if price is None:
            continue
        before = next((c for _, c, _ in reversed(seq[:i]) if c), None)
        after = next((c for _, c, _ in seq[i + 1:] if c), None)
        n = before or after
        if n:
            out.append((price, n))
    return out


STATED_TODAY = re.compile(r"(?:今天|今日|现在)是?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")


def read_turn(turn) -> "object | None":
    """Stage 3 — read the question: dates, places, breaks, amounts. A date that cannot be
    (「2023年13月」) gets a clarifying reply instead of a guess."""
    from policybot.types import Answer
    from prompts import phrase, phrase_list

    question = turn.inspection.question
    stated = STATED_TODAY.search(question)
    if stated:
        # 「今天是2026年11月23日」: the user's today counts for the answer, and is no input date
        try:
            turn.today = date(int(stated.group(1)), int(stated.group(2)), int(stated.group(3)))
            question = question[:stated.start()] + "，" + question[stated.end():]
        except ValueError:
            pass  # not a real day: read as any other date (and questioned there)
    turn.reading = read(question, turn.today)
    turn.reading.text = turn.inspection.question
    if turn.reading.problems:
        p = turn.reading.problems[0]
        key = "input.bad_month" if p.kind == "bad_month" else "input.bad_day"
        return Answer(status="clarify", answer=phrase(key, text=p.text, detail=p.detail),
                      choices=[] if p.kind == "bad_day" else phrase_list("clarify.birth_choices"))
    return None
