"""Metadata parsing shared by every layout: dates, 发文字号, issuers and regions."""

from __future__ import annotations

import re
from datetime import date

from policybot.regions import gazetteer
from policybot.types import NATIONAL, UNKNOWN_REGION

from .text import UNICODE_SPACES, tighten_cjk

_SP = f"[ {UNICODE_SPACES}]*"

CN_DATE = re.compile(rf"(\d{{4}}){_SP}年{_SP}(\d{{1,2}}){_SP}月{_SP}(\d{{1,2}}){_SP}日")
ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")

# 国办发〔2024〕38 号 / 沪卫基层〔2024〕9 号 / 黔卫计发﹝ 2015 ﹞ 72 号 / 2024 年第 4号
DOC_NUMBER = re.compile(
    rf"([\u4e00-\u9fff]{{1,14}}){_SP}[〔［\[﹝(（]{_SP}(\d{{4}}){_SP}[〕］\]﹞)）]{_SP}第?{_SP}(\d{{1,4}}){_SP}号"
)
ANNOUNCEMENT_NUMBER = re.compile(rf"(\d{{4}}){_SP}年{_SP}第{_SP}(\d{{1,4}}){_SP}号")
# What a lossy web extraction leaves: 国卫办医急函〔2025397 (lost 〕 and 号)
LOSSY_DOC_NUMBER = re.compile(r"^([\u4e00-\u9fff]{2,14})〔(20\d\d)(\d{1,4})$")


def iso(y: int | str, m: int | str, d: int | str) -> str:
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return ""


def parse_cn_date(text: str) -> str:
    """``2024 年 7 月 26 日`` → ``2024-07-26``; ISO-like dates pass through; else ''."""
    m = CN_DATE.search(text) or ISO_DATE.search(text)
    return iso(*m.groups()) if m else ""


def decode_compact_date(digits: str) -> str:
    """``20251011`` → 2025-10-11, ``2025930`` → 2025-09-30: the digit runs a lossy extraction
    leaves of ``2025年10月11日``. Only when exactly one month/day split is valid."""
    if not re.fullmatch(r"20\d{5,6}", digits):
        return ""
    year, rest = digits[:4], digits[4:]
    options = set()
    for cut in (1, 2):
        mm, dd = rest[:cut], rest[cut:]
        if not dd or len(dd) > 2 or mm.startswith("0") and len(mm) == 1:
            continue
        if 1 <= int(mm) <= 12 and 1 <= int(dd) <= 31 and iso(year, mm, dd):
            options.add(iso(year, mm, dd))
    return options.pop() if len(options) == 1 else ""


def find_doc_number(text: str) -> str:
    """The first 发文字号 in ``text``, spaces removed and brackets unified: 国办发〔2024〕38号."""
    m = DOC_NUMBER.search(text)
    if m:
        prefix = m.group(1)
        # Drop the sentence text that precedes a number quoted mid-sentence (…的通知》（辽委发〔…).
        prefix = re.split(r"[的了和及与是为在按照根据]", prefix)[-1] or prefix
        return f"{prefix}〔{m.group(2)}〕{m.group(3)}号"
    m = ANNOUNCEMENT_NUMBER.search(text)
    if m:
        return f"{m.group(1)}年第{m.group(2)}号"
    return ""


def doc_number_line(text: str) -> tuple[str, str] | None:
    """If a whole line is a 发文字号, return (number, raw). Reconstructs the lossy
    ``〔2025397`` form to ``〔2025〕397号`` only when it decodes unambiguously."""
    t = re.sub(r"^(?:发文字号|文号|文件编号|发文号)\s*[:：]\s*", "", tighten_cjk(text).strip())  # 「发文字号：…」
    if len(t) > 30:
        return None
    m = DOC_NUMBER.fullmatch(t) or ANNOUNCEMENT_NUMBER.fullmatch(t)
    if m:
        return find_doc_number(t), ""
    m = LOSSY_DOC_NUMBER.match(t)
    if m:
        return f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}号", t
    return None


NATIONAL_BODY = re.compile(
    r"^(国务院|国家|中共中央|全国|财政部|民政部|公安部|教育部|商务部|交通运输部|人力资源(和)?社会保障部|"
    r"工业和信息化部|生态环境部|农业农村部|市场监管总局|国家市场监督管理总局|共青团中央|中国计划生育协会)"
)


NATIONAL_NAMED = re.compile(NATIONAL_BODY.pattern.lstrip("^"))

def infer_region(*texts: str) -> tuple[str, str]:
    """(region, detail) from the issuer and title: a province-level name, or 全国 for
    national bodies. The first text that names a place wins (pass the issuer first). A document
    that names neither a place nor a national body (a news item: 「近日，国务院印发…」 counts as
    naming one) has an unknown region, ``""``, never 全国 by default."""
    gz = gazetteer()
    for text in texts:  # the issuer decides first: 国家药监局 approving a pilot in 北京 is national
        if not text:
            continue
        hit = gz.locate(text)
        if hit:
            return hit.province, hit.detail
        if NATIONAL_BODY.search(text.strip()):
            return NATIONAL, ""
    if any(text and NATIONAL_NAMED.search(text) for text in texts):
        return NATIONAL, ""
    return UNKNOWN_REGION, ""


# how an issuing body's name ends: 委员会, 局, 厅, 联合会 …
ISSUER_SUFFIX = re.compile(r"(委员会|委|局|厅|部|院|办公室|办公厅|政府|司|中心|协会|联合会|妇联|残联|总工会|计生协|省委|团|处|所|公司)$")


def is_banner(text: str) -> bool:
    """The 版头 of an official document, never its title: 「××市卫生健康委员会文件」, or the office's
    bare name printed above the title (「三亚市卫生健康委员会」)."""
    t = re.sub(f"[ {UNICODE_SPACES}]", "", text)
    if re.fullmatch(r"[\u4e00-\u9fff（）()、]{2,40}文件", t):
        return True
    return bool(re.fullmatch(r"[\u4e00-\u9fff（）()、]{2,40}", t)) and bool(ISSUER_SUFFIX.search(t)) and "关于" not in t


def split_issuers(text: str) -> list[str]:
    """``国家卫生健康委办公厅  公安部办公厅`` → two issuers (signatures are space-padded)."""
    parts = re.split(rf"[、，,]|[ {UNICODE_SPACES}]+", text.strip())
    return [p for p in (x.strip() for x in parts) if p]


# --- currency: 施行日期 and 有效期 -------------------------------------------------------------

_DAY = rf"(\d{{4}}){_SP}年{_SP}(\d{{1,2}}){_SP}月{_SP}(\d{{1,2}}){_SP}日"
_IN_FORCE_FROM = re.compile(rf"自?{_SP}{_DAY}{_SP}起{_SP}(?:正式)?(?:施行|执行|实施|生效)")
_IN_FORCE_ON_ISSUE = re.compile(r"自(?:印发|发布|公布|下发)之日起(?:施行|执行|实施|生效)")
_VALID_UNTIL = re.compile(rf"有效期(?:至|截至|截止到?|到){_SP}{_DAY}")
_VALID_FOR = re.compile(r"有效期(?:为|是)?([一二三四五六七八九十两\d]{1,3})年")
_CN_SMALL = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}


def _years(word: str) -> int:
    if word.isdigit():
        return int(word)
    if word == "十":
        return 10
    if word.startswith("十"):
        return 10 + _CN_SMALL.get(word[1:], 0)
    return _CN_SMALL.get(word, 0)


def currency(text: str, issued: str) -> tuple[str, str]:
    """(施行日期, 有效期届满日) a document states of itself, ISO or ''. The last statement wins (the
    document's own closing clause comes after any it quotes); 「有效期5年」 runs from the 施行日期."""
    effective = ""
    for m in _IN_FORCE_FROM.finditer(text):
        effective = iso(*m.groups()) or effective
    if not effective and _IN_FORCE_ON_ISSUE.search(text):
        effective = issued
    expiry = ""
    for m in _VALID_UNTIL.finditer(text):
        expiry = iso(*m.groups()) or expiry
    if not expiry:
        m = _VALID_FOR.search(text)
        start = effective or issued
        if m and start and _years(m.group(1)):
            y, mo, d = map(int, start.split("-"))
            try:
                end = date(y + _years(m.group(1)), mo, d)
            except ValueError:  # 29 February
                end = date(y + _years(m.group(1)), mo, 28)
            expiry = date.fromordinal(end.toordinal() - 1).isoformat()
    return effective, expiry
