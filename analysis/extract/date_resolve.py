"""Calendar arithmetic for the date finder: the pieces of a written date and what days they cover.

Private to :mod:`analysis.extract.dates` (the value format and coverage rules are documented there).
"""
from __future__ import annotations

import calendar
import datetime as dt

from .numerals import parse_digit_string, small_number


class _Parts:
    """The pieces of one written date before resolution."""

    __slots__ = ("start", "end", "y", "m", "d", "rel", "fy", "pm", "py", "pd", "wd", "week",
                 "weekday", "clock", "year_explicit")

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end
        self.y = self.m = self.d = None
        self.rel = False
        self.fy = False
        self.pm = self.py = self.pd = self.clock = None
        self.week = None          # week offset for 本周/上周/下周
        self.wd = None            # weekday inside 本周三
        self.weekday = None       # weekday written beside the date
        self.year_explicit = False


def _year(s: str) -> int | None:
    return parse_digit_string(s)


def _month_end(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _nearest_year(ref: dt.date, m: int, d: int | None) -> int:
    """The year that puts month m (day d) nearest to the reference date."""
    def dist(y: int) -> int:
        day = min(d or 15, _month_end(y, m)) if 1 <= m <= 12 else 1
        mm = m if 1 <= m <= 12 else 1
        return abs((dt.date(y, mm, max(day, 1)) - ref).days)
    nearest = min((ref.year - 1, ref.year, ref.year + 1), key=dist)
    if d and 1 <= m <= 12 and d > _month_end(nearest, m) and d <= _month_end(ref.year, m):
        return ref.year  # 2月29日 in October 2024 is that year's leap day, not an impossible 2025 one
    return nearest


def _nearest_month(ref: dt.date, d: int) -> tuple[int, int]:
    best = None
    for off in (-1, 0, 1):
        k = ref.year * 12 + ref.month - 1 + off
        y, m = k // 12, k % 12 + 1
        day = max(1, min(d, _month_end(y, m)))
        dist = abs((dt.date(y, m, day) - ref).days)
        if best is None or dist < best[0]:
            best = (dist, y, m)
    return best[1], best[2]


def _interval(p: _Parts, ref: dt.date) -> tuple[dt.date | None, dt.date | None, str, str | None]:
    """(first day, last day, precision, problem) of one resolved date."""
    if p.week is not None:
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=p.week)
        if p.wd == 67:   # 周末: Saturday and Sunday
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "week", None
        if p.wd:
            day = monday + dt.timedelta(days=p.wd - 1)
            return day, day, "day", None
        return monday, monday + dt.timedelta(days=6), "week", None
    y, m, d = p.y, p.m, p.d
    if y is None:
        return None, None, "year", "无法确定年份"
    if m is None:
        if p.py:
            return _part_of_year(y, p.py) + (None,)
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", None
    if not 1 <= m <= 12:
        return None, None, "month", f"月份“{m}月”不存在（应为1—12月）"
    last = _month_end(y, m)
    if d is None:
        if p.pm:
            lo, hi = {"初": (1, 10), "上旬": (1, 10), "中旬": (11, 20), "中": (11, 20), "上中旬": (1, 20),
                      "中下旬": (11, last)}.get(p.pm, (21, last))
            return dt.date(y, m, lo), dt.date(y, m, hi), "part_of_month", None
        return dt.date(y, m, 1), dt.date(y, m, last), "month", None
    if not 1 <= d <= last:
        return None, None, "day", f"{y}年{m}月只有{last}天，没有{d}日"
    day = dt.date(y, m, d)
    return day, day, "day", None


def _part_of_year(y: int, py: str) -> tuple[dt.date, dt.date, str]:
    if py == "年初":
        return dt.date(y, 1, 1), dt.date(y, 2, _month_end(y, 2)), "part_of_year"
    if py == "年中":
        return dt.date(y, 6, 1), dt.date(y, 7, 31), "part_of_year"
    if py in ("年底", "年末"):
        return dt.date(y, 11, 1), dt.date(y, 12, 31), "part_of_year"
    if py == "上半年":
        return dt.date(y, 1, 1), dt.date(y, 6, 30), "part_of_year"
    if py == "下半年":
        return dt.date(y, 7, 1), dt.date(y, 12, 31), "part_of_year"
    if py.startswith("前"):      # 前三季度: January to the end of that quarter
        m2 = (small_number(py[1]) or 1) * 3
        return dt.date(y, 1, 1), dt.date(y, m2, _month_end(y, m2)), "part_of_year"
    q = small_number(py.lstrip("第")[0]) or 1
    m2 = q * 3
    return dt.date(y, m2 - 2, 1), dt.date(y, m2, _month_end(y, m2)), "part_of_year"


def _fill_year(p: _Parts, ref: dt.date, sentence_year: int | None) -> bool:
    """Give a month(-day) without a year its year; True when the year was inferred."""
    if p.y is not None or p.week is not None:
        return False
    if p.m is None and p.d is None and p.py:
        def dist(y: int) -> int:
            lo, hi, _ = _part_of_year(y, p.py)
            return abs((lo + (hi - lo) / 2 - ref).days)
        p.y = sentence_year if sentence_year is not None else min(
            (ref.year - 1, ref.year, ref.year + 1), key=dist)
        return True
    if p.m is None and p.d is not None:
        p.y, p.m = _nearest_month(ref, p.d)
        return True
    if p.m is None:
        return False
    p.y = sentence_year if sentence_year is not None else _nearest_year(ref, p.m, p.d)
    return True


def _value(lo, hi, precision, problem, p: _Parts, inferred: bool) -> dict:
    if problem:
        lo = hi = None   # an impossible date covers no days
    v = {"start": lo.isoformat() if lo else None, "end": hi.isoformat() if hi else None,
         "precision": precision, "part": p.pd, "relative": p.rel, "weekday": p.weekday}
    if inferred:
        v["year_inferred"] = True
    if p.clock:
        v["time"] = p.clock
    if problem:
        v["valid"], v["problem"] = False, problem
    return v


def _range_year(a: _Parts, b: _Parts, ref: dt.date, sentence_year: int | None) -> bool:
    """Give both ends of a month(-day) range their years; True when a year was inferred.

    Without a written year the range as a whole goes where its middle is nearest the reference
    date (1至8月 in October is this year's, not next year's).
    """
    def wraps() -> bool:  # 12月28日—1月5日 runs into the next year
        return b.m is not None and (b.m, b.d or 0) < (a.m, a.d or 0)
    inferred = a.y is None
    if a.y is None and sentence_year is not None:
        a.y = sentence_year
    if a.y is None:
        best = None
        for y in (ref.year - 1, ref.year, ref.year + 1):
            a.y = y
            b.y = y + 1 if wraps() else y
            lo, _, _, _ = _interval(a, ref)
            _, hi, _, _ = _interval(b, ref)
            if lo is None or hi is None:
                continue
            dist = abs((lo + (hi - lo) / 2 - ref).days)
            if best is None or dist < best[0]:
                best = (dist, y)
        a.y = best[1] if best else ref.year
        b.y = None
    if b.y is None:
        b.y = a.y + 1 if wraps() else a.y
    return inferred
