"""Titles (职务) with the organisation written before them, and ``holds_title`` links.

Normalisation of title values (the checks compare them as written):
- a title with an organisation or place written right before it spans both:
  ``市生态环境保护委员会主任`` → ``{"title": "主任", "org": "市生态环境保护委员会"}``,
  ``市委副书记`` → ``{"title": "副书记", "org": "市委"}``, ``衡阳市市长`` → ``{"title": "市长", "org": "衡阳市"}``;
- a title alone keeps an empty org: ``市长`` → ``{"title": "市长", "org": ""}`` (市长 already says which
  office; the checks compare title and org as written);
- 副/常务副/第一 stay part of the title (副书记 is another office than 书记);
- 市领导, 领导 are not titles: they say nothing about a specific office.

Links: the titles written right before a person, as one chain joined by 、 or 兼
(``市委副书记、市长、市生态环境保护委员会主任朱健``), each go to that person; a title right after a
person (``习近平总书记``) goes to that person; a person in a 、 list after a titled person with no
title of their own shares the title (``市政协副主席刘雄文、邓群策``).
"""
from __future__ import annotations

import functools
import re

from ..model import Fact, Relation
from . import segmenter
from ._data import alternation, lines


@functools.cache
def title_words() -> tuple[str, ...]:
    """Every title word, with 副/常务副 variants."""
    base = lines("titles.txt")
    return base + tuple("副" + w for w in base) + tuple("常务副" + w for w in base)


@functools.cache
def _title_re() -> re.Pattern:
    return re.compile(alternation(title_words()))


@functools.lru_cache(maxsize=8)
def _title_re_with(extra: tuple[str, ...]) -> re.Pattern:
    """The title pattern with verified title words added (a desk's lexicon changes rarely)."""
    return re.compile(alternation(title_words() + extra))


#: A title followed by one of these is part of a longer word (主席台, 委员会, 书记处).
_TAIL_BLOCK = frozenset("会台处团室组级员官馆")


def find_titles(text: str, start: int, end: int, seg: segmenter.Segments,
                orgs_places: list[Fact], extra_titles=()) -> list[Fact]:
    """Title facts in ``text[start:end]``; ``orgs_places`` give the organisation written before one."""
    by_end: dict[int, Fact] = {}
    for f in orgs_places:
        prev = by_end.get(f.end)
        if prev is None or prev.start > f.start:
            by_end[f.end] = f
    pattern = _title_re_with(tuple(sorted(extra_titles))) if extra_titles else _title_re()
    facts = []
    pos = start
    while (m := pattern.search(text, pos, end)) is not None:
        s, e = m.start(), m.end()
        pos = e
        if e < end and text[e] in _TAIL_BLOCK and e not in seg.bounds:
            pos = s + 1  # 外交部长官: 长官 may still start inside the blocked match
            continue
        if s not in seg.bounds:
            cov = seg.covering(s)
            # 市委书记 is one token: the title ends it; 医院长 or 主任务 is not a title.
            if cov is None or cov[1] != e and e not in seg.bounds:
                continue
            if cov[1] != e and not _org_end_at(by_end, s):
                continue
        org = _org_end_at(by_end, s)
        word = m.group(0)
        if org is not None:
            facts.append(Fact("", -1, "title", org.start, e, text[org.start:e],
                              {"title": word, "org": org.text}))
        else:
            facts.append(Fact("", -1, "title", s, e, word, {"title": word, "org": ""}))
    return facts


def _org_end_at(by_end: dict[int, Fact], pos: int) -> Fact | None:
    f = by_end.get(pos)
    return f if f is not None and f.end - f.start >= 2 else None


def link_titles(text: str, persons: list[Fact], titles: list[Fact]) -> list[tuple[Fact, Fact]]:
    """(person, title) pairs: chains before a person, a title right after one, shared in 、 lists."""
    title_by_end = {t.end: t for t in titles}
    title_by_start = {t.start: t for t in titles}
    person_starts = {p.start for p in persons}
    pairs: list[tuple[Fact, Fact]] = []
    own: dict[int, list[Fact]] = {}
    for p in persons:
        chain = []
        pos = p.start
        if pos > 0 and text[pos - 1] == " " and (pos - 1) in title_by_end:
            pos -= 1
        t = title_by_end.get(pos)
        while t is not None:
            chain.append(t)
            pos = t.start
            if pos > 0 and text[pos - 1] in "、兼":
                t = title_by_end.get(pos - 1)
            elif pos > 1 and text[pos - 2:pos] == "、兼":
                t = title_by_end.get(pos - 2)
            else:
                t = None
        after = title_by_start.get(p.end)
        if after is not None and after.end not in person_starts:
            chain.append(after)
        own[p.start] = chain
        pairs.extend((p, t) for t in chain)
    # 市政协副主席刘雄文、邓群策、曾彩平: the list shares the title of its head.
    by_end = {p.end: p for p in persons}
    for p in persons:
        if own[p.start] or p.start == 0 or text[p.start - 1] != "、":
            continue
        prev = by_end.get(p.start - 1)
        if prev is not None and own.get(prev.start):
            shared = [t for t in own[prev.start] if t.end <= prev.start]
            own[p.start] = shared
            pairs.extend((p, t) for t in shared)
    return pairs


def relations_for(pairs: list[tuple[Fact, Fact]]) -> list[Relation]:
    """``holds_title`` relations for linked pairs (ids must be assigned)."""
    seen = set()
    out = []
    for p, t in pairs:
        key = (p.id, t.id)
        if key not in seen:
            seen.add(key)
            out.append(Relation("holds_title", p.id, t.id))
    return out
