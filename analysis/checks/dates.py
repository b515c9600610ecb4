"""``date.invalid`` and ``date.weekday-mismatch``.

Both read the text directly (so they work whatever the date extractor decided) and use
the date facts where they exist: a fact's resolved ``start`` fixes the year of a date
written without one, and a fact marked ``valid: false`` is reported with its ``problem``.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from ..model import Analysis, Fact, Flag
from .base import flag, story_of, to_number
from .messages import msg

YEAR = r"(?P<y>\d{4}|[〇零○O0一二三四五六七八九]{4})年"
MONTH = r"(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])月"
DAY = r"(?:(?P<d>\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])"
DATE_RE = re.compile(rf"(?<![\d.第])(?:{YEAR})?{MONTH}{DAY}?")
PART = r"(?:上午|下午|中午|晚上|晚间|傍晚|凌晨|早上|早晨|夜间|晚)?"
WEEKDAY_RE = re.compile(rf"{PART}\s*(?:[（(]|[，,]|是)?\s*(?P<w>(?:星期|周|礼拜)(?P<wd>[一二三四五六日天]))"
                        r"(?![至到—\-～~、])\s*[）)]?")
WEEKDAYS = "一二三四五六日"
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _num(s: str | None) -> int | None:
    if s is None:
        return None
    s = s.replace("O", "〇").replace("0", "〇") if not s.isdigit() else s
    v = to_number(s)
    return None if v is None else int(v)


def _fact_at(facts: list[Fact], start: int, end: int) -> Fact | None:
    for f in facts:
        if f.kind == "date" and f.start <= start and end <= f.end + 4 and f.start < end:
            return f
    return None


def _resolve_year(month: int, day: int, ref: dt.date) -> int:
    """The year nearest the reference date for a date written without one."""
    best, best_gap = ref.year, None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            gap = abs((dt.date(y, month, min(day, calendar.monthrange(y, month)[1])) - ref).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def _years(text: str, pos: int) -> set[int]:
    """Other years a date written without one may belong to: a year written earlier in its
    paragraph (回望2019年… 3月5日（星期二）).  Only these — the reference year ± 1 would let
    nearly any wrong weekday pass."""
    years: set[int] = set()
    lo = text.rfind("\n", 0, pos) + 1
    for m in re.finditer(r"(?<!\d)((?:19|20)\d\d)年", text[max(lo, pos - 600):pos]):
        years.add(int(m.group(1)))
    return years


def _lunar(text: str, start: int) -> bool:
    return "农历" in text[max(0, start - 6):start] or text[start:start + 1] in "正腊冬"


def check_dates(analysis: Analysis) -> list[Flag]:
    """Impossible dates (2月30日, 13月, 2月29日 in a common year) and wrong weekdays."""
    text, ref = analysis.text, analysis.reference_date
    date_facts = [f for f in analysis.facts if f.kind == "date"]
    out: list[Flag] = []
    reported: list[tuple[int, int]] = []
    for m in DATE_RE.finditer(text):
        if _lunar(text, m.start()):
            continue
        y, mo, d = _num(m.group("y")), _num(m.group("m")), _num(m.group("d"))
        if mo is None:
            continue
        fact = _fact_at(date_facts, m.start(), m.end())
        facts = [fact] if fact else []
        article = fact.article if fact else story_of(analysis, m.start())
        date_text = m.group(0)
        why = why_en = None
        if not 1 <= mo <= 12:
            why, why_en = f"没有{mo}月", f"there is no month {mo}"
        elif d is not None:
            year = y
            if year is None and fact and fact.value.get("start"):
                try:
                    year = dt.date.fromisoformat(fact.value["start"]).year
                except ValueError:
                    year = None
            if year is None:
                year = _resolve_year(mo, min(d, 28), ref)
            last = calendar.monthrange(year, mo)[1]
            if d < 1 or d > last:
                if mo == 2 and d == 29:
                    why, why_en = f"{year}年不是闰年，2月只有28天", f"{year} is not a leap year"
                else:
                    why, why_en = f"{mo}月只有{last}天", f"month {mo} has {last} days"
            else:
                w = WEEKDAY_RE.match(text, m.end())
                if w:
                    actual = dt.date(year, mo, d).weekday()
                    stated = WEEKDAYS.index(w.group("wd").replace("天", "日"))
                    if actual != stated and y is None and \
                            any(_weekday(yy, mo, d) == stated for yy in _years(text, m.start())):
                        continue  # no year written: another year the story speaks of fits
                    if actual != stated:
                        iso = dt.date(year, mo, d).isoformat()
                        out.append(flag(
                            "date.weekday-mismatch", "error", article,
                            msg("date.weekday", iso=iso, actual="星期" + WEEKDAYS[actual],
                                actual_en=WEEKDAYS_EN[actual], stated=w.group("w")),
                            facts=facts, spans=[m.span(), w.span("w")]))
        if why:
            reported.append(m.span())
            out.append(flag("date.invalid", "error", article,
                            msg("date.invalid", date=date_text, why=why, why_en=why_en),
                            facts=facts, spans=[m.span()]))
    # Weekdays the extractor read beside a date in a form the pattern above does not know.
    seen_weekday = [sp for f in out if f.rule == "date.weekday-mismatch" for sp in f.spans]
    for f in date_facts:
        wd, start, end = f.value.get("weekday"), f.value.get("start"), f.value.get("end")
        if not isinstance(wd, int) or not 1 <= wd <= 7 or not start or start != end or \
                any(s < f.end and f.start < e for s, e in seen_weekday):
            continue
        try:
            day = dt.date.fromisoformat(start)
        except ValueError:
            continue
        if day.isoweekday() != wd and not re.search(r"\d{4}年|[〇零○一二三四五六七八九]{4}年", f.text) and \
                any(_weekday(yy, day.month, day.day) == wd - 1 for yy in _years(text, f.start)):
            continue  # no year written: another year the story speaks of fits
        if day.isoweekday() != wd:
            actual = day.weekday()
            out.append(flag("date.weekday-mismatch", "error", f.article,
                            msg("date.weekday", iso=day.isoformat(), actual="星期" + WEEKDAYS[actual],
                                actual_en=WEEKDAYS_EN[actual], stated="星期" + WEEKDAYS[wd - 1]),
                            facts=[f], spans=[(f.start, f.end)]))
    # Dates the extractor found invalid that the pattern above did not see (e.g. 二月三十日 forms).
    for f in date_facts:
        if f.value.get("valid") is False and "月" in f.text and \
                not any(s < f.end and f.start < e for s, e in reported):
            # a bare 30日 takes its month from context, a guess: only explicit months are judged
            problem = f.value.get("problem") or "日期不存在"
            out.append(flag("date.invalid", "error", f.article,
                            msg("date.invalid", date=f.text, why=problem, why_en=problem),
                            facts=[f], spans=[(f.start, f.end)]))
    return out
