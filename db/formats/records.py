"""Reading a store as plain records, in the shape :meth:`Store.import_records` takes back.

Exports number spans per story (``s1, s2…`` in text order) instead of using database ids, so the
same content always exports to the same bytes, whatever store it came from.
"""
from __future__ import annotations

import json
from collections.abc import Iterator

OFFSET_UNIT = "codepoint"
CONFIRMED = ("verified", "corrected")


def iter_documents(store, verified_only: bool = False, kinds: list[str] | None = None
                   ) -> Iterator[tuple[dict, list[dict]]]:
    """Yield ``(document, article records)`` for every page, with local span ids ``s1…``."""
    c = store.conn
    docs = c.execute("SELECT id, source, encoding, notes, pub_date, pub_date_inferred FROM documents "
                     "ORDER BY id").fetchall()
    for n, (doc_id, source, encoding, notes, pub_date, inferred) in enumerate(docs, start=1):
        doc = {"key": f"d{n}", "source": source, "encoding": encoding, "notes": json.loads(notes),
               "pub_date": pub_date, "pub_date_inferred": bool(inferred)}
        records = []
        for art in c.execute("SELECT id, idx, doc_start, text, title_lines, dateline, byline, body_start, status, "
                             "updated_by, updated_at FROM articles WHERE doc_id = ? ORDER BY idx",
                             [doc_id]).fetchall():
            rec = _article(c, art, verified_only, kinds)
            if rec is not None:
                records.append(rec)
        if records:
            yield doc, records


def _article(c, art, verified_only: bool, kinds: list[str] | None) -> dict | None:
    aid = art[0]
    facts = []
    ids: dict[int, str] = {}
    for row in c.execute('SELECT id, kind, start, "end", text, value, status, origin, created_by, updated_by, '
                         'updated_at FROM facts WHERE article_id = ? ORDER BY start, "end", kind, id', [aid]):
        fid, kind, s, e, text, value, status, origin, cby, uby, uat = row
        if kinds and kind not in kinds:
            continue
        if verified_only and status not in CONFIRMED:
            continue
        key = f"s{len(facts) + 1}"
        ids[fid] = key
        facts.append({"key": key, "kind": kind, "start": s, "end": e, "text": text, "value": json.loads(value),
                      "status": status, "origin": origin, "created_by": cby, "updated_by": uby,
                      "updated_at": uat})
    if verified_only and not facts and art[8] != "signed_off":
        return None
    relations = [{"kind": k, "head": ids[h], "tail": ids[t], "origin": o}
                 for k, h, t, o in c.execute("SELECT kind, head, tail, origin FROM relations WHERE article_id = ? "
                                             "ORDER BY id", [aid]) if h in ids and t in ids]
    flags = []
    for row in c.execute("SELECT rule, severity, message, message_en, spans, fact_ids, suggestion, fingerprint, "
                         "decision, reason, decided_by, decided_at FROM flags WHERE article_id = ? ORDER BY id",
                         [aid]):
        flags.append({"rule": row[0], "severity": row[1], "message": row[2], "message_en": row[3],
                      "spans": json.loads(row[4]), "facts": [ids[i] for i in json.loads(row[5]) if i in ids],
                      "suggestion": json.loads(row[6]) if row[6] else None, "fingerprint": row[7],
                      "decision": row[8], "reason": row[9], "decided_by": row[10], "decided_at": row[11]})
    return {"index": art[1], "doc_start": art[2], "text": art[3], "title_lines": json.loads(art[4]),
            "dateline": art[5], "byline": json.loads(art[6]), "body_start": art[7], "status": art[8],
            "updated_by": art[9], "updated_at": art[10], "facts": facts, "relations": relations, "flags": flags}


ARTICLE_META = ("index", "doc_start", "title_lines", "dateline", "byline", "body_start", "status",
                "updated_by", "updated_at")
DOC_META = ("key", "source", "encoding", "notes", "pub_date", "pub_date_inferred")


def article_meta(rec: dict) -> dict:
    """The story's own fields (everything but text, spans, relations and flags)."""
    return {k: rec[k] for k in ARTICLE_META}


def import_documents(store, groups: list[tuple[dict, list[dict]]]) -> int:
    """Store pages read back from a format; each page is one transaction."""
    for doc, records in groups:
        records = sorted(records, key=lambda r: r["index"])
        text = "\n".join(r["text"] for r in records)
        store.import_records({"source": doc.get("source", ""), "text": text, "raw_text": text,
                              "encoding": doc.get("encoding"), "notes": doc.get("notes", []),
                              "pub_date": doc.get("pub_date"),
                              "pub_date_inferred": doc.get("pub_date_inferred", False)}, records)
    return len(groups)


def group_by_document(items: list[tuple[dict, dict]]) -> list[tuple[dict, list[dict]]]:
    """``[(doc, record)…]`` in file order → ``[(doc, [records])…]`` grouped by document key."""
    groups: dict[str, tuple[dict, list[dict]]] = {}
    for doc, rec in items:
        key = doc.get("key") or doc.get("source") or "d?"
        groups.setdefault(key, (doc, []))[1].append(rec)
    return list(groups.values())
