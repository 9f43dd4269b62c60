"""Compensation for a coincidental illness (偶合症) after vaccination: an unexplained death that an
autopsy and the expert group find to be coincidental is compensated at least ``min_years`` year(s)
of the income figure (which the corpus does not hold: the user gives it); refusing the autopsy means
no compensation. Separate from the adverse-reaction calculator; Decimal arithmetic."""

from __future__ import annotations

from decimal import Decimal

from prompts import phrase

from . import slots_extra  # noqa: F401  (registers the extractors the rules files name)
from .base import Outcome, load_rules, money

COINCIDENTAL = load_rules("vaccine_coincidental")


def coincidental(income: Decimal | None, refused: bool = False) -> Outcome:
    out = Outcome("vaccine_coincidental", unit="元")
    c = COINCIDENTAL.clauses
    place, years = COINCIDENTAL["place"], COINCIDENTAL["min_years"]
    if refused:
        out.step(*phrase("coincidental.steps.refused"))
        out.result = "0"
        out.inputs = {"autopsy": "refused"}
        out.text = phrase("coincidental.refused", place=place) + out.use(c["coincidental"])
        return out
    rule = phrase("coincidental.rule", place=place, years=years) + out.use(c["coincidental"])
    if income is None:
        out.status = "clarify"
        out.text = rule + phrase("coincidental.clarify", what=COINCIDENTAL["income_name"]) + out.use(c["income"])
        return out
    if income < 0:
        out.status = "clarify"
        out.text = phrase("calc_extra.negative", amount=money(income)) + rule
        return out
    amount = income * years
    out.inputs = {"income": money(income), "years": years}
    out.step(*phrase("coincidental.steps.amount", income=money(income), years=years, amount=money(amount)))
    out.result = f"{phrase('coincidental.at_least')}{money(amount)}"
    out.text = rule + phrase("coincidental.result", income=money(income), years=years, amount=money(amount))
    return out


def solve_coincidental(req) -> Outcome | None:
    if not req.followup and not req.spec.trigger_pattern.search(req.text):
        return None  # a vaccine question that is not about 偶合症: the adverse-reaction rules answer it
    return coincidental(req.slots.get("income"), bool(req.slots.get("refused")))
