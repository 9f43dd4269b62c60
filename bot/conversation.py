"""The conversation stage: messages that are conversation rather than policy questions, answered
before retrieval.

``reply(text, catalog, has_history)`` returns an :class:`~policybot.types.Answer` for

* small talk — a greeting (你好, 在吗, hello), thanks (谢谢, 辛苦了), a question about the assistant
  itself (你能做什么, 怎么用) or a goodbye (再见, 没事了), and a bare acknowledgement (好的, 嗯) in
  a fresh conversation — recognised only when the *whole* message is made of such cues, so that
  「你好，2023年3月出生的孩子能领多少」 is still a question;
* a bare topic — a short subject alone (「医保」「育儿补贴」「疫苗」), no question word, no figure or
  date, whose words are common in the corpus — answered with a clarifying question and quick
  replies: the related example questions of the catalog, then generic sub-questions. In a
  conversation under way a bare subject may be a follow-up, so it is left to the pipeline;

and ``None`` for everything else. The module is pure: the cue lists are data
(``bot/data/conversation.toml``), the wording is in ``prompts/phrases.d/conversation.toml``,
and everything it knows about the corpus comes in the :class:`Catalog`.
"""

from __future__ import annotations

import math
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Mapping, Sequence

from policybot.types import Answer
from prompts import phrase, phrase_list

DATA = Path(__file__).with_name("data") / "conversation.toml"

_NON_WORD = re.compile(r"[\W_]+")  # punctuation, spaces, emoji
_RUN = re.compile(r"(.)\1+")  # a run of one repeated character
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(eq=False)
class Catalog:
    """What the stage knows about the corpus: the topics with an example question each (in the
    order they should be offered), the document frequency of its jieba tokens and the number of
    chunks those frequencies were counted over."""

    topics: Sequence[tuple[str, str]] = ()
    term_df: Mapping[str, int] = field(default_factory=dict)
    n_chunks: int = 0

    def __post_init__(self) -> None:
        self.topics = [(str(name).strip(), str(example).strip()) for name, example in self.topics]

    def names(self, k: int) -> list[str]:
        return _first_distinct((name for name, _ in self.topics), k)

    def examples(self, k: int) -> list[str]:
        """One example question per topic, in catalog order."""
        return _first_distinct((example for _, example in self.topics), k)

    @cached_property
    def topic_tokens(self) -> list[frozenset[str]]:
        """The 2+ character tokens of each topic's name and example."""
        from embeddings.keyword import tokenize

        return [frozenset(t for t in tokenize(f"{name} {example}") if len(t) >= 2) for name, example in self.topics]


def reply(text: str, catalog: Catalog, has_history: bool = False) -> Answer | None:
    """The answer to a conversational message, or ``None`` when the message is for the pipeline."""
    if not text or not text.strip():
        return None
    kind = talk_kind(text)
    if kind is not None:
        if has_history and kind in _rules()["talk"]["fresh_only"]:
            return None
        return _talk_answer(kind, catalog)
    if has_history:
        return None
    return _topic_answer(text, catalog)


# ---------------------------------------------------------------------------------------------
# small talk


def _bare(text: str) -> str:
    return _NON_WORD.sub("", unicodedata.normalize("NFKC", text).lower())


def talk_form(text: str) -> str:
    """The form cues are matched in: NFKC, lower case, no punctuation / emoji / spaces, runs of
    one repeated character collapsed (「谢谢谢谢！！」 → 「谢」, 「hiii」 → 「hi」)."""
    return _RUN.sub(r"\1", _bare(text))


def talk_kind(text: str) -> str | None:
    """greeting | capabilities | thanks | goodbye | ack when the whole message is small talk."""
    talk = _rules()["talk"]
    bare = _bare(text)
    if not bare or len(bare) > talk["max_chars"]:
        return None
    kinds = _talk_kinds(_RUN.sub(r"\1", bare))
    if not kinds:
        return None
    return next(k for k in talk["priority"] if k in kinds)


def _talk_kinds(form: str) -> frozenset[str] | None:
    """The kinds of cue a message is made of, when it can be read wholly as cues and fillers
    (at least one cue); ``None`` otherwise."""
    index = _cue_index()
    memo: dict[int, frozenset[str] | None] = {}

    def parse(pos: int) -> frozenset[str] | None:
        if pos == len(form):
            return frozenset()
        if pos in memo:
            return memo[pos]
        best: frozenset[str] | None = None
        for cue, kind in index.get(form[pos], ()):  # longest first, cues before fillers
            if not form.startswith(cue, pos):
                continue
            rest = parse(pos + len(cue))
            if rest is None:
                continue
            kinds = rest | {kind} if kind else rest
            if kinds:
                best = kinds
                break
            best = kinds if best is None else best
        memo[pos] = best
        return best

    kinds = parse(0)
    return kinds or None


def _talk_answer(kind: str, catalog: Catalog) -> Answer:
    talk = _rules()["talk"]
    examples = catalog.examples(talk["examples"])
    parts = [phrase(f"conversation.{kind}")]
    if kind in ("greeting", "capabilities"):
        names = catalog.names(talk["topics_named"])
        if names:
            parts.append(phrase("conversation.topics_line", topics=phrase("conversation.topic_separator").join(names)))
        parts.append(phrase("conversation.examples_line") if examples else phrase("conversation.ask_line"))
    elif kind == "ack" and examples:
        parts.append(phrase("conversation.examples_line"))
    return Answer(status=talk["status"][kind], answer="".join(parts), choices=examples)


# ---------------------------------------------------------------------------------------------
# bare topics


def bare_topic(text: str, catalog: Catalog) -> tuple[str, list[str]] | None:
    """The subject of a message that is only a short, known subject, and the corpus words it is
    made of; ``None`` when the message asks something, holds a figure or date, is too long, or
    names a word the corpus does not know."""
    topic = _rules()["topic"]
    segments = [s for s in _NON_WORD.split(unicodedata.normalize("NFKC", text)) if s]
    # 「你好，医保」: a greeting before the subject is not part of it
    while len(segments) > 1 and _leading_talk(segments[0]):
        segments.pop(0)
    core = "".join(segments)
    if not core or len(core) > topic["max_chars"]:
        return None
    if _pattern("question").search(core) or _pattern("date").search(core):
        return None
    subject = _strip(core)
    if len(subject) < topic["min_chars"] or len(_CJK.findall(subject)) > topic["max_cjk"]:
        return None
    if talk_kind(subject):
        return None
    words = _corpus_words(subject, catalog)
    if words is None:
        return None
    return subject, words


def _leading_talk(segment: str) -> bool:
    kinds = _talk_kinds(talk_form(segment))
    return bool(kinds) and kinds <= {"greeting", "ack"}


def _strip(core: str) -> str:
    lead, trail = _affixes()
    changed = True
    while changed and core:
        changed = False
        for a in lead:
            if core.startswith(a) and len(core) > len(a):
                core, changed = core[len(a):], True
                break
        for a in trail:
            if core.endswith(a) and len(core) > len(a):
                core, changed = core[: -len(a)], True
                break
    return core


def _corpus_words(subject: str, catalog: Catalog) -> list[str] | None:
    """The corpus words that make up ``subject``: every jieba token not part of a longer one must
    occur in ``min_df`` chunks or be covered by parts that do, and at least one word must be
    specific (in no more than ``max_share`` of the chunks)."""
    from embeddings.keyword import tokenize

    topic = _rules()["topic"]
    df = catalog.term_df
    tokens = list(dict.fromkeys(tokenize(subject)))
    if not tokens:
        return None

    def known(t: str) -> bool:
        return df.get(t, 0) >= topic["min_df"]

    words: list[str] = []
    for t in tokens:
        if any(t != u and t in u for u in tokens):
            continue  # a part of a longer token
        if known(t):
            words.append(t)
            continue
        parts = [u for u in tokens if u != t and u in t and known(u)]
        covered: set[int] = set()
        for u in parts:
            start = t.find(u)
            while start >= 0:
                covered.update(range(start, start + len(u)))
                start = t.find(u, start + 1)
        if len(covered) < len(t):
            return None
        words.extend(parts)
    # the known parts of each word count too (城乡居民医保 → 居民, 医保: related topics)
    words.extend(u for u in tokens if u not in words and known(u) and any(u != w and u in w for w in words))
    words = list(dict.fromkeys(words))
    if catalog.n_chunks and all(df.get(w, 0) > topic["max_share"] * catalog.n_chunks for w in words):
        return None
    return words


def _topic_answer(text: str, catalog: Catalog) -> Answer | None:
    found = bare_topic(text, catalog)
    if found is None:
        return None
    subject, words = found
    return Answer(status="clarify", answer=phrase("conversation.topic", topic=subject),
                  choices=topic_choices(subject, words, catalog))


def topic_choices(subject: str, words: Sequence[str], catalog: Catalog) -> list[str]:
    """Quick replies for a bare topic: the example questions of the catalog topics whose name
    holds the subject (or the subject the name), then whose example holds it, then that share a
    specific word with it (rarer words first); then generic sub-questions, up to ``choices``."""
    topic = _rules()["topic"]
    limit = topic["choices"]
    df, n = catalog.term_df, catalog.n_chunks
    key = subject.lower()
    specific = {w for w in words if len(w) >= 2 and not (n and df.get(w, 0) > topic["max_share"] * n)}

    def idf(w: str) -> float:
        return math.log((n + 1) / (df.get(w, 0) + 1)) if n else 1.0

    ranked = []
    for i, (name, example) in enumerate(catalog.topics):
        if not example:
            continue
        name_l, example_l = name.lower(), example.lower()
        if key in name_l or (name_l and name_l in key):
            rank = (3, 0.0)
        elif key in example_l:
            rank = (2, 0.0)
        else:
            shared = specific & catalog.topic_tokens[i]
            if not shared:
                continue
            rank = (1, sum(idf(w) for w in shared))
        ranked.append((-rank[0], -rank[1], i, example))
    choices = _first_distinct((example for *_, example in sorted(ranked)), limit)
    for template in phrase_list("conversation.topic_templates"):
        if len(choices) >= limit:
            break
        if key in template.replace("{topic}", "").lower():
            continue  # 「申请怎么申请？」
        q = template.format(topic=subject)
        if q not in choices:
            choices.append(q)
    return choices


# ---------------------------------------------------------------------------------------------
# data, read and compiled once


@lru_cache(maxsize=1)
def _rules() -> dict:
    return tomllib.loads(DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _cue_index() -> dict[str, tuple[tuple[str, str | None], ...]]:
    """First character → (cue in talk form, kind or None for a filler), longest first and cues
    before fillers."""
    cues = _rules()["talk"]["cues"]
    entries: dict[tuple[str, str | None], None] = {}
    for kind, items in cues.items():
        for item in items:
            form = talk_form(item)
            if form:
                entries[(form, None if kind == "filler" else kind)] = None
    index: dict[str, list[tuple[str, str | None]]] = {}
    for form, kind in entries:
        index.setdefault(form[0], []).append((form, kind))
    return {c: tuple(sorted(v, key=lambda e: (-len(e[0]), e[1] is None))) for c, v in index.items()}


@lru_cache(maxsize=None)
def _pattern(name: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in _rules()["topic"][name]), re.I)


@lru_cache(maxsize=1)
def _affixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    topic = _rules()["topic"]
    by_length = lambda items: tuple(sorted(set(items), key=len, reverse=True))  # noqa: E731
    return by_length(topic["lead"]), by_length(topic["trail"])


def _first_distinct(items, k: int) -> list[str]:
    out: list[str] = []
    for item in items:
        if len(out) >= k:
            break
        if item and item not in out:
            out.append(item)
    return out
