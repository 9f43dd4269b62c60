"""The conversation stage (bot/conversation.py): small talk and bare topics answered before
retrieval, everything else left to the pipeline. No model, no index: a hand-made catalog."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.conversation import Catalog, reply
from prompts import phrase, phrase_list

ROOT = Path(__file__).resolve().parent.parent

TOPICS = [
    ("育儿补贴", "2023年3月出生的孩子能领多少育儿补贴？"),
    ("待遇等待期", "断保2年补缴1年，等待期多长？"),
    ("辅助生殖", "做试管花了2万，居民医保能报多少？"),
    ("大病保险", "连续参保8年，大病保险最高支付限额能提高多少？"),
    ("预防接种异常反应补偿", "打疫苗出现异常反应，能补偿多少？"),
    ("居民医保筹资", "居民医保财政补助中央和地方各出多少？"),
]
EXAMPLES = [example for _, example in TOPICS]
N_CHUNKS = 858
TERM_DF = {
    "医保": 213, "育儿": 25, "补贴": 29, "育儿补贴": 16, "疫苗": 29, "等待": 3, "等待期": 3, "报销": 14,
    "城乡": 30, "乡居": 25, "居民": 90, "城乡居民医保": 3, "大病": 20, "保险": 60, "大病保险": 14, "辅助": 40,
    "生殖": 12, "辅助生殖": 9, "集采": 33, "医疗": 559, "卫生": 418, "门诊": 47, "住院": 43, "申请": 73,
    "异常反应": 6, "接种": 20, "预防接种": 12, "三孩": 1, "hpv": 0,
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog(topics=TOPICS, term_df=TERM_DF, n_chunks=N_CHUNKS)


def assert_talk(ans, status: str, key: str):
    assert ans is not None
    assert ans.status == status
    assert ans.answer.startswith(phrase(f"conversation.{key}"))
    assert ans.citations == []
    assert ans.calculation is None
    assert ans.choices == EXAMPLES[:3]


# ---------------------------------------------------------------------------------------------
# small talk

GREETINGS = ["你好", "您好！", "你好呀😊", "你好啊～～", "您好，在吗？", "在吗", "在吗在吗", "有人吗？", "hello",
             "Hello!!", "HELLO there", "hi", "Hi~", "hiii", "hey", "嗨", "哈喽～", "早上好", "早安", "晚上好",
             "老师好", "大家好", "good morning", "ｈｅｌｌｏ", "你好，我想咨询一下", "请问", "你好你好"]
THANKS = ["谢谢", "谢谢！", "谢谢啦", "谢谢谢谢", "谢谢你", "谢谢您！🙏", "多谢", "多谢多谢", "感谢", "非常感谢！",
          "太感谢了", "辛苦了", "辛苦啦", "好的，谢谢", "好的谢谢", "好的好的，谢谢啦", "好的，我知道了，谢谢",
          "谢谢你的帮助", "感谢您的解答", "谢谢老师", "thanks", "Thank you!", "thank you very much", "ok thanks",
          "thx"]
CAPABILITIES = ["你能做什么", "你能做什么？", "你可以做什么", "你是谁", "你是谁？？", "怎么用", "怎么使用",
                "能问什么", "可以问哪些问题", "有什么功能", "有哪些功能", "你会什么", "介绍一下你自己", "帮助",
                "help", "What can you do?", "你好，你能做什么"]
GOODBYES = ["再见", "再见！", "拜拜", "拜拜啦", "bye", "Bye bye", "没事了", "没事了，谢谢", "谢谢，再见",
            "好的，再见", "就这样吧", "那就这样吧，再见", "没有其他问题了", "886", "回头见"]


@pytest.mark.parametrize("text", GREETINGS)
def test_greeting(text, catalog):
    ans = reply(text, catalog)
    assert_talk(ans, "clarify", "greeting")
    assert phrase("conversation.examples_line") in ans.answer
    assert "育儿补贴" in ans.answer  # the catalog's topics are named


@pytest.mark.parametrize("text", THANKS)
def test_thanks(text, catalog):
    assert_talk(reply(text, catalog), "answered", "thanks")


@pytest.mark.parametrize("text", CAPABILITIES)
def test_capabilities(text, catalog):
    ans = reply(text, catalog)
    assert_talk(ans, "clarify", "capabilities")
    assert "育儿补贴" in ans.answer


@pytest.mark.parametrize("text", GOODBYES)
def test_goodbye(text, catalog):
    assert_talk(reply(text, catalog), "answered", "goodbye")


@pytest.mark.parametrize("text", ["好的", "嗯嗯", "OK", "知道了", "明白了"])
def test_acknowledgement_only_in_a_fresh_conversation(text, catalog):
    assert_talk(reply(text, catalog), "answered", "ack")
    # in a conversation it may answer the assistant's own question: the pipeline decides
    assert reply(text, catalog, has_history=True) is None


@pytest.mark.parametrize("text,key", [("你好", "greeting"), ("谢谢", "thanks"), ("你能做什么", "capabilities"),
                                      ("再见", "goodbye"), ("好的，谢谢", "thanks")])
def test_small_talk_is_answered_with_history_too(text, key, catalog):
    ans = reply(text, catalog, has_history=True)
    assert ans is not None and ans.answer.startswith(phrase(f"conversation.{key}"))


def test_the_examples_come_from_the_catalog():
    other = Catalog(topics=[("甲主题", "甲主题的问题一？"), ("乙主题", "乙主题的问题二？"),
                            ("乙主题", "乙主题的问题二？"), ("丙主题", "丙主题的问题三？"),
                            ("丁主题", "丁主题的问题四？")], term_df={}, n_chunks=10)
    ans = reply("你好", other)
    assert ans.choices == ["甲主题的问题一？", "乙主题的问题二？", "丙主题的问题三？"]  # distinct, in order
    assert "甲主题" in ans.answer and "育儿补贴" not in ans.answer
    two = Catalog(topics=TOPICS[:2], term_df=TERM_DF, n_chunks=N_CHUNKS)
    assert reply("谢谢", two).choices == EXAMPLES[:2]


def test_an_empty_catalog_still_greets():
    ans = reply("你好", Catalog(topics=[], term_df={}, n_chunks=0))
    assert ans.status == "clarify" and ans.choices == []
    assert ans.answer == phrase("conversation.greeting") + phrase("conversation.ask_line")


QUESTIONS_AFTER_TALK = [
    "你好，2023年3月出生的孩子能领多少",
    "你好，2023年3月出生的孩子能领多少育儿补贴？",
    "您好，请问育儿补贴怎么领",
    "hello，断保2年补缴1年等待期多长",
    "谢谢，那医保怎么报销呢",
    "好的，那辅助生殖能报吗",
    "在吗？我想问一下大病保险最高能报多少",
    "你能做什么？育儿补贴能领多少",
    "再见之前再问一下疫苗补偿多少",
]


@pytest.mark.parametrize("text", QUESTIONS_AFTER_TALK)
def test_small_talk_with_a_question_is_a_question(text, catalog):
    assert reply(text, catalog) is None
    assert reply(text, catalog, has_history=True) is None


@pytest.mark.parametrize("text", ["hiv", "HIV感染者", "早产儿", "早产儿医保", "帮助老年人", "功能性检查",
                                  "没事故", "再见义勇为", "在吗啡", "感谢信", "好人", "", "   ", "？？", "😊"])
def test_a_cue_inside_a_word_is_not_small_talk(text, catalog):
    assert reply(text, catalog) is None


def test_a_long_question_is_not_conversation(catalog):
    text = "你好，我家孩子是2023年3月出生的，想问一下现在能领多少育儿补贴，需要准备什么材料，谢谢"
    assert reply(text, catalog) is None
    assert reply("谢谢" * 30, catalog) is None  # past the length where anything is small talk


# ---------------------------------------------------------------------------------------------
# bare topics


def templates(topic: str) -> list[str]:
    return [t.format(topic=topic) for t in phrase_list("conversation.topic_templates")]


def assert_topic(ans, subject: str):
    assert ans is not None
    assert ans.status == "clarify"
    assert ans.answer == phrase("conversation.topic", topic=subject)
    assert ans.citations == []
    assert len(ans.choices) == 4
    assert len(set(ans.choices)) == 4


@pytest.mark.parametrize("text,subject", [("医保", "医保"), ("医保？", "医保"), ("医保。", "医保"),
                                          ("育儿补贴", "育儿补贴"), ("疫苗", "疫苗"), ("等待期", "等待期"),
                                          ("报销", "报销"), ("大病保险", "大病保险"), ("城乡居民医保", "城乡居民医保"),
                                          ("我想了解一下医保", "医保"), ("关于疫苗", "疫苗"), ("请问育儿补贴", "育儿补贴"),
                                          ("医保的问题", "医保"), ("大病保险政策", "大病保险"), ("你好，医保", "医保"),
                                          ("hi，疫苗", "疫苗"), ("医保报销", "医保报销"), ("集采", "集采")])
def test_bare_topic(text, subject, catalog):
    assert_topic(reply(text, catalog), subject)


def test_bare_topic_offers_the_catalog_questions_on_it_first(catalog):
    # the topic's own name
    assert reply("育儿补贴", catalog).choices == [EXAMPLES[0]] + templates("育儿补贴")[:3]
    assert reply("补贴", catalog).choices == [EXAMPLES[0]] + templates("补贴")[:3]
    # in the example only (疫苗 is not in the topic name 预防接种异常反应补偿)
    assert reply("疫苗", catalog).choices == [EXAMPLES[4]] + templates("疫苗")[:3]
    # names first (居民医保筹资), then examples (辅助生殖's 居民医保)
    assert reply("医保", catalog).choices == [EXAMPLES[5], EXAMPLES[2]] + templates("医保")[:2]
    # sharing a word: 城乡居民医保 → 居民, 医保
    choices = reply("城乡居民医保", catalog).choices
    assert set(choices[:2]) == {EXAMPLES[2], EXAMPLES[5]}
    assert choices[2:] == templates("城乡居民医保")[:2]


def test_bare_topic_with_no_related_catalog_question_gets_the_templates(catalog):
    assert reply("报销", catalog).choices == templates("报销")[:4]
    assert reply("门诊", catalog).choices == templates("门诊")[:4]


def test_bare_topic_choices_follow_the_catalog():
    many = Catalog(topics=[(f"医保事项{i}", f"医保问题{i}？") for i in range(6)], term_df=TERM_DF, n_chunks=N_CHUNKS)
    assert reply("医保", many).choices == [f"医保问题{i}？" for i in range(4)]  # catalog fills all four
    none = Catalog(topics=[], term_df=TERM_DF, n_chunks=N_CHUNKS)
    assert reply("医保", none).choices == templates("医保")[:4]


def test_a_template_that_repeats_the_subject_is_skipped(catalog):
    choices = reply("申请", catalog).choices
    assert "申请怎么申请？" not in choices
    assert len(choices) == 4


@pytest.mark.parametrize("text", ["医保", "育儿补贴", "疫苗", "等待期", "报销"])
def test_bare_topic_with_history_is_a_follow_up(text, catalog):
    assert reply(text, catalog, has_history=True) is None


@pytest.mark.parametrize("text", ["苹果", "火星", "hpv", "三孩", "医保苹果", "苹果手机", "天气"])
def test_an_unknown_word_is_not_a_topic(text, catalog):
    assert reply(text, catalog) is None


def test_a_topic_needs_its_words_in_the_corpus():
    rare = dict(TERM_DF, 等待期=2, 等待=2)
    assert reply("等待期", Catalog(topics=TOPICS, term_df=rare, n_chunks=N_CHUNKS)) is None
    assert reply("等待期", Catalog(topics=TOPICS, term_df=dict(TERM_DF, 等待期=3), n_chunks=N_CHUNKS)) is not None
    # a long word the corpus counts only in parts is known through them
    parts = {k: v for k, v in TERM_DF.items() if k != "城乡居民医保"}
    assert reply("城乡居民医保", Catalog(topics=TOPICS, term_df=parts, n_chunks=N_CHUNKS)) is not None


def test_a_word_found_almost_everywhere_is_not_a_topic(catalog):
    assert reply("医疗", catalog) is None  # 559 of 858 chunks
    assert reply("卫生", catalog) is not None  # under half
    assert reply("医疗", Catalog(topics=TOPICS, term_df=TERM_DF, n_chunks=2000)) is not None


@pytest.mark.parametrize("text", [
    "医保怎么报销", "医保吗", "疫苗多少钱", "哪里报销", "育儿补贴能不能领", "什么是等待期", "医保有没有",
    "育儿补贴标准", "报销比例", "报销材料", "2023年育儿补贴", "今年的医保", "三月医保", "医保2024",
    "城乡居民医保大病保险起付线", "我想了解一下城乡居民医保和大病保险政策",
])
def test_a_question_or_a_figure_is_not_a_bare_topic(text, catalog):
    assert reply(text, catalog) is None


def test_a_long_question_is_not_a_bare_topic(catalog):
    assert reply("连续参保8年大病保险最高支付限额能提高多少", catalog) is None
    assert reply("医保报销医保报销医保报销", catalog) is None  # over the subject length


# ---------------------------------------------------------------------------------------------
# data stays data


def test_no_region_or_document_in_the_code():
    for path in ("bot/conversation.py", "bot/data/conversation.toml", "prompts/phrases.d/conversation.toml"):
        text = (ROOT / path).read_text(encoding="utf-8")
        assert not re.search(r"[\u4e00-\u9fff](省|自治区|市)[^场]|〔\d{4}〕|\d+号|《", text), path


def test_repeated_calls_are_cheap(catalog):
    import time

    reply("医保", catalog)  # jieba loaded once
    start = time.perf_counter()
    for _ in range(50):
        for text in GREETINGS + THANKS + ["医保", "苹果", "你好，2023年3月出生的孩子能领多少"]:
            reply(text, catalog)
    assert time.perf_counter() - start < 5
