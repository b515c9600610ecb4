"""Helpers shared by the rule modules: stories, paragraphs, sentences, quoting, numerals.

Every rule works on ``analysis.text`` with document offsets; a rule never
changes the text, it only proposes edits in a :class:`~analysis.model.Suggestion`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import Analysis, Edit, Fact, Flag, Suggestion

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
CJK_RE = re.compile(f"[{CJK}]")
#: Marks that end a sentence (a clause ends at these plus ，；：).
SENTENCE_END = "。！？!?\n"
CLAUSE_END = "。！？!?\n，,；;：:"


@dataclass(slots=True, frozen=True)
class Story:
    """One story's extent: ``index`` is None when the page was not split."""

    index: int | None
    start: int
    end: int
    body_start: int


def stories(analysis: Analysis) -> list[Story]:
    """The stories of the page, or the whole text as one story when there are none."""
    if analysis.articles:
        return [Story(a.index, a.start, a.end, max(a.start, min(a.body_start or a.start, a.end)))
                for a in analysis.articles]
    return [Story(None, 0, len(analysis.text), 0)]


def story_of(analysis: Analysis, pos: int) -> int | None:
    """The index of the story that holds offset ``pos`` (None when outside every story)."""
    for a in analysis.articles:
        if a.start <= pos < a.end:
            return a.index
    return None


def paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-blank lines of text[start:end] as (start, end), stripped of surrounding spaces."""
    out = []
    for m in re.finditer(r"[^\n]+", text[start:end]):
        s, e = start + m.start(), start + m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def sentence_at(text: str, pos: int, lo: int, hi: int, ends: str = SENTENCE_END) -> tuple[int, int]:
    """The sentence (between marks of ``ends``) around ``pos``, clipped to [lo, hi)."""
    s = pos
    while s > lo and text[s - 1] not in ends:
        s -= 1
    e = pos
    while e < hi and text[e] not in ends:
        e += 1
    if e < hi and text[e] != "\n":
        e += 1  # keep the closing mark
    return s, e


def quote(text: str, start: int, end: int, width: int = 8) -> str:
    """The span with a little context, on one line: ``…前文[span]后文…``."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    body = text[lo:hi].replace("\n", " ")
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(text) else "")


def flag(rule: str, severity: str, article: int | None, msg: tuple[str, str], *,
         facts: list[Fact] | list[str] | None = None, spans: list[tuple[int, int]] | None = None,
         fix: tuple[str, str, list[Edit]] | None = None) -> Flag:
    """Build a Flag (id assigned later by run_checks); ``msg`` is (zh, en), ``fix`` (label, label_en, edits)."""
    fact_ids = [f.id if isinstance(f, Fact) else f for f in (facts or [])]
    fact_ids = list(dict.fromkeys(i for i in fact_ids if i))
    spans = sorted(dict.fromkeys((int(s), int(e)) for s, e in (spans or [])))
    suggestion = None
    if fix is not None:
        label, label_en, edits = fix
        suggestion = Suggestion(label=label, edits=sorted(edits, key=lambda x: x.start), label_en=label_en)
    return Flag(id="", rule=rule, severity=severity, article=article, message=msg[0],
                facts=fact_ids, spans=spans, suggestion=suggestion, message_en=msg[1])


# --- numerals -----------------------------------------------------------------------------

CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}
CN_NUM_CHARS = "".join(CN_DIGITS) + "".join(CN_UNITS) + "".join(CN_BIG)
NUM_RE = rf"(?:\d+(?:[.,]\d+)*|[{CN_NUM_CHARS}]+)"


def cn_int(s: str) -> int | None:
    """Value of a Chinese numeral (一百零五, 两千, 十二, 二〇二三 digit by digit); None if not one."""
    if not s or any(c not in CN_DIGITS and c not in CN_UNITS and c not in CN_BIG for c in s):
        return None
    if all(c in CN_DIGITS for c in s) and len(s) > 1:  # 二〇二三: digit by digit
        return int("".join(str(CN_DIGITS[c]) for c in s))
    total, section, digit = 0, 0, None
    for c in s:
        if c in CN_DIGITS:
            digit = CN_DIGITS[c]
        elif c in CN_UNITS:
            section += (1 if digit is None else digit) * CN_UNITS[c]
            digit = None
        else:
            section += digit or 0
            total += (section or 1) * CN_BIG[c]
            section, digit = 0, None
    return total + section + (digit or 0)


def to_number(s: str) -> float | None:
    """An Arabic (1,234.5) or Chinese (一百二十) numeral as a number."""
    s = s.strip()
    if not s:
        return None
    if re.fullmatch(r"\d+(?:,\d{3})*(?:\.\d+)?", s):
        return float(s.replace(",", ""))
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    v = cn_int(s)
    return None if v is None else float(v)


def int_to_cn(n: int) -> str:
    """A small integer (< 10,000) in Chinese numerals: 12 → 十二, 20 → 二十, 105 → 一百零五."""
    if n == 0:
        return "〇"
    digits = "〇一二三四五六七八九"
    out, zero = "", False
    for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        d, n = divmod(n, size)
        if d:
            if zero:
                out += "零"
            out += digits[d] + unit
            zero = False
        elif out:
            zero = True
    return out[1:] if out.startswith("一十") else out


_INDEX: dict[int, tuple[list[Fact], dict[str, tuple[list[int], list[Fact]]]]] = {}


def _index(analysis: Analysis) -> dict[str, tuple[list[int], list[Fact]]]:
    """Facts by kind, sorted by start (cached per fact list: a page has thousands)."""
    key = id(analysis.facts)
    cached = _INDEX.get(key)
    if cached is not None and cached[0] is analysis.facts and \
            sum(len(v[1]) for v in cached[1].values()) == len(analysis.facts):
        return cached[1]
    by_kind: dict[str, list[Fact]] = {}
    for f in sorted(analysis.facts, key=lambda f: f.start):
        by_kind.setdefault(f.kind, []).append(f)
    index = {k: ([f.start for f in v], v) for k, v in by_kind.items()}
    _INDEX.clear()  # one page at a time: keep memory flat
    _INDEX[key] = (analysis.facts, index)
    return index


def facts_in(analysis: Analysis, kind: str, lo: int, hi: int) -> list[Fact]:
    """Facts of ``kind`` inside [lo, hi); for an analysis without facts, the finder's own.

    Rules also run on hand-built analyses and on pages whose extraction was skipped
    (``analysis.facts`` empty), so a rule that needs dates, durations or figures asks the finders
    directly then.  After a real extraction the finders have already run: asking again would
    repeat their work on every window and bring back spans the orchestrator dropped on purpose.
    """
    index = _index(analysis)
    starts, facts = index.get(kind, ([], []))
    found = [f for f in facts[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)] if f.end <= hi]
    if found or analysis.facts:
        return found
    if kind == "date":
        from ..extract.dates import find_dates

        found = find_dates(analysis.text, lo, hi, analysis.reference_date)
    elif kind == "duration":
        from ..extract.durations import find_durations

        found = find_durations(analysis.text, lo, hi)
    elif kind == "number":
        from ..extract.numbers import find_numbers

        found = find_numbers(analysis.text, lo, hi)
    return sorted(found, key=lambda f: f.start)
