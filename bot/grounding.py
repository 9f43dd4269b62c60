"""Stage 10 — ground: number the citations, put the sentences in order, check every number.

A calculator's outcome names its clauses with markers (``{key}``); they become numbered
citations located in the corpus. Chosen passage sentences are grouped by document (the asker's
province first), each quoted with its citation. Then every number the answer states must stand
in a cited passage, the working or the inputs: a sentence with any other number is dropped.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from policybot.types import NATIONAL, Answer, CalcStep, Calculation, Citation
from prompts import phrase

from .arithmetic import cn_date
from .calculators.base import MARKER, ClauseIndex, Outcome
from .compose import citation_for, numbers_in, unsupported_numbers
from .retrieve import Hit

CLAIM_CUE = re.compile(r"对吧|对吗|对不对|是不是|是吗|没错吧|真的吗|听说|据说|有人说")
CLAIMED_FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:万|千)?\s*(?:元|块|%|个月|年|天|倍|岁)")
SENTENCE = re.compile(r"[^。！？\n]*[。！？\n]?")


def enforce_numbers(text: str, sources: list[str]) -> str:
    """Drop any sentence that states a number no source holds (a last line of defence)."""
    if not unsupported_numbers(text, sources):
        return text
    return "".join(s for s in SENTENCE.findall(text) if s and not unsupported_numbers(s, sources)).strip()


def outcome_citations(out: Outcome, clauses: ClauseIndex) -> tuple[list[Citation], dict[str, int]]:
    citations: list[Citation] = []
    numbers: dict[str, int] = {}
    for clause in out.clauses:
        cite = clauses.cite(clause)
        if cite is None:
            continue
        cite.n = len(citations) + 1
        citations.append(cite)
        numbers[clause.key] = cite.n
    for clause, prefix in out.extra_quotes:
        cite = clauses.find_line(clause.doc_number, prefix, clause.label)
        if cite is not None:
            cite.n = len(citations) + 1
            citations.append(cite)
            numbers[clause.key] = cite.n
    return citations, numbers


def contradicts(question: str, money_stated, out: Outcome) -> bool:
    """The message asserts an amount (「…5000元，对吧？」) that neither the rule's clauses nor the
    working give. An amount the user only gives as an input (「原封顶线是30万元」) asserts nothing."""
    if not money_stated or not CLAIM_CUE.search(question):
        return False
    stated = numbers_in(" ".join([out.result] + [f"{s.expression} {s.value}" for s in out.steps]
                                 + [str(v) for v in out.inputs.values()] + [c.quote for c in out.clauses]))
    return any(numbers_in(str(m)) - stated for m in money_stated)


def ground_outcome(out: Outcome, clauses: ClauseIndex, notes: list[str], today, reading) -> Answer | None:
    """The calculator's answer with its clauses cited; None when the corpus no longer holds them."""
    citations, numbers = outcome_citations(out, clauses)
    if out.clauses and not citations and out.status == "answered":
        return None
    body = MARKER.sub(lambda m: f"[{numbers[m.group(1)]}]" if m.group(1) in numbers else "", out.text)
    lead = list(notes)
    if not any(n == phrase("guard.fabricate") for n in notes) and contradicts(reading.text, reading.money, out):
        lead.append(phrase("guard.claim_mismatch"))
    text = "".join(lead) + body + ("" if not out.notes else "\n" + "".join(out.notes))
    calc = out.calculation(citations)
    sources = [c.quote for c in citations] + [c.doc_number for c in citations] + [today.isoformat()]
    if calc:
        sources += [f"{s.label} {s.expression} {s.value}" for s in calc.steps] + [str(v) for v in calc.inputs.values()]
    text = enforce_numbers(text, sources)
    status = out.status if out.status in ("answered", "clarify", "no_answer") else "answered"
    return Answer(status=status, answer=text, citations=citations, calculation=calc, choices=out.choices)


def unsupported_claim(question: str, quotes: list[str]) -> bool:
    """「…每条奖励5000元，对吧？」: a figure the user asserts that no quoted passage states."""
    if not CLAIM_CUE.search(question):
        return False
    claimed = {m.group(1) for m in CLAIMED_FIGURE.finditer(question)}
    stated = numbers_in(" ".join(quotes))
    return any(numbers_in(c) - stated for c in claimed)


def ground_passages(question: str, hits: list[Hit], chosen: list, regions: list[str], notes: list[str],
                    today=None) -> Answer:
    """The chosen sentences, answer first: the document that answers (the asker's province's
    before a national one), each sentence quoted with its citation and the document named after
    them; a second document's sentences follow as 「另见」."""
    top_doc = hits[chosen[0].hit_rank].doc.doc_id
    groups: dict[str, list] = {}
    for s in sorted(chosen, key=lambda s: s.hit_rank):
        groups.setdefault(hits[s.hit_rank].doc.doc_id, []).append(s)
    if regions and regions != [NATIONAL]:
        top_doc = next((d for d in groups if hits[groups[d][0].hit_rank].doc.region == regions[0]), top_doc)
    order = sorted(groups, key=lambda d: (d != top_doc, min(s.hit_rank for s in groups[d])))
    citations: list[Citation] = []
    lines: list[str] = list(notes)
    extra_sources: list[str] = []
    for doc_id in order:
        sents = groups[doc_id]
        doc = hits[sents[0].hit_rank].doc
        number = phrase("common.number_paren", number=doc.doc_number) if doc.doc_number else ""
        parts = []
        for s in sorted(sents, key=lambda s: (s.hit_rank, hits[s.hit_rank].chunk.text.find(s.sentence))):
            cite = citation_for(hits[s.hit_rank], s.sentence, len(citations) + 1)
            citations.append(cite)
            parts.append(f"{s.sentence}[{cite.n}]")
        # the sentences that answer first, then the document they come from
        line = ("" if not lines[len(notes):] else phrase("common.also_from")) + "".join(parts) \
            + phrase("common.source_after", title=doc.title, number=number)
        note = currency_note(doc, today)
        if note:
            line += note
            extra_sources.append(note)
        if any("truncated" in hits[s.hit_rank].chunk.flags for s in sents):
            line = phrase("common.incomplete_text") + line
        lines.append(line)
    if unsupported_claim(question, [c.quote for c in citations]):
        lines.insert(len(notes), phrase("guard.claim_not_found"))
    text = "\n".join(lines)
    sources = [c.quote for c in citations] + [c.doc_number for c in citations] + [c.doc_title for c in citations]
    return Answer(status="answered", answer=enforce_numbers(text, sources + extra_sources), citations=citations)


def currency_status(doc, today) -> str:
    """draft | not_yet_in_force | expired | in_force, from what the document states of itself
    (in_force also when it states no dates at all)."""
    if "draft" in doc.flags:
        return "draft"
    day = today.isoformat() if today is not None else ""
    if day and doc.effective_date and doc.effective_date > day:
        return "not_yet_in_force"
    if day and doc.expiry_date and doc.expiry_date < day:
        return "expired"
    return "in_force"


def currency_note(doc, today) -> str:
    """The warning an answer carries when a cited document is a draft, not yet in force, or expired."""
    status = currency_status(doc, today)
    if status == "draft":
        return phrase("common.draft_note", title=doc.title)
    if status == "not_yet_in_force":
        return phrase("common.not_yet_in_force", title=doc.title, date=cn_date(date.fromisoformat(doc.effective_date)))
    if status == "expired":
        return phrase("common.expired", title=doc.title, date=cn_date(date.fromisoformat(doc.expiry_date)))
    return ""



def ground_derivation(ans: Answer, derived, notes: list[str]) -> Answer:
    """A figure worked out from a quoted sentence goes first, its working shown and the
    sentence cited; the quoted passages follow."""
    quote = derived.sentence.sentence
    n = next((c.n for c in ans.citations if c.quote and (c.quote in quote or quote in c.quote)), None)
    if n is None:
        return ans
    lead = phrase("arithmetic.lead", working=derived.working, n=n, result=derived.result)
    lines = ans.answer.split("\n")
    k = len(notes) if notes and lines[:len(notes)] == list(notes) else 0
    ans.answer = "\n".join(lines[:k] + [lead] + lines[k:])
    ans.calculation = Calculation(calculator="arithmetic", inputs=derived.inputs, steps=derived.steps,
                                  result=derived.result, unit=derived.unit,
                                  clauses=[c for c in ans.citations if c.n == n])
    return ans


_YUAN = re.compile(r"(?<![\d.])(\d{5,})元(?![（(])")


def in_users_units(ans: Answer, question: str) -> Answer:
    """A question that speaks of 万 or 亿 (「最多能提高几万」, 「三点二个亿」) gets sums of that size
    also in its unit: 「60000元（6万元）」 — the same figure converted, each conversion a step of
    the calculation."""
    scales = [(u, n) for u, n in (("亿", 100000000), ("万", 10000)) if u in question]
    if not scales or ans.calculation is None:
        return ans
    done: dict[str, tuple[str, int]] = {}

    def add(m: re.Match) -> str:
        for unit, size in scales:
            v = Decimal(m.group(1)) / size
            if v < 1 or v != v.quantize(Decimal("0.01")):
                continue
            converted = f"{format(v.normalize(), 'f')}{unit}元"
            done[m.group(0)] = (converted, size)
            return f"{m.group(0)}（{converted}）"
        return m.group(0)
    ans.answer = _YUAN.sub(add, ans.answer)
    ans.calculation.steps += [CalcStep(label="换算", expression=f"{y}÷{size}", value=w) for y, (w, size) in done.items()]
    return ans
