#!/usr/bin/env python3
"""Generate the blind test set (fresh_files_5): policy source files in six layouts plus bad files.

Run:  /work/fresh_files_5/.venv/bin/python /work/fresh_files_5/make_files.py
Content is deterministic (fixed texts, fixed random seed, pinned PDF creation dates); PDFs, HTML,
MD, TXT and bad files regenerate byte-for-byte, the DOCX only differs in its zip entry timestamps.
make_meta.py then writes docs.jsonl / questions.jsonl and checks every evidence string.
"""
import io
import os
import random
import zipfile
import datetime
import copy

from fpdf import FPDF
from fpdf.fonts import FontFace
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

BASE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(BASE, "files")
BAD = os.path.join(BASE, "bad")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED_DATE = datetime.datetime(2026, 11, 30, 9, 0, 0, tzinfo=datetime.timezone.utc)

os.makedirs(FILES, exist_ok=True)
os.makedirs(BAD, exist_ok=True)

IND = "\u3000\u3000"  # two full-width spaces (paragraph indent)


# ---------------------------------------------------------------------------
# 1. Multi-page PDF notice (湖北省武汉市, 家庭医生签约服务补助)
# ---------------------------------------------------------------------------
WUHAN_BODY = [
    ("p0", "各区卫生健康局、财政局、医疗保障局，市直有关医疗卫生机构："),
    ("p", "为深入推进家庭医生签约服务提质增效，更好满足重点人群健康服务需求，根据国家卫生健康委等部门关于推进家庭医生签约服务高质量发展的有关要求和省有关工作部署，结合我市实际，现就进一步做实家庭医生签约服务、提高重点人群签约服务补助标准有关事项通知如下。"),
    ("h", "一、工作目标"),
    ("p", "到2027年底，全市常住人口家庭医生签约服务覆盖率达到45%以上，重点人群签约服务覆盖率达到80%以上，脱贫人口和防止返贫监测对象签约服务覆盖率稳定在95%以上。每个家庭医生团队签约居民人数原则上不超过2000人，其中重点人群不超过800人。"),
    ("h", "二、服务内容"),
    ("p", "（一）基础服务包。家庭医生团队为签约居民提供基本医疗、基本公共卫生和健康管理服务，主要包括建立和更新居民健康档案、常见病多发病诊疗、慢性病随访管理、用药指导、健康教育和预约转诊等。"),
    ("p", "（二）个性化服务包。各区可结合辖区居民需求，设计老年人、孕产妇、儿童、慢性病患者、残疾人等个性化服务包，个性化服务包的服务内容和收费标准由各区按程序报批后向社会公示，签约居民自愿选择。"),
    ("p", "（三）服务方式。"),
    ("p", "1.签约居民在签约基层医疗卫生机构就诊的，享受优先就诊、优先检查和优先预约上级医院专家号源服务，市属医院每周向基层医疗卫生机构预留不少于30%的专家门诊号源。"),
    ("p", "2.家庭医生团队每年为65岁及以上签约老年人提供1次免费健康体检和不少于4次面对面随访，为高血压、2型糖尿病签约患者每季度至少提供1次面对面随访。"),
    ("p", "3.对行动不便的失能、半失能签约居民，家庭医生团队可提供上门诊疗、康复指导和护理服务，上门服务费按照本市家庭病床服务收费有关规定执行，符合规定的医疗费用按规定纳入医保支付。"),
    ("p", "4.签约慢性病患者病情稳定的，家庭医生可开具长期处方，单次处方用量最长不超过12周。"),
    ("h", "三、签约服务费和补助标准"),
    ("p", "（一）签约服务费由医保基金、基本公共卫生服务经费和签约居民付费等分担。其中，医保基金按照每人每年12元的标准从城乡居民基本医疗保险基金中支付，基本公共卫生服务经费按照每人每年10元的标准统筹安排。"),
    ("p", "（二）市、区两级财政对重点人群签约服务给予专项补助，具体标准见表1。"),
    ("table", None),
    ("p", "（三）签约居民同时属于多类重点人群的，按照就高原则享受一项补助，不重复计算。"),
    ("p", "（四）签约服务补助资金实行年初预拨、次年清算，各区拨付给家庭医生团队的资金中用于团队成员绩效分配的比例不低于70%。"),
    ("h", "四、考核与资金清算"),
    ("p", "（一）各区卫生健康部门会同财政、医保部门于每年1月31日前完成上一年度家庭医生签约服务考核，考核内容包括签约数量、服务质量、居民满意度和健康管理效果等，其中居民满意度权重不低于30%。"),
    ("p", "（二）考核结果分为优秀、合格、不合格三个等次。考核为优秀的团队，次年补助资金上浮10%；考核不合格的团队，扣减当年签约服务补助资金的20%，并限期整改。"),
    ("p", "（三）对虚假签约、重复签约、签而不约等问题，一经查实，追回相应补助资金，并取消所在机构当年评优评先资格。"),
    ("h", "五、保障措施"),
    ("p", "（一）加强组织领导。各区要将家庭医生签约服务纳入深化医药卫生体制改革重点工作，明确责任分工，确保各项补助资金及时足额到位。"),
    ("p", "（二）强化信息支撑。依托武汉市全民健康信息平台，实现签约、履约、考核全流程线上管理，签约居民可通过“武汉健康云”小程序查询签约信息和服务记录。"),
    ("p", "（三）做好宣传引导。各区要通过社区宣传栏、微信公众号等多种形式宣传家庭医生签约服务政策，引导居民主动签约、理性就医。"),
    ("h", "六、其他事项"),
    ("p", "本通知自2026年11月1日起施行，有效期5年。此前我市有关规定与本通知不一致的，以本通知为准。"),
    ("gap", None),
    ("p", "附件：1.武汉市家庭医生签约服务协议书（示范文本）"),
    ("att2", "2.武汉市家庭医生团队签约服务考核评分表"),
    ("gap", None),
    ("gap", None),
    ("sign", "武汉市卫生健康委员会　　　　武汉市财政局"),
    ("sign", "武汉市医疗保障局"),
    ("sign", "2026年9月28日"),
    ("gap", None),
    ("p", "（此件公开发布）"),
]

WUHAN_TABLE = [
    # label, 市级, 区级, 合计, 个人付费
    ("65岁及以上老年人", "40", "30", "70", "0"),
    ("高血压、2型糖尿病患者", "35", "25", "60", "10"),
    ("严重精神障碍患者", "50", "40", "90", "0"),
    ("孕产妇", "30", "20", "50", "0"),
    ("0—6岁儿童", "25", "20", "45", "0"),
    ("脱贫人口和防止返贫监测对象", "45", "35", "80", "0"),
    ("残疾人", "40", "35", "75", "0"),
]


class WuhanPDF(FPDF):
    def header(self):
        self.set_font("wqy", size=10)
        self.set_text_color(120, 120, 120)
        self.set_y(10)
        self.cell(0, 6, "武汉市卫生健康委员会文件", align="C")
        self.set_draw_color(160, 160, 160)
        self.line(26, 17, 184, 17)
        self.set_text_color(0, 0, 0)
        self.set_y(26)

    def footer(self):
        self.set_y(-18)
        self.set_font("wqy", size=12)
        self.cell(0, 8, f"— {self.page_no()} —", align="C")


def make_wuhan_pdf(path):
    pdf = WuhanPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("关于进一步做实家庭医生签约服务提高重点人群签约服务补助标准的通知")
    pdf.set_margins(26, 26, 26)
    pdf.set_auto_page_break(True, margin=26)
    pdf.add_font("wqy", fname=FONT)
    pdf.add_page()
    # 版头
    pdf.set_font("wqy", size=30)
    pdf.set_text_color(200, 0, 0)
    pdf.ln(6)
    pdf.cell(0, 16, "武汉市卫生健康委员会文件", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("wqy", size=15)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(0, 9, "武卫通〔2026〕58号", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(200, 0, 0)
    pdf.set_line_width(0.8)
    y = pdf.get_y() + 3
    pdf.line(26, y, 184, y)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(12)
    # title over two lines
    pdf.set_font("wqy", size=20)
    pdf.cell(0, 11, "关于进一步做实家庭医生签约服务提高", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 11, "重点人群签约服务补助标准的通知", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(7)
    pdf.set_font("wqy", size=15)
    lh = 8.6
    for kind, text in WUHAN_BODY:
        if kind == "p0":
            pdf.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
        elif kind == "p":
            pdf.multi_cell(0, lh, IND + text, new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
        elif kind == "att2":
            pdf.multi_cell(0, lh, IND + "\u3000\u3000\u3000" + text, new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
        elif kind == "h":
            pdf.multi_cell(0, lh, IND + text, new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
        elif kind == "gap":
            pdf.ln(lh)
        elif kind == "sign":
            pdf.cell(0, lh, text + "\u3000\u3000", align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            pdf.ln(2)
            pdf.set_font("wqy", size=13)
            pdf.cell(0, 8, "表1  重点人群家庭医生签约服务补助标准", align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("wqy", size=10.5)
            pdf.cell(0, 6, "单位：元/人·年", align="R", new_x="LMARGIN", new_y="NEXT")
            with pdf.table(col_widths=(52, 22, 22, 26, 36), text_align="CENTER",
                           num_heading_rows=2, line_height=7,
                           headings_style=FontFace(emphasis=None)) as table:
                r = table.row()
                r.cell("重点人群类别", rowspan=2)
                r.cell("补助标准", colspan=2)
                r.cell("合计", rowspan=2)
                r.cell("签约居民个人付费", rowspan=2)
                r = table.row()
                r.cell("市级")
                r.cell("区级")
                for row in WUHAN_TABLE:
                    r = table.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(3)
            pdf.set_font("wqy", size=15)
    pdf.output(path)


# ---------------------------------------------------------------------------
# 2. One-page PDF 公告 (national, 2026年第2号)
# ---------------------------------------------------------------------------
PCV_BODY = [
    "为进一步降低婴幼儿肺炎球菌性疾病发病风险，根据《中华人民共和国疫苗管理法》和国家免疫规划疫苗种类动态调整有关规定，经国务院同意，决定将13价肺炎球菌多糖结合疫苗（以下简称PCV13）纳入国家免疫规划。现将有关事项公告如下：",
    "一、自2026年9月1日起，为2026年7月1日及以后出生的适龄儿童免费接种PCV13。",
    "二、免疫程序为2月龄、4月龄、6月龄各接种1剂次，12—15月龄加强接种1剂次，共4剂次。基础免疫各剂次间隔不少于4周。",
    "三、2026年7月1日前出生、已自费接种部分剂次的儿童，可继续自愿自费完成剩余剂次，已接种剂次的费用不予退还。",
    "四、适龄儿童监护人可持预防接种证到居住地的预防接种单位接种，不受户籍限制。流动儿童与本地儿童享受同等接种服务。",
    "五、接种单位应当在接种前告知受种者监护人所接种疫苗的品种、作用、禁忌、不良反应以及注意事项，如实记录告知和询问情况。",
    "六、本公告自2026年9月1日起施行。",
    "特此公告。",
]


def make_pcv_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_margins(26, 24, 26)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("wqy", fname=FONT)
    pdf.add_page()
    pdf.set_font("wqy", size=12)
    pdf.cell(0, 8, "国家疾病预防控制局 国家卫生健康委员会", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "公  告", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "2026年第2号", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("wqy", size=18)
    # title wraps (broken mid-way, as the layout printed it)
    pdf.cell(0, 10, "国家疾病预防控制局 国家卫生健康委员会关于将13价", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 10, "肺炎球菌多糖结合疫苗纳入国家免疫规划的公告", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("wqy", size=12)
    for t in PCV_BODY:
        pdf.multi_cell(0, 6.9, IND + t, new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
    pdf.ln(10)
    pdf.cell(0, 7.6, "国家疾病预防控制局　　国家卫生健康委员会\u3000\u3000", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7.6, "2026年6月18日\u3000\u3000\u3000\u3000\u3000\u3000", align="R", new_x="LMARGIN", new_y="NEXT")
    assert pdf.page_no() == 1, "PCV notice must stay on one page"
    pdf.output(path)


# ---------------------------------------------------------------------------
# 3. DOCX (宁夏银川市 长期护理保险, not yet in force)
# ---------------------------------------------------------------------------
def _set_cjk(run_or_style, east="仿宋", size=None):
    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east)


def _restart_numbering(document, base_num_id=5):
    """Create a new w:num on the same abstractNum as List Number, restarting at 1."""
    numbering = document.part.numbering_part.element
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(base_num_id):
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
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


def _numbered(document, text, num_id=None):
    p = document.add_paragraph(text, style="List Number")
    if num_id is not None:
        ppr = p._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        nid = OxmlElement("w:numId")
        nid.set(qn("w:val"), str(num_id))
        numpr.append(ilvl)
        numpr.append(nid)
        ppr.insert(0, numpr)
    return p


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def make_yinchuan_docx(path):
    d = docx.Document()
    d.core_properties.created = FIXED_DATE.replace(tzinfo=None)
    d.core_properties.modified = FIXED_DATE.replace(tzinfo=None)
    d.core_properties.author = "银川市医疗保障局"
    d.core_properties.title = "关于印发《银川市长期护理保险实施办法（试行）》的通知"
    normal = d.styles["Normal"]
    normal.font.size = Pt(14)
    _set_cjk(normal, "仿宋")
    for sname, east in (("Title", "方正小标宋简体"), ("Heading 1", "黑体"), ("Heading 2", "楷体"),
                        ("List Number", "仿宋")):
        _set_cjk(d.styles[sname], east)

    # 版头: a borderless one-row table: issuer | 发文字号
    t = d.add_table(rows=1, cols=2)
    _no_borders(t)
    c0, c1 = t.rows[0].cells
    c0.text = ""
    r = c0.paragraphs[0].add_run("银川市医疗保障局文件")
    r.font.size = Pt(26)
    r.font.color.rgb = RGBColor(0xC0, 0, 0)
    _set_cjk(r, "方正小标宋简体")
    p1 = c1.paragraphs[0]
    p1.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p1.add_run("银医保发〔2026〕36号")
    r.font.size = Pt(14)

    d.add_paragraph("")
    d.add_paragraph("关于印发《银川市长期护理保险实施办法（试行）》的通知", style="Title")
    d.add_paragraph("各县（市）区医疗保障局、民政局、财政局，市医疗保障服务中心：")
    d.add_paragraph(IND + "为积极应对人口老龄化，解决重度失能人员长期护理保障问题，根据国家和自治区有关部署，我们制定了《银川市长期护理保险实施办法（试行）》，现印发给你们，请结合实际认真贯彻执行。")
    sig = d.add_paragraph("银川市医疗保障局　　银川市民政局　　银川市财政局")
    sig.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    dt = d.add_paragraph("2026年11月16日")
    dt.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("")
    bt = d.add_paragraph()
    bt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    br = bt.add_run("银川市长期护理保险实施办法（试行）")
    br.bold = True
    br.font.size = Pt(18)

    d.add_heading("一、总体要求", level=1)
    d.add_paragraph(IND + "长期护理保险坚持独立险种、独立设计，坚持保基本、广覆盖、可持续，重点解决重度失能人员基本生活照料和与之密切相关的医疗护理所需费用。")
    d.add_heading("二、参保范围和资金筹集", level=1)
    d.add_heading("（一）参保范围", level=2)
    d.add_paragraph(IND + "本市职工基本医疗保险参保人员同步参加长期护理保险。城乡居民基本医疗保险参保人员纳入长期护理保险的时间另行确定。")
    d.add_heading("（二）筹资标准", level=2)
    d.add_paragraph(IND + "长期护理保险费按照每人每年120元的标准筹集，其中职工医保统筹基金划转48元，个人缴纳48元，财政补助24元。")
    d.add_heading("（三）缴费方式", level=2)
    d.add_paragraph(IND + "个人缴费部分由医保经办机构从参保人员职工医保个人账户中按年度代扣，个人账户余额不足的，由本人在每年3月31日前补缴。")
    d.add_heading("三、待遇享受条件", level=1)
    d.add_paragraph(IND + "参保人员因年老、疾病、伤残等原因，经不少于6个月的治疗，生活不能自理、需要长期护理，经失能等级评估为重度失能一级、二级的，可申请享受长期护理保险待遇。")
    d.add_paragraph(IND + "申请失能等级评估应提交以下材料：")
    _numbered(d, "长期护理保险失能等级评估申请表；")
    _numbered(d, "参保人员有效身份证件或社会保障卡；")
    _numbered(d, "二级及以上定点医疗机构出具的近6个月内的诊断证明、病历等资料；")
    _numbered(d, "委托他人代为申请的，还需提供代办人有效身份证件。")
    d.add_paragraph(IND + "医保经办机构自受理申请之日起30个工作日内组织完成评估并出具评估结论。评估结论有效期为2年。")
    d.add_heading("四、待遇标准", level=1)
    d.add_paragraph(IND + "长期护理保险基金按照护理服务方式分类支付，支付比例和月支付限额见下表。")
    rows = [
        ("护理服务方式", "基金支付比例", "月支付限额（重度失能一级）", "月支付限额（重度失能二级）"),
        ("定点护理机构护理", "70%", "1800元", "2100元"),
        ("医养结合机构护理", "70%", "1950元", "2250元"),
        ("居家上门护理", "75%", "1200元", "1500元"),
        ("居家亲属护理", "定额支付", "600元", "750元"),
    ]
    tb = d.add_table(rows=len(rows), cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = tb.rows[i].cells[j]
            cell.text = v
            for para in cell.paragraphs:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in para.runs:
                    run.font.size = Pt(11)
                    if i == 0:
                        run.bold = True
    # mark the first row as a repeating header row
    trPr = tb.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    d.add_paragraph(IND + "参保人员住院治疗期间，暂停享受长期护理保险待遇。")
    d.add_heading("五、经办管理", level=1)
    d.add_heading("（一）定点管理", level=2)
    d.add_paragraph(IND + "长期护理保险定点服务机构实行协议管理，由市医疗保障服务中心按规定与符合条件的护理服务机构签订服务协议。")
    d.add_heading("（二）待遇申请流程", level=2)
    nid = _restart_numbering(d)
    _numbered(d, "参保人员或其委托人向定点服务机构或医保经办窗口提出申请；", nid)
    _numbered(d, "评估机构按照失能等级评估标准开展评估，评估结果公示5个工作日；", nid)
    _numbered(d, "公示无异议的，自评估结论作出的次月起享受待遇。", nid)
    d.add_heading("六、附则", level=1)
    d.add_paragraph(IND + "本办法自2027年1月1日起施行，试行期2年。试行期间国家和自治区出台新规定的，从其规定。")
    d.add_paragraph("")
    d.add_paragraph("附件：1.银川市长期护理保险失能等级评估标准")
    d.add_paragraph("\u3000\u3000\u30002.银川市长期护理保险待遇申请表")
    d.add_paragraph("\u3000\u3000\u30003.银川市长期护理保险定点服务机构协议管理办法")
    d.add_paragraph("")
    d.add_paragraph("（此件公开发布）")
    d.save(path)


# ---------------------------------------------------------------------------
# 4. HTML page (广东省卫生健康委员会, "两癌"筛查)
# ---------------------------------------------------------------------------
GD_TITLE = "广东省卫生健康委员会关于做好2026年适龄妇女宫颈癌和乳腺癌免费筛查工作的通知"
GD_SIDEBAR = [
    "广东省卫生健康委关于开展2026年全国预防接种日宣传活动的通知",
    "关于印发广东省母婴安全行动提升计划（2026—2028年）的通知",
    "广东省卫生健康委办公室关于做好2026年国家基本公共卫生服务项目工作的通知",
    "关于公布2025年度广东省爱婴医院复核结果的通告",
    "广东省卫生健康委关于进一步加强儿童青少年近视防控工作的通知",
    "关于开展2026年广东省出生缺陷防治宣传周活动的通知",
    "广东省卫生健康委关于规范婚前孕前保健服务的通知",
    "关于印发广东省托育机构质量评估实施细则（试行）的通知",
    "广东省卫生健康委办公室关于做好流感等呼吸道传染病防控工作的通知",
    "关于2026年广东省基层卫生人才能力提升培训项目的公示",
]
GD_TABLE = [
    ("高危型HPV检测", "95", "全部宫颈癌筛查对象"),
    ("宫颈细胞学检查", "60", "HPV其他高危型阳性者"),
    ("阴道镜检查", "160", "转诊阴道镜检查者"),
    ("乳腺彩色超声检查", "70", "全部乳腺癌筛查对象"),
    ("乳腺X线检查", "130", "超声检查结果异常者"),
]


def make_gd_html(path):
    side = "\n".join(
        f'          <li><a href="/zwgk/tzgg/content/post_{4417230 + i * 37}.html" target="_blank" title="{t}">{t}</a><span class="date">2026-0{1 + i % 2}-{10 + i:02d}</span></li>'
        for i, t in enumerate(GD_SIDEBAR)
    )
    rows = "\n".join(
        f"            <tr>\n              <td>{a}</td>\n              <td>{b}</td>\n              <td>{c}</td>\n            </tr>"
        for a, b, c in GD_TABLE
    )
    html = f"""<!DOCTYPE html>
<!-- saved from url=(0061)https://wsjkw.gd.gov.cn/zwgk/tzgg/content/post_4418812.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="广东省卫生健康委员会">
<meta name="SiteDomain" content="wsjkw.gd.gov.cn">
<meta name="SiteIDCode" content="4400000118">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{GD_TITLE}">
<meta name="PubDate" content="2026-03-12 10:25">
<meta name="ContentSource" content="妇幼健康处">
<title>{GD_TITLE}_广东省卫生健康委员会</title>
<link rel="stylesheet" href="./post_4418812_files/common.css">
<link rel="stylesheet" href="./post_4418812_files/article.css">
<style>
  .nav li{{display:inline-block;padding:0 14px}} .sidebar{{float:right;width:300px}}
  .article{{margin-right:330px}} .article table{{border-collapse:collapse}}
  .article td,.article th{{border:1px solid #999;padding:4px 8px}}
</style>
<script src="./post_4418812_files/jquery.min.js"></script>
</head>
<body>
<div class="topbar">
  <div class="wrap"><span>今天是：<span id="today">2026年3月12日 星期四</span></span>
  <a href="https://wsjkw.gd.gov.cn/">无障碍浏览</a> | <a href="https://wsjkw.gd.gov.cn/">长者模式</a> | <a href="https://wsjkw.gd.gov.cn/">English</a></div>
</div>
<div class="header">
  <div class="logo"><img src="./post_4418812_files/logo.png" alt="广东省卫生健康委员会"></div>
  <div class="search"><form action="/search"><input type="text" name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
</div>
<div class="nav">
  <ul>
    <li><a href="https://wsjkw.gd.gov.cn/">首页</a></li>
    <li><a href="https://wsjkw.gd.gov.cn/jgzn/">机构概况</a></li>
    <li class="on"><a href="https://wsjkw.gd.gov.cn/zwgk/">政务公开</a></li>
    <li><a href="https://wsjkw.gd.gov.cn/zwfw/">政务服务</a></li>
    <li><a href="https://wsjkw.gd.gov.cn/hdjl/">互动交流</a></li>
    <li><a href="https://wsjkw.gd.gov.cn/jkkp/">健康科普</a></li>
    <li><a href="https://wsjkw.gd.gov.cn/ztzl/">专题专栏</a></li>
  </ul>
</div>
<div class="main wrap">
  <div class="crumbs">您当前的位置：<a href="https://wsjkw.gd.gov.cn/">首页</a> &gt; <a href="https://wsjkw.gd.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://wsjkw.gd.gov.cn/zwgk/tzgg/">通知公告</a></div>
  <div class="sidebar">
    <div class="side-box">
      <h3>相关文章</h3>
      <ul class="side-list">
{side}
      </ul>
    </div>
    <div class="side-box"><h3>热点专题</h3><ul><li><a href="/ztzl/mgjk/">健康广东行动</a></li><li><a href="/ztzl/yyrq/">一老一小</a></li></ul></div>
  </div>
  <div class="article">
    <h1 class="article-title">{GD_TITLE}</h1>
    <div class="article-info">
      <span>发布时间：2026-03-12 10:25</span>&nbsp;&nbsp;
      <span>来源：妇幼健康处</span>&nbsp;&nbsp;
      <span>浏览次数：<em id="hits">3281</em></span>&nbsp;&nbsp;
      <span class="font">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span>
    </div>
    <div class="share">分享到：<a class="wx" href="javascript:;">微信</a> <a class="wb" href="javascript:;">微博</a> <a class="qq" href="javascript:;">QQ</a></div>
    <div class="article-content" id="zoom">
      <p style="text-align:center;">粤卫妇幼函〔2026〕12号</p>
      <p>各地级以上市卫生健康局（委），委直属有关单位：</p>
      <p>　　为进一步提高我省适龄妇女宫颈癌和乳腺癌（以下简称“两癌”）早诊早治率，根据《广东省妇女发展规划（2021—2030年）》有关要求，现就做好2026年适龄妇女“两癌”免费筛查工作通知如下。</p>
      <p>　　<strong>一、筛查对象</strong></p>
      <p>　　具有本省户籍或持有本省居住证的35—64周岁妇女，重点保障农村妇女、城镇低保妇女和防止返贫监测对象中的妇女。近3年内已接受过宫颈癌筛查、近2年内已接受过乳腺癌筛查的，本年度不再重复纳入。</p>
      <p>　　<strong>二、筛查内容和方法</strong></p>
      <p>　　（一）宫颈癌筛查。初筛采用高危型人乳头瘤病毒（HPV）检测，HPV16/18型阳性者直接转诊阴道镜检查，其他高危型阳性者进行宫颈细胞学检查。</p>
      <p>　　（二）乳腺癌筛查。初筛采用乳腺彩色超声检查，超声检查结果为BI-RADS 0级或4级及以上的，进一步进行乳腺X线检查。</p>
      <p>　　<strong>三、任务目标和补助标准</strong></p>
      <p>　　2026年全省计划完成宫颈癌免费筛查110万人、乳腺癌免费筛查90万人，各地筛查任务分配见附件1。省级财政按照以下标准对各地筛查项目给予补助：</p>
      <table align="center" width="90%" cellspacing="0" cellpadding="0">
        <tbody>
            <tr>
              <td><strong>筛查项目</strong></td>
              <td><strong>补助标准（元/人）</strong></td>
              <td><strong>适用人群</strong></td>
            </tr>
{rows}
        </tbody>
      </table>
      <p>　　粤东粤西粤北地区的补助标准在上述标准基础上上浮20%。</p>
      <p>　　<strong>四、工作要求</strong></p>
      <p>　　（一）规范随访管理。对筛查结果异常的妇女，筛查机构应当在结果出具后10个工作日内通知本人，并督促其在3个月内完成进一步诊断。</p>
      <p>　　（二）落实救治衔接。对确诊的“两癌”患者，各地要及时落实基本医保、大病保险和医疗救助等政策，符合条件的纳入“两癌”患病困难妇女救助范围。</p>
      <p>　　（三）按时报送信息。各地级以上市卫生健康局（委）于每季度结束后10日内通过广东省妇幼健康信息系统报送筛查进度，全年筛查工作于2026年12月31日前完成。</p>
      <p>　　附件：1.广东省2026年适龄妇女“两癌”免费筛查任务分配表</p>
      <p>　　　　　2.广东省适龄妇女“两癌”筛查知情同意书</p>
      <p style="text-align:right;">广东省卫生健康委员会</p>
      <p style="text-align:right;">2026年3月10日</p>
    </div>
    <div class="attachments">
      <h4>相关附件：</h4>
      <ul>
        <li><a href="https://wsjkw.gd.gov.cn/attachment/0/512/512884/4418812.pdf">附件1.广东省2026年适龄妇女“两癌”免费筛查任务分配表.pdf</a></li>
        <li><a href="https://wsjkw.gd.gov.cn/attachment/0/512/512885/4418812.docx">附件2.广东省适龄妇女“两癌”筛查知情同意书.docx</a></li>
      </ul>
    </div>
    <div class="print-bar"><a href="javascript:window.print();">【打印】</a> <a href="javascript:window.close();">【关闭】</a></div>
  </div>
</div>
<div class="footer">
  <p><a href="/about/">关于我们</a> | <a href="/sitemap/">网站地图</a> | <a href="/contact/">联系我们</a></p>
  <p>主办单位：广东省卫生健康委员会&nbsp;&nbsp;地址：广州市越秀区先烈南路17号&nbsp;&nbsp;邮编：510060</p>
  <p>联系电话：020-83829100&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">粤ICP备05082931号</a>&nbsp;&nbsp;网站标识码：4400000118&nbsp;&nbsp;<img src="./post_4418812_files/gongan.png">粤公网安备 44010402001847号</p>
</div>
<script>var _hmt = _hmt || []; (function(){{ var hm=document.createElement("script"); hm.src="./post_4418812_files/stat.js"; document.body.appendChild(hm); }})();</script>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


# ---------------------------------------------------------------------------
# 5. Markdown 政策解读 exported from Word (新疆乌鲁木齐市, 门诊慢特病)
# ---------------------------------------------------------------------------
UMQ_MD = r"""---
title: "《乌鲁木齐市城乡居民门诊慢特病保障办法》政策解读"
source: "乌鲁木齐市医疗保障局"
issuer: "乌鲁木齐市医疗保障局"
date: 2026-08-20
doc_number: "乌医保规〔2026〕3号"
category: 政策解读
---

# 《乌鲁木齐市城乡居民门诊慢特病保障办法》政策解读

近日，乌鲁木齐市医疗保障局印发《乌鲁木齐市城乡居民门诊慢特病保障办法》（乌医保规〔2026〕3号，以下简称《办法》）。\
为便于广大参保群众理解政策，现就有关问题解读如下。

## 一、问：《办法》出台的背景是什么？

答：原《乌鲁木齐市城乡居民门诊慢性病管理办法》实施以来，在减轻慢性病患者门诊费用负担方面发挥了重要作用。\
随着医疗保障制度改革不断深化，原办法存在病种范围偏窄、待遇标准偏低、认定流程较繁等问题。\
为进一步减轻参保群众门诊医疗费用负担，市医疗保障局在广泛征求意见的基础上制定了《办法》。

## 二、问：哪些人可以享受门诊慢特病待遇？

答：参加本市城乡居民基本医疗保险并按规定缴纳当年度医疗保险费、经认定患有《办法》所列病种的参保人员，可以享受门诊慢特病待遇。\
职工基本医疗保险参保人员的门诊慢特病待遇按照职工医保有关规定执行，不适用《办法》。

## 三、问：门诊慢特病包括哪些病种？

答：《办法》将门诊慢特病分为两类，共**41个病种**：

- **第一类（慢性病）**：高血压（Ⅱ级及以上）、糖尿病、冠心病、慢性阻塞性肺疾病、类风湿性关节炎等32种；
- **第二类（特殊病）**：恶性肿瘤门诊放化疗、尿毒症透析、器官移植术后抗排异治疗、血友病、再生障碍性贫血等9种。

具体病种目录及认定标准见《办法》附件。

## 四、问：门诊慢特病的待遇标准是多少？

答：参保人员在一个自然年度内发生的符合规定的门诊慢特病医疗费用，按以下标准支付：

| 类别 | 起付标准 | 报销比例 | 年度支付限额 |
| --- | --- | --- | --- |
| 第一类慢性病（患1种） | 不设起付标准 | 60% | 2400元 |
| 第一类慢性病（患2种及以上） | 不设起付标准 | 60% | 3600元 |
| 第二类特殊病 | 300元 | 75% | 与住院合并计算 |
| 尿毒症透析 | 不设起付标准 | 85% | 与住院合并计算 |

第二类特殊病的起付标准一个自然年度内只计算一次。\
特困人员、低保对象在上述报销比例基础上提高5个百分点。

## 五、问：怎么申请门诊慢特病认定？

答：申请认定按以下步骤办理：

1. 参保人员携带身份证或医保电子凭证，以及二级及以上定点医疗机构近1年内的诊断证明和相关检查报告；
2. 向定点医疗机构医保办或各区（县）医疗保障经办窗口提出申请，也可通过“乌鲁木齐医保”微信公众号线上申请；
3. 医保经办机构在**15个工作日**内完成认定，认定通过的，从申请次月起享受待遇。

## 六、问：认定以后在哪里看病、买药可以报销？

答：参保人员可在本市门诊慢特病定点医疗机构和定点零售药店就医购药，每人最多可选择2家定点医疗机构作为门诊慢特病就医机构，选定后1年内原则上不作变更。\
在定点零售药店购买门诊慢特病用药的，凭定点医疗机构开具的电子处方结算，待遇与在定点医疗机构就医相同。

## 七、问：原来已经认定的慢性病还需要重新申请吗？

答：不需要。**《办法》施行前已认定的门诊慢性病资格继续有效**，由医保经办机构按照新的病种目录自动转换，参保人员无需重新申请。

## 八、问：《办法》什么时候开始实施？

答：《办法》自2026年9月1日起施行，有效期5年。\
原《乌鲁木齐市城乡居民门诊慢性病管理办法》同时废止。

（来源：乌鲁木齐市医疗保障局　2026年8月20日）
"""


def make_umq_md(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(UMQ_MD)


# ---------------------------------------------------------------------------
# 6. TXT: two notices from a county site, as a PDF-to-text export (青海省互助土族自治县)
# ---------------------------------------------------------------------------
HUZHU_1 = {
    "title_lines": ["关于印发《互助土族自治县农村孕产妇住院分娩", "补助实施办法》的通知"],
    "number": "互卫健〔2023〕21号",
    "paras": [
        ("0", "各乡（镇）卫生院，县人民医院、县妇幼保健计划生育服务中心："),
        ("p", "为进一步降低孕产妇和婴儿死亡率，保障母婴安全，县卫生健康局、县财政局制定了《互助土族自治县农村孕产妇住院分娩补助实施办法》，现印发给你们，请认真组织实施。"),
        ("sig", "互助土族自治县卫生健康局　　互助土族自治县财政局"),
        ("sig", "2023年3月20日"),
        ("c", "互助土族自治县农村孕产妇住院分娩补助实施办法"),
        ("p", "一、补助对象"),
        ("p", "具有本县户籍的农村孕产妇，在具备助产资质的医疗机构住院分娩的，均可享受住院分娩补助。"),
        ("p", "二、补助标准"),
        ("p", "（一）正常分娩的，每例补助500元；剖宫产分娩的，每例补助800元。"),
        ("p", "（二）经县级医疗机构诊断为高危孕产妇、转诊至西宁市或海东市级医疗机构住院分娩的，在上述标准基础上另给予交通补助200元。"),
        ("p", "（三）住院分娩补助与城乡居民基本医疗保险住院报销政策可同时享受，补助资金不冲抵医保报销金额。"),
        ("p", "三、申领程序"),
        ("p", "孕产妇或其家属应在产妇出院之日起90日内，持产妇身份证、户口簿、出生医学证明和住院分娩费用结算单，到户籍所在地乡（镇）卫生院提出申请。乡（镇）卫生院初审后报县妇幼保健计划生育服务中心复核，县卫生健康局在受理后20个工作日内完成审核，补助资金通过惠民惠农财政补贴资金“一卡通”发放至申请人账户。"),
        ("p", "四、资金管理"),
        ("p", "补助资金由县财政纳入年度预算，实行专账管理、专款专用，任何单位和个人不得截留、挤占、挪用。对弄虚作假骗取补助资金的，由县卫生健康局追回已发放资金，并依法依规追究相关人员责任。"),
        ("p", "五、其他"),
        ("p", "本办法由县卫生健康局负责解释，自印发之日起施行，有效期至2025年12月31日。"),
    ],
}

HUZHU_2 = {
    "title_lines": ["关于公开征求《互助土族自治县困难群众医疗", "救助实施办法（征求意见稿）》意见的公告"],
    "number": "互医保〔2026〕15号",
    "paras": [
        ("p", "为进一步做好困难群众医疗救助工作，防范化解因病致贫返贫风险，我局起草了《互助土族自治县困难群众医疗救助实施办法（征求意见稿）》，现向社会公开征求意见。征求意见时间为2026年11月25日至2026年12月24日。有关单位和个人可通过以下方式提出意见建议："),
        ("p", "（一）信函：寄至互助土族自治县威远镇南门街88号县医疗保障局待遇保障股（邮编810500），请在信封上注明“医疗救助办法意见”字样。"),
        ("p", "（二）电话：0972-8321456（工作日9:00—12:00，14:30—18:00）。"),
        ("p", "附件：互助土族自治县困难群众医疗救助实施办法（征求意见稿）"),
        ("sig", "互助土族自治县医疗保障局"),
        ("sig", "2026年11月25日"),
        ("c", "互助土族自治县困难群众医疗救助实施办法"),
        ("c", "（征求意见稿）"),
        ("p", "第一条　救助对象包括特困人员、低保对象、返贫致贫人口、低保边缘家庭成员、纳入监测范围的防止返贫监测对象以及因病致贫重病患者。"),
        ("p", "第二条　特困人员、低保对象、返贫致贫人口不设起付标准；低保边缘家庭成员起付标准为1200元；因病致贫重病患者起付标准为2400元。"),
        ("p", "第三条　对救助对象经基本医疗保险、大病保险支付后政策范围内个人自付的住院费用，特困人员按100%比例救助，低保对象和返贫致贫人口按80%比例救助，低保边缘家庭成员按65%比例救助，因病致贫重病患者按60%比例救助。"),
        ("p", "第四条　住院救助和门诊慢特病救助共用年度救助限额，每人每年累计不超过6万元。"),
        ("p", "第五条　救助对象在县域内定点医疗机构住院的，实行基本医保、大病保险、医疗救助“一站式”同步结算，个人只需支付自付部分。"),
        ("p", "第六条　经转诊在县域外住院的，医疗救助比例不降低；未按规定转诊的，救助比例降低10个百分点。"),
        ("p", "第七条　本办法自印发之日起施行，有效期5年。"),
    ],
}

WRAP = 38
PAGE_LINES = 32


def _wrap_para(text, first_indent):
    out = []
    line = first_indent
    for ch in text:
        line += ch
        if len(line) >= WRAP:
            out.append(line)
            line = ""
    if line:
        out.append(line)
    return out


def _export_notice(n):
    """Lines of one notice as a PDF->text export: hard wraps, indents, - n - page lines."""
    body = []
    for t in n["title_lines"]:
        body.append(t)
    body.append("")
    body.append(n["number"])
    body.append("")
    for kind, text in n["paras"]:
        if kind == "0":
            body.extend(_wrap_para(text, ""))
        elif kind == "p":
            body.extend(_wrap_para(text, IND))
        elif kind == "sig":
            body.append("\u3000" * max(2, WRAP - len(text) - 2) + text)
        elif kind == "c":
            body.append("\u3000" * max(0, (WRAP - len(text)) // 2) + text)
    # paginate
    lines = []
    page = 1
    for i, l in enumerate(body):
        lines.append(l)
        if (i + 1) % PAGE_LINES == 0 and i + 1 < len(body):
            lines.append("")
            lines.append(f"- {page} -")
            lines.append("")
            page += 1
    lines.append("")
    lines.append(f"- {page} -")
    return lines


def make_huzhu_txt(path):
    chrome_top = [
        "互助土族自治县人民政府",
        "首页 | 政务公开 | 政务服务 | 互动交流 | 走进互助 | 专题专栏",
        "搜索 无障碍 长者模式",
        "",
    ]
    part1 = [
        "当前位置：首页 > 政务公开 > 政策文件 > 部门文件",
        "索 引 号：11632126MB1234567A/2023-00041  主题分类：卫生、体育",
        "发布机构：互助土族自治县卫生健康局  发布日期：2023-03-22",
        "【字体：大 中 小】 【打印本页】 【关闭窗口】",
        "",
    ] + _export_notice(HUZHU_1) + [
        "",
        "附件下载：互卫健〔2023〕21号.pdf",
        "",
        "上一篇：互助土族自治县2023年国家基本公共卫生服务项目实施方案",
        "下一篇：关于开展2023年“世界防治结核病日”宣传活动的通知",
        "",
        "【我要纠错】 【打印本页】 【关闭窗口】",
        "",
        "主办：互助土族自治县人民政府办公室  承办：互助县融媒体中心",
        "网站标识码：6321260001  青ICP备09000312号-2  青公网安备 63212602000011号",
        "",
        "",
    ]
    part2 = chrome_top + [
        "当前位置：首页 > 政务公开 > 通知公告",
        "发布机构：互助土族自治县医疗保障局  发布日期：2026-11-25  浏览次数：417",
        "【字体：大 中 小】 【打印本页】 【关闭窗口】",
        "",
    ] + _export_notice(HUZHU_2) + [
        "",
        "上一篇：互助土族自治县2027年度城乡居民基本医疗保险集中参保缴费工作的通告",
        "下一篇：互助县医疗保障局2026年法治政府建设工作情况报告",
        "",
        "【我要纠错】 【打印本页】 【关闭窗口】",
        "",
        "主办：互助土族自治县人民政府办公室  承办：互助县融媒体中心",
        "网站标识码：6321260001  青ICP备09000312号-2  青公网安备 63212602000011号",
    ]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(chrome_top + part1 + part2) + "\n")


# ---------------------------------------------------------------------------
# Bad files
# ---------------------------------------------------------------------------
def make_bad():
    rnd = random.Random(20261204)
    # corrupt PDF: a real PDF header + the first 30% of a real PDF + random bytes
    buf = io.BytesIO()
    p = FPDF()
    p.set_creation_date(FIXED_DATE)
    p.add_font("wqy", fname=FONT)
    p.add_page()
    p.set_font("wqy", size=14)
    p.multi_cell(0, 8, "关于做好2026年老年人健康管理服务工作的通知（本文件已损坏）" * 20)
    raw = p.output()
    cut = bytes(raw[: len(raw) * 3 // 10]) + bytes(rnd.getrandbits(8) for _ in range(2048))
    with open(os.path.join(BAD, "corrupt_truncated.pdf"), "wb") as f:
        f.write(cut)
    # empty txt
    open(os.path.join(BAD, "empty_notice.txt"), "w").close()
    # image-only PDF: a scanned-looking page, no text layer at all
    from PIL import Image, ImageDraw
    img = Image.new("L", (1240, 1754), 250)
    dr = ImageDraw.Draw(img)
    dr.rectangle([380, 120, 860, 190], fill=60)  # red-head block
    dr.line([100, 240, 1140, 240], fill=40, width=6)
    y = 320
    for i in range(34):
        w = rnd.randint(700, 1040)
        x0 = 100 if i % 6 else 180
        dr.rectangle([x0, y, x0 + w, y + 18], fill=rnd.randint(70, 120))
        y += 40
    dr.ellipse([820, 1500, 1060, 1740], outline=80, width=8)  # seal
    ib = io.BytesIO()
    img.save(ib, format="PNG")
    q = FPDF(format="A4")
    q.set_creation_date(FIXED_DATE)
    q.add_page()
    q.image(io.BytesIO(ib.getvalue()), x=0, y=0, w=210, h=297)
    q.set_fill_color(30, 30, 30)
    q.rect(15, 280, 180, 2, style="F")
    q.output(os.path.join(BAD, "scanned_image_only.pdf"))
    # docx that is random bytes
    with open(os.path.join(BAD, "random_bytes.docx"), "wb") as f:
        f.write(bytes(rnd.getrandbits(8) for _ in range(6000)))


def main():
    make_wuhan_pdf(os.path.join(FILES, "wuhan_jtys_qianyue_buzhu_2026.pdf"))
    make_pcv_pdf(os.path.join(FILES, "gjjkj_gonggao_2026_2_pcv13.pdf"))
    make_yinchuan_docx(os.path.join(FILES, "yinchuan_changhu_banfa_2026.docx"))
    make_gd_html(os.path.join(FILES, "gd_wsjkw_liangai_shaicha_2026.html"))
    make_umq_md(os.path.join(FILES, "urumqi_mtb_zhengce_jiedu.md"))
    make_huzhu_txt(os.path.join(FILES, "huzhu_xian_zhengwu_scrape.txt"))
    make_bad()
    print("written:", sorted(os.listdir(FILES)), sorted(os.listdir(BAD)))


if __name__ == "__main__":
    main()
