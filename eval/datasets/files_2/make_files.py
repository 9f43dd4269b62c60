#!/usr/bin/env python3
"""Generate the blind test files (fresh_files_2).

Run:  /work/fresh_files_2/.venv/bin/python /work/fresh_files_2/make_files.py
Writes every policy file into files/ and the bad files into bad/.
All regions, issuers, document numbers and figures are invented for testing.
"""
import os
import random
import copy

from fpdf import FPDF
from fpdf.fonts import FontFace
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
BAD = os.path.join(HERE, "bad")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
os.makedirs(OUT, exist_ok=True)
os.makedirs(BAD, exist_ok=True)

IND = "\u3000\u3000"  # paragraph indent, two ideographic spaces


# ---------------------------------------------------------------------------
# 1. Multi-page PDF notice: 宜昌市 家庭医生签约服务
# ---------------------------------------------------------------------------
YC_TITLE_LINES = ["宜昌市卫生健康委员会 宜昌市医疗保障局关于做好",
                  "2026年家庭医生签约服务工作的通知"]
YC_BOTTOM = 34
YC_DOCNO = "宜卫发〔2026〕11号"

# (kind, text). kind: p = body paragraph, h = 一、 heading, table = the table
YC_BODY = [
    ("addr", "各县市区卫生健康局、医疗保障局，宜昌高新区社会事务局，市直各医疗卫生机构："),
    ("p", "为深入推进家庭医生签约服务提质增效，不断增强群众获得感，根据国家和省关于推进家庭医生签约服务高质量发展的有关要求，结合我市实际，现就做好2026年家庭医生签约服务工作通知如下。"),
    ("h", "一、工作目标"),
    ("p", "到2026年底，全市常住人口家庭医生签约服务覆盖率达到45%以上，重点人群签约服务覆盖率达到80%以上，脱贫人口、计划生育特殊家庭成员等人群签约服务覆盖率保持在95%以上。每个家庭医生团队签约服务人数原则上不超过2000人，签约居民续约率达到75%以上。"),
    ("h", "二、规范签约服务内容"),
    ("p", "（一）基础性签约服务。家庭医生团队为签约居民提供基本医疗、基本公共卫生和约定的健康管理服务，每年为签约居民至少开展1次健康评估，为65岁及以上老年人、高血压和2型糖尿病患者每季度至少提供1次面对面随访。"),
    ("p", "（二）个性化签约服务。各县市区可结合居民需求，在基础服务包之外设立个性化签约服务包，由居民自愿选择。签约服务费由医保基金、基本公共卫生服务经费和签约居民个人共同分担，全市统一执行以下标准："),
    ("table", None),
    ("p", "脱贫人口、特困人员、低保对象签约个性化服务包的个人支付部分，由县市区财政全额承担。"),
    ("p", "（三）上门服务。对行动不便的失能半失能老年人、重度残疾人等签约居民，家庭医生团队每年至少提供4次上门服务，上门服务费每次50元，上门服务中发生的诊疗费用按规定纳入医保支付。"),
    ("p", "（四）签约方式。居民可通过“健康宜昌”微信公众号、“鄂汇办”APP在线签约，也可到户籍所在地或居住地的社区卫生服务中心、乡镇卫生院现场签约。签约周期原则上为1年，期满后可续约或另选家庭医生团队。"),
    ("h", "三、强化医保支持政策"),
    ("p", "（一）签约居民在签约的基层医疗卫生机构就诊，普通门诊统筹政策范围内报销比例在现有基础上提高5个百分点，年度最高支付限额提高200元。"),
    ("p", "（二）签约的高血压、糖尿病患者在签约机构门诊使用“两病”用药的，政策范围内报销比例为70%，不设起付线。"),
    ("p", "（三）对病情稳定、依从性好的慢性病签约患者，家庭医生可开具长期处方，单次处方用量最长不超过12周。"),
    ("p", "（四）签约居民经家庭医生转诊至二级及以上医疗机构住院的，住院起付标准降低100元；未经转诊的，按现行政策执行。"),
    ("h", "四、完善签约服务费分配和考核机制"),
    ("p", "（一）签约服务费分配"),
    ("p", "1.签约服务费作为家庭医生团队所在基层医疗卫生机构的收入，用于团队成员的比例原则上不低于70%，不纳入绩效工资总额基数。"),
    ("p", "2.签约服务费按季度预拨、年终清算，季度预拨额度按上一年度签约服务费的60%分季度核定。"),
    ("p", "（二）考核评价"),
    ("p", "1.市卫生健康委会同市医疗保障局每年组织1次家庭医生签约服务质量考核，考核结果作为签约服务费清算的主要依据。"),
    ("p", "2.年度考核得分低于60分的家庭医生团队，扣减当年签约服务费的20%，并限期整改。"),
    ("p", "3.签约居民满意度纳入考核，满意度低于85%的，取消团队当年评优评先资格。"),
    ("h", "五、工作要求"),
    ("p", "（一）加强组织领导。各县市区要将家庭医生签约服务纳入深化医改重点任务，明确责任分工，保障工作经费，确保各项任务按期完成。"),
    ("p", "（二）杜绝“签而不约”。严禁以虚假签约、重复签约等方式套取签约服务费，一经查实，追回相关资金并依规依纪追究责任。"),
    ("p", "（三）做好信息报送。各县市区卫生健康局于每季度结束后10个工作日内，将签约服务进展情况报市卫生健康委基层卫生健康科。联系人：刘晓敏，联系电话：0717-6253218。"),
    ("p", "本通知自2026年4月1日起执行。《宜昌市家庭医生签约服务实施方案》（宜卫发〔2022〕7号）同时废止。"),
]

YC_TABLE_CAPTION = "表1  2026年宜昌市家庭医生签约服务包及费用分担标准"
YC_TABLE = [
    ["服务包名称", "签约服务费（元/人·年）", "医保基金支付（元）", "基本公共卫生经费（元）", "个人支付（元）"],
    ["基础服务包", "40", "16", "24", "0"],
    ["老年人健康服务包", "120", "50", "40", "30"],
    ["慢病管理服务包（高血压、糖尿病）", "150", "70", "40", "40"],
    ["孕产妇健康服务包", "100", "30", "40", "30"],
    ["0—6岁儿童健康服务包", "80", "20", "40", "20"],
    ["失能半失能老年人上门服务包", "300", "120", "60", "120"],
]


class YichangPDF(FPDF):
    def header(self):
        self.set_font("wqy", size=9)
        self.set_text_color(120, 120, 120)
        self.set_y(10)
        self.cell(0, 5, "宜昌市卫生健康委员会文件", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(180, 0, 0)
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-18)
        self.set_font("wqy", size=11)
        self.cell(0, 8, f"— {self.page_no()} —", align="C")


def make_yichang_pdf(path):
    pdf = YichangPDF(format="A4")
    pdf.set_margins(26, 22, 26)
    pdf.set_auto_page_break(True, margin=YC_BOTTOM)
    pdf.add_font("wqy", fname=FONT)
    pdf.add_font("wqy", style="B", fname=FONT)
    pdf.set_title("宜昌市卫生健康委员会 宜昌市医疗保障局关于做好2026年家庭医生签约服务工作的通知")
    pdf.set_author("宜昌市卫生健康委员会")
    pdf.add_page()
    # red masthead
    pdf.set_font("wqy", size=26)
    pdf.set_text_color(200, 0, 0)
    pdf.cell(0, 16, "宜昌市卫生健康委员会文件", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("wqy", size=14)
    pdf.cell(0, 10, YC_DOCNO, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(200, 0, 0)
    y = pdf.get_y() + 2
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.set_y(y + 6)
    # title over two lines
    pdf.set_font("wqy", size=19)
    for ln in YC_TITLE_LINES:
        pdf.cell(0, 11, ln, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    body_size, lh = 15, 8.6
    for kind, text in YC_BODY:
        if kind == "table":
            pdf.ln(1)
            pdf.set_font("wqy", size=11)
            pdf.cell(0, 8, YC_TABLE_CAPTION, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("wqy", size=10)
            with pdf.table(col_widths=(38, 26, 22, 26, 20), text_align="CENTER",
                           line_height=6.5, first_row_as_headings=True,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230))) as t:
                for r in YC_TABLE:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
            continue
        if kind == "addr":
            pdf.set_font("wqy", size=body_size)
            pdf.multi_cell(0, lh, text, align="L", wrapmode="CHAR", new_x="LMARGIN", new_y="NEXT")
            continue
        if kind == "h":
            pdf.set_font("wqy", "B", size=body_size)
        else:
            pdf.set_font("wqy", size=body_size)
        pdf.multi_cell(0, lh, IND + text, align="L", wrapmode="CHAR", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("wqy", size=body_size)
    pdf.cell(0, lh, "宜昌市卫生健康委员会        宜昌市医疗保障局", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, lh, "2026年3月16日          ", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(0, lh, IND + "（此件主动公开）", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------------------
# 2. Short one-page PDF: 宾川县 医疗救助 (expired)
# ---------------------------------------------------------------------------
BC_TITLE_LINES = ["关于印发《宾川县城乡困难群众医疗救助", "实施办法（试行）》的通知"]
BC_DOCNO = "宾医保发〔2023〕21号"
BC_BODY = [
    ("addr", "各乡镇人民政府，县直有关单位："),
    ("p", "为进一步健全多层次医疗保障体系，减轻城乡困难群众医疗费用负担，县医疗保障局、县民政局、县财政局制定了《宾川县城乡困难群众医疗救助实施办法（试行）》，现印发给你们，请认真贯彻执行。主要内容如下："),
    ("p", "一、救助对象。包括特困人员、低保对象、返贫致贫人口、低保边缘家庭成员、纳入监测范围的易返贫致贫人口，以及因病致贫重病患者。"),
    ("p", "二、救助标准。救助对象经基本医疗保险、大病保险报销后的政策范围内个人自付费用，特困人员按100%给予救助，低保对象按75%给予救助，返贫致贫人口按70%给予救助，低保边缘家庭成员和易返贫致贫人口按60%给予救助，因病致贫重病患者按50%给予救助。年度救助限额为每人6万元，门诊慢特病救助与住院救助共用年度救助限额。"),
    ("p", "三、倾斜救助。对规范转诊且在省域内就医的救助对象，经三重制度综合保障后政策范围内个人负担仍超过1万元的，对超过部分按50%给予倾斜救助，年度倾斜救助限额为每人3万元。"),
    ("p", "四、办理方式。救助对象在县域内定点医疗机构就医实行“一站式”即时结算，无需另行申请；因病致贫重病患者向户籍所在地乡镇人民政府提出申请，县医疗保障局在15个工作日内完成审核。"),
    ("p", "本办法自2024年1月1日起施行，有效期至2025年12月31日。"),
]


def make_binchuan_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(26, 20, 26)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_font("wqy", fname=FONT)
    pdf.add_page()
    pdf.set_font("wqy", size=24)
    pdf.set_text_color(200, 0, 0)
    pdf.cell(0, 14, "宾川县医疗保障局文件", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("wqy", size=13)
    pdf.cell(0, 9, BC_DOCNO, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(200, 0, 0)
    y = pdf.get_y() + 2
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.set_y(y + 5)
    pdf.set_font("wqy", size=18)
    for ln in BC_TITLE_LINES:
        pdf.cell(0, 10, ln, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("wqy", size=12.5)
    lh = 7.4
    for kind, text in BC_BODY:
        pre = "" if kind == "addr" else IND
        pdf.multi_cell(0, lh, pre + text, align="L", wrapmode="CHAR", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.cell(0, lh, "宾川县医疗保障局    宾川县民政局    宾川县财政局", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, lh, "2023年12月20日          ", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)
    assert pdf.page_no() == 1, "宾川 PDF must stay on one page"


# ---------------------------------------------------------------------------
# 3. DOCX: 佛山市 老年人免费接种疫苗 (not yet in force: 自2027年1月1日起施行)
# ---------------------------------------------------------------------------
FS_TITLE = "佛山市卫生健康局 佛山市财政局关于印发《佛山市老年人免费接种肺炎球菌疫苗和流感疫苗工作方案》的通知"
FS_DOCNO = "佛卫〔2026〕58号"


def _set_cjk_font(run, name="宋体"):
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def _new_list_num(document):
    """Add a w:num that restarts the 'List Number' numbering at 1; return its numId."""
    numbering = document.part.numbering_part.element
    style = document.styles["List Number"]
    base_num_id = style.element.pPr.numPr.numId.val
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(base_num_id):
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    assert abstract_id is not None
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), abstract_id)
    num.append(a)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return new_id


def _numbered(document, items):
    num_id = _new_list_num(document)
    for it in items:
        p = document.add_paragraph(style="List Number")
        pPr = p._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl"); ilvl.set(qn("w:val"), "0")
        nid = OxmlElement("w:numId"); nid.set(qn("w:val"), str(num_id))
        numPr.append(ilvl); numPr.append(nid)
        pPr.insert(0, numPr)
        r = p.add_run(it)
        _set_cjk_font(r)


def _para(document, text, indent=True, align=None, style=None):
    p = document.add_paragraph(style=style)
    if indent:
        p.paragraph_format.first_line_indent = Pt(24)
    if align is not None:
        p.alignment = align
    r = p.add_run(text)
    _set_cjk_font(r)
    return p


def _heading(document, text, level):
    h = document.add_heading(level=level)
    r = h.add_run(text)
    _set_cjk_font(r, "黑体")
    return h


def _table(document, rows, caption):
    cp = _para(document, caption, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    t = document.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(c)
            _set_cjk_font(run)
            if i == 0:
                run.bold = True
    # mark the first row as a repeating header row
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true")
    trPr.append(th)
    return t


FS_TABLE1 = [
    ["疫苗品种", "免费接种对象", "接种剂次", "疫苗采购参考价（元/剂）"],
    ["23价肺炎球菌多糖疫苗", "65周岁及以上", "1剂", "198"],
    ["三价流感疫苗", "60周岁及以上", "每个流行季1剂", "68"],
    ["四价流感疫苗", "60周岁及以上（三价疫苗供应不足时替代使用）", "每个流行季1剂", "112"],
]
FS_TABLE2 = [
    ["区", "市级财政分担比例", "区级财政分担比例"],
    ["禅城区", "50%", "50%"],
    ["南海区", "30%", "70%"],
    ["顺德区", "30%", "70%"],
    ["高明区", "60%", "40%"],
    ["三水区", "60%", "40%"],
]


def make_foshan_docx(path):
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.8)
    normal = d.styles["Normal"]
    normal.font.size = Pt(14)
    d.core_properties.title = FS_TITLE
    d.core_properties.author = "佛山市卫生健康局"

    _para(d, FS_DOCNO, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    t = d.add_heading(level=0)  # Title style
    r = t.add_run(FS_TITLE); _set_cjk_font(r, "方正小标宋简体")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _para(d, "各区卫生健康局、财政局，市直各医疗卫生单位：", indent=False)
    _para(d, "为降低老年人肺炎和流感的发病风险，经市人民政府同意，现将《佛山市老年人免费接种肺炎球菌疫苗和流感疫苗工作方案》印发给你们，请认真组织实施。实施中遇到的问题，请及时向市卫生健康局疾病预防控制科反映。")
    _para(d, "佛山市卫生健康局    佛山市财政局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(d, "2026年11月20日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)

    st = d.add_paragraph(style="Subtitle")
    r = st.add_run("佛山市老年人免费接种肺炎球菌疫苗和流感疫苗工作方案"); _set_cjk_font(r, "黑体")
    st.alignment = WD_ALIGN_PARAGRAPH.CENTER

    _heading(d, "一、工作目标", 1)
    _para(d, "自2027年起，为符合条件的老年人免费接种23价肺炎球菌多糖疫苗和流感疫苗。到2029年底，全市65周岁及以上户籍老年人23价肺炎球菌多糖疫苗累计接种率达到30%以上，60周岁及以上户籍老年人流感疫苗年度接种率达到40%以上。")

    _heading(d, "二、免费接种对象", 1)
    _heading(d, "（一）23价肺炎球菌多糖疫苗", 2)
    _para(d, "同时符合以下条件的老年人，可免费接种1剂23价肺炎球菌多糖疫苗：")
    _numbered(d, ["具有佛山市户籍，或持有佛山市居住证满1年；",
                  "接种当日年满65周岁；",
                  "既往未接种过23价肺炎球菌多糖疫苗。"])
    _heading(d, "（二）流感疫苗", 2)
    _para(d, "接种当日年满60周岁的佛山市户籍老年人，每个流感流行季可免费接种1剂流感疫苗。")

    _heading(d, "三、接种服务", 1)
    _heading(d, "（一）接种时间", 2)
    _para(d, "23价肺炎球菌多糖疫苗全年均可接种；流感疫苗在每年9月1日至次年3月31日集中接种。")
    _heading(d, "（二）接种地点", 2)
    _para(d, "老年人可在户籍所在地或居住地的社区卫生服务中心、镇（街道）卫生院预防接种门诊接种，接种点名单见附件2。行动不便的老年人可通过家庭医生团队预约上门接种。")
    _heading(d, "（三）接种所需材料", 2)
    _para(d, "老年人接种时需携带以下材料：")
    _numbered(d, ["本人居民身份证或社会保障卡；",
                  "非佛山市户籍的，另需提供佛山市居住证；",
                  "既往预防接种记录（如有）。"])
    _heading(d, "（四）接种禁忌", 2)
    _para(d, "有下列情形之一的，应暂缓或不予接种，具体由接种医生评估确定：")
    _numbered(d, ["对疫苗任何成分过敏者；",
                  "患急性疾病、严重慢性疾病或慢性疾病急性发作期者；",
                  "发热（腋温≥37.3℃）者。"])

    _heading(d, "四、经费保障", 1)
    _para(d, "疫苗采购费用和接种服务费由市、区两级财政按比例分担，接种对象个人不承担费用。疫苗费用按政府采购中标价格结算，接种服务费按每剂次20元的标准补助给接种单位。")
    _table(d, FS_TABLE1, "表1  免费接种疫苗品种及采购参考价")
    _para(d, "")
    _table(d, FS_TABLE2, "表2  市、区两级财政分担比例")

    _heading(d, "五、工作要求", 1)
    _para(d, "各区卫生健康局要于每月5日前将上月接种情况报市卫生健康局，报表格式见附件3。接种单位应严格执行“三查七对一验证”制度，做好疑似预防接种异常反应监测和处置。")
    _para(d, "本方案自2027年1月1日起施行，有效期3年。")

    _para(d, "")
    _para(d, "附件：1．佛山市老年人免费疫苗接种知情同意书（样式）", indent=False)
    _para(d, "      2．佛山市老年人免费接种点名单", indent=False)
    _para(d, "      3．佛山市老年人免费疫苗接种情况月报表", indent=False)
    d.save(path)


# ---------------------------------------------------------------------------
# 4. HTML page saved from a browser: 浙江省卫生健康委员会
# ---------------------------------------------------------------------------
ZJ_TITLE = "浙江省卫生健康委员会 浙江省财政厅关于做好2026年度老年人健康体检服务工作的通知"
ZJ_DOCNO = "浙卫发〔2026〕23号"
ZJ_SIDEBAR = [
    "浙江省卫生健康委关于公布2026年全省老年友善医疗机构名单的通知",
    "关于开展2026年全省“敬老月”系列活动的通知",
    "浙江省老年人失能（失智）预防干预试点工作方案",
    "关于做好2026年国家基本公共卫生服务项目工作的通知",
    "浙江省卫生健康委办公室关于开展老年营养改善行动的通知",
    "关于印发浙江省安宁疗护服务规范（试行）的通知",
    "省卫生健康委关于2025年度老年健康工作评估结果的通报",
    "浙江省医养结合机构服务质量提升行动方案（2026—2028年）",
    "关于推进老年人家庭病床服务的通知",
    "关于公布第三批浙江省老年医学特色专科名单的公示",
]
ZJ_TABLE = [
    ["地区类别", "省级补助（元/人）", "市县配套（元/人）", "合计（元/人）"],
    ["山区海岛县", "100", "40", "140"],
    ["一类地区", "80", "60", "140"],
    ["二类地区", "60", "80", "140"],
    ["三类地区", "40", "100", "140"],
]


def make_zhejiang_html(path):
    side = "\n".join(
        f'          <li><a href="./art_1229123{460+i}_{58934210+i*7}.html" title="{t}" target="_blank">{t}</a><span>2026-0{5 if i < 4 else 4}-{(20 - i):02d}</span></li>'
        for i, t in enumerate(ZJ_SIDEBAR))
    rows = []
    for i, r in enumerate(ZJ_TABLE):
        tag = "th" if i == 0 else "td"
        cells = "".join(f'<{tag} style="border:1px solid #333;padding:4px 8px;">{c}</{tag}>' for c in r)
        rows.append(f"            <tr>{cells}</tr>")
    table = "\n".join(rows)
    html = f"""<!DOCTYPE html>
<!-- saved from url=(0071)https://wsjkw.zj.gov.cn/art/2026/5/22/art_1229123469_58934301.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{ZJ_TITLE}_浙江省卫生健康委员会</title>
<meta name="SiteName" content="浙江省卫生健康委员会">
<meta name="SiteDomain" content="wsjkw.zj.gov.cn">
<meta name="SiteIDCode" content="3300000061">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{ZJ_TITLE}">
<meta name="PubDate" content="2026-05-22 16:30">
<meta name="ContentSource" content="老龄健康处">
<meta name="Keywords" content="老年人,健康体检,补助标准">
<link rel="stylesheet" href="./关于做好2026年度老年人健康体检服务工作的通知_files/common.css">
<script src="./关于做好2026年度老年人健康体检服务工作的通知_files/jquery.min.js"></script>
<style>
 body{{font-family:"Microsoft YaHei",sans-serif;margin:0;color:#333}}
 .nav li{{display:inline-block;padding:0 14px}} .sidebar{{float:right;width:300px}}
 .article p{{text-indent:2em;line-height:2em}} .footer{{background:#0d5aa7;color:#fff}}
</style>
</head>
<body>
<div class="topbar"><span>今天是：2026年5月23日 星期六</span> <a href="https://wsjkw.zj.gov.cn/">设为首页</a> | <a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">English</a></div>
<div class="header"><a href="https://wsjkw.zj.gov.cn/"><img src="./关于做好2026年度老年人健康体检服务工作的通知_files/logo.png" alt="浙江省卫生健康委员会"></a>
  <form class="search" action="https://search.zj.gov.cn/"><input type="text" placeholder="请输入关键字"><button>搜索</button></form></div>
<div class="nav"><ul>
  <li><a href="https://wsjkw.zj.gov.cn/">首页</a></li>
  <li><a href="#">机构概况</a></li>
  <li class="on"><a href="#">政务公开</a></li>
  <li><a href="#">政务服务</a></li>
  <li><a href="#">互动交流</a></li>
  <li><a href="#">健康浙江</a></li>
  <li><a href="#">专题专栏</a></li>
</ul></div>
<div class="main">
  <div class="breadcrumb">当前位置：<a href="https://wsjkw.zj.gov.cn/">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">通知公告</a></div>
  <div class="sidebar">
    <div class="box"><h3>相关文章</h3>
      <ul>
{side}
      </ul>
    </div>
    <div class="box"><h3>热点专题</h3><ul><li><a href="#">健康浙江行动</a></li><li><a href="#">医疗卫生服务“浙里办”</a></li></ul></div>
  </div>
  <div class="article">
    <table class="xxgk" style="width:100%;font-size:13px;background:#f5f5f5">
      <tr><td>索引号：</td><td>002482365/2026-125118</td><td>发布机构：</td><td>浙江省卫生健康委员会</td></tr>
      <tr><td>文号：</td><td>{ZJ_DOCNO}</td><td>成文日期：</td><td>2026-05-18</td></tr>
      <tr><td>主题分类：</td><td>卫生、体育/老龄健康</td><td>有效性：</td><td>有效</td></tr>
    </table>
    <h1 class="title">{ZJ_TITLE}</h1>
    <div class="info"><span>发布时间：2026-05-22 16:30</span>&nbsp;&nbsp;<span>来源：老龄健康处</span>&nbsp;&nbsp;<span>浏览次数：<em id="hits">3862</em></span>&nbsp;&nbsp;<span>字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</span></div>
    <div class="content" id="zoom">
      <p style="text-align:center">{ZJ_DOCNO}</p>
      <p style="text-indent:0">各市、县（市、区）卫生健康局、财政局：</p>
      <p>为贯彻落实积极应对人口老龄化国家战略，进一步提升老年人健康管理水平，现就做好2026年度老年人健康体检服务工作通知如下：</p>
      <p><strong>一、服务对象</strong></p>
      <p>辖区内65岁及以上常住居民，不受户籍限制，每人每年可免费享受1次健康体检服务。</p>
      <p><strong>二、体检项目</strong></p>
      <p>体检项目包括生活方式和健康状况评估、体格检查、辅助检查和健康指导。辅助检查包括血常规、尿常规、肝功能、肾功能、空腹血糖、血脂、心电图和腹部B超。2026年起，各地在基本项目基础上增加认知功能初筛和跌倒风险评估，对70岁及以上女性增加骨密度检测。</p>
      <p><strong>三、补助标准</strong></p>
      <p>老年人健康体检所需经费由省级和市县财政共同承担，2026年度人均补助标准提高到140元，省级补助按地区类别分档确定：</p>
      <p style="text-align:center">2026年度老年人健康体检补助标准</p>
      <table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;margin:0 auto">
        <tbody>
{table}
        </tbody>
      </table>
      <p>各地可在此基础上提高补助标准或增加体检项目，所需资金由当地财政承担。</p>
      <p><strong>四、服务要求</strong></p>
      <p>（一）体检机构应在体检结束后15个工作日内将体检结果反馈老年人本人或其家属，并对发现的异常情况给予健康指导和转诊建议。</p>
      <p>（二）体检结果要及时录入居民电子健康档案，老年人可通过“浙里办”APP“健康档案”专区查询本人体检报告。</p>
      <p>（三）到2026年底，全省65岁及以上老年人健康管理率达到73%以上。</p>
      <p><strong>五、工作要求</strong></p>
      <p>各地要于2026年12月10日前将年度工作总结报送省卫生健康委老龄健康处和省财政厅社会保障处。本通知有效期至2026年12月31日。</p>
      <p>联系人：省卫生健康委老龄健康处 陈敏，联系电话：0571-87052316。</p>
      <p style="text-align:right">浙江省卫生健康委员会&nbsp;&nbsp;&nbsp;&nbsp;浙江省财政厅</p>
      <p style="text-align:right">2026年5月18日</p>
    </div>
    <div class="share">分享到：<a class="wx" href="javascript:void(0)" title="分享到微信">微信</a> <a class="wb" href="javascript:void(0)" title="分享到微博">微博</a> <a class="qq" href="javascript:void(0)" title="分享到QQ">QQ</a></div>
    <div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  </div>
</div>
<div class="footer">
  <div class="links">相关链接：<a href="http://www.nhc.gov.cn/">国家卫生健康委员会</a> | <a href="https://www.zj.gov.cn/">浙江省人民政府</a> | <a href="#">浙江政务服务网</a></div>
  <p>主办单位：浙江省卫生健康委员会　　地址：杭州市上城区庆春路216号　　邮编：310006</p>
  <p>联系电话：0571-87709000　　<a href="https://beian.miit.gov.cn/">浙ICP备05018927号-1</a>　　<img src="./关于做好2026年度老年人健康体检服务工作的通知_files/gongan.png" alt="">浙公网安备 33010202000318号</p>
  <p>网站标识码：3300000061　　技术支持：浙江省卫生健康信息中心</p>
</div>
<script>var _hmt = _hmt || [];</script>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


# ---------------------------------------------------------------------------
# 5. Markdown 政策解读 with YAML front matter (national)
# ---------------------------------------------------------------------------
MD = """---
title: "《关于进一步做好生育医疗费用保障工作的通知》政策解读"
source: 国家医疗保障局
issuer: 国家医疗保障局
date: 2026-08-12
doc_number: 医保发〔2026〕27号
interprets: 国家医保局 财政部 国家卫生健康委关于进一步做好生育医疗费用保障工作的通知
category: 政策解读
tags: [生育保险, 生育医疗费用, 生育津贴]
layout: post
---

# 《关于进一步做好生育医疗费用保障工作的通知》政策解读

> 来源：国家医疗保障局 待遇保障司　|　发布日期：2026-08-12

近日，国家医保局、财政部、国家卫生健康委联合印发《关于进一步做好生育医疗费用保障工作的通知》（医保发〔2026〕27号，以下简称《通知》），自2026年9月1日起施行。为便于各地和广大参保群众理解，现就有关问题解读如下。

### 一、问：《通知》出台的背景是什么？

答：近年来，各地生育医疗费用保障水平不断提高，但仍存在产前检查保障水平偏低、地区间待遇差距较大、灵活就业人员生育津贴保障不足等问题。《通知》从产前检查、住院分娩、生育津贴、异地就医和新生儿参保等方面提出了**统一的最低保障要求**。

### 二、问：产前检查费用保障水平有哪些提高？

答：《通知》明确，**职工医保参保人员产前检查费用支付限额原则上不低于1500元**，城乡居民医保参保人员原则上不低于800元。各统筹地区现有标准低于上述水平的，应于2026年12月31日前调整到位。

### 三、问：住院分娩的保障水平是怎样规定的？

答：住院分娩发生的政策范围内医疗费用不设起付线。各项最低保障要求见下表：

| 保障项目 | 职工医保 | 城乡居民医保 |
| --- | --- | --- |
| 产前检查费用支付限额 | 不低于1500元 | 不低于800元 |
| 住院分娩政策范围内报销比例 | 不低于90% | 不低于75% |
| 分娩镇痛费用 | 按规定纳入支付 | 按规定纳入支付 |
| 生育津贴计发天数（顺产） | 不少于98天 | — |

### 四、问：灵活就业人员能享受生育津贴吗？

答：能。《通知》提出，**参加职工医保的灵活就业人员，连续缴费满12个月的，可按规定享受生育津贴**。灵活就业人员的生育津贴按本人生育当月的缴费基数计发。生育津贴原则上直接发放至参保人本人社会保障卡银行账户。

### 五、问：在参保地以外的地方生孩子，费用怎么报销？

答：参保人在参保地以外分娩的，办理异地就医备案后，住院分娩费用可直接结算；未办理备案的，可在分娩后6个月内回参保地手工报销。

### 六、问：新生儿怎么参保？

答：新生儿在出生后90天内参加城乡居民医保的，自出生之日起享受医保待遇。新生儿出生当年的个人缴费，可由父母任一方的职工医保个人账户代缴。

### 七、问：各地落实《通知》有哪些具体要求？

答：主要有以下三点：

- 各省级医保部门要在2026年10月31日前出台具体实施办法；
- 将分娩镇痛等新项目纳入支付的，要同步做好价格和支付政策衔接；
- 做好政策宣传，让参保群众**应知尽知、应享尽享**。

（本文转载自国家医疗保障局网站，有修改）
"""


def make_md(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(MD)


# ---------------------------------------------------------------------------
# 6. TXT: two notices scraped one after another (南阳市卫生健康委员会 site)
# ---------------------------------------------------------------------------
NY_CHROME_TOP = """南阳市卫生健康委员会
首页 | 机构概况 | 政务公开 | 政策法规 | 通知公告 | 健康科普 | 互动交流 | 办事服务
搜索：请输入关键词      【无障碍】【长者模式】
当前位置：首页 > 政务公开 > 通知公告
"""
NY_CHROME_BOTTOM = """【打印本页】　　【关闭窗口】　　【收藏】
分享到：微信 微博 QQ空间
相关链接：国家卫生健康委员会 | 河南省卫生健康委员会 | 南阳市人民政府 | 南阳市医疗保障局
版权所有：南阳市卫生健康委员会　　地址：南阳市宛城区张衡路1268号　　邮编：473000
豫ICP备12017736号-1　　网站标识码：4113000027　　联系电话：0377-63136521
"""

NY_A_TITLE = "关于做好2026—2027年流感季流感疫苗接种工作的通知"
NY_A = """关于做好2026—2027年流感季流感疫苗接种工作的通知
发布时间：2026-09-26 10:12:33　　来源：市疾病预防控制局　　浏览次数：1527　　【字体：大 中 小】

宛卫疾控〔2026〕36号

各县（市、区）卫生健康委（局），城乡一体化示范区、高新区、官庄工区、鸭河工区社会事务局，市直各医疗卫生单位：
　　为降低流感对人群健康的危害，保护重点人群身体健康，现就做好2026—2027年流感季流感疫苗接种工作通知如下：
　　一、接种时间
　　本流感季流感疫苗接种工作自2026年10月1日开始，持续至2027年3月31日。
　　二、重点人群
　　以下人群为优先接种对象：医务人员；60岁及以上老年人；6月龄至5岁儿童；慢性病患者；孕妇及6月龄以下婴儿的家庭成员和看护人员；养老机构、托育机构、中小学校等重点场所人群。
　　三、免费接种政策
　　南阳市户籍60岁及以上老年人可免费接种1剂流感疫苗，疫苗和接种服务费用由市、县两级财政按5:5比例分担。其他人群按自愿自费原则接种，三价流感疫苗收费不超过每剂72元，四价流感疫苗收费不超过每剂118元（均含接种服务费）。
　　四、接种服务
　　各接种单位要在流感季内适当延长服务时间，周末和节假日至少安排半天开诊。居民可通过“南阳健康”微信公众号查询接种单位名单并预约接种。
　　五、工作要求
　　各县（市、区）要于每月5日前报送上月接种进度，2027年4月15日前报送本流感季工作总结。

南阳市卫生健康委员会
2026年9月25日
"""

NY_B_TITLE = "关于公开征求《南阳市3岁以下婴幼儿托育服务补贴实施办法（征求意见稿）》意见的公告"
NY_B = """关于公开征求《南阳市3岁以下婴幼儿托育服务补贴实施办法（征求意见稿）》意见的公告
发布时间：2026-11-20 09:05:41　　来源：人口监测与家庭发展科　　浏览次数：2204　　【字体：大 中 小】

宛卫公告〔2026〕5号

　　为发展普惠托育服务，减轻家庭养育负担，我委会同市财政局起草了《南阳市3岁以下婴幼儿托育服务补贴实施办法（征求意见稿）》，现向社会公开征求意见。征求意见时间为2026年11月20日至2026年12月19日。
　　公众可通过以下方式反馈意见：
　　1.电子邮件：发送至nyswjwrkk@126.com，邮件主题请注明“托育补贴意见”；
　　2.信函：寄至南阳市卫生健康委员会人口监测与家庭发展科（南阳市宛城区张衡路1268号），邮编473000，信封请注明“托育补贴意见”。

　　附件：南阳市3岁以下婴幼儿托育服务补贴实施办法（征求意见稿）

南阳市3岁以下婴幼儿托育服务补贴实施办法
（征求意见稿）

　　第一条　为发展普惠托育服务，减轻家庭养育负担，根据国家和省有关规定，结合我市实际，制定本办法。
　　第二条　本办法适用于具有南阳市户籍，或父母一方在南阳市连续缴纳社会保险满6个月，且在本市已备案的托育机构接受托育服务的3岁以下婴幼儿家庭。
　　第三条　婴幼儿在普惠性托育机构接受全日托服务的，每孩每月补贴400元；接受半日托服务的，每孩每月补贴200元；接受计时托服务的，每孩每月补贴100元。同一婴幼儿每月只能享受一种补贴，每年补贴不超过10个月。
　　第四条　补贴资金由市、县两级财政按照4:6的比例分担。
　　第五条　补贴按季度申请。家长通过“豫事办”APP“托育补贴”专区提交申请，县级卫生健康部门在20个工作日内完成审核，审核通过的补贴直接发放至家长社会保障卡银行账户。
　　第六条　本办法自印发之日起施行，有效期3年。

南阳市卫生健康委员会
2026年11月20日
"""


def make_nanyang_txt(path):
    parts = [
        NY_CHROME_TOP,
        NY_A,
        NY_CHROME_BOTTOM.splitlines()[0] + "\n",
        "上一篇：关于公布南阳市2026年度二级及以上医疗机构执业登记信息的通知\n",
        "下一篇：" + NY_B_TITLE + "\n",
        "\n".join(NY_CHROME_BOTTOM.splitlines()[1:]) + "\n",
        "\n\n",
        NY_CHROME_TOP,
        NY_B,
        NY_CHROME_BOTTOM.splitlines()[0] + "\n",
        "上一篇：" + NY_A_TITLE + "\n",
        "下一篇：关于开展2026年度“健康南阳”科普作品征集活动的通知\n",
        "\n".join(NY_CHROME_BOTTOM.splitlines()[1:]) + "\n",
    ]
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(parts))


# ---------------------------------------------------------------------------
# Bad files
# ---------------------------------------------------------------------------
def make_bad():
    rnd = random.Random(20261204)
    # corrupt PDF: a real-looking header, then truncated random bytes
    with open(os.path.join(BAD, "corrupt_notice.pdf"), "wb") as f:
        f.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Length 4096 >>\nstream\n")
        f.write(bytes(rnd.getrandbits(8) for _ in range(3000)))
    # empty txt
    open(os.path.join(BAD, "empty_notice.txt"), "w").close()
    # image-only PDF: a raster image of "text-like" bars plus drawn rectangles, no text layer
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (1240, 1754), "white")
    dr = ImageDraw.Draw(img)
    dr.rectangle([300, 80, 940, 150], fill=(200, 0, 0))
    for i in range(38):
        y = 260 + i * 38
        w = rnd.randint(700, 1000) if i % 6 else rnd.randint(200, 500)
        dr.rectangle([150, y, 150 + w, y + 16], fill=(60, 60, 60))
    png = os.path.join(BAD, "_scan.png")
    img.save(png)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(png, x=0, y=0, w=210, h=297)
    pdf.set_draw_color(200, 0, 0)
    pdf.rect(20, 260, 60, 20)
    pdf.rect(130, 255, 45, 30, style="D")
    pdf.output(os.path.join(BAD, "scanned_notice_image_only.pdf"))
    os.remove(png)
    # random-bytes docx
    with open(os.path.join(BAD, "broken_notice.docx"), "wb") as f:
        f.write(bytes(rnd.getrandbits(8) for _ in range(5000)))


if __name__ == "__main__":
    make_yichang_pdf(os.path.join(OUT, "yichang_family_doctor_2026.pdf"))
    make_binchuan_pdf(os.path.join(OUT, "binchuan_medical_assistance_notice.pdf"))
    make_foshan_docx(os.path.join(OUT, "foshan_elderly_vaccination_plan.docx"))
    make_zhejiang_html(os.path.join(OUT, "zhejiang_elderly_health_checkup_2026.html"))
    make_md(os.path.join(OUT, "national_maternity_cost_interpretation.md"))
    make_nanyang_txt(os.path.join(OUT, "nanyang_wjw_notices_scrape.txt"))
    make_bad()
    print("files:", sorted(os.listdir(OUT)))
    print("bad:", sorted(os.listdir(BAD)))
