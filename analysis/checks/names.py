"""``person.name-variant``: two names a character or a homophone apart, likely one person.

刘越高 … 刘跃高 on one page is almost always a typo; 王伟 and 王强 are two people.  So
three-character names may differ in one given-name character (a homophone makes it a
warning), two-character names only by a homophone.  Names listed side by side
(张建国、张建军) are distinct people and never paired.  The fix is never certain.
"""
from __future__ import annotations

import functools
import re

from ..model import Analysis, Fact, Flag
from .base import flag, story_of
from .messages import msg

COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "司徒", "东方", "夏侯", "皇甫", "尉迟", "公孙",
                     "慕容", "长孙", "宇文", "轩辕", "令狐", "钟离", "端木", "南宫", "西门", "独孤")
FUNCTION_TAIL = set("以和与及在的是为等了也都就说称")
#: What follows a name in news copy (刘越高强调, 朱健出席): evidence that a string is a name.
SPEECH_AFTER = re.compile(r"强调|指出|表示|要求|主持|出席|讲话|介绍|说|认为|希望|提出|参加|调研|会见|看望|先后|一行")


@functools.lru_cache(maxsize=4096)
def _pinyin(ch: str) -> str:
    from pypinyin import lazy_pinyin

    return lazy_pinyin(ch)[0]


def surname(name: str) -> str:
    """The surname, allowing for the common compound ones (欧阳, 司马…)."""
    return name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]


def variant_kind(a: str, b: str) -> str | None:
    """'homophone' or 'one-char' when a and b look like one name mistyped, else None."""
    if a == b or len(a) != len(b) or not 2 <= len(a) <= 4 or surname(a) != surname(b):
        return None
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) != 1 or diff[0] < len(surname(a)) or "某" in a + b:
        return None  # 周某平 is an anonymised name, not a spelling
    i = diff[0]
    if a[i] in FUNCTION_TAIL or b[i] in FUNCTION_TAIL:
        return None  # 汪顺以 … 汪顺和: a name run into the next word, not a spelling
    if _pinyin(a[i]) == _pinyin(b[i]):
        return "homophone"
    return "one-char" if len(a) - len(surname(a)) >= 2 else None  # 欧阳玲/欧阳辉: whole given names differ


def _name(f: Fact) -> str:
    return str(f.value.get("name") or f.text)


def check_names(analysis: Analysis) -> list[Flag]:
    """One flag per pair of variant names on the page, pointing at every place each occurs."""
    text = analysis.text
    people = [f for f in analysis.facts if f.kind == "person" and re.fullmatch(r"\w{2,4}", _name(f))]
    by_name: dict[str, list[Fact]] = {}
    for f in people:
        by_name.setdefault(_name(f), []).append(f)
    names = sorted(by_name, key=lambda n: by_name[n][0].start)
    officials = _officials(analysis)
    buckets: dict[tuple[str, int], list[str]] = {}  # only names of one surname and length can pair
    for n in names:
        buckets.setdefault((surname(n), len(n)), []).append(n)
    pairs = [(a, b) for group in buckets.values() for i, a in enumerate(group) for b in group[i + 1:]]
    pairs.sort(key=lambda p: (by_name[p[0]][0].start, by_name[p[1]][0].start))
    out: list[Flag] = []
    for a, b in pairs:
        kind = variant_kind(a, b)
        if kind is None or _listed_together(text, by_name[a], by_name[b], people):
            continue
        if min(len(by_name[a]), len(by_name[b])) >= 2:
            continue  # 王建国 and 王建军 each named again and again: two people, not a slip
        same_story = bool({f.article for f in by_name[a]} & {f.article for f in by_name[b]})
        if not same_story and (kind == "one-char" or not (a in officials or b in officials)):
            # 彭德华 here, 彭清华 there; a 班主任陈晓红 and a 老板陈小红 in two stories: two people.
            # A leader's name mistyped in another story (刘越高 … 刘跃高) is the case that matters.
            continue
        facts = by_name[a] + by_name[b]
        arts = {f.article for f in facts}
        how = "读音相同、一字之差" if kind == "homophone" else "只差一个字"
        how_en = "sound the same, one character apart" if kind == "homophone" else \
            "differ by one character"
        out.append(flag("person.name-variant", "warning" if kind == "homophone" else "info",
                        arts.pop() if len(arts) == 1 else None,
                        msg("name.variant", a=a, b=b, how=how, how_en=how_en),
                        facts=facts, spans=[(f.start, f.end) for f in facts]))
    out.extend(_unextracted_variants(analysis, by_name))
    return out


def _officials(analysis: Analysis) -> set[str]:
    """Names that hold a title of a named body somewhere on the page (市委书记, not 班主任),
    and the bylines' reporters: the names a page repeats from story to story."""
    by_id = {f.id: f for f in analysis.facts}
    out = {b.name for a in analysis.articles for b in a.byline}
    for r in analysis.relations:
        p, t = by_id.get(r.head), by_id.get(r.tail)
        if r.kind != "holds_title" or p is None or t is None or p.kind != "person":
            continue
        role = str(t.value.get("title") or t.text)
        if t.value.get("org") or role in ("市长", "县长", "区长", "省长", "镇长", "乡长", "总书记", "总理"):
            out.add(_name(p))
    return out


def _unextracted_variants(analysis: Analysis, by_name: dict[str, list[Fact]]) -> list[Flag]:
    """Homophone spellings of a known three-character name that the extractor did not take
    for a person (刘志远 … 刘致远): the misspelt form is often not recognised as a name."""
    text = analysis.text
    covered = {(f.start, f.end) for fs in by_name.values() for f in fs}
    out: list[Flag] = []
    seen: set[tuple[str, str]] = set()
    officials = _officials(analysis)
    for name, facts in by_name.items():
        if len(name) < 3:
            continue
        sur = surname(name)
        for m in re.finditer(re.escape(sur), text):
            s, e = m.start(), m.start() + len(name)
            cand = text[s:e]
            kind = variant_kind(name, cand) if (s, e) not in covered and cand not in by_name else None
            if kind == "homophone" and analysis.articles and name not in officials and \
                    not any(f.article == story_of(analysis, s) for f in facts):
                kind = None  # an ordinary name echoed in another story: likely someone else
            if kind == "one-char":
                # a misspelt name the extractor missed: only where a name plainly stands (刘超高强调)
                same_story = not analysis.articles or any(f.article == story_of(analysis, s) for f in facts)
                if not (same_story and SPEECH_AFTER.match(text, e)):
                    kind = None
            if kind is None:
                continue
            if (name, cand) in seen:
                continue
            seen.add((name, cand))
            spans = [(f.start, f.end) for f in facts] + [
                (x.start(), x.end()) for x in re.finditer(re.escape(cand), text)]
            arts = {f.article for f in facts}
            homophone = kind == "homophone"
            out.append(flag("person.name-variant", "warning" if homophone else "info",
                            arts.pop() if len(arts) == 1 else None,
                            msg("name.variant", a=name, b=cand,
                                how="读音相同、一字之差" if homophone else "只差一个字",
                                how_en="sound the same, one character apart" if homophone
                                else "differ by one character"),
                            facts=facts, spans=spans))
    return out


def _listed_together(text: str, fa: list[Fact], fb: list[Fact], people: list[Fact]) -> bool:
    """True when an occurrence of each stands in one list of names (张建国、张建军)."""
    for x in fa:
        for y in fb:
            lo, hi = (x, y) if x.start < y.start else (y, x)
            if hi.start - lo.end > 40:
                continue
            between = list(text[lo.end:hi.start])
            for p in people:  # other names of the list do not break it
                if lo.end <= p.start and p.end <= hi.start:
                    between[p.start - lo.end:p.end - lo.end] = [""] * (p.end - p.start)
            rest = "".join(between)
            if rest and re.fullmatch(r"[、，,和及与\s]+", rest):
                return True
    return False
