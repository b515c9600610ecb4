"""Spans of time in Chinese news copy: 为期4个多月, 运营已超过19年, 历时3天, 近两年, 一年半, 48小时.

``find_durations(text, start, end)`` returns ``Fact(kind="duration")`` with this value::

    {"value": 4, "unit": "月" | "年" | "天" | "日" | "周" | "小时" | "分钟",
     "approx": "more" | "less" | "about" | None,
     "min_days": 120, "max_days": 155,     # the range in days the wording admits (max None = open)
     "cue": "为期"}                         # only when a cue word stands before it

The span is the figure with its approximation words (``超过19年``, ``近两年``, ``4个多月``,
``3天左右``); the cue word (为期, 历时, 运营, 已…) is not part of the span but is reported in
``cue``.  ``半年`` is 0.5 年, ``一年半`` 1.5 年, ``一个半月`` 1.5 月.  Units: a year counts
365–366 days, a month 28–31, a week 7, a day 1, an hour 1/24, a minute 1/1440 (``min_days`` uses the
short length, ``max_days`` the long one; values are rounded to 2 decimals).

Tolerance rules (``v`` is the written value):

* exact → ``[v, v]``;
* 多/余 after the number (``4个多月``, ``十余年``, ``一年多``) → ``approx: "more"``, ``[v, v+1]``;
* 超过/逾/超/以上/多达 (``已超过19年``) → ``"more"``, ``[v, open]`` (``max_days`` None);
* 近/将近/接近/快 → ``"less"``, ``[v−1, v]``; 不到/不足/未满/以内/之内/内 → ``"less"``, ``[0, v]``;
* 约/大约/左右/上下/来 (``十来天``) → ``"about"``, ``v ± max(10 %, 1 unit)``;
* neighbouring numerals (``两三天``, ``三五年``) → ``"about"``, value 2, value_max 3, days 2–3.

Compounds are one span in the smaller unit (``三年六个月`` → 42 月, ``1年零3个月`` → 15 月,
``2小时15分钟`` → 135 分钟) with the sum of both day ranges; ranges keep ``value_max``
(``3至5年`` → value 3, value_max 5, days from 3 years to 5 years).

A bare ``N年`` or ``N日`` is only a duration when written in Chinese numerals or with a cue or an
approximation word around it: ``19年`` alone may be a year (2019) and ``4日`` a day of the month.
"""
from __future__ import annotations

import re

from ..model import Fact
from .numerals import ARABIC, CN_NUM, normalise, parse_number, parse_number_range

_CUES = ("为期", "历时", "历经", "耗时", "用时", "持续", "连续", "运营", "运行", "建成", "坚持",
         "长达", "累计", "共计", "经过", "仅用", "用了", "花了", "花费", "时长", "工期", "服刑",
         "有效期", "试用期", "任期", "工作", "服务", "执教", "从业", "坚守", "扎根")
_MORE_BEFORE = ("超过", "逾", "超", "多达")
_LESS_NEAR = ("将近", "接近", "近", "快")
_LESS_UNDER = ("不到", "不足", "未满", "未到")
_ABOUT_BEFORE = ("大约", "约", "大概")


def _alt(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_PRE = _alt(_MORE_BEFORE + _LESS_NEAR + _LESS_UNDER + _ABOUT_BEFORE)
_BODY = (
    r"(?P<pre>" + _PRE + r")?"
    r"(?:(?P<half>半)|(?P<num>" + ARABIC + r"|" + CN_NUM + r"|[数几])"
    r"(?:[至到—～~\-－](?P<num2>" + ARABIC + r"|" + CN_NUM + r"))?(?P<more1>多|余|来)?)"
    r"(?P<ge>个)?(?P<half2>半)?(?P<more2>多|余)?"
    r"(?P<unit>小时|个?钟头|分钟|星期|礼拜|周(?!年|岁|[一二三四五六日天末])|工作日|天|日|个?月|年(?!代|级|度|初|底|末|中|前|后|间|一度))"
    r"(?P<half3>半)?(?P<more3>多|余)?"
    r"(?P<post>左右|上下|以上|以内|之内|之久|有余|内)?"
)
_PAT = re.compile(r"(?<![0-9０-９.．第A-Za-z〇零○一二两三四五六七八九十百千万亿])" + _BODY)
#: The same without the look-behind, for the months of 1年零3个月 (after 零 or 又).
_PAT_AFTER = re.compile(_BODY)
_UNIT_NAME = {"小时": "小时", "钟头": "小时", "个钟头": "小时", "分钟": "分钟", "星期": "周", "礼拜": "周",
              "周": "周", "工作日": "日", "天": "天", "日": "日", "个月": "月", "月": "月", "年": "年"}
_DAYS = {"年": (365, 366), "月": (28, 31), "周": (7, 7), "天": (1, 1), "日": (1, 1),
         "小时": (1 / 24, 1 / 24), "分钟": (1 / 1440, 1 / 1440)}


def _days(x: float, unit: str, long: bool) -> float:
    return normalise(round(x * _DAYS[unit][1 if long else 0], 2))


def find_durations(text: str, start: int, end: int) -> list[Fact]:
    """Every span of time in ``text[start:end]`` (see the module docstring for the value)."""
    facts = []
    for mt in _PAT.finditer(text, start, end):
        fact = _fact(text, mt, start)
        if fact is not None:
            facts.append(fact)
    return _join_compounds(text, facts, end)


#: Units that combine into one span when written back to back: 三年六个月, 2小时15分钟.
_COMPOUND = {("年", "月"): ("月", 12), ("小时", "分钟"): ("分钟", 60), ("天", "小时"): ("小时", 24),
             ("日", "小时"): ("小时", 24)}


def _join_compounds(text: str, facts: list[Fact], end: int) -> list[Fact]:
    """``三年六个月`` → one duration of 42 月; ``2小时15分钟`` → 135 分钟 (the sum of both ranges)."""
    extra = []
    for f in facts:
        if f.value["unit"] == "年" and text[f.end:f.end + 1] in ("零", "又"):
            mt = _PAT_AFTER.match(text, f.end + 1, end)
            g = _fact(text, mt, f.end + 1) if mt else None
            if g is not None and g.value["unit"] == "月":
                extra.append(g)
    if extra:
        extra = [g for g in extra if not any(f.start < g.end and g.start < f.end for f in facts)]
        facts = sorted(facts + extra, key=lambda f: f.start)
    out: list[Fact] = []
    for f in facts:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end:f.start] in ("", "零", "又") \
                and (prev.value["unit"], f.value["unit"]) in _COMPOUND and "value_max" not in prev.value \
                and not prev.value["approx"]:
            unit, k = _COMPOUND[prev.value["unit"], f.value["unit"]]
            a, b = prev.value, f.value
            val = {"value": normalise(a["value"] * k + b["value"]), "unit": unit, "approx": b["approx"],
                   "min_days": normalise(round(a["min_days"] + b["min_days"], 2)),
                   "max_days": None if b["max_days"] is None else normalise(round(a["max_days"] + b["max_days"], 2))}
            if "cue" in a:
                val["cue"] = a["cue"]
            out[-1] = Fact(id="", article=-1, kind="duration", start=prev.start, end=f.end,
                           text=text[prev.start:f.end], value=val)
            continue
        out.append(f)
    return out


def _fact(text: str, mt: re.Match, lo: int) -> Fact | None:
    g = mt.groupdict()
    unit_raw = g["unit"]
    unit = _UNIT_NAME[unit_raw]
    if unit_raw == "月" and not g["ge"] and not g["half"]:
        return None  # "4月" is April; a month-long span needs 个 (4个月, 半个月)
    if g["ge"] and unit_raw in ("年", "天", "日"):
        return None  # 两个年度, 3个日子: not spans of time
    if g["half"] and mt.start() > 0 and text[mt.start() - 1] in "上下前后":
        return None  # 上半年 / 下半年 are parts of a year (dates), not half a year
    if unit == "日" and mt.start() > 0 and text[mt.start() - 1] == "月":
        return None  # 六月十日 is a date
    estimate = None
    if g["half"]:
        value = 0.5
    else:
        num = g["num"]
        if num in ("数", "几"):
            return None  # 数年, 几天: no figure to check
        value = parse_number(num)
        estimate = parse_number_range(num) if value is None and not g["num2"] else None
        if estimate is not None:
            value = estimate[0]   # 两三天: two or three days
        if value is None or value == 0:
            return None
    if g["half2"] or g["half3"]:
        value = value + 0.5
    value_max = parse_number(g["num2"]) if g["num2"] else (estimate[1] if estimate else None)
    if value_max is not None and (g["half2"] or g["half3"]):
        value_max += 0.5
    if g["num2"] and (value_max is None or value_max <= value):
        return None  # 5-3年: not a range of time
    is_arabic = bool(g["num"]) and g["num"][0] in "0123456789０１２３４５６７８９"
    cue = _cue(text, mt.start(), lo)
    more = bool(g["more1"] == "多" or g["more1"] == "余" or g["more2"] or g["more3"] or g["post"] == "有余")
    pre, post = g["pre"], g["post"]
    if unit_raw == "年" and (value >= 1000 or is_arabic and not (
            pre or post or more or cue or g["num2"] or _MONTHS_NEXT.match(text, mt.end()))):
        return None  # 2003年 is a date; a bare "19年" may be 2019
    if unit in ("日",) and not (pre or post or more or cue or g["unit"] == "工作日"):
        return None  # "4日" is a day of the month
    if unit == "天" and mt.start() > 0 and text[mt.start() - 1] in "今明昨前后每当":
        return None
    if unit == "周" and value >= 100:
        return None
    approx, lo_v, hi_v = None, value, value_max or value
    if more:
        approx, hi_v = "more", (value_max or value) + 1
    if estimate:
        approx = "about"   # 两三天: the two numerals are the tolerance
    elif g["more1"] == "来" or pre in _ABOUT_BEFORE or post in ("左右", "上下"):
        approx = "about"
        tol = max(0.1 * value, 1)
        lo_v, hi_v = max(value - tol, 0), (value_max or value) + tol
    if pre in _MORE_BEFORE or post == "以上":
        approx, hi_v = "more", None  # 之久 (长达三年之久) is emphasis only: the figure stays exact
    if pre in _LESS_NEAR:
        approx, lo_v, hi_v = "less", max(value - 1, 0), value
    if pre in _LESS_UNDER or post in ("以内", "之内", "内"):
        approx, lo_v, hi_v = "less", 0, value_max or value
    value = normalise(value)
    val = {"value": value, "unit": unit, "approx": approx,
           "min_days": _days(lo_v, unit, False),
           "max_days": None if hi_v is None else _days(hi_v, unit, True)}
    if value_max is not None:
        val["value_max"] = normalise(value_max)
    if cue:
        val["cue"] = cue
    s, e = mt.start(), mt.end()
    return Fact(id="", article=-1, kind="duration", start=s, end=e, text=text[s:e], value=val)


_CUE_RE = re.compile(r"(?:" + _alt(_CUES) + r")(?:了|已经|已|已经有|达|有|为)?$")
#: "1年零3个月": a bare Arabic year count is a span when months follow it.
_MONTHS_NEXT = re.compile(r"[零又]?(?:[0-9０-９]+|[一二两三四五六七八九十]+)个(?:多|半)?月")
_ALREADY_RE = re.compile(r"(?:已经|已|仍|还)$")


def _cue(text: str, pos: int, lo: int) -> str | None:
    """The cue word right before the figure (为期, 历时, 运营已…); None when there is none."""
    before = text[max(lo, pos - 6):pos]
    m = _CUE_RE.search(before)
    if m:
        word = m.group(0)
        for c in sorted(_CUES, key=len, reverse=True):
            if word.startswith(c):
                return c
    if _ALREADY_RE.search(before):
        return "已"
    return None
