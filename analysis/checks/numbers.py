"""``number.implausible`` (figures impossible beside another) and ``number.format`` (GB/T 15835).

Plausibility: a yearly output above capacity × 8,760 hours; a share (占比, 覆盖率, 合格率…)
above 100%.  (A part larger than its whole is found with the totals, in ``sums``.)
Format fixes are certain and come with edits: 二0二三年 → 二〇二三年, 七、八十年代 → 七八十年代,
5、6个人 → 五六个人, 10几个 → 十几个, 3-5% → 3%～5%.
"""
from __future__ import annotations

import re

from ..model import Analysis, Edit, Flag
from .base import flag, int_to_cn, stories, to_number
from .messages import fix_label, msg

NUM = r"(\d+(?:,\d{3})*(?:\.\d+)?)"
POWER = {"kW": 1, "千瓦": 1, "MW": 1e3, "兆瓦": 1e3, "GW": 1e6, "吉瓦": 1e6, "W": 1e-3, "瓦": 1e-3}
ENERGY = {"kW·h": 1, "kW•h": 1, "kWh": 1, "kW.h": 1, "千瓦时": 1, "度": 1, "MW·h": 1e3, "MWh": 1e3,
          "兆瓦时": 1e3, "GW·h": 1e6, "GWh": 1e6, "吉瓦时": 1e6}
MULT = {"": 1, "万": 1e4, "亿": 1e8, "千": 1e3}


def _alt(d) -> str:
    return "|".join(sorted(map(re.escape, d), key=len, reverse=True))


CAP_RE = re.compile(rf"装机(?:总)?(?:容量|规模)?(?:为|达|达到|约|共|约为|是)?{NUM}(万|亿)?({_alt(POWER)})(?!\s*[·•.]?\s*h|时)")
OUT_RE = re.compile(rf"(?:每年|年均|年平均|年)(?:可|能|将)?(?:发电量|发电|上网电量)(?:为|达|达到|约|可达|约为|超过|是)?"
                    rf"{NUM}(万|亿)?({_alt(ENERGY)})")
SHARE_RE = re.compile(r"(占比|比重|占[^，。；,;\n%％]{0,16}?的?(?:比重|比例)?|覆盖率|达标率|合格率|优良率|满意度|"
                      r"知晓率|入学率|参保率|普及率|及格率|出勤率|完好率|比例|份额)(?:为|达|达到|约|超过|提高到|提升至|"
                      r"升至|是)?(\d+(?:\.\d+)?)(%|％)")


def _fmt_energy(kwh: float) -> tuple[str, str]:
    if kwh >= 1e8:
        return f"{kwh / 1e8:.2f}亿kW·h", f"{kwh / 1e8:.2f}×10⁸ kW·h"
    return f"{kwh / 1e4:.0f}万kW·h", f"{kwh / 1e4:.0f}×10⁴ kW·h"


def check_plausibility(analysis: Analysis) -> list[Flag]:
    """Yearly output above capacity × 8760 h; shares above 100%."""
    text = analysis.text
    out: list[Flag] = []
    for st in stories(analysis):
        caps = [(m, float(m.group(1).replace(",", "")) * MULT[m.group(2) or ""] * POWER[m.group(3)])
                for m in CAP_RE.finditer(text, st.start, st.end)]
        for m in OUT_RE.finditer(text, st.start, st.end):
            if not caps:
                break
            cap_m, kw = min(caps, key=lambda c: abs(c[0].start() - m.start()))
            kwh = float(m.group(1).replace(",", "")) * MULT[m.group(2) or ""] * ENERGY[m.group(3)]
            limit = kw * 8760
            if kwh > limit * 1.001:
                zh, en = _fmt_energy(limit)
                cap_text = text[cap_m.start(1):cap_m.end()]
                out.append(flag("number.implausible", "error", st.index,
                                msg("number.capacity", output=text[m.start(1):m.end()], capacity=cap_text,
                                    limit=zh, limit_en=en),
                                spans=[(cap_m.start(1), cap_m.end()), (m.start(1), m.end())]))
        for m in SHARE_RE.finditer(text, st.start, st.end):
            if float(m.group(2)) <= 100 or re.search(r"目标|任务|计划|预算|同期|上年|去年", m.group(1)) or \
                    re.search(r"增|降|涨|提高|提升|扩大|翻|倍|同比|环比|超", m.group(1)):  # 占地面积增长150%
                continue
            out.append(flag("number.implausible", "error", st.index,
                            msg("number.share", share=m.group(0)), spans=[(m.start(2), m.end())]))
    return out


# --- GB/T 15835 -----------------------------------------------------------------------------

ZERO_RE = re.compile(r"(?<![〇零○一二三四五六七八九十0-9])([一二三四五六七八九〇零○0OoΟ]{4})年")
ADJ_CN_RE = re.compile(r"(?<![第一二三四五六七八九十\d])([一二三四五六七八九])、([一二三四五六七八九])"
                       r"(?=(?:十|百|千|万)?(?:年代|个|人|名|岁|天|次|家|米|斤|公里|元|万|倍|里|小时|分钟|年(?!级|度)))")
ADJ_AR_RE = re.compile(r"(?<![第\d.、])(\d)、(\d)(?![\d、])"
                       r"(?=(?:个|人|名|岁|天|次|家|倍|小时|分钟|公里|米|年(?!级|度)|十|百|千|万|座|所|辆|台|件|条|只|"
                       r"头|本|张|把|位|户|间|斤|块|亩|遍|趟|周|场))")
JI_RE = re.compile(r"(?<![\d.])(\d{2,4})几(?=[个人名天岁次家年万千百十元米倍户位座分斤公台辆件只条项])")
RANGE_RE = re.compile(r"(?<![\d.A-Za-z%％])(\d+(?:\.\d+)?)\s*([-~－—–～])\s*(\d+(?:\.\d+)?)(%|％)")
RANGE_PCT_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?[%％])\s*[-~－—–]\s*(\d+(?:\.\d+)?[%％])")
BAD_ZERO = "0OoΟ○零"


def _format_flag(analysis: Analysis, article, key: str, s: int, e: int, good: str) -> Flag:
    bad = analysis.text[s:e]
    return flag("number.format", "warning", article, msg(key, bad=bad, good=good), spans=[(s, e)],
                fix=(*fix_label("replace", good=good), [Edit(s, e, good)]))


def check_format(analysis: Analysis) -> list[Flag]:
    """GB/T 15835 misuses with their certain fixes."""
    text = analysis.text
    out: list[Flag] = []
    for st in stories(analysis):
        lo, hi = st.start, st.end
        for m in ZERO_RE.finditer(text, lo, hi):
            y = m.group(1)
            if any(c in BAD_ZERO for c in y) and any(c in "一二三四五六七八九" for c in y):
                good = "".join("〇" if c in BAD_ZERO else c for c in y)
                out.append(_format_flag(analysis, st.index, "format.zero", m.start(1), m.end(1), good))
        for m in ADJ_CN_RE.finditer(text, lo, hi):
            a, b = "一二三四五六七八九".index(m.group(1)), "一二三四五六七八九".index(m.group(2))
            if b == a + 1:
                out.append(_format_flag(analysis, st.index, "format.adjacent", m.start(), m.end(),
                                        m.group(1) + m.group(2)))
        for m in ADJ_AR_RE.finditer(text, lo, hi):
            a, b = int(m.group(1)), int(m.group(2))
            if b == a + 1 and a >= 1:
                out.append(_format_flag(analysis, st.index, "format.adjacent", m.start(), m.end(),
                                        int_to_cn(a) + int_to_cn(b)))
        for m in JI_RE.finditer(text, lo, hi):
            n = int(m.group(1))
            if n % 10 == 0 and n < 10000:
                out.append(_format_flag(analysis, st.index, "format.ji", m.start(), m.end(),
                                        int_to_cn(n) + "几"))
        for m in RANGE_PCT_RE.finditer(text, lo, hi):
            good = f"{m.group(1)}～{m.group(2)}"
            out.append(_format_flag(analysis, st.index, "format.range", m.start(), m.end(), good))
        for m in RANGE_RE.finditer(text, lo, hi):
            a, b = to_number(m.group(1)), to_number(m.group(3))
            if a is None or b is None or a >= b:
                continue
            pct = m.group(4)
            good = f"{m.group(1)}{pct}～{m.group(3)}{pct}"
            out.append(_format_flag(analysis, st.index, "format.range", m.start(), m.end(), good))
    return out
