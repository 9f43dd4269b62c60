"""Each cleaner on real snippets of the default corpus (quoted as the raw files hold them)."""

from __future__ import annotations

from conftest import raw_lines

from ingest import clean
from ingest.layouts import compilation, digest, markup, web
from ingest.metadata import decode_compact_date, doc_number_line, find_doc_number, parse_cn_date
from ingest.paragraphs import build_paragraphs
from ingest.tables import extract_tables
from ingest.text import norm_key, tighten_cjk

WATERMARK = "OGI即热新闻——关注每天科技社会生活新变化gihot.com"


def test_watermark_is_found_and_stripped_everywhere_including_signatures():
    body = [
        "关于实施2025年卫生健康系统为民服务实事项目的通知" + WATERMARK,
        "国卫办函〔2025〕25号" + WATERMARK,
        "一、总体要求" + WATERMARK,
        "(一)全国二、三级公立综合医院均提供儿科服务。" + WATERMARK,
        "国家卫生健康委\u2002\u2002\u2002\u2002国家中医药局" + WATERMARK,
        "国家疾控局" + WATERMARK,
        "2025年2月13日" + WATERMARK,
    ]
    lines, mark = clean.strip_watermark(raw_lines("\n\n".join(body)))
    assert mark == WATERMARK
    texts = [ln.text for ln in lines if not ln.blank]
    assert texts[1] == "国卫办函〔2025〕25号"
    assert all("gihot" not in t for t in texts)


def test_no_watermark_in_ordinary_text():
    text = "\n".join(["第五条 育儿补贴按年计算,每年一次性发放,按照每孩每年3600元标准执行。"] + [f"第{i}条 内容。" for i in range(8)])
    assert clean.find_watermark(raw_lines(text)) is None


def test_running_footer_and_header_are_dropped_and_sentence_rejoins():
    snippet = "\n".join([
        "（三）未纳入国家集中带量采购协议范围的医疗机构如需采购与使用中选产", "",
        "医药梦网 WWW.DRUGNET.COM.CN 81.", "", "全国医药政策月度汇编", "",
        "品，按照医保定点协议约定，其采购价格应不高于国家集中带量采购中选产品价格。", "",
        "医药梦网 WWW.DRUGNET.COM.CN28.", "", "医药先锋系列", "", "x",
        "医药梦网 WWW.DRUGNET.COM.CN 23.", "", "全国医药政策月度汇编", "", "y",
        "医药梦网 WWW.DRUGNET.COM.CN 24.", "", "医药先锋系列", "", "z",
    ])
    lines, dropped = clean.strip_running_headers(raw_lines(snippet))
    kept = [ln.text for ln in lines if not ln.blank]
    assert all("DRUGNET" not in t and t not in ("全国医药政策月度汇编", "医药先锋系列") for t in kept)
    paras = build_paragraphs(lines, width=35)
    assert paras[0].text.startswith("（三）未纳入") and "中选产品，按照医保定点协议约定" in paras[0].text


def test_disclosure_notes_are_removed_even_inside_a_line():
    lines, found = clean.strip_disclosure(raw_lines("（信息公开形式：主动公开）\n下载附 ( 信息公开形式：主动公开 )\n(此件公开发布)"))
    assert [ln.text.strip() for ln in lines] == ["下载附"]
    assert len(found) == 3


def test_download_trailer_wrapping_over_lines_is_dropped():
    snippet = "\n".join([
        "　　2024 年 8 月 16 日", "",
        "下载附件请登录医药梦网 (www.drugnet.com.cn)> 政策法规 > 通知公告 > 国家药监局综合司公", "",
        "开征求《出口药品生产监督管理规定（征求意见稿）》意见", "",
        "发文机关： 国家药监局综合司 成文日期： 2024 年 8 月 1 日",
    ])
    kept = [ln.text for ln in clean.strip_download_trailers(raw_lines(snippet)) if not ln.blank]
    assert kept == ["　　2024 年 8 月 16 日", "发文机关： 国家药监局综合司 成文日期： 2024 年 8 月 1 日"]


def test_metadata_block_mid_sentence_becomes_metadata_and_the_sentence_joins():
    snippet = "\n".join([
        " 国务院办公厅关于健全基本", "", "医疗保险参保长效机制的指导意见", "", "国办发〔2024〕38 号", "",
        "\u3000\u3000（一）完善参保政策。进一步放开放宽在常住地、就业地参加基本医保的户", "",
        "发文机关： 国务院办公厅 成文日期： 2024 年 7 月 26 日", "",
        "标         题： 国务院办公厅关于健全基本医疗保险参保长效机制的指导意见", "",
        "发文字号： 国办发〔2024〕38 号 发布日期： 2024 年 8 月 1 日", "",
        "类         别： 医保政策 关  键  字： 医疗保险、参保",
        " 籍限制。特大城市、超大城市要切实落实持居住证参保政策。", "",
        " 第二份文件的标题", "", "正文。", "",
        "发文机关： 国家药监局 成文日期： 2024 年 8 月 2 日", "", "标         题： 第二份文件的标题", "",
        "发文字号： 发布日期： 2024 年 8 月 2 日", "", "类         别： 医药政策 关  键  字： 创新药、临床",
        "试验",
    ])
    lines = raw_lines(snippet)
    blocks = compilation.find_blocks(lines)
    assert len(blocks) == 2
    f = blocks[0].fields
    assert f["title"] == "国务院办公厅关于健全基本医疗保险参保长效机制的指导意见"
    assert find_doc_number(f["number"]) == "国办发〔2024〕38号"
    assert parse_cn_date(f["written"]) == "2024-07-26" and parse_cn_date(f["published"]) == "2024-08-01"
    assert blocks[1].fields["keywords"] == "创新药、临床试验"  # a wrapped keyword line
    assert blocks[1].fields["number"] == ""
    docs = compilation.split(lines)
    body = build_paragraphs(docs[0].lines, width=35)
    assert any("参加基本医保的户籍限制。特大城市" in p.text for p in body)
    assert all("发文机关" not in p.text for p in body)


def test_block_label_in_body_text_is_not_a_block():
    lines = raw_lines("类别、多场景模型库建设。\n发文机关： 甲 成文日期： 2024 年 8 月 1 日\n类         别： 乙")
    blocks = compilation.find_blocks(lines)
    assert len(blocks) == 1 and blocks[0].line_start == 2


def test_hard_wrapped_lines_join_but_paragraph_starts_and_headings_do_not():
    snippet = "\n".join([
        "\u3000\u3000为积极应对人口老龄化、就业形式多样化，适应人口流动和参保需求变化，", "",
        "持续巩固拓展全民参保成果，夯实基本医疗保险制度根基，经国务院同意，现就", "",
        "健全基本医疗保险参保长效机制提出以下意见。", "",
        "\u3000\u3000一、总体要求", "",
        "\u3000\u3000以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和",
    ] + ["填充行：这是一行宽度正好三十五个字的正文内容，用来确定折行宽度。ab"] * 25)
    paras = build_paragraphs(raw_lines(snippet), width=35)
    assert paras[0].text.endswith("现就健全基本医疗保险参保长效机制提出以下意见。")
    assert paras[1].text == "一、总体要求"
    assert paras[2].text.startswith("以习近平")


def test_split_doc_number_and_item_marker_glued_to_a_year():
    lines = raw_lines("\n".join([
        "\u3000\u3000为优化支持生育政策，进一步规范辅助生殖类医疗服务价格项目管理，根据", "",
        "国家医保局《辅助生殖类医疗服务价格项目立项指南（试行）》（医保价采函〔", "",
        "2023〕96 号）要求，对全省辅助生殖类医疗服务价格项目进行了规范整合并制定", "",
        "价格，现通知如下。", "", "2.2021 年 6 月 1 日以来新增的项目。",
    ]))
    paras = build_paragraphs(lines, width=35)
    assert "（医保价采函〔2023〕96号）要求" in paras[0].text
    assert paras[1].text.startswith("2.2021年6月1日")


def test_unwrapped_web_text_joins_only_mid_word_breaks():
    lines = raw_lines("\n".join([
        "(三)聚焦婚姻家庭:分享恋爱婚姻、科学育儿、责任共", "", "担、迎接新生命等幸福瞬间,展现婚姻家庭中的温馨画面。", "",
        "咨询电话:0930-5622056", "", "传\u00a0\u00a0\u00a0\u00a0真:0930-5624810", "",
        "一、活动主题", "", "传播积极婚育文化,助力生育友好型社会建设。",
    ]))
    paras = build_paragraphs(lines, width=None)
    texts = [p.text for p in paras]
    assert texts[0] == "(三)聚焦婚姻家庭:分享恋爱婚姻、科学育儿、责任共担、迎接新生命等幸福瞬间,展现婚姻家庭中的温馨画面。"
    assert "咨询电话:0930-5622056" in texts and "一、活动主题" in texts


def test_cjk_spacing_and_unicode_spaces_are_tightened_without_touching_words():
    assert tighten_cjk("国办发〔2024〕38 号 发布日期： 2024 年 8 月 1 日") == "国办发〔2024〕38号发布日期：2024年8月1日"
    assert tighten_cjk("第一章\u2002 总\u2002 则") == "第一章总则"
    assert tighten_cjk("DRG 2.0 版") == "DRG 2.0版"
    assert norm_key("传\u00a0\u00a0真:0930") == "传真:0930"


def test_flattened_childcare_table_is_rebuilt_into_36_rows():
    cells = ["附表", "2022—2024年各月份出生婴幼儿申领", "育儿补贴金额对照表", "出生年月", "2025年", "补贴金额", "2026年",
             "补贴金额", "2027年", "补贴金额", "补贴总", "年(月)数", "补贴", "总金额"]
    lines = [*cells]
    for year in (2022, 2023, 2024):
        lines.append(f"{year}年")
        for m in range(1, 13):
            months = 12 * (year - 2022) + m
            per_year = {2022: [300 * m], 2023: [3600, 300 * m], 2024: [3600, 3600, 300 * m]}[year]
            y, mm = divmod(months, 12)
            duration = (f"{y}年" if y else "") + (f"{mm}个月" if mm else "")
            lines += [f"{m}月", *map(str, per_year)] + ([""] * (3 - len(per_year)) if m == 1 else []) + [duration, str(300 * months)]
    rest, tables = extract_tables(raw_lines("\n\n".join(lines)))
    (t,) = tables
    assert t.title == "2022—2024年各月份出生婴幼儿申领育儿补贴金额对照表"
    assert t.header == ["出生年月", "2025年补贴金额", "2026年补贴金额", "2027年补贴金额", "补贴总年(月)数", "补贴总金额"]
    assert len(t.rows) == 36
    rows = t.as_dicts()
    assert rows[14] == {"出生年月": "2023年3月", "2025年补贴金额": "3600", "2026年补贴金额": "900",
                        "2027年补贴金额": "", "补贴总年(月)数": "1年3个月", "补贴总金额": "4500"}
    assert t.render_rows()[11] == "2022年12月 3600 1年 3600"
    assert [ln.text for ln in rest if not ln.blank] == ["附表"]


def test_site_scrape_chrome_nav_orphan_links_and_profiles():
    snippet = "\n".join([
        "政府信息公开", "", "政\u00a0\u00a0策", "", "政府信息公开指南", "", "序号 标题 发文字号 成文日期 发布日期",
        "广河县人民政府信息公开指南", "", "一、政府信息公开主体及范围", "",
        "县政府信息公开主体包括县政府及县政府各组成部门、直属机构、部门管理机构(以下统称为县级行政机关)。" * 2, "",
        "邮政编码:731100", "",
        "县政府领导", "县长", "马忠山", "马忠山,男,东乡族,1984年4月出生,大学学历,中共党员。",
        "  • 雷继英", "    雷继英,男,土族,1972年8月出生,大学学历,中共党员。", "    负责县政府日常事务工作。负责财政金融、税务、发展改革、统计调查、园区建设、县域经济、数字经济、营商环境建设、应急管理、安全生产等方面的工作。",
        "关于印发医务人员互联网健康科普负面行为清单(试行)的通知",
        "关于开展非法救护车专项整治工作的通知", "关于开展非法救护车专项整治工作的通知",
        "发布时间: 2025-11-03\u00a0来源: 医疗应急司", "", "国卫办医急函〔2025397", "",
        "一、整治范围", "", "(一)所有机构登记注册为救护类的机动车辆。" * 3, "",
        "\u2002国家卫生健康委办公厅\u2002\u00a0\u2002\u2002\u2002\u2002公安部办公厅", "", "\u2002\u2002\u2002\u200220251011", "",
        "(信息公开形式:主动公开)", "", "部门乡镇信息公开", "全面推进基层政务公开标准化规范化",
    ])
    lines = raw_lines(snippet)
    assert web.is_site_scrape(lines + raw_lines("发布时间:2025-11-11 09:28:46"))
    docs = web.split_site(lines)
    kinds = [(d.kind, d.meta.get("title")) for d in docs]
    assert kinds == [("policy", "广河县人民政府信息公开指南"), ("non-policy", "县政府领导"),
                     ("policy", "关于开展非法救护车专项整治工作的通知")]
    assert "县政府领导" not in " ".join(ln.text for ln in docs[0].lines)
    body = " ".join(ln.text for ln in docs[2].lines)
    assert "负面行为清单" not in body and "部门乡镇信息公开" not in body and "发布时间" not in body
    assert docs[2].meta["published_date"] == "2025-11-03" and docs[2].meta["source_office"] == "医疗应急司"


def test_lossy_doc_numbers_and_compact_dates_decode_only_when_unambiguous():
    assert doc_number_line("国卫办医急函〔2025397") == ("国卫办医急函〔2025〕397号", "国卫办医急函〔2025397")
    assert doc_number_line("国办发〔2024〕38 号") == ("国办发〔2024〕38号", "")
    assert decode_compact_date("20251011") == "2025-10-11"
    assert decode_compact_date("2025930") == "2025-09-30"
    assert decode_compact_date("2025111") == ""  # 1月11日 or 11月1日


def test_front_matter_html_unwraps_stock_spans_and_marks_images():
    html = ('<p><strong>国务院办公厅关于印发“十四五”国民健康规划的通知</strong></p><p>国办发〔2022〕11号</p>'
            '<p style="text-align:center;">主要发展指标</p><center><img src="x.jpg"></center>'
            '<p>职工基本医疗<span id="bk_90.BK0474"><a href="http://quote.eastmoney.com/unify/r/90.BK0474" class="keytip">'
            '保险</a></span><span id="bkquote_90.BK0474"></span>、城乡居民基本医疗<span web="1" class="em_stock_key_common">保险'
            '</span>政策范围内住院费用支付比例分别稳定在80%和70%左右。推进智能服务<span class="x">机器人</span>发展。</p>'
            '<p style="text-align:right;">国务院办公厅</p><p class="em_media">（文章来源：中国政府网）</p>')
    text = "---\nlayout: post\ntitle: \"国务院办公厅印发“十四五”国民健康规划\"\ndate: 2022-05-20 12:22:10 +0800\n---\n> 摘要。\n\n" + html
    lines = raw_lines(text)
    assert markup.has_front_matter(lines)
    (doc,) = markup.split(lines)
    texts = [ln.text for ln in doc.lines]
    assert "职工基本医疗保险、城乡居民基本医疗保险政策范围内住院费用支付比例分别稳定在80%和70%左右。推进智能服务机器人发展。" in texts
    assert "[图表：主要发展指标（图片，文字未收录）]" in texts
    assert doc.meta["flags"] == ["missing_tables"] and doc.meta["repost_date"] == "2022-05-20"
    assert doc.meta["source_note"] == "（文章来源：中国政府网）"
    assert "摘要。" not in texts


def test_digest_segments_on_source_lines_and_attaches_a_late_heading():
    snippet = "\n".join([
        "## 学习贯彻党的二十届四中全会精神", "", "## 卫健工作被纳入农业农村现代化主要指标", "", "近日,国务院印发规划。", "",
        "(中国政府网、健康报)", "", "近日,国家卫生健康委印发通知,提出到2030年全覆盖。", "", "(国家卫健委网站、健康报)", "",
        "## 聚焦八项任务 优化城市社区卫生服务", "", "## 999亿元 中央财政育儿补贴补助资金下达", "",
        "财政部近期下达2026年育儿补贴补助资金999亿元,较上年增长10.6%。", "", "(中国政府网、央视新闻)",
    ])
    lines = raw_lines(snippet)
    assert digest.is_digest(lines)
    titles = [d.meta["title"] for d in digest.split(lines)]
    assert titles == ["卫健工作被纳入农业农村现代化主要指标", "聚焦八项任务 优化城市社区卫生服务", "999亿元 中央财政育儿补贴补助资金下达"]
