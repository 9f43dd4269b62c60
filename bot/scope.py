"""Is the question inside what the documents cover?

Signals, each general:
* a subject no health-policy document here deals with (taxes, exams) — say so and name the
  office that would know;
* a *salient* word of the question that the corpus never uses: a noun (by jieba's part-of-speech
  tags) that is not an everyday synonym of a corpus term and not part of a longer corpus word —
  ``HPV``, ``高考``, ``产假``, ``胚胎移植`` — while the rest of the question is poorly covered;
* the question asks for a sum of money, a figure or a year, and the passages that match hold none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from embeddings.keyword import _jieba

from . import lexicon
from .compose import GENERIC, synonyms

MONEY_ASK = re.compile(r"多少钱|多少元|几元|报销多少|能报多少|每月.{0,6}多少|待遇多少|赔多少|补多少|减免多少|多少费用|价是多少|价格是多少|收费多少|领多少")
NOUNISH = ("n", "nr", "ns", "nt", "nz", "nrt", "vn", "eng", "nl", "ng")
MONEY = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?元")
# a figure: digits, or a Chinese numeral before a unit (五年, 三年内, 两次)
FIGURE = re.compile(r"\d|[一二三四五六七八九十两半][年月日天次个倍名项岁周]|次月|当月|次年|当年|月底|年底|当日|当天|次日|即时")


@lru_cache(maxsize=1)
def _pos_tokenizer():
    import jieba.posseg as pseg

    return pseg.POSTokenizer(tokenizer=_jieba())


def out_of_scope_office(question: str) -> str | None:
    """A subject no health-policy document here deals with, and the office that would know
    (``data/intents.toml`` [out_of_scope]: taxes, exams, lawsuits)."""
    from . import lexicon

    for office in lexicon.group("out_of_scope"):
        if lexicon.cue(f"out_of_scope.{office}").search(question):
            return f"office_{office}"
    return None


QUESTION_PARTS = ("多少", "几", "哪", "什么", "怎么", "咋", "能", "可以", "要", "会", "吗", "呢", "时间", "多长", "多久")


def salient_unknown(question: str, corpus_text: str, place_words: set[str]) -> list[str]:
    """Nouns of the question that appear nowhere in the corpus text and are not everyday
    synonyms of a corpus term (``HPV``, ``高考``, ``产假``, ``胚胎移植``)."""
    syn = synonyms()
    vocabulary = _pos_tokenizer().tokenizer.FREQ
    out = []
    for word, flag in _pos_tokenizer().lcut(question):
        w = word.strip()
        if len(w) < 2 or flag not in NOUNISH or w in GENERIC or w in place_words or w.isdigit():
            continue
        if flag != "eng" and not vocabulary.get(w):
            continue  # a fragment the segmenter guessed (开点, 钱算), not a real word
        if any(p in w for p in QUESTION_PARTS) or any(w in k or k in w for k in syn):
            continue
        if w.lower() in corpus_text:
            continue
        if len(w) >= 3 and re.search(re.escape(w[:2].lower()) + ".{0,2}" + re.escape(w[2:].lower()), corpus_text):
            continue  # a variant of a corpus word: 扶助金 for 扶助资金
        out.append(word)
    return out


NOT_A_NAME = frozenset("什么 哪些 多少 没有 有没 部分 这些 那些 相关 有关 各项 这项 那项 这个 那个 每月 每年 一些 哪种 "
                       "各种 其他 其它 个人 领取 发放 申请 申领 享受 给予 能领 可领 的的 "
                       "合计 共计 累计 总计 一共 总共 两级 三级 市级 区级 县级 省级 财政 政府".split())  # how much / whose, not which
QUANTIFIER_HEAD = frozenset("一这那每各该本此几两某")
STEM_NOT_NAME = "的了有给发领拿享无没"
BENEFIT = re.compile(r"(补贴|津贴|补助|奖励金|奖补|救助金|抚恤金|保险金|护理费)")


def unknown_benefit(question: str, corpus_text: str) -> str | None:
    """A named benefit (「托育补贴」, 「生育津贴」) that no document here mentions."""
    for m in BENEFIT.finditer(question):
        stem = question[max(0, m.start() - 2):m.start()]
        if len(stem) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]{2}", stem) or stem in NOT_A_NAME \
                or stem[0] in QUANTIFIER_HEAD or stem[1] in STEM_NOT_NAME:
            # 「一批补贴」「每笔补助」: how many, not which; 「每个月有补助」「能领补贴」: a verb before it, not a name
            continue
        name = stem + m.group(1)
        stems = [stem] + [w for k, v in synonyms().items() if k == stem or k in question[max(0, m.start() - 4):m.start()] for w in v]
        if not any(re.search(re.escape(st) + r"[^。；;\n]{0,8}" + re.escape(m.group(1)), corpus_text) for st in stems):
            return name  # not even 「医保…补助」 with words between, nor its everyday synonym's formal word
    return None


def asks_money(question: str) -> bool:
    return bool(MONEY_ASK.search(question))


# A markup or a reimbursement may be a share rather than a sum: 「顺加不超15%」, 「报销比例70%」.
SHARE_OK = re.compile(r"加多少|加价|上浮|报销多少|报多少|能报|减免多少|优惠多少|便宜多少|降多少")
SHARE = re.compile(r"\d+(?:\.\d+)?\s*%|百分之|[一二三四五六七八九]成")


def wants_sum(question: str) -> bool:
    """「封顶线是多少钱」 asks for a sum in 元: a share of something (「原封顶线的20%」) does not
    answer it, unless the question is one a share answers (「能报多少钱」)."""
    return bool(lexicon.cue("figure.sum").search(question)) and not SHARE_OK.search(question)


# a table row as ingestion writes it: 「病种名称：糖尿病；年度支付限额：3600元；支付比例：70%」
TABLE_ROW = re.compile(r"^[^：；。\n]{1,30}：[^；。\n]+(?:；[^：；。\n]{1,30}：[^；。\n]+)+$")
# what a list question asks for: 「要准备哪些材料」 → 材料
LIST_NOUN = re.compile(r"(?:哪些|哪几[种类项个样]|什么样的|什么)([\u4e00-\u9fff]{2,4})")


def has_money(texts: list[str], question: str = "", given_sum: bool = False) -> bool:
    if (given_sum or SHARE_OK.search(question)) and any(SHARE.search(t) for t in texts):
        return True
    return any(MONEY.search(t) for t in texts)


# What kind of figure a question asks for, and the units that answer it.
_UNIT_ASKS = [
    (re.compile(r"几天|多少天|多少日|几日|天数"), re.compile(r"(?<![月\d])(\d+|[一二三四五六七八九十两半]+)\s*(个)?(工作)?[天日周]")),
    (re.compile(r"多少岁|几岁|年龄|多大年纪|多大岁数|岁数"), re.compile(r"\d+\s*(周)?岁")),
    # a phone number or an e-mail address asked for: digits enough to dial, or an address
    (re.compile(r"(电话|热线|号码|手机)(号码?)?(是|打)?多少|打多少"), re.compile(r"\d{5,}|\d{3,4}\s*[-—]\s*\d{6,8}")),
    (re.compile(r"邮箱(地址)?(是)?多少"), re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
    (re.compile(r"多少人|几个人|多少名|几名"), re.compile(r"\d+(?:\.\d+)?\s*(?:万|千|亿)?\s*(?:人|名)")),
    (re.compile(r"多少倍|几倍"), re.compile(r"\d+(\.\d+)?\s*倍")),
    (re.compile(r"比例|百分之|几成|占多少"), re.compile(r"\d+(\.\d+)?\s*%|[一二三四五六七八九十]成|百分之")),
    (re.compile(r"(?<![十一二三四五六七八九好])几年|多少年"), re.compile(r"(?<![\d.])\d{1,2}\s*(个)?(周)?年(?!\d)|[一二三四五六七八九十两半]+(个)?(周)?年")),
    (re.compile(r"多少平方米|多少平米|面积"), re.compile(r"\d+(\.\d+)?\s*(平方米|㎡|平米)")),
    (re.compile(r"多少立方米"), re.compile(r"\d+(\.\d+)?\s*立方米")),
    (re.compile(r"多少(公里|千米)"), re.compile(r"\d+(\.\d+)?\s*(公里|千米)")),
    (re.compile(r"多少(个)?小时|几个小时"), re.compile(r"\d+\s*(个)?小时")),
    (re.compile(r"多少(张)?床|几张床"), re.compile(r"\d+\s*张")),
]


MONEY_OR_SHARE = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?\s*元|\d+(?:\.\d+)?\s*%|[一二三四五六七八九十百千万]+元")


def figure_pattern(question: str) -> re.Pattern:
    """What a figure of the kind the question asks for looks like (days for 「几天」, a sum of
    money or a share for 「能拿多少」, any number otherwise)."""
    for ask, unit in _UNIT_ASKS:
        if ask.search(question):
            return unit
    if lexicon.cue("figure.money").search(question):
        return MONEY_OR_SHARE
    return FIGURE


def is_unit(pattern: re.Pattern) -> bool:
    """A figure of a named unit (days, years of age, a phone number), not any number or sum."""
    return any(pattern is unit for _, unit in _UNIT_ASKS)


def has_figure(texts: list[str], question: str = "") -> bool:
    """Do the texts hold a figure of the kind the question asks for?"""
    pattern = figure_pattern(question)
    return any(pattern.search(t) for t in texts)


# -- things a question asks to find in a list ---------------------------------------------------

_ITEM = r"[\u4e00-\u9fffA-Za-z0-9]{2,12}"
_ITEMS = rf"{_ITEM}(?:(?:和|、|及|与|跟|或者?){_ITEM})*"
MEMBERSHIP = (
    re.compile(rf"(?:里|中|里面|当中)(?:有没有|包不包括|包括不包括|含不含)(?P<items>{_ITEMS})(?=[？?，,。！!]|$)"),
    re.compile(rf"(?:^|[，,。？?！!：:\s])(?P<items>{_ITEMS})(?:到底)?(?:在不在|属不属于|算不算在|包不包括在)"),
    re.compile(rf"(?:^|[，,。？?！!：:\s]|里|中)(?P<items>{_ITEM})(?:到底)?是{_ITEM}还是"),
)
_ITEM_SPLIT = re.compile(r"和|、|及|与|跟|或者?")


def membership_items(question: str) -> list[str]:
    """The named things a question asks whether a list holds: 「…里有没有阿托伐他汀和二甲双胍」
    → [阿托伐他汀, 二甲双胍]; 「胚胎冷冻保存的费用在不在报销范围里」 → [胚胎冷冻保存]."""
    for pattern in MEMBERSHIP:
        m = pattern.search(question)
        if not m:
            continue
        items = []
        for raw in _ITEM_SPLIT.split(m.group("items")):
            item = re.sub(r"(?:到底|究竟)$", "", re.sub(r"^(?:那个|这个|那些|这些)", "", raw.split("的")[0]))
            if len(item) >= 2 and not lexicon.cue("focus.not_focus").fullmatch(item):
                items.append(item)
        return items
    return []
