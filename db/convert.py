"""Turn an engine :class:`~analysis.model.Analysis` into the store's article records.

The engine counts offsets in the whole document; the store keeps each story's own text, so every
offset is moved to article-local by subtracting ``article.start``.  The record shape below is also
what the formats and the merge read and write, so there is one way into the store.
"""
from __future__ import annotations

import hashlib
import json
from typing import Any

from analysis.model import Analysis, Article, Flag


def sha(text: str) -> str:
    """A short content hash used to recognise the same story in two stores."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def fingerprint(rule: str, evidence: list[str]) -> str:
    """Rule + the quoted evidence texts (not offsets): survives edits elsewhere in the story."""
    blob = rule + "\x1f" + "\x1e".join(sorted(evidence))
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()


def dumps(value: Any) -> str:
    """Compact, stable JSON (sorted keys) so exports compare byte for byte."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _article_of_flag(flag: Flag, analysis: Analysis, fact_article: dict[str, int]) -> int | None:
    if flag.article is not None:
        return flag.article
    for fid in flag.facts:
        if fid in fact_article:
            return fact_article[fid]
    for s, _e in flag.spans:
        for a in analysis.articles:
            if a.start <= s < a.end:
                return a.index
    return analysis.articles[0].index if analysis.articles else None


def flag_record(flag: Flag, text: str, base: int, limit: int, fact_keys: set) -> dict[str, Any]:
    """One flag in record form: spans moved by ``-base`` and clipped to the story's text."""
    evidence = [text[s:e] for s, e in flag.spans]
    spans = [[s - base, e - base] for s, e in flag.spans if base <= s and e <= base + limit]
    sugg = None
    if flag.suggestion is not None:
        edits = [{"start": e.start - base, "end": e.end - base, "text": e.text}
                 for e in flag.suggestion.edits if base <= e.start and e.end <= base + limit]
        if edits or not flag.suggestion.edits:
            sugg = {"label": flag.suggestion.label, "label_en": flag.suggestion.label_en, "edits": edits}
    return {
        "rule": flag.rule, "severity": flag.severity, "message": flag.message,
        "message_en": flag.message_en, "spans": spans,
        "facts": [f for f in flag.facts if f in fact_keys], "suggestion": sugg,
        "fingerprint": fingerprint(flag.rule, evidence), "decision": None, "reason": "",
        "decided_by": "", "decided_at": "",
    }


def article_record(analysis: Analysis, article: Article, flags: list[Flag], user: str, now: str) -> dict:
    """The record of one story: its own text and everything on it, article-local."""
    base, text = article.start, analysis.text
    local = text[article.start:article.end]
    facts = []
    for f in analysis.facts:
        if f.article != article.index or not (article.start <= f.start < f.end <= article.end):
            continue
        if text[f.start:f.end] != f.text:  # an engine bug must not break the store's invariant
            continue
        facts.append({"key": f.id, "kind": f.kind, "start": f.start - base, "end": f.end - base,
                      "text": f.text, "value": f.value, "status": "auto", "origin": "auto",
                      "created_by": user, "updated_by": user, "updated_at": now})
    keys = {f["key"] for f in facts}
    relations = [{"kind": r.kind, "head": r.head, "tail": r.tail, "origin": "auto"}
                 for r in analysis.relations if r.head in keys and r.tail in keys]
    byline = [{"role": b.role, "name": b.name,
               "start": None if b.start is None else b.start - base,
               "end": None if b.end is None else b.end - base} for b in article.byline]
    return {
        "index": article.index, "doc_start": article.start, "text": local,
        "title_lines": list(article.title_lines), "dateline": article.dateline, "byline": byline,
        "body_start": max(0, article.body_start - base), "status": "new", "updated_by": "",
        "updated_at": "", "facts": facts, "relations": relations,
        "flags": [flag_record(fl, text, base, len(local), keys) for fl in flags],
    }


def analysis_records(analysis: Analysis, user: str, now: str) -> list[dict]:
    """All article records of an analysis; flags are given to the story they belong to."""
    fact_article = {f.id: f.article for f in analysis.facts}
    by_article: dict[int, list[Flag]] = {}
    for flag in analysis.flags:
        idx = _article_of_flag(flag, analysis, fact_article)
        if idx is not None:
            by_article.setdefault(idx, []).append(flag)
    return [article_record(analysis, a, by_article.get(a.index, []), user, now) for a in analysis.articles]
