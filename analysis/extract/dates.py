"""Dates in Chinese news copy: find them, resolve them against a reference date.

``find_dates(text, start, end, reference_date)`` returns ``Fact(kind="date")`` with this value::

    {"start": "2023-01-04", "end": "2023-01-04",      # first and last day covered (ISO)
     "precision": "day" | "month" | "year" | "part_of_month" | "part_of_year" | "week" | "range",
     "part": "morning" | "forenoon" | "noon" | "afternoon" | "evening" | "night" | None,
     "relative": bool,          # written relative to the reference date (今年, 昨天, 上月, 本周三…)
     "weekday": 1-7 | None}     # a weekday written beside the date, （星期二） → 2; Monday = 1, Sunday = 7

and, only when they apply: ``"year_inferred": True`` (a month-day without a year: it took the
year of an explicit year earlier in the same sentence — the next year when that would put it before
the explicit date, as in 自2022年9月起……于1月4日结束 — else the nearest such date to the reference
date; a range without a year goes where its middle is nearest); ``"time": "10:30"`` (a clock time written after it); ``"valid": False`` with ``"problem"``
(impossible dates such as 2月30日 or 13月 — still reported, with ``start``/``end`` None).

Coverage rules: a year is 1 Jan–31 Dec (``2022年度`` too); a month its whole length; 初/上旬 days
1–10, 中旬/中 11–20, 下旬/底/末 21–end; 年初 = 1 Jan–end of Feb, 年中 = 1 Jun–31 Jul, 年底/年末 =
1 Nov–31 Dec; 上半年 Jan–Jun, 下半年 Jul–Dec, 一季度…四季度 the quarter; 本周/上周/下周 Monday–Sunday.
Ranges (``9月至12月``, ``6—8月``, ``1月3日至5日``, ``2021—2025年``) are one fact with precision
``range``; the second end takes the year/month of the first when it lacks them.  ``X以来`` /
``X至今`` / ``X迄今`` run from the start of X to the reference date.  The part of the day is part of
the span (``1月4日下午`` → ``part: "afternoon"``; 凌晨/深夜/夜 → night; 早/早上/清晨 → morning;
上午 → forenoon; 中午 → noon; 傍晚/晚/晚上/晚间 → evening).

``infer_reference_date(text)`` — see its docstring for the rule.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from ..model import Fact
from .date_resolve import (
    _fill_year,
    _interval,
    _Parts,
    _range_year,
    _value,
    _year,
)
from .numerals import small_number

_Y = r"(?:[12１２][0-9０-９]{3}|[〇零○Ｏ0０一二三四五六七八九]{4})"
_M = r"(?:[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])"
_D = r"(?:[0-9０-９]{1,2}|三十一?|二?十[一二三四五六七八九]?|[一二]十|[一二三四五六七八九])"
_WD = r"[一二三四五六日天]"
_PART_DAY = {"凌晨": "night", "清晨": "morning", "早晨": "morning", "早上": "morning",
             "上午": "forenoon", "中午": "noon", "午间": "noon", "下午": "afternoon",
             "傍晚": "evening", "晚上": "evening", "晚间": "evening", "夜间": "night",
             "深夜": "night", "夜里": "night", "晚": "evening", "夜": "night", "早": "morning"}
_REL_YEAR = {"今年": 0, "本年": 0, "本年度": 0, "去年": -1, "上一年": -1, "前年": -2,
             "明年": 1, "下一年": 1, "后年": 2}
_REL_MONTH = {"本月": 0, "这个月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}
_REL_DAY = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "前日": -2,
            "明天": 1, "明日": 1, "后天": 2,
            "今晚": 0, "今晨": 0, "今早": 0, "昨晚": -1, "昨夜": -1, "明晚": 1, "明早": 1}
#: Relative days that carry their part of the day (今晚 = this evening).
_REL_DAY_PART = {"今晚": "evening", "今晨": "morning", "今早": "morning", "昨晚": "evening",
                 "昨夜": "night", "明晚": "evening", "明早": "morning"}
_REL_WEEK = {"本周": 0, "这周": 0, "本星期": 0, "上周": -1, "上星期": -1, "下周": 1, "下星期": 1}
_WEEKDAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}


def _alt(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_CLOCK = r"(?:[0-9０-９]{1,2}|零)(?:[时点][0-9０-９]{1,2}分|[:：][0-9０-９]{2}|[时点](?![0-9０-９]))(?:许|左右)?"
_ATOM = re.compile(
    r"(?<![0-9０-９.．A-Za-z第])"
    r"(?=[0-9０-９〇零○Ｏ一二三四五六七八九十今本去上前明下后这昨第])"
    r"(?:(?P<y>" + _Y + r")年(?P<fy>度)?(?![多余来间代级]|历史|之久|左右)|(?P<ry>" + _alt(_REL_YEAR) + r"))?"
    r"(?:(?P<m>" + _M + r")月(?:份)?(?![份以之内余多]?[个])|(?P<rm>" + _alt(_REL_MONTH) + r"))?"
    r"(?:(?P<d>" + _D + r")[日号](?![内游])|(?P<rd>" + _alt(_REL_DAY) + r")"
    r"|(?P<rw>" + _alt(_REL_WEEK) + r")(?:(?P<wd>" + _WD + r")|(?P<we>末))?)?"
    r"(?P<pm>初(?![步次级中心衷期稿赛审选])|上中旬|中下旬|上旬|中旬|下旬|底|末|中(?=[，,、。；]))?"
    r"(?P<py>年初(?![步次级中心衷期稿赛审选])|年底|年末|年中(?=[，,、。；])|上半年|下半年|前[一二两三]季度|(?:第?[一二三四1-4１-４])季度)?"
    r"(?P<pd>" + _alt(_PART_DAY) + r")?"
    r"(?P<clk>" + _CLOCK + r")?"
    r"(?:[（(](?:星期|周|礼拜)(?P<wa>" + _WD + r")[)）]|[，,\s]?(?:星期|礼拜)(?P<wb>" + _WD + r"))?"
    # 9月12日（星期二）晚 / 4月4日（星期六）上午10时: the part of the day may follow the weekday
    r"(?:(?<=[)）])(?P<pd2>" + _alt(_PART_DAY) + r")(?P<clk2>" + _CLOCK + r")?)?"
)
# Short ranges whose first end is a bare number: 6—8月, 2021—2025年, 1—11月 (after a year), 3至5日.
_SHORT_RANGE = re.compile(
    r"(?<![0-9０-９.．A-Za-z第])(?=[0-9０-９〇零○Ｏ一二三四五六七八九十今本去前明后上下])"
    r"(?:(?P<y>" + _Y + r")年|(?P<ry>" + _alt(_REL_YEAR) + r"))?"
    r"(?:(?P<y1>" + _Y + r")[—–\-－~～至到](?P<y2>" + _Y + r")年"
    r"|(?P<m1>" + _M + r")[—–\-－~～至到、](?P<m2>" + _M + r")月(?:份)?(?!份?[个])"
    r"|(?P<mo>" + _M + r")月(?P<d1>" + _D + r")[—–\-－~～至到、](?P<d2>" + _D + r")[日号])"
)
_ISO = re.compile(r"(?<![0-9.\-/])(?P<y>(?:19|20)[0-9]{2})[-./](?P<m>[01]?[0-9])[-./](?P<d>[0-3]?[0-9])(?![0-9])")
_CONNECT = re.compile(r"\s*(?:至|到|—+|–|-|－|~|～)\s*")
_SINCE = re.compile(r"以来|至今|迄今")
_SENTENCE_END = re.compile(r"[。！？；!?;\n]")
# Words before a number that make "N日"/"N年" a span of time rather than a date.
_DURATION_BEFORE = ("为期", "历时", "连续", "持续", "长达", "超过", "不到", "不足", "用时", "耗时",
                    "历经", "近", "约", "逾", "达", "每", "了", "个", "多", "余")
# Words after 今日/明日/后天… that make them a name or a figure of speech.
_NOT_REL_DAY_AFTER = ("头条", "说法", "中国", "关注", "美国", "之星", "黄花", "因素", "培养", "努力",
                      "形成", "习得")
_FUTURE_BEFORE = ("到", "至", "预计", "力争", "计划", "将于", "将在", "目标", "规划", "争取", "—", "-", "～")


def _from_atom(mt: re.Match, ref: dt.date) -> _Parts | None:
    g = mt.groupdict()
    if not (g["y"] or g["ry"] or g["m"] or g["rm"] or g["d"] or g["rd"] or g["rw"]):
        if g["py"] and not g["py"].startswith("年") and mt.start("py") == mt.start():
            # a bare 上半年 / 一季度: the year is resolved later, like a bare month
            p = _Parts(mt.start(), mt.end("py"))
            p.py = g["py"]
            return p
        return None
    before = mt.string[max(0, mt.start() - 2):mt.start()]
    if before.endswith(("每年", "每月", "每周", "逢", "每逢")):
        return None  # 每年10月, 每月15日: a recurring day, not a date
    if g["rd"] and not (g["y"] or g["m"]) and (
            before.endswith(("的", "了")) and g["rd"].endswith("天")
            or mt.string.startswith(_NOT_REL_DAY_AFTER, mt.end("rd"))
            or g["rd"] == "后天" and mt.string[max(0, mt.start() - 3):mt.start()].startswith("先天")):
        return None  # 美好的明天, 今日头条, 先天和后天: not days
    p = _Parts(mt.start(), mt.end())
    if g["y"]:
        p.y, p.year_explicit, p.fy = _year(g["y"]), True, bool(g["fy"])
    elif g["ry"]:
        p.y, p.rel, p.year_explicit = ref.year + _REL_YEAR[g["ry"]], True, True
    if g["m"]:
        p.m = small_number(g["m"])
    elif g["rm"]:
        k = ref.year * 12 + ref.month - 1 + _REL_MONTH[g["rm"]]
        p.y, p.m, p.rel = k // 12, k % 12 + 1, True
    if g["d"]:
        p.d = small_number(g["d"])
    elif g["rd"]:
        day = ref + dt.timedelta(days=_REL_DAY[g["rd"]])
        p.y, p.m, p.d, p.rel = day.year, day.month, day.day, True
        p.pd = _REL_DAY_PART.get(g["rd"])
    elif g["rw"]:
        p.week, p.rel = _REL_WEEK[g["rw"]], True
        p.wd = _WEEKDAY[g["wd"]] if g["wd"] else (67 if g["we"] else None)
    if g["d"] and not (g["m"] or g["rm"]):
        if not _bare_day_ok(mt):
            return None
    if g["y"] and not g["m"] and not g["rm"] and _looks_like_duration(mt):
        return None
    if g["pm"] and p.m is not None and p.d is None:
        p.pm = g["pm"]
    elif g["pm"] and p.y is not None and p.m is None and g["pm"] in "初底末中":
        p.py = "年" + g["pm"]
    elif g["pm"]:
        p.end = mt.start("pm")
    if g["py"] and p.y is not None and p.m is None:
        p.py = g["py"]
    if g["pd"] and (p.d is not None or p.wd is not None) and p.wd != 67:
        p.pd = _PART_DAY[g["pd"]]
    elif g["pd"] or g["py"] and p.py != g["py"]:
        cut = mt.start("pd") if g["pd"] else mt.start("py")
        return _trim(p, mt, cut)
    if g["clk"]:
        p.clock = _clock(g["clk"], p.pd)
    wa = g["wa"] or g["wb"]
    if wa:
        p.weekday = _WEEKDAY[wa]
    if g["pd2"]:
        if p.d is None or p.pd:
            return _trim(p, mt, mt.start("pd2")) if p.pd is None else _keep_weekday(p, mt)
        p.pd = _PART_DAY[g["pd2"]]
        if g["clk2"]:
            p.clock = _clock(g["clk2"], p.pd)
    return p


def _keep_weekday(p: _Parts, mt: re.Match) -> _Parts:
    """Stop the span after the weekday when a second part of the day follows (上午（周一）下午)."""
    p.end = mt.start("pd2")
    return p


def _trim(p: _Parts, mt: re.Match, cut: int) -> _Parts:
    """Drop a trailing piece that does not belong to this date (e.g. 下午 after a bare month)."""
    p.end = cut
    p.clock = p.weekday = None
    return p


def _clock(s: str, part: str | None) -> str | None:
    """``"10时30分"`` → ``"10:30"``; 下午/晚上 move a 12-hour clock to 24 hours (晚8时 → 20:00)."""
    nums = re.findall(r"[0-9０-９]+", s)
    if s.startswith("零"):
        nums.insert(0, "0")
    h = small_number(nums[0]) if nums else None
    if h is None:
        return None
    mnt = small_number(nums[1]) if len(nums) > 1 else 0
    if part in ("afternoon", "evening") and h < 12 or part == "night" and 6 <= h < 12:
        h += 12   # 凌晨 (night) 3时 stays 03:00; 深夜11时 is 23:00
    return f"{h:02d}:{mnt:02d}"


def _bare_day_ok(mt: re.Match) -> bool:
    """A lone "4日" is a date only where it reads like one (not 3日游, 7日内, 为期5日)."""
    s = mt.string
    before = s[max(0, mt.start() - 3):mt.start()]
    if any(before.endswith(w) for w in _DURATION_BEFORE):
        return False
    nxt = s[mt.end("d") + 1:mt.end("d") + 2] if mt.end("d") + 1 < len(s) else ""
    if nxt in ("后", "前", "内", "游", "余", "多", "左", "以", "之"):
        return False
    if not 1 <= (small_number(mt.group("d")) or 0) <= 31:
        return False
    if s[mt.end("d"):mt.end("d") + 1] != "日":
        return False  # a lone "1号" is more often a line, a building or a document than a day
    return mt.group("d")[0] in "0123456789０１２３４５６７８９十二三"


def _looks_like_duration(mt: re.Match) -> bool:
    before = mt.string[max(0, mt.start() - 3):mt.start()]
    return any(before.endswith(w) for w in ("近", "约", "超过", "逾", "长达", "历时", "为期"))


def _short_ranges(text: str, start: int, end: int, ref: dt.date, sentence_year) -> list[Fact]:
    facts = []
    for mt in _SHORT_RANGE.finditer(text, start, end):
        g = mt.groupdict()
        a, b = _Parts(mt.start(), mt.end()), _Parts(mt.start(), mt.end())
        year = _year(g["y"]) if g["y"] else (ref.year + _REL_YEAR[g["ry"]] if g["ry"] else None)
        a.rel = b.rel = bool(g["ry"])
        if g["y1"]:
            if g["y"] or g["ry"]:
                continue
            a.y, b.y = _year(g["y1"]), _year(g["y2"])
        elif g["m1"]:
            if text[mt.start("m2") - 1] == "、":
                continue  # 6、7月 lists two months
            a.m, b.m = small_number(g["m1"]), small_number(g["m2"])
        else:
            if text[mt.start("d2") - 1] == "、":
                continue
            a.m = b.m = small_number(g["mo"])
            a.d, b.d = small_number(g["d1"]), small_number(g["d2"])
        if year is not None:
            a.y = b.y = year
        inferred = False if g["y1"] else _range_year(a, b, ref, sentence_year(a))
        facts.append(_range_fact(text, mt.start(), mt.end(), a, b, ref, inferred))
    return facts


def _range_fact(text, s, e, a: _Parts, b: _Parts, ref, inferred) -> Fact:
    lo, _, _, pa = _interval(a, ref)
    _, hi, _, pb = _interval(b, ref)
    problem = pa or pb
    if not problem and lo and hi and hi < lo:
        problem = "起止日期颠倒"
    val = _value(lo, hi, "range", problem, a, inferred)
    val["part"] = None
    val["relative"] = a.rel or b.rel
    return Fact(id="", article=-1, kind="date", start=s, end=e, text=text[s:e], value=val)


def find_dates(text: str, start: int, end: int, reference_date: dt.date) -> list[Fact]:
    """Every date in ``text[start:end]`` with its resolved value (see the module docstring)."""
    ref = reference_date
    # Explicit years in text order: offsets, the end of their sentence, the year.  Sentence ends
    # grow with the offsets, so the last year written before a position is the only candidate.
    year_at: list[int] = []
    year_info: list[tuple[int, int, tuple[int, int] | None]] = []   # (sentence end, year, (month, day))

    def sentence_year(p: _Parts) -> int | None:
        """The year written earlier in p's sentence; the next one when p would fall before that date.

        The story reads forward: 自2022年9月起……于1月4日结束 ends in January 2023.
        """
        k = bisect.bisect_left(year_at, p.start) - 1
        if k < 0 or p.start > year_info[k][0]:
            return None
        _, year, anchor = year_info[k]
        if anchor and p.m is not None and (p.m, p.d or 0) < anchor:
            return year + 1
        return year

    def note_year(p: _Parts) -> None:
        if p.year_explicit and p.y is not None:
            m = _SENTENCE_END.search(text, p.end, end)
            year_at.append(p.start)
            anchor = (p.m, p.d or 0) if p.m is not None and p.week is None else None
            year_info.append((m.start() if m else end, p.y, anchor))

    facts = []
    taken: list[tuple[int, int]] = []   # short ranges, in text order, that other dates may not overlap
    atoms: list[_Parts] = []
    for mt in _ATOM.finditer(text, start, end):
        p = _from_atom(mt, ref)
        if p is not None and p.end > p.start:
            atoms.append(p)
            note_year(p)
    for f in _short_ranges(text, start, end, ref, sentence_year):
        facts.append(f)
        taken.append((f.start, f.end))
    for mt in _ISO.finditer(text, start, end):
        p = _Parts(mt.start(), mt.end())
        p.y, p.m, p.d = int(mt["y"]), int(mt["m"]), int(mt["d"])
        atoms.append(p)
    atoms.sort(key=lambda p: p.start)
    i = 0
    while i < len(atoms):
        a = atoms[i]
        i += 1
        k = bisect.bisect_left(taken, (a.end, 0)) - 1
        if k >= 0 and taken[k][1] > a.start:
            continue
        # A second date after a connector makes a range: 9月至12月, 1月3日至5日.
        b = atoms[i] if i < len(atoms) else None
        gap = text[a.end:b.start] if b else ""
        if b and gap and _CONNECT.fullmatch(gap) and not a.pd and a.m is not None and (
                b.m is not None or b.d is not None):
            if b.y is None and b.m is None:
                b.m = a.m    # 1月3日至5日: the second end is in the first's month
            inferred = _range_year(a, b, ref, sentence_year(a))
            facts.append(_range_fact(text, a.start, b.end, a, b, ref, inferred))
            i += 1
            continue
        if b and gap and _CONNECT.fullmatch(gap) and a.y is not None and a.m is None and b.y is not None \
                and b.m is None and not a.rel:
            facts.append(_range_fact(text, a.start, b.end, a, b, ref, False))   # 2021年至2025年
            i += 1
            continue
        inferred = _fill_year(a, ref, sentence_year(a))
        lo, hi, precision, problem = _interval(a, ref)
        e = a.end
        since = _SINCE.match(text, e, end)
        if since and lo and not problem and lo <= ref:
            e, hi, precision = since.end(), ref, "range"
        facts.append(Fact(id="", article=-1, kind="date", start=a.start, end=e, text=text[a.start:e],
                          value=_value(lo, hi, precision, problem, a, inferred)))
    facts.sort(key=lambda f: f.start)
    return facts


def infer_reference_date(text: str) -> dt.date:
    """The publication date as best the text tells; today when it tells nothing.

    The rule is documented in :mod:`analysis.extract.refdate` (dateline, current-year statements,
    latest full date, latest explicit year, most frequent month-day).
    """
    from .refdate import explain_reference_date
    return explain_reference_date(text)[0]


def explain_reference_date(text: str, today: dt.date | None = None) -> tuple[dt.date, str]:
    """``infer_reference_date`` with a short reason, for the CLI and the GUI to report."""
    from .refdate import explain_reference_date as explain
    return explain(text, today)
