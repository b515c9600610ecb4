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

import datetime

from ..lexicon import Lexicon
from ..model import Article, Fact, Relation
from . import segmenter
from .dates import find_dates
from .durations import find_durations
from .numbers import find_numbers
from .orgs import find_orgs_places
from .people import find_people
from .titles import find_titles, link_titles, relations_for

_RANK = {"date": 0, "duration": 1, "number": 2}


def extract(text: str, articles: list[Article], reference_date: datetime.date,
            lexicon=None) -> tuple[list[Fact], list[Relation]]:
    """Every fact of every article, with ``holds_title`` relations (person → title)."""
    lex = Lexicon.coerce(lexicon)
    regions = []
    for art in articles:
        if art.end > art.start:
            regions.append((art.start, art.end, segmenter.Segments(text, art.start, art.end)))
    org_re = lex.org_pattern()
    entity: list[Fact] = []
    titles: list[Fact] = []
    measures: list[Fact] = []
    for start, end, seg in regions:
        found = find_orgs_places(text, start, end, seg)
        if org_re is not None:
            found += _lexicon_orgs(text, start, end, org_re, found)
        entity += found
        titles += find_titles(text, start, end, seg, found, extra_titles=tuple(lex.titles))
        measures += find_dates(text, start, end, reference_date)
        measures += find_durations(text, start, end)
        measures += find_numbers(text, start, end)
    people = find_people(text, regions, titles, lexicon_names=lex.names)
    people, bylined = _add_bylines(text, articles, people)
    people, entity, titles, measures = _resolve(people, entity, titles, measures, bylined)
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


def _overlaps(f: Fact, spans: list[Fact]) -> bool:
    return any(f.start < g.end and g.start < f.end for g in spans)


def _inside(f: Fact, spans: list[Fact]) -> bool:
    return any(g.start <= f.start and f.end <= g.end and (g.end - g.start) > (f.end - f.start)
               for g in spans)


def _resolve(people, entity, titles, measures, bylined=frozenset()):
    # Persons inside a longer org or place (华为, 王府井) are not persons, nor is a place's own
    # name read as a person (乌克兰; 祁东 where the page says 祁东县).
    place_names = {e.text for e in entity}
    place_names |= {e.text[:-1] for e in entity if e.kind == "place" and len(e.text) >= 3}
    people = [p for p in people if (p.start, p.end) in bylined
              or not (_inside(p, entity) or p.text in place_names)]
    entity = [e for e in entity if not _overlaps(e, people)]
    titles = [t for t in titles if not _overlaps(t, people)]
    named = people + entity + titles
    kept: list[Fact] = []
    for f in sorted(measures, key=lambda f: (_RANK[f.kind], f.start)):
        if f.kind == "number" and _overlaps(f, named):
            continue
        if any(f.start < g.end and g.start < f.end and _RANK[g.kind] < _RANK[f.kind] for g in kept):
            continue  # dates and durations win over numbers (and dates over durations)
        kept.append(f)
    return people, entity, titles, kept


def _number(facts: list[Fact], articles: list[Article]) -> None:
    bounds = [(a.start, a.end, a.index) for a in articles]
    for i, f in enumerate(facts, 1):
        f.id = f"f{i}"
        f.article = next((idx for s, e, idx in bounds if s <= f.start < e), -1)
