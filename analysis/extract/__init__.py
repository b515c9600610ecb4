"""Fact extraction: people, titles, orgs, places, dates, durations, figures.

``extract`` runs every finder over each article (title lines, byline and body: the article's whole
span), segmenting it with jieba once, then resolves overlaps between finders, gives each fact its
article and an id ``f1, f2…`` in text order, and links people to their titles.

Overlap rules: dates and durations win over numbers; a number inside a person, title, org or
place is dropped; a title may contain an org or place (市委书记 ⊃ 市委) and an org may contain a
place (衡阳市市场监管局 ⊃ 衡阳市); a person inside an org or place is dropped, as is a title or
org/place overlapping a person (the name evidence is stronger).
"""
from __future__ import annotations

import bisect
import datetime

from ..lexicon import Lexicon
from ..model import Article, Fact, Relation
from ..story_lines import dateline_source
from . import script, segmenter
from .dates import find_dates
from .durations import find_durations
from .numbers import find_numbers
from .orgs import find_orgs_places, gazetteer_places
from .people import find_people
from .titles import find_titles, link_titles, relations_for


def extract(text: str, articles: list[Article], reference_date: datetime.date,
            lexicon=None) -> tuple[list[Fact], list[Relation]]:
    """Every fact of every article, with ``holds_title`` relations (person → title)."""
    lex = Lexicon.coerce(lexicon)
    # Traditional copy: names, titles and orgs are found on a same-length simplified form of the
    # page (the tables and jieba's dictionary are simplified) and restored to the page's own
    # characters; dates and figures are read on the page itself.
    simple = script.simplified_form(text)
    page = text if simple is None else simple
    regions = []
    for art in articles:
        if art.end > art.start:
            regions.append((art.start, art.end, segmenter.Segments(page, art.start, art.end)))
    org_re = lex.org_pattern()
    entity: list[Fact] = []
    titles: list[Fact] = []
    measures: list[Fact] = []
    extra_titles = tuple(lex.titles)
    names = lex.names
    if simple is not None:
        extra_titles = tuple(dict.fromkeys(extra_titles + tuple(script.t2s(t) for t in extra_titles)))
        names = set(names) | {script.t2s(n) for n in names}
    for start, end, seg in regions:
        found = find_orgs_places(page, start, end, seg)
        if org_re is not None:
            found += _lexicon_orgs(page, start, end, org_re, found)
            if simple is not None:  # a verified org written in traditional characters
                found += _lexicon_orgs(text, start, end, org_re, found)
        entity += found
        titles += find_titles(page, start, end, seg, found, extra_titles=extra_titles)
        measures += find_dates(text, start, end, reference_date)
        measures += find_durations(text, start, end)
        measures += find_numbers(text, start, end)
    people = find_people(page, regions, titles, lexicon_names=names, orgs=entity)
    if simple is not None:
        people = [script.restore(f, text) for f in people]
        entity = [script.restore(f, text) for f in entity]
        titles = [script.restore(f, text) for f in titles]
    entity += _more_places(text, regions, entity)
    people, protected = _add_bylines(text, articles, people)
    # A verified name is always found, even where it also reads as a place or inside an org.
    protected |= {(p.start, p.end) for p in people
                  if p.text in lex.names or p.value.get("simplified") in names}
    people, entity, titles, measures = _resolve(people, entity, titles, measures, protected)
    entity += _dateline_orgs(text, articles, people + entity + titles)
    entity += _gazetteer(text, page, simple, regions, people + entity + titles)
    facts = sorted(people + entity + titles + measures, key=lambda f: (f.start, -f.end, f.kind))
    _number(facts, articles)
    relations = relations_for(link_titles(text, people, titles))
    return facts, relations


def _lexicon_orgs(text, start, end, org_re, found) -> list[Fact]:
    have = {(f.start, f.end) for f in found}
    out = []
    for m in org_re.finditer(text, start, end):
        if (m.start(), m.end()) not in have:
            out.append(Fact("", -1, "org", m.start(), m.end(), m.group(0), {"name": m.group(0)}))
    return out


def _more_places(text: str, regions, entity: list[Fact]) -> list[Fact]:
    """A place found once (耒水 before 流域) is a place at its other occurrences on the page."""
    import re

    have = {(f.start, f.end) for f in entity if f.kind == "place"}
    names = sorted({f.text for f in entity if f.kind == "place" and len(f.text) >= 2}, key=len, reverse=True)
    if not names:
        return []
    pattern = re.compile("|".join(re.escape(n) for n in names))
    out = []
    for start, end, _seg in regions:
        for m in pattern.finditer(text, start, end):
            if (m.start(), m.end()) not in have:
                out.append(Fact("", -1, "place", m.start(), m.end(), m.group(0), {"name": m.group(0)}))
    return out


def _dateline_orgs(text: str, articles: list[Article], taken: list[Fact]) -> list[Fact]:
    """The news organisation that opens a story's dateline (衡阳日报讯, 中新网北京电) is an org."""
    busy = _Spans(taken)
    out = []
    for art in articles:
        source = dateline_source(art.dateline) if art.dateline else None
        if not source:
            continue
        a = text.find(art.dateline, art.start, art.end)
        if a < 0 or busy.overlapping(a, a + len(source)):
            continue
        out.append(Fact("", -1, "org", a, a + len(source), source, {"name": source}))
    return out


def _gazetteer(text: str, page: str, simple, regions, taken: list[Fact]) -> list[Fact]:
    """Places named in the gazetteers that no other fact covers (长沙, 浏阳河, 卢旺达)."""
    busy = _Spans(taken)
    out = []
    for start, end, seg in regions:
        for a, b in sorted(gazetteer_places(page, seg, start, end)):
            if busy.overlapping(a, b):
                continue
            f = Fact("", -1, "place", a, b, page[a:b], {"name": page[a:b]})
            out.append(f if simple is None else script.restore(f, text))
    return out


def _add_bylines(text: str, articles: list[Article], people: list[Fact]):
    """Byline names found by the splitter are people even when the name finder missed them.

    Returns the people and the byline spans (a byline name is a person even if it is also a
    place's name: 记者 黄河).
    """
    have = {(p.start, p.end) for p in people}
    out = list(people)
    bylined: set[tuple[int, int]] = set()
    for art in articles:
        for b in art.byline:
            if b.start is None or b.end is None or text[b.start:b.end] != b.name:
                continue
            bylined.add((b.start, b.end))
            if (b.start, b.end) in have:
                continue
            out = [p for p in out if p.end <= b.start or p.start >= b.end]
            out.append(Fact("", -1, "person", b.start, b.end, b.name, {"name": b.name}))
            have.add((b.start, b.end))
    return sorted(out, key=lambda f: f.start), bylined


class _Spans:
    """Facts indexed by start, to find those overlapping a span without a quadratic scan."""

    def __init__(self, facts: list[Fact]):
        self.facts = sorted(facts, key=lambda f: f.start)
        self.starts = [f.start for f in self.facts]
        self.longest = max((f.end - f.start for f in self.facts), default=0)

    def overlapping(self, a: int, b: int) -> list[Fact]:
        lo = bisect.bisect_left(self.starts, a - self.longest)
        hi = bisect.bisect_left(self.starts, b)
        return [g for g in self.facts[lo:hi] if g.end > a]


def _resolve(people, entity, titles, measures, protected=frozenset()):
    # Persons inside a longer org or place (华为, 王府井) are not persons, nor is a place's own
    # name read as a person (乌克兰; 祁东 where the page says 祁东县).
    place_names = {e.text for e in entity}
    place_names |= {e.text[:-1] for e in entity if e.kind == "place" and len(e.text) >= 3}
    ents = _Spans(entity)

    def inside_entity(p: Fact) -> bool:
        return any(g.start <= p.start and p.end <= g.end and g.end - g.start > p.end - p.start
                   for g in ents.overlapping(p.start, p.end))

    people = [p for p in people if (p.start, p.end) in protected
              or not (inside_entity(p) or p.text in place_names)]
    persons = _Spans(people)
    entity = [e for e in entity if not persons.overlapping(e.start, e.end)]
    titles = [t for t in titles if not persons.overlapping(t.start, t.end)]
    named = _Spans(people + entity + titles)
    # Dates win over durations, and both over numbers; a number inside a name is dropped too.
    dates = [f for f in measures if f.kind == "date"]
    higher = _Spans(dates)
    durations = [f for f in measures if f.kind == "duration" and not higher.overlapping(f.start, f.end)]
    higher = _Spans(dates + durations)
    numbers = [f for f in measures if f.kind == "number" and not higher.overlapping(f.start, f.end)
               and not named.overlapping(f.start, f.end)]
    kept = dates + durations + numbers
    return people, entity, titles, kept


def _number(facts: list[Fact], articles: list[Article]) -> None:
    bounds = [(a.start, a.end, a.index) for a in articles]
    for i, f in enumerate(facts, 1):
        f.id = f"f{i}"
        f.article = next((idx for s, e, idx in bounds if s <= f.start < e), -1)
