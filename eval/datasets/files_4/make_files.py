#!/usr/bin/env python3
"""Generate the blind test files (set 4) into files/ and bad/.

Run:  /work/fresh_files_4/.venv/bin/python /work/fresh_files_4/make_files.py
All documents are invented (regions are real place names, issuers, numbers and figures are fictional).
"""
import copy
import random
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from fpdf import FPDF
from fpdf.enums import WrapMode, XPos, YPos
from fpdf.fonts import FontFace

ROOT = Path(__file__).resolve().parent
FILES = ROOT / "files"
BAD = ROOT / "bad"
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
IND = "\u3000\u3000"  # paragraph indentation as in official documents


# ---------------------------------------------------------------------------
# 1. Multi-page PDF: 白山市医疗保障局 等 门诊慢特病 notice (not yet in force)
# ---------------------------------------------------------------------------
BS_ISSUER_FOOT = "白山市医疗保障局"
BS_NUMBER = "白山医保发〔2026〕14号"
BS_TITLE_LINES = [
    "白山市医疗保障局 白山市财政局 白山市卫生健康委员会",
    "关于调整城乡居民基本医疗保险门诊慢性病",
    "特殊疾病待遇保障标准的通知",
]

# Items: ("h1"|"h2"|"p"|"ruled"|"aligned"|"gap", text or data)
BS_BODY = [
    ("addr", "各县（市、区）医疗保障局、财政局、卫生健康局，市医疗保障事务中心，各定点医药机构："),
    ("p", "为进一步减轻城乡居民门诊慢性病、特殊疾病患者医疗费用负担，根据《吉林省医疗保障局 吉林省财政厅"
          "关于健全城乡居民基本医疗保险门诊慢特病保障机制的指导意见》（吉医保发〔2025〕21号）要求，结合我市"
          "医保基金运行情况，经市政府同意，现就调整我市城乡居民基本医疗保险门诊慢性病、特殊疾病（以下简称门诊"
          "慢特病）待遇保障标准有关事项通知如下。"),
    ("h1", "一、保障对象"),
    ("p", "参加我市城乡居民基本医疗保险、按规定缴纳当年度医疗保险费，并经认定患有本通知所列门诊慢特病的参保人员。"
          "参加我市职工基本医疗保险的人员，门诊慢特病待遇仍按职工医保有关规定执行。"),
    ("h1", "二、病种范围和认定"),
    ("p", "（一）病种范围。门诊慢特病病种由原来的32种增加至38种，新增阿尔茨海默病、儿童孤独症、强直性脊柱炎、"
          "重症肌无力、特发性肺纤维化、银屑病（中重度）6个病种。"),
    ("p", "（二）认定机构。门诊慢特病资格认定由参保人员选定的二级及以上定点医疗机构负责，认定结果实时上传医保信息"
          "平台，认定有效期为2年。恶性肿瘤门诊放化疗、慢性肾衰竭门诊透析、器官移植术后抗排异治疗的认定有效期为"
          "1年。"),
    ("p", "（三）办理方式。参保人员可通过“吉林智慧医保”APP、“白山医保”微信公众号线上申请，也可到各县（市、区）"
          "医保经办窗口线下申请。经办机构应在受理之日起10个工作日内完成审核，审核通过的，待遇自申请之日起享受。"),
    ("h1", "三、待遇标准"),
    ("p", "（一）起付标准。门诊慢特病起付标准按定点医疗机构级别确定，一个自然年度内只计算一次起付标准，"
          "具体如下："),
    ("aligned", [("医疗机构级别", "起付标准"),
                 ("一级及以下定点医疗机构", "不设起付标准"),
                 ("二级定点医疗机构", "300元"),
                 ("三级定点医疗机构", "600元")]),
    ("p", "（二）支付限额和报销比例。门诊慢特病实行按病种年度支付限额管理，政策范围内费用在起付标准以上、年度支付"
          "限额以内的部分，按下表所列比例报销。主要病种调整前后的年度支付限额和报销比例如下："),
    ("ruled", [("病种", "调整前年度支付限额（元）", "调整后年度支付限额（元）", "报销比例"),
               ("高血压（Ⅱ级及以上）", "1200", "1500", "60%"),
               ("糖尿病", "1500", "2000", "60%"),
               ("冠心病", "2000", "2500", "65%"),
               ("慢性阻塞性肺疾病", "2400", "3000", "65%"),
               ("精神分裂症", "3600", "4000", "70%"),
               ("慢性肾衰竭门诊透析", "50000", "60000", "80%"),
               ("恶性肿瘤门诊放化疗", "60000", "80000", "75%")]),
    ("p", "未列入上表的其他病种，年度支付限额和报销比例按《白山市城乡居民门诊慢特病病种及支付标准目录（2027年版）》"
          "执行，目录由市医疗保障局另行公布。"),
    ("p", "（三）多病种合并。同一参保人员患有两种及以上门诊慢特病的，以年度支付限额最高的病种为基数，每增加一个病种，"
          "年度支付限额增加该病种限额的50%，合计最高不超过10万元。"),
    ("p", "（四）倾斜政策。特困人员、低保对象、返贫致贫人口在定点医疗机构发生的门诊慢特病费用，不设起付标准，报销比例"
          "在上述标准基础上提高5个百分点。"),
    ("p", "（五）与其他制度衔接。门诊慢特病费用经基本医疗保险报销后，个人负担的合规费用按规定纳入大病保险和医疗救助"
          "保障范围，大病保险起付标准和支付比例按省、市现行规定执行。"),
    ("h1", "四、管理服务"),
    ("p", "（一）定点管理。参保人员原则上选择1家门诊慢特病定点医疗机构和1家定点零售药店，选定后6个月内不得变更。"
          "因异地居住、转诊等确需变更的，可向参保地经办机构申请办理。"),
    ("p", "（二）长处方。病情稳定、需长期服药的门诊慢特病患者，经医师评估后单次处方用量可延长至12周。"),
    ("p", "（三）结算方式。参保人员在定点医药机构发生的门诊慢特病费用实行直接结算，个人只需结清应由个人承担的部分。"
          "因信息系统故障等特殊情况未能直接结算的，参保人员可在费用发生之日起6个月内持有效票据、门诊病历和费用明细到参保地"
          "经办机构申请手工报销，经办机构应在材料齐全之日起20个工作日内完成支付。"),
    ("p", "（四）基金监管。各级医保部门要加强对门诊慢特病认定、诊疗、用药和结算全过程的监管，对虚假认定、超量开药、"
          "串换药品等违法违规行为，依法依规严肃处理；涉嫌犯罪的，移送司法机关。"),
    ("h1", "五、工作要求"),
    ("p", "（一）加强组织领导。各县（市、区）医疗保障、财政、卫生健康部门要高度重视门诊慢特病待遇调整工作，明确责任"
          "分工，细化工作措施，确保政策平稳落地。"),
    ("p", "（二）做好政策衔接。本通知施行前已认定的门诊慢特病资格继续有效，有效期届满后按本通知规定重新认定；"
          "2026年12月31日前发生的门诊慢特病费用，仍按原政策执行。"),
    ("p", "（三）强化宣传解读。各地要通过经办窗口、定点医药机构、村（社区）公示栏等渠道做好政策宣传，及时回应群众关切。"
          "执行中遇到的问题，请及时报告市医疗保障局待遇保障科，联系电话：0439-3226815。"),
    ("h1", "六、施行时间"),
    ("p", "本通知自2027年1月1日起施行。《白山市医疗保障局关于调整城乡居民门诊慢特病保障政策的通知》（白山医保发〔2023〕8号）"
          "同时废止。此前规定与本通知不一致的，以本通知为准。"),
]


class BaishanPDF(FPDF):
    def header(self):
        self.set_font("wqy", size=10)
        self.set_text_color(160, 0, 0)
        self.set_xy(self.l_margin, 12)
        self.cell(0, 6, "白山市医疗保障局文件", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(160, 0, 0)
        self.set_line_width(0.4)
        self.line(self.l_margin, 19, self.w - self.r_margin, 19)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.set_y(28)

    def footer(self):
        self.set_y(-18)
        self.set_font("wqy", size=11)
        text = f"{BS_ISSUER_FOOT}　　— {self.page_no()} —"
        # odd pages: right, even pages: left (as in printed official documents)
        self.cell(0, 8, text, align="R" if self.page_no() % 2 else "L")


def make_baishan_pdf(path):
    pdf = BaishanPDF(format="A4")
    pdf.set_margins(28, 28, 26)
    pdf.set_auto_page_break(True, margin=26)
    pdf.add_font("wqy", fname=FONT)
    pdf.set_title("白山医保发〔2026〕14号")
    pdf.set_author("白山市医疗保障局")
    pdf.add_page()
    pdf.set_font("wqy", size=13)
    pdf.cell(0, 8, BS_NUMBER, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    pdf.set_font("wqy", size=18)
    for line in BS_TITLE_LINES:
        pdf.cell(0, 10, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    lh = 7.6
    for kind, val in BS_BODY:
        if kind == "addr":
            pdf.set_font("wqy", size=13)
            pdf.multi_cell(0, lh, val, wrapmode=WrapMode.CHAR, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "h1":
            pdf.set_font("wqy", size=13)
            pdf.multi_cell(0, lh, IND + val, wrapmode=WrapMode.CHAR, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "p":
            pdf.set_font("wqy", size=13)
            pdf.multi_cell(0, lh, IND + val, wrapmode=WrapMode.CHAR, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "aligned":
            # a small table laid out with aligned text only (no ruling lines)
            pdf.set_font("wqy", size=12)
            for i, (a, b) in enumerate(val):
                pdf.set_x(pdf.l_margin + 16)
                pdf.cell(78, 7.2, a)
                pdf.cell(40, 7.2, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind == "ruled":
            pdf.set_font("wqy", size=11)
            with pdf.table(col_widths=(52, 36, 36, 24), line_height=7,
                           text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
                           first_row_as_headings=True, borders_layout="ALL",
                           headings_style=FontFace(emphasis="", fill_color=(235, 235, 235))) as table:
                for row in val:
                    r = table.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(2)
    # signature block
    pdf.ln(8)
    pdf.set_font("wqy", size=13)
    for line in ["白山市医疗保障局　　白山市财政局", "白山市卫生健康委员会", "2026年11月20日"]:
        pdf.cell(0, lh, line, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.cell(0, lh, IND + "（此件公开发布）", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))
    return pdf.page_no()


# ---------------------------------------------------------------------------
# 2. Single-page PDF: 三亚市卫健委 转发 HPV notice
# ---------------------------------------------------------------------------
SY_FORWARDED = "海南省卫生健康委员会关于做好2026年度适龄女生HPV疫苗免费接种工作的通知"
SY_TITLE_LINES = ["关于转发《海南省卫生健康委员会关于做好2026年度", "适龄女生HPV疫苗免费接种工作的通知》的通知"]
SY_BODY = [
    ("addr", "各区卫生健康委，市疾病预防控制中心，各预防接种单位："),
    ("p", f"现将《{SY_FORWARDED}》（琼卫疾控〔2026〕37号）转发给你们，请结合以下要求认真贯彻落实。"),
    ("p", "一、2026年度免费接种对象为2012年9月1日至2013年8月31日出生、在我市学籍在册的女生，接种国产双价HPV疫苗，"
          "按0、6月程序接种2剂次。"),
    ("p", "二、各区卫生健康委要会同教育部门于2026年10月31日前完成适龄女生摸底登记和知情告知，首剂次接种率力争达到"
          "90%以上。"),
    ("p", "三、市疾病预防控制中心负责疫苗分配和冷链配送，各预防接种单位要在接种后24小时内将接种信息录入海南省免疫规划"
          "信息管理系统。"),
    ("p", "四、接种工作所需疫苗和接种服务费用由省、市两级财政保障，接种对象不承担任何费用。"),
    ("p", "联系人：市疾病预防控制中心免疫规划科 陈琳，联系电话：0898-88271635。"),
    ("p", f"附件：{SY_FORWARDED}"),
]


class SanyaPDF(FPDF):
    def footer(self):
        self.set_y(-18)
        self.set_font("wqy", size=11)
        self.cell(0, 8, f"— {self.page_no()} —", align="C")


def make_sanya_pdf(path):
    pdf = SanyaPDF(format="A4")
    pdf.set_margins(27, 24, 26)
    pdf.set_auto_page_break(True, margin=24)
    pdf.add_font("wqy", fname=FONT)
    pdf.add_page()
    pdf.set_font("wqy", size=24)
    pdf.set_text_color(200, 0, 0)
    pdf.cell(0, 14, "三亚市卫生健康委员会", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("wqy", size=12)
    pdf.cell(0, 8, "三卫健〔2026〕96号", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_draw_color(200, 0, 0)
    pdf.set_line_width(0.6)
    pdf.line(27, pdf.get_y() + 2, pdf.w - 26, pdf.get_y() + 2)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(7)
    pdf.set_font("wqy", size=16)
    for line in SY_TITLE_LINES:
        pdf.cell(0, 9, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("wqy", size=12.5)
    for kind, text in SY_BODY:
        pdf.multi_cell(0, 7.2, text if kind == "addr" else IND + text, wrapmode=WrapMode.CHAR,
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    for line in ["三亚市卫生健康委员会", "2026年9月15日"]:
        pdf.cell(0, 7.2, line, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.cell(0, 7.2, IND + "（信息公开形式：主动公开）", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))
    return pdf.page_no()


# ---------------------------------------------------------------------------
# 3. DOCX: national notice on 失能老年人家庭医生签约服务
# ---------------------------------------------------------------------------
def _east_asia(run, name="仿宋"):
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), name)


def _new_numbering_instance(doc, abstract_id="7"):
    """Add a new w:num (restarting at 1) that points to the List Number abstract numbering."""
    numbering = doc.part.numbering_part.element
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    abs_el = OxmlElement("w:abstractNumId")
    abs_el.set(qn("w:val"), abstract_id)
    num.append(abs_el)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return new_id


def _numbered(doc, text, num_id):
    p = doc.add_paragraph(style="List Number")
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(numpr)
    r = p.add_run(text)
    _east_asia(r)
    return p


def _para(doc, text, align=None, size=None, bold=False, indent=True, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run((IND if indent else "") + text)
    _east_asia(r)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    if align is not None:
        p.alignment = align
    return p


def _heading(doc, text, level):
    h = doc.add_heading(level=level)
    r = h.add_run(text)
    _east_asia(r, "黑体")
    r.font.color.rgb = RGBColor(0, 0, 0)
    return h


def make_national_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(14)
    st.font.name = "仿宋"
    doc.core_properties.title = ""  # deliberately empty: title lives in the body only
    doc.core_properties.author = "nhc"
    # title split over two centred paragraphs, no Title style
    _para(doc, "国家卫生健康委办公厅关于进一步做好失能老年人", WD_ALIGN_PARAGRAPH.CENTER, 20, True, False)
    _para(doc, "家庭医生签约服务工作的通知", WD_ALIGN_PARAGRAPH.CENTER, 20, True, False)
    _para(doc, "国卫办基层函〔2026〕185号", WD_ALIGN_PARAGRAPH.CENTER, 14, False, False)
    _para(doc, "各省、自治区、直辖市及新疆生产建设兵团卫生健康委：", indent=False)
    _para(doc, "为贯彻落实积极应对人口老龄化国家战略，提高失能老年人健康服务可及性，推动家庭医生签约服务从“签约”向"
               "“履约”转变，现就进一步做好失能老年人家庭医生签约服务工作通知如下。")
    _heading(doc, "一、明确服务对象", 1)
    _para(doc, "本通知所称失能老年人，是指经老年人能力评估为中度失能、重度失能或完全失能的65岁及以上常住居民。"
               "各地要依托基本公共卫生服务老年人健康管理项目，每年对辖区65岁及以上老年人开展一次能力评估，"
               "建立失能老年人服务台账，实行动态管理。")
    _heading(doc, "二、丰富签约服务内容", 1)
    _heading(doc, "（一）基础服务", 2)
    _para(doc, "家庭医生团队应当为签约失能老年人提供以下基础服务：")
    list1 = _new_numbering_instance(doc)
    for t in ["每年至少开展1次上门健康评估，评估结果记入居民电子健康档案；",
              "每季度至少提供1次上门随访服务，重点了解慢性病控制、用药和营养状况；",
              "为行动不便的签约对象提供预约转诊、长期处方和送药上门服务；",
              "指导家庭照护者掌握翻身、喂食、防跌倒等基本照护技能。"]:
        _numbered(doc, t, list1)
    _heading(doc, "（二）个性化服务", 2)
    _para(doc, "各地可结合实际设立个性化服务包，提供上门护理、居家康复指导、安宁疗护等服务，所需费用按规定由医保基金、"
               "签约居民和基本公共卫生服务经费分担。服务项目、频次和费用承担主体参见下表。")
    rows = [("服务包", "服务项目", "服务频次", "费用承担"),
            ("基础服务包", "上门健康评估", "每年不少于1次", "基本公共卫生服务经费"),
            ("", "上门随访", "每季度不少于1次", "基本公共卫生服务经费"),
            ("", "用药指导", "每月不少于1次", "基本公共卫生服务经费"),
            ("个性化服务包", "上门护理（换药、导尿等）", "按需提供", "医保基金和个人按规定分担"),
            ("", "居家康复指导", "每月不少于2次", "签约居民个人"),
            ("", "安宁疗护", "按需提供", "医保基金和个人按规定分担")]
    table = doc.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val:
                cell = table.cell(i, j)
                cell.text = val
                if i == 0:
                    for r in cell.paragraphs[0].runs:
                        r.bold = True
    # header row repeats on each page
    trpr = table.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    # merged cells in the first column
    table.cell(1, 0).merge(table.cell(3, 0))
    table.cell(4, 0).merge(table.cell(6, 0))
    _heading(doc, "三、工作目标", 1)
    _para(doc, "到2027年底，各省份失能老年人家庭医生签约率达到80%以上，签约失能老年人服务满意度不低于85%；"
               "到2030年底，失能老年人家庭医生签约服务基本实现应签尽签。")
    _heading(doc, "四、强化保障措施", 1)
    _heading(doc, "（一）落实收费政策", 2)
    _para(doc, "家庭医生签约服务费由医保基金、基本公共卫生服务经费和签约居民分担。对失能老年人中的特困人员、低保对象，"
               "个人承担部分由各地按规定给予减免。")
    _heading(doc, "（二）纳入绩效考核", 2)
    _para(doc, "上门服务的数量和质量要作为家庭医生团队绩效考核的重要内容，绩效工资分配向承担上门服务的人员倾斜，"
               "上门服务的工作量可按门诊工作量的1.5倍核算。")
    _heading(doc, "（三）保障服务安全", 2)
    _para(doc, "各地要为上门服务人员配备必要的设备，购买医疗责任险和人身意外伤害险。上门服务应当由2名及以上医务人员"
               "共同开展，其中至少1名为执业（助理）医师或注册护士。")
    _para(doc, "各省级卫生健康行政部门请于2026年12月31日前将本地区工作进展报送我委基层卫生健康司。")
    _para(doc, "附件：", indent=False)
    list2 = _new_numbering_instance(doc)
    for t in ["失能老年人家庭医生签约服务协议（参考文本）",
              "失能老年人上门服务记录表",
              "家庭医生上门服务项目指导目录"]:
        _numbered(doc, t, list2)
    doc.add_paragraph()
    _para(doc, "国家卫生健康委办公厅", WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    _para(doc, "2026年7月10日", WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    _para(doc, "（信息公开形式：主动公开）")
    doc.save(str(path))


# ---------------------------------------------------------------------------
# 4. HTML page (GBK) of 辽宁省卫生健康委员会: 两癌筛查 (expired)
# ---------------------------------------------------------------------------
LN_TITLE = "关于印发辽宁省2024—2025年农村妇女“两癌”免费筛查项目实施方案的通知"
LN_ROWS = [("沈阳市", "18000", "16000"), ("大连市", "15000", "14000"), ("鞍山市", "12000", "11000"),
           ("锦州市", "11000", "10000"), ("朝阳市", "14000", "13000"), ("铁岭市", "10000", "9000"),
           ("其他市", "40000", "37000"), ("合计", "120000", "110000")]


def make_liaoning_html(path):
    side = ["关于做好2024年国家基本公共卫生服务项目工作的通知",
            "辽宁省孕产妇死亡评审工作规范（2024年修订）",
            "关于开展2024年“母婴安全行动提升计划”的通知",
            "辽宁省出生缺陷综合防治项目管理办法",
            "关于公布辽宁省危重孕产妇救治中心名单的通知",
            "关于进一步加强产前筛查和产前诊断管理的通知",
            "辽宁省儿童健康促进行动实施方案",
            "关于做好2024年新生儿疾病筛查工作的通知",
            "关于印发辽宁省妇幼保健机构绩效考核办法的通知",
            "省卫生健康委召开全省妇幼健康工作会议"]
    side_html = "\n".join(
        f'<li><a href="../../{2024}{i:02d}/t2024{i:02d}{10+i}_48{i}3{i}2.html" target="_blank" title="{t}">'
        f'{t}</a><span class="date">2024-0{(i % 3) + 1}-{10 + i}</span></li>' for i, t in enumerate(side, 1))
    rows_html = "\n".join(
        f'<tr><td align="center">{a}</td><td align="center">{b}</td><td align="center">{c}</td></tr>'
        for a, b, c in LN_ROWS)
    P = lambda t: f'<p style="text-indent:2em;">{t}</p>'
    body = "\n".join([
        '<p>各市卫生健康委、财政局，沈抚示范区社会事业局：</p>',
        P("为进一步做好农村妇女宫颈癌和乳腺癌（以下简称“两癌”）筛查工作，提高“两癌”早诊早治率，省卫生健康委、省财政厅"
          "制定了《辽宁省2024—2025年农村妇女“两癌”免费筛查项目实施方案》，现印发给你们，请认真组织实施。"),
        '<p style="text-align:center;"><strong>辽宁省2024—2025年农村妇女“两癌”免费筛查项目实施方案</strong></p>',
        P("<strong>一、筛查对象</strong>"),
        P("全省35—64岁农村户籍妇女，优先保障低保家庭、脱贫家庭妇女。每名妇女在项目期内免费享受宫颈癌和乳腺癌筛查各1次。"),
        P("<strong>二、筛查内容和方法</strong>"),
        P("（一）宫颈癌筛查。采用高危型HPV检测作为初筛方法，HPV16/18型阳性者直接转诊阴道镜检查，其他高危型阳性者进行"
          "细胞学检查分流。"),
        P("（二）乳腺癌筛查。采用乳腺彩色超声检查作为初筛方法，乳腺影像报告和数据系统（BI-RADS）分级为4级及以上的，"
          "进一步进行乳腺X线检查或组织病理学检查。"),
        P("<strong>三、任务分配和补助标准</strong>"),
        P("2024—2025年全省共完成宫颈癌筛查24万人、乳腺癌筛查22万人。宫颈癌筛查补助标准为每人85元，乳腺癌筛查补助标准"
          "为每人65元，所需资金由中央和省级财政共同承担。各市年度任务数见下表："),
        '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="4" width="90%" align="center" '
        'style="border-collapse:collapse;">',
        '<tr><td align="center"><b>市</b></td><td align="center"><b>宫颈癌筛查任务数（人/年）</b></td>'
        '<td align="center"><b>乳腺癌筛查任务数（人/年）</b></td></tr>',
        rows_html,
        '</table>',
        P("<strong>四、质量控制</strong>"),
        P("省妇幼保健院负责全省项目技术指导和质量控制，每年至少开展1次全覆盖质控督导。宫颈癌筛查阳性病例随访率应达到"
          "95%以上，乳腺癌筛查可疑病例召回率应达到90%以上。"),
        P("<strong>五、信息管理</strong>"),
        P("各级筛查机构应在筛查结束后30个工作日内将个案信息录入辽宁省妇幼健康信息系统，严禁虚报、瞒报。"),
        P("<strong>六、实施期限</strong>"),
        P("本方案自印发之日起施行，有效期至2025年12月31日。"),
        '<p style="text-align:right;">辽宁省卫生健康委员会　辽宁省财政厅</p>',
        '<p style="text-align:right;">2024年3月8日</p>',
    ])
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0067)https://wsjk.ln.gov.cn/wsjk/zwgk/tzgg/202403/t20240315_4587213.html -->
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<meta charset="gbk">
<meta name="SiteName" content="辽宁省卫生健康委员会">
<meta name="ColumnName" content="通知公告">
<title>{LN_TITLE}_辽宁省卫生健康委员会</title>
<link rel="stylesheet" type="text/css" href="./t20240315_4587213_files/style.css">
<script type="text/javascript" src="./t20240315_4587213_files/jquery.min.js"></script>
<script type="text/javascript">
var shareTitle = "{LN_TITLE}";
function doZoom(size){{document.getElementById('zoom').style.fontSize=size+'px';}}
</script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr><td><img src="./t20240315_4587213_files/logo.png" alt="辽宁省卫生健康委员会" width="520" height="90"></td>
      <td align="right" class="topsearch">无障碍浏览 | 长者模式 | <a href="#">English</a>
      <form action="/search" method="get"><input type="text" name="q" value="请输入关键字"><input type="submit" value="搜索"></form></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
  <tr>
    <td><a href="https://wsjk.ln.gov.cn/">首页</a></td>
    <td><a href="https://wsjk.ln.gov.cn/wsjk/jgzn/">机构职能</a></td>
    <td><a href="https://wsjk.ln.gov.cn/wsjk/zwgk/">政务公开</a></td>
    <td><a href="https://wsjk.ln.gov.cn/wsjk/zwfw/">政务服务</a></td>
    <td><a href="https://wsjk.ln.gov.cn/wsjk/hdjl/">互动交流</a></td>
    <td><a href="https://wsjk.ln.gov.cn/wsjk/jkzt/">健康专题</a></td>
    <td><a href="https://wsjk.ln.gov.cn/wsjk/sjfb/">数据发布</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
<tr>
<td width="260" valign="top" class="left">
  <div class="lanmu">政务公开</div>
  <ul class="sub"><li><a href="#">政府信息公开指南</a></li><li><a href="#">政府信息公开制度</a></li>
  <li class="on"><a href="#">通知公告</a></li><li><a href="#">政策解读</a></li><li><a href="#">规范性文件</a></li></ul>
  <div class="lanmu">相关文章</div>
  <ul class="xgwz">
{side_html}
  </ul>
</td>
<td width="20"></td>
<td width="720" valign="top" class="right">
  <div class="position">当前位置：<a href="https://wsjk.ln.gov.cn/">首页</a> &gt; <a href="https://wsjk.ln.gov.cn/wsjk/zwgk/">政务公开</a> &gt; <a href="https://wsjk.ln.gov.cn/wsjk/zwgk/tzgg/">通知公告</a></div>
  <table width="100%" border="0" cellspacing="0" cellpadding="0" class="article">
    <tr><td class="title" align="center"><h1>{LN_TITLE}</h1></td></tr>
    <tr><td class="wh" align="center">发文字号：辽卫发〔2024〕11号　发布日期：2024-03-15</td></tr>
    <tr><td class="info" align="center">发布时间：2024-03-15 09:32　　来源：妇幼健康处　　浏览次数：4127　　字体：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</td></tr>
    <tr><td class="content"><div id="zoom" class="TRS_Editor">
{body}
    </div></td></tr>
    <tr><td class="share">分享到：<a href="#" class="wx">微信</a> <a href="#" class="wb">微博</a> <a href="#" class="qq">QQ</a>　　<a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></td></tr>
    <tr><td class="prevnext">上一篇：<a href="#">关于做好2024年国家基本公共卫生服务项目工作的通知</a><br>下一篇：<a href="#">辽宁省孕产妇死亡评审工作规范（2024年修订）</a></td></tr>
  </table>
</td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
  <tr><td align="center">
  <p>主办单位：辽宁省卫生健康委员会　　地址：沈阳市和平区太原北街2号　　邮编：110001</p>
  <p>联系电话：024-23388216　　<a href="#">网站地图</a>　<a href="#">联系我们</a></p>
  <p><a href="https://beian.miit.gov.cn/">辽ICP备05003174号</a>　　网站标识码：2100000019　　<img src="./t20240315_4587213_files/gongan.png">辽公网安备 21010202000518号</p>
  </td></tr>
</table>
<script type="text/javascript">var _hmt = _hmt || [];</script>
</body></html>
"""
    path.write_bytes(html.encode("gbk"))


# ---------------------------------------------------------------------------
# 5. Markdown 政策解读: 哈尔滨市医疗救助实施办法
# ---------------------------------------------------------------------------
HRB_MD = """---
标题: "《哈尔滨市医疗救助实施办法》政策解读"
发文机关: 哈尔滨市医疗保障局
文号: 哈医保规〔2026〕3号
日期: 2026-09-15
分类: 政策解读
---

# 《哈尔滨市医疗救助实施办法》政策解读

近日，哈尔滨市医疗保障局、哈尔滨市民政局、哈尔滨市财政局等部门联合印发《哈尔滨市医疗救助实施办法》（哈医保规〔2026〕3号，以下简称《办法》）。<span style="color:#c00000">《办法》自2026年10月1日起施行。</span>为便于群众了解政策，现就有关问题解读如下。

## 一、问：《办法》出台的背景是什么？

答：原《哈尔滨市城乡医疗救助办法》实施以来，在减轻困难群众医疗费用负担方面发挥了重要作用。<br>为落实国家和省关于健全重特大疾病医疗保险和救助制度的部署，进一步织密扎牢医疗保障安全网，市医疗保障局会同有关部门制定了《办法》。

## 二、问：哪些人可以享受医疗救助？

答：医疗救助对象按困难程度分为三类：

1. **第一类**：特困人员、孤儿（含事实无人抚养儿童）；
2. **第二类**：低保对象、返贫致贫人口；
3. **第三类**：低保边缘家庭成员、纳入监测范围的防止返贫监测对象，以及因病致贫重病患者。

因病致贫重病患者，是指近12个月内政策范围内个人自付医疗费用超过上年度全市居民人均可支配收入50%的重病患者。

## 三、问：参加居民医保的个人缴费有资助吗？

答：有。特困人员参加城乡居民基本医疗保险的个人缴费部分给予全额资助，低保对象给予70%定额资助，返贫致贫人口按50%给予定额资助。资助资金从医疗救助基金中列支，由税务部门在征缴环节直接减免，<span class="hl">个人无需先缴后退</span>。

## 四、问：住院救助的起付标准、比例和年度限额分别是多少？

答：救助对象政策范围内个人自付费用经基本医保、大病保险报销后，按下表标准给予住院救助：

| 救助对象 | 起付标准 | 救助比例 | 年度救助限额 |
| --- | --- | --- | --- |
| 特困人员、孤儿 | 不设起付标准 | 90% | 8万元 |
| 低保对象 | 不设起付标准 | 75% | 6万元 |
| 返贫致贫人口 | 1000元 | 70% | 5万元 |
| 低保边缘家庭成员 | 3000元 | 60% | 4万元 |
| 因病致贫重病患者 | 8000元 | 50% | 3万元 |

需要说明的是：

- 起付标准和年度救助限额按自然年度计算；
- 同一救助对象同时符合多个身份的，按就高原则享受，不重复救助。

## 五、问：门诊慢特病费用能救助吗？

答：能。门诊慢特病费用纳入医疗救助范围，救助比例按住院救助比例执行，与住院救助共用年度救助限额。<br>普通门诊费用暂不纳入救助范围。

## 六、问：医疗费用负担特别重的，还有额外救助吗？

答：有。对经基本医保、大病保险、医疗救助三重制度保障后，个人负担仍然较重的救助对象，给予倾斜救助：

1. 年度政策范围内个人自付医疗费用超过2万元的部分，按60%的比例给予倾斜救助；
2. 倾斜救助年度最高限额为5万元，不占用住院救助年度限额；
3. 对规范转诊且在省内定点医疗机构就医的，倾斜救助比例再提高5个百分点。

## 七、问：医疗救助怎么申请？

答：根据救助对象身份不同，分为以下几种方式：

1. 特困人员、低保对象等已认定身份的救助对象，在定点医疗机构出院时实行“一站式”即时结算，无需另行申请；
2. 因病致贫重病患者可向户籍所在地乡镇（街道）提出申请，经办机构在收到材料之日起15个工作日内完成审核；
3. 在异地备案就医的，可在费用发生之日起1年内持相关材料到户籍所在地医保经办机构申请救助。

## 八、问：《办法》施行后，原来的政策还执行吗？

答：《办法》施行后，《哈尔滨市城乡医疗救助办法》（哈医保规〔2022〕5号）同时废止。2026年10月1日前入院、10月1日后出院的，按《办法》规定执行。

<p align="right">哈尔滨市医疗保障局<br>2026年9月15日</p>
"""


# ---------------------------------------------------------------------------
# 6. TXT: scrape of the 左权县人民政府 site with three notices
# ---------------------------------------------------------------------------
ZQ_CHROME_TOP = """左权县人民政府门户网站
首页 | 走进左权 | 政务公开 | 政务服务 | 互动交流 | 专题专栏
无障碍 | 长者模式 | 繁體
当前位置：首页 > 政务公开 > 通知公告 > 卫生健康
"""
ZQ_CHROME_BOTTOM = """相关链接：中国政府网 | 山西省人民政府 | 晋中市人民政府
主办：左权县人民政府办公室　承办：左权县政务信息中心
晋ICP备09003182号-1　网站标识码：1407220003　晋公网安备14072202000109号
"""

ZQ_A = """左权县卫生健康和体育局关于做好2026—2027年度老年人流感疫苗免费接种工作的通知
发布时间：2026-09-25 16:02　来源：县卫生健康和体育局　浏览次数：862　【字体：大 中 小】
发文字号：左卫体发〔2026〕31号

各乡镇卫生院、社区卫生服务中心，县疾病预防控制中心：
　　为降低老年人流感发病和重症风险，县政府将老年人流感疫苗免费接种列入2026年县级民生实事。现就有关工作通知如下：
　　一、接种对象。具有本县户籍或在本县居住满6个月以上的65周岁及以上老年人（1961年12月31日前出生），每人每个流行季免费接种1剂次。
　　二、接种时间。2026年10月8日至2027年1月31日，各接种单位在此期间每周一至周五开诊。
　　三、接种地点。各乡镇卫生院预防接种门诊和县疾病预防控制中心接种门诊；行动不便的老年人，可由村医提前预约，乡镇卫生院组织集中接种或上门接种。
　　四、疫苗和费用。使用三价流感病毒裂解疫苗，疫苗费用和接种服务费由县财政承担，县财政按每剂次15元标准向接种单位拨付接种服务费。
　　五、工作要求。各接种单位要做好接种前健康询问和接种后30分钟留观，发现疑似预防接种异常反应的，按规定及时报告。全县老年人流感疫苗接种率力争达到40%以上。
　　联系电话：0354-8821367

左权县卫生健康和体育局
2026年9月24日

【打印】【关闭】
上一篇：左权县2026年第三季度基本公共卫生服务项目督导情况通报
下一篇：关于公开征求《左权县城乡居民大病补充医疗保险实施细则（征求意见稿）》意见的公告
"""

ZQ_B = """关于公开征求《左权县城乡居民大病补充医疗保险实施细则（征求意见稿）》意见的公告
发布时间：2026-11-18 10:15　来源：县医疗保障局　浏览次数：317　【字体：大 中 小】

　　为进一步减轻城乡居民大病患者医疗费用负担，县医疗保障局起草了《左权县城乡居民大病补充医疗保险实施细则（征求意见稿）》，现向社会公开征求意见。公众可于2026年12月18日前通过以下方式提出意见建议：
　　（一）电子邮件：zqxybjbz@163.com，邮件主题请注明“大病补充医保意见”；
　　（二）信函：寄至左权县医疗保障局待遇保障股（左权县辽阳镇滨河路18号），邮编032600。

左权县城乡居民大病补充医疗保险实施细则
（征求意见稿）

　　第一条　为健全多层次医疗保障体系，防范化解因病致贫返贫风险，结合本县实际，制定本细则。
　　第二条　参加本县城乡居民基本医疗保险的人员，同步享受大病补充医疗保险待遇，个人不另行缴费。
　　第三条　大病补充医疗保险资金从城乡居民基本医疗保险基金中按每人每年20元的标准筹集。
　　第四条　参保居民经基本医保、大病保险报销后，政策范围内个人自付费用超过1.5万元的部分，由大病补充医疗保险按55%的比例支付，年度最高支付限额15万元。
　　第五条　特困人员、低保对象的大病补充医疗保险起付标准降低50%。
　　第六条　本细则由县医疗保障局负责解释，自正式印发之日起施行。

左权县医疗保障局
2026年11月18日

【打印】【关闭】
上一篇：左权县卫生健康和体育局关于做好2026—2027年度老年人流感疫苗免费接种工作的通知
下一篇：左权县卫生健康和体育局 左权县财政局关于调整乡村医生补助标准的通知
"""

ZQ_C = """左权县卫生健康和体育局 左权县财政局关于调整乡村医生补助标准的通知
发布时间：2025-12-16 09:40　来源：县卫生健康和体育局　浏览次数：1536　【字体：大 中 小】
发文字号：左卫体发〔2025〕47号

各乡镇人民政府，各乡镇卫生院：
　　为稳定乡村医生队伍，提高村级卫生服务能力，经县政府同意，现将乡村医生补助标准调整如下：
　　一、基本公共卫生服务补助。村卫生室承担的基本公共卫生服务任务，按照服务人口每人每年不低于40元的标准核定补助，经乡镇卫生院考核后按季度拨付。
　　二、基本药物制度补助。实施国家基本药物制度的村卫生室，每个村卫生室每年补助6000元。
　　三、离岗乡村医生生活补助。在村卫生室连续工作满10年、年满60周岁离岗的乡村医生，每人每月发放生活补助300元；连续工作满20年的，每人每月发放生活补助450元。
　　四、资金保障。上述补助资金由县财政纳入年度预算，乡镇卫生院不得截留、挤占、挪用。
　　本通知自2026年1月1日起执行，有效期至2028年12月31日。

左权县卫生健康和体育局　　左权县财政局
2025年12月15日

【打印】【关闭】
上一篇：关于公开征求《左权县城乡居民大病补充医疗保险实施细则（征求意见稿）》意见的公告
下一篇：左权县2025年度卫生健康工作总结
"""


def make_zuoquan_txt(path):
    parts = []
    for body in (ZQ_A, ZQ_B, ZQ_C):
        parts.append(ZQ_CHROME_TOP + "\n" + body + "\n" + ZQ_CHROME_BOTTOM)
    path.write_text("\n".join(parts), encoding="utf-8")


# ---------------------------------------------------------------------------
# bad files
# ---------------------------------------------------------------------------
def make_bad(sanya_pdf):
    BAD.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(20261204)
    # corrupt PDF: the start of a real PDF, then random bytes, cut off (no xref, no %%EOF)
    head = sanya_pdf.read_bytes()[:900]
    (BAD / "关于转发HPV疫苗接种通知_损坏.pdf").write_bytes(head + rnd.randbytes(3000))
    # empty txt
    (BAD / "通知公告_空白.txt").write_bytes(b"")
    # docx that is random bytes
    (BAD / "附件2_上门服务记录表.docx").write_bytes(rnd.randbytes(8192))
    # image-only PDF: a scanned-looking page (picture of text + drawn rectangles), no text layer
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("L", (1240, 1754), 250)
    d = ImageDraw.Draw(img)
    f_big = ImageFont.truetype(FONT, 64)
    f = ImageFont.truetype(FONT, 34)
    d.text((300, 150), "吉林市卫生健康委员会文件", font=f_big, fill=30)
    d.line((120, 260, 1120, 260), fill=60, width=5)
    lines = ["关于开展2026年度老年人免费健康体检工作的通知", "",
             "各县（市）区卫生健康局：", "　　为做好65岁及以上老年人健康管理服务，",
             "现就2026年度老年人免费健康体检工作通知如下。"]
    for i, t in enumerate(lines):
        d.text((140, 320 + i * 60), t, font=f, fill=40)
    for i in range(12):
        y = 680 + i * 70
        d.rectangle((140, y, 140 + rnd.randint(600, 960), y + 30), fill=rnd.randint(150, 200))
    img = img.rotate(0.6, fillcolor=250)
    png = BAD / "_scan_tmp.png"
    img.save(png)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(str(png), x=0, y=0, w=210, h=297)
    pdf.set_draw_color(120, 120, 120)
    pdf.rect(15, 15, 180, 267)
    pdf.output(str(BAD / "吉林市老年人健康体检通知_扫描件.pdf"))
    png.unlink()


def main():
    FILES.mkdir(parents=True, exist_ok=True)
    n = make_baishan_pdf(FILES / "白山医保发2026-14_门诊慢特病待遇调整.pdf")
    assert n >= 3, n
    m = make_sanya_pdf(FILES / "三卫健2026-96_转发HPV疫苗免费接种通知.pdf")
    assert m == 1, m
    make_national_docx(FILES / "国卫办基层函2026-185_失能老年人家庭医生签约.docx")
    make_liaoning_html(FILES / "t20240315_4587213.html")
    (FILES / "哈尔滨市医疗救助实施办法_政策解读.md").write_text(HRB_MD, encoding="utf-8")
    make_zuoquan_txt(FILES / "zuoquan_gov_tzgg_wsjk.txt")
    make_bad(FILES / "三卫健2026-96_转发HPV疫苗免费接种通知.pdf")
    print("pages:", n, m)


if __name__ == "__main__":
    main()
