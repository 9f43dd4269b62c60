"""Resident medical insurance money: who pays how much of the 2024 financing (居民医保筹资分担),
premium assistance for people in difficulty (分类资助参保, Hebei), and the fund's share of
assisted-reproduction costs (辅助生殖, Henan). Decimal arithmetic throughout."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from policybot.types import NATIONAL
from prompts import phrase

from .base import Outcome, load_rules, money

FIN = load_rules("resident_financing")
AID = load_rules("premium_assistance")
ART = load_rules("assisted_reproduction")

COUNTY_KINDS = {
    "direct_county": ("省直管县", "直管县"),
    "city_county": ("市管县",),
    "district": ("市辖区",),
    "poverty_county": ("脱贫县", "脱贫区", "脱贫市"),
    "university": ("直属高校", "大学生", "高校"),
    "city": ("设区市", "其他县", "非脱贫"),
}


def county_kind(text: str) -> str | None:
    for kind, words in COUNTY_KINDS.items():
        if any(w in text for w in words):
            return kind
    return None


def _split(total: Decimal, parts: list[str]) -> list[Decimal]:
    weights = [Decimal(p) for p in parts]
    s = sum(weights)
    return [total * w / s for w in weights]


def financing(region: str, kind: str | None) -> Outcome:
    """Shares of the 670 元 per-person subsidy (2024) for the regions with their own split (the
    variants' ``scheme``); the national standard and the central share for western / central
    regions otherwise."""
    out = Outcome("resident_financing", unit="元/人·年")
    c = FIN.clauses
    subsidy = Decimal(FIN["subsidy"])
    out.inputs = {"region": region, "area": kind or "", "year": FIN["year"]}
    v = FIN["variants"].get(region, FIN["variants"][NATIONAL])
    if v["scheme"] == "ratio_split":
        h = FIN[v["figures"]]
        p = v["phrases"]
        central, local = _split(subsidy, [h["central"], h["local"]])
        out.step(*phrase(f"steps.financing.{p}_central", subsidy=money(subsidy), central=money(central),
                         local=money(local)))
        text = phrase(f"financing.{p}_central", subsidy=money(subsidy), central=money(central), local=money(local))
        text += out.use(*(c[k] for k in v["clauses"]))
        if kind == "direct_county":
            prov, county = _split(local, h["direct_county"])
            out.step(*phrase(f"steps.financing.{p}_direct", local=money(local), prov=money(prov),
                             county=money(county)))
            text += phrase(f"financing.{p}_direct", prov=money(prov), county=money(county), central=money(central))
            out.result = phrase("steps.financing.result_direct", central=money(central), prov=money(prov),
                                county=money(county))
        elif kind == "city_county":
            prov, city, county = _split(local, h["city_county"])
            out.step(*phrase(f"steps.financing.{p}_city_county", local=money(local), prov=money(prov),
                             city=money(city), county=money(county)))
            text += phrase(f"financing.{p}_city_county", prov=money(prov), city=money(city), county=money(county))
            out.result = phrase("steps.financing.result_city_county", central=money(central), prov=money(prov),
                                city=money(city), county=money(county))
        elif kind == "district":
            text += phrase(f"financing.{p}_district", local=money(local))
            out.result = phrase("steps.financing.result_split", central=money(central), local=money(local))
        else:
            text += phrase(f"financing.{p}_ask_kind")
            out.result = phrase("steps.financing.result_split", central=money(central), local=money(local))
        out.text = text
        return out
    if v["scheme"] == "fixed_split":
        g = FIN[v["figures"]]
        p = v["phrases"]
        text = phrase(f"financing.{p}", central=g["central"], local=g["local"]) + out.use(*(c[k] for k in v["clauses"]))
        out.step(*phrase(f"steps.financing.{p}", central=g["central"], local=g["local"],
                         total=g["central"] + g["local"]))
        if kind == "poverty_county":
            a, b = g["poverty_county"]
            out.step(*phrase(f"steps.financing.{p}_poverty", a=a, b=b, total=money(Decimal(a) + Decimal(b))))
            text += phrase(f"financing.{p}_poverty", region_part=a, county=b)
        elif kind == "university":
            text += phrase(f"financing.{p}_university", local=g["university"])
        elif kind in ("city", "city_county", "direct_county", "district"):
            a, b = g["city_or_county"]
            out.step(*phrase(f"steps.financing.{p}_city", a=a, b=b, total=money(Decimal(a) + Decimal(b))))
            text += phrase(f"financing.{p}_city", region_part=a, local=b)
        out.result = phrase("steps.financing.result_split", central=g["central"], local=g["local"])
        out.text = text
        return out
    text = phrase("financing.national", subsidy=FIN["subsidy"], contribution=FIN["contribution"]) + out.use(c["national"])
    west = subsidy * Decimal(FIN["central_share"]["西部"])
    mid = subsidy * Decimal(FIN["central_share"]["中部"])
    out.step(*phrase("steps.financing.west", subsidy=money(subsidy), west=money(west)))
    out.step(*phrase("steps.financing.mid", subsidy=money(subsidy), mid=money(mid)))
    text += phrase("financing.national_central", west=money(west), mid=money(mid)) + out.use(c["national_central"])
    out.result = phrase("steps.financing.result_national", subsidy=FIN["subsidy"])
    out.text = text
    return out


def assistance(text: str) -> Outcome | None:
    """Hebei: how much of the 400 元 personal contribution medical assistance pays."""
    cat = next((c for c in AID["categories"] if any(w in text for w in c["words"])), None)
    out = Outcome("premium_assistance", unit="元")
    c = AID.clauses
    P = Decimal(AID["contribution"])
    if cat is None:
        out.text = phrase("assistance.all") + out.use(c["assistance"], c["local"])
        for k in AID["categories"]:
            out.step(*phrase("steps.assistance.category", name=k["name"], contribution=money(P),
                             pct=money(Decimal(k["rate"]) * 100), aid=money(P * Decimal(k["rate"]))))
        out.result = phrase("steps.assistance.result_all")
        return out
    rate = Decimal(cat["rate"])
    aid = P * rate
    out.inputs = {"category": cat["name"], "contribution": money(P)}
    out.step(*phrase("steps.assistance.contribution", contribution=money(P)))
    prefix = phrase("steps.assistance.at_least") if cat["at_least"] else ""
    out.step(*phrase("steps.assistance.rate", name=cat["name"], contribution=money(P), prefix=prefix,
                     pct=money(rate * 100), aid=money(aid)))
    out.step(*phrase("steps.assistance.pay", contribution=money(P), aid=money(aid), pay=money(P - aid),
                     limit=phrase("steps.assistance.at_most") if cat["at_least"] else ""))
    out.result = f"{prefix}{money(aid)}"
    out.text = phrase("assistance.one", who=cat["name"], rate=f"{prefix}{money(rate * 100)}%", aid=f"{prefix}{money(aid)}",
                      pay=(phrase("steps.assistance.up_to") if cat["at_least"] else "") + money(P - aid),
                      contribution=money(P)) \
        + out.use(c["assistance"], c["contribution"]) + phrase("assistance.local") + out.use(c["local"])
    return out


def reproduction(amount: Decimal | None, scheme: str | None, service_date: date | None = None,
                 cross_province: bool = False) -> Outcome:
    """Henan: fund pays X × (1 − 10%) × 70% (职工) or × 60% (居民); the rest is the patient's."""
    out = Outcome("assisted_reproduction", unit="元")
    c = ART.clauses
    out.inputs = {"amount": money(amount) if amount is not None else "", "scheme": scheme or ""}
    if cross_province:
        out.text = phrase("art.cross_province") + out.use(c["cross_province"])
        out.result = "0"
        out.step(*phrase("steps.art.cross_province"))
        return out
    if service_date and service_date < date.fromisoformat(ART["effective"]):
        out.text = phrase("art.before", date=service_date.isoformat()) + out.use(c["effective"])
        out.result = "0"
        return out
    if amount is None:
        out.status = "clarify"
        out.text = phrase("clarify.amount") + phrase("art.rule") + out.use(c["payment"], c["no_deductible"])
        return out
    schemes = [scheme] if scheme else list(ART["fund_share"])
    first = amount * Decimal(ART["first_self_pay"])
    base = amount - first
    out.step(*phrase("steps.art.first_self_pay", amount=money(amount), first=money(first)))
    out.step(*phrase("steps.art.pooled", amount=money(amount), first=money(first), base=money(base)))
    parts = []
    for s in schemes:
        share = Decimal(ART["fund_share"][s])
        fund = base * share
        patient = amount - fund
        out.step(*phrase("steps.art.fund", scheme=s, base=money(base), pct=money(share * 100), fund=money(fund)))
        out.step(*phrase("steps.art.patient", scheme=s, amount=money(amount), fund=money(fund), patient=money(patient)))
        parts.append(phrase("art.result", scheme=s, amount=money(amount), fund=money(fund), patient=money(patient)))
        out.result = money(fund)
    out.text = "".join(parts) + out.use(c["payment"]) + phrase("art.notes") + out.use(c["no_deductible"], c["cross_province"])
    return out


ILL = load_rules("serious_illness")


def serious_illness(region: str, years: int) -> Outcome:
    """Raise of the 大病保险 ceiling after ``years`` of continuous enrolment: one step per year
    beyond the fourth; the cap (20% of the local original ceiling) needs a figure the corpus lacks."""
    key = region if region in ILL["variants"] else NATIONAL
    v = ILL["variants"][key]
    c = ILL.clauses
    out = Outcome("serious_illness", unit="元")
    steps = max(0, years - ILL["years_before_reward"])
    raise_ = steps * v["per_step"]
    out.inputs = {"region": key, "years": years}
    prefix = phrase("steps.illness.at_least") if v["at_least"] else ""
    out.step(*phrase("steps.illness.reward_years", years=years, before=ILL["years_before_reward"], steps=steps))
    out.step(*phrase("steps.illness.raise", steps=steps, prefix=prefix, per=v["per_step"], total=raise_))
    out.result = f"{prefix}{raise_}"
    main = c[v["clause"]]
    cap = c[v["cap_clause"]]
    place = phrase(v["place_phrase"])
    out.text = phrase("illness.result", place=place, years=years, steps=steps,
                      per=f"{prefix}{v['per_step']}", total=f"{prefix}{raise_}") + out.use(main) \
        + phrase("illness.cap") + out.use(cap)
    return out


def serious_illness_break(region: str, break_years: int) -> Outcome | None:
    """Where the variant has a break rule (Hebei): each year of break lowers the 大病保险 ceiling by
    2000 元 (capped at 20% of the local original ceiling, which the corpus lacks); rewards earned
    before are kept. None for a region without one."""
    v = ILL["variants"].get(region)
    if v is None or "break_clause" not in v:
        return None
    c = ILL.clauses
    per = ILL["per_break_year"]
    out = Outcome("serious_illness", unit="元")
    out.inputs = {"region": region, "break_years": break_years}
    total = per * break_years
    out.step(*phrase("steps.illness.cut", n=break_years, per=per, total=total))
    out.result = f"-{total}"
    out.text = phrase("illness.cut", n=break_years, per=per, total=total) + out.use(c[v["break_clause"]]) \
        + phrase("illness.kept") + out.use(c[v["kept_clause"]])
    return out


def solve_financing(req) -> Outcome | None:
    return financing(req.region or NATIONAL, req.slots.get("area"))


def solve_assistance(req) -> Outcome | None:
    if req.has("document_topic"):
        return None  # reimbursement, thresholds, ceilings: not the premium
    return assistance(req.text)


def solve_reproduction(req) -> Outcome | None:
    s = req.slots
    return reproduction(s.get("amount"), s.get("scheme"), cross_province=bool(s.get("cross_province")))


def solve_serious_illness(req) -> Outcome | None:
    s = req.slots
    region = req.region or NATIONAL
    if isinstance(s.get("break_years"), int) and not s.get("continuous_years"):
        return serious_illness_break(region, s["break_years"])
    if s.get("continuous_years") is not None:
        return serious_illness(region, s["continuous_years"])
    return None
