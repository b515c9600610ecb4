"""Plain dataclasses shared by the engine, the store and the GUI.

Offsets are Python ``str`` indices (Unicode code points), end exclusive, into
``Analysis.text`` (the repaired text of the whole document): for every fact
``text[fact.start:fact.end] == fact.text``.  Widgets convert to UTF-16 at their
boundary; nothing else does.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "proofdesk.analysis/1"

#: The label set, in the order the fact sheet and the label keys (1–7) use.
FACT_KINDS: tuple[str, ...] = ("person", "title", "org", "place", "date", "duration", "number")

#: Flag severities, most severe first.
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


@dataclass(slots=True)
class Byline:
    """One name in a story's byline, e.g. role 全媒体记者, name 陈润.

    ``start``/``end`` locate the name in the document text (None when the
    byline was not found in the text, which should not happen).
    """

    role: str
    name: str
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"role": self.role, "name": self.name}


@dataclass(slots=True)
class Article:
    """One story of a page: [start, end) in the document text.

    ``title_lines`` are 引题/主题/副题 as printed (layout breaks inside a line
    repaired); ``body_start`` is the offset where the body text begins.
    """

    index: int
    start: int
    end: int
    title_lines: list[str] = field(default_factory=list)
    dateline: str | None = None
    byline: list[Byline] = field(default_factory=list)
    body_start: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "start": self.start,
            "end": self.end,
            "title_lines": list(self.title_lines),
            "dateline": self.dateline,
            "byline": [b.to_json() for b in self.byline],
            "body_start": self.body_start,
        }


@dataclass(slots=True)
class Fact:
    """A span of the text with a kind from FACT_KINDS and a normalised value."""

    id: str
    article: int
    kind: str
    start: int
    end: int
    text: str
    value: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article": self.article,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
        }


@dataclass(slots=True)
class Relation:
    """A directed link between two facts; today only ``holds_title`` (person → title)."""

    kind: str
    head: str
    tail: str

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "head": self.head, "tail": self.tail}


@dataclass(slots=True)
class Edit:
    """Replace text[start:end] by ``text`` (offsets into the document text)."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Suggestion:
    """A certain fix: a label and the edits that apply it (all at once)."""

    label: str
    edits: list[Edit] = field(default_factory=list)
    label_en: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label, "label_en": self.label_en,
                "edits": [e.to_json() for e in self.edits]}


@dataclass(slots=True)
class Flag:
    """A finding of one rule (rule ids are part of the contract, see DESIGN.md).

    ``article`` is None for a page-level flag that spans several stories.
    ``spans`` lists every place involved, in document offsets.
    """

    id: str
    rule: str
    severity: str
    article: int | None
    message: str
    facts: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    suggestion: Suggestion | None = None
    message_en: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "rule": self.rule,
            "severity": self.severity,
            "article": self.article,
            "message": self.message,
            "message_en": self.message_en,
            "facts": list(self.facts),
            "spans": [list(s) for s in self.spans],
            "suggestion": self.suggestion.to_json() if self.suggestion else None,
        }


@dataclass(slots=True)
class Analysis:
    """Everything the engine found in one document; ``to_json`` is the CLI contract."""

    text: str
    reference_date: _dt.date
    reference_date_inferred: bool
    source: str = "<text>"
    articles: list[Article] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    #: How the input was decoded (e.g. "utf-8", "gb18030"); None for str input.
    encoding: str | None = None
    #: Human-readable notes about the input (assumed encoding, repairs…).
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "source": self.source,
            "encoding": self.encoding,
            "notes": list(self.notes),
            "reference_date": self.reference_date.isoformat(),
            "reference_date_inferred": self.reference_date_inferred,
            "text": self.text,
            "articles": [a.to_json() for a in self.articles],
            "facts": [f.to_json() for f in self.facts],
            "relations": [r.to_json() for r in self.relations],
            "flags": [f.to_json() for f in self.flags],
        }

    def facts_of(self, article: int) -> list[Fact]:
        return [f for f in self.facts if f.article == article]


def replace(obj, **changes):
    """dataclasses.replace, re-exported so callers need not import dataclasses."""
    return dataclasses.replace(obj, **changes)
