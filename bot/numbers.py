"""Numbers as people write them: one grammar for every reader of the question.

``2800`` / ``12,000`` / ``1.5万`` / ``两千八`` (2800) / ``一万八`` (18000) / ``三万五`` /
``四千六百`` / ``三十万`` / ``三点二亿`` / ``三点二个亿`` / ``3万5千`` / ``二十三`` / ``二三`` (23,
digits read one by one, as in 「二三年」). A trailing digit after a unit counts in the next unit
down, as it is spoken (「两千八」 = 2800, 「一万八」 = 18000), unless a 零 stands between
(「一千零五」 = 1005). Money adds ``12块6`` (12.6元) and ``2块5毛``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
         "八": 8, "九": 9}
SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
BIG_UNIT = {"万": 10 ** 4, "亿": 10 ** 8}
CN_DIGITS = "零〇一二两俩三四五六七八九"
_ALL = CN_DIGITS + "十百千万亿"
# a number token: starts with a digit (or 十), runs over digits, units, a decimal point (. or 点,
# only before a digit), thousands commas and 「个」 right before 亿 (「三点二个亿」)
NUMBER = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|[\d{CN_DIGITS}十])"
          rf"(?:[\d{_ALL}]|[.点](?=[\d{CN_DIGITS}])|,(?=\d{{3}})|个(?=亿))*")


def _small(text: str) -> Decimal | None:
    """Below 万: ``2800``, ``两千八``, ``3千5``, ``十五``, ``三点二``, ``二三``."""
    if not text:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return Decimal(text)
    total, current, last_unit, zero_after_unit = Decimal(0), None, None, False
    i, n, digits_only = 0, len(text), not any(ch in SMALL_UNIT for ch in text)
    while i < n:
        ch = text[i]
        if ch.isdigit() or (ch == "." and current is not None):
            j = i
            while j < n and (text[j].isdigit() or text[j] == "."):
                j += 1
            try:
                current = Decimal(text[i:j])
            except InvalidOperation:
                return None
            i = j
            continue
        if ch in DIGIT:
            d = DIGIT[ch]
            if d == 0:
                zero_after_unit = last_unit is not None
                current = None
            elif current is not None and digits_only:
                current = current * 10 + d  # 二三 → 23
            elif current is not None:
                return None  # 三四千: a range, not one number
            else:
                current = Decimal(d)
        elif ch == "点":
            if current is None:
                current = Decimal(0)
            j, frac = i + 1, ""
            while j < n and (text[j] in DIGIT or text[j].isdigit()):
                frac += str(DIGIT.get(text[j], text[j]))
                j += 1
            if not frac:
                return None
            current = Decimal(f"{int(current)}.{frac}")
            i = j
            continue
        elif ch in SMALL_UNIT:
            unit = SMALL_UNIT[ch]
            if last_unit is not None and unit >= last_unit:
                return None
            total += (Decimal(1) if current is None else current) * unit
            current, last_unit, zero_after_unit = None, unit, False
        else:
            return None
        i += 1
    if current is not None:
        spoken = last_unit is not None and last_unit >= 100 and not zero_after_unit and current < 10
        total += current * (last_unit // 10) if spoken else current
    return total


def _below(text: str, units: list[tuple[str, int]]) -> Decimal | None:
    if not units:
        return _small(text)
    name, size = units[0]
    if name not in text:
        return _below(text, units[1:])
    high, _, low = text.partition(name)
    h = _below(high, units[1:]) if high else Decimal(1)
    if h is None:
        return None
    if not low:
        return h * size
    if re.fullmatch(rf"[1-9{CN_DIGITS[2:]}]", low):  # 一万八 = 18000: a lone digit after the unit
        return h * size + (DIGIT[low] if low in DIGIT else int(low)) * size // 10
    lo = _below(low.lstrip("零〇"), units[1:])
    return None if lo is None else h * size + lo


def parse(raw: str) -> Decimal | None:
    """The value of a number token (see ``NUMBER``); None when it is not one number."""
    if not raw:
        return None
    text = raw.replace(",", "").replace("个亿", "亿").strip()
    if not text or text[0] in "万亿百千":
        return None
    value = _below(text, [("亿", BIG_UNIT["亿"]), ("万", BIG_UNIT["万"])])
    return Decimal(int(value)) if value is not None and value == value.to_integral() else value


def integer(raw: str) -> int | None:
    """A whole number (「十二」, 「两」, 「二三」), or None."""
    v = parse(raw)
    return int(v) if v is not None and v == v.to_integral() else None


# -- sums of money ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Amount:
    value: Decimal
    start: int
    end: int
    unit: str  # the money or count unit written after it ("" when bare)


SIGN = r"(?P<sign>[-−－负])?\s*"
_MONEY = re.compile(SIGN + rf"(?P<num>{NUMBER})\s*(?P<scale>万|千)?\s*"
                    rf"(?:(?P<yuan>块)\s*(?P<jiao>[1-9{CN_DIGITS[2:]}])(?:\s*毛|\s*角)?(?![\d{_ALL}])"
                    rf"|(?P<unit>元|块钱|块(?![儿地])))?")
_NOT_MONEY_AFTER = re.compile(r"\s*(?:多|余|来)?\s*(?:年|月|日|号|岁|周岁|%|％|个|人|天|次|倍|名|位|户|项|种|分|小时|周|平方|口|胎|对)")


def amounts(text: str) -> list[Amount]:
    """Every number that can be a sum of money: with 元/块/万/亿, or bare (a cue decides)."""
    out = []
    for m in _MONEY.finditer(text):
        num = m.group("num")
        value = parse(num)
        if value is None:
            continue
        unit = m.group("unit") or ""
        if num == "一" and (m.group("yuan") or unit == "块"):
            continue  # 「加一块」: together, not 1元
        if m.group("yuan"):  # 12块6 = 12.6元
            unit = "元"
            jiao = m.group("jiao")
            value += Decimal(DIGIT[jiao] if jiao in DIGIT else int(jiao)) / 10
        if not unit and _NOT_MONEY_AFTER.match(text, m.end()):
            continue
        if not (unit or m.group("scale")) and not num[0].isdigit() and not any(u in num for u in "十百千万亿"):
            continue  # 「降低一半」: a lone Chinese digit is no sum
        if m.group("sign") and not (m.start() > 0 and text[m.start() - 1].isdigit()):
            value = -value
        value *= {"万": 10000, "千": 1000}.get(m.group("scale") or "", 1)
        scale = m.group("scale") or next((u for u in "亿万" if u in num), "")
        out.append(Amount(value, m.start(), m.end(), unit or scale))
    return out
