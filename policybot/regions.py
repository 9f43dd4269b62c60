"""Place names → province-level division (地区识别).

Used on both sides: ingestion tags each document with its region from the issuer and title,
and the bot reads the asker's region from the question (``我是甘肃广河县的`` → 甘肃省,
``我们兰州的`` → 甘肃省). The data is ``policybot/data/regions.json``: every province-level
division with its short names, its prefecture-level divisions and their counties.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data") / "regions.json"

_PREFECTURE_SUFFIX = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?族)*自治州|市|地区|盟")
# Stems that are also everyday words; never match them without their suffix.
_STOP_STEMS = {"城关", "城区", "新区", "开发", "高新", "经济", "长安", "和平", "新华", "永安", "太平", "东乡", "南部", "西区", "东区", "中山", "白银", "金川"}


# after 县 these make an ordinary word (县级, 县里, 县城, 县域, 县委), not a two-character county's name
_COUNTY_WORD_NEXT = frozenset("级里城域委长区乡")


def prefecture_stem(city: str) -> str:
    """临夏回族自治州 → 临夏, 恩施土家族苗族自治州 → 恩施, 兰州市 → 兰州: the shortest head
    whose rest is a prefecture suffix (nationalities + 自治州, 市, 地区, 盟)."""
    for i in range(2, len(city)):
        if _PREFECTURE_SUFFIX.fullmatch(city[i:]):
            return city[:i]
    return city


@dataclass(frozen=True)
class Place:
    province: str  # 甘肃省
    detail: str  # 甘肃省临夏回族自治州广河县
    matched: str  # the text that matched
    level: int  # 1 province, 2 prefecture, 3 county


class Gazetteer:
    def __init__(self, data: dict):
        self.provinces: list[str] = []
        self.short: dict[str, str] = {}
        names: dict[str, Place] = {}
        # a prefecture's stem that is a province's name (青海的海南藏族自治州) names the province
        province_words = {w for prov in data["provinces"] for w in [prov["name"], *prov.get("short", [])]}
        for prov in data["provinces"]:
            p = prov["name"]
            self.provinces.append(p)
            names[p] = Place(p, p, p, 1)
            for s in prov.get("short", []):
                if len(s) >= 2:
                    names.setdefault(s, Place(p, p, s, 1))
                self.short.setdefault(p, s)
            for city, counties in prov.get("cities", {}).items():
                detail = p + city if city != p else p
                names.setdefault(city, Place(p, detail, city, 2))
                stem = prefecture_stem(city)
                if len(stem) >= 2 and stem not in _STOP_STEMS and stem not in province_words:
                    names.setdefault(stem, Place(p, detail, stem, 2))
                for county in counties or []:
                    cd = detail + county
                    if len(county) <= 2 and county.endswith("区") or county in _STOP_STEMS:
                        continue  # 城区, 郊区, 东区, 矿区: ordinary words, not places
                    # Counties only by their full name: bare stems collide with ordinary words
                    # (公安县 → 公安部, 和平区 → 和平).
                    names.setdefault(county, Place(p, cd, county, 3))
        self.names = names
        # Longest names first so 临夏回族自治州 wins over 临夏.
        alternatives = sorted(names, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, alternatives)))

    def find_all(self, text: str) -> list[Place]:
        out = []
        for m in self._pattern.finditer(text):
            place = self.names[m.group(0)]
            if place.level == 3 and len(m.group(0)) == 2 and text[m.end():m.end() + 1] in _COUNTY_WORD_NEXT:
                continue  # 「初审和县级审核」: 县级, not 和县
            out.append(place)
        return out

    def locate(self, text: str) -> Place | None:
        """The most specific place named first in ``text``; provinces win ties of position."""
        hits = self.find_all(text)
        if not hits:
            return None
        first = hits[0]
        # A province named alongside one of its own cities: keep the more specific one.
        for h in hits[1:]:
            if h.province == first.province and h.level > first.level:
                first = h
        return first

    def provinces_in(self, text: str) -> list[str]:
        seen: list[str] = []
        for h in self.find_all(text):
            if h.province not in seen:
                seen.append(h.province)
        return seen

    def short_name(self, province: str) -> str:
        return self.short.get(province, province)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer(json.loads(DATA.read_text(encoding="utf-8")))
