"""Re-analysing a story without losing any human decision.

The rules (ARCHITECTURE.md): a fact a person touched (status other than ``auto``, or origin
``human``) is never overwritten or removed, and the extractor may not put a fact back on top of
it or re-add one a person deleted; a flag whose fingerprint (rule + quoted evidence) is unchanged
keeps its decision.  Untouched automatic facts are matched by (kind, span) and keep their ids, so
flags and relations that point at them stay valid.
"""
from __future__ import annotations

import json

from analysis.model import Analysis

from .convert import dumps, flag_record
from .errors import StoreError


class ReanalyseMixin:
    """:meth:`reanalyse_article` and :meth:`attach_facts` of :class:`db.store.Store`."""

    def _deleted_spans(self, article_id: int, present: set[int]) -> set[tuple]:
        """``(kind, start, end, text)`` of facts a person deleted from the story (and did not restore)."""
        deleted = set()
        for (old,) in self.conn.execute("SELECT old FROM history WHERE tbl = 'facts' AND field = 'deleted' "
                                        "AND article_id = ?", [article_id]):
            o = json.loads(old)
            if o["id"] not in present:  # a restored fact is not a deleted one
                deleted.add((o["kind"], o["start"], o["end"], o["text"]))
        return deleted

    def attach_facts(self, article_id: int, facts: list[dict], relations: list[dict] | None = None,
                     source: str = "") -> dict[str, int]:
        """Pre-annotations (another tool's spans) onto a stored story, as automatic facts.

        ``facts`` are records ``{key, kind, start, end, text?, value?}`` in the story's own code
        points; their status and origin are not taken: what arrives is ``auto``.  The re-analysis
        rules hold: a span that is already there with its kind is a duplicate (an untouched one
        takes a new non-empty value); nothing goes on top of a fact a person touched or back where
        a person deleted one.  ``relations`` (``{kind, head, tail}`` by key) are added between
        untouched facts only.  One transaction with one history row; returns the counts
        ``attached``, ``updated``, ``duplicates`` and ``kept`` (left alone for a person's decision).
        """
        counts = {"attached": 0, "updated": 0, "duplicates": 0, "kept": 0}
        with self._tx() as c:
            text = self._article_text(article_id)
            rows = c.execute('SELECT id, kind, start, "end", value, status, origin FROM facts WHERE article_id = ?',
                             [article_id]).fetchall()
            touched = [r for r in rows if r[5] != "auto" or r[6] == "human"]
            touched_at = {(r[1], r[2], r[3]): r for r in touched}
            auto = {(r[1], r[2], r[3]): r for r in rows if r not in touched}
            deleted = self._deleted_spans(article_id, {r[0] for r in rows})
            ids: dict[str, int] = {}
            attached: list[int] = []
            now = self._now()
            for f in facts:
                kind, s, e = f["kind"], f["start"], f["end"]
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                    raise StoreError(f"span {s}–{e} of {kind} is outside the story (length {len(text)})")
                piece = text[s:e]
                if f.get("text") is not None and f["text"] != piece:
                    raise StoreError(f"fact {f['text']!r} does not match the story text at {s}–{e}")
                value = f.get("value") or {}
                if (kind, s, e) in touched_at:
                    same = not value or json.loads(touched_at[(kind, s, e)][4]) == value
                    counts["duplicates" if same else "kept"] += 1
                    continue
                old = auto.get((kind, s, e))
                if old is not None:
                    ids[f.get("key")] = old[0]
                    if value and json.loads(old[4]) != value:
                        c.execute("UPDATE facts SET value = ?, updated_by = ?, updated_at = ? WHERE id = ?",
                                  [dumps(value), self.user, now, old[0]])
                        auto[(kind, s, e)] = (*old[:4], dumps(value), *old[5:])
                        counts["updated"] += 1
                    else:
                        counts["duplicates"] += 1
                    continue
                if any(r[2] < e and s < r[3] for r in touched) or (kind, s, e, piece) in deleted:
                    counts["kept"] += 1
                    continue
                fid = c.execute(
                    'INSERT INTO facts (article_id, kind, start, "end", text, value, status, origin, created_by, '
                    "updated_by, updated_at) VALUES (?,?,?,?,?,?,'auto','auto',?,?,?)",
                    [article_id, kind, s, e, piece, dumps(value), self.user, self.user, now]).lastrowid
                ids[f.get("key")] = fid
                auto[(kind, s, e)] = (fid, kind, s, e, dumps(value), "auto", "auto")
                attached.append(fid)
                counts["attached"] += 1
            have = set(c.execute("SELECT kind, head, tail FROM relations WHERE article_id = ?", [article_id]))
            linked = 0
            for r in relations or []:
                head, tail = ids.get(r.get("head")), ids.get(r.get("tail"))
                if head and tail and (r["kind"], head, tail) not in have:
                    c.execute("INSERT INTO relations (article_id, kind, head, tail, origin, created_by, created_at) "
                              "VALUES (?,?,?,?,'auto',?,?)", [article_id, r["kind"], head, tail, self.user, now])
                    have.add((r["kind"], head, tail))
                    linked += 1
            if any(counts.values()):
                self._log("articles", article_id, article_id, "pre-annotations", None,
                          dict(counts, source=source, fact_ids=attached, relations=linked))
        return counts

    def reanalyse_article(self, article_id: int, analysis: Analysis):
        """Replace the automatic facts and flags of a story by those of ``analysis`` (of its current text)."""
        with self._tx() as c:
            text = self._article_text(article_id)
            base = 0 if analysis.text == text else analysis.text.find(text)
            base = max(base, 0)  # not found: keep only facts that still match the stored text
            cands = []
            for f in analysis.facts:
                s, e = f.start - base, f.end - base
                if 0 <= s < e <= len(text) and text[s:e] == f.text:
                    cands.append((f.id, f.kind, s, e, f.text, f.value))
            rows = c.execute('SELECT id, kind, start, "end", text, status, origin FROM facts WHERE article_id = ?',
                             [article_id]).fetchall()
            touched = [r for r in rows if r[5] != "auto" or r[6] == "human"]
            auto = {(r[1], r[2], r[3]): r for r in rows if not (r[5] != "auto" or r[6] == "human")}
            touched_at = {(r[1], r[2], r[3]): r[0] for r in touched}
            deleted = self._deleted_spans(article_id, {r[0] for r in rows})
            ids: dict[str, int] = {}
            kept: set[int] = set()
            added = 0
            now = self._now()
            for key, kind, s, e, piece, value in cands:
                if (kind, s, e) in touched_at:
                    ids[key] = touched_at[(kind, s, e)]
                    continue
                old = auto.get((kind, s, e))
                if any(r[2] < e and s < r[3] for r in touched) or (old is None and (kind, s, e, piece) in deleted):
                    continue
                if old is not None and old[0] not in kept:
                    c.execute("UPDATE facts SET text = ?, value = ? WHERE id = ?", [piece, dumps(value), old[0]])
                    ids[key] = old[0]
                    kept.add(old[0])
                    continue
                ids[key] = c.execute(
                    'INSERT INTO facts (article_id, kind, start, "end", text, value, status, origin, created_by, '
                    "updated_by, updated_at) VALUES (?,?,?,?,?,?,'auto','auto',?,?,?)",
                    [article_id, kind, s, e, piece, dumps(value), self.user, self.user, now]).lastrowid
                added += 1
            gone = [r[0] for r in auto.values() if r[0] not in kept]
            c.executemany("DELETE FROM facts WHERE id = ?", [[i] for i in gone])
            # Automatic links between untouched facts are the extractor's to redo; a link between two
            # facts a person confirmed is part of what they saw, so it stays.
            touched_ids = {r[0] for r in touched}
            for rid, head, tail in c.execute("SELECT id, head, tail FROM relations WHERE article_id = ? "
                                             "AND origin = 'auto'", [article_id]).fetchall():
                if not (head in touched_ids and tail in touched_ids):
                    c.execute("DELETE FROM relations WHERE id = ?", [rid])
            have = set(c.execute("SELECT kind, head, tail FROM relations WHERE article_id = ?", [article_id]))
            for r in analysis.relations:
                if r.head in ids and r.tail in ids and (r.kind, ids[r.head], ids[r.tail]) not in have:
                    c.execute("INSERT INTO relations (article_id, kind, head, tail, origin, created_by, created_at) "
                              "VALUES (?,?,?,?,'auto',?,?)", [article_id, r.kind, ids[r.head], ids[r.tail],
                                                             self.user, now])
                    have.add((r.kind, ids[r.head], ids[r.tail]))
            kept_flags, carried = self._redo_flags(article_id, analysis, text, base, ids)
            self._log("articles", article_id, article_id, "reanalysed", None,
                      {"facts_added": added, "facts_removed": len(gone), "facts_kept_human": len(touched),
                       "flags": kept_flags, "decisions_kept": carried})
            self._grow_registry(article_id)
        return self.load_article(article_id)

    def _redo_flags(self, article_id: int, analysis: Analysis, text: str, base: int,
                    ids: dict[str, int]) -> tuple[int, int]:
        c = self.conn
        old: dict[str, list[tuple]] = {}
        for row in c.execute("SELECT id, fingerprint, decision, reason, decided_by, decided_at FROM flags "
                             "WHERE article_id = ? ORDER BY id", [article_id]).fetchall():
            old.setdefault(row[1], []).append(row)
        carried = 0
        n = 0
        for flag in analysis.flags:
            rec = flag_record(flag, analysis.text, base, len(text), set(ids))
            same = old.get(rec["fingerprint"])
            if same:
                fid, _fp, decision, reason, by, at = same.pop(0)
                if decision:
                    carried += 1
                c.execute("UPDATE flags SET rule = ?, severity = ?, message = ?, message_en = ?, spans = ?, "
                          "fact_ids = ?, suggestion = ? WHERE id = ?",
                          [rec["rule"], rec["severity"], rec["message"], rec["message_en"], dumps(rec["spans"]),
                           dumps([ids[k] for k in rec["facts"] if k in ids]),
                           None if rec["suggestion"] is None else dumps(rec["suggestion"]), fid])
            else:
                self._insert_flag(article_id, rec, ids)
            n += 1
        for rows in old.values():
            for fid, fp, decision, reason, _by, _at in rows:
                c.execute("DELETE FROM flags WHERE id = ?", [fid])
                if decision:  # the evidence changed: the decision no longer applies, but it is on record
                    self._log("flags", fid, article_id, "dropped", {"fingerprint": fp, "decision": decision,
                                                                   "reason": reason}, None)
        return n, carried
