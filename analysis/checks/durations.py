"""``duration.mismatch``: a stated span of time against its stated start and end.

Starts: 自X起 · 从X开始 · X以来 · 于X建成/通车/成立… · 始于X.  Ends: 截至X · 截止X · 至今/迄今/
目前 (the reference date) · a range X至Y beside the figure.  The figure's own tolerance
(4个多月 = 4–5 months, 已超过19年 = 19 years or more, 近两年, 约) comes from the duration
extractor (``min_days``/``max_days``); the anchors' own vagueness (2022年9月 is a whole
month) widens the actual range, so only a real contradiction is flagged.
"""
from __future__ import annotations

import datetime as dt
import re

from ..model import Analysis, Fact, Flag
from .base import facts_in, flag, sentence_at, stories
from .messages import msg

#: Figures these cues introduce describe one span from a start to an end.
SPAN_CUES = ("为期", "历时", "历经", "耗时", "用时", "持续", "运营", "运行", "长达", "经过", "仅用", "用了",
             "花了", "建成", "坚持", "工作", "服务", "扎根", "坚守")
START_BEFORE = re.compile(r"(?:自|从|始于|自从)$")
START_AFTER = re.compile(r"^(?:起|以来|开始|至今|来|建成|竣工|通车|成立|投产|投用|开通|开业|启动|开工|开园|运营|创办|"
                         r"创建|挂牌|建立|正式)")
DONE_AFTER = re.compile(r"^(?:建成|竣工|完工|通车|落成|投产|投用|开通|完成|结束)")
BEGIN_AFTER = re.compile(r"^(?:正式)?(?:开工|动工|开始|启动|起)")
#: Cues of a span from a beginning to a completion (历时4年多 from 开工 to 建成).
BUILD_CUES = ("历时", "历经", "耗时", "用时", "为期", "仅用", "用了", "花了")
START_YU = re.compile(r"于$")
END_BEFORE = re.compile(r"(?:截至|截止|截止到|截至到|到|至)$")
NOW_RE = re.compile(r"至今|迄今|目前|如今|现已|到现在|截至目前|截至发稿")
SLACK_DAYS = 3  # inclusive counting and a day either side
UNIT_DAYS = {"年": 366, "月": 31}


def _span(f: Fact) -> tuple[dt.date, dt.date] | None:
    try:
        s, e = f.value.get("start"), f.value.get("end")
        return (dt.date.fromisoformat(s), dt.date.fromisoformat(e)) if s and e else None
    except (TypeError, ValueError):
        return None


def _anchors(text: str, dates: list[Fact], lo: int) -> tuple[list[Fact], list[Fact], list[Fact]]:
    """Dates that are starts, ends, and full ranges (X至Y) of something."""
    starts, ends, ranges = [], [], []
    for f in dates:
        if f.value.get("valid") is False or _span(f) is None:
            continue
        before = text[max(lo, f.start - 4):f.start]
        after = text[f.end:f.end + 4]
        if f.value.get("precision") == "range" or re.search(r"[至到—－~～-]", f.text[1:-1]):
            ranges.append(f)
        elif START_BEFORE.search(before) or START_AFTER.match(after) or \
                (START_YU.search(before) and START_AFTER.match(after.lstrip("正式"))):
            starts.append(f)
        elif END_BEFORE.search(before):
            ends.append(f)
    return starts, ends, ranges


#: Words that make a date a target or a plan, not the end of something that happened.
FUTURE_CUE = re.compile(r"力争|计划|预计|将于|将在|将到|拟|目标|争取|有望|预期|规划|确保|力求|届时|今后|未来")


PLANNED = re.compile(r"计划|预计|拟|将|力争|规划|设计|工期|目标|争取|有望")


def _future(text: str, f: Fact, ref: dt.date, lo: int) -> bool:
    """A target (到2027年, 力争…, 计划…, 预计…, 将于…): never the end of a past span."""
    span = _span(f)
    if span is not None and span[0] > ref and text[max(lo, f.start - 1):f.start] == "到":
        return True  # 到2027年: a target year, not an end (至3月5日结束 is a scheduled end)
    c_lo = f.start
    while c_lo > lo and text[c_lo - 1] not in "，,。；;！？\n":
        c_lo -= 1
    return bool(FUTURE_CUE.search(text, max(c_lo - 12, lo), f.start))


def _window(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence around pos with the one before and the one after it."""
    s, e = sentence_at(text, pos, lo, hi)
    if s > lo:
        s = sentence_at(text, max(lo, s - 2), lo, hi)[0] if s - 1 > lo else s
    if e < hi:
        nxt = e
        while nxt < hi and text[nxt] in "\n \u3000":
            nxt += 1
        if nxt < hi:
            e = sentence_at(text, nxt, lo, hi)[1]
    return s, e


def _disagrees(d: Fact, start: tuple[dt.date, dt.date], end: tuple[dt.date, dt.date]) -> bool:
    lo_days, hi_days = d.value.get("min_days"), d.value.get("max_days")
    actual_lo = max(0, (end[0] - start[1]).days)
    actual_hi = (end[1] - start[0]).days + 1
    unit, value = d.value.get("unit"), d.value.get("value")
    if d.value.get("approx") is None and unit in UNIT_DAYS and isinstance(value, int | float):
        hi_days = max(hi_days or 0, (value + 1) * UNIT_DAYS[unit])
    return actual_hi + SLACK_DAYS < lo_days or (hi_days is not None and actual_lo - SLACK_DAYS > hi_days)


def _nearest(facts: list[Fact], pos: int, limit: int) -> Fact | None:
    best = min(facts, key=lambda f: abs(f.start - pos), default=None)
    return best if best is not None and abs(best.start - pos) <= limit else None


def _describe(days_lo: float, days_hi: float, unit: str) -> tuple[str, str]:
    if unit == "年":
        a, b = days_lo / 365.25, days_hi / 365.25
        return (f"{a:.1f}～{b:.1f}年", f"{a:.1f}–{b:.1f} years")
    if unit == "月":
        a, b = days_lo / 30.44, days_hi / 30.44
        return (f"{a:.1f}～{b:.1f}个月", f"{a:.1f}–{b:.1f} months")
    return (f"{days_lo:.0f}～{days_hi:.0f}天", f"{days_lo:.0f}–{days_hi:.0f} days")


def check_durations(analysis: Analysis) -> list[Flag]:
    """Durations whose start and end the story states, checked against them."""
    text, ref = analysis.text, analysis.reference_date
    out: list[Flag] = []
    for st in stories(analysis):
        dates = facts_in(analysis, "date", st.start, st.end)
        starts, ends, ranges = _anchors(text, dates, st.start)
        for d in facts_in(analysis, "duration", st.start, st.end):
            cue = d.value.get("cue")
            lo_days, hi_days = d.value.get("min_days"), d.value.get("max_days")
            if lo_days is None or not cue and d.value.get("approx") != "more":
                continue
            s_lo, s_hi = sentence_at(text, d.start, st.start, st.end)
            c_lo = d.start
            while c_lo > s_lo and text[c_lo - 1] not in "，,；;":
                c_lo -= 1
            if PLANNED.search(text, max(c_lo, d.start - 10), d.start):
                continue  # 计划工期3年, 预计用时2年: a plan, not a span that has passed
            rng = [f for f in ranges if s_lo <= f.start < s_hi and min(abs(f.start - d.end), abs(d.start - f.end)) <= 12]
            if rng:
                a, b = _span(rng[0])
                start, end = (a, a), (b, b)
                actual_lo = actual_hi = (b - a).days + 1
                anchors = [rng[0]]
            else:
                # Anchors are bound to the figure's own sentence or the one just before or after
                # it, never to copy further away (a later paragraph's 到2027年 is another event).
                w_lo, w_hi = _window(text, d.start, st.start, st.end)
                near_starts = [f for f in starts if w_lo <= f.start < w_hi]
                near_ends = [f for f in ends if w_lo <= f.start < w_hi and not _future(text, f, ref, st.start)]
                now = NOW_RE.search(text, s_lo, s_hi)
                if not any(s_lo <= f.start < s_hi for f in near_starts + near_ends) and not now:
                    continue  # one anchor must share the figure's sentence
                if cue not in ("为期", "历时", "历经"):
                    near_starts = [f for f in near_starts if s_lo <= f.start < s_hi]
                    near_ends = [f for f in near_ends if s_lo <= f.start < s_hi]
                if not near_starts and cue in ("为期", "历时", "历经") and \
                        any(s_lo <= f.start < s_hi for f in near_ends):
                    # 截至1月4日，为期4个多月的行动… with its 自2022年9月起 a paragraph on (the
                    # reference page): a past start may stand further off when the end is explicit
                    # in the figure's own sentence; an end never may.
                    far = _nearest(starts, d.start, 400)
                    near_starts = [far] if far is not None else []
                if not near_starts:
                    continue
                end_opts: list = [(f, _span(f)) for f in near_ends]
                if now is not None:
                    # 至今 is the publication date; a guessed one may be off by up to a year
                    end_opts.append((None, (ref - dt.timedelta(days=366), ref)
                                     if analysis.reference_date_inferred else (ref, ref)))
                # 2021年3月开工…2025年10月建成通车，历时4年多: the completion closes the span
                begun = [g for g in near_starts if BEGIN_AFTER.match(text[g.end:g.end + 4])
                         or START_BEFORE.search(text[max(st.start, g.start - 2):g.start])]
                done = [f for f in near_starts if DONE_AFTER.match(text[f.end:f.end + 4])
                        and cue in BUILD_CUES and any(g.start < f.start for g in begun)]
                end_opts += [(f, _span(f)) for f in done]
                if not end_opts:
                    continue
                readings = []
                for sf in near_starts:
                    for ef, end in end_opts:
                        start = _span(sf)
                        if ef is sf or any(ef is g for g in done) and ef.start < sf.start:
                            continue
                        if end[1] < start[0]:
                            continue  # the anchors belong to different events
                        readings.append((sf, ef, start, end))
                if not readings:
                    continue
                fits = [r for r in readings if not _disagrees(d, r[2], r[3])]
                if fits:
                    continue  # some reading of the anchors agrees: no contradiction is certain
                start_f, end_f, start, end = min(readings, key=lambda r: abs(r[0].start - d.start))
                actual_lo = max(0, (end[0] - start[1]).days)
                actual_hi = (end[1] - start[0]).days + 1
                anchors = [start_f] + ([end_f] if end_f is not None else [])
            unit, value = d.value.get("unit"), d.value.get("value")
            if d.value.get("approx") is None and unit in UNIT_DAYS and isinstance(value, int | float):
                # 运营19年 counts completed years: anything short of the next one is still 19
                hi_days = max(hi_days or 0, (value + 1) * UNIT_DAYS[unit])
            too_short = actual_hi + SLACK_DAYS < lo_days
            too_long = hi_days is not None and actual_lo - SLACK_DAYS > hi_days
            if not (too_short or too_long):
                continue
            zh, en = _describe(actual_lo, actual_hi, d.value.get("unit", "天"))
            start_text = anchors[0].text if not rng else str(start[0])
            today = f"今天（{ref.year}年{ref.month}月{ref.day}日）"
            end_text = anchors[1].text if len(anchors) > 1 else (today if not rng else str(end[1]))
            at = text.rfind(cue, max(st.start, d.start - 8), d.start) if cue else -1
            shown = text[at:d.end] if at >= 0 else d.text  # 运营已超过25年, 为期6个多月
            out.append(flag("duration.mismatch", "error", st.index,
                            msg("duration.short", duration=shown, start=start_text, end=end_text,
                                actual=zh, actual_en=en),
                            facts=[d, *anchors],
                            spans=[(d.start, d.end)] + [(f.start, f.end) for f in anchors]))
    return out
