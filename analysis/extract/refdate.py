"""Inferring the publication (reference) date of a page from its text.

Used by :func:`analysis.extract.dates.infer_reference_date` when no ``--date`` is given; the
analysis reports that the date was inferred.

Rule, in order: the year is the year of a current-year statement (``2023年第一次全体会议``,
``2023年首批``, ``2023年工作会议``…), else the latest explicit year that is not a target
(``到2035年``, ``计划…``, ``力争…``) and not after next year.  The month and day come from a
dateline (``新华社北京1月4日电``, ``本报…1月4日讯``), else from the latest full date ``Y年M月D日``
of that year, else from the month-day written most often (the first on a tie — the lead's date).
With a year alone the reference is 1 July of it (the middle of the year); with nothing, today.
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
_YEAR = re.compile(r"(?<![0-9０-９.])(" + _Y + r")年(?!代|多|余|来|间)")
_CURRENT_YEAR = re.compile(r"(" + _Y + r")年(?:度)?(?:第一次|第一季|首次|首场|首个|首批|新年|开年|伊始|工作会议|全体会议|春节)")
_MONTH_DAY = re.compile(r"(?<![0-9０-９年])(" + _M + r")月(" + _D + r")日")


def explain_reference_date(text: str, today: dt.date | None = None) -> tuple[dt.date, str]:
    """The inferred reference date and a short reason (for the CLI and the GUI to report)."""
    today = today or dt.date.today()
    year, why = None, ""
    cur = [_year(m.group(1)) for m in _CURRENT_YEAR.finditer(text)]
    cur = [y for y in cur if y and y <= today.year + 1]
    if cur:
        year, why = max(cur), "current-year statement"
    else:
        years = [_year(m.group(1)) for m in _YEAR.finditer(text) if not _future_context(text, m.start())]
        years = [y for y in years if y and 1900 <= y <= today.year + 1]
        if years:
            year, why = max(years), "latest explicit year"
    dl = _DATELINE.search(text)
    if dl:
        m, d = small_number(dl.group(1)), small_number(dl.group(2))
        y = year or _nearest_year(today, m or 1, d)
        day = _safe_date(y, m, d)
        if day:
            return day, "dateline" + (f" + {why}" if year else "")
    fulls = []
    for mt in _FULL.finditer(text):
        if _future_context(text, mt.start()):
            continue
        day = _safe_date(_year(mt.group(1)), small_number(mt.group(2)), small_number(mt.group(3)))
        if day and (year is None or day.year == year) and day <= today + dt.timedelta(days=366):
            fulls.append(day)
    if fulls:
        return max(fulls), "latest full date"
    if year is None:
        return today, "none found: today"
    counts = Counter()
    first = {}
    for mt in _MONTH_DAY.finditer(text):
        key = (small_number(mt.group(1)), small_number(mt.group(2)))
        counts[key] += 1
        first.setdefault(key, mt.start())
    for (m, d), _n in sorted(counts.items(), key=lambda kv: (-kv[1], first[kv[0]])):
        day = _safe_date(year, m, d)
        if day:
            return day, f"{why} + most frequent month-day"
    return dt.date(year, 7, 1), f"{why} (middle of the year)"


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
