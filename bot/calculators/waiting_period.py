"""待遇等待期 (waiting period before resident medical insurance pays), after enrolling late or
after a break in coverage.

Rules (rules/waiting_period.toml): a fixed 3 months; each year of broken coverage adds 1 month of
variable waiting period (a 1-year break gives 4 months); each year back-paid removes 1 month of
the variable part; after a break of 4 years or more the total after repair is at least 6 months;
newborns are exempt. Hebei applies it as binding and counts from the payment date; the national
text says "原则上" and leaves the specifics to the provinces. Back-payment costs the local
personal contribution per year, where the corpus gives it (Hebei 2024: 400 元).
"""

from __future__ import annotations

from policybot.types import NATIONAL, CalcStep
from prompts import phrase

from .base import Outcome, load_rules, money

RULES = load_rules("waiting_period")


def months_text(n: int) -> str:
    return phrase("steps.waiting.months", n=n)


def compute(region: str, break_years: int | None, repaid: int | None = None, *, newborn: bool = False,
            late_enrolment: bool = False, vague: bool = False) -> Outcome:
    out = Outcome("waiting_period", unit="个月")
    variant_key = region if region in RULES["variants"] else NATIONAL
    v = RULES["variants"][variant_key]
    main = RULES.clause(v["clause"])
    c = RULES.clauses
    out.inputs = {"region": variant_key, "break_years": break_years, "repaid_years": repaid or 0,
                  "newborn": newborn}
    place = phrase(v["place_phrase"])
    if newborn:
        out.text = phrase("waiting.newborn") + out.use(main)
        out.step(*phrase("steps.waiting.newborn"))
        out.result = "0"
        return out
    F = RULES["fixed_months"]
    if break_years is None:
        if not late_enrolment:
            out.text = phrase("waiting.rule", place=place, fixed=F, floor=RULES["floor_months"],
                              floor_years=RULES["floor_from_break_years"]) + out.use(main)
            if not v["binding"]:
                out.text += phrase("waiting.provinces") + out.use(c["national_provinces"])
            out.step(*phrase("steps.waiting.fixed", fixed=F))
            out.step(*phrase("steps.waiting.per_break_year"))
            out.step(*phrase("steps.waiting.per_repaid_year"))
            out.step(*phrase("steps.waiting.floor_rule", years=RULES["floor_from_break_years"],
                             floor=RULES["floor_months"]))
            out.result = str(F)
            return out
        out.text = phrase("waiting.late_only", place=place, fixed=F) + out.use(main)
        out.step(*phrase("steps.waiting.late_only", fixed=F))
        out.result = str(F)
        return out
    N = break_years
    R = max(0, repaid or 0)
    variable = N * RULES["months_per_break_year"]
    repaired = max(0, variable - R * RULES["months_per_repaid_year"])
    total = F + repaired
    out.step(*phrase("steps.waiting.fixed", fixed=F))
    out.step(*phrase("steps.waiting.variable", n=N, variable=variable))
    if R:
        out.step(*phrase("steps.waiting.repaired", variable=variable, r=R, repaired=repaired))
    out.step(*phrase("steps.waiting.total", fixed=F, repaired=repaired, total=total))
    floor_applied = False
    if N >= RULES["floor_from_break_years"] and total < RULES["floor_months"]:
        out.step(*phrase("steps.waiting.floor", n=N, floor=RULES["floor_months"]))
        total = RULES["floor_months"]
        floor_applied = True
    out.result = str(total)
    wording = "waiting.result_binding" if v["binding"] else "waiting.result_national"
    if not R:
        wording += "_unpaid"
    out.text = phrase(wording, place=place, n=N, r=R, total=total, fixed=F, variable=variable,
                      repaired=repaired) + out.use(main)
    if floor_applied:
        out.text += phrase("waiting.floor", n=N, floor=RULES["floor_months"])
    if R > variable:
        out.text += phrase("waiting.overpaid", r=R, variable=variable)
    if v.get("counts_from_payment"):
        out.text += phrase("waiting.from_payment")
    if R and v.get("contribution"):
        cost = R * v["contribution"]
        out.step(*phrase("steps.waiting.cost", r=R, per=v["contribution"], cost=cost))
        out.text += phrase("waiting.cost", r=R, per=v["contribution"], year=v["contribution_year"], cost=money(cost)) \
            + out.use(c[v["contribution_clause"]])
    elif R:
        out.text += phrase("waiting.cost_national") + out.use(c[v["contribution_clause"]])
    if not v["binding"]:
        out.text += phrase("waiting.provinces") + out.use(c["national_provinces"])
    out.remember = {"break_years": N, "repaid_years": R, "region": variant_key}
    return out


def add_unrepaid(out: Outcome, region: str, break_years: int) -> None:
    """Put the figure without back-payment before the one with it (「不补缴的话呢？补缴1年呢？」)."""
    F = RULES["fixed_months"]
    variable = break_years * RULES["months_per_break_year"]
    total = compute(region, break_years).result  # the same rule, with nothing back-paid
    label, expression, value = phrase("steps.waiting.unrepaid", fixed=F, variable=variable, total=total)
    out.steps.insert(0, CalcStep(label=label, expression=expression, value=value))
    out.text = phrase("waiting.unrepaid", n=break_years, total=total, fixed=F, variable=variable) + out.text


def add_newborn(out: Outcome) -> None:
    """The parent's figure, then the newborn's exemption."""
    out.step(*phrase("steps.waiting.newborn"))
    main = out.clauses[0] if out.clauses else RULES.clause("national")
    out.text += phrase("waiting.newborn_too") + out.use(main)


def correct_claim(out: Outcome, claimed: int) -> None:
    """「是不是只要再等4个月」 when the rule gives 6: say so first."""
    if out.result and out.result != str(claimed):
        out.inputs["claimed_months"] = claimed
        out.text = phrase("waiting.claim_wrong", claimed=claimed) + out.text


def solve(req) -> Outcome | None:
    """The waiting period for the break and back-payment the message (or the conversation)
    gives. A question about the rule in general (no break, no back-payment, no newborn) is
    left to the documents: the clause itself answers it."""
    s = req.slots
    prev = req.previous if req.followup else {}
    brk = s.get("break_years")
    vague = brk == "vague"
    n = None if vague else brk
    r = s.get("repaid_years")
    newborn = bool(s.get("newborn"))
    if n is None and not vague and r is None and not newborn and not req.followup:
        return None
    if req.followup:
        n = n if n is not None else prev.get("break_years")
        r = r if r is not None else prev.get("repaid_years")
    region = req.region or prev.get("region") or NATIONAL
    out = compute(region, n, r, newborn=newborn and n is None, vague=vague)
    if newborn and n is not None:  # 「我断了4年，娃刚出生，各自要等多久」
        add_newborn(out)
    if s.get("claimed_months") and n is not None:
        correct_claim(out, s["claimed_months"])
    if n is not None and r and s.get("no_repay"):  # 「不补缴的话几个月？补缴1年呢？」: both
        add_unrepaid(out, region, n)
    return out
