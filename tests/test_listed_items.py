"""「第四种具体怎么弄」: an ordinal follow-up points at an item of a numbered list of the document
just cited — the list the question before was about, not any list that is long enough."""

from bot.dialogue import _listed_item, numbered_lists

DOC = """一、办理范围
(一)本办法适用于全市各级医疗机构。
(二)民营医疗机构参照执行。
(三)军队医疗机构另行规定。
二、申请方式
1.受理窗口
2.申请渠道
(1)信函申请。申请人将申请表寄至受理窗口。
(2)当面申请。申请人到服务大厅现场提交。
(3)传真申请。申请人将申请表传真至受理窗口。
(4)网上申请。申请人登录政务服务网在线提交。
3.办理时限
三、监督管理
(一)市卫生健康委负责监督。
(二)各区卫生健康局负责日常管理。
(三)接受社会监督。
(四)违规的依法处理。
(五)本办法自发布之日起施行。""".split("\n")


def test_lists_are_runs_of_one_label_style_each_with_its_lead_in():
    lists = numbered_lists(DOC)
    leads = [lst[0] for lst in lists]
    assert "2.申请渠道" in leads and "一、办理范围" in leads and "三、监督管理" in leads
    channels = next(lst for lst in lists if lst[0] == "2.申请渠道")
    assert channels[4].startswith("(4)网上申请")


def test_the_ordinal_picks_the_list_the_question_before_was_about():
    lists = numbered_lists(DOC)
    item = _listed_item("第四种具体怎么弄", "这个办法规定了哪些申请渠道", lists, [])
    assert item.startswith("(4)网上申请")
    # a longer list elsewhere in the document does not win because it is longer
    item = _listed_item("第二条说的啥", "监督管理是怎么规定的", lists, [])
    assert item.startswith("(二)各区卫生健康局")


def test_a_count_said_before_chooses_the_list_of_that_length():
    lists = numbered_lists(DOC)
    assert _listed_item("第三项呢", "适用范围分哪三种情况", lists, []).startswith("(三)军队医疗机构")


def test_an_ordinal_beyond_every_list_falls_back_to_the_quoted_items_or_nothing():
    lists = numbered_lists(DOC)
    assert _listed_item("第九种呢", "申请渠道有哪些", lists, []) == ""
    assert _listed_item("第二个呢", "申请渠道有哪些", [], ["甲", "乙"]) == "乙"
