"""Stage 9 — check answerability: do the chosen sentences answer what was asked?

Judged on the evidence, not on the question's words alone. The question is read for its focus
(its content words) and its answer type (``lexicon.asks``: an amount, a time, a place…); the
sentences chosen from the passages must cover the focus and state something of that type. An
everyday word the corpus never uses lowers confidence but never refuses on its own: a refusal
needs the evidence to be weak too. Thresholds come from ``data/calibration/<model>.json``
(fitted by ``python -m eval calibrate``), with defaults until then.

Some questions are outside what any passage could answer, whatever the passages say: personal
data about named people, a diagnosis, statistics the documents do not report, how two benefits
interact when no text says, a document the collection does not hold. Those are recognised here
too, each by one general cue (``data/intents.toml`` [outside]).
"""

from __future__ import annotations

import re

from embeddings.keyword import tokenize
from policybot.regions import gazetteer
from policybot.types import NATIONAL, UNKNOWN_REGION, Answer
from prompts import phrase

from . import lexicon, scope
from .compose import PLACE_ANSWER, matchable, split_subquestions
from .retrieve import Hit

ANCHOR_MAX_DF = 3  # chunks: a term this rare names a subject
PARENS_OR_SPACE = re.compile(r"[（(][^）)\n]{0,30}[）)]|\s")
ATTACHMENT_LINE = re.compile(r"^附\s*件\s*\d*\s*[:：]\s*(?:\d+[.．、])?\s*(.{4,60}?)\s*$")
# a stretch of calendar time stated: 「2026年10月15日至12月31日」, 「每年9月1日至次年3月31日」
SPAN_STATED = re.compile(r"\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:[至到—\-~～]|起至)\s*(?:次年|\d{4}\s*年)?\s*\d{1,2}\s*月")
TIME_STATED = re.compile(r"\d{4}\s*年|\d{1,2}\s*月|\d+\s*日|\d+\s*天|[一二三四五六七八九十两]+个?(月|年|天)|月底|年底|季度|"
                         r"上半年|下半年|次月|次年|当年|当月|工作日|之日|即日|每年|每月|年内|月内|集中参保期|前完成|出生后")
DEFAULTS = {"dense_unknown": 0.81, "dense_floor": 0.70, "coverage_floor": 0.3, "known_floor": 0.5}
NEVER_WEAK = {"dense_unknown": -1.0, "dense_floor": -1.0}


def years_named(reading, since: int) -> list[int]:
    """Calendar years the message names as such (「2025年」, not 「今年」 said in passing)."""
    return [d.year for d in reading.dates if d.month is None and d.year >= since and d.text[:1].isdigit()]


def region_words(text: str) -> set[str]:
    return {p.matched for p in gazetteer().find_all(text)} | {t for t in tokenize(text) if gazetteer().find_all(t)}


# an attachment that is a whole document (which may hold anything asked), not a list or a standard of one thing
WHOLE_DOCUMENT = re.compile(r"办法|规定|方案|细则|意见|通知|规范|指南|条例|规程|制度|规划")


class Answerability:
    def __init__(self, composer, corpus_text: str, title_keys: str, thresholds: dict | None = None):
        self.composer = composer
        self.corpus_text = corpus_text
        self.title_keys = title_keys
        self.t = {**DEFAULTS, **(thresholds or {})}

    # -- before composing: can the passages answer at all? ---------------------------------

    def outside(self, question: str) -> Answer | None:
        """Questions no passage answers, whatever it says (personal data, diagnoses, …)."""
        for kind in ("personal", "diagnosis", "statistics", "interaction", "future"):
            text = lexicon.cue("outside.time_within_case").sub("", question) if kind == "future" else question
            if lexicon.cue(f"outside.{kind}").search(text) and not self._stated_in_corpus(question, kind):
                return no_answer(f"refuse.{kind}")
        return None

    def _stated_in_corpus(self, question: str, kind: str) -> bool:
        """「领育儿补贴会不会影响低保」 is answerable where one passage names both benefits and
        how they bear on each other; the interaction wording itself is not a benefit."""
        if kind != "interaction":
            return False
        cue = lexicon.cue("outside.interaction_words")
        terms = [t for t in self.composer.content_tokens(question)
                 if len(t) >= 2 and self.composer.df.get(t, 0) and not cue.search(t)]
        return len(terms) >= 2 and any(all(t in s for t in terms) and cue.search(s)
                                       for s in self.corpus_text.split("\n"))

    def before(self, question: str, hits: list[Hit], reading) -> Answer | None:
        office = scope.out_of_scope_office(question)
        if office:
            return no_answer("refuse.not_covered", office)
        if not hits:
            return no_answer("refuse.not_covered")
        missing_doc = self._missing_document(question)
        if missing_doc:
            return Answer(status="no_answer", answer=phrase("refuse.document_not_held", title=missing_doc)
                          + phrase("refuse.suggest_office", office=phrase("refuse.offices_default")))
        benefit = scope.unknown_benefit(question, self.corpus_text)
        if benefit:
            return Answer(status="no_answer", answer=phrase("refuse.not_covered_topic", topic=benefit)
                          + phrase("refuse.suggest_office", office=phrase("refuse.offices_default")))
        top = hits[0]
        if reading.regions and reading.regions != [NATIONAL]:
            asked = reading.regions[0]
            # 「户口在安徽，现在住杭州」: any province the question names may be the one it is about
            relevant = [h for h in hits[:3] if h.doc.region in (*reading.regions, NATIONAL, UNKNOWN_REGION)]
            if not relevant:
                have = "、".join(dict.fromkeys(gazetteer().short_name(h.doc.region) for h in hits[:3]))
                return Answer(status="no_answer", answer=phrase("refuse.other_region", asked=gazetteer().short_name(asked), have=have)
                              + phrase("refuse.suggest_office", office=phrase("refuse.offices_default")))
        best = self.composer.score_sentences(question, hits)
        f = self.evidence(question, hits, best)
        weak = weak_evidence(f, self.t)
        if weak == "unknown":
            return Answer(status="no_answer", answer=phrase("refuse.not_covered_topic", topic=f["unknown_word"])
                          + phrase("refuse.suggest_office", office=phrase("refuse.offices_default")))
        if weak == "weak":
            return no_answer("refuse.not_covered")
        if re.search(r"表|指标", question) and any("missing_tables" in h.doc.flags for h in hits[:2]) and \
                re.search(r"指标表|表里|表中|表格", question):
            doc = next(h.doc for h in hits[:2] if "missing_tables" in h.doc.flags)
            return no_answer_near("refuse.missing_table", doc)
        # a share of a sum the user gives answers 「多少钱」 too (「3000万元…85%用于…」: worked out later)
        if scope.asks_money(question) and not scope.has_money([s.sentence for s in best[:6]], question,
                                                              given_sum=bool(reading.money)):
            return no_answer_near("refuse.missing_figure", top.doc, what="金额")
        if scope.asks_money(question) and reading.regions and reading.regions != [NATIONAL]:
            local = [s.sentence for s in best[:6] if hits[s.hit_rank].doc.region == reading.regions[0]]
            national = [s for s in best[:6] if hits[s.hit_rank].doc.region == NATIONAL]
            if not scope.has_money(local, question) and national and scope.has_money([s.sentence for s in national], question):
                return no_answer_near("refuse.region_figure", hits[national[0].hit_rank].doc,
                                      asked=gazetteer().short_name(reading.regions[0]))
        years = years_named(reading, since=2020)
        if years and (lexicon.asks_figure(question) or "list" in lexicon.asks(question)) and not any(
                f"{years[0]}" in h.chunk.text or f"{years[0]}" in h.doc.title for h in hits[:3]):
            return no_answer_near("refuse.missing_year", top.doc, year=years[0])
        return None

    @staticmethod
    def _other_locality(question: str, docs: list) -> Answer | None:
        """「我在成都…」 answered only by another city's rules (绵阳's, in the same province) is no
        answer: a city's or county's own document speaks for that place alone. A province-wide,
        national or unplaced document may answer any place."""
        place = gazetteer().locate(question)
        if place is None or place.level < 2 or not docs:
            return None

        def speaks_for(doc) -> bool:
            if doc.region in (NATIONAL, UNKNOWN_REGION):
                return True
            if doc.region != place.province:
                return False  # another province's: the province check answers for those
            detail = doc.region_detail or doc.region
            return detail == doc.region or place.detail.startswith(detail) or detail.startswith(place.detail)

        if any(speaks_for(d) for d in docs):
            return None
        local = [d for d in docs if d.region == place.province and d.region_detail and d.region_detail != d.region]
        if not local:
            return None  # another province: the province check speaks to that
        have = "、".join(dict.fromkeys(d.region_detail[len(d.region):] for d in local))
        return Answer(status="no_answer", answer=phrase("refuse.other_region", asked=place.matched, have=have)
                      + phrase("refuse.suggest_office", office=phrase("refuse.offices_default")))

    def evidence(self, question: str, hits: list[Hit], best: list | None = None) -> dict:
        """How well the passages cover the question: the best dense score, the share of the
        question's weighted words the best sentence has (all of them, and those the corpus uses
        at all), whether a word of the question is unknown to the corpus, whether a rare corpus
        term of the question stands in the top passages."""
        best = best if best is not None else self.composer.score_sentences(question, hits)
        unknown = scope.salient_unknown(question, self.corpus_text, region_words(question))
        return {"dense": hits[0].dense if hits else 0.0,
                "coverage": best[0].coverage if best else 0.0,
                "known": max((b.known_coverage for b in best[:5]), default=0.0),
                "unknown": bool(unknown), "unknown_word": unknown[0] if unknown else "",
                "anchored": self._anchored(question, hits[:2])}

    # -- after composing: do the chosen sentences state what was asked? ---------------------

    def after(self, question: str, hits: list[Hit], chosen: list, reading) -> tuple[Answer | None, list]:
        """A refusal, or the chosen sentences (a time or a place asked for may bring a
        sentence that states one to the front)."""
        asked = lexicon.asks(question)
        doc = hits[chosen[0].hit_rank].doc
        if "date_span" in asked:  # a sentence that states the stretch of time goes first, when there is one
            chosen = self._with_stated(question, hits, chosen, SPAN_STATED) or chosen
        for wanted, stated, what in (("date", TIME_STATED, "时间"), ("where", PLACE_ANSWER, "地点或办理渠道")):
            if wanted in asked and not lexicon.asks_figure(question) and "document" not in asked:
                found = self._with_stated(question, hits, chosen, stated)
                if found is None:
                    return no_answer_near("refuse.missing_figure", doc, what=what), chosen
                chosen = found
        if reading.regions and reading.regions != [NATIONAL] and not any(
                hits[c.hit_rank].doc.region in (*reading.regions, NATIONAL, UNKNOWN_REGION) for c in chosen):
            # 「四川的行政村要配几名村医」 answered by another province's rule is no answer
            return Answer(status="no_answer", answer=phrase(
                "refuse.other_region", asked=gazetteer().short_name(reading.regions[0]),
                have=gazetteer().short_name(doc.region))
                + phrase("refuse.suggest_office", office=phrase("refuse.offices_default"))), chosen
        other_city = self._other_locality(question, [hits[c.hit_rank].doc for c in chosen])
        if other_city is not None:
            return other_city, chosen
        unlisted = self._items_not_listed(question, hits)
        if unlisted:
            return no_answer_near("refuse.items_not_listed", doc, items="、".join(unlisted)), chosen
        if all(ATTACHMENT_LINE.match(c.sentence) for c in chosen):
            name = ATTACHMENT_LINE.match(chosen[0].sentence).group(1).strip()
            return no_answer_near("refuse.attachment", doc, attachment=name), chosen
        figure_q = re.sub(r"文号[是为]?多少", "", question)
        for sub in split_subquestions(figure_q):
            if not lexicon.asks_figure(sub) or scope.has_figure([c.sentence for c in chosen], sub):
                continue
            # 「多大岁数能查」: a sentence of the same document that states an age comes first
            # (a figure of a named unit only: any digit is not an answer to 「是多少」)
            pattern = scope.figure_pattern(sub)
            found = self._with_stated(sub, hits, chosen, pattern, doc.doc_id) if scope.is_unit(pattern) else None
            if found is None:
                attachment = self._attachment_named(question, hits)
                if attachment:
                    return no_answer_near("refuse.attachment", doc, attachment=attachment), chosen
                return no_answer_near("refuse.missing_figure", doc, what="数字"), chosen
            chosen = found
        if lexicon.asks(figure_q) & {"amount", "price"}:
            bound = self._with_bound_figure(figure_q, hits, chosen)
            if bound is None:
                return no_answer_near("refuse.missing_figure", doc, what="数字"), chosen
            chosen = bound
        wrong_year = self._other_year(question, reading, [c.sentence for c in chosen])
        if wrong_year:
            return no_answer_near("refuse.other_year", doc, **wrong_year), chosen
        missing = self._attachment_not_included(question, chosen, hits)
        if missing:
            return no_answer_near("refuse.attachment", doc, attachment=missing), chosen
        return None, chosen

    def _with_stated(self, question: str, hits: list[Hit], chosen: list, stated: re.Pattern,
                     doc_id: str | None = None) -> list | None:
        """The chosen sentences if one states what ``stated`` matches; else such a sentence of
        the top passages (of document ``doc_id`` when given) put first; None when none does."""
        from .compose import quote_unit

        if any(stated.search(c.sentence) for c in chosen):
            return chosen
        found = next((s for s in self.composer.score_sentences(question, hits)[:8]
                      if s.hit_rank <= 2 and stated.search(s.sentence)
                      and doc_id in (None, hits[s.hit_rank].doc.doc_id)), None)
        if found is None:
            return None
        found.sentence = quote_unit(found.sentence, hits[found.hit_rank].chunk.text)
        return [found] + [c for c in chosen if c.sentence not in found.sentence][:2]

    def focus_terms(self, question: str) -> list[str]:
        """The words a sum is asked about: those just before 「多少」「几」 (「人均可支配收入是
        多少」 → 可支配收入, 收入), corpus words only."""
        out: list[str] = []
        for sub in split_subquestions(question):
            m = lexicon.cue("figure").search(sub)
            if not m:
                continue
            head = [t for t in self.composer.content_tokens(sub[:m.start()])
                    if len(t) >= 2 and self.composer.df.get(t, 0) and not t.isdigit()
                    and not lexicon.cue("focus.not_focus").fullmatch(t) and not gazetteer().find_all(t)]
            out.extend(head[-2:])
        return out

    def _with_bound_figure(self, question: str, hits: list[Hit], chosen: list) -> list | None:
        """The chosen sentences if one states a figure next to what the figure is asked about
        (「…人均可支配收入…」 with no number near it does not answer 「收入是多少」); else such a
        sentence of the top passages put first; None when none states one."""
        focus = self.focus_terms(question)
        if not focus:
            return chosen

        figure = scope.MONEY.pattern if scope.wants_sum(question) else r"\d"

        asked_words = [t for t in self.composer.content_tokens(question) if len(t) >= 2 and self.composer.df.get(t, 0)]

        def bound(sentence: str) -> bool:
            if scope.TABLE_ROW.match(sentence):
                # a table row is one record: its figures are bound to the row the question names
                return re.search(figure, sentence) is not None and any(t in sentence for t in asked_words)
            # 「封顶线为30万元」 or 「30万元的封顶线」; not 「…2000元，累计降幅不超过…原封顶线」
            return any(re.search(re.escape(f) + r"[^。；;]{0,40}?" + figure + "|" + figure + r"[^。；;，,]{0,6}?" + re.escape(f),
                                 sentence) for f in focus)

        if any(bound(c.sentence) for c in chosen):
            return chosen
        from .compose import quote_unit

        found = next((x for x in self.composer.score_sentences(question, hits)[:10]
                      if x.hit_rank <= 2 and bound(x.sentence)), None)
        if found is None:
            return None
        found.sentence = quote_unit(found.sentence, hits[found.hit_rank].chunk.text)
        return [found] + [c for c in chosen if c.sentence not in found.sentence][:2]

    @staticmethod
    def _other_year(question: str, reading, sentences: list[str]) -> dict | None:
        """A figure asked for one year (「2025年个人缴费多少」) that the chosen sentences only
        give for other years: not the same standard."""
        asked = years_named(reading, since=2000)
        if not asked or not lexicon.asks_figure(question):
            return None
        stated: set[int] = set()
        for s in sentences:
            for a, b in re.findall(r"(20\d\d)\s*年?\s*[—–\-~至到]\s*(20\d\d)\s*年", s):
                stated.update(range(int(a), int(b) + 1))
            stated.update(int(y) for y in re.findall(r"(20\d\d)\s*年", s))
        if not stated or asked[0] in stated:
            return None
        return {"year": asked[0], "have": "、".join(f"{y}年" for y in sorted(stated))}

    def _attachment_not_included(self, question: str, chosen, hits: list[Hit]) -> str:
        """A list or price table asked for that the matching document only names as an
        attachment whose content is not in the corpus."""
        asked = lexicon.asks(question)
        if not (asked & {"list", "price"}) or "document" in asked:
            return ""
        wanted = set(self.composer.content_tokens(question))
        for name, named in self._attachments(question, hits):
            rest = {t for t in wanted - named if self.composer.df.get(t, 0)}
            if rest and chosen and len(rest & chosen[0].tokens) >= 0.5 * len(rest):
                return ""
            return name
        return ""

    def _attachment_named(self, question: str, hits: list[Hit]) -> str:
        """The attachment of a top document the question is about, when its content is not here."""
        return next((name for name, _ in self._attachments(question, hits)), "")

    def _attachments(self, question: str, hits: list[Hit]):
        """(name, its words) of each attachment of the top documents that the question names
        (two words or more) and that the document only lists, without its content."""
        wanted = set(self.composer.content_tokens(question))
        noun = scope.LIST_NOUN.search(question)
        asked_for = [noun.group(1)[:2]] if noun else []  # 「哪些材料」 → 材料 (characters: the segmenter reads 人参 in 「哪些人参加」)
        for h in hits[:2]:
            for p in h.doc.paragraphs:
                m = ATTACHMENT_LINE.match(p.text)
                if not m:
                    continue
                name = m.group(1).strip()
                named = set(tokenize(name))
                if asked_for and not WHOLE_DOCUMENT.search(name) and not any(t in name for t in asked_for):
                    continue  # 「要准备哪些材料」 is not asking for the 病种名录 (a whole 办法 may hold anything)
                # its content would stand under a line of its own name
                if len(wanted & named) >= 2 and not any(x.text.strip() == name for x in h.doc.paragraphs):
                    yield name, named

    def _items_not_listed(self, question: str, hits: list[Hit]) -> list[str]:
        """「第一批品种里有没有阿托伐他汀和二甲双胍」, 「头孢曲松是限制使用级还是…」: the things
        a question asks to find in a list, when the documents that answer it name none of them
        (nor any word of theirs the corpus knows, nor an everyday word for one)."""
        items = scope.membership_items(question)
        if not items:
            return []
        docs = {h.doc.doc_id: h.doc for h in hits[:3]}
        text = "".join(p.text for d in docs.values() for p in d.paragraphs)
        unlisted = []
        for item in items:
            formal = matchable(item)
            known = [t for t in self.composer.content_tokens(formal) if len(t) >= 2 and self.composer.df.get(t, 0)
                     and not lexicon.cue("focus.not_focus").fullmatch(t)]
            if item in text or any(t in text for t in known):
                return []  # one of them is there: the passages speak to the question
            unlisted.append(item)
        return unlisted

    def _missing_document(self, question: str) -> str | None:
        for title in re.findall(r"《([^《》]{6,60})》", question):
            key = re.sub(PARENS_OR_SPACE, "", title).lower()
            if key and key not in self.title_keys:
                return title
        return None

    def _anchored(self, question: str, hits: list[Hit]) -> bool:
        """A rare corpus term of the question (「水果刀」) stands in the top passages."""
        for t in self.composer.content_tokens(question):
            if len(t) >= 2 and 0 < self.composer.df.get(t, 0) <= ANCHOR_MAX_DF and not gazetteer().find_all(t) \
                    and any(t in h.chunk.text for h in hits):
                return True
        return False


def weak_evidence(f: dict, t: dict) -> str | None:
    """「unknown」: a word the corpus never uses, and the passages cover the rest poorly;
    「weak」: the passages neither resemble the question nor cover its words. An unknown word
    alone never refuses: the evidence must be weak too, and a rare corpus term anchors it."""
    if f["anchored"]:
        return None
    if f["unknown"] and f["known"] < t["known_floor"] and f["dense"] < t["dense_unknown"]:
        return "unknown"
    if f["dense"] < t["dense_floor"] and f["coverage"] < t["coverage_floor"]:
        return "weak"
    return None


def no_answer(key: str, office: str | None = None, **fields) -> Answer:
    return Answer(status="no_answer", answer=phrase(key, **fields) + phrase(
        "refuse.suggest_office", office=phrase(f"refuse.{office or 'offices_default'}")))


def no_answer_near(key: str, doc, **fields) -> Answer:
    number = phrase("common.number_paren", number=doc.doc_number) if doc.doc_number else ""
    return Answer(status="no_answer", answer=phrase(key, **fields) + phrase("refuse.nearest", title=doc.title, number=number)
                  + phrase("refuse.suggest_office", office=phrase("refuse.offices_default")))
