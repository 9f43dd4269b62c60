"""Passage arithmetic: figures worked out from a rule a sentence states and the numbers the
question gives. The sentences here are written for the tests, in the style of policy text."""

from datetime import date
from types import SimpleNamespace

import pytest

from bot import arithmetic, understand

TODAY = date(2026, 12, 3)


def derive(question: str, *sentences: str):
    pool = [SimpleNamespace(sentence=s) for s in sentences]
    found = arithmetic.derive(question, understand.read(question, TODAY), pool)
    return None if found is None else found[0]


# one sentence's rule and the question's numbers → the figure, for each kind of operation
WORKED_OUT = [
    # a rate per population × the population the user gives
    ("我们市常住人口80万，按每万人口配备3名社工的要求，至少要多少名？", "到2027年，每万人口配备社会工作者不少于3名。", "240名"),
    ("一个区人口12.5万人，每千人口床位数6张，要多少张床", "每千人口医疗机构床位数达到6张。", "750张"),
    ("全县常住人口35000人，每10万人至少5个急救站，最少几个", "每10万人口至少设置5个急救站点。", "2个"),
    # a sum said as it is spoken: a bare price after its noun, 亿 with 个, a rate bound by the noun after it
    ("要是指导价两千八，最高能收多少？", "其医疗服务价格可在省属三级公立医院政府指导价基础上上浮10%。", "3080元"),
    ("假设一共收了三点二个亿保费，至少得有多少钱用在给付医疗费上？", "筹集保费总额的85%用于医疗费用给付。", "272000000元"),
    ("中选价12块6，药店最多能卖多少？", "中选价顺加不超15%销售。", "14.49元"),
    ("某县今年预计出生新生儿1350人，到年底至少要有多少新生儿在出生当年参保？",
     "力争到2024年底，80%以上新生儿在出生当年参保。", "1080人"),
    # a date after a period, from the date the user gives
    ("我2025年10月到卫生院上班，最晚什么时候要拿到证", "应当在入职后两年内取得相应资格。", "2027年10月"),
    ("2026年1月31日交的费，啥时候到期", "等待期为1个月。", "2026年2月28日"),
    ("手续2025年12月10日办完的，哪个月开始享受", "自手续办结次月起享受相应待遇。", "2026年1月"),
    ("产品有效期到2027年6月30日，记录最早哪天能销毁", "记录应至少保存至产品有效期后2年。", "2029年6月30日"),
    ("想约2025年3月25日的号，最早哪天能约", "专家号源提前14天向社区开放预约。", "2025年3月11日"),
    ("我爸1961年8月出生的，啥时候能享受", "为辖区65岁及以上居民免费提供体检。", "2026年8月"),
    ("2025年5月6日出院，5月30日又住进来了，隔了几天", "出院后30天内再次入院的，不另行付费。", "24天"),
    ("今天是2026年5月4日，离报名截止还有几天", "请于2026年5月20日前报名。", "16天"),
    ("核实后的最低价是50元，会被下调到多少钱", "以核实后的最低价为基础下调产品价格20%。", "40元"),
    # a sum per head × the people the user counts
    ("我们社区常住人口3200人，一年对应多少钱", "服务经费人均补助标准提高至90元。", "288000元"),
    ("全年出生约3万个孩子，按不超过6‰算，至少多少个", "新生儿疾病漏筛率不超过6‰，对出生孩子开展随访。", "180个"),
    # a day after working days, from a weekday or a date the user gives
    ("我周四交的材料，最晚哪天能审完", "受理后5个工作日内完成审核。", "下周四"),
    ("周一递交的，最晚哪天给结果", "在2个工作日内作出答复。", "周三"),
    ("2026年3月6日受理的，最迟哪天要办结", "自受理之日起10个工作日内办结。", "2026年3月20日（周五）"),
    ("2026年3月6日受理的，要是延长最晚哪天", "自受理之日起10个工作日内办结；需要延长的，延长期限不超过5个工作日。",
     "2026年3月20日（周五）；延长后2026年3月27日（周五）"),
    # a share of a count or a sum the user gives, the thing it is of named after the share
    ("全区今年新增签约对象800人，最少要回访多少人", "每季度按不低于15%的比例，对新增签约对象开展回访。", "120人"),
    ("费用一共60000元，两家各出多少", "由两家单位各承担50%的费用。", "30000元"),
    # last year's figure from this year's and its change
    ("今年下达资金120亿元，比上年增长20%，那上一年是多少", "今年下达补助资金120亿元，较上年增长20%。", "约100亿元"),
    ("标准提高后是每人每年700元，去年是多少", "补助标准较上年增加30元，达到每人每年700元。", "670元"),
]


@pytest.mark.parametrize("question, sentence, result", WORKED_OUT)
def test_a_figure_is_worked_out_from_one_sentences_rule(question, sentence, result):
    d = derive(question, sentence)
    assert d is not None and d.result == result
    last = d.steps[-1].value  # the working ends in the figure (the last of two, with an extension)
    assert last == result or last.endswith(result) or result.endswith(last)


def test_a_share_of_a_count_is_rounded_up_only_for_a_minimum():
    d = derive("新增对象25人，至少要抽查多少人", "按不少于10%的比例，对新增对象进行抽查。")
    assert d is not None and d.result == "3人" and "取整" in d.working
    assert derive("新增对象25人，抽查多少人", "按10%的比例对新增对象进行抽查。").result == "2.5人"


def test_a_rate_is_not_applied_to_the_per_figure_of_the_rule_itself():
    # 「每10万人」 in the question is the rule's base, not a population
    assert derive("每10万人要配40台AED，这个要求是哪个文件定的？", "实现AED每10万人配置≥40台。") is None


@pytest.mark.parametrize("question, result", [
    ("我们一家四口都参加居民医保，个人一共要交多少钱", "1600元"),
    ("3个人的个人缴费加起来多少", "1200元"),
])
def test_a_sum_per_person_times_the_persons(question, result):
    d = derive(question, "个人缴费标准为每人每年400元。")
    assert d is not None and d.result == result


def test_a_share_applies_only_to_the_sum_it_is_of():
    sentence = "对低保对象起付线降低50%、报销比例提高5个百分点。"
    d = derive("我们这起付线是12000元，低保户降完是多少", sentence)
    assert d is not None and d.result == "6000元" and "起付线" in d.working
    # the user's sum is a spending, not the threshold the share is of
    assert derive("我看病花了12000元，报销比例是多少", sentence) is None


def test_a_total_of_periods_is_summed_only_when_asked_for():
    s1 = "街道应在10个工作日内完成初审。"
    s2 = "区级部门应在5个工作日内完成复核。"
    d = derive("初审加上复核一共要多少个工作日", s1, s2)
    assert d is not None and d.result == "15个工作日"
    assert derive("初审要多少个工作日", s1, s2) is None


def test_periods_of_one_sentence_are_not_added_to_another_sentence():
    s1 = "应在20个工作日内答复；需要延长的，延长期限最长不超过20个工作日。"
    s2 = "信息公开时限为信息形成之日起20个工作日内。"
    d = derive("要是延期的话最多一共多少个工作日", s1, s2)
    assert d is not None and d.result == "40个工作日"


def test_no_date_is_worked_out_without_a_month_or_with_two_dates():
    s = "应当在入职后两年内取得相应资格。"
    assert derive("我2025年入职，最晚什么时候要拿到证", s) is None
    assert derive("我2025年3月面试，2025年5月入职，最晚什么时候要拿到证", s) is None


def test_paired_changes_give_each_its_own_figure():
    s = "甲标准和乙标准分别较上年增加30元和20元，达到每人每年700元和420元。"
    d = derive("那上一年甲乙标准各是多少", s)
    assert d is not None and [st.value for st in d.steps] == ["670元", "400元"]


@pytest.mark.parametrize("question", [
    "每千人口床位数是多少",  # no population given
    "这个补贴一年能领多少钱",  # nothing to work out
    "去年出台了什么文件",  # 「去年」 without a figure asked for
])
def test_nothing_is_worked_out_without_the_inputs(question):
    assert derive(question, "每千人口医疗机构床位数达到6张。", "补助标准较上年增加30元，达到每人每年700元。",
                  "个人缴费标准为每人每年400元。") is None
