"""Figures in Chinese news copy: counts, money, percentages, measures.

``find_numbers(text, start, end)`` returns ``Fact(kind="number")`` with this value::

    {"value": 50000, "unit": "kW", "approx": None | "about" | "more" | "less",
     "raw": "5万",                       # the figure as written, without unit or approximation words
     "kind": "count" | "money" | "percent" | "measure" | "plain"}

plus ``"value_max"`` for ranges (``3%～5%`` → value 3, value_max 5, unit "%"; ``10～20℃``; below
zero keeps its sign: ``零下3至零下8℃`` → −8…−3, value ≤ value_max) and for
estimates written with neighbouring numerals (``三四百人`` → 300–400, approx "about"), and
``"change": "up" | "down"`` when 增长/提高… or 下降/减少… stands right before a percentage.

Scaling: 万, 亿, 千万, 万亿 multiply (``5万kW`` → 50000 kW, ``2.0283亿kW·h`` → 202830000 kW·h);
money units fold their scale into the value with unit 元/美元/欧元… (``3.5亿元`` → 350000000 元,
``200万美元`` → 2000000 美元); ``万吨``/``万亩``/``万千瓦`` likewise become 吨/亩/千瓦.  Percentages:
``15%``, ``百分之十五`` → 15 "%"; ``三成`` → 30 "%"; ``三分之一`` → 33.33 "%"; ``千分之五`` → 5 "‰"; ``3.5个百分点`` → 3.5 "个百分点".
Rates keep both units: ``1.2万元/平方米`` → 12000 "元/平方米", ``0.6元/千瓦时`` → 0.6 "元/千瓦时".  Counts keep
their measure word as unit (``134座`` → "座", ``9部门`` → "部门", ``5名`` → "名").

Approximation: 约/大约/左右/上下 → about; 近/将近/接近/不到/不足/以下 → less; 超过/逾/以上/多/余
→ more.  The span includes the approximation words written with the figure.

Not figures (skipped): ordinals (``第十二个``), dates and spans of time (numbers before 年/月/日/
天/小时…; the date and duration finders own them), codes (``G72``, ``K819+180``, ``5G``), Chinese
numerals inside a quoted slogan (``“两个确立”``), a lone 一, vague amounts (几十家, 数百万元, 上千人),
ordinal sessions written in Chinese (``四次会议``), and bare integers with no unit, no scale and no
approximation (page numbers, list items).  Figures without a unit that still read as figures
(``5万``, ``约300``, ``1,234.5``) are reported with ``unit: None`` and kind "plain".
"""
from __future__ import annotations

import bisect
import re

from ..model import Fact
from .numerals import ARABIC, CN_NUM, normalise, parse_number, parse_number_range

# unit as written → (unit reported, multiplier, kind).  Longest forms are tried first.
_UNITS: dict[str, tuple[str, int, str]] = {}


def _add(kind: str, names: str, unit: str | None = None, mult: int = 1) -> None:
    for n in names.split():
        _UNITS[n] = (unit or n, mult, kind)


_add("money", "元 美元 欧元 港元 日元 英镑 韩元 澳元")
for _cur in ("元", "美元", "欧元", "港元", "日元", "英镑"):
    _add("money", "万" + _cur, _cur, 10_000)
    _add("money", "亿" + _cur, _cur, 100_000_000)
    _add("money", "千万" + _cur, _cur, 10_000_000)
    _add("money", "百万" + _cur, _cur, 1_000_000)
_add("money", "千元", "元", 1000)
_add("money", "块钱", "元")
_add("percent", "% ％", "%")
_add("percent", "‰", "‰")
_add("percent", "个百分点 百分点", "个百分点")
for _kwh in ("kW·h", "kW・h", "kW•h", "kW.h", "kWh", "kw·h", "kwh", "KWh", "千瓦时", "度"):
    _add("measure", _kwh, "kW·h" if _kwh[0] in "kK" else _kwh)
_add("measure", "kW kw KW", "kW")
_add("measure", "MW GW MWh GWh 千瓦 兆瓦 吨 亩 公顷 公里 千米 km 米 m 厘米 cm 毫米 mm ℃ 摄氏度 "
     "平方米 ㎡ m² 平方公里 平方千米 km² 立方米 m³ 公斤 千克 kg 克 毫克 微克 斤 升 毫升 标箱 标准箱 马力 岁 周岁 "
     "倍 吨公里 级")
_add("measure", "万千瓦", "千瓦", 10_000)
_add("measure", "万千瓦时", "千瓦时", 10_000)
_add("measure", "万吨", "吨", 10_000)
_add("measure", "万亩", "亩", 10_000)
_add("measure", "万平方米", "平方米", 10_000)
_add("measure", "万立方米", "立方米", 10_000)
_add("measure", "万公里", "公里", 10_000)
_add("count", "人次 万人次 亿人次 辆次 架次 批次 剂次 车次 班次 剂 人 名 家 座 项 件 起 户 次 辆 台 所 部门 条 处 只 头 株 棵 套 "
     "间 张 份 篇 批 支 位 例 场 栋 幢 艘 架 枚 颗 本 册 种 类 宗 单 笔 门 组 支队 个村 个")
_add("count", "万人次", "人次", 10_000)
_add("count", "亿人次", "人次", 100_000_000)
_UNITS.pop("个村")

_PER = "平方米|千瓦时|kW·h|立方米|平方公里|公斤|千克|吨|斤|亩|人|户|月|年|天|日|小时|㎡|m³|度|升|次"
_UNIT_ALT = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
_SCALE = r"(?:万亿|千亿|百亿|十亿|千万|百万|十万|亿|万)"
_CORE = r"(?:" + ARABIC + r"|" + CN_NUM + r")(?:多|余)?" + _SCALE + r"?"
_PRE = r"(?P<pre>大约有|大约|约有|约|将近|接近|近|超过|逾|不到|不足|多达)?"
_PAT = re.compile(
    r"(?<![0-9０-９.．A-Za-z第+#＃/\-〇零一二两三四五六七八九十百千万亿几数上])" + _PRE +
    r"(?:(?P<pctcn>(?P<den>" + CN_NUM + r")分之)(?P<pn>" + CN_NUM + r"|" + ARABIC + r")"
    r"|(?P<n1>" + _CORE + r")"
    r"(?:(?P<u1>" + _UNIT_ALT + r")?(?P<rng>[～~—–－\-至到])(?P<n2>" + _CORE + r"))?"
    r"(?P<more>多|余)?(?:(?P<unit>" + _UNIT_ALT + r")(?:[/每](?P<per>" + _PER + r"))?|(?P<cheng>成)(?=[以左多的，。、；,;：\s）)”]|$)))"
    r"(?P<post>左右|上下|以上|以下|之多)?"
)
# A measure word that is really the start of a span of time or an ordinal-like phrase.
_NOT_UNIT_AFTER = re.compile(r"多?(?:月|小时|星期|钟头|工作日|百分点|半?月)|[A-Za-z0-9]")
_BAD_AFTER = re.compile(r"[年月日号时点分秒天周]|小时|个月|个?多月|个半月|[A-Za-z0-9]")
_UP = ("增长", "增加", "提高", "上升", "上涨", "提升", "增幅", "同比增长", "环比增长", "多")
_DOWN = ("下降", "减少", "降低", "下跌", "回落", "下滑", "减", "降幅", "同比下降", "环比下降")
_APPROX = {"大约": "about", "约": "about", "约有": "about", "大约有": "about", "左右": "about", "上下": "about",
           "将近": "less", "接近": "less", "近": "less", "不到": "less", "不足": "less", "以下": "less",
           "超过": "more", "逾": "more", "以上": "more", "多达": "more", "之多": "more"}


def find_numbers(text: str, start: int, end: int) -> list[Fact]:
    """Every figure in ``text[start:end]`` (see the module docstring for the value)."""
    temps = _temperatures(text, start, end)     # few: a linear overlap test is enough
    facts = list(temps)
    for mt in _PAT.finditer(text, start, end):
        fact = _fact(text, mt)
        if fact is not None and not any(t.start < fact.end and fact.start < t.end for t in temps):
            facts.append(fact)
    facts.sort(key=lambda f: f.start)
    starts = [f.start for f in facts]
    plain = [f for f in _plain_numbers(text, start, end) if not _overlaps(facts, starts, f)]
    return sorted(facts + plain, key=lambda f: f.start)


def _overlaps(facts: list[Fact], starts: list[int], f: Fact) -> bool:
    """Whether f overlaps one of ``facts`` (sorted by start, not overlapping each other)."""
    k = bisect.bisect_left(starts, f.end) - 1
    return k >= 0 and facts[k].end > f.start


_TEMP = re.compile(
    r"(?<![0-9０-９.．A-Za-z])(?P<s1>零下|[-－])?(?P<n1>" + ARABIC + r")℃?"
    r"(?:[～~至到—](?P<s2>零下|[-－])?(?P<n2>" + ARABIC + r"))?℃")


def _temperatures(text: str, start: int, end: int) -> list[Fact]:
    """Temperatures below zero (零下5℃, -3～5℃): the sign is part of the figure."""
    out = []
    for mt in _TEMP.finditer(text, start, end):
        if not (mt["s1"] or mt["s2"]):
            continue   # no sign: the general pattern reads it
        v1 = parse_number(mt["n1"]) * (-1 if mt["s1"] else 1)
        val = {"value": normalise(v1), "unit": "℃", "approx": None,
               "raw": text[mt.start():mt.end() - 1], "kind": "measure"}
        if mt["n2"]:
            v2 = normalise(parse_number(mt["n2"]) * (-1 if mt["s2"] else 1))
            val["value"], val["value_max"] = min(val["value"], v2), max(val["value"], v2)
        out.append(_make(text, mt, val))
    return out


def _fact(text: str, mt: re.Match) -> Fact | None:
    g = mt.groupdict()
    if g["pctcn"]:
        value = parse_number(g["pn"])
        den = {"百": 100, "千": 1000}.get(g["den"]) or parse_number(g["den"])
        if value is None or not den:
            return None
        unit = "‰" if den == 1000 else "%"
        if den not in (100, 1000):   # 三分之一 → 33.33 %
            value = normalise(round(value / den * 100, 2))
        val = {"value": value, "unit": unit, "approx": _APPROX.get(g["pre"] or g["post"] or ""),
               "raw": g["pctcn"] + g["pn"], "kind": "percent"}
        return _make(text, mt, val)
    n1, n2 = g["n1"], g["n2"]
    unit_text = g["unit"] or ("成" if g["cheng"] else None)
    if unit_text is None:
        return None
    if n2 and g["u1"] and g["unit"] and _UNITS[g["u1"]][0] != _UNITS[g["unit"]][0]:
        return None  # 3人—5名: not one range
    after = text[mt.end():mt.end() + 3]
    if unit_text in ("个", "次", "起", "位", "名", "台", "家") and _NOT_UNIT_AFTER.match(after):
        return None
    if unit_text in ("次", "届", "级") and _is_chinese(n1) and after[:1] in ("会", "全", "党", "代", "人", "政"):
        return None  # 四次会议, 二十届一中全会, 一级政府: which session or level, not how many
    if unit_text in ("m", "km", "kg", "cm", "mm", "kW", "MW", "GW") and re.match(r"[A-Za-z0-9]", after):
        return None
    if _is_chinese(n1):
        if n1 == "一" or n1 in ("两", "二") and unit_text in ("个",):
            return None  # 一批, 一起, 两个确立…: idiom far more often than figure
        before = text[max(0, mt.start() - 1):mt.start()]
        if before in ("“", "‘", "《", "「"):
            return None  # a numbered slogan or title: “两个维护”
    if text[mt.start() - 1:mt.start()] == "第" if mt.start() else False:
        return None
    v1 = parse_number(_strip_more(n1))
    estimate = parse_number_range(_strip_more(n1)) if v1 is None and not n2 else None
    if estimate is not None:
        v1 = estimate[0]   # 三四百人: about 300 to 400
    if v1 is None:
        return None
    more = "多" in n1 or "余" in n1 or g["more"]
    if unit_text == "成":
        if not _is_chinese(n1) and v1 > 10:
            return None
        unit, mult, kind = "%", 10, "percent"
    else:
        unit, mult, kind = _UNITS[unit_text]
    value = normalise(v1 * mult)
    approx = _APPROX.get(g["pre"] or "") or _APPROX.get(g["post"] or "")
    if more and approx is None:
        approx = "more"
    if g["per"]:
        unit = f"{unit}/{g['per']}"   # a rate: 1.2万元/平方米, 0.6元/千瓦时
    val = {"value": value, "unit": unit, "approx": approx, "raw": n1, "kind": kind}
    if estimate is not None:
        val["value_max"], val["approx"] = normalise(estimate[1] * mult), val["approx"] or "about"
    if n2:
        v2 = parse_number(_strip_more(n2))
        if v2 is None:
            return None
        scale2 = re.search(_SCALE + "$", _strip_more(n2))
        if scale2 and not re.search(_SCALE, n1):
            # 2至3万元 means 2万 to 3万: the scale written once applies to both ends
            mantissa = parse_number(_strip_more(n2)[: scale2.start()])
            if mantissa and v1 <= mantissa:
                val["value"] = normalise(v1 * (v2 / mantissa) * mult)
        val["value_max"] = normalise(v2 * mult)
        val["raw"] = text[mt.start("n1"):mt.end("n2")]
    if kind == "percent":
        change = _change(text, mt.start())
        if change:
            val["change"] = change
    return _make(text, mt, val)


def _strip_more(s: str) -> str:
    return s.replace("多", "").replace("余", "")


def _is_chinese(s: str) -> bool:
    return bool(s) and s[0] not in "0123456789０１２３４５６７８９"


def _change(text: str, pos: int) -> str | None:
    before = text[max(0, pos - 4):pos]
    if any(before.endswith(w) for w in _DOWN):
        return "down"
    if any(before.endswith(w) for w in _UP):
        return "up"
    return None


def _make(text: str, mt: re.Match, val: dict) -> Fact:
    s, e = mt.start(), mt.end()
    return Fact(id="", article=-1, kind="number", start=s, end=e, text=text[s:e], value=val)


def _plain_numbers(text: str, start: int, end: int) -> list[Fact]:
    """Figures without a unit that still read as figures (``5万``, ``约300``, ``1,234.5``): kind "plain"."""
    facts = []
    for mt in _PLAIN.finditer(text, start, end):
        if _BAD_AFTER.match(text, mt.end()):
            continue
        raw = mt.group("n")
        scaled = any(c in raw for c in "万亿,，.．")
        if not (scaled or mt.group("pre")):
            continue
        value = parse_number(_strip_more(raw))
        if value is None:
            continue
        approx = _APPROX.get(mt.group("pre") or "") or ("more" if ("多" in raw or "余" in raw) else None)
        facts.append(_make(text, mt, {"value": value, "unit": None, "approx": approx, "raw": raw,
                                      "kind": "plain"}))
    return facts


_PLAIN = re.compile(r"(?<![0-9０-９.．A-Za-z第+#/\-])" + _PRE + r"(?P<n>(?:" + ARABIC + r")(?:多|余)?"
                    + _SCALE + r"?)(?![0-9０-９.．A-Za-z%％])")
