"""Reading a store as plain records, in the shape :meth:`Store.import_records` takes back.

Exports number spans per story (``s1, s2…`` in text order) instead of using database ids, so the
same content always exports to the same bytes, whatever store it came from.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, fields

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


@dataclass
class ImportResult:
    """What an import did.  A story whose text is already in the store is not added again: its
    spans are attached to the stored story as automatic facts (:meth:`Store.attach_facts`)."""

    pages: int = 0              # pages added (a page all of whose stories were there adds none)
    stories_added: int = 0
    facts_added: int = 0        # facts of the added stories
    stories_attached: int = 0   # stories already in the store
    facts_attached: int = 0     # new automatic facts on them
    facts_updated: int = 0      # untouched automatic facts that took the file's value
    facts_duplicate: int = 0    # already there (same kind and span)
    facts_kept: int = 0         # not attached: a person decided there (touched, or deleted the fact)

    def __add__(self, other: ImportResult) -> ImportResult:
        return ImportResult(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    def attached_text(self) -> str:
        """What happened to the stories already in the store ("" when there were none)."""
        if not self.stories_attached:
            return ""
        return (f"{self.stories_attached} story(ies) already in the store: {self.facts_attached} fact(s) attached, "
                f"{self.facts_updated} updated, {self.facts_duplicate} already there, "
                f"{self.facts_kept} left as a person decided")

    def summary(self) -> str:
        """One line for a person."""
        out = f"{self.pages} page(s) added ({self.stories_added} stories, {self.facts_added} facts)"
        return out + (f"; {self.attached_text()}" if self.stories_attached else "")


def import_documents(store, groups: list[tuple[dict, list[dict]]]) -> ImportResult:
    """Store pages read back from a format; each page is one transaction.

    A story whose text the store already holds gets the file's spans attached as automatic facts
    (never over a person's decision); the page's other stories are added as a new page.  Equal
    texts pair up in order, as merge pairs them: the n-th story of the file with a text goes onto
    the n-th stored story with it, so a story a page repeats stays two stories (and an export
    imported into a fresh store gives the same store back).
    """
    result = ImportResult()
    stored: dict[str, list[int]] = {}  # what the store held before this import, by text
    for _doc, records in groups:
        for rec in records:
            if rec["text"] not in stored:
                stored[rec["text"]] = store.articles_with_text(rec["text"])
    for doc, records in groups:
        records = sorted(records, key=lambda r: r["index"])
        with store._tx():
            fresh = []
            for rec in records:
                same = stored[rec["text"]]
                if not same:
                    fresh.append(rec)
                    continue
                article_id = same.pop(0)
                counts = store.attach_facts(article_id, rec.get("facts", []), rec.get("relations", []),
                                            source=doc.get("source", ""))
                result.stories_attached += 1
                result.facts_attached += counts["attached"]
                result.facts_updated += counts["updated"]
                result.facts_duplicate += counts["duplicates"]
                result.facts_kept += counts["kept"]
            if fresh:
                text = "\n".join(r["text"] for r in fresh)
                store.import_records({"source": doc.get("source", ""), "text": text, "raw_text": text,
                                      "encoding": doc.get("encoding"), "notes": doc.get("notes", []),
                                      "pub_date": doc.get("pub_date"),
                                      "pub_date_inferred": doc.get("pub_date_inferred", False)}, fresh)
                result.pages += 1
                result.stories_added += len(fresh)
                result.facts_added += sum(len(r.get("facts", [])) for r in fresh)
    return result


def group_by_document(items: list[tuple[dict, dict]]) -> list[tuple[dict, list[dict]]]:
    """``[(doc, record)…]`` in file order → ``[(doc, [records])…]`` grouped by document key."""
    groups: dict[str, tuple[dict, list[dict]]] = {}
    for doc, rec in items:
        key = doc.get("key") or doc.get("source") or "d?"
        groups.setdefault(key, (doc, []))[1].append(rec)
    return list(groups.values())
