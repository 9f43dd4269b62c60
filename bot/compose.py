"""Extractive answers: choose the source sentences that answer the question, lead with them,
cite them — and never state a number that is not in a cited passage or a calculation.

A question is split into its sub-questions (「从哪天开始执行？我要是去外省做能报吗？」 has two);
each gets the sentence of the top passages that best covers its informative words (weighted by
how rare they are in the corpus), with a preference for higher-ranked passages and, when the
question asks for a quantity or a date, for sentences that hold one. Sentences are exact
substrings of the source text, so every quote is exact.
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from embeddings.keyword import tokenize
from ingest.structure import is_heading
from ingest.text import norm_key
from policybot.regions import gazetteer
from policybot.types import Citation

from .retrieve import Hit

# Words that say what kind of answer is wanted but not what about.
GENERIC = frozenset(
    """多少 几 几个 哪 哪些 哪个 哪里 哪天 哪年 什么 怎么 怎样 如何 是否 能否 能 能不能 可以 可不可以 会 会不会 要 需要
    要不要 有没有 有 没有 吗 呢 吧 啊 不 一下 请问 规定 文件 政策 要求 标准 具体 分别 大概 大约 一共 总共 共 最 最多 最少 最晚
    最早 以上 以下 之前 之后 以后 以前 时候 时间 期限 现在 今年 去年 明年 国家 全国 省 市 县 里 中 我 我们 我家 俺 咱 孩子 娃
    宝宝 人 个人 一位 一个 这个 那个 这些 那些 其中 里面 还 再 又 就 都 也 才 办 做 弄 整 咋 中不中 行不行 对 对吗 是不是
    说 讲 提到 提出 明确 问 想 知道 了解 清楚 应该 应当 按 按照 根据 由 给 让 被 到 在 从 跟 和 与 及 或 或者 还是 如果 要是
    那 那么 这 它 他 她 的话 行 情况 方面 多长 多久 多大 多高 几年 几次 几天 几月""".split()
)

QUANTITY = re.compile(r"多少|几[个次年天岁项名倍%]|几成|比例|百分之|多长|多久|多大|多高|金额|标准是|额度|上限|下限|最多|最少|至少|不低于|不超过")
# the sentence-scoring side of the "date" intent (intents.toml asks.date), with the words that only
# point at a date sentence: 截止, 施行, 节点 …
WHEN = re.compile(r"哪天|哪一天|哪年|什么时候|啥时候|啥时|几时|何时|几月|几号|什么时间|时间段|日期|截止|开始执行|起施行|施行|生效|上线|最晚|之前|节点")
DURATION = re.compile(r"多长时间|多久|期限|几年|几天|多少天|几个月|多少个工作日|有效期")
AMOUNT = re.compile(r"多少钱|多少元|几元|加多少|收费多少|费用多少|价格多少|交多少|缴多少|补多少|赔多少")
AMOUNT_ANSWER = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?元|\d+(?:\.\d+)?\s*%")
# A question for a place; with 「哪个部门」「找谁」 and the like, one for where to turn (scoring only:
# 「哪个部门印发的」 asks who, so the place check of the assistant uses PLACE_ASK alone).
PLACE_ASK = re.compile(r"哪里|哪儿|(?:去|在|到)哪(?![几些个一年天])|什么地方")
WHERE = re.compile(PLACE_ASK.pattern + r"|哪个部门|哪个单位|向谁|找谁|哪个窗口|什么渠道|哪个平台")
PLACE_ANSWER = re.compile(r"(到|向|在|通过|登录|由)[^，,。；;]{0,24}(所在地|政府|部门|办事处|窗口|现场|大厅|中心|平台|网站|小程序|APP|"
                          r"热线|邮箱|机构|医院|卫生院|卫生室|药店|门诊|接种单位|单位)")
WHO = re.compile(r"由谁|谁来|谁负责|谁出|谁承担|谁支付|谁可以|哪些人|什么人")
WHO_ANSWER = re.compile(r"由[^，,。；;]{1,30}(负责|承担|支付|申领|申请|组织|实施|提出)|[^，,。；;]{1,20}(负责|承担|支付)")
SPAN_ANSWER = re.compile(r"为期|期限为|有效期|时限|任期|周期为|不超过\d+[年个月天日]|\d+个?工作日内|\d+[天日年]内")
BOILERPLATE = re.compile(r"^(近日|日前)[,，]|^为(进一步|深入|全面|贯彻|认真|落实|加强|规范|推动|推进|促进|切实)|印发给你们|现予(印发|公布)|(通知|通告|公告|说明)如下[:：]?$|现将有关(事项|要求|工作)?.{0,8}(通知|明确)如下|请遵照执行|请认真贯彻执行|决定(在.{0,12})?(开展|组织|实施)|研究决定|结合(我省|我市|本地)实际.{0,10}制定")
PART_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月(底|末|初|中旬|上旬|下旬)|每年\d{1,2}月")
FULL_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日")
NUMBER = re.compile(r"\d")
DATE_OR_SPAN = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日|\d+个?工作日|\d+天|\d+日|[一二三四五六七八九十两\d]+年|\d+月")
_SENT = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’）)」]*|$)")
_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{1,20})[”\"」』]")
SYNONYMS = Path(__file__).with_name("data") / "synonyms.txt"


@lru_cache(maxsize=1)
def synonyms() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for line in SYNONYMS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#") and "\t" in line:
            word, formal = line.split("\t", 1)
            table[word.strip()] = formal.split()
    return table


_CN_TENTHS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def expand(question: str) -> str:
    """The question plus the formal words for any everyday words in it, and percentages for
    tenths (三成 → 30%)."""
    extra = [" ".join(v) for k, v in synonyms().items() if k in question]
    extra += [f"{_CN_TENTHS[m]}0%" for m in re.findall(r"([一二两三四五六七八九])成", question)]
    return question + (" " + " ".join(extra) if extra else "")


def matchable(text: str) -> str:
    """The text as subject terms are matched against: its everyday words expanded and formalised."""
    return expand(text) + " " + formalise(text)


def formalise(text: str) -> str:
    """The text with each everyday word replaced by its first formal word (「养娃补贴」 →
    「育儿补贴」), longest words first: for matching a subject's terms, not for quoting."""
    table = synonyms()
    for word in sorted(table, key=len, reverse=True):
        if word in text and table[word]:
            text = text.replace(word, table[word][0])
    return text


ASKS = re.compile(r"多少|几|哪|什么|啥|怎么|咋|如何|谁|吗|呢|么|是否|能否|能不能|可不可以|可以不|有没有|要不要|行不行|中不中|不$|没$|多久|多长|多大|何时")


# a part that refers back to the one before it (if not, otherwise, and then)
ELLIPTICAL = re.compile(r"^(没有的话|如果没有|要是没有|没有呢|不然|否则|要是不|如果不|那(?!些|个|里))")


def split_subquestions(question: str) -> list[str]:
    """「从哪天开始执行？我要是去外省做能报吗？」 → two questions; 「在迁出地还是迁入地领」 →
    one question per alternative."""
    raw = [p.strip() for p in re.split(r"[？?]|(?<=[吗呢])[，,]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", question)
           if p.strip()] or [question]
    # A part that asks nothing (「我在广河县递了申请」) is context for the part after it.
    parts: list[str] = []
    context = ""
    for p in raw:
        if ASKS.search(p):
            parts.append(context + p)
            context = ""
        else:
            context += p + "，"
    if context:
        if parts:
            parts[-1] += "，" + context.rstrip("，")
        else:
            parts.append(context.rstrip("，"))
    out: list[str] = []
    for p in parts:
        m = re.search(r"([\u4e00-\u9fff]{1,6})还是([\u4e00-\u9fff]{1,6})", p)
        if m:
            out += [p.replace("还是" + m.group(2), ""), p.replace(m.group(1) + "还是", "")]
        else:
            out.append(p)
    return out


FIELD_LINE = re.compile(r"^\s*[\u4e00-\u9fff][\u4e00-\u9fff\s]{1,7}[:：]\s*\S.{0,40}$")


def sentences(text: str) -> list[str]:
    """Sentences of a passage, cut at 。！？ and line ends; a short lead-in (an item label
    such as ``基层名中医传承人。``) stays with the sentence it introduces; a sentence too
    long to quote is cut at its semicolons."""
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        # A block of short fields (「单位名称:…」「联系电话:…」) under its label (「2.行政复议」)
        # is read as one unit: a phone number alone does not say whose it is.
        j = i
        while j < len(lines) and FIELD_LINE.match(lines[j]):
            j += 1
        if j - i >= 2:
            start = i - 1 if i > 0 and out and len(lines[i - 1]) <= 20 and not re.search(r"[。；;]$", lines[i - 1]) else i
            if start < i and out and out[-1] == lines[start].strip():
                out.pop()
            out.append("\n".join(lines[start:j]).strip())
            i = j
            continue
        line = lines[i]
        i += 1
        pending = ""
        for s in _SENT.findall(line):
            s = s.strip()
            if not s:
                continue
            if pending:
                s, pending = pending + s, ""
            if len(s) <= 14 and not re.search(r"\d", s) and s[-1:] in "。！？":
                pending = s
                continue
            if len(s) > 220:
                out.extend(x for x in re.findall(r"[^；;]*[；;]|[^；;]+$", s) if x.strip())
            else:
                out.append(s)
        if pending:
            out.append(pending)
    return [s for s in out if len(s) >= 4]


@lru_cache(maxsize=20000)
def sentence_tokens(sentence: str) -> frozenset[str]:
    """Tokens of a source sentence (the same sentences come back query after query)."""
    return frozenset(tokenize(sentence))


@lru_cache(maxsize=4096)
def chunk_sentences(text: str) -> tuple[str, ...]:
    return tuple(sentences(text))


@lru_cache(maxsize=20000)
def _bigrams_cached(text: str) -> frozenset[str]:
    return frozenset(_bigrams(text))


def _bigrams(text: str) -> set[str]:
    t = re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", text)
    return {t[i:i + 2] for i in range(len(t) - 1)}


def word_bigrams(text: str) -> set[str]:
    """Pairs of adjacent Chinese characters within a run (none across punctuation or digits):
    what two phrasings of one thing share (「起付线是」 and 「实施起付线」 share 起付, 付线)."""
    han = re.sub(r"[^\u4e00-\u9fff]", "|", text)
    return {han[i:i + 2] for i in range(len(han) - 1) if "|" not in han[i:i + 2]}


@dataclass
class Scored:
    sentence: str
    hit_rank: int
    score: float
    coverage: float
    tokens: set[str] = field(default_factory=set)
    known_coverage: float = 0.0  # coverage of the question words the corpus uses at all
    features: dict = field(default_factory=dict)


# How a sentence is scored for a question: a weighted sum of these features (what it covers of
# the question's words, of their character pairs, in its section's heading; the passage's
# relevance and rank; whether it holds the kind of answer asked for). The weights below are
# the hand-set starting point; ``python -m eval calibrate`` fits them on labelled questions
# (which sentence holds the evidence) and keeps them per model.
SENTENCE_WEIGHTS = {
    "coverage": 1.0, "bigrams": 0.4, "relevance": 0.15, "rank": -0.02, "section": 0.0,
    "quoted": 0.3, "defines": 0.3, "number": 0.08, "full_date": 0.25, "dates_listed": 0.05, "part_date": 0.15,
    "span": 0.12, "span_stated": 0.12, "listed": 0.08, "amount": 0.15, "place": 0.25, "who": 0.08,
    "short": -0.1, "preamble": -0.1, "lead_in": -0.08
}
SENTENCE_FEATURES = tuple(SENTENCE_WEIGHTS)
UNIT_MAX = 180
SCORED_CACHE = 512
CONTEXT_WEIGHT = 0.3


LIST_ITEM = re.compile(r"^\s*([（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、]|[①②③④⑤⑥⑦⑧⑨⑩])[^\n]{6,}[。；;，,]")


def quote_unit(sentence: str, chunk_text: str) -> str:
    """The sentence, or its whole paragraph when that is short: an article is read whole
    (「…可申领死亡当年的全年育儿补贴。…2024年12月31日及以前死亡的婴幼儿不在申领范围。」).
    A lead-in ending in a colon brings the list that follows it."""
    lines = chunk_text.split("\n")
    for i, line in enumerate(lines):
        if sentence not in line:
            continue
        unit = line if len(line) <= UNIT_MAX and not is_heading(line) else sentence
        if unit.rstrip().endswith((":", "：")):
            for nxt in lines[i + 1:]:
                # the items of the list it introduces (「(一)…。」), not the next part's heading
                if len(unit) + len(nxt) > UNIT_MAX + 60 or (is_heading(nxt) and not LIST_ITEM.match(nxt)):
                    break
                unit += "\n" + nxt
        return unit
    return sentence


@lru_cache(maxsize=4096)
def chunk_sections(text: str, path_heading: str) -> dict[str, str]:
    """Each sentence of a passage → the heading it stands under: the last heading line above it
    in the passage (「二、人员条件」), or the passage's own place in the document."""
    out: dict[str, str] = {}
    heading = path_heading
    for line in text.split("\n"):
        if is_heading(line) or _is_heading_line(line.strip()):
            heading = line.strip()
            continue
        # 「（一）合理确定筹资标准。为适应…」: the label heads the rest of its line
        label = INLINE_LABEL.match(line.strip())
        under = heading + " " + label.group() if label else heading
        for s in sentences(line):
            out.setdefault(s, under)
    return out


INLINE_LABEL = re.compile(r"^[（(][一二三四五六七八九十\d]{1,3}[)）][^。；;：:]{2,24}[。；;：:]")


class Composer:
    def __init__(self, doc_freq: dict[str, int], n_docs: int, weights: dict[str, float] | None = None):
        self.df = doc_freq
        self.n = max(n_docs, 1)
        self.weights = {**SENTENCE_WEIGHTS, **(weights or {})}
        self._scored: dict[tuple, tuple] = {}  # insertion-ordered: the oldest goes first
        self._lock = threading.Lock()  # the service answers on several threads

    def set_weights(self, weights: dict[str, float]) -> None:
        with self._lock:
            self.weights = {**SENTENCE_WEIGHTS, **weights}
            self._scored.clear()

    def idf(self, tok: str) -> float:
        return math.log(1 + self.n / (1 + self.df.get(tok, 0)))

    def content_tokens(self, text: str) -> list[str]:
        return [t for t in dict.fromkeys(tokenize(text))
                if t not in GENERIC and (not t.isdigit() or len(t) == 4)]

    def score_sentences(self, question: str, hits: list[Hit], limit_hits: int = 5) -> list[Scored]:
        """Every sentence of the top passages, best first (fresh objects: callers may edit them).
        A question is scored against the same passages several times per answer: cached."""
        key = (question, limit_hits, tuple((h.chunk.chunk_id, round(h.score, 6)) for h in hits[:limit_hits]))
        with self._lock:
            cached = self._scored.get(key)
        if cached is None:
            cached = tuple((x.sentence, x.hit_rank, x.score, x.coverage, frozenset(x.tokens), x.known_coverage, x.features)
                           for x in self._score_sentences(question, hits, limit_hits))
            with self._lock:
                self._scored[key] = cached
                while len(self._scored) > SCORED_CACHE:
                    self._scored.pop(next(iter(self._scored)))
        return [Scored(s, r, sc, cov, set(t), k, f) for s, r, sc, cov, t, k, f in cached]

    def _score_sentences(self, question: str, hits: list[Hit], limit_hits: int) -> list[Scored]:
        q = expand(question)
        q_tokens = [t for t in self.content_tokens(q) if not gazetteer().find_all(t)]  # places pick documents, not sentences
        base_weights = {t: self.idf(t) for t in q_tokens}
        q_bigrams = _bigrams("".join(t for t in q_tokens if not t.isdigit()))
        quoted = [x for x in _QUOTED.findall(question) if len(x) >= 2]
        wants_number = bool(QUANTITY.search(question))
        wants_date = bool(WHEN.search(question))
        wants_span = bool(DURATION.search(question))
        wants_list = bool(re.search(r"哪几|哪些|分别|几个方面|几类|几项", question))
        wants_place = bool(WHERE.search(question))
        wants_amount = bool(AMOUNT.search(question))
        wants_who = bool(WHO.search(question))
        top_score = hits[0].score if hits and hits[0].score > 0 else 1.0
        feature_weight = self.weights
        scored: list[Scored] = []
        for rank, h in enumerate(hits[:limit_hits]):
            titles = {norm_key(t) for t in (h.doc.title, h.doc.cover_title, *h.doc.alt_titles) if t}
            # Words of the document's own title tell which document, not which sentence: count them less.
            title_toks = set(tokenize(" ".join((h.doc.title, h.doc.cover_title))))
            weights = {t: w * (0.15 if t in title_toks else 1.0) for t, w in base_weights.items()}
            own_bigrams = q_bigrams - _bigrams_cached(h.doc.title + "\n" + (h.doc.cover_title or "")) if q_bigrams else q_bigrams
            total = sum(weights.values()) or 1.0
            known_total = sum(w for t, w in weights.items() if self.df.get(t, 0)) or 1.0
            relevance = max(0.0, h.score / top_score)
            sections = chunk_sections(h.chunk.text, " ".join(h.chunk.heading_path[1:]))
            for s in chunk_sentences(h.chunk.text):
                ns = norm_key(s)
                if ns in titles or any(ns in t for t in titles) or is_heading(s) or _DOC_NUMBER_ONLY.match(ns):
                    continue  # a title, a bare heading or a 发文字号 line says where, not what
                toks = sentence_tokens(s)
                f: dict[str, float] = {}  # the features that are not zero
                f["coverage"] = cov = sum(w for t, w in weights.items() if t in toks) / total
                f["bigrams"] = len(own_bigrams & _bigrams_cached(s)) / len(q_bigrams) if q_bigrams else 0.0
                f["relevance"] = relevance
                f["rank"] = rank
                heading = sections.get(s, "")
                if heading:
                    htoks = sentence_tokens(heading)
                    f["section"] = sum(w for t, w in weights.items() if t in htoks and t not in toks) / total
                if quoted and any(x in s for x in quoted):
                    f["quoted"] = 1.0
                    if any(re.search(rf"简称[“\"]?{re.escape(x)}|所称[“\"]?{re.escape(x)}|{re.escape(x)}[”\"]?是指", s) for x in quoted):
                        f["defines"] = 1.0  # the sentence that defines the quoted term
                if wants_number and NUMBER.search(s):
                    f["number"] = 1.0
                if wants_date:
                    n_dates = len(FULL_DATE.findall(s))
                    if n_dates:
                        f["full_date"] = 1.0
                        if wants_list and n_dates > 1:
                            f["dates_listed"] = min(3, n_dates - 1)
                    elif PART_DATE.search(s):
                        f["part_date"] = 1.0  # 「2024年9月至12月底」
                if wants_span and DATE_OR_SPAN.search(s):
                    f["span"] = 1.0
                    if SPAN_ANSWER.search(s):
                        f["span_stated"] = 1.0
                if wants_list and s.count("、") >= 2:
                    f["listed"] = 1.0
                if wants_amount and AMOUNT_ANSWER.search(s):
                    f["amount"] = 1.0
                if wants_place and PLACE_ANSWER.search(s):
                    f["place"] = 1.0
                if wants_who and WHO_ANSWER.search(s):
                    f["who"] = 1.0
                if len(s) < 12:
                    f["short"] = 1.0
                if BOILERPLATE.search(s):
                    f["preamble"] = 1.0  # announces the rules; rarely is one
                if _is_heading_line(s):
                    f["lead_in"] = 1.0  # worth quoting only with what it introduces
                score = sum(feature_weight[k] * v for k, v in f.items())
                known = sum(w for t, w in weights.items() if t in toks) / known_total
                scored.append(Scored(s, rank, score, cov, set(toks), known, f))
        scored.sort(key=lambda x: -x.score)
        return scored

    def select(self, question: str, hits: list[Hit], max_sentences: int = 3, max_chars: int = 360,
               context: str | None = None) -> list[Scored]:
        """The sentences to answer with: the best for each sub-question, then a close runner-up.

        Each sub-question (「电话多少」) is scored for itself and, with a smaller weight, in the
        light of the whole message — or of ``context``, the conversation so far plus the message,
        for a follow-up such as 「那意见可以发到哪个邮箱？」."""
        chosen: list[Scored] = []
        subs = split_subquestions(question)
        whole_text = context or question
        overall = self.score_sentences(whole_text, hits)
        blend = len(subs) > 1 or bool(context)
        whole = {(s.hit_rank, s.sentence): s.score for s in overall}
        max_sentences = max(max_sentences, len(subs) + 1)
        max_chars += 120 * (len(subs) - 1)
        for i, sub in enumerate(subs):
            if i and ELLIPTICAL.match(sub):
                # 「没有的话看病咋整」 is about what the part before it named: read it with those words
                sub = " ".join(self.content_tokens(subs[i - 1])) + " " + sub
            ranked = self.score_sentences(sub, hits) if blend else self.score_sentences(question, hits)
            own = {id(s): s.score for s in ranked}
            if blend:
                for s in ranked:
                    s.score += CONTEXT_WEIGHT * whole.get((s.hit_rank, s.sentence), 0.0)
                ranked.sort(key=lambda x: -x.score)
            for s in ranked:
                if all(s.sentence not in c.sentence for c in chosen):
                    if not chosen or own[id(s)] >= 0.3:  # the context ranks; it does not make an answer
                        s.sentence = quote_unit(s.sentence, hits[s.hit_rank].chunk.text)
                        if all(s.sentence != c.sentence for c in chosen):
                            chosen.append(s)
                    break
        overall = self.score_sentences(question, hits)
        if chosen and overall:
            best = overall[0].score
            for s in overall[:6]:
                if len(chosen) >= max_sentences or sum(len(c.sentence) for c in chosen) + len(s.sentence) > max_chars:
                    break
                if s.score >= 0.8 * best and s.hit_rank <= 1 and all(s.sentence not in c.sentence for c in chosen):
                    s.sentence = quote_unit(s.sentence, hits[s.hit_rank].chunk.text)
                    if all(s.sentence != c.sentence for c in chosen):
                        chosen.append(s)
        # a unit that grew to a whole paragraph may contain a sentence chosen earlier
        chosen = [c for c in chosen if not any(c is not o and c.sentence in o.sentence for o in chosen)]
        return chosen[:max_sentences]


_DOC_NUMBER_ONLY = re.compile(r"^[\u4e00-\u9fff]{1,12}〔\d{4}〕\d+号$")


def _is_heading_line(s: str) -> bool:
    """``第七条育儿补贴具体申请程序如下:`` / ``二、工作任务`` — a lead-in, not an answer."""
    if s.endswith((":", "：")) and len(s) <= 40:
        return True
    return is_heading(s)


def citation_for(hit: Hit, quote: str, n: int) -> Citation:
    d, c = hit.doc, hit.chunk
    return Citation(
        n=n, doc_id=d.doc_id, doc_title=d.title, doc_number=d.doc_number, issuer=d.issuer,
        date=d.written_date or d.published_date, region=d.region, quote=quote, chunk_id=c.chunk_id,
        heading=" › ".join(c.heading_path[1:]), source=d.source, line_start=c.line_start, line_end=c.line_end,
    )


_NUM_IN_TEXT = re.compile(r"\d+(?:[.．]\d+)?")


def numbers_in(text: str) -> set[str]:
    """Numbers as canonical strings: ``04`` → ``4``, ``100.50`` → ``100.5``."""
    return {format(Decimal(n.replace("．", ".")).normalize(), "f")
            for n in _NUM_IN_TEXT.findall(unicodedata.normalize("NFKC", text))}


def unsupported_numbers(answer: str, sources: list[str]) -> set[str]:
    """Numbers in the answer that no source (cited quote, calculation, citation metadata) holds.
    Numbers are compared as digit strings, so 4500 is supported by "4500元" but not by "45"."""
    have: set[str] = set()
    for s in sources:
        have |= numbers_in(s)
    # citation markers [1], [2] are not claims
    bare = re.sub(r"\[\d+\]", "", answer)
    return {n for n in numbers_in(bare) if n not in have}
