"""The rows the store hands out: plain dataclasses, offsets article-local code points."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from analysis.model import Byline, Suggestion


@dataclass(slots=True)
class DocumentInfo:
    """One imported page; ``title`` is the first story's main title line."""

    id: int
    source: str
    title: str
    pub_date: str | None
    pub_date_inferred: bool
    n_articles: int
    n_open_flags: int
    created: str


@dataclass(slots=True)
class ArticleInfo:
    """One story of a page with its counts (``n_verified``: facts a person confirmed or fixed)."""

    id: int
    doc_id: int
    index: int
    title: str
    status: str
    n_facts: int
    n_verified: int
    n_open_flags: int


@dataclass(slots=True)
class StoredFact:
    """A fact as stored: ``text`` equals ``article_text[start:end]``."""

    id: int
    article_id: int
    kind: str
    start: int
    end: int
    text: str
    value: dict[str, Any]
    status: str
    origin: str
    updated_by: str
    updated_at: str
    created_by: str = ""


@dataclass(slots=True)
class StoredRelation:
    """A directed link between two stored facts (``holds_title``: person → title)."""

    id: int
    article_id: int
    kind: str
    head: int
    tail: int
    origin: str


@dataclass(slots=True)
class StoredFlag:
    """A flag with its decision; ``spans`` are article-local, ``fact_ids`` are stored fact ids."""

    id: int
    article_id: int
    rule: str
    severity: str
    message: str
    message_en: str
    fact_ids: list[int]
    spans: list[tuple[int, int]]
    suggestion: Suggestion | None
    decision: str | None
    reason: str
    fingerprint: str
    decided_by: str = ""
    decided_at: str = ""


@dataclass(slots=True)
class ArticleBundle:
    """Everything the desk shows for one story, read in one snapshot."""

    info: ArticleInfo
    text: str
    title_lines: list[str]
    dateline: str | None
    byline: list[Byline]
    facts: list[StoredFact] = field(default_factory=list)
    relations: list[StoredRelation] = field(default_factory=list)
    flags: list[StoredFlag] = field(default_factory=list)
    body_start: int = 0
    pub_date: str | None = None
    source: str = ""


@dataclass(slots=True)
class SearchHit:
    """A search result: a story (kind ``article``) or a fact (its kind), with where it matched."""

    article_id: int
    doc_id: int
    kind: str
    snippet: str
    start: int
    end: int


@dataclass(slots=True)
class HistoryEntry:
    """One change: which row and field, the old and new value (JSON-decoded), who and when."""

    id: int
    table: str
    row_id: int | None
    article_id: int | None
    field: str
    old: Any
    new: Any
    who: str
    when: str


@dataclass(slots=True)
class RegistryPerson:
    """One registry row: a person held ``title`` at ``org`` from ``valid_from`` to ``valid_to``."""

    id: int
    name: str
    title: str
    org: str
    valid_from: str | None
    valid_to: str | None
    source_fact_id: int | None


@dataclass(slots=True)
class Adjudication:
    """A disagreement a merge recorded: ``item`` fact (kind, article-local span, text) or flag
    (kind is the rule, text the message); ``a``/``b`` each side's version (None: that side has
    no such fact).  Resolved rows say which side was adopted (``choice``), by whom and when."""

    id: int
    article_id: int
    item: str
    kind: str
    start: int | None
    end: int | None
    text: str
    a: dict[str, Any] | None
    b: dict[str, Any] | None
    resolved: bool
    choice: str | None = None
    note: str = ""
    resolved_by: str = ""
    resolved_at: str = ""
