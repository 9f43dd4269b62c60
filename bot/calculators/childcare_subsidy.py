"""育儿补贴 (Gansu childcare subsidy) — amounts, claims and deadlines for a birth month.

From 甘卫人口发〔2025〕65号 (rules/childcare_subsidy.toml):
* 第五条: 3600 元 per child per year. Born on or after 2025-01-01: 3 years, 10800 元. Born
  earlier and under 3: prorated by month — the months from January 2025 up to the month the
  child turns 3 (M = 12·(Y − 2022) + m for a birth in month m of year Y), full years first.
* 第十条: one claim per year; a year not claimed is lost (不能补领). 2022 births claim once
  (2025), 2023 births twice (2025, 2026), 2024 births three times (2025–2027); 2025+ births claim
  first in the birth year or the next and then in the two following years.
* 第十三条: a child who dies on or after 2025-01-01 gets the full year of death; earlier, nothing.
The monthly rate 300 元 is derived (3600 ÷ 12); the text never states it, so the working shows it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from prompts import phrase, phrase_list

from ..lexicon import asks

from .base import Outcome, load_rules, money

RULES = load_rules("childcare_subsidy")


@dataclass
class Entitlement:
    birth: tuple[int, int]
    eligible: bool
    months: int = 0  # months of subsidy (for births before the start date)
    claims: list[tuple[int | None, int]] = field(default_factory=list)  # (year or None if flexible, amount)
    new_rules: bool = False  # born on/after the start date: whole years
    first_claim_years: tuple[int, int] | None = None

    @property
    def total(self) -> int:
        return sum(a for _, a in self.claims)

    @property
    def duration(self) -> str:
        if self.new_rules:
            return phrase("steps.childcare.year", year=len(self.claims))
        y, m = divmod(self.months, 12)
        return ((phrase("steps.childcare.year", year=y) if y else "")
                + (phrase("steps.childcare.months", n=m) if m else ""))


def _start() -> tuple[int, int]:
    y, m, _ = (int(x) for x in RULES["start"].split("-"))
    return y, m


def entitlement(year: int, month: int) -> Entitlement:
    """What a child born in ``year``-``month`` is entitled to, claim by claim."""
    per_year = RULES["per_year"]
    sy, sm = _start()
    if (year, month) >= (sy, sm):
        n = RULES["claims_new_birth"]
        return Entitlement((year, month), True, months=12 * n, claims=[(None, per_year)] * n, new_rules=True,
                           first_claim_years=(year, year + 1))
    # Months from the start date up to the month of the third birthday, birth month included.
    months = 12 * (year + RULES["age_limit_years"] - sy) + month - sm + 1
    if months <= 0:
        return Entitlement((year, month), False)
    full, rest = divmod(months, 12)
    amounts = [per_year] * full + ([per_year * rest // 12] if rest else [])
    return Entitlement((year, month), True, months=months, claims=[(sy + i, a) for i, a in enumerate(amounts)])


def table_row_prefix(year: int, month: int) -> str:
    return f"{year}年{month}月 "


def _claim_years_text(e: Entitlement, first: int | None = None) -> list[int]:
    if not e.new_rules:
        return [y for y, _ in e.claims]  # type: ignore[misc]
    f = first if first is not None else e.first_claim_years[0]
    return [f + i for i in range(len(e.claims))]


def _years(ys: list[int]) -> str:
    parts = [phrase("steps.childcare.year", year=y) for y in ys]
    if len(parts) == 1:
        return parts[0]
    return phrase("steps.childcare.list_last", head=phrase("steps.childcare.list_sep").join(parts[:-1]), last=parts[-1])


def compute(births: list[tuple[int, int]], today: date, *, missed: set[int] | None = None,
            claimed: set[int] | None = None, focus_year: int | None = None,
            first_claim_year: int | None = None, death: date | None = None) -> Outcome:
    """The outcome for one or more children (one birth month each)."""
    out = Outcome("childcare_subsidy", unit="元")
    c = RULES.clauses
    missed = set(missed or ())
    out.inputs = {"births": [f"{y}-{m:02d}" for y, m in births], "today": today.isoformat()}
    if len(births) > 1:
        out.inputs["children"] = len(births)
    if missed:
        out.inputs["missed_years"] = sorted(missed)
    if focus_year:
        out.inputs["year_asked"] = focus_year
    per_year = RULES["per_year"]
    lines: list[str] = []
    totals: list[int] = []
    for y, m in births:
        e = entitlement(y, m)
        label = phrase("steps.childcare.birth_month", year=y, month=m)
        if not e.eligible:
            lines.append(phrase("childcare.not_eligible", birth=label) + out.use(c["eligibility"], c["prorated"]))
            out.step(*phrase("steps.childcare.not_eligible", birth=label))
            totals.append(0)
            continue
        if death and death >= date(*_start(), 1):
            lines.append(phrase("childcare.death", birth=label, year=death.year, amount=per_year)
                         + phrase("childcare.death_deadline" if death.year != y else "childcare.death_deadline_birth_year",
                                  year=death.year, next=death.year + 1) + out.use(c["death"]))
            out.step(*phrase("steps.childcare.death", birth=label, year=death.year, per=per_year))
            totals.append(per_year)
            continue
        if death:
            lines.append(phrase("childcare.death_before", birth=label) + out.use(c["death"]))
            totals.append(0)
            continue
        years = _claim_years_text(e, first_claim_year)
        amounts = [a for _, a in e.claims]
        if e.new_rules:
            out.step(*phrase("steps.childcare.new_birth", birth=label, per=per_year, n=len(amounts), total=e.total))
            first_a, first_b = e.first_claim_years
            out.step(*phrase("steps.childcare.first_claim", a=first_a, b=first_b))
            if first_claim_year:
                out.step(*phrase("steps.childcare.claim_years", first=first_claim_year,
                                 years=phrase("steps.childcare.list_sep").join(
                                     phrase("steps.childcare.year", year=x) for x in years)))
            if first_claim_year and first_claim_year not in (first_a, first_b):
                lines.append(phrase("childcare.first_claim_too_late", birth=label, a=first_a, b=first_b)
                             + out.use(c["schedule_new"]))
            elif first_claim_year:
                lines.append(phrase("childcare.first_claim_ok", first=first_claim_year) + out.use(c["schedule_new"]))
            if first_claim_year:
                sched = phrase("childcare.schedule_new_fixed", n=len(amounts), per=per_year, first=years[0],
                               renewals=_years(years[1:]))
            else:
                sched = phrase("childcare.schedule_new", n=len(amounts), a=first_a, b=first_b, per=per_year)
            lead = phrase("childcare.total_new", birth=label, per=per_year, n=len(amounts), total=e.total)
            lines.append(lead + out.use(c["annual"], c["new_births"]) + sched + out.use(c["schedule_new"]))
        else:
            rate = per_year // 12
            out.step(*phrase("steps.childcare.monthly_rate", per=per_year, rate=rate))
            out.step(*phrase("steps.childcare.months_due", birth=label, year=y + 3, month=m, months=e.months,
                             duration=e.duration))
            parts = " + ".join(phrase("steps.childcare.claim_part", year=yy, amount=a)
                               for yy, a in e.claims)  # type: ignore[misc]
            out.step(*phrase("steps.childcare.whole_years_first", parts=parts, total=e.total))
            row = RULES.clauses["table_row"]
            out.extra_quotes.append((row, table_row_prefix(y, m)))
            lead = phrase("childcare.total_old", birth=label, duration=e.duration, total=e.total,
                          parts=phrase("steps.childcare.list_sep").join(
                              phrase("steps.childcare.year_amount", year=yy, amount=a)
                              for yy, a in e.claims))  # type: ignore[misc]
            sched = phrase("childcare.schedule_old" if len(amounts) > 1 else "childcare.schedule_old_one",
                           n=len(amounts), years=_years(years))
            year_clause = c.get(f"schedule_{y}")
            lines.append(lead + out.use(c["annual"], c["prorated"]) + "{table_row}" + sched
                         + (out.use(year_clause) if year_clause else ""))
        got = e.total
        lost = [yy for yy in years if yy in missed]
        if lost and not e.new_rules:
            kept = [(yy, a) for yy, a in e.claims if yy not in missed]  # type: ignore[misc]
            got = sum(a for _, a in kept)
            lost_amt = e.total - got
            out.step(*phrase("steps.childcare.missed", got=got,
                             parts=" + ".join(phrase("steps.childcare.claim_part", year=yy, amount=a)
                                              for yy, a in kept) or "0"))
            lines.append(phrase("childcare.missed", years=_years(lost), lost=lost_amt, got=got) + out.use(c["forfeit"]))
        elif lost and e.new_rules:
            lines.append(phrase("childcare.missed_new", years=_years(lost)) + out.use(c["schedule_new"]))
        if focus_year:
            amount = dict((yy, a) for yy, a in zip(years, amounts)).get(focus_year)
            if amount is not None:
                lines.insert(len(lines) - 1, phrase("childcare.focus_year", year=focus_year, amount=amount))
                so_far = sum(a for yy, a in zip(years, amounts) if yy <= focus_year)
                if focus_year != years[0]:
                    lines.append(phrase("childcare.so_far", first=years[0], year=focus_year, total=so_far))
            elif not e.new_rules:
                lines.append(phrase("childcare.focus_none", year=focus_year, birth=label))
        lines.extend(_deadline_notes(out, years, today, e, missed))
        totals.append(got)
    if len(births) > 1:
        parts = " + ".join(phrase("steps.childcare.yuan", amount=t) for t in totals)
        out.step(*phrase("steps.childcare.sum", parts=parts, total=sum(totals)))
        lines.insert(0, phrase("childcare.sum", n=len(births), parts=parts, total=sum(totals)))
    out.result = money(sum(totals))
    out.text = "".join(dict.fromkeys(lines))  # the same note for two children is said once
    out.remember = {"births": births}
    return out


def _deadline_notes(out: Outcome, years: list[int], today: date, e: Entitlement, missed: set[int]) -> list[str]:
    """Say which claim years are already over, using today's date."""
    if e.new_rules:
        return []
    past = [y for y in years if y < today.year and y not in missed]
    if past:
        today_text = phrase("steps.childcare.today", year=today.year, month=today.month, day=today.day)
        return [phrase("childcare.past_years", today=today_text, years=_years(past))
                + out.use(RULES.clauses["forfeit"])]
    return []


def general(today: date) -> Outcome:
    """The standard itself, when no birth month is given."""
    out = Outcome("childcare_subsidy", unit="元")
    c = RULES.clauses
    per = RULES["per_year"]
    n = RULES["claims_new_birth"]
    out.text = (phrase("childcare.general", per=per, n=n, total=per * n) + out.use(c["annual"], c["new_births"])
                + phrase("childcare.general_old") + out.use(c["prorated"]) + phrase("childcare.ask_birth"))
    # the result line says what the text says: the yearly standard and the total for new births
    out.result = phrase("steps.childcare.result_general", per=per, n=n, total=per * n)
    out.remember = {"pending": {"need": "birth"}}
    out.step(*phrase("steps.childcare.standard", per=per))
    out.step(*phrase("steps.childcare.standard_new", per=per, n=n, total=per * n))
    return out


def solve(req) -> Outcome | None:
    """The calculator's entry point (``[calculator] solver``): amounts for the birth months the
    message (or the conversation) gives; the standard itself when none is given; a question back
    when only a birth year before the start is given (the month changes the amount)."""
    s = req.slots
    births = list(s.get("births") or [])
    pending = req.previous.get("pending") or {}
    if not births and pending.get("need") == "birth_month" and s.get("month_answer"):
        m = s["month_answer"]
        if not 1 <= m <= 12:
            return Outcome("childcare_subsidy", status="clarify",
                           text=phrase("input.bad_month", text=req.text.strip(), detail=f"{m}月"))
        births = [(pending["year"], m)]
    sy, _ = _start()
    if req.followup and not req.given.get("births") and req.previous.get("births") and req.given.get("birth_year"):
        s = {**s, "birth_year": None}  # 「那2026年呢？」 after a birth month: the year asked about, not a birth
    if not births and s.get("birth_year"):
        y = s["birth_year"]
        if y < sy:
            out = Outcome("childcare_subsidy", status="clarify", choices=[f"{m}月" for m in range(1, 13)])
            out.text = phrase("clarify.birth_month", year=y) + out.use(RULES.clause("prorated"))
            out.inputs = {"birth_year": y}
            out.remember = {"pending": {"need": "birth_month", "year": y}}
            return out
        births = [(y, 1)]  # from the start year on the month does not change the amount
    if not births and req.followup:
        births = list(req.previous.get("births") or [])
    if not births:
        asked = asks(req.text)
        sum_asked = "amount" in asked or ("figure" in asked and not asked & {"duration", "date", "count"})
        if req.has("document_topic") or (asked and not sum_asked and not req.fabricate):
            return None  # how to apply, who checks, deadlines without a birth month: the documents say
        out = general(req.today)
        out.choices = phrase_list("clarify.birth_choices")
        return out
    missed = set(s.get("missed") or [])
    claims = s.get("claim_years") or []
    first_claim = claims[0] if claims and (s.get("first_claim") or missed) else None
    plain = [d.year for d in req.reading.dates if d.role in ("", "claim") and d.month is None]
    focus = plain[0] if plain and not req.given.get("births") else None
    future = [b for b in births if b > (req.today.year, req.today.month)]
    out = compute(births, req.today, missed=missed, focus_year=focus, first_claim_year=first_claim,
                  death=s.get("death"))
    out.remember["pending"] = {}
    if future:
        b = future[0]
        out.text = phrase("input.future_birth", birth=f"{b[0]}年{b[1]}月",
                          today=f"{req.today.year}年{req.today.month}月{req.today.day}日") + out.text
    return out
