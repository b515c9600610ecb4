"""Inferring the publication (reference) date of a page from its text.

Used by :func:`analysis.extract.dates.infer_reference_date` when no ``--date`` is given; the
analysis reports that the date was inferred.

Rule, in order:

* the year is the year of a current-year statement (``2023年第一次全体会议``, ``2023年首批``,
  ``2023年工作会议``…: *strong*), else the latest explicit year that is not a plan or a target
  (``到2035年``, ``预计于2025年底``, ``力争…``, ``2035年前``), not an event label (``2022年冬奥会``)
  and not after next year (*weak*);
* with a dateline (``新华社北京1月4日电``, ``本报…1月4日讯``) the day is the dateline's;
* with a strong year and full dates ``Y年M月D日`` of it, the latest of them;
* else the month-day written without a year most often (the first on a tie — the lead's date) in
  that year, unless a full date of the year is later (then that full date).  With a weak year, a
  month-day that falls more than a month before the latest dated event of that year
  (``2019年12月底`` … ``4月8日``) moves to the following year: stories are about their own days;
* else the latest full date; with a year alone 1 July of it (the middle); with nothing, today.

``explain_reference_date`` returns the date with the reason, for the CLI and the GUI to report.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from .date_resolve import _nearest_year, _year
from .dates import _D, _FUTURE_BEFORE, _M, _Y
from .numerals import small_number

_DATELINE = re.compile(r"(?:社|报|台|网|电视台|记者)[^\s，,。“”]{0,10}?(" + _M + r")月(" + _D + r")日[电讯]")
_FULL = re.compile(r"(" + _Y + r")年(" + _M + r")月(" + _D + r")日")
_YEAR = re.compile(r"(?<![0-9０-９.])(" + _Y + r")年(?!代|多|余|来|间|[冬夏]?奥运会|冬奥会|亚运会|世界杯|世博会|全运会|大运会|进博会)")
_CURRENT_YEAR = re.compile(r"(" + _Y + r")年(?:度)?(?:第一次|第一季|首次|首场|首个|首批|新年|开年|伊始|工作会议|全体会议|春节)")
_YEAR_MONTH = re.compile(r"(" + _Y + r")年(" + _M + r")月(?:(" + _D + r")日)?")
_MONTH_DAY = re.compile(r"(?<![0-9０-９年])(" + _M + r")月(" + _D + r")日")


def explain_reference_date(text: str, today: dt.date | None = None) -> tuple[dt.date, str]:
    """The inferred reference date and a short reason (for the CLI and the GUI to report)."""
    today = today or dt.date.today()
    year, why, strong = None, "", False
    cur = [_year(m.group(1)) for m in _CURRENT_YEAR.finditer(text)]
    cur = [y for y in cur if y and y <= today.year + 1]
    if cur:
        year, why, strong = max(cur), "current-year statement", True
    else:
        years = [_year(m.group(1)) for m in _YEAR.finditer(text) if not _future_context(text, m.start())]
        years = [y for y in years if y and 1900 <= y <= today.year + 1]
        if years:
            year, why = max(years), "latest explicit year"
    latest = _latest_dated(text, year)

    def bump(day: dt.date) -> tuple[dt.date, str]:
        # The news is about its own days: a weakly dated bare month-day that falls before the
        # latest dated event of that year (2019年12月底 … 4月8日) is in the following year.
        if not strong and latest and day < latest - dt.timedelta(days=31):
            nxt = _safe_date(day.year + 1, day.month, day.day)
            if nxt:
                return nxt, " (after the latest dated event)"
        return day, ""

    dl = _DATELINE.search(text)
    if dl:
        m, d = small_number(dl.group(1)), small_number(dl.group(2))
        day = _safe_date(year or _nearest_year(today, m or 1, d), m, d)
        if day:
            day, note = bump(day) if year else (day, "")
            return day, "dateline" + (f" + {why}" if year else "") + note
    fulls = []
    for mt in _FULL.finditer(text):
        if _future_context(text, mt.start()):
            continue
        day = _safe_date(_year(mt.group(1)), small_number(mt.group(2)), small_number(mt.group(3)))
        if day and (year is None or day.year == year) and day <= today + dt.timedelta(days=366):
            fulls.append(day)
    if fulls and strong:
        return max(fulls), "latest full date of the current year"
    if year is not None:
        for m, d in _month_days_by_frequency(text):
            day = _safe_date(year, m, d)
            if day:
                day, note = bump(day)
                if fulls and max(fulls) >= day:
                    break
                return day, f"{why} + most frequent month-day{note}"
    if fulls:
        return max(fulls), "latest full date"
    if year is None:
        return today, "none found: today"
    return dt.date(year, 7, 1), f"{why} (middle of the year)"


def _month_days_by_frequency(text: str) -> list[tuple[int, int]]:
    """Month-days written without a year, most frequent first (the first written on a tie)."""
    counts: Counter = Counter()
    first: dict = {}
    for mt in _MONTH_DAY.finditer(text):
        key = (small_number(mt.group(1)), small_number(mt.group(2)))
        counts[key] += 1
        first.setdefault(key, mt.start())
    return sorted(counts, key=lambda k: (-counts[k], first[k]))


def _latest_dated(text: str, year: int | None) -> dt.date | None:
    """The latest explicit past date of ``year`` written with at least its month (2019年12月底)."""
    if year is None:
        return None
    best = None
    for mt in _YEAR_MONTH.finditer(text):
        if _year(mt.group(1)) != year or _future_context(text, mt.start()):
            continue
        m = small_number(mt.group(2))
        d = small_number(mt.group(3)) if mt.group(3) else 1
        day = _safe_date(year, m, d)
        if day and (best is None or day > best):
            best = day
    return best


_FUTURE_NEAR = re.compile(r"预计|将于|将在|计划|力争|争取|有望|目标|规划|展望|远景|(?<!原)定于")


def _future_context(text: str, pos: int) -> bool:
    """A target or a plan (到2035年, 预计于2025年底, 2035年前): not evidence of the current year."""
    before = text[max(0, pos - 4):pos]
    if any(before.endswith(w) for w in _FUTURE_BEFORE):
        return True
    if _FUTURE_NEAR.search(text, max(0, pos - 8), pos):
        return True
    after = text[pos:pos + 14]
    return re.match(r"[^，。；]*?年(?:底|末)?前", after) is not None and "年前" in after[:8]


def _safe_date(y, m, d) -> dt.date | None:
    try:
        return dt.date(y, m, d) if y and m and d else None
    except ValueError:
        return None
