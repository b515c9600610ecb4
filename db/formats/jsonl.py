"""JSONL: one story per line — ``text``, ``spans``, ``relations``, ``flags``, ``meta``.

``spans[].start/end`` are code points into ``text`` (``meta.offset_unit == "codepoint"``), the form
spaCy-style and most NER tooling read.  Lossless: import gives back every status, value and decision.
"""
from __future__ import annotations

import json

from ..errors import StoreError
from .records import (
    OFFSET_UNIT,
    ImportResult,
    article_meta,
    group_by_document,
    import_documents,
    iter_documents,
)

FORMAT = "proofdesk.jsonl/1"


def to_line(doc: dict, rec: dict) -> dict:
    """One story as a JSONL object."""
    spans = [{"id": f["key"], "start": f["start"], "end": f["end"], "label": f["kind"], "text": f["text"],
              "value": f["value"], "status": f["status"], "origin": f["origin"], "created_by": f["created_by"],
              "updated_by": f["updated_by"], "updated_at": f["updated_at"]} for f in rec["facts"]]
    return {"text": rec["text"], "spans": spans, "relations": rec["relations"], "flags": rec["flags"],
            "meta": {"format": FORMAT, "offset_unit": OFFSET_UNIT, "document": doc, "article": article_meta(rec)}}


def export(store, out, verified_only: bool = False, kinds: list[str] | None = None) -> int:
    """Write every story as one line of UTF-8 JSON."""
    n = 0
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for doc, records in iter_documents(store, verified_only, kinds):
            for rec in records:
                fh.write(json.dumps(to_line(doc, rec), ensure_ascii=False, sort_keys=True) + "\n")
                n += 1
    return n


def from_line(obj: dict, where: str) -> tuple[dict, dict]:
    """A JSONL object back to ``(document, article record)``."""
    meta = obj.get("meta") or {}
    if meta.get("offset_unit", OFFSET_UNIT) != OFFSET_UNIT:
        raise StoreError(f"{where}: offsets in {meta['offset_unit']!r}; only code points are read")
    if not isinstance(obj.get("text"), str):
        raise StoreError(f"{where}: no \"text\"")
    art = meta.get("article") or {}
    doc = meta.get("document") or {"key": "d1"}
    facts = [{"key": s.get("id") or f"s{i}", "kind": s["label"], "start": s["start"], "end": s["end"],
              "text": s.get("text", obj["text"][s["start"]:s["end"]]), "value": s.get("value") or {},
              "status": s.get("status", "auto"), "origin": s.get("origin", "auto"),
              "created_by": s.get("created_by", ""), "updated_by": s.get("updated_by", ""),
              "updated_at": s.get("updated_at", "")} for i, s in enumerate(obj.get("spans", []), start=1)]
    rec = {"index": art.get("index", 0), "doc_start": art.get("doc_start", 0), "text": obj["text"],
           "title_lines": art.get("title_lines", []), "dateline": art.get("dateline"),
           "byline": art.get("byline", []), "body_start": art.get("body_start", 0),
           "status": art.get("status", "new"), "updated_by": art.get("updated_by", ""),
           "updated_at": art.get("updated_at", ""), "facts": facts,
           "relations": obj.get("relations", []), "flags": obj.get("flags", [])}
    return doc, rec


def import_(store, path) -> ImportResult:
    """Read a JSONL export back into ``store``; returns an ImportResult (pages added, stories attached)."""
    items = []
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, start=1):
                if line.strip():
                    items.append(from_line(json.loads(line), f"{path}:{n}"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise StoreError(f"{path}: not a Proofdesk JSONL file ({type(exc).__name__}: {exc})") from None
    return import_documents(store, group_by_document(items))
