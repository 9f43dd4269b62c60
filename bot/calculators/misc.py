"""Smaller rules that still yield a definite figure from the corpus: price ceilings set as a
mark-up (Jiangxi 集采 retail, Hainan 中药饮片), Guizhou vaccine-injury compensation (which needs
an income figure the corpus does not hold), and plan targets stated as an increase on a base."""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_DOWN, Decimal

from prompts import phrase

from ..lexicon import asks
from .base import Outcome, load_rules, money

PRICES = load_rules("price_caps")
VACCINE = load_rules("vaccine_compensation")
PLAN = load_rules("plan_targets")
INJECTION = load_rules("injection_prices")
PREPAY = load_rules("assistance_prepayment")


def price_kind(text: str, region: str | None) -> str | None:
    for key, k in PRICES["kinds"].items():
        if (region in (None, k["region"])) and any(w in text for w in k["words"]):
            if region == k["region"] or region is None:
                return key
    return None


def price_cap(kind: str, base_price: Decimal | None, text: str) -> Outcome:
    k = PRICES["kinds"][kind]
    out = Outcome("price_cap", unit="元")
    clause = PRICES.clause(k["clause"])
    markup = Decimal(k["markup"])
    pct = money(markup * 100)
    out.inputs = {"kind": kind, "base_price": money(base_price) if base_price is not None else ""}
    exempt = any(w in text for w in k.get("exempt_words", [])) and k.get("exempt_clause")
    # 「药店最高能卖多少？要是村卫生室卖呢？」 asks for both sellers
    both = exempt and base_price is not None and len(re.findall(r"[？?]|呢", text)) >= 2
    if exempt and not both:
        ex = PRICES.clause(k["exempt_clause"])
        out.text = phrase("prices.exempt") + out.use(ex)
        if base_price is not None:
            out.step(*phrase("steps.prices.exempt", price=money(base_price)))
            out.result = money(base_price)
        return out
    if base_price is None:
        out.text = phrase("prices.rule", base=k["base"], pct=pct) + out.use(clause)
        out.step(*phrase("steps.prices.markup", base=k["base"], pct=pct))
        out.result = f"{pct}%"
        return out
    cap = base_price * (1 + markup)
    out.step(*phrase("steps.prices.cap", base=k["base"], pct=pct, price=money(base_price), factor=money(1 + markup),
                     cap=money(cap)))
    out.result = money(cap)
    shown = money(cap)
    exact = cap.quantize(Decimal("0.01"), rounding=ROUND_DOWN) == cap
    out.text = phrase("prices.cap", base=k["base"], price=money(base_price), pct=pct, cap=shown) + out.use(clause)
    if not exact:
        out.text += phrase("prices.rounding")
    if both:
        out.step(*phrase("steps.prices.exempt", price=money(base_price)))
        out.text += phrase("prices.exempt") + out.use(PRICES.clause(k["exempt_clause"]))
    return out


def vaccine(text: str, income: Decimal | None, years: int | None, age: int | None) -> Outcome:
    """补偿金额 = I × 年限 × 系数 (death: coefficient 1, minimum 5 or 10 years)."""
    out = Outcome("vaccine_compensation", unit="元")
    c = VACCINE.clauses
    grade = next((g for g in VACCINE["coefficients"] if g in text), None)
    death = any(w in text for w in VACCINE["death_words"])
    out.inputs = {"grade": grade or ("死亡" if death else ""), "income": money(income) if income else "",
                  "years": years or ""}
    if grade:
        coef = Decimal(VACCINE["coefficients"][grade])
        out.step(*phrase("steps.vaccine.coefficient", grade=grade, coef=money(coef)))
        rule_text = phrase("vaccine.injury_rule", grade=grade, coef=money(coef)) + out.use(c["injury"], c["coefficients"])
    elif death:
        coef = Decimal(1)
        min_years = VACCINE["death_min_years_child"] if age is not None and age <= 3 else VACCINE["death_min_years_other"]
        rule_text = phrase("vaccine.death_rule") + out.use(c["death"])
        if years is None and age is not None:
            years = min_years
            out.step(*phrase("steps.vaccine.min_years", years=min_years))
    else:
        out.text = phrase("vaccine.rule") + out.use(c["injury"], c["coefficients"], c["death"])
        return out
    if income is None or years is None:
        missing = [VACCINE["income_name"]] if income is None else []
        if years is None:
            missing.append(phrase("vaccine.years_name"))
        out.status = "clarify"
        out.text = rule_text + phrase("clarify.income", what=phrase("steps.vaccine.list_sep").join(missing)) \
            + out.use(c["income"])
        return out
    amount = income * years * coef
    out.step(*phrase("steps.vaccine.amount", income=money(income), years=years, coef=money(coef), amount=money(amount)))
    out.result = money(amount)
    out.text = rule_text + phrase("vaccine.result", income=money(income), years=years, coef=money(coef), amount=money(amount))
    if "不能排除" in text:
        low = amount * Decimal(VACCINE["not_excluded_share"])
        out.step(*phrase("steps.vaccine.not_excluded", amount=money(amount), low=money(low)))
        out.text += phrase("vaccine.not_excluded", low=money(low)) + out.use(c["not_excluded"])
    return out


def plan_target(text: str) -> Outcome | None:
    for t in PLAN["targets"].values():
        if any(w in text for w in t["words"]):
            out = Outcome("plan_target", unit=t["unit"])
            base, inc = Decimal(t["base"]), Decimal(t["increase"])
            target = base + inc
            out.inputs = {"indicator": t["name"], "base_year": t["base_year"], "target_year": t["target_year"]}
            out.step(*phrase("steps.plan.base", base_year=t["base_year"], base=money(base), unit=t["unit"]))
            out.step(*phrase("steps.plan.increase", target_year=t["target_year"], inc=money(inc), unit=t["unit"]))
            out.step(*phrase("steps.plan.target", target_year=t["target_year"], base=money(base), inc=money(inc),
                             target=money(target), unit=t["unit"]))
            out.result = money(target)
            out.text = phrase("plan.target", name=t["name"], base_year=t["base_year"], base=money(base),
                              target_year=t["target_year"], inc=money(inc), target=money(target), unit=t["unit"]) \
                + out.use(PLAN.clause(t["base_clause"]), PLAN.clause(t["increase_clause"]))
            return out
    return None


def injection_unit_prices(packages: list[tuple[Decimal, int]]) -> Outcome:
    """Listed price per unit of an injection: package price / units, to 2 decimals — rounded up
    at or below 2 元, cut above it (医保办函〔2024〕61号)."""
    out = Outcome("injection_price", unit="元")
    threshold = Decimal(INJECTION["threshold"])
    out.inputs = {"packages": [f"{money(p)}元/{n}支" for p, n in packages]}
    results, units = [], []
    for price, n in packages:
        exact = price / n
        up = exact <= threshold
        unit = exact.quantize(Decimal("0.01"), rounding=ROUND_CEILING if up else ROUND_DOWN)
        shown_exact = format(exact.quantize(Decimal("0.0001"), rounding=ROUND_DOWN).normalize(), "f")
        out.step(*phrase("steps.injection.unit", price=money(price), n=n, exact=shown_exact,
                         how=phrase("steps.injection.up" if up else "steps.injection.down"), unit=money(unit)))
        results.append(phrase("injection.result", price=money(price), n=n, unit=money(unit),
                              how=phrase("injection.up" if up else "injection.down")))
        units.append(money(unit))
    out.result = "、".join(units)  # one listed price per package asked about
    out.text = "".join(results) + out.use(INJECTION.clause("rounding"))
    return out


def assistance_prepayment(last_year: Decimal) -> Outcome:
    """Guangdong 医疗救助预付款: 25% of last year's actual cost, in whole 100,000 元."""
    out = Outcome("assistance_prepayment", unit="元")
    share = Decimal(PREPAY["share"])
    step = Decimal(PREPAY["unit"])
    amount = last_year * share
    out.inputs = {"last_year_cost": money(last_year)}
    out.step(*phrase("steps.prepay.share", cost=_wan(last_year), pct=money(share * 100), amount=_wan(amount)))
    out.result = money(amount)
    text = phrase("prepay.result", cost=_wan(last_year), pct=money(share * 100), amount=_wan(amount))
    if amount % step:
        low = (amount // step) * step
        out.step(*phrase("steps.prepay.whole", amount=_wan(amount), low=_wan(low), high=_wan(low + step)))
        text += phrase("prepay.rounding", low=_wan(low), high=_wan(low + step))
    out.text = text + out.use(PREPAY.clause("prepayment"))
    return out


def _wan(x: Decimal) -> str:
    """12000000 → 1200万元; 1234 → 1234元."""
    if x >= 10000 and x % 100 == 0:
        return f"{money(x / 10000)}万元"
    return f"{money(x)}元"


def solve_price_cap(req) -> Outcome | None:
    kind = price_kind(req.text, req.region)
    if kind is None or req.slots.get("price") is None:
        return None
    return price_cap(kind, req.slots["price"], req.text)


def solve_vaccine(req) -> Outcome | None:
    s = req.slots
    if s.get("income") is None and "amount" not in asks(req.text):
        return None  # 「最少按几年计算」: without the income figure the clause itself is the answer
    return vaccine(req.text, s.get("income"), s.get("years"), s.get("age"))


def solve_plan_target(req) -> Outcome | None:
    """The target value; a question about other years (「2015年到2020年从多少提高到多少」) is
    about the record, which the documents state."""
    years = {d.year for d in req.reading.dates}
    if years and not any(str(t["target_year"]) in map(str, years) for t in PLAN["targets"].values()):
        return None
    return plan_target(req.text)


def solve_injection(req) -> Outcome | None:
    return injection_unit_prices(req.slots["packages"]) if req.slots.get("packages") else None


def solve_prepayment(req) -> Outcome | None:
    return assistance_prepayment(req.slots["amount"]) if req.slots.get("amount") is not None else None
