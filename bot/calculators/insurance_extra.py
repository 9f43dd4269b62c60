"""Resident medical insurance figures that need a local number the corpus lacks, which the user
gives: the first segment of 大病保险 payment from a threshold and an expense; the cap on raising
the 大病保险 ceiling from the original ceiling (with years of continuous enrolment, or of break);
and the central government's share of a per-capita subsidy. Every rate, step and cap is rules
data; Decimal arithmetic throughout."""

from __future__ import annotations

import re
from decimal import Decimal

from policybot.types import NATIONAL
from prompts import phrase

from . import slots_extra  # noqa: F401  (registers the extractors the rules files name)
from .base import Outcome, load_rules, money

SEGMENT = load_rules("illness_first_segment")
CAP = load_rules("illness_ceiling_cap")
CENTRAL = load_rules("central_subsidy")


def pct(share: Decimal) -> str:
    return money(share * 100)


def _negative(out: Outcome, *amounts: Decimal | None) -> bool:
    bad = next((a for a in amounts if a is not None and a < 0), None)
    if bad is None:
        return False
    out.status = "clarify"
    out.text = phrase("calc_extra.negative", amount=money(bad))
    return True


def first_segment(threshold: Decimal | None, expense: Decimal | None, group: str | None) -> Outcome:
    """First segment only: (E − T) × rate; for the favoured groups the threshold is cut and the rate
    raised, with no ceiling. Below the threshold nothing is paid."""
    out = Outcome("illness_first_segment", unit="元")
    clause = SEGMENT.clause("payment")
    rate, cut, up = Decimal(SEGMENT["first_rate"]), Decimal(SEGMENT["favoured_cut"]), Decimal(SEGMENT["favoured_rate_up"])
    place = SEGMENT["place"]
    rule = phrase("illness_segment.rule", place=place, rate=pct(rate), cut=pct(cut), up=pct(up)) + out.use(clause)
    if threshold is None or expense is None:
        out.status = "clarify"
        out.text = phrase("illness_segment.clarify_threshold" if threshold is None else "illness_segment.clarify_expense") \
            + rule
        return out
    if _negative(out, threshold, expense):
        out.text += rule
        return out
    out.inputs = {"threshold": money(threshold), "expense": money(expense), "group": group or ""}
    g = SEGMENT["groups"]["favoured"]["name"]

    def ordinary() -> tuple[Decimal, str]:
        if expense <= threshold:
            out.step(*phrase("illness_segment.steps.below", expense=money(expense), threshold=money(threshold)))
            return Decimal(0), phrase("illness_segment.below", expense=money(expense), threshold=money(threshold))
        over = expense - threshold
        pay = over * rate
        out.step(*phrase("illness_segment.steps.over", expense=money(expense), threshold=money(threshold), over=money(over)))
        out.step(*phrase("illness_segment.steps.pay", over=money(over), rate=pct(rate), pay=money(pay)))
        return pay, phrase("illness_segment.ordinary", threshold=money(threshold), expense=money(expense),
                           over=money(over), rate=pct(rate), pay=money(pay))

    def favoured(who: str) -> tuple[Decimal, str]:
        reduced = threshold * (1 - cut)
        rate2 = rate + up
        out.step(*phrase("illness_segment.steps.favoured_threshold", group=g, threshold=money(threshold), cut=pct(cut),
                         reduced=money(reduced)))
        out.step(*phrase("illness_segment.steps.favoured_rate", group=g, rate=pct(rate), up=pct(up), rate2=pct(rate2)))
        if expense <= reduced:
            out.step(*phrase("illness_segment.steps.below", expense=money(expense), threshold=money(reduced)))
            return Decimal(0), phrase("illness_segment.below_favoured", group=who, cut=pct(cut), threshold=money(reduced),
                                      expense=money(expense))
        over = expense - reduced
        pay = over * rate2
        out.step(*phrase("illness_segment.steps.over", expense=money(expense), threshold=money(reduced), over=money(over)))
        out.step(*phrase("illness_segment.steps.pay", over=money(over), rate=pct(rate2), pay=money(pay)))
        return pay, phrase("illness_segment.favoured", group=who, cut=pct(cut), threshold=money(reduced),
                           rate=pct(rate2), expense=money(expense), over=money(over), pay=money(pay))

    if group == "favoured":
        pay, text = favoured(g)
    else:
        pay, text = ordinary()
        fav_pay, fav_text = favoured("")
        text += phrase("illness_segment.if_favoured", group=g, text=fav_text)
        out.inputs["favoured_result"] = money(fav_pay)
    out.result = money(pay)
    out.text = rule + text + phrase("illness_segment.segments")
    return out


def ceiling_cap(region: str | None, ceiling: Decimal | None, years: int | None = None,
                break_years: int | None = None) -> Outcome:
    """Cap = original ceiling × cap_share; with years, min(steps × per_step, cap) (nationally each
    step is at least per_step); with years of break (where a figure is given), min(n × per, cap)."""
    key = region if region in CAP["variants"] else NATIONAL
    v = CAP["variants"][key]
    c = CAP.clauses
    out = Outcome("illness_ceiling_cap", unit="元")
    share = Decimal(CAP["cap_share"])
    if ceiling is None:
        out.status = "clarify"
        out.text = phrase("illness_cap.clarify") + phrase("illness_cap.rule", place=v["place"], pct=pct(share)) \
            + out.use(c[v["cap_clause"]])
        return out
    if _negative(out, ceiling):
        return out
    cap = ceiling * share
    out.inputs = {"region": key, "ceiling": money(ceiling)}
    out.step(*phrase("illness_cap.steps.cap", ceiling=money(ceiling), pct=pct(share), cap=money(cap)))
    text = phrase("illness_cap.cap", place=v["place"], pct=pct(share), ceiling=money(ceiling), cap=money(cap)) \
        + out.use(c[v["cap_clause"]])
    out.result = money(cap)
    prefix = phrase("illness_cap.steps.at_least") if v["at_least"] else ""
    if years is not None:
        out.inputs["years"] = years
        before, per = CAP["years_before_reward"], v["per_step"]
        steps = max(0, years - before)
        raw = Decimal(steps * per)
        out.step(*phrase("illness_cap.steps.reward_years", years=years, before=before, steps=steps))
        if steps == 0:
            text += phrase("illness_cap.none", years=years, before=before) + out.use(c[v["clause"]])
            out.result = "0"
        else:
            out.step(*phrase("illness_cap.steps.raise", steps=steps, prefix=prefix, per=per, raw=money(raw)))
            text += phrase("illness_cap.raise_at_least" if v["at_least"] else "illness_cap.raise", before=before, per=per,
                           years=years, steps=steps, raw=money(raw)) + out.use(c[v["clause"]])
            total = min(raw, cap)
            limited = raw > cap
            out.step(*phrase("illness_cap.steps.limited", raw=money(raw), cap=money(cap),
                             prefix="" if limited else prefix, total=money(total)))
            if limited:
                text += phrase("illness_cap.capped", cap=money(cap))
                out.result = money(cap)
            else:
                text += phrase("illness_cap.within_at_least" if v["at_least"] else "illness_cap.within", cap=money(cap),
                               total=money(total))
                out.result = f"{prefix}{money(total)}"
    elif isinstance(break_years, int) and v.get("per_break_year"):
        out.inputs["break_years"] = break_years
        per = v["per_break_year"]
        raw = Decimal(break_years * per)
        total = min(raw, cap)
        out.step(*phrase("illness_cap.steps.cut", n=break_years, per=per, cap=money(cap), total=money(total)))
        text += phrase("illness_cap.cut", per=per, n=break_years, raw=money(raw), pct=pct(share), cap=money(cap),
                       total=money(total)) + out.use(c[v["break_clause"]])
        out.result = f"-{money(total)}"
    if v.get("provinces_clause"):
        text += phrase("illness_cap.provinces") + out.use(c[v["provinces_clause"]])
    out.text = text
    return out


def central_subsidy(subsidy: Decimal | None, area: str | None) -> Outcome:
    """Central share = per-capita subsidy × the area's share; an area without a share (东部) has no
    figure; no area said → every area with a share, and the question which one."""
    out = Outcome("central_subsidy", unit="元/人·年")
    c = CENTRAL.clauses
    areas = CENTRAL["areas"]
    with_share = {k: a for k, a in areas.items() if "share" in a}
    rule = phrase("central_subsidy.rule", parts=phrase("calc_extra.list_sep").join(
        phrase("central_subsidy.rule_part", name=a["name"], pct=pct(Decimal(a["share"]))) for a in with_share.values())) \
        + out.use(c["central"])
    if subsidy is None:
        out.status = "clarify"
        out.text = phrase("central_subsidy.clarify", year=CENTRAL["standard_year"], standard=CENTRAL["standard_subsidy"]) \
            + out.use(c["standard"]) + rule
        out.choices = [phrase("central_subsidy.choice_standard", standard=CENTRAL["standard_subsidy"])]
        return out
    if _negative(out, subsidy):
        return out
    out.inputs = {"subsidy": money(subsidy), "area": areas[area]["name"] if area else ""}
    if area and area not in with_share:
        out.text = rule + phrase("central_subsidy.east")
        return out
    results, parts = [], []
    for k, a in with_share.items():
        if area and k != area:
            continue
        s = Decimal(a["share"])
        amount = subsidy * s
        rest = subsidy - amount
        out.step(*phrase("central_subsidy.steps.share", name=a["name"], subsidy=money(subsidy), pct=pct(s),
                         amount=money(amount)))
        out.step(*phrase("central_subsidy.steps.rest", name=a["name"], subsidy=money(subsidy), amount=money(amount),
                         rest=money(rest)))
        if area:
            out.result = money(amount)
            out.text = rule + phrase("central_subsidy.one", subsidy=money(subsidy), name=a["name"], pct=pct(s),
                                     amount=money(amount), rest=money(rest))
            return out
        results.append(phrase("central_subsidy.steps.result_part", name=a["name"], amount=money(amount)))
        parts.append(phrase("central_subsidy.both_part", name=a["name"], amount=money(amount), rest=money(rest)))
    sep = phrase("central_subsidy.part_sep")
    out.result = phrase("central_subsidy.steps.result_both", parts=sep.join(results))
    out.text = rule + phrase("central_subsidy.both", subsidy=money(subsidy), parts=sep.join(parts)) \
        + phrase("central_subsidy.no_list")
    out.choices = [a["name"] for a in with_share.values()]
    return out


def solve_first_segment(req) -> Outcome | None:
    s = req.slots
    if not req.followup and not req.spec.trigger_pattern.search(req.text):
        return None  # 「低保对象自己要交多少医保费」: a premium, not a serious-illness payment
    return first_segment(s.get("threshold"), s.get("expense"), s.get("group"))


def solve_ceiling_cap(req) -> Outcome | None:
    s = req.slots
    years = s.get("continuous_years")
    brk = s.get("break_years") if isinstance(s.get("break_years"), int) else None
    return ceiling_cap(req.region, s.get("ceiling"), years, brk)


def named_area(areas: list[str] | None, text: str) -> str | None:
    """The one area the message names; or the one whose share it states (「中央按80%补」)."""
    if areas and len(areas) == 1:
        return areas[0]
    if areas:
        return None  # 「西部中部各补多少」: both
    stated = {m.group(1) for m in re.finditer(r"(\d+(?:\.\d+)?)\s*[%％]", text)}
    hits = [k for k, a in CENTRAL["areas"].items() if "share" in a and pct(Decimal(a["share"])) in stated]
    return hits[0] if len(hits) == 1 else None


def solve_central_subsidy(req) -> Outcome | None:
    if req.slots.get("subsidy") is None and req.region in CENTRAL.data.get("defer_regions", []):
        return None  # the province's own split of the standard subsidy answers it
    return central_subsidy(req.slots.get("subsidy"), named_area(req.slots.get("area"), req.text))
