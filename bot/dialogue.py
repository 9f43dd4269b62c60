"""Stage 5 — resolve the message against the conversation, and (last stage) remember the turn.

The conversation keeps its topic (a calculator, or the documents), each calculator's inputs,
the documents cited, the items of a list just given and the offices just named. A follow-up
(「那24年5月的呢」「那我妈呢」「第四件具体说的啥」「他们电话多少」) is read against them:

* the retrieval query joins the last self-contained question with the new words;
* a calculator the conversation is about gets the inputs it remembered, overridden by any the
  new message gives (the router scores the continuation);
* 「第N条/项/件」 of a list just given becomes that item's text;
* the region named before still applies.
"""

from __future__ import annotations

import re
import threading

from policybot.types import NATIONAL, Answer

from . import lexicon
from .calculators.registry import all_specs
from .compose import word_bigrams
from .turn import Turn

ORDINAL = re.compile(r"第\s*([一二三四五六七八九十\d]{1,3})\s*(?:条|项|件|个|点|种|类)")
MAX_QUERY = 300


def names_topic(text: str) -> bool:
    """The message names a policy subject of its own (so it is not a bare follow-up)."""
    if lexicon.cue("topic.words").search(text):
        return True
    return any(s.trigger_pattern.search(text) for s in all_specs())


def resolve(turn: Turn) -> Answer | None:
    s = turn.session
    q = turn.inspection.question
    reading = turn.reading
    turn.followup = bool(s.last_query) and (lexicon.is_followup(q) or bool(ORDINAL.search(q)) or (
        len(q) <= 16 and not reading.regions and not names_topic(q)))
    query = q
    if turn.followup:
        item = _listed_item(q, s.last_query, s.lists, s.items)
        turn.item = item
        query = f"{s.last_query} {item or ''} {q}".strip() if item else f"{s.last_query} {q}"
    turn.query = query
    turn.regions = reading.regions or (s.slots.get("regions", []) if turn.followup else [])
    if not turn.regions and reading.national:
        turn.regions = [NATIONAL]  # 「国家层面…」: national documents first
    return None


def which_document(turn: Turn) -> Answer | None:
    """「这是哪个文件规定的？文号是多少？」 right after an answer: the document it cited."""
    from prompts import phrase

    s = turn.session
    q = turn.inspection.question
    if not (s.last_citations and "document" in lexicon.asks(q)) or len(q) > 24 or "《" in q \
            or lexicon.cue("followup.names_subject").search(q):
        return None
    cite = s.last_citations[0].model_copy(update={"n": 1})
    number = phrase("common.number_paren", number=cite.doc_number) if cite.doc_number else ""
    text = phrase("dialogue.which_document", title=cite.doc_title, number=number,
                  issuer=cite.issuer or "", date=cite.date or "") + f"{cite.quote}[1]"
    turn.topic = s.topic
    return Answer(status="answered", answer=text, citations=[cite])


def _listed_item(question: str, last_query: str, lists: list[list[str]], items: list[str]) -> str:
    """「第四件具体说的啥」: the fourth item of a numbered list of the document the last answer
    cited — the list as long as the question before said (「八件实事」), else the longest
    that has a fourth whose lead-in (「3.申请渠道」) is most of words of that question — or else
    the fourth of the items the last answer quoted."""
    from .understand import cn_int

    m = ORDINAL.search(question)
    n = cn_int(m.group(1)) if m else None
    if not n:
        return ""
    having = [lst for lst in lists if len(lst) - 1 >= n]
    if having:
        counts = {cn_int(c) for c in COUNTED.findall(last_query)}
        asked = word_bigrams(last_query)

        def fit(lst: list[str]) -> tuple:
            lead = word_bigrams(lst[0])
            return (len(lst) - 1 in counts, len(asked & lead) / (len(lead) or 1),
                    len(asked & word_bigrams(" ".join(lst))))
        return max(having, key=fit)[n]
    return items[n - 1] if 1 <= n <= len(items) else ""


COUNTED = re.compile(r"([一二三四五六七八九十\d]{1,3})\s*(?:件|种|类|项|条|个方面|大类|点)")
LABEL = re.compile(r"^\s*(?:[（(](?P<a>[一二三四五六七八九十\d]{1,3})[)）]|(?P<b>\d{1,2})[.．、](?!\d)"
                   r"|(?P<c>[一二三四五六七八九十]{1,3})[、.．]|(?P<d>[①②③④⑤⑥⑦⑧⑨⑩]))\s*(?P<text>[^\n；;。]{2,60})")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def item_name(item: str) -> str:
    """What a list item is called: its text up to the first stop, without its label
    (「2．一般村卫生室。常住人口800人以上…」 → 一般村卫生室)."""
    m = LABEL.match(item)
    text = m.group("text") if m else item
    return re.split(r"[。，,：:；;]", text)[0][:24]


_LISTS: dict[tuple[str, int], list[list[str]]] = {}
_LISTS_LOCK = threading.Lock()
MAX_LISTED_DOCS = 512


def document_lists(doc) -> list[list[str]]:
    """The numbered lists of a document, found once per document (documents do not change
    while they are served; a rebuilt one has another paragraph count or id)."""
    key = (doc.doc_id, len(doc.paragraphs))
    with _LISTS_LOCK:
        found = _LISTS.get(key)
    if found is None:
        found = numbered_lists([ln for p in doc.paragraphs for ln in p.text.split("\n")])
        with _LISTS_LOCK:  # the service answers on several threads
            if len(_LISTS) >= MAX_LISTED_DOCS:
                _LISTS.pop(next(iter(_LISTS)))
            _LISTS[key] = found
    return found


def numbered_lists(lines: list[str]) -> list[list[str]]:
    """The numbered lists of a document, each as [the line that leads into it, item 1, item 2 …]:
    runs of one label style counting up from 1 (「(一)(二)(三)」), nested lists of other styles in
    between allowed."""
    from .understand import cn_int

    done: list[list[str]] = []
    current: dict[str, list[str]] = {}
    previous = ""
    for line in lines:
        m = LABEL.match(line)
        lead, previous = previous, line.strip()[:80]
        if not m:
            continue
        kind = next(k for k in "abcd" if m.group(k))
        raw = m.group(kind)
        n = CIRCLED.index(raw) + 1 if kind == "d" else cn_int(raw)
        style = kind + ("n" if raw.isdigit() else "c")
        item = line.strip()[:80]
        if n == 1:
            if len(current.get(style, [])) >= 3:
                done.append(current[style])
            current[style] = [lead, item]
        elif style in current and n == len(current[style]):  # [lead, 1 … n-1]
            current[style].append(item)
    done.extend(lst for lst in current.values() if len(lst) >= 3)
    return done


LIST_ITEM = re.compile(r"(?:^|[\n；;。])\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}[、.．]|[①②③④⑤⑥⑦⑧⑨⑩])\s*([^\n；;。]{2,60})")


def remember(turn: Turn, ans: Answer) -> None:
    s = turn.session
    s.remember(turn.text[:200], ans.status)
    if ans.status not in ("answered", "clarify"):
        return
    s.last_query = turn.query[-MAX_QUERY:]
    if turn.reading is not None and turn.reading.regions:
        s.slots["regions"] = turn.reading.regions
    if turn.topic:
        s.topic = turn.topic
    if turn.draft is not None and turn.draft.kind == "calculation":
        spec, out = turn.draft.spec, turn.draft.outcome
        state = dict(s.calculators.get(spec.id, {}))
        state.update(out.remember)
        state.update({k: v for k, v in turn.draft.slots.items() if k in spec.carry_slots})
        s.calculators[spec.id] = state
    if ans.citations:
        s.doc_ids = list(dict.fromkeys(c.doc_id for c in ans.citations))
        s.last_citations = [c.model_copy() for c in ans.citations[:3]]
        quotes = "\n".join(c.quote for c in ans.citations)
        items = [m.group(1).strip() for m in LIST_ITEM.finditer(quotes)]
        s.items = items if len(items) >= 2 else s.items
        first = next((h.doc for h in turn.hits if h.doc.doc_id == ans.citations[0].doc_id), None)
        if first is not None:
            s.lists = document_lists(first) or s.lists
