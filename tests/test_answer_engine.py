"""The answer engine on the defect classes found by trying it as a new user would (issue 9).

Every question here was written for these tests; none is a calculator example or an item of an
evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.assistant import Assistant
from bot.understand import cn_int, money_amounts
from policybot.settings import Settings

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def bot(retriever):
    return Assistant(retriever, Settings(), today=TODAY)


# -- conversation, not questions -------------------------------------------------------------

@pytest.mark.parametrize("message,status", [
    ("你好", "clarify"), ("您好呀", "clarify"), ("你能做什么", "clarify"), ("你是谁？", "clarify"),
    ("谢谢", "answered"), ("好的，谢谢啦", "answered"), ("再见", "answered"),
])
def test_conversation_gets_a_friendly_reply_with_examples(bot, message, status):
    ans = bot.ask(f"conv-{message}", message)
    assert ans.status == status and not ans.citations
    assert "没有找到" not in ans.answer and len(ans.choices) == 3
    assert all(c.endswith(("？", "?")) for c in ans.choices)


def test_a_greeting_after_a_question_is_still_a_greeting(bot):
    bot.ask("hello-after", "断保2年补缴1年，等待期多长？")
    ans = bot.ask("hello-after", "你好")
    assert ans.status == "clarify" and not ans.citations and ans.calculation is None


def test_a_bare_topic_gets_a_question_back_with_the_corpus_subtopics(bot):
    ans = bot.ask("bare", "医保")
    assert ans.status == "clarify" and "医保" in ans.answer and len(ans.choices) >= 3
    assert not ans.citations


def test_a_question_in_english_is_asked_again_in_chinese(bot):
    ans = bot.ask("en", "How much is the childcare subsidy for a baby born in March 2023?")
    assert ans.status == "clarify" and "中文" in ans.answer and ans.choices


# -- an everyday word lowers confidence; it does not refuse on its own -------------------------

@pytest.mark.parametrize("question,expected", [
    ("俺家闺女2024年5月生的，在甘肃，养娃补贴总共能拿多少钱", "8700元"),
    ("老妈三年没交医保了，今年交上了，得等几个月才能报销", "个月"),
    ("在河南做IVF花了2万块，居民医保统筹能报多少", "10800元"),
    ("江西药店卖集采的药，中标价10块钱最多卖多少", "11.5"),
])
def test_everyday_words_do_not_stop_an_answer(bot, question, expected):
    ans = bot.ask(f"everyday-{question}", question)
    assert ans.status == "answered" and expected in ans.answer


def test_a_typo_does_not_stop_an_answer(bot):
    ans = bot.ask("typo", "甘肃的娃啥时侯出生的才能领满3年育儿补贴")
    assert ans.status == "answered" and "2025年1月1日" in ans.answer


# -- questions no passage answers ---------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "广河县卫生健康局王局长的手机号是多少？",
    "县医院张院长老家是哪里的？",
    "产检B超说宝宝肾有点积水，严重吗？",
    "化验单上血糖7.8正常吗",
    "全省到现在一共多少个孩子领到了育儿补贴？",
    "领了育儿补贴以后，家里的低保会不会受影响？",
    "这笔补贴会不会算进家庭收入，影响我家的特困资格",
    "乡村医生每个月工资能拿多少钱？",
    "明年甘肃育儿补贴会不会涨？",
    "医院误诊了我能起诉医院要求赔偿吗？",
    # written after fresh_j/fresh_k (first sight): a case's progress, rates achieved, a rumoured
    # rise, a brand to buy, the grade of one patient's reaction
    "麻烦帮我查一下我表姐家孩子的育儿补贴审核到哪一步了",
    "我爸医保卡号是1301234567，帮我看看今年的钱交上没",
    "甘肃现在育儿补贴的申领率到底是多少？",
    "今年儿童参保的目标完成了没有？",
    "听说医保个人缴费明年要涨到500块，是真的吗",
    "老人助听器买哪个牌子的好？",
    "宝宝打完疫苗腿上红肿一大块，这算不算异常反应？能定几级？",
])
def test_questions_outside_the_documents_are_declined(bot, question):
    ans = bot.ask(f"out-{question}", question)
    assert ans.status == "no_answer" and not ans.citations and ans.calculation is None


def test_a_sum_the_documents_leave_to_others_is_not_taken_from_a_nearby_sentence(bot):
    """「…收入是多少」: the passages name the income figure but state none."""
    ans = bot.ask("income", "贵州上一年度城镇居民人均可支配收入到底是多少钱？")
    assert ans.status != "answered" or not any(ch.isdigit() for ch in ans.answer.split("——")[0])


@pytest.mark.parametrize("question", [
    "想投诉路上跑的非法救护车，投诉电话号码是多少？",   # the text says a QR code shows it, not the number
    "河北我们县大病保险的原封顶线具体是多少钱？",        # 「原封顶线的20%」 is a share, not the sum
])
def test_a_figure_of_the_kind_asked_must_be_stated(bot, question):
    ans = bot.ask(f"kind-{question}", question)
    assert ans.status == "no_answer" and ans.calculation is None


def test_a_number_of_the_kind_asked_is_brought_forward(bot):
    """「多大岁数」 asks for an age: the sentence that states one is quoted, and a phone number
    asked for is answered where a passage gives it."""
    ans = bot.ask("age", "安徽给老人做听力筛查，多大岁数的能做？")
    assert ans.status == "answered" and "65岁" in ans.answer
    ans = bot.ask("phone", "全国统一的心理援助热线号码是多少？")
    assert ans.status == "answered" and "12356" in ans.answer


def test_a_quantity_before_a_benefit_is_not_its_name(bot):
    """「一批补贴」「这批人的补贴」 say how many, not which benefit: not refused as unknown."""
    ans = bot.ask("batch", "甘肃的育儿补贴，县里这批人的补贴审核确认以后一般什么时候发？")
    assert ans.status == "answered" and "没有找到关于" not in ans.answer


def test_the_day_the_user_says_is_today_counts_and_is_no_birth_date(bot):
    """TODAY of the fixture is 2026-11-23; the user says another day: an age counts back from it."""
    ans = bot.ask("today", "今天是2027年2月10日，我家娃刚满一岁，在甘肃，育儿补贴一共能领多少钱？")
    assert ans.status == "answered" and "2026年2月" in ans.answer and "2027年2月10日" not in ans.answer.split("出生")[0]


def test_sums_are_also_given_in_wan_when_the_user_speaks_in_wan(bot):
    ans = bot.ask("wan", "河北 原封顶线是40万 两项奖励加起来最多能提高几万")
    assert ans.status == "answered" and "80000元（8万元）" in ans.answer


def test_years_of_continuous_enrolment_said_with_man_are_read(bot):
    ans = bot.ask("man", "河北 连续参加居民医保满6年了 大病保险最高支付限额能提高多少钱")
    assert ans.status == "answered" and "4000元" in ans.answer and ans.calculation is not None


# -- the conversation: follow-ups and repeated facts ---------------------------------------------

def test_a_follow_up_with_a_new_birth_month_is_computed_for_it(bot):
    sid = "follow-birth"
    first = bot.ask(sid, "娃22年8月生的 能领多少")
    assert "2400元" in first.answer
    second = bot.ask(sid, "那24年5月的呢")
    assert "8700元" in second.answer and "2400元" not in second.answer


def test_a_fact_said_twice_is_one_fact(bot):
    ans = bot.ask("twice", "我家孩子是2023年3月出生的。请问2023年3月出生的孩子能领多少育儿补贴")
    assert "4500元" in ans.answer and "9000" not in ans.answer and "合计" not in ans.answer


def test_a_long_message_repeating_one_sentence_is_one_child(bot):
    ans = bot.ask("repeat", "孩子2023年3月出生。" * 12 + "育儿补贴能领多少？")
    assert "4500元" in ans.answer and "合计" not in ans.answer


def test_the_nth_item_of_a_list_just_given_is_resolved(bot):
    sid = "nth"
    bot.ask(sid, "内蒙古医疗机构禁止携带哪些物品？")
    ans = bot.ask(sid, "第四项具体指什么？")
    assert ans.status == "answered" and "（四）" in ans.answer


def test_a_follow_up_about_another_input_keeps_the_others(bot):
    sid = "follow-wait"
    assert "8个月" in bot.ask(sid, "河北断保5年，等待期多长？").answer
    ans = bot.ask(sid, "那补缴3年呢？")
    assert "6个月" in ans.answer
    assert ans.calculation is not None and ans.calculation.inputs["break_years"] == 5
    assert ans.calculation.inputs["repaid_years"] == 3


# -- what is asked decides the answer ----------------------------------------------------------

def test_asked_how_to_apply_with_a_birth_month_gets_how_to_apply(bot):
    ans = bot.ask("apply", "娃今年三月份生的，在甘肃，手机上咋申请育儿补贴")
    assert ans.calculation is None and ("小程序" in ans.answer or "线上" in ans.answer)


def test_the_result_line_agrees_with_the_text(bot):
    ans = bot.ask("general", "育儿补贴能领多少")
    assert "10800元" in ans.answer and "10800" in ans.calculation.result and "3600" in ans.calculation.result


def test_inputs_the_user_gives_are_computed(bot):
    central = bot.ask("central", "人均财政补助按670元算，西部省份中央补多少")
    assert "536元" in central.answer and central.calculation is not None
    cap = bot.ask("cap", "大病保险原封顶线30万，最多能提高多少钱")
    assert ("60000" in cap.answer or "6万" in cap.answer) and cap.calculation is not None


def test_a_provinces_rule_is_not_given_for_another_province(bot):
    ans = bot.ask("sc", "四川成都的孩子2024年出生，育儿补贴一年能领多少？")
    assert ans.status == "no_answer" and "四川" in ans.answer


# -- reading numbers ---------------------------------------------------------------------------

def test_chinese_numerals_and_sums_are_read():
    assert [cn_int(x) for x in ("十二", "两千三百", "一百零五", "二三")] == [12, 2300, 105, 23]
    assert money_amounts("去年花了两千三百万") == [23000000]
    assert money_amounts("三千六百元、1.5万元、1亿元") == [3600, 15000, 100000000]
    assert money_amounts("两个娃加一块儿能领多少") == []


def test_an_item_of_a_list_the_answer_only_introduced_is_found_in_the_document(bot):
    """The answer named the channels without quoting each; 「第三种」 is the document's (3)."""
    sid = "nth-doc"
    bot.ask(sid, "广河县申请政府信息公开有哪些申请渠道？")
    ans = bot.ask(sid, "第三种具体怎么弄")
    assert ans.status == "answered" and "传真" in ans.answer.split("——")[0]


def test_a_figure_worked_out_from_a_quoted_rule_shows_its_working(bot):
    ans = bot.ask("arith", "浙江AED每10万人配置的要求，我们县常住人口30万，最少要配多少台")
    assert ans.status == "answered" and "120台" in ans.answer
    assert ans.calculation is not None and ans.calculation.clauses
    assert ans.calculation.clauses[0].quote in ans.answer


@pytest.mark.parametrize("question", [
    "国家的救护车管理文件里有没有提到无人机和直升机？",
    "江西“三进”药品品种里有没有布洛芬和奥美拉唑",
    "河南辅助生殖报销的项目里，卵子冷冻保存在不在里面？",
])
def test_things_asked_for_in_a_list_that_no_answering_document_names(bot, question):
    """The documents that answer name none of the things asked about: no passage is passed off as
    the answer."""
    ans = bot.ask(f"list-{question}", question)
    assert ans.status == "no_answer" and ans.calculation is None


def test_a_named_thing_the_document_lists_is_answered(bot):
    ans = bot.ask("listed", "河南辅助生殖报销的项目里，取卵术在不在里面？")
    assert ans.status == "answered" and "取卵术" in ans.answer


def test_another_provinces_rule_is_not_passed_off_as_the_askers(bot):
    ans = bot.ask("sichuan", "四川的行政村按常住人口要配几名乡村医生？")
    assert ans.status == "no_answer" and "四川" in ans.answer and "甘肃" in ans.answer


def test_two_stages_with_their_working_days_are_counted_one_after_the_other(bot):
    """「乡级15个工作日内初审」 then 「县级15个工作日内审核」: the second counts from the end of the first."""
    ans = bot.ask("chain", "甘肃育儿补贴2025年12月1日（周一）交的申请，乡级初审和县级审核都把时限用满，乡里和县里各最晚哪天办完？")
    assert ans.status == "answered" and "2025年12月22日" in ans.answer and "2026年1月12日" in ans.answer
