"""Run the extractor on a snippet read as one story."""
from __future__ import annotations

import datetime

from analysis.extract import extract
from analysis.model import Article


def run(text: str, lexicon=None):
    """(facts, relations) of ``text`` read as one article."""
    art = Article(index=0, start=0, end=len(text), body_start=0)
    return extract(text, [art], datetime.date(2023, 6, 1), lexicon=lexicon)


def kind(text: str, k: str, lexicon=None) -> list[str]:
    """The texts of the facts of kind ``k`` in ``text``."""
    facts, _ = run(text, lexicon)
    return [f.text for f in facts if f.kind == k]


def links(text: str, lexicon=None) -> set[tuple[str, str]]:
    """(person, title) text pairs of the holds_title relations."""
    facts, rels = run(text, lexicon)
    by_id = {f.id: f for f in facts}
    return {(by_id[r.head].text, by_id[r.tail].text) for r in rels}
