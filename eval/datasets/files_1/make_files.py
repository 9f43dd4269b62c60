#!/usr/bin/env python3
"""Generate the blind-test policy files into files/ and the bad files into bad/.
Run: .venv/bin/python make_files.py"""

# ---------------------------------------------------------------------------
# D1  绵阳  multi-page PDF
# ---------------------------------------------------------------------------
D1_HEADER = "绵阳市医疗保障局文件"
D1_NUMBER = "绵医保发〔2026〕18号"
D1_TITLE_LINES = ["关于进一步做好城乡居民门诊慢性特殊疾病", "医疗保障工作的通知"]
D1_ADDRESSEE = "各县（市、区）医疗保障局、财政局、卫生健康局，科技城新区、高新区、经开区社会事业局，各定点医疗机构："
# list of ("p", text) | ("table", rows) items, in reading order
D1_BODY = [
    ("p", "为进一步减轻城乡居民门诊慢性特殊疾病（以下简称门诊慢特病）患者医疗费用负担，推动门诊慢特病待遇保障规范统一，根据《四川省医疗保障局 四川省财政厅关于健全职工和城乡居民门诊共济保障机制的实施意见》等文件精神，结合我市实际，现就有关事项通知如下。"),
    ("p", "一、统一病种范围"),
    ("p", "（一）病种目录。全市城乡居民基本医疗保险门诊慢特病病种统一为42种，分为甲类病种14种、乙类病种28种，具体病种名录见附件1。各县（市、区）不得自行增减病种或调整病种分类。"),
    ("p", "（二）动态调整。市医疗保障局会同市卫生健康委员会根据医保基金运行情况和临床诊疗需求，原则上每2年对病种目录评估调整一次，评估结果报市人民政府同意后向社会公布。"),
    ("p", "二、明确待遇标准"),
    ("p", "（一）起付标准。门诊慢特病在一个自然年度内只计算一次起付标准，一级及以下定点医疗机构起付标准为200元，二级定点医疗机构为400元，三级定点医疗机构为600元。同时患有两种及以上门诊慢特病的，不重复计算起付标准。"),
    ("p", "（二）甲类病种待遇。恶性肿瘤门诊放化疗、尿毒症透析、器官移植术后抗排异治疗等甲类病种，其政策范围内门诊费用按同级定点医疗机构住院待遇标准支付，与住院费用合并计算年度最高支付限额。"),
    ("p", "（三）乙类病种待遇。乙类病种政策范围内门诊费用按下表确定的年度支付限额和支付比例支付，年度支付限额按自然年度计算，当年未使用完的额度不结转下一年度。"),
    ("p", "表1  部分乙类病种年度支付限额和支付比例"),
    ("table", [
        ["病种名称", "年度支付限额（元）", "一级及以下医疗机构支付比例", "二级及以上医疗机构支付比例"],
        ["高血压病（有并发症）", "2400", "70%", "60%"],
        ["糖尿病（合并并发症）", "3600", "70%", "60%"],
        ["冠心病", "3000", "70%", "60%"],
        ["慢性阻塞性肺疾病", "3000", "70%", "60%"],
        ["类风湿关节炎", "4000", "65%", "55%"],
        ["帕金森病", "4500", "65%", "55%"],
        ["精神分裂症", "6000", "80%", "80%"],
    ]),
    ("p", "（四）多病种限额。同时患有两种及以上乙类病种的，以其中年度支付限额最高的病种为基础，每增加一个病种，增加该病种年度支付限额的50%，合计年度支付限额最高不超过10000元。"),
    ("p", "三、规范认定管理"),
    ("p", "（一）认定机构。门诊慢特病资格认定由具备相应诊疗能力的二级及以上定点医疗机构负责，认定机构名单由市医疗保障局统一向社会公布，并实行动态管理。"),
    ("p", "（二）认定流程。"),
    ("p", "1.参保人员持本人有效身份证件或医保电子凭证，以及近2年内二级及以上医疗机构出具的诊断证明、检查检验报告、出院记录等资料，向认定机构提出申请。"),
    ("p", "2.认定机构应当自受理申请之日起10个工作日内完成认定，符合条件的，通过四川省医疗保障信息平台即时办理备案，参保人员无需另行到医保经办机构办理。"),
    ("p", "3.甲类病种认定结果长期有效；乙类病种认定有效期为3年，期满需继续享受待遇的，应在有效期满前1个月内向认定机构申请复审。"),
    ("p", "（三）线上办理。参保人员可通过“天府通办”APP或“四川医保”微信公众号在线提交认定申请，上传相关资料后由认定机构线上审核，实现门诊慢特病认定“网上办、掌上办”。"),
    ("p", "四、加强基层服务"),
    ("p", "（一）鼓励基层就医。已签约家庭医生的参保人员，在签约的基层医疗卫生机构发生的乙类病种政策范围内门诊费用，支付比例在表1基础上提高5个百分点。"),
    ("p", "（二）实行长期处方。对病情稳定、需长期服药的门诊慢特病患者，定点医疗机构可按规定开具长期处方，处方用量最长不超过12周，并在处方上注明理由。"),
    ("p", "（三）做好药品供应。各县（市、区）医疗保障部门要将门诊慢特病常用药品纳入“双通道”管理，保障参保人员在定点零售药店同样能够购药并直接结算。"),
    ("p", "五、强化基金监管"),
    ("p", "定点医疗机构要严格执行门诊慢特病用药范围和诊疗规范，不得将非门诊慢特病费用纳入门诊慢特病结算，不得为未认定人员办理门诊慢特病结算。对违法违规使用医保基金的，依照《医疗保障基金使用监督管理条例》严肃处理，并依法追回已支付的医保基金。"),
    ("p", "六、其他事项"),
    ("p", "本通知自2026年4月1日起施行，有效期5年。原《绵阳市城乡居民门诊特殊疾病管理办法》（绵医保发〔2021〕9号）同时废止，此前我市相关规定与本通知不一致的，以本通知为准。执行中遇到的问题，请及时向市医疗保障局医药服务管理科反映。"),
    ("p", "附件：1.绵阳市城乡居民门诊慢特病病种名录"),
    ("p", "　　　2.绵阳市门诊慢特病认定标准"),
]
D1_SIGN = ["绵阳市医疗保障局　　　　绵阳市财政局", "绵阳市卫生健康委员会", "2026年3月12日"]
D1_TAIL = "（此件公开发布）"

# ---------------------------------------------------------------------------
# D2  临朐县  single-page PDF (expired)
# ---------------------------------------------------------------------------
D2_HEADER = "临朐县卫生健康局文件"
D2_NUMBER = "临卫发〔2023〕58号"
D2_TITLE = "关于印发《临朐县家庭医生签约服务费分配管理办法（试行）》的通知"
D2_ADDRESSEE = "各镇（街道）卫生院、社区卫生服务中心，县直有关医疗卫生单位："
D2_BODY = [
    "为调动家庭医生团队工作积极性，提升签约服务质量，县卫生健康局、县医疗保障局、县财政局联合制定了《临朐县家庭医生签约服务费分配管理办法（试行）》，现印发给你们，主要内容如下，请认真贯彻执行。",
    "一、家庭医生签约服务费按每人每年80元标准筹集，其中医保基金支付30元，基本公共卫生服务经费列支30元，签约居民个人支付20元；脱贫人口、低保对象、特困人员个人支付部分由县财政全额补助。",
    "二、签约服务费的70%用于家庭医生团队，由团队负责人按成员工作量进行二次分配；20%用于签约服务考核奖励；10%用于团队培训和信息化建设。",
    "三、签约服务费实行按季度预拨、年度考核清算，年度考核得分低于60分的团队，不予拨付考核奖励部分。",
    "四、本办法自2024年1月1日起施行，有效期至2025年12月31日。",
]
D2_SIGN = ["临朐县卫生健康局　　临朐县医疗保障局　　临朐县财政局", "2023年12月15日"]

# ---------------------------------------------------------------------------
# D3  常州  DOCX (not yet in force)
# ---------------------------------------------------------------------------
D3_TITLE = "关于印发《常州市老年人流感和肺炎球菌疫苗免费接种实施方案》的通知"
D3_NUMBER = "常卫疾控〔2026〕63号"
D3_ADDRESSEE = "各辖市、区卫生健康局、财政局，常州经开区社会事业局、财政局，市各有关医疗卫生单位："
D3_COVER = "为降低老年人流行性感冒和肺炎球菌性疾病的发病风险，减轻老年人疾病负担，经市政府同意，现将《常州市老年人流感和肺炎球菌疫苗免费接种实施方案》印发给你们，请结合实际认真组织实施。"
D3_PLAN_TITLE = "常州市老年人流感和肺炎球菌疫苗免费接种实施方案"
# ("h1"|"h2"|"p"|"list"|"table", payload)
D3_PLAN = [
    ("h2", "一、实施对象"),
    ("p", "（一）流感疫苗。具有常州市户籍、年龄在60周岁及以上的老年人，以及在常州市居住满6个月且参加常州市基本医疗保险的60周岁及以上非户籍老年人，每人每个流行季可免费接种1剂次流感疫苗。"),
    ("p", "（二）肺炎球菌疫苗。具有常州市户籍、年龄在65周岁及以上且既往未接种过23价肺炎球菌多糖疫苗的老年人，可免费接种1剂次23价肺炎球菌多糖疫苗。"),
    ("h2", "二、接种时间"),
    ("p", "流感疫苗免费接种时间为每年9月15日至次年3月31日；23价肺炎球菌多糖疫苗全年均可免费接种。"),
    ("h2", "三、接种流程"),
    ("list", [
        "老年人携带本人身份证或社会保障卡，到居住地所在辖区的预防接种门诊预约接种。",
        "接种前，接种人员应当询问受种者健康状况和有无接种禁忌，告知接种风险，由受种者或其监护人签署知情同意书。",
        "接种后，受种者须在接种单位留观30分钟，无异常反应后方可离开。",
        "接种单位应当及时将接种信息录入江苏省免疫规划信息管理系统，确保接种记录完整可查。",
    ]),
    ("h2", "四、接种禁忌"),
    ("p", "有下列情形之一的，不予接种或暂缓接种："),
    ("list", [
        "对疫苗所含任何成分过敏者；",
        "患急性疾病、严重慢性疾病或慢性疾病急性发作期者；",
        "体温超过37.3℃的发热者；",
        "既往接种同类疫苗后出现严重不良反应者。",
    ]),
    ("h2", "五、经费保障"),
    ("p", "疫苗费用按江苏省集中采购中标价格据实结算，接种服务费按每剂次15元标准补助。所需经费由市级财政和辖市（区）财政按5:5比例分担。2027年度各辖市（区）预计接种任务和市级补助资金见下表。"),
    ("table", [
        ["辖市（区）", "流感疫苗预计接种人数（万人）", "肺炎球菌疫苗预计接种人数（万人）", "市级补助资金（万元）"],
        ["天宁区", "4.2", "1.1", "286"],
        ["钟楼区", "4.6", "1.2", "312"],
        ["新北区", "5.3", "1.4", "358"],
        ["武进区", "9.8", "2.6", "664"],
        ["金坛区", "4.1", "1.0", "271"],
        ["溧阳市", "5.6", "1.5", "379"],
    ]),
    ("h2", "六、工作要求"),
    ("p", "各辖市（区）卫生健康部门要加强接种单位管理，合理设置老年人接种专场，开展入户通知和健康宣教；市疾病预防控制中心负责技术指导、疫苗配送和疑似预防接种异常反应监测。"),
    ("h2", "七、实施时间"),
    ("p", "本方案自2027年1月1日起施行，有效期至2029年12月31日。"),
]
D3_ATTACH = [
    "常州市老年人免费接种疫苗知情同意书",
    "常州市承担免费接种任务的预防接种门诊名单",
    "2027年度各辖市（区）免费接种任务及补助资金测算表",
]
D3_SIGN = ["常州市卫生健康委员会　　常州市财政局", "2026年11月20日"]

# ---------------------------------------------------------------------------
# D4  湖南省卫健委 HTML
# ---------------------------------------------------------------------------
D4_TITLE = "关于做好2026年农村妇女宫颈癌和乳腺癌免费筛查项目工作的通知"
D4_NUMBER = "湘卫妇幼发〔2026〕11号"
D4_CITIES = [  # 市州, 宫颈癌任务(万人), 乳腺癌任务(万人)
    ("长沙市", "9.0", "7.5"), ("株洲市", "6.0", "5.0"), ("湘潭市", "4.5", "3.5"),
    ("衡阳市", "12.0", "10.0"), ("邵阳市", "13.0", "11.0"), ("岳阳市", "9.5", "8.0"),
    ("常德市", "10.0", "8.5"), ("张家界市", "2.5", "2.0"), ("益阳市", "7.5", "6.5"),
    ("郴州市", "8.5", "7.0"), ("永州市", "11.0", "9.0"), ("怀化市", "9.0", "7.0"),
    ("娄底市", "7.5", "6.0"), ("湘西土家族苗族自治州", "10.0", "9.0"),
]


def d4_fund(c, b):
    """central+provincial subsidy in 万元: 100元/人 cervical, 90元/人 breast."""
    return round(float(c) * 100 + float(b) * 90)


# ---------------------------------------------------------------------------
# D5  national 政策解读 markdown
# ---------------------------------------------------------------------------
D5_TITLE = "《关于做好2026年国家基本公共卫生服务工作的通知》政策解读"
D5_NUMBER = "国卫基层发〔2026〕15号"

# ---------------------------------------------------------------------------
# D6  济宁 TXT, two notices
# ---------------------------------------------------------------------------
D6A_TITLE = "关于公开征求《济宁市城乡医疗救助实施办法（征求意见稿）》意见的公告"
D6A_NUMBER = "济医保公告〔2026〕5号"
D6B_TITLE = "关于开展2026年度65岁及以上老年人免费健康体检工作的通知"
D6B_NUMBER = "济卫老龄字〔2026〕22号"


# ===========================================================================
# Layout / writers
# ===========================================================================
import os
import random
import shutil
import zlib
import copy
import datetime

from fpdf import FPDF
from fpdf.enums import WrapMode, XPos, YPos
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
BAD = os.path.join(HERE, "bad")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


class GovPDF(FPDF):
    running_header = ""
    show_header = True

    def header(self):
        if not self.show_header:
            return
        self.set_font("wqy", size=10.5)
        self.set_text_color(90, 90, 90)
        self.set_y(16)
        self.cell(0, 6, self.running_header, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(200, 0, 0)
        self.set_line_width(0.4)
        self.line(self.l_margin, 23.5, self.w - self.r_margin, 23.5)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        self.set_y(-22)
        self.set_font("wqy", size=12)
        self.set_text_color(0, 0, 0)
        self.cell(0, 8, f"— {self.page_no()} —", align="C")


def new_pdf(header_text, title, author, created=(2026, 3, 12)):
    pdf = GovPDF(format="A4")
    pdf.add_font("wqy", fname=FONT)
    pdf.running_header = header_text
    pdf.set_margins(27, 32, 27)
    pdf.set_auto_page_break(True, margin=30)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("WPS Office")
    pdf.set_creation_date(datetime.datetime(*created, 9, 30, tzinfo=datetime.timezone.utc))
    return pdf


def para(pdf, text, size=15, lh=9.4, indent=True, align="J"):
    pdf.set_font("wqy", size=size)
    t = ("\u3000\u3000" + text) if indent else text
    pdf.multi_cell(0, lh, t, wrapmode=WrapMode.CHAR, align=align,
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def make_d1():
    pdf = new_pdf(D1_HEADER, "".join(D1_TITLE_LINES), "绵阳市医疗保障局")
    pdf.add_page()
    pdf.set_font("wqy", size=15)
    pdf.ln(4)
    pdf.cell(0, 9, D1_NUMBER, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_font("wqy", size=21)
    for line in D1_TITLE_LINES:
        pdf.cell(0, 12, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    para(pdf, D1_ADDRESSEE, indent=False)
    for kind, payload in D1_BODY:
        if kind == "p":
            if payload.startswith("表1"):
                pdf.ln(2)
                para(pdf, payload, size=13, indent=False, align="C")
                pdf.ln(1)
            elif payload.startswith("附件") or payload.startswith("\u3000\u3000\u3000"):
                para(pdf, payload, indent=payload.startswith("附件"))
            else:
                para(pdf, payload)
        else:
            pdf.set_font("wqy", size=11.5)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_line_width(0.3)
            with pdf.table(col_widths=(52, 34, 35, 35), text_align="CENTER",
                           line_height=7, first_row_as_headings=True,
                           headings_style=FontFace(emphasis="", fill_color=(225, 225, 225))) as table:
                for row in payload:
                    r = table.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(3)
    pdf.ln(8)
    pdf.set_font("wqy", size=15)
    for s in D1_SIGN:
        pdf.cell(0, 9.4, s + "\u3000\u3000", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    para(pdf, D1_TAIL)
    pdf.output(os.path.join(OUT, "mianyang_mzmtb_2026_18.pdf"))


def make_d2():
    pdf = new_pdf(D2_HEADER, D2_TITLE, "临朐县卫生健康局", created=(2023, 12, 15))
    pdf.show_header = False
    pdf.add_page()
    pdf.set_y(22)
    pdf.set_text_color(200, 0, 0)
    pdf.set_font("wqy", size=26)
    pdf.cell(0, 14, D2_HEADER, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("wqy", size=13)
    pdf.cell(0, 8, D2_NUMBER, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_draw_color(200, 0, 0)
    pdf.set_line_width(0.6)
    y = pdf.get_y() + 1
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.ln(6)
    pdf.set_font("wqy", size=19)
    # the title is left to wrap automatically: it breaks inside the word 办法
    pdf.multi_cell(0, 10.5, D2_TITLE, wrapmode=WrapMode.CHAR, align="C",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    para(pdf, D2_ADDRESSEE, size=13, lh=8, indent=False)
    for p in D2_BODY:
        para(pdf, p, size=13, lh=8)
    pdf.ln(6)
    pdf.set_font("wqy", size=13)
    for s in D2_SIGN:
        pdf.cell(0, 8, s + "\u3000", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(os.path.join(OUT, "linqu_jtys_qyfwf_2023.pdf"))
    assert pdf.page_no() == 1, "D2 must stay on a single page"


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------
def make_d3():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.title = D3_TITLE
    d.core_properties.author = "常州市卫生健康委员会"
    for sname, font, size in (("Normal", "仿宋_GB2312", 16), ("Title", "方正小标宋简体", 22),
                              ("Heading 1", "黑体", 16), ("Heading 2", "楷体_GB2312", 16)):
        st = d.styles[sname]
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), font)

    numbering = d.part.numbering_part.element
    list_style_num = d.styles["List Number"].element.pPr.numPr.numId.val
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(list_style_num):
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    next_id = [max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1]

    def restart_num():
        """a new w:num on the List Number abstract list that restarts at 1"""
        nid = next_id[0]
        next_id[0] += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
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
        return nid

    def numbered(items, first):
        nid = None if first else restart_num()
        for it in items:
            p = d.add_paragraph(it, style="List Number")
            if nid is not None:
                numpr = p._p.get_or_add_pPr().get_or_add_numPr()
                numpr.get_or_add_ilvl().val = 0
                numpr.get_or_add_numId().val = nid

    t = d.add_paragraph(D3_TITLE, style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph(D3_NUMBER)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(D3_ADDRESSEE)
    p = d.add_paragraph(D3_COVER)
    p.paragraph_format.first_line_indent = Pt(32)
    for s in D3_SIGN:
        p = d.add_paragraph(s)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_page_break()
    h = d.add_heading(D3_PLAN_TITLE, level=1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    first_list = True
    for kind, payload in D3_PLAN:
        if kind == "h2":
            d.add_heading(payload, level=2)
        elif kind == "p":
            p = d.add_paragraph(payload)
            p.paragraph_format.first_line_indent = Pt(32)
        elif kind == "list":
            numbered(payload, first_list)
            first_list = False
        elif kind == "table":
            tb = d.add_table(rows=len(payload), cols=len(payload[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(payload):
                for j, c in enumerate(row):
                    cell = tb.cell(i, j)
                    cell.text = c
                    if i == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            # mark the first row as a repeating header row
            trpr = tb.rows[0]._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader")
            trpr.append(th)
    d.add_paragraph("")
    d.add_paragraph("附件：")
    numbered(D3_ATTACH, False)
    d.save(os.path.join(OUT, "changzhou_laonianren_yimiao_2026_63.docx"))


# ---------------------------------------------------------------------------
# HTML (saved from a browser)
# ---------------------------------------------------------------------------
D4_SIDEBAR = [
    ("湖南省2026年适龄女生HPV疫苗免费接种工作方案", "2026-03-28"),
    ("关于开展2026年全省出生缺陷防治宣传周活动的通知", "2026-03-20"),
    ("湖南省卫生健康委关于公布2025年度妇幼健康优质服务示范县名单的通知", "2026-03-11"),
    ("关于做好2026年孕产妇免费产前筛查和新生儿疾病筛查工作的通知", "2026-02-26"),
    ("湖南省托育服务机构备案管理实施细则（修订）", "2026-02-09"),
    ("关于进一步加强危重孕产妇和新生儿救治中心建设的通知", "2026-01-22"),
    ("2025年湖南省妇幼健康事业发展统计简报", "2026-01-15"),
    ("关于印发《湖南省母婴设施建设三年行动方案》的通知", "2025-12-30"),
    ("湖南省卫生健康委办公室关于开展产科质量安全专项检查的通知", "2025-12-18"),
]


def make_d4():
    rows = []
    tc = tb = tf = 0.0
    for name, c, b in D4_CITIES:
        f = d4_fund(c, b)
        tc += float(c); tb += float(b); tf += f
        rows.append(f'<tr><td style="text-align:center">{name}</td><td>{c}</td><td>{b}</td><td>{f}</td></tr>')
    rows.append(f'<tr><td style="text-align:center"><strong>合计</strong></td><td>{tc:.1f}</td><td>{tb:.1f}</td><td>{round(tf)}</td></tr>')
    assert abs(tc - 120) < 1e-6 and abs(tb - 100) < 1e-6
    table = "\n".join(rows)
    side = "\n".join(
        f'            <li><a href="../../{2026 if d.startswith("2026") else 2025}{d[5:7]}/t{d.replace("-", "")}_{30000 + i * 137}.html" target="_blank" title="{t}">{t}</a><span>{d}</span></li>'
        for i, (t, d) in enumerate(D4_SIDEBAR))
    html = f'''<!DOCTYPE html>
<!-- saved from url=(0070)https://wjw.hunan.gov.cn/wjw/xxgk/tzgg/202604/t20260410_33918402.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{D4_TITLE}_湖南省卫生健康委员会</title>
<meta name="SiteName" content="湖南省卫生健康委员会">
<meta name="SiteDomain" content="wjw.hunan.gov.cn">
<meta name="SiteIDCode" content="4300000067">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{D4_TITLE}">
<meta name="PubDate" content="2026-04-10 10:32">
<meta name="ContentSource" content="妇幼健康处">
<meta name="Keywords" content="两癌筛查,宫颈癌,乳腺癌,农村妇女">
<link rel="stylesheet" href="./{D4_TITLE}_湖南省卫生健康委员会_files/common.css">
<link rel="stylesheet" href="./{D4_TITLE}_湖南省卫生健康委员会_files/article.css">
<script src="./{D4_TITLE}_湖南省卫生健康委员会_files/jquery.min.js"></script>
<script>var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?5a1c0f3e2b7d";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
</head>
<body>
<div class="top-bar"><div class="w1200">
  <span class="welcome">欢迎访问湖南省卫生健康委员会网站！</span>
  <span class="links"><a href="https://wjw.hunan.gov.cn/">无障碍</a> | <a href="javascript:void(0)" id="jft">繁體</a> | <a href="https://wjw.hunan.gov.cn/wjw/wzdt/index.html">网站地图</a> | <a href="https://wjw.hunan.gov.cn/wjw/yidongduan/">移动端</a></span>
</div></div>
<div class="header"><div class="w1200">
  <a class="logo" href="https://wjw.hunan.gov.cn/"><img src="./{D4_TITLE}_湖南省卫生健康委员会_files/logo.png" alt="湖南省卫生健康委员会"></a>
  <form class="search" action="https://wjw.hunan.gov.cn/search/" method="get"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form>
</div></div>
<div class="nav"><ul class="w1200">
  <li><a href="https://wjw.hunan.gov.cn/">首页</a></li>
  <li><a href="https://wjw.hunan.gov.cn/wjw/jggk/">机构概况</a></li>
  <li class="on"><a href="https://wjw.hunan.gov.cn/wjw/xxgk/">政务公开</a></li>
  <li><a href="https://wjw.hunan.gov.cn/wjw/zwfw/">政务服务</a></li>
  <li><a href="https://wjw.hunan.gov.cn/wjw/hdjl/">互动交流</a></li>
  <li><a href="https://wjw.hunan.gov.cn/wjw/ztzl/">专题专栏</a></li>
  <li><a href="https://wjw.hunan.gov.cn/wjw/jkkp/">健康科普</a></li>
</ul></div>
<div class="w1200 main">
  <div class="crumbs">您当前的位置：<a href="https://wjw.hunan.gov.cn/">首页</a> &gt; <a href="https://wjw.hunan.gov.cn/wjw/xxgk/">政务公开</a> &gt; <a href="https://wjw.hunan.gov.cn/wjw/xxgk/tzgg/">通知公告</a></div>
  <div class="left-box">
    <div class="article">
      <h1 class="art-title">{D4_TITLE}</h1>
      <div class="art-info">
        <span>发布时间：2026-04-10 10:32</span>
        <span>来源：妇幼健康处</span>
        <span>浏览次数：<em id="visitcount">3862</em></span>
        <span class="font-size">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
        <span><a href="javascript:window.print()">【打印】</a></span>
      </div>
      <div class="art-content" id="zoom">
<p style="text-align:center">{D4_NUMBER}</p>
<p>各市州卫生健康委、财政局、妇联：</p>
<p style="text-indent:2em">为进一步提高农村妇女宫颈癌和乳腺癌（以下简称“两癌”）早诊早治率，降低“两癌”死亡率，根据《湖南省妇女发展规划（2021—2030年）》和国家“两癌”筛查工作规范有关要求，现就做好2026年全省农村妇女“两癌”免费筛查项目工作通知如下。</p>
<p style="text-indent:2em"><strong>一、筛查对象和任务</strong></p>
<p style="text-indent:2em">（一）筛查对象。全省35—64岁农村妇女（含城镇低保妇女），优先保障从未接受过“两癌”筛查的妇女。宫颈癌筛查以HPV检测作为初筛方法的，筛查间隔为5年；乳腺癌筛查间隔为2年。</p>
<p style="text-indent:2em">（二）任务分配。2026年全省完成宫颈癌筛查120万人、乳腺癌筛查100万人，<span style="font-family:仿宋_GB2312">各市州筛查任务和中央、省级补助资金见下表。</span></p>
<p style="text-align:center"><strong>2026年各市州“两癌”筛查任务及补助资金分配表</strong></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%;text-align:center">
<thead><tr><th>市州</th><th>宫颈癌筛查任务（万人）</th><th>乳腺癌筛查任务（万人）</th><th>中央和省级补助资金（万元）</th></tr></thead>
<tbody>
{table}
</tbody>
</table>
<p style="text-indent:2em"><strong>二、筛查内容</strong></p>
<p style="text-indent:2em">（一）宫颈癌筛查。包括妇科检查、HPV检测、宫颈细胞学检查，对初筛异常者进行阴道镜检查和组织病理检查。</p>
<p style="text-indent:2em">（二）乳腺癌筛查。包括乳腺临床检查和乳腺彩色超声检查，对超声检查结果为BI-RADS 4类及以上者进行乳腺X线检查和组织病理检查。</p>
<p style="text-indent:2em"><strong>三、补助标准</strong></p>
<p style="text-indent:2em">中央和省级财政按照宫颈癌筛查每人100元、乳腺癌筛查每人90元的标准给予补助，不足部分由市县财政统筹解决，不得向筛查对象收取任何费用。</p>
<p style="text-indent:2em"><strong>四、救治帮扶</strong></p>
<p style="text-indent:2em">对筛查确诊的低收入患病妇女，由省妇联按每人10000元标准给予一次性救助，各地卫生健康部门要做好确诊病例的转诊和规范治疗衔接。</p>
<p style="text-indent:2em"><strong>五、工作要求</strong></p>
<p style="text-indent:2em">各市州要于每季度结束后10日内，通过湖南省妇幼健康信息系统报送项目进展情况；2026年12月20日前完成全年筛查任务，12月31日前将年度工作总结报省卫生健康委妇幼健康处。</p>
<p style="text-indent:2em">联系人：省卫生健康委妇幼健康处，联系电话：0731-84822417。</p>
<p style="text-indent:2em">附件：<a href="./{D4_TITLE}_湖南省卫生健康委员会_files/P020260410384152201349.pdf">2026年农村妇女“两癌”筛查项目技术方案.pdf</a></p>
<p style="text-align:right">湖南省卫生健康委员会　　湖南省财政厅　　湖南省妇女联合会</p>
<p style="text-align:right">2026年4月8日</p>
      </div>
      <div class="share">分享到：<a class="wx" href="javascript:void(0)" title="分享到微信">微信</a> <a class="wb" href="javascript:void(0)" title="分享到新浪微博">微博</a> <a class="qq" href="javascript:void(0)" title="分享到QQ">QQ</a></div>
      <div class="art-pn">
        <p>上一篇：<a href="../202604/t20260413_33920118.html">关于开展2026年全省卫生健康系统安全生产大检查的通知</a></p>
        <p>下一篇：<a href="../202604/t20260403_33901276.html">关于公布第三批湖南省老年友善医疗机构名单的通知</a></p>
      </div>
    </div>
  </div>
  <div class="right-box">
    <div class="side-title">相关文章</div>
    <ul class="side-list">
{side}
    </ul>
    <div class="side-title">热点专题</div>
    <ul class="side-zt"><li><a href="https://wjw.hunan.gov.cn/wjw/ztzl/jkhn/">健康湖南行动</a></li><li><a href="https://wjw.hunan.gov.cn/wjw/ztzl/ylfw/">改善就医感受 提升患者体验</a></li></ul>
  </div>
</div>
<div class="footer"><div class="w1200">
  <p><a href="https://wjw.hunan.gov.cn/wjw/lxwm/">联系我们</a> | <a href="https://wjw.hunan.gov.cn/wjw/wzsm/">网站声明</a> | <a href="https://wjw.hunan.gov.cn/wjw/wzdt/index.html">网站地图</a></p>
  <p>主办单位：湖南省卫生健康委员会　　地址：湖南省长沙市开福区湘雅路30号　　邮编：410008</p>
  <p>联系电话：0731-84822005　　<a href="https://beian.miit.gov.cn/" target="_blank">ICP备案号：湘ICP备05004827号</a>　　<img src="./{D4_TITLE}_湖南省卫生健康委员会_files/ga.png">湘公网安备 43010502000516号　　网站标识码：4300000067</p>
  <p><span id="_ideConac"><img src="./{D4_TITLE}_湖南省卫生健康委员会_files/dzjg.png" alt="党政机关"></span> 建议使用1920×1080分辨率浏览本网站</p>
</div></div>
<script src="./{D4_TITLE}_湖南省卫生健康委员会_files/share.js"></script>
</body></html>
'''
    with open(os.path.join(OUT, "hunan_liangai_shaicha_2026.html"), "w", encoding="utf-8") as f:
        f.write(html)


# ---------------------------------------------------------------------------
# Markdown 政策解读 (national)
# ---------------------------------------------------------------------------
D5_MD = f'''---
title: "{D5_TITLE}"
issuer: 国家卫生健康委员会
source: 国家卫生健康委基层卫生健康司
date: 2026-07-18
doc_number: "{D5_NUMBER}"
interprets: 关于做好2026年国家基本公共卫生服务工作的通知
tags: [基本公共卫生服务, 基层卫生, 家庭医生, 老年健康]
---

# {D5_TITLE}

近日，国家卫生健康委、财政部、国家中医药局、国家疾控局联合印发《关于做好2026年国家基本公共卫生服务工作的通知》（{D5_NUMBER}，以下简称《通知》）。为便于基层和群众准确理解，现就有关问题解读如下。

### 一、问：2026年基本公共卫生服务经费补助标准是多少？

答：**2026年人均基本公共卫生服务经费补助标准为99元，比2025年提高5元。**新增经费重点支持以下工作：

- 扩大老年人健康管理服务内容；
- 加强高血压、糖尿病等慢性病患者的健康管理；
- 做实家庭医生签约服务。

新增的5元经费统筹用于村（社区）两级，**不得截留、挤占或挪作他用**。

### 二、问：中央和地方的经费如何分担？

答：基本公共卫生服务经费由中央和地方财政共同承担，中央财政按照地区分档分担：

1. 第一档地区中央财政分担80%；
2. 第二档地区中央财政分担60%；
3. 第三档地区中央财政分担50%；
4. 第四档地区中央财政分担30%；
5. 第五档地区中央财政分担10%。

地方各级财政要足额安排本级应承担的资金，并于当年6月30日前将中央和省级补助资金全部下达到县级。

### 三、问：老年人健康管理服务有哪些新变化？

答：《通知》要求，为辖区内65岁及以上常住居民每年提供1次免费健康管理服务，包括生活方式和健康状况评估、体格检查、辅助检查和健康指导。**2026年在老年人健康体检中新增认知功能初筛，对初筛阳性者及时转诊至上级医疗机构进一步评估。**

### 四、问：今年主要工作指标有哪些要求？

答：《通知》对部分重点指标提出了明确要求，具体见下表。

| 指标名称 | 2025年目标 | 2026年目标 |
| --- | --- | --- |
| 65岁及以上老年人城乡社区规范健康管理服务率 | 62% | 65% |
| 高血压患者基层规范管理服务率 | 64% | 66% |
| 2型糖尿病患者基层规范管理服务率 | 64% | 66% |
| 0—6岁儿童眼保健和视力检查覆盖率 | 91% | 92% |
| 孕产妇系统管理率 | 90% | 91% |

### 五、问：群众享受基本公共卫生服务需要交费吗？

答：**国家基本公共卫生服务项目向城乡居民免费提供**，居民可到户籍地或居住地的社区卫生服务中心（站）、乡镇卫生院和村卫生室接受服务。流动人口在居住地居住满6个月的，可在居住地享受与户籍居民同等的基本公共卫生服务。

### 六、问：如何保障服务质量？

答：《通知》要求各地以县（市、区）为单位开展年度绩效评价，绩效评价结果与资金拨付挂钩；严禁为完成指标虚构服务记录、编造健康档案，对弄虚作假的机构和人员依法依规严肃处理。

*来源：国家卫生健康委基层卫生健康司　发布日期：2026年7月18日*
'''


def make_d5():
    with open(os.path.join(OUT, "jiedu_jbggws_2026.md"), "w", encoding="utf-8") as f:
        f.write(D5_MD)


# ---------------------------------------------------------------------------
# TXT: two notices scraped one after the other from a city portal
# ---------------------------------------------------------------------------
D6_CHROME_TOP = """济宁市人民政府
www.jining.gov.cn
首页 | 走进济宁 | 政务公开 | 政务服务 | 互动交流 | 数据开放
无障碍浏览 长者模式 登录 注册
当前位置：首页 > 政务公开 > 通知公告
"""

D6A = f"""{D6A_TITLE}
发布日期：2026-11-18 16:05　　来源：济宁市医疗保障局　　浏览次数：1274　　字号：[大 中 小]
{D6A_NUMBER}

　　为进一步健全我市多层次医疗保障体系，做好重特大疾病医疗保险和救助工作，防范因病返贫致贫风险，市医疗保障局会同市民政局、市财政局等部门起草了《济宁市城乡医疗救助实施办法（征求意见稿）》，现向社会公开征求意见。
　　公众可于2026年12月18日前，通过以下方式提出意见建议：
　　1.电子邮件：发送至jnybjyljz@jn.shandong.cn，邮件主题请注明“医疗救助实施办法意见建议”；
　　2.信函：邮寄至济宁市任城区建设北路18号济宁市医疗保障局待遇保障科（邮编272000），请在信封上注明“医疗救助实施办法意见建议”。
　　联系电话：0537-2968315

　　附件：济宁市城乡医疗救助实施办法（征求意见稿）

济宁市城乡医疗救助实施办法
（征求意见稿）
　　第一条　为进一步完善城乡医疗救助制度，根据《山东省医疗救助办法》等有关规定，结合本市实际，制定本办法。
　　第二条　医疗救助对象包括：特困人员、低保对象、低保边缘家庭成员、纳入监测范围的防止返贫监测对象，以及不符合上述条件但因高额医疗费用支出导致家庭基本生活出现严重困难的因病致贫重病患者。
　　第三条　对特困人员参加城乡居民基本医疗保险的个人缴费部分给予全额资助，对低保对象、防止返贫监测对象给予定额资助，定额资助标准为当年居民医保个人缴费标准的80%。
　　第四条　特困人员、低保对象、防止返贫监测对象不设医疗救助起付标准；低保边缘家庭成员起付标准为1500元，因病致贫重病患者起付标准为3000元。
　　第五条　经基本医疗保险、大病保险等支付后，救助对象政策范围内个人自付的住院和门诊慢特病费用，特困人员按90%、低保对象和防止返贫监测对象按75%、低保边缘家庭成员按65%、因病致贫重病患者按60%的比例给予救助。
　　第六条　住院和门诊慢特病救助共用年度救助限额，年度救助限额为6万元。经上述救助后个人负担仍然较重的，可给予倾斜救助，倾斜救助年度限额为3万元。
　　第七条　救助对象在定点医疗机构就医的，医疗救助费用实行“一站式”即时结算；因特殊原因未能即时结算的，可在费用发生之日起6个月内向参保地医保经办机构申请零星报销。
　　第八条　本办法自　　年　　月　　日起施行。

济宁市医疗保障局
2026年11月18日

【打印本页】　【关闭窗口】
上一篇：关于做好2026年冬季农村饮水安全保障工作的通知
下一篇：{D6B_TITLE}
扫一扫在手机打开当前页
"""

D6_CHROME_MID = """------------------------------------------------------------
济宁市人民政府
首页 | 走进济宁 | 政务公开 | 政务服务 | 互动交流 | 数据开放
当前位置：首页 > 政务公开 > 通知公告
"""

D6B = f"""{D6B_TITLE}
发布日期：2026-10-09 09:12　　来源：济宁市卫生健康委员会　　浏览次数：5316　　字号：[大 中 小]
{D6B_NUMBER}

各县（市、区）卫生健康局，济宁高新区、太白湖新区、济宁经济技术开发区社会事业局，委属有关单位：
　　为做好国家基本公共卫生服务老年人健康管理项目，提高老年人健康水平，决定在全市开展2026年度65岁及以上老年人免费健康体检工作。现将有关事项通知如下：
　　一、服务对象
　　辖区内常住的65岁及以上老年人（1961年12月31日及以前出生），不收取任何费用。
　　二、体检时间
　　2026年10月15日至12月31日。
　　三、体检内容
　　（一）生活方式和健康状况评估、体格检查；
　　（二）辅助检查：血常规、尿常规、肝功能、肾功能、空腹血糖、血脂、心电图和腹部B超；
　　（三）有条件的县（市、区）可增加颈动脉超声和认知功能初筛项目；
　　（四）根据体检结果开展健康指导。
　　四、工作要求
　　（一）各县（市、区）65岁及以上老年人健康体检率不低于65%，体检结果应在体检结束后1个月内反馈本人。
　　（二）对80周岁及以上行动不便的老年人，由家庭医生团队提供上门体检服务。
　　（三）体检信息要及时录入居民电子健康档案，严禁编造、虚报体检数据。

济宁市卫生健康委员会
2026年10月9日

【打印本页】　【关闭窗口】
上一篇：{D6A_TITLE}
下一篇：济宁市卫生健康委员会关于2026年第三季度医疗机构校验结果的公示
"""

D6_CHROME_BOTTOM = """
主办：济宁市人民政府办公室　　承办：济宁市大数据中心
地址：济宁市任城区太白楼中路1号　　联系电话：0537-2967110
鲁ICP备05032136号-1　　鲁公网安备 37080202000123号　　网站标识码：3708000009
"""


def make_d6():
    with open(os.path.join(OUT, "jining_zwgk_tzgg_scrape.txt"), "w", encoding="utf-8") as f:
        f.write(D6_CHROME_TOP + "\n" + D6A + "\n" + D6_CHROME_MID + "\n" + D6B + D6_CHROME_BOTTOM)


# ---------------------------------------------------------------------------
# bad files
# ---------------------------------------------------------------------------
def make_bad():
    rnd = random.Random(20261204)
    # 1. corrupt PDF: the head of a real PDF, cut off, followed by garbage
    with open(os.path.join(OUT, "linqu_jtys_qyfwf_2023.pdf"), "rb") as f:
        good = f.read()
    with open(os.path.join(BAD, "corrupt_truncated.pdf"), "wb") as f:
        f.write(good[: len(good) // 3] + bytes(rnd.randrange(256) for _ in range(2048)))
    # 2. empty txt
    open(os.path.join(BAD, "empty.txt"), "w").close()
    # 3. image-only PDF: a "scanned" page, no text layer at all
    from PIL import Image, ImageDraw
    img = Image.new("L", (1240, 1754), 245)
    dr = ImageDraw.Draw(img)
    dr.rectangle((180, 120, 1060, 170), fill=120)           # fake red head
    for k in range(26):                                      # fake text lines
        y = 300 + k * 48
        x2 = 1060 if k % 6 != 5 else 620
        for x in range(180, x2, 34):
            if rnd.random() > 0.12:
                dr.rectangle((x, y, x + 26, y + 26), fill=rnd.randrange(20, 90))
    for _ in range(6000):                                    # scanner noise
        x, y = rnd.randrange(1240), rnd.randrange(1754)
        dr.point((x, y), fill=rnd.randrange(150, 230))
    scan_png = os.path.join(BAD, "_scan.png")
    img.save(scan_png)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(scan_png, x=0, y=0, w=210, h=297)
    pdf.set_draw_color(180, 0, 0)
    pdf.set_line_width(1)
    pdf.rect(150, 240, 40, 40)                               # a stamp-like square
    pdf.output(os.path.join(BAD, "scanned_image_only.pdf"))
    os.remove(scan_png)
    # 4. .docx that is random bytes
    with open(os.path.join(BAD, "random_bytes.docx"), "wb") as f:
        f.write(bytes(rnd.randrange(256) for _ in range(4096)))


def main():
    for d in (OUT, BAD):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    make_d1()
    make_d2()
    make_d3()
    make_d4()
    make_d5()
    make_d6()
    make_bad()
    print("written:", sorted(os.listdir(OUT)), sorted(os.listdir(BAD)))


if __name__ == "__main__":
    main()
