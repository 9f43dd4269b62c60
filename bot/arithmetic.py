"""Passage arithmetic: a figure the question needs, worked out from one sentence of the passages
and the numbers the question gives, with the working shown and the sentence cited.

The operations are general reading of rules, not any one rule:

* a rate per population (「每千人口…托位数达到4.5个」) × the population the user gives;
* a sum per person (「每人每年不低于400元」) × the persons the user counts (「一家五口」);
* a share of a sum or a count the user states (「起付线降低50%」 with 「起付线是16000元」;
  「按不少于20%的比例…抽查」 with 「新增扶助对象500人」);
* the total of the periods the sentences set (「15个工作日内初审」 + 「15个工作日内审核」), when asked for;
* a date after a period, from a date the user gives (「进入…工作三年内」 from 「2024年9月」; 「次月起」),
  and a day after working days, from a date or a weekday (「周五出院」, 「3个工作日内」 → 下周三);
* last year's figure from this year's and its change (「999亿元，较上年增长10.6%」).

Each operation needs its inputs in the question and its rule in a sentence; none guesses. The
cue words are data (``data/intents.toml``, group ``arithmetic``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from functools import lru_cache

from policybot.types import CalcStep

from . import lexicon
from .compose import word_bigrams
from .numbers import NUMBER as NUM
from .numbers import amounts, parse


def cue(name: str) -> re.Pattern:
    return lexicon.cue("arithmetic." + name)


@dataclass
class Derivation:
    sentence: object  # compose.Scored: the sentence whose rule was applied
    steps: list[CalcStep]
    result: str
    unit: str = ""
    inputs: dict = field(default_factory=dict)

    @property
    def working(self) -> str:
        return "；".join(f"{s.label}：{s.expression}＝{s.value}" if s.label else f"{s.expression}＝{s.value}"
                        for s in self.steps)


def fmt(x: Decimal, places: int = 2) -> str:
    """12 / 903.25 / 0.5: no trailing zeros, at most ``places`` decimals."""
    return format(x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP).normalize(), "f")


def number(raw: str) -> Decimal | None:
    return parse(raw) if raw else None


# -- a rate per population × the population -------------------------------------------------

_BASE = {"千": 1000, "万": 10000, "十万": 100000, "百万": 1000000}
RATE = re.compile(
    r"每\s*(?P<base>十万|百万|千|万|\d+\s*万|\d+)\s*(?:名)?(?:常住人口|户籍人口|服务人口|人口|居民|人)"
    r"[^，。；,;！？]{0,20}?(?:≥|>=|不少于|不低于|达到|至少|为|有|配置|配备)?\s*"
    r"(?P<rate>\d+(?:\.\d+)?)\s*(?P<unit>个|台|张|名|人|所|家|辆|支|套|床|间|位)")
POPULATION = re.compile(
    rf"(?:常住人口|户籍人口|服务人口|人口)(?:数)?(?:有|是|为|约|大约|大概|共|总数)?\s*(?P<n>{NUM})\s*(?P<scale>万|千|亿)?\s*(?:人|口)?"
    rf"|(?<!每)(?<!每\d)(?<!每\d\d)(?P<n2>{NUM})\s*(?P<scale2>万|千|亿)\s*(?:常住)?(?:人口|人|居民|口人)")


def _base(raw: str) -> Decimal | None:
    raw = raw.replace(" ", "")
    if raw in _BASE:
        return Decimal(_BASE[raw])
    if raw.endswith("万"):
        n = number(raw[:-1])
        return None if n is None else n * 10000
    return number(raw)


def per_population(question: str, sentence: str, reading) -> Derivation | None:
    m = RATE.search(sentence)
    p = next((p for p in POPULATION.finditer(question) if "每" not in question[max(0, p.start() - 4):p.start()]
              and (p.group("scale") or p.group("scale2") or question[p.end() - 1] in "人口"
                   or re.search("[万千亿]", p.group("n") or p.group("n2")))), None)
    if not m or not p:
        return None
    n = number(p.group("n") or p.group("n2"))
    scale = p.group("scale") or p.group("scale2") or ""
    base = _base(m.group("base"))
    if n is None or not base:
        return None
    people = n * {"万": 10000, "千": 1000, "亿": 100000000}.get(scale, 1)
    rate = Decimal(m.group("rate"))
    unit = m.group("unit")
    value = people / base * rate
    least = bool(cue("minimum").search(question) or cue("minimum").search(sentence[m.start():m.end()]))
    shown = value.quantize(Decimal(1), rounding=ROUND_CEILING) if least and value != value.to_integral() else value
    expr = f"{fmt(people)}人÷{fmt(base)}×{fmt(rate)}{unit}"
    steps = [CalcStep(label="", expression=expr, value=f"{fmt(value)}{unit}")]
    if shown != value:
        steps.append(CalcStep(label="取整", expression=f"不少于{fmt(value)}{unit}", value=f"{fmt(shown)}{unit}"))
    return Derivation(None, steps, f"{fmt(shown)}{unit}", unit, {"人口": f"{fmt(people)}人"})


# -- a sum per person × the persons ----------------------------------------------------------

@lru_cache(maxsize=1)
def _per_patterns():
    out = []
    for who, words in lexicon.table("arithmetic.per").items():
        rule = "|".join(sorted(map(re.escape, words["rule"]), key=len, reverse=True))
        count = "|".join(sorted(map(re.escape, words["count"]), key=len, reverse=True))
        out.append((who,
                    re.compile(rf"(?:每(?:{rule})|{'人均' if who == 'person' else '(?!)'})(?:每年|每月|每次|每天|每人)?"
                               rf"[^，。；,;\d]{{0,12}}?(?P<amt>\d+(?:\.\d+)?)\s*(?P<unit>万元|元)"),
                    re.compile(rf"(?:一家|全家|家里|我家)\s*(?P<n1>{NUM})\s*口|(?P<n2>{NUM})\s*(?:{count})(?![\u4e00-\u9fff]*?万)")))
    return out


def per_person(question: str, sentence: str, reading) -> Derivation | None:
    if not (cue("total").search(question) or "amount" in lexicon.asks(question)):
        return None
    for who, rule, count in _per_patterns():
        m = rule.search(sentence)
        if not m:
            continue
        for c in count.finditer(question):
            n = number(c.group("n1") or c.group("n2"))
            # 「每人」 is counted in households and families; 「人均」 may be of a village or a county
            most = 10 ** 8 if m.group(0).startswith("人均") else 50
            if n is None or n < 2 or n > most or question[c.end():c.end() + 1] in "万千":
                continue
            amt = Decimal(m.group("amt"))
            unit = m.group("unit")
            return Derivation(None, [CalcStep(label="", expression=f"{fmt(amt)}{unit}×{fmt(n)}",
                                              value=f"{fmt(amt * n)}{unit}")],
                              f"{fmt(amt * n)}{unit}", unit, {"人数": fmt(n)})
    return None


# -- a share of a sum the user states --------------------------------------------------------

PERCENT = re.compile(r"(?P<verb>(?:下调|上调)(?=[\u4e00-\u9fff]{0,8}?\d)|提高到|提高至|下降到|下降至|降到|降至|上升到|达到|降低|下降|减少|下浮|提高|增加|上浮|顺加|加价|不超过|不高于|"
                     r"不少于|不低于|至少|调减|调增|支付|承担|负担|分担|补助|报销|按|的|为|(?<=[，,：:])(?=\d+(?:\.\d+)?\s*%\s*(?:以上|以下)))(?P<obj>(?<=调)[\u4e00-\u9fff]{0,8}?)?(?:不超过|不超|不高于|最多|最高|至多)?\s*(?P<p>\d+(?:\.\d+)?)\s*(?P<pc>%|‰)(?!\s*[、和及]\s*\d)")
CLAUSE_BREAK = re.compile(r"[，,。；;、：:]")
# a number of people or things the user gives (「新增扶助对象500人」)
COUNT_GIVEN = re.compile(rf"(?P<n>{NUM})\s*(?P<scale>万|千)?\s*(?P<unit>人|名|个(?!亿)|家|户|所|件|份|例|张|台|辆)")
LOWER = ("降低", "下降", "减少", "下浮", "下调", "调减")
RAISE = ("提高", "增加", "上浮", "上调", "调增", "顺加", "加价")


@dataclass
class Given:
    value: Decimal
    start: int
    unit: str  # 元, or the unit of a count
    end: int = 0


def _money_before(question: str, at: int) -> bool:
    """「指导价两千八」: a bare number right after a word that names a sum."""
    return bool(re.search(rf"(?:{cue('money_noun').pattern})(?:是|为|按|约|大概|大约)?\s*$", question[max(0, at - 8):at]))


def _given(question: str, sentence: str) -> list[Given]:
    """The sums and counts the user states that the sentence does not (those are the rule's)."""
    stated = set(re.findall(r"\d+(?:\.\d+)?", sentence))
    out = [Given(a.value, a.start, "元", a.end) for a in amounts(question)
           if (a.unit in ("元", "块", "块钱", "万", "亿") or _money_before(question, a.start))
           and fmt(a.value) not in stated]
    for m in COUNT_GIVEN.finditer(question):
        n = number(m.group("n"))
        if n is None or fmt(n) in stated or (not m.group("n")[0].isdigit() and len(m.group("n")) == 1):
            continue  # 「一个」「两名」 in passing is no quantity to take a share of
        out.append(Given(n * {"万": 10000, "千": 1000}.get(m.group("scale") or "", 1), m.start(), m.group("unit"), m.end()))
    return out


def share_of_given(question: str, sentence: str, reading) -> Derivation | None:
    """A share the sentence sets of a sum or a count the user gives: the share is of the same
    thing when the words just before the share (「起付线降低50%」), or those of its clause just
    after it (「按不少于20%的比例，对当年新增扶助对象…」), are the words the user put before the
    number (「起付线是16000元」, 「新增扶助对象500人」)."""
    if not lexicon.asks_figure(question):
        return None
    given = _given(question, sentence)
    if len(given) != 1:
        return None
    a = given[0]
    # what the user's number is of: the words before it, and a count's noun after it (「400张床位」)
    near_amount = word_bigrams(question[max(0, a.start - 6):a.start])
    near_amount |= word_bigrams(CLAUSE_BREAK.split(question[a.end:a.end + 4])[0])
    for m in PERCENT.finditer(sentence):
        before = CLAUSE_BREAK.split(sentence[max(0, m.start() - 12):m.start()])[-1]
        after = re.split(r"[。；;]", sentence[m.end():m.end() + 24])[0]
        of_after = word_bigrams(after[:6]) & near_amount or len(word_bigrams(after) & near_amount) >= 2
        if not (word_bigrams(before[-8:]) & near_amount) and not of_after:
            continue  # the share is of something else than what the user gave
        pc = m.group("pc")
        p = Decimal(m.group("p")) / (1000 if pc == "‰" else 100)
        verb = m.group("verb")
        x, unit = a.value, a.unit
        part = x * p
        noun = next((before[i:] for i in range(len(before) - 1) if before[i:] in question), "") or before[-8:]
        steps = [CalcStep(label=f"{noun}{verb}{m.group('p')}{pc}", expression=f"{fmt(x)}{unit}×{m.group('p')}{pc}",
                          value=f"{fmt(part)}{unit}")]
        result = part
        if verb in LOWER or verb in RAISE:
            result, op = (x - part, "－") if verb in LOWER else (x + part, "＋")
            steps.append(CalcStep(label=f"{verb}后", expression=f"{fmt(x)}{unit}{op}{fmt(part)}{unit}", value=f"{fmt(result)}{unit}"))
        elif unit != "元" and result != result.to_integral():
            # a count is whole: 「不少于」 or 「至少」 rounds up, anything else is left as it is
            if verb in ("不少于", "不低于", "至少") or cue("minimum").search(question):
                rounded = result.quantize(Decimal(1), rounding=ROUND_CEILING)
                steps.append(CalcStep(label="取整", expression=f"不少于{fmt(result)}{unit}", value=f"{fmt(rounded)}{unit}"))
                result = rounded
        return Derivation(None, steps, f"{fmt(result)}{unit}", unit, {"给定数量" if unit != "元" else "给定金额": f"{fmt(x)}{unit}"})
    return None


# -- the total of periods --------------------------------------------------------------------

PERIOD = re.compile(rf"(?<![\d年月])(?P<n>\d{{1,3}}|[一二两三四五六七八九十]{{1,3}})\s*(?P<u>个工作日|工作日|个月|天|周)")


def total_periods(question: str, sentences: list[str]) -> tuple[list[int], Derivation] | None:
    if not cue("total").search(question) or not (lexicon.asks_figure(question) or lexicon.asks(question) & {"duration"}):
        return None
    asked = set(re.findall(r"\d+", question))
    found: list[tuple[int, Decimal, str]] = []
    seen: set[str] = set()
    for i, s in enumerate(sentences):
        for m in PERIOD.finditer(s):
            clause = CLAUSE_BREAK.split(s[:m.start()])[-1] + s[m.start():m.end()]
            if clause in seen:
                continue  # the same clause quoted twice (a sentence and the unit holding it)
            seen.add(clause)
            n = number(m.group("n"))
            if n is not None and m.group("n") not in asked:
                found.append((i, n, m.group("u").removeprefix("个") if m.group("u") == "个工作日" else m.group("u")))
    units = {u for _, _, u in found}
    if len(found) < 2 or len(found) > 4 or len(units) != 1:
        return None
    unit = units.pop()
    unit_text = "个工作日" if unit == "工作日" else unit
    total = sum(n for _, n, _ in found)
    expr = "＋".join(f"{fmt(n)}{unit_text}" for _, n, _ in found)
    used = sorted({i for i, _, _ in found})
    return used, Derivation(None, [CalcStep(label="合计", expression=expr, value=f"{fmt(total)}{unit_text}")],
                            f"{fmt(total)}{unit_text}", unit_text)


# -- a date after a period -------------------------------------------------------------------

WITHIN = re.compile(rf"(?P<n>{NUM})\s*(?P<u>个月|年|天|日)\s*(?:内|以内|之内|后)"
                    rf"|(?:等待期|期限|有效期)\s*(?:为|是)?\s*(?P<n2>{NUM})\s*(?P<u2>个月|年|天)"
                    rf"|(?:之后|以后|后)\s*(?P<n4>{NUM})\s*(?P<u4>个月|年|天)")
AHEAD = re.compile(rf"提前\s*(?P<n>{NUM})\s*(?P<u>个月|天|日|周)")
AGE_FROM = re.compile(r"(?P<n>\d{2,3})\s*(?:周)?岁(?:及|以)?以上")
NEXT = re.compile(r"(?P<w>次月|下月|次年)(?:1日)?起")
WORKDAYS = re.compile(rf"(?P<n>{NUM})\s*个?工作日\s*(?:内|以内|之内)")
EXTENSION = re.compile(rf"延长[^。]{{0,40}}?(?P<n>{NUM})\s*个?工作日")
WEEKDAY = re.compile(r"(?:周|星期|礼拜)(?P<d>[一二三四五六日天])")
WEEKDAY_NAMES = "一二三四五六日"


def plus_workdays(start: date, n: int) -> date:
    """The day ``n`` working days (Monday to Friday; public holidays are not known here) after ``start``."""
    d = start
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def after_working_days(question: str, sentence: str, reading) -> Derivation | None:
    """「周五出院…3个工作日内」 → 下周三; 「2025年3月14日受理…15个工作日内」 → 2025年4月4日.
    Weekends are skipped; public holidays are not (the note says so)."""
    if not cue("when").search(question):
        return None
    m = WORKDAYS.search(sentence)
    if not m:
        return None
    n = number(m.group("n"))
    if n is None or n != n.to_integral() or not 0 < n <= 60:
        return None
    n = int(n)
    dated = [d for d in reading.dates if d.month is not None and d.day is not None]
    w = WEEKDAY.search(question)
    if len(dated) == 1:
        d0 = dated[0]
        start = date(d0.year, d0.month, d0.day)
        end = plus_workdays(start, n)
        result, given = cn_date(end, weekday=True), cn_date(start, weekday=True)
    elif w and not dated:
        day = "日" if w.group("d") in "日天" else w.group("d")
        start = date(2024, 1, 1) + timedelta(days=WEEKDAY_NAMES.index(day))  # a Monday, then the day said
        end = plus_workdays(start, n)
        weeks = (end - start).days // 7 + (1 if end.weekday() < start.weekday() else 0)
        result = ("下" * weeks if weeks <= 2 else "") + f"周{WEEKDAY_NAMES[end.weekday()]}"
        given = f"周{day}"
    else:
        return None
    steps = [CalcStep(label="", expression=f"{given}＋{n}个工作日（不含周六、周日，未计节假日）", value=result)]
    more = EXTENSION.search(sentence, m.end())
    if more and len(dated) == 1 and cue("extension").search(question):
        # 「需要延长答复期限的…延长的期限最长不超过20个工作日」: the latest day with the extension too
        k = number(more.group("n"))
        if k is not None and k == k.to_integral() and 0 < k <= 60:
            later = plus_workdays(end, int(k))
            steps.append(CalcStep(label="延长后", expression=f"{result}＋{int(k)}个工作日", value=cn_date(later, weekday=True)))
            result = f"{result}；延长后{cn_date(later, weekday=True)}"
    return Derivation(None, steps, result, "", {"日期": given})


def cn_date(d: date, day: bool = True, weekday: bool = False) -> str:
    """2025年3月14日 (2025年3月 without the day; 「（周五）」 after it with the weekday)."""
    text = f"{d.year}年{d.month}月" + (f"{d.day}日" if day else "")
    return text + (f"（周{WEEKDAY_NAMES[d.weekday()]}）" if weekday else "")


def add_months(d: date, months: int, keep_day: bool) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    day = min(d.day, calendar.monthrange(year, month)[1]) if keep_day else 1
    return date(year, month, day)


def after_period(question: str, sentence: str, reading) -> Derivation | None:
    if not cue("when").search(question):
        return None
    dated = [d for d in reading.dates if d.month is not None]
    if len(dated) != 1:
        return None
    d0 = dated[0]
    start = date(d0.year, d0.month, d0.day or 1)
    has_day = d0.day is not None

    def shown(d: date) -> str:
        return cn_date(d, day=has_day)
    m = AGE_FROM.search(sentence)
    if m and (d0.role == "birth" or cue("born").search(question)):
        # 「1960年3月出生」 and 「65岁及以上」: the month the age is reached
        end = add_months(start, 12 * int(m.group("n")), keep_day=True)
        step = CalcStep(label=f"年满{m.group('n')}岁", expression=f"{shown(start)}＋{m.group('n')}年", value=shown(end))
        return Derivation(None, [step], shown(end), "", {"出生": shown(start)})
    m = AHEAD.search(sentence)
    if m and has_day:
        # 「号源提前20天开放」 and the day wanted: the day it opens
        n = number(m.group("n"))
        if n is None or n != n.to_integral() or n <= 0:
            return None
        u = m.group("u")
        end = add_months(start, -int(n), keep_day=True) if u == "个月" else start - timedelta(days=int(n) * (7 if u == "周" else 1))
        step = CalcStep(label="", expression=f"{shown(start)}－{int(n)}{ {'日': '天'}.get(u, u)}", value=shown(end))
        return Derivation(None, [step], shown(end), "", {"日期": shown(start)})
    m = WITHIN.search(sentence)
    if m:
        n = number(m.group("n") or m.group("n2") or m.group("n4"))
        u = m.group("u") or m.group("u2") or m.group("u4")
        if n is None or n != n.to_integral() or n <= 0:
            return None
        n = int(n)
        if u in ("天", "日"):
            if not has_day:
                return None
            end = start + timedelta(days=n)
        else:
            end = add_months(start, n * (12 if u == "年" else 1), keep_day=True)
        unit = {"日": "天"}.get(u, u)
        step = CalcStep(label="", expression=f"{shown(start)}＋{n}{unit}", value=shown(end))
        return Derivation(None, [step], shown(end), "", {"日期": shown(start)})
    m = NEXT.search(sentence)
    if m:
        if m.group("w") in ("次月", "下月"):
            end = add_months(start, 1, keep_day=False)
            text = f"{end.year}年{end.month}月"
        else:
            end = date(start.year + 1, 1, 1)
            text = f"{end.year}年"
        step = CalcStep(label="", expression=f"{shown(start)}的{m.group('w')}", value=text)
        return Derivation(None, [step], text, "", {"日期": shown(start)})
    return None


# -- last year's figure ----------------------------------------------------------------------

_CHANGE = r"(?:较上年|比上年|较去年|比去年|同比|在\d{4}年的?基础上)(?:同期)?(?P<dir>增长|增加|提高|上涨|新增|下降|减少|降低)"
_U = r"亿元|万元|元|亿|万|个|人|家|所|台|张"
CUR_THEN_CHANGE = re.compile(rf"(?P<cur>\d+(?:\.\d+)?)\s*(?P<unit>{_U})[^。；]{{0,12}}?{_CHANGE}\s*(?P<d>\d+(?:\.\d+)?)\s*(?P<du>%|{_U})")
CHANGE_THEN_CUR = re.compile(rf"{_CHANGE}\s*(?P<d>\d+(?:\.\d+)?)\s*(?P<du>%|{_U})[^。；]{{0,14}}?(?:达到|为|增至|提高到)[^\d。；]{{0,8}}(?P<cur>\d+(?:\.\d+)?)\s*(?P<unit>{_U})")
PAIRED = re.compile(rf"(?P<who>[\u4e00-\u9fff、]{{2,16}}?)分别{_CHANGE}\s*(?P<d1>\d+(?:\.\d+)?)(?P<du1>{_U})和(?P<d2>\d+(?:\.\d+)?)(?P<du2>{_U})"
                    rf"[，,]?(?:达到|为)[^\d。；]{{0,10}}(?P<c1>\d+(?:\.\d+)?)(?P<cu1>{_U})和(?P<c2>\d+(?:\.\d+)?)(?P<cu2>{_U})")


def _before(cur: Decimal, d: Decimal, du: str, up: bool) -> tuple[Decimal, str]:
    if du == "%":
        factor = 1 + d / 100 if up else 1 - d / 100
        return cur / factor, f"÷（1{'＋' if up else '－'}{fmt(d)}%）"
    return (cur - d if up else cur + d), f"{'－' if up else '＋'}{fmt(d)}{du}"


def previous_figure(question: str, sentence: str, reading) -> Derivation | None:
    if not cue("previous").search(question) or not lexicon.asks_figure(question):
        return None
    m = PAIRED.search(sentence)
    if m:
        who = [w for w in re.split(r"和|、|及", re.sub(r"^.*?(?:同时|，|,)", "", m.group("who"))) if w]
        up = m.group("dir") not in ("下降", "减少", "降低")
        steps = []
        for k in ("1", "2"):
            cur, d, du = Decimal(m.group("c" + k)), Decimal(m.group("d" + k)), m.group("du" + k)
            value, expr = _before(cur, d, du, up)
            label = who[int(k) - 1] if len(who) == 2 else ""
            steps.append(CalcStep(label=f"{label}上年", expression=f"{fmt(cur)}{m.group('cu' + k)}{expr}",
                                  value=f"{fmt(value, 1)}{m.group('cu' + k)}"))
        return Derivation(None, steps, "；".join(s.value for s in steps), "")
    m = CUR_THEN_CHANGE.search(sentence) or CHANGE_THEN_CUR.search(sentence)
    if not m:
        return None
    if m.group("du") != "%" and m.group("du") != m.group("unit"):
        return None
    cur, d = Decimal(m.group("cur")), Decimal(m.group("d"))
    up = m.group("dir") not in ("下降", "减少", "降低")
    value, expr = _before(cur, d, m.group("du"), up)
    approx = "约" if m.group("du") == "%" else ""
    unit = m.group("unit")
    step = CalcStep(label="上年", expression=f"{fmt(cur)}{unit}{expr}", value=f"{approx}{fmt(value, 1)}{unit}")
    return Derivation(None, [step], f"{approx}{fmt(value, 1)}{unit}", unit)


DAY = re.compile(r"(?:(?P<y>\d{4})\s*年)?\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]")


def days_between(question: str, sentence: str, reading) -> Derivation | None:
    """「10月8日出院，11月3日又住院，隔了几天」 and a rule counted in days (「30天内」): the days
    from the first date to the second (a date without a year takes the year said before it)."""
    if not cue("between").search(question) or not re.search(r"\d+\s*[天日]", sentence):
        return None
    days, year = [], None
    for m in DAY.finditer(question):
        year = int(m.group("y")) if m.group("y") else year
        if year is None:
            return None
        try:
            days.append(date(year, int(m.group("m")), int(m.group("d"))))
        except ValueError:
            return None
    if len(days) == 1:
        # 「今天是2025年11月12日…离截止还有几天」 and the sentence's one date: the days until it
        later = [date(int(m.group("y")), int(m.group("m")), int(m.group("d"))) for m in DAY.finditer(sentence)
                 if m.group("y") and 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31]
        if len(later) == 1 and cue("until").search(question):
            days.append(later[0])
    if len(days) != 2 or days[1] <= days[0]:
        return None
    n = (days[1] - days[0]).days
    shown = [cn_date(d) for d in days]
    step = CalcStep(label="", expression=f"{shown[1]}－{shown[0]}", value=f"{n}天")
    return Derivation(None, [step], f"{n}天", "天", {"日期": "、".join(shown)})


SINGLE = (per_population, per_person, share_of_given, previous_figure, days_between, after_working_days, after_period)


def chained_working_days(question: str, reading, pool: list) -> tuple[Derivation, list] | None:
    """Two stages one after the other, each with its working days, in two sentences
    (「乡级…15个工作日内初审」, 「县级…15个工作日内审核」), and a question that names both stages
    and asks when: the last day of each, the second counted from the end of the first."""
    if not cue("when").search(question):
        return None
    dated = [d for d in reading.dates if d.month is not None and d.day is not None]
    if len(dated) != 1:
        return None
    found: list[tuple[set, int, object]] = []  # (the words before its days, days, sentence)
    for s in pool[:4]:
        m = WORKDAYS.search(s.sentence)
        if not m or any(s.sentence == f[2].sentence for f in found):
            continue
        n = number(m.group("n"))
        if n is not None and n == n.to_integral() and 0 < n <= 60:
            found.append((word_bigrams(s.sentence[:m.start()]), int(n), s))
    stages = []
    for i, (words, n, s) in enumerate(found):
        # a stage is named in the question by words only its own sentence has (「乡级」, 「县级」)
        own = words - set().union(*(w for j, (w, _, _) in enumerate(found) if j != i))
        named = [question.find(b) for b in own if b in question]
        if named:
            stages.append((min(named), n, s))
    stages.sort(key=lambda x: x[0])
    if len(stages) < 2:
        return None
    d0 = dated[0]
    start = end = date(d0.year, d0.month, d0.day)
    steps, results = [], []
    for i, (_, n, s) in enumerate(stages[:3]):
        begin, end = end, plus_workdays(end, n)
        steps.append(CalcStep(label=f"第{i + 1}步", expression=f"{cn_date(begin, weekday=True)}＋{n}个工作日（不含周六、周日，未计节假日）",
                              value=cn_date(end, weekday=True)))
        results.append(cn_date(end, weekday=True))
    used = [s for _, _, s in stages[:3]]
    return Derivation(used[0], steps, "；".join(results), "", {"日期": cn_date(start, weekday=True)}), used


def derive(question: str, reading, pool: list) -> tuple[Derivation, list] | None:
    """The first operation whose rule one sentence of ``pool`` (best first) states and whose
    inputs the question gives; with the sentences it used."""
    chained = chained_working_days(question, reading, pool)
    if chained:
        return chained
    for s in pool:
        for op in SINGLE:
            d = op(question, s.sentence, reading)
            if d is not None:
                d.sentence = s
                return d, [s]
    # the periods of the best sentence if it sets two or more; else those of the best two
    found = total_periods(question, [pool[0].sentence]) or total_periods(question, [s.sentence for s in pool[:2]])
    if found:
        used, d = found
        d.sentence = pool[used[0]]
        return d, [pool[i] for i in used]
    return None
