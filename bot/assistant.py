"""``Assistant.ask(session_id, message)``: the one entry point the web API, the WeChat
webhooks and the evaluation harness all call.

For each message: check it (empty, too long, impossible dates) → read it (inputs, region,
injected instructions) → put it in the conversation's context → route it to a calculator if it
needs one, else retrieve and compose an extractive answer, or say the documents do not cover it
→ check every number against the cited passages and the calculation → remember the turn.
"""

from __future__ import annotations

import re
import time
import uuid
from datetime import date, datetime
from zoneinfo import ZoneInfo

from embeddings.keyword import tokenize
from ingest.structure import PART, heading_label
from policybot.regions import gazetteer
from policybot.settings import Settings, get_settings
from policybot.types import NATIONAL, Answer, Citation
from prompts import phrase, phrase_list

from . import scope, understand
from .calculators import childcare_subsidy, insurance, misc, waiting_period
from .calculators.base import MARKER, ClauseIndex, Outcome
from .compose import PLACE_ANSWER, PLACE_ASK, Composer, citation_for, numbers_in, quote_unit, split_subquestions, unsupported_numbers
from .guard import inspect, plain_text
from .retrieve import Hit, Retriever
from .sessions import Session, SessionStore

RETRIEVE_K = 10
ANCHOR_MAX_DF = 3  # chunks: a term this rare names a subject

CHILDCARE = re.compile(r"育儿补贴|育儿补助|育儿津贴|生育补贴")
CHILD = re.compile(r"孩子|娃|宝宝|婴幼儿|婴儿|小孩|出生|生的|生了|每孩|每个孩子|胎|岁|老大|老二|双胞胎")
CHILDCARE_EXTRACTIVE = re.compile(r"怎么申请|如何申请|在哪|哪里|平台|线上|线下|网上|手机|小程序|材料|迁|发放时间|什么时候发|啥时候发|时间节点|"
                                  r"哪几级|财政|超过三个|三个孩子|四个|多胞胎|双胞胎|收养|孤儿|去世|死亡|审核|监督|补贴资金|"
                                  r"比例|复查|复核|抽查|核查|监管|公示|部门")
AMOUNT_ASK = re.compile(r"多少|几年|几次|能领|可以领|领多少|标准|金额|一年给|每年|一共|总共|合计|对吗|是不是|编|上调")
EXCEPT = re.compile(r"除了[^，,。？?；;]{1,16}?(以外|之外|外)?(?=[，,；;还])")
MULTIPLES = re.compile(r"三胞胎|双胞胎|双胞|龙凤胎|一对双")
WAITING = re.compile(r"等待期|等多久|要等|再等|等几个月|多久才能|多长时间才能|(什么|啥)时候才能(报销|享受|用)")
NO_REPAY = re.compile(r"不补缴|不补交|不补的话|没补缴|没有补缴|不补")
NEWBORN = re.compile(r"新生儿|刚出生|刚生")
FINANCING = re.compile(r"(居民医保|城乡居民基本医疗保险|居民基本医疗保险).*(分担|负担|各出|各承担|各负担|出多少|各.{0,4}多少)|"
                       r"(中央|省|县).{0,12}(分担|负担|各出|分别要负担|各承担)")
ASSIST = re.compile(r"低保|特困|脱贫|返贫|边缘易致贫|突发严重困难")
INSURANCE = re.compile(r"医保|参保|保险")
ART_WORDS = re.compile(r"辅助生殖|试管|取卵|胚胎移植|人工授精")
PRICE_WORDS = re.compile(r"中选价|饮片")
INJECTION_WORDS = re.compile(r"注射剂.*(挂网|单支|每支)|(单支|每支).*挂网")
VACCINE_WORDS = re.compile(r"(异常反应|打疫苗|接种).*(补偿|赔|赔偿)|(补偿|赔偿).*(异常反应|疫苗)")
MONEY_WANTED = re.compile(r"多少钱|赔多少|补偿多少|能赔多少|能补多少|金额|多少元|怎么算|算一下|一共多少|补多少")
PLAN_WORDS = re.compile(r"预期寿命.*(目标|大约|达到)|目标.*预期寿命")
MONTH_ONLY = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?\s*(?:出生|生的|生)?\s*[。.!！]?")
ATTACHMENT_LINE = re.compile(r"^附\s*件\s*\d*\s*[:：]\s*(?:\d+[.．、])?\s*(.{4,60}?)\s*$")
LIST_ASK = re.compile(r"哪些|哪几项|(价格|指导价|收费标准|价)(是)?多少")
LOCATE_ASK = re.compile(r"文号|哪份|哪个文件|出自|什么文件")
SUMMARY_ASK = re.compile(r"讲了什么|讲的什么|主要内容|说了什么|是什么文件|介绍一下|概括|简要")
FOLLOWUP = re.compile(r"^(那|那么|那要是|要是|如果|假如|还有|另外|再问|它|这个|那个|其中|里面|同样|还是)")

# A figure the user asserts (「每条奖励5000元，对吧」), to check against the passages.
CLAIM_CUE = re.compile(r"对吧|对吗|对不对|是不是|是吗|没错吧|真的吗|听说|据说|有人说")
CLAIMED_FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:万|千)?\s*(?:元|块|%|个月|年|天|倍|岁)")
PARENS_OR_SPACE = re.compile(r"[（(][^）)\n]{0,30}[）)]|\s")
# A question for a time, and the words that state one (a date, a span, 「自印发之日起」).
WHEN_ASK = re.compile(r"什么时候|啥时候|何时|哪天|几月几[号日]|截止到?哪|最晚(什么时候|哪天|几号)|哪一天")
TIME_STATED = re.compile(r"\d{4}\s*年|\d{1,2}\s*月|\d+\s*日|\d+\s*天|[一二三四五六七八九十两]+个?(月|年|天)|月底|年底|季度|"
                         r"上半年|下半年|次月|次年|当年|当月|工作日|之日|即日|每年|每月|年内|月内|集中参保期|前完成|出生后")
# A question for a figure (not 「哪几个方面」).
FIGURE_ASK = re.compile(r"(?<!哪)(多少(?!份|个方面)|几[天年次岁倍项名月]|多长时间|多久|多大|几成|百分之几)")


class Assistant:
    def __init__(self, retriever: Retriever, settings: Settings | None = None, today=None):
        self.settings = settings or get_settings()
        self.retriever = retriever
        self.sessions = SessionStore(self.settings.session_ttl_seconds, self.settings.max_sessions)
        index = retriever.index
        self.clauses = ClauseIndex(index.documents, index.chunks)
        df: dict[str, int] = {}
        for text in index.embed_texts:
            for tok in set(tokenize(text)):
                df[tok] = df.get(tok, 0) + 1
        self.doc_freq = df
        self.composer = Composer(df, len(index.chunks))
        # every character of the corpus, for "does the corpus ever say X" checks
        self.corpus_text = "\n".join(c.text for c in index.chunks).lower()
        # every title and every 《…》 the documents mention, without brackets or spaces, for 《》 look-ups
        self._title_keys = re.sub(PARENS_OR_SPACE, "", "\n".join(
            [self.corpus_text] + [" ".join((d.title, d.cover_title, *d.alt_titles)) for d in index.documents.values()])).lower()
        self._today = today
        self.rewriter = None
        if self.settings.llm_base_url:
            from .llm import Rewriter

            self.rewriter = Rewriter(self.settings.llm_base_url, self.settings.llm_model, self.settings.llm_api_key,
                                     self.settings.llm_timeout_seconds)

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> "Assistant":
        from embeddings.encoder import Encoder
        from embeddings.store import load_index

        s = settings or get_settings()
        encoder = Encoder(s.model, batch_size=s.embed_batch_size, threads=s.torch_threads or None)
        return cls(Retriever(load_index(s.index_dir), encoder, s.query_cache_size), s)

    WARM_UP = ("2023年3月出生的孩子能领多少育儿补贴", "断保2年补缴1年，等待期多长？", "医疗机构禁止携带哪些物品？", "HPV疫苗多少钱一针？")

    def warm_up(self) -> None:
        """Load the lazy parts (model, tokenizers, part-of-speech tables) before the first user."""
        for q in self.WARM_UP:
            self.ask("__warm-up__", q)

    def today(self) -> date:
        if self._today is not None:
            return self._today() if callable(self._today) else self._today
        if self.settings.today:
            return date.fromisoformat(self.settings.today)
        return datetime.now(ZoneInfo(self.settings.timezone)).date()

    # -- the entry point --------------------------------------------------------------------

    def ask(self, session_id: str, message: str) -> Answer:
        t0 = time.perf_counter()
        session = self.sessions.get(session_id or "anonymous")
        raw = message if isinstance(message, str) else ""
        text = re.sub(r"\s+", " ", raw).strip()
        if not text:
            ans = Answer(status="rejected", answer=phrase("input.empty"))
        elif len(text) > self.settings.max_message_chars:
            ans = Answer(status="rejected", answer=phrase("input.too_long", n=len(text), limit=self.settings.max_message_chars))
        else:
            ans = self._answer(session, text)
        session.remember(text[:200], ans.status)
        ans.session_id = session.session_id
        ans.answer_id = uuid.uuid4().hex[:12]
        ans.latency_ms = round((time.perf_counter() - t0) * 1000, 2)
        return ans

    # -- one turn ---------------------------------------------------------------------------

    def _answer(self, session: Session, text: str) -> Answer:
        today = self.today()
        question = plain_text(text).strip()
        if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", question):
            return Answer(status="rejected", answer=phrase("input.markup_only"))
        ins = inspect(question)
        reading = understand.read(ins.question, today)
        if reading.problems:
            p = reading.problems[0]
            key = "input.bad_month" if p.kind == "bad_month" else "input.bad_day"
            return Answer(status="clarify", answer=phrase(key, text=p.text, detail=p.detail),
                          choices=[] if p.kind == "bad_day" else phrase_list("clarify.birth_choices"))
        followup = bool(session.last_query) and (bool(FOLLOWUP.match(ins.question)) or (
            len(ins.question) <= 16 and not reading.regions and not self._names_topic(ins.question)))
        query = f"{session.last_query} {ins.question}" if followup else ins.question
        regions = reading.regions or (session.slots.get("regions", []) if followup else [])
        if not regions and reading.national:
            regions = [NATIONAL]  # 「国家层面…」: national documents first
        hits = self.retriever.search(query, k=RETRIEVE_K, prefer_regions=regions or None)

        notes: list[str] = []
        if ins.injection:
            notes.append(phrase("guard.injection") if ins.injected_text else phrase("guard.injection_generic"))
        if ins.medical and not self._names_topic(ins.question):
            ans = Answer(status="no_answer", answer=phrase("refuse.medical_advice"))
            return self._finish(session, ans, hits, query, reading, topic="")

        outcome = self._calculate(ins, reading, session, followup, today)
        if outcome is not None:
            ans = self._from_outcome(outcome, ins, reading, notes, today)
            if ans is not None:
                session.topic = outcome.calculator
                session.slots.update(outcome.remember)
                return self._finish(session, ans, hits, query, reading, topic=outcome.calculator)

        named = self.retriever.mentioned_docs(ins.question)
        if len(named) == 1 and SUMMARY_ASK.search(ins.question):
            ans = self._summary(self.retriever.docs[next(iter(named))])
        else:
            ans = self._extractive(ins.question, query, hits, reading, regions, notes)
        return self._finish(session, ans, hits, query, reading, topic="documents")

    def _summary(self, doc) -> Answer:
        """What a named document is about: its opening paragraph and its parts (一、二、三…)."""
        chunks = [c for c in self.retriever.chunks if c.doc_id == doc.doc_id]
        opening = next((p.text for p in doc.paragraphs if p.kind == "text" and len(p.text) >= 30
                        and not p.text.rstrip().endswith(("：", ":"))), "")
        parts = [heading_label(p.text) for p in doc.paragraphs
                 if p.kind in ("text", "heading") and PART.match(p.text)][:8]
        citations: list[Citation] = []
        chunk = next((c for c in chunks if opening and opening[:40] in c.text), chunks[0] if chunks else None)
        if chunk is not None and opening:
            citations.append(citation_for(Hit(chunk, doc, 1.0), opening, 1))
        number = phrase("common.number_paren", number=doc.doc_number) if doc.doc_number else ""
        text = phrase("summary.lead", title=doc.title, number=number) + (opening + "[1]" if opening else "")
        if parts:
            text += phrase("summary.parts", parts="；".join(parts))
        sources = [opening, doc.doc_number, doc.title] + parts
        return Answer(status="answered", answer=self._enforce_numbers(text, sources), citations=citations)

    def _finish(self, session: Session, ans: Answer, hits: list[Hit], query: str, reading, topic: str) -> Answer:
        ans.retrieved = [h.passage() for h in hits]
        if ans.status in ("answered", "clarify"):
            session.last_query = query if len(query) <= 300 else query[-300:]
            if reading.regions:
                session.slots["regions"] = reading.regions
            if topic and topic != "documents":
                session.topic = topic
            elif ans.status == "answered":
                session.topic = "documents"
            session.doc_ids = list(dict.fromkeys(c.doc_id for c in ans.citations))
        return ans

    @staticmethod
    def _names_topic(text: str) -> bool:
        return bool(CHILDCARE.search(text) or WAITING.search(text) or re.search(r"医保|补贴|补偿|文件|通知|规定|政策|办法", text))

    # -- calculators --------------------------------------------------------------------------

    def _calculate(self, ins, reading, session: Session, followup: bool, today: date) -> Outcome | None:
        # The topic may sit in an injected block (「【…育儿补贴…】那2024年11月出生的呢」); inputs never do.
        q = ins.question if not ins.injected_text else ins.question + " " + re.sub(r"[\d〇一二三四五六七八九十百千万]+", "", ins.injected_text)
        topic = session.topic if followup else ""
        region = reading.regions[0] if reading.regions else (session.slots.get("regions") or [None])[0] if followup else None
        # for rules that need a province: the message's, else the conversation's
        region_known = region or (session.slots.get("regions") or [None])[0]

        q = EXCEPT.sub("", q)  # 「除了育儿补贴，还有没有托育补贴」 is not about the subsidy
        childcare = CHILDCARE.search(q) or topic == "childcare_subsidy" or (
            reading.births and re.search(r"续领|申领|补贴|领多少|能领|可以领|能拿|拿多少", q))
        if childcare and (region in (None, "甘肃省")):
            births = [(d.year, d.month) for d in reading.births if d.month]
            pending = session.slots.get("pending") or {}
            month_only = MONTH_ONLY.fullmatch(q.strip())
            if not births and pending.get("need") == "birth_month" and month_only:
                m = understand.cn_int(month_only.group(1))
                if m is None or not 1 <= m <= 12:
                    return Outcome("childcare_subsidy", status="clarify",
                                   text=phrase("input.bad_month", text=q.strip(), detail=f"{m}月"))
                births = [(pending["year"], m)]
                reading.births.append(understand.DateMention(pending["year"], m, None, q, 0, 0, "birth"))
            year_only = [d for d in reading.births if not d.month]
            if reading.age_months is not None and not births:
                births = [understand.birth_from_age(reading.age_months, today)]
            if year_only and not births:
                if CHILDCARE_EXTRACTIVE.search(q):
                    return None
                y = year_only[0].year
                if y < 2025:
                    out = Outcome("childcare_subsidy", status="clarify", choices=[f"{m}月" for m in range(1, 13)])
                    out.text = phrase("clarify.birth_month", year=y) + out.use(childcare_subsidy.RULES.clause("prorated"))
                    out.inputs = {"birth_year": y}
                    out.remember = {"pending": {"need": "birth_month", "year": y}}
                    return out
                births = [(y, 1)]  # from 2025 on the month does not change the amount
            if not births and followup and topic == "childcare_subsidy":
                births = session.slots.get("births", [])
            asks = AMOUNT_ASK.search(q) or births or ins.fabricate
            if CHILDCARE_EXTRACTIVE.search(q) and not reading.births:
                return None
            if births and (CHILD.search(q) or followup or CHILDCARE.search(q)):
                plain = [d for d in reading.dates if d.role in ("", "claim") and d.month is None]
                focus = plain[0].year if plain and not reading.births else None
                missed = {d.year for d in reading.dates if d.role == "missed"}
                first_claim = next((d.year for d in reading.dates if d.role == "claim" and d.month is None
                                    and re.search(r"第一次|首次|头一次", q)), None)
                if first_claim is None and missed:
                    first_claim = next((d.year for d in reading.dates if d.role == "claim" and d.month is None), None)
                death = next((d.as_date() for d in reading.dates if d.role == "death" and d.month), None)
                multiple = MULTIPLES.search(q)
                if multiple and len(births) == 1:
                    births = births * (3 if multiple.group(0).startswith("三") else 2)
                future = [b for b in births if (b[0], b[1]) > (today.year, today.month)]
                out = childcare_subsidy.compute(births, today, missed=missed, focus_year=focus,
                                                first_claim_year=first_claim, death=death)
                out.remember["pending"] = {}
                if future:
                    b = future[0]
                    out.text = phrase("input.future_birth", birth=f"{b[0]}年{b[1]}月",
                                      today=f"{today.year}年{today.month}月{today.day}日") + out.text
                if not reading.regions and not session.slots.get("regions"):
                    out.notes.append(phrase("common.region_note", province="甘肃省"))
                return out
            bare_topic = CHILDCARE.search(q) and len(q) <= 12 and not CHILDCARE_EXTRACTIVE.search(q)
            if (asks and (CHILD.search(q) or ins.fabricate or reading.money or re.search(r"一年|每年|几年", q))
                    and not CHILDCARE_EXTRACTIVE.search(q)) or bare_topic:
                out = childcare_subsidy.general(today)
                out.choices = phrase_list("clarify.birth_choices")
                if not reading.regions:
                    out.notes.append(phrase("common.region_note", province="甘肃省"))
                return out
        if reading.break_years is not None and re.search(r"大病", q) and not re.search("等待期", q):
            out = insurance.serious_illness_break(region_known, reading.break_years)
            if out is not None:
                return out
        has_break = reading.break_years is not None or reading.break_vague
        asks_wait = WAITING.search(q) and (re.search("等待期", q) or has_break)
        continues_wait = topic == "waiting_period" and (has_break or reading.repaid_years is not None)
        if asks_wait or continues_wait:
            if reading.break_years is None and not reading.break_vague and reading.repaid_years is None \
                    and not NEWBORN.search(q) and not (followup and topic == "waiting_period"):
                return None  # a general question about the rule: the clause itself answers it
            n = reading.break_years
            r = reading.repaid_years
            if followup and topic == "waiting_period":
                n = n if n is not None else session.slots.get("break_years")
                r = r if r is not None else session.slots.get("repaid_years")
            reg = region if region else (session.slots.get("region") if followup else None)
            newborn = bool(NEWBORN.search(q) or re.search(r"生了?(娃|孩子|宝宝)", q))
            out = waiting_period.compute(reg or NATIONAL, n, r, newborn=newborn and n is None,
                                         vague=reading.break_vague)
            if newborn and n is not None:  # 「我断了4年，娃刚出生，各自要等多久」
                waiting_period.add_newborn(out)
            claim = re.search(r"(\d+)\s*个月.{0,8}(对吗|对不对|是吗|吧)|(是不是|难道)[^，,？?]{0,10}?(\d+)\s*个月", q)
            if claim and n is not None:
                waiting_period.correct_claim(out, int(claim.group(1) or claim.group(4)))
            if n is not None and r and NO_REPAY.search(q):  # 「不补缴的话几个月？补缴1年呢？」: both
                waiting_period.add_unrepaid(out, reg or NATIONAL, n)
            return out
        cont = re.search(r"连续参保\s*(\d+|[一二三四五六七八九十两]+)\s*年", q)
        if cont and re.search(r"大病", q) and region in (None, "河北省"):
            years = understand.cn_int(cont.group(1))
            if years is not None:
                return insurance.serious_illness(region or NATIONAL, years)
        if FINANCING.search(q) and region in (None, "河北省", "广西壮族自治区") and re.search(r"居民医保|财政补助|补助", q):
            return insurance.financing(region or NATIONAL, insurance.county_kind(q))
        if ASSIST.search(q) and (INSURANCE.search(q) or INSURANCE.search(session.last_query or "") or "救助" in q) \
                and region_known == "河北省" and not re.search(r"大病|报销|起付|封顶", q):
            return insurance.assistance(q)
        if ART_WORDS.search(q) and reading.money and region in (None, "河南省"):
            scheme = "职工医保" if "职工" in q else "城乡居民医保" if "居民" in q else None
            return insurance.reproduction(reading.money[0], scheme, cross_province=bool(re.search(r"外省|跨省|异地", q)))
        if PRICE_WORDS.search(q) and reading.money:
            kind = misc.price_kind(q, region)
            if kind:
                return misc.price_cap(kind, reading.money[0], q)
        if INJECTION_WORDS.search(q):
            packages = understand.injection_packages(q)
            if packages:
                return misc.injection_unit_prices(packages)
        if re.search(r"预付款", q) and re.search(r"医疗救助", q) and reading.money and region in (None, "广东省"):
            return misc.assistance_prepayment(reading.money[0])
        if VACCINE_WORDS.search(q) and region in (None, "贵州省") and (reading.money or MONEY_WANTED.search(q)):
            years = re.search(r"(\d+)\s*年的?(?:补偿)?年限|补偿年限\D{0,4}(\d+)", q)
            age = re.search(r"(\d+)\s*(?:周)?岁", q)
            return misc.vaccine(q, reading.money[0] if reading.money else None,
                                int(next(g for g in years.groups() if g)) if years else None,
                                int(age.group(1)) if age else None)
        if PLAN_WORDS.search(q) and re.search(r"2025年?(目标|.{0,6}多少岁)|目标", q) and not re.search(r"从多少", q):
            return misc.plan_target(q)
        return None

    def _from_outcome(self, out: Outcome, ins, reading, notes: list[str], today: date) -> Answer | None:
        """Number the clause citations, fill the markers, add notes, verify numbers."""
        citations: list[Citation] = []
        numbers: dict[str, int] = {}
        for clause in out.clauses:
            cite = self.clauses.cite(clause)
            if cite is None:
                continue
            cite.n = len(citations) + 1
            citations.append(cite)
            numbers[clause.key] = cite.n
        for clause, prefix in out.extra_quotes:
            cite = self.clauses.find_line(clause.doc_number, prefix, clause.label)
            if cite is not None:
                cite.n = len(citations) + 1
                citations.append(cite)
                numbers[clause.key] = cite.n
        if out.clauses and not citations and out.status == "answered":
            return None  # the corpus no longer holds this rule: fall back to the documents
        body = MARKER.sub(lambda m: f"[{numbers[m.group(1)]}]" if m.group(1) in numbers else "", out.text)
        lead: list[str] = list(notes)
        if ins.fabricate:
            lead.append(phrase("guard.fabricate"))
        elif out.calculator == "childcare_subsidy" and self._contradicts(reading, out):
            lead.append(phrase("guard.claim_mismatch"))
        text = "".join(lead) + body + ("" if not out.notes else "\n" + "".join(out.notes))
        calc = out.calculation(citations)
        sources = [c.quote for c in citations] + [c.doc_number for c in citations] + [today.isoformat()]
        if calc:
            sources += [f"{s.label} {s.expression} {s.value}" for s in calc.steps] + [str(v) for v in calc.inputs.values()]
        text = self._enforce_numbers(text, sources)
        status = out.status if out.status in ("answered", "clarify", "no_answer") else "answered"
        return Answer(status=status, answer=text, citations=citations, calculation=calc, choices=out.choices)

    @staticmethod
    def _contradicts(reading, out: Outcome) -> bool:
        """The message asserts an amount that neither the rule's clauses nor the working give."""
        if not reading.money:
            return False
        stated = numbers_in(" ".join([out.result] + [f"{s.expression} {s.value}" for s in out.steps]
                                     + [c.quote for c in out.clauses]))
        return any(numbers_in(str(m)) - stated for m in reading.money)

    @staticmethod
    def _enforce_numbers(text: str, sources: list[str]) -> str:
        """Drop any sentence that states a number no source holds (a last line of defence)."""
        if not unsupported_numbers(text, sources):
            return text
        kept = []
        for sent in re.findall(r"[^。！？\n]*[。！？\n]?", text):
            if sent and not unsupported_numbers(sent, sources):
                kept.append(sent)
        return "".join(kept).strip()

    # -- documents ------------------------------------------------------------------------------

    def _extractive(self, question: str, query: str, hits: list[Hit], reading, regions: list[str],
                    notes: list[str]) -> Answer:
        refusal = self._refusal(question, query, hits, reading, regions)
        if refusal is not None:
            return refusal
        # A follow-up (「那意见可以发到哪个邮箱？」) is answered for itself, read in the light of the conversation.
        chosen = self.composer.select(question, hits, context=query if query != question else None)
        if not chosen:
            return self._no_answer("refuse.not_covered")
        # A time or a place asked for: the best sentence of the top passages that states one, or say none does.
        for asks, stated, what in ((WHEN_ASK.search(question) and not FIGURE_ASK.search(question), TIME_STATED, "时间"),
                                   (PLACE_ASK.search(question) and not LOCATE_ASK.search(question), PLACE_ANSWER, "地点或办理渠道")):
            if asks:
                found = self._with_stated(question, hits, chosen, stated)
                if found is None:
                    return self._no_answer_near("refuse.missing_figure", hits[chosen[0].hit_rank].doc, what=what)
                chosen = found
        if all(ATTACHMENT_LINE.match(c.sentence) for c in chosen):
            # the passage that matches is only the index line of an attachment the corpus lacks
            name = ATTACHMENT_LINE.match(chosen[0].sentence).group(1).strip()
            return self._no_answer_near("refuse.attachment", hits[chosen[0].hit_rank].doc, attachment=name)
        asked = re.sub(r"文号[是为]?多少", "", question)
        if FIGURE_ASK.search(asked) and not all(
                scope.has_figure([c.sentence for c in chosen], sub) for sub in split_subquestions(asked)
                if FIGURE_ASK.search(sub)):
            return self._no_answer_near("refuse.missing_figure", hits[chosen[0].hit_rank].doc, what="数字")
        wrong_year = self._other_year(question, reading, [c.sentence for c in chosen])
        if wrong_year:
            return self._no_answer_near("refuse.other_year", hits[chosen[0].hit_rank].doc, **wrong_year)
        missing = self._attachment_not_included(question, chosen, hits)
        if missing:
            doc = hits[chosen[0].hit_rank].doc
            return self._no_answer_near("refuse.attachment", doc, attachment=missing)
        top_doc = hits[chosen[0].hit_rank].doc.doc_id
        groups: dict[str, list] = {}
        for s in sorted(chosen, key=lambda s: s.hit_rank):
            groups.setdefault(hits[s.hit_rank].doc.doc_id, []).append(s)
        if regions and regions != [NATIONAL]:  # the asker's province first, then the national rule
            top_doc = next((d for d in groups if hits[groups[d][0].hit_rank].doc.region == regions[0]), top_doc)
        order = sorted(groups, key=lambda d: (d != top_doc, min(s.hit_rank for s in groups[d])))
        citations: list[Citation] = []
        lines: list[str] = list(notes)
        for doc_id in order:
            sents = groups[doc_id]
            doc = hits[sents[0].hit_rank].doc
            number = phrase("common.number_paren", number=doc.doc_number) if doc.doc_number else ""
            parts = []
            for s in sorted(sents, key=lambda s: (s.hit_rank, hits[s.hit_rank].chunk.text.find(s.sentence))):
                cite = citation_for(hits[s.hit_rank], s.sentence, len(citations) + 1)
                citations.append(cite)
                parts.append(f"{s.sentence}[{cite.n}]")
            line = phrase("common.according_to", title=doc.title, number=number) + "".join(parts)
            if "draft" in doc.flags:
                line += phrase("common.draft_note", title=doc.title)
            if any("truncated" in hits[s.hit_rank].chunk.flags for s in sents):
                line = phrase("common.incomplete_text") + line
            lines.append(line)
        if self._unsupported_claim(question, [c.quote for c in citations]):
            lines.insert(len(notes), phrase("guard.claim_not_found"))
        text = "\n".join(lines)
        sources = [c.quote for c in citations] + [c.doc_number for c in citations] + [c.doc_title for c in citations]
        text = self._enforce_numbers(text, sources)
        if self.rewriter is not None:
            text = self.rewriter.rewrite(question, text, citations) or text
        return Answer(status="answered", answer=text, citations=citations)

    def _with_stated(self, question: str, hits: list[Hit], chosen: list, stated: re.Pattern) -> list | None:
        """``chosen`` if a sentence states what ``stated`` matches (a time, a place); else that
        sentence from the top three passages put first; None when none of them states it."""
        if any(stated.search(c.sentence) for c in chosen):
            return chosen
        found = next((s for s in self.composer.score_sentences(question, hits)[:8]
                      if s.hit_rank <= 2 and stated.search(s.sentence)), None)
        if found is None:
            return None
        found.sentence = quote_unit(found.sentence, hits[found.hit_rank].chunk.text)
        return [found] + [c for c in chosen if c.sentence not in found.sentence][:2]

    @staticmethod
    def _other_year(question: str, reading, sentences: list[str]) -> dict | None:
        """A figure asked for one year (「2025年个人缴费多少」) that the chosen sentences only
        give for other years (「2024年……达到每人每年不低于400元」): not the same standard."""
        asked = years_named(reading, since=2000)
        if not asked or not FIGURE_ASK.search(question):
            return None
        stated: set[int] = set()
        for s in sentences:
            for a, b in re.findall(r"(20\d\d)\s*年?\s*[—–\-~至到]\s*(20\d\d)\s*年", s):
                stated.update(range(int(a), int(b) + 1))
            stated.update(int(y) for y in re.findall(r"(20\d\d)\s*年", s))
        if not stated or asked[0] in stated:
            return None
        return {"year": asked[0], "have": "、".join(f"{y}年" for y in sorted(stated))}

    @staticmethod
    def _unsupported_claim(question: str, quotes: list[str]) -> bool:
        """「…每条奖励5000元，对吧？」: a figure the user asserts that no quoted passage states."""
        if not CLAIM_CUE.search(question):
            return False
        claimed = {m.group(1) for m in CLAIMED_FIGURE.finditer(question)}
        stated = numbers_in(" ".join(quotes))
        return any(numbers_in(c) - stated for c in claimed)

    def _attachment_not_included(self, question: str, chosen, hits: list[Hit]) -> str:
        """A list or price table asked for that the matching document only names as an
        attachment (「附件：纳入基金支付范围的…项目」) whose content is not in the corpus."""
        if not LIST_ASK.search(question) or LOCATE_ASK.search(question):
            return ""
        wanted = set(self.composer.content_tokens(question))
        for h in hits[:2]:
            for p in h.doc.paragraphs:
                m = ATTACHMENT_LINE.match(p.text)
                if not m:
                    continue
                name = m.group(1).strip()
                named = set(tokenize(name))
                if len(wanted & named) >= 2 and h.doc.text.count(name) <= 1:
                    # ... unless what else the question asks is answered by the body itself
                    # (「目录把抗菌药物分成哪几级」 → 「分为三级，即…」)
                    rest = {t for t in wanted - named if self.composer.df.get(t, 0)}
                    if rest and chosen and len(rest & chosen[0].tokens) >= 0.5 * len(rest):
                        return ""
                    return name  # named in the index line only: its content is absent
        return ""

    def _refusal(self, question: str, query: str, hits: list[Hit], reading, regions: list[str]) -> Answer | None:
        """Say plainly when the documents do not cover the question (before composing)."""
        office = scope.out_of_scope_office(question)
        if office:
            return self._no_answer("refuse.not_covered", office)
        if not hits:
            return self._no_answer("refuse.not_covered")
        missing_doc = self._missing_document(question)
        if missing_doc:
            return Answer(status="no_answer", answer=phrase("refuse.document_not_held", title=missing_doc)
                          + phrase("refuse.suggest_office", office=phrase("refuse.offices_default")))
        benefit = scope.unknown_benefit(question, self.corpus_text)
        if benefit:
            return Answer(status="no_answer", answer=phrase("refuse.not_covered_topic", topic=benefit)
                          + phrase("refuse.suggest_office", office=phrase("refuse.offices_default")))
        top = hits[0]
        # The question names a province, but the matching documents are another province's
        # (or, for a subject whose rules here are one province's, such as the childcare subsidy).
        if reading.regions and reading.regions != [NATIONAL]:
            asked = reading.regions[0]
            relevant = [h for h in hits[:3] if h.doc.region in (asked, NATIONAL)]
            rules_elsewhere = CHILDCARE.search(question) and asked != childcare_subsidy.RULES["region"]
            if not relevant or rules_elsewhere:
                have = "、".join(dict.fromkeys(gazetteer().short_name(h.doc.region) for h in hits[:3]))
                return Answer(status="no_answer", answer=phrase("refuse.other_region", asked=gazetteer().short_name(asked), have=have)
                              + phrase("refuse.suggest_office", office=phrase("refuse.offices_default")))
        best = self.composer.score_sentences(question, hits)
        coverage = best[0].coverage if best else 0.0
        known = max((b.known_coverage for b in best[:5]), default=0.0)
        unknown = scope.salient_unknown(question, self.corpus_text, understand_region_words(question))
        if unknown and known < 0.5 and top.dense < 0.81 and not self._anchored(question, hits[:2]):
            return Answer(status="no_answer", answer=phrase("refuse.not_covered_topic", topic=unknown[0])
                          + phrase("refuse.suggest_office", office=phrase("refuse.offices_default")))
        if top.dense < 0.70 and coverage < 0.3 and not self._anchored(question, hits[:2]):
            return self._no_answer("refuse.not_covered")
        # A table that the source only has as an image.
        if re.search(r"表|指标", question) and any("missing_tables" in h.doc.flags for h in hits[:2]) and \
                re.search(r"指标表|表里|表中|表格", question):
            doc = next(h.doc for h in hits[:2] if "missing_tables" in h.doc.flags)
            return self._no_answer_near("refuse.missing_table", doc)
        # Money asked for, but the matching passages state none.
        if scope.asks_money(question) and not scope.has_money([s.sentence for s in best[:6]], question):
            return self._no_answer_near("refuse.missing_figure", top.doc, what="金额")
        # Money asked for a province whose own documents state none: a national floor is not its figure.
        if scope.asks_money(question) and reading.regions and reading.regions != [NATIONAL]:
            local = [s.sentence for s in best[:6] if hits[s.hit_rank].doc.region == reading.regions[0]]
            national = [s for s in best[:6] if hits[s.hit_rank].doc.region == NATIONAL]
            if not scope.has_money(local, question) and national and scope.has_money([s.sentence for s in national], question):
                return self._no_answer_near("refuse.region_figure", hits[national[0].hit_rank].doc,
                                            asked=gazetteer().short_name(reading.regions[0]))
        # A year asked about that the matching passages never mention.
        years = years_named(reading, since=2020)
        if years and FIGURE_ASK.search(question) and not any(f"{years[0]}" in h.chunk.text or f"{years[0]}" in h.doc.title
                                                           for h in hits[:3]):
            return self._no_answer_near("refuse.missing_year", top.doc, year=years[0])
        return None

    def _missing_document(self, question: str) -> str | None:
        """A document the user names in 《》 that the collection does not hold (only a link to it
        was on a scraped page, or it is another body's)."""
        for title in re.findall(r"《([^《》]{6,60})》", question):
            key = re.sub(PARENS_OR_SPACE, "", title).lower()
            if key and key not in self._title_keys:
                return title
        return None

    def _anchored(self, question: str, hits: list[Hit]) -> bool:
        """A rare corpus term of the question (「水果刀」) stands in the top passages: the
        question is about them, whatever everyday word (「苹果」) comes with it."""
        for t in self.composer.content_tokens(question):
            if len(t) >= 2 and 0 < self.composer.df.get(t, 0) <= ANCHOR_MAX_DF and not gazetteer().find_all(t) \
                    and any(t in h.chunk.text for h in hits):
                return True
        return False

    def _no_answer(self, key: str, office: str | None = None, **fields) -> Answer:
        return Answer(status="no_answer", answer=phrase(key, **fields) + phrase(
            "refuse.suggest_office", office=phrase(f"refuse.{office or 'offices_default'}")))

    def _no_answer_near(self, key: str, doc, **fields) -> Answer:
        number = phrase("common.number_paren", number=doc.doc_number) if doc.doc_number else ""
        return Answer(status="no_answer", answer=phrase(key, **fields) + phrase("refuse.nearest", title=doc.title, number=number)
                      + phrase("refuse.suggest_office", office=phrase("refuse.offices_default")))


def years_named(reading, since: int) -> list[int]:
    """Calendar years the message names as such (「2025年」, not 「今年」 said in passing)."""
    return [d.year for d in reading.dates if d.month is None and d.year >= since and d.text[:1].isdigit()]


def understand_region_words(text: str) -> set[str]:
    return {p.matched for p in gazetteer().find_all(text)} | {t for t in tokenize(text) if gazetteer().find_all(t)}
