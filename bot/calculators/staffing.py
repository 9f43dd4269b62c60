"""Staffing minimums that follow from a population: qualified village doctors per 行政村.

The rules file gives the first limit (below it, ``first_count`` doctors) and the width of each band
above it (one doctor more per band, 以此类推). The bands are written with shared end points
(「1500-2500人」, 「2500-3500人」), so a population exactly at an end point is in two bands: the
answer gives the higher figure and says that the lower band also claims it. Decimal arithmetic.
"""

from __future__ import annotations

from decimal import Decimal

from prompts import phrase

from . import slots_extra  # noqa: F401  (registers the extractors the rules files name)
from .base import Outcome, load_rules, money
from .slots_extra import Bound

VILLAGE = load_rules("village_doctors")


def minimum_doctors(population: Decimal) -> tuple[int, bool]:
    """(minimum doctors, whether the population is an end point shared by two bands)."""
    limit, first, width = Decimal(VILLAGE["first_limit"]), VILLAGE["first_count"], Decimal(VILLAGE["band_width"])
    if population < limit:
        return first, False
    steps = int((population - limit) // width)
    return first + 1 + steps, (population - limit) % width == 0


def village_doctors(population: Decimal | None) -> Outcome:
    out = Outcome("village_doctors", unit="名")
    c = VILLAGE.clauses
    limit, first, width = VILLAGE["first_limit"], VILLAGE["first_count"], VILLAGE["band_width"]
    rule = phrase("village_doctors.rule", place=VILLAGE["place"], first_limit=limit, first_count=first,
                  b2=limit + width, c2=first + 1, b3=limit + 2 * width, c3=first + 2) \
        + out.use(c["bands"], c["and_so_on"])
    if population is None:
        out.status = "clarify"
        out.text = phrase("village_doctors.clarify") + rule
        return out
    if isinstance(population, Bound):
        return _bounded(out, population, rule)
    if population <= 0 or population != population.to_integral_value():
        out.status = "clarify"
        out.inputs = {"population": money(population)}
        out.text = phrase("village_doctors.invalid", population=money(population)) + rule
        return out
    p = int(population)
    out.inputs = {"population": p}
    count, boundary = minimum_doctors(population)
    out.result = str(count)
    if p < limit:
        out.step(*phrase("village_doctors.steps.first", first_limit=limit, population=p, count=count))
        out.text = rule + phrase("village_doctors.first", population=p, first_limit=limit, count=count)
        return out
    low = limit + (count - first - 1) * width
    high = low + width
    out.step(*phrase("village_doctors.steps.band", population=p, low=low, high=high))
    out.step(*phrase("village_doctors.steps.count", first_count=first, population=p, first_limit=limit, width=width,
                     count=count))
    out.text = rule + phrase("village_doctors.band", population=p, low=low, high=high, count=count)
    if boundary:
        lower = count - 1
        lower_band = (phrase("village_doctors.lower_band_first", limit=limit) if lower == first
                      else phrase("village_doctors.band_name", low=low - width, high=low))
        upper_band = phrase("village_doctors.band_name", low=low, high=high)
        out.step(*phrase("village_doctors.steps.boundary", population=p, lower_band=lower_band, upper_band=upper_band,
                         lower=lower, count=count))
        out.text += phrase("village_doctors.boundary", population=p, lower_band=lower_band, upper_band=upper_band,
                           lower=lower, count=count)
    return out


def _bounded(out: Outcome, bound: Bound, rule: str) -> Outcome:
    """「不到1500人」: one figure if every population below it is in the first band, else a question;
    「3000多人」: the figure from that population up to the next band, and the next band's figure."""
    limit, first, width = VILLAGE["first_limit"], VILLAGE["first_count"], VILLAGE["band_width"]
    v = bound.value
    out.inputs = {"population": f"{bound.side} {money(v)}"}
    if v <= 0 or v != v.to_integral_value():
        out.status = "clarify"
        out.text = phrase("village_doctors.invalid", population=money(v)) + rule
        return out
    if bound.side == "below":
        if v > limit:
            out.status = "clarify"
            out.text = phrase("village_doctors.below_many", value=money(v)) + rule
            return out
        out.step(*phrase("village_doctors.steps.below", value=money(v), first_limit=limit, count=first))
        out.result = str(first)
        out.text = rule + phrase("village_doctors.below_first", value=money(v), first_limit=limit, count=first)
        return out
    count, _ = minimum_doctors(v)
    high = limit if count == first else limit + (count - first) * width
    low = high - width
    out.step(*phrase("village_doctors.steps.above", value=money(v), high=high, count=count, next=count + 1))
    out.result = str(count)
    key = "village_doctors.above_first" if count == first else "village_doctors.above"
    out.text = rule + phrase(key, value=money(v), low=low, high=high, count=count, next=count + 1)
    return out


def solve_village_doctors(req) -> Outcome | None:
    return village_doctors(req.slots.get("population"))
