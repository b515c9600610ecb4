"""Fact extraction: people, titles, orgs, places, dates, durations, figures."""
from __future__ import annotations

import datetime

from ..model import Article, Fact, Relation


def extract(text: str, articles: list[Article], reference_date: datetime.date,
            lexicon=None) -> tuple[list[Fact], list[Relation]]:
    """Every fact of every article, with ``holds_title`` relations (placeholder until issue 3)."""
    return [], []
