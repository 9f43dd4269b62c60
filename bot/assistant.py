"""``Assistant.ask(session_id, message)``: the one entry point the web API, the WeChat
webhooks and the evaluation harness all call.

A message goes through the stages below, each a module with one job; a stage that can already
answer ends the turn early, and every answer is grounded and remembered:

    normalise → guard → read the question → converse → resolve against the conversation →
    outside (questions no passage answers) → retrieve → route → answer (calculator or passages) →
    check answerability → ground → remember
"""

from __future__ import annotations

import re
import time
import uuid
from datetime import date, datetime
from zoneinfo import ZoneInfo

from embeddings.keyword import tokenize
from ingest.structure import PART, heading_label
from policybot.settings import Settings, get_settings
from policybot.types import NATIONAL, Answer, Citation
from prompts import phrase

from . import arithmetic, dialogue, guard, lexicon, normalize, understand
from .answerability import NEVER_WEAK, PARENS_OR_SPACE, Answerability, no_answer
from .calculators.base import ClauseIndex
from .calculators.registry import Request
from .compose import Composer, citation_for, formalise, matchable, quote_unit
from .grounding import enforce_numbers, ground_derivation, ground_outcome, ground_passages, in_users_units
from .retrieve import Hit, Retriever
from .router import Router, load_calibration
from .sessions import SessionStore
from .turn import Draft, Turn

RETRIEVE_K = 10


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
        calibration = load_calibration(self.settings.model)
        self.composer = Composer(df, len(index.chunks), calibration.get("sentences", {}).get("weights"))
        corpus_text = "\n".join(c.text for c in index.chunks).lower()
        title_keys = re.sub(PARENS_OR_SPACE, "", "\n".join(
            [corpus_text] + [" ".join((d.title, d.cover_title, *d.alt_titles)) for d in index.documents.values()])).lower()
        self.answerability = Answerability(self.composer, corpus_text, title_keys, calibration.get("answerability"))
        self.router = Router(lambda texts: retriever.encoder.encode(texts), self.settings.model)
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

    def reloaded(self, index) -> "Assistant":
        """The same assistant over a new index version: the encoder (the model, the query cache)
        and the conversations carry over, so a swap loses no one's context."""
        new = Assistant(Retriever(index, self.retriever.encoder, self.settings.query_cache_size), self.settings,
                        self._today)
        new.sessions = self.sessions
        return new

    def warm_up(self) -> None:
        """Load the lazy parts (model, tokenizers, part-of-speech tables) before the first user:
        one example question of each calculator, and a question for the documents."""
        for spec in self.router.specs:
            if spec.examples:
                self.ask("__warm-up__", spec.examples[0])
        self.ask("__warm-up__", "医疗机构禁止携带哪些物品？")

    def today(self) -> date:
        if self._today is not None:
            return self._today() if callable(self._today) else self._today
        if self.settings.today:
            return date.fromisoformat(self.settings.today)
        return datetime.now(ZoneInfo(self.settings.timezone)).date()

    # -- the entry point --------------------------------------------------------------------

    def ask(self, session_id: str, message: str) -> Answer:
        t0 = time.perf_counter()
        turn = Turn(self.sessions.get(session_id or "anonymous"), message, self.today())
        ans = (normalize.normalise(turn, self.settings.max_message_chars)
               or guard.screen(turn)
               or understand.read_turn(turn)
               or self.converse(turn)
               or dialogue.resolve(turn)
               or dialogue.which_document(turn)
               or self.answerability.outside(turn.inspection.question)
               or self.retrieve(turn)
               or self.route(turn)
               or self.answer(turn)
               or self.check(turn)
               or self.ground(turn))
        if ans.status == "answered" and not ans.answer.strip():  # nothing composed: never an empty answer
            ans = no_answer("refuse.not_covered")
        ans.retrieved = [h.passage() for h in turn.hits]
        dialogue.remember(turn, ans)
        ans.session_id = turn.session.session_id
        ans.answer_id = uuid.uuid4().hex[:12]
        ans.latency_ms = round((time.perf_counter() - t0) * 1000, 2)
        return ans

    def routing(self, session_id: str, message: str) -> list:
        """Every calculator the router would consider for this message, with its features and
        probability, best first (for calibration and debugging; nothing is remembered)."""
        turn = Turn(self.sessions.get(session_id or "anonymous"), message, self.today())
        if (normalize.normalise(turn, self.settings.max_message_chars) or guard.screen(turn)
                or understand.read_turn(turn) or dialogue.resolve(turn)):
            return []
        self.retrieve(turn)
        self.route(turn)
        return self.router.candidates(*turn.route_args)

    def evidence_features(self, session_id: str, message: str) -> dict | None:
        """For calibrating the answerability thresholds: the evidence features of a question the
        passages would answer, and whether another check refuses it anyway (``other``); None
        when an earlier stage or a calculator answers it."""
        turn = Turn(self.sessions.get(session_id or "anonymous"), message, self.today())
        if (normalize.normalise(turn, self.settings.max_message_chars) or guard.screen(turn)
                or understand.read_turn(turn) or self.converse(turn) or dialogue.resolve(turn)):
            return None
        if self.answerability.outside(turn.inspection.question) or self.retrieve(turn):
            return {"other": True}
        self.route(turn)
        saved, self.answerability.t = self.answerability.t, {**self.answerability.t, **NEVER_WEAK}
        try:
            refusal = self.answer(turn) or self.check(turn)
        finally:
            self.answerability.t = saved
        if turn.draft is not None and turn.draft.kind != "passages":
            return None
        f = self.answerability.evidence(turn.inspection.question, turn.hits)
        return {**f, "other": refusal is not None}

    # -- the stages that need the assistant's resources ---------------------------------------

    def converse(self, turn: Turn) -> Answer | None:
        """Greetings, thanks, what the bot can do, a bare topic: conversation, not a question."""
        from .conversation import reply

        if not CJK.search(turn.question) and len(LATIN_WORD.findall(turn.question)) >= 2:
            # a question in another language: say which one the documents and the bot use
            return Answer(status="clarify", answer=phrase("input.not_chinese"),
                          choices=[ex for _, ex in self.catalog.topics][:3])
        # a calculator's subject alone (「我想问育儿补贴」) gets the calculator's own question back
        text = formalise(turn.question)
        names_calculator = any(spec.trigger_pattern.search(text) for spec in self.router.specs)
        return reply(turn.question, self.catalog, has_history=bool(turn.session.last_query) or names_calculator)

    @property
    def catalog(self):
        from .conversation import Catalog

        if not hasattr(self, "_catalog"):
            self._catalog = Catalog(topics=[(s.name, s.examples[0]) for s in self.popular_specs() if s.examples],
                                    term_df=self.doc_freq, n_chunks=len(self.retriever.chunks))
        return self._catalog

    def popular_specs(self) -> list:
        """Calculators in the order their rules files feature them (``featured``), for the
        examples a new user is offered."""
        return sorted(self.router.specs, key=lambda s: s.rules.data["calculator"].get("featured", 100))

    def retrieve(self, turn: Turn) -> None:
        turn.hits = self.retriever.search(turn.query, k=RETRIEVE_K, prefer_regions=turn.regions or None)
        turn.qvec = self.retriever.query_vector(turn.query)
        ins = turn.inspection
        if ins.medical and not dialogue.names_topic(ins.question):
            return Answer(status="no_answer", answer=phrase("refuse.medical_advice"))
        return None

    def route(self, turn: Turn) -> None:
        """The calculators worth trying for this question, best first."""
        ins = turn.inspection
        # The topic may sit in an injected block (「【…育儿补贴…】那2024年11月出生的呢」); inputs never do.
        text = ins.question if not ins.injected_text else ins.question + " " + re.sub(
            r"[\d〇一二三四五六七八九十百千万]+", "", ins.injected_text)
        text = EXCEPT.sub("", text)  # 「除了育儿补贴，还有没有托育补贴」 is not about the subsidy
        topic = turn.session.topic if turn.followup else ""
        qvec = turn.qvec if not turn.followup else self.retriever.query_vector(ins.question)
        turn.route_text = text
        known = (turn.regions or turn.session.slots.get("regions") or [None])[0]
        # 「随便给个具体数字」 asks for a figure even without saying 多少
        extra = frozenset({"amount"}) if ins.fabricate else frozenset()
        regions = [r for r in turn.regions if r != NATIONAL] or None
        args = (text, matchable(text), qvec, turn.reading, turn.today,
                regions, topic, turn.followup, known if known != NATIONAL else None, extra)
        turn.route_args = args
        turn.candidates = self.router.route(*args)
        # the reply to a question the calculator asked (「3月」 after 「几月出生的？」) goes back to it
        if topic and (turn.session.calculators.get(topic) or {}).get("pending"):
            answering = [c for c in self.router.candidates(*args) if c.spec.id == topic and c.slots]
            turn.candidates = answering + [c for c in turn.candidates if c.spec.id != topic]
        return None

    def answer(self, turn: Turn) -> Answer | None:
        """A calculator's outcome if one applies; else the sentences of the passages that answer."""
        s = turn.session
        known_region = (turn.regions or s.slots.get("regions") or [None])[0]
        for cand in turn.candidates:
            spec = cand.spec
            continuing = turn.followup and s.topic == spec.id
            filled = dict(cand.slots)
            if continuing:
                filled = {**{k: v for k, v in s.calculators.get(spec.id, {}).items() if k in spec.carry_slots},
                          **filled}
            req = Request(spec, turn.route_text, turn.reading, filled, known_region if known_region != NATIONAL else None,
                          turn.today, followup=continuing, fabricate=turn.inspection.fabricate,
                          previous=s.calculators.get(spec.id, {}), given=dict(cand.slots))
            out = spec.solver(req)
            if out is None:
                continue
            if spec.home_region != NATIONAL and len(spec.regions) == 1 and not known_region:
                out.notes.append(phrase("common.region_note", province=spec.home_region))
            turn.draft = Draft("calculation", outcome=out, spec=spec, slots=filled)
            turn.topic = spec.id
            return None
        turn.topic = "documents"
        q = turn.inspection.question
        named = self.retriever.mentioned_docs(q)
        if len(named) == 1 and "summary" in lexicon.asks(q):
            turn.draft = Draft("summary", doc=self.retriever.docs[next(iter(named))])
            return None
        refusal = self._foreign_rule(q, turn) or self.answerability.before(q, turn.hits, turn.reading)
        if refusal is not None:
            return refusal
        context = turn.query if turn.query != q else None
        if turn.item:
            # 「第四种具体怎么弄」 asks about the item the ordinal points at: its name, then the question
            q = f"{dialogue.item_name(turn.item)} {dialogue.ORDINAL.sub('', q)}"
        chosen = self.composer.select(q, turn.hits, context=context)
        turn.draft = Draft("passages", chosen=chosen)
        if chosen:
            pool = chosen + [s for s in self.composer.score_sentences(q, turn.hits)[:8]
                             if s.hit_rank <= 2 and all(s.sentence not in c.sentence for c in chosen)]
            derived = arithmetic.derive(q, turn.reading, pool)
            if derived is not None:
                d, used = derived
                for s in used:
                    s.sentence = quote_unit(s.sentence, turn.hits[s.hit_rank].chunk.text)
                rest = [c for c in chosen if all(c.sentence not in u.sentence for u in used)]
                turn.draft = Draft("passages", chosen=(used + rest)[:max(3, len(used))], derived=d)
        return None

    def _foreign_rule(self, question: str, turn: Turn) -> Answer | None:
        """The question names a province and a subject whose only rules here are another
        province's (the benefit a calculator's rules file names as its ``subjects``): those rules
        are not the asker's, unless a passage of the asker's province speaks of the benefit."""
        asked = turn.reading.regions[0] if turn.reading.regions else None
        if not asked or asked == NATIONAL:
            return None
        text = matchable(question)
        for spec in self.router.specs:
            named = [t for t in spec.subjects if t in text]
            if NATIONAL in spec.regions or asked in spec.regions or not named:
                continue
            # no passage of the asker's province on this benefit
            if not any(h.doc.region == asked and any(t in formalise(h.chunk.text) for t in named)
                       for h in turn.hits[:5]):
                from policybot.regions import gazetteer

                return Answer(status="no_answer", answer=phrase(
                    "refuse.other_region", asked=gazetteer().short_name(asked),
                    have="、".join(gazetteer().short_name(r) for r in spec.regions))
                    + phrase("refuse.suggest_office", office=phrase("refuse.offices_default")))
        return None

    def check(self, turn: Turn) -> Answer | None:
        """Do the chosen sentences answer what was asked? (Calculators answer by construction.)"""
        d = turn.draft
        if d is None or d.kind != "passages":
            return None
        if not d.chosen:
            return no_answer("refuse.not_covered")
        if d.derived is not None:
            return None  # the figure is worked out from a sentence that states its rule
        refusal, d.chosen = self.answerability.after(turn.inspection.question, turn.hits, d.chosen, turn.reading)
        return refusal

    def ground(self, turn: Turn) -> Answer:
        d = turn.draft
        if d.kind == "calculation":
            ans = ground_outcome(d.outcome, self.clauses, turn.notes, turn.today, turn.reading)
            if ans is not None:
                return in_users_units(ans, turn.inspection.question)
            # the corpus no longer holds the rule's clauses: answer from the documents
            turn.candidates, turn.draft = [], None
            return self.answer(turn) or self.check(turn) or self.ground(turn)
        if d.kind == "summary":
            return self._summary(d.doc)
        q = turn.inspection.question
        ans = ground_passages(q, turn.hits, d.chosen, turn.regions, turn.notes, turn.today)
        if d.derived is not None:
            ans = ground_derivation(ans, d.derived, turn.notes)
            ans = in_users_units(ans, q)
        if self.rewriter is not None:
            ans.answer = self.rewriter.rewrite(q, ans.answer, ans.citations) or ans.answer
        return ans

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
        return Answer(status="answered", answer=enforce_numbers(text, sources), citations=citations)


CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
EXCEPT = re.compile(r"除了[^，,。？?；;]{1,16}?(以外|之外|外)?(?=[，,；;还])")
