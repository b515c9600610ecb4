"""Human edits: facts, relations, flag decisions and the story's text.

Each public method is one transaction that writes the change and its history row (who, when,
old value, new value) together and returns the new row.
"""
from __future__ import annotations

import json
from typing import Any

from analysis.model import FACT_KINDS

from .convert import dumps, sha
from .errors import StoreError
from .schema import ADJUDICATION_CHOICES, FACT_STATUSES, FLAG_DECISIONS

#: Statuses that mean a person looked at the fact and stands by it.
CONFIRMED = ("verified", "corrected")


def default_value(kind: str, text: str) -> dict[str, Any]:
    """The value a person's new fact starts with (they can correct it after)."""
    if kind in ("person", "org", "place"):
        return {"name": text}
    if kind == "title":
        return {"title": text}
    return {}


def _map_start(p: int, start: int, end: int, delta: int) -> int:
    if p < start:
        return p
    if p >= end:
        return p + delta
    return start


def _map_end(p: int, start: int, end: int, delta: int, new_len: int) -> int:
    if p <= start:
        return p
    if p >= end:
        return p + delta
    return start + new_len


class EditsMixin:
    """Fact, relation, flag and text edits of :class:`db.store.Store`."""

    def _now(self) -> str:
        from .store import now_iso

        return now_iso()

    def _get_fact(self, fact_id: int):
        from .store import FACT_COLS, fact_from_row

        row = self.conn.execute(f"SELECT {FACT_COLS} FROM facts WHERE id = ?", [fact_id]).fetchone()
        if row is None:
            raise StoreError(f"no fact {fact_id} in {self.path}")
        return fact_from_row(row)

    def _article_text(self, article_id: int) -> str:
        row = self.conn.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            raise StoreError(f"no story {article_id} in {self.path}")
        return row[0]

    def _set_fact(self, fact_id: int, field: str, changes: dict[str, Any]):
        """Apply ``changes`` to one fact with a history row holding the old and new values."""
        old = self._get_fact(fact_id)
        changes = dict(changes, updated_by=self.user, updated_at=self._now())
        cols = ", ".join(f'"{k}" = ?' for k in changes)
        vals = [dumps(v) if k == "value" else v for k, v in changes.items()]
        self.conn.execute(f"UPDATE facts SET {cols} WHERE id = ?", [*vals, fact_id])
        keys = [k for k in changes if k not in ("updated_by", "updated_at")]
        self._log("facts", fact_id, old.article_id, field, {k: getattr(old, k) for k in keys},
                  {k: changes[k] for k in keys})
        return self._get_fact(fact_id)

    def set_fact_value(self, fact_id: int, value: dict[str, Any]):
        """A person corrects the normalised value: status becomes ``corrected``."""
        with self._tx():
            fact = self._set_fact(fact_id, "value", {"value": dict(value), "status": "corrected"})
            self._grow_registry(fact.article_id)
        return fact

    def set_fact_status(self, fact_id: int, status: str):
        """auto | verified | corrected | rejected | needs_check."""
        if status not in FACT_STATUSES:
            raise StoreError(f"unknown fact status {status!r} (one of {', '.join(FACT_STATUSES)})")
        with self._tx():
            fact = self._set_fact(fact_id, "status", {"status": status})
            self._grow_registry(fact.article_id)
        return fact

    def set_fact_span(self, fact_id: int, start: int, end: int):
        """Move a fact's span (article-local); its text follows the story text; status ``corrected``."""
        with self._tx():
            old = self._get_fact(fact_id)
            text = self._article_text(old.article_id)
            if not 0 <= start < end <= len(text):
                raise StoreError(f"span {start}–{end} is outside the story (length {len(text)})")
            fact = self._set_fact(fact_id, "span", {"start": start, "end": end, "text": text[start:end],
                                                    "status": "corrected"})
            self._grow_registry(fact.article_id)
        return fact

    def set_fact_kind(self, fact_id: int, kind: str):
        """Relabel a fact; status ``corrected``."""
        if kind not in FACT_KINDS:
            raise StoreError(f"unknown fact kind {kind!r} (one of {', '.join(FACT_KINDS)})")
        with self._tx():
            fact = self._set_fact(fact_id, "kind", {"kind": kind, "status": "corrected"})
            self._grow_registry(fact.article_id)
        return fact

    def add_fact(self, article_id: int, kind: str, start: int, end: int, value: dict | None = None):
        """A fact a person marked: origin ``human``, status ``verified``."""
        if kind not in FACT_KINDS:
            raise StoreError(f"unknown fact kind {kind!r} (one of {', '.join(FACT_KINDS)})")
        with self._tx() as c:
            text = self._article_text(article_id)
            if not 0 <= start < end <= len(text):
                raise StoreError(f"span {start}–{end} is outside the story (length {len(text)})")
            piece = text[start:end]
            val = dict(value) if value is not None else default_value(kind, piece)
            now = self._now()
            fid = c.execute(
                'INSERT INTO facts (article_id, kind, start, "end", text, value, status, origin, created_by, '
                "updated_by, updated_at) VALUES (?,?,?,?,?,?,'verified','human',?,?,?)",
                [article_id, kind, start, end, piece, dumps(val), self.user, self.user, now]).lastrowid
            self._log("facts", fid, article_id, "added", None,
                      {"kind": kind, "start": start, "end": end, "text": piece, "value": val})
            self._grow_registry(article_id)
        return self._get_fact(fid)

    def delete_fact(self, fact_id: int):
        """Remove a fact (and its relations); returns the removed fact for :meth:`restore_fact`."""
        with self._tx() as c:
            fact = self._get_fact(fact_id)
            rels = [dict(zip(("id", "kind", "head", "tail", "origin"), r, strict=True)) for r in c.execute(
                "SELECT id, kind, head, tail, origin FROM relations WHERE head = ? OR tail = ?",
                [fact_id, fact_id])]
            old = _fact_json(fact)
            old["relations"] = rels
            c.execute("DELETE FROM relations WHERE head = ? OR tail = ?", [fact_id, fact_id])
            self._grow_registry(fact.article_id, dropped_fact=fact_id)  # before the FK clears the source
            c.execute("DELETE FROM facts WHERE id = ?", [fact_id])
            self._log("facts", fact_id, fact.article_id, "deleted", old, None)
        return fact

    def restore_fact(self, fact) -> Any:
        """Undo :meth:`delete_fact`: the same fact with the same id, and the relations it had."""
        with self._tx() as c:
            if c.execute("SELECT 1 FROM facts WHERE id = ?", [fact.id]).fetchone():
                raise StoreError(f"fact {fact.id} is not deleted")
            text = self._article_text(fact.article_id)
            if text[fact.start:fact.end] != fact.text:
                raise StoreError(f"the story text changed under fact {fact.text!r}; mark it again")
            c.execute(
                'INSERT INTO facts (id, article_id, kind, start, "end", text, value, status, origin, created_by, '
                "updated_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [fact.id, fact.article_id, fact.kind, fact.start, fact.end, fact.text, dumps(fact.value),
                 fact.status, fact.origin, fact.created_by, fact.updated_by, fact.updated_at])
            row = c.execute("SELECT old FROM history WHERE tbl = 'facts' AND row_id = ? AND field = 'deleted' "
                            "ORDER BY id DESC LIMIT 1", [fact.id]).fetchone()
            for r in (json.loads(row[0]).get("relations", []) if row else []):
                ends = c.execute("SELECT count(*) FROM facts WHERE id IN (?, ?)", [r["head"], r["tail"]]).fetchone()
                taken = c.execute("SELECT 1 FROM relations WHERE id = ?", [r["id"]]).fetchone()
                if ends[0] == 2 and not taken:
                    c.execute("INSERT INTO relations (id, article_id, kind, head, tail, origin, created_by, "
                              "created_at) VALUES (?,?,?,?,?,?,?,?)",
                              [r["id"], fact.article_id, r["kind"], r["head"], r["tail"], r["origin"],
                               self.user, self._now()])
            self._log("facts", fact.id, fact.article_id, "restored", None, _fact_json(fact))
            self._grow_registry(fact.article_id)
        return self._get_fact(fact.id)

    def add_relation(self, article_id: int, kind: str, head: int, tail: int):
        """Link two facts of one story (``holds_title``: person → title); origin ``human``."""
        from .model import StoredRelation

        with self._tx() as c:
            for fid in (head, tail):
                if self._get_fact(fid).article_id != article_id:
                    raise StoreError(f"fact {fid} is not in story {article_id}")
            found = c.execute("SELECT id FROM relations WHERE article_id = ? AND kind = ? AND head = ? AND tail = ?",
                              [article_id, kind, head, tail]).fetchone()
            if found:
                rid = found[0]
            else:
                rid = c.execute("INSERT INTO relations (article_id, kind, head, tail, origin, created_by, created_at)"
                                " VALUES (?,?,?,?,'human',?,?)",
                                [article_id, kind, head, tail, self.user, self._now()]).lastrowid
                self._log("relations", rid, article_id, "added", None, {"kind": kind, "head": head, "tail": tail})
            self._grow_registry(article_id)
            row = c.execute("SELECT id, article_id, kind, head, tail, origin FROM relations WHERE id = ?",
                            [rid]).fetchone()
        return StoredRelation(*row)

    def delete_relation(self, rel_id: int) -> None:
        """Remove one relation."""
        with self._tx() as c:
            row = c.execute("SELECT article_id, kind, head, tail, origin FROM relations WHERE id = ?",
                            [rel_id]).fetchone()
            if row is None:
                raise StoreError(f"no relation {rel_id} in {self.path}")
            c.execute("DELETE FROM relations WHERE id = ?", [rel_id])
            self._log("relations", rel_id, row[0], "deleted",
                      {"kind": row[1], "head": row[2], "tail": row[3], "origin": row[4]}, None)
            self._grow_registry(row[0])

    def decide_flag(self, flag_id: int, decision: str | None, reason: str = ""):
        """confirmed | dismissed (say why) | fixed; None reopens the flag."""
        if decision is not None and decision not in FLAG_DECISIONS:
            raise StoreError(f"unknown decision {decision!r} (one of {', '.join(FLAG_DECISIONS)} or none)")
        with self._tx() as c:
            row = c.execute("SELECT article_id, decision, reason FROM flags WHERE id = ?", [flag_id]).fetchone()
            if row is None:
                raise StoreError(f"no flag {flag_id} in {self.path}")
            who, when = (self.user, self._now()) if decision else ("", "")
            c.execute("UPDATE flags SET decision = ?, reason = ?, decided_by = ?, decided_at = ? WHERE id = ?",
                      [decision, reason if decision else "", who, when, flag_id])
            self._log("flags", flag_id, row[0], "decision", {"decision": row[1], "reason": row[2]},
                      {"decision": decision, "reason": reason if decision else ""})
        return self.flag(flag_id)

    def adjudications(self, article_id: int | None = None, open_only: bool = False):
        """The disagreements a merge recorded (of one story when ``article_id`` is given), by id."""
        from .model import Adjudication

        sql = ('SELECT id, article_id, item, kind, start, "end", text, a, b, resolved, choice, note, '
               "resolved_by, resolved_at FROM adjudication WHERE 1")
        args: list = []
        if article_id is not None:
            sql += " AND article_id = ?"
            args.append(article_id)
        if open_only:
            sql += " AND resolved = 0"
        rows = self.conn.execute(sql + " ORDER BY id", args).fetchall()
        return [Adjudication(r[0], r[1], r[2], r[3], r[4], r[5], r[6], _json_or_none(r[7]), _json_or_none(r[8]),
                             bool(r[9]), r[10], r[11], r[12], r[13]) for r in rows]

    def resolve_adjudication(self, row_id: int, choice: str | None, note: str = ""):
        """Record that side ``"a"`` or ``"b"`` was adopted for a disagreement (None reopens it).

        Only the record: apply the side to the fact or flag through the edit calls.  Who and
        when go on the row; one transaction with a history row.  Returns the new row.
        """
        if choice is not None and choice not in ADJUDICATION_CHOICES:
            raise StoreError(f"unknown side {choice!r} (one of {', '.join(ADJUDICATION_CHOICES)} or none)")
        with self._tx() as c:
            row = c.execute("SELECT article_id, resolved, choice, note FROM adjudication WHERE id = ?",
                            [row_id]).fetchone()
            if row is None:
                raise StoreError(f"no adjudication row {row_id} in {self.path}")
            who, when = (self.user, self._now()) if choice else ("", "")
            c.execute("UPDATE adjudication SET resolved = ?, choice = ?, note = ?, resolved_by = ?, resolved_at = ? "
                      "WHERE id = ?", [int(choice is not None), choice, note if choice else "", who, when, row_id])
            self._log("adjudication", row_id, row[0], "resolved",
                      {"resolved": bool(row[1]), "choice": row[2], "note": row[3]},
                      {"resolved": choice is not None, "choice": choice, "note": note if choice else ""})
        return next(a for a in self.adjudications(row[0]) if a.id == row_id)

    def edit_article_text(self, article_id: int, start: int, end: int, new_text: str):
        """Replace ``text[start:end]`` of a story; spans move, facts whose text changed → needs_check.

        A fact wholly inside a deleted stretch is removed (its row is in the history).
        Returns the story's new :class:`ArticleInfo`.
        """
        with self._tx() as c:
            text = self._article_text(article_id)
            if not 0 <= start <= end <= len(text):
                raise StoreError(f"edit {start}–{end} is outside the story (length {len(text)})")
            new = text[:start] + new_text + text[end:]
            delta, n = len(new_text) - (end - start), len(new_text)
            changed: dict[int, str] = {}
            removed = []
            now = self._now()
            for fid, fs, fe, ftext, status in c.execute(
                    'SELECT id, start, "end", text, status FROM facts WHERE article_id = ? AND "end" >= ?',
                    [article_id, start]).fetchall():
                ns, ne = _map_start(fs, start, end, delta), _map_end(fe, start, end, delta, n)
                if ne <= ns:
                    fact = self._get_fact(fid)
                    removed.append(_fact_json(fact))
                    c.execute("DELETE FROM relations WHERE head = ? OR tail = ?", [fid, fid])
                    self._grow_registry(article_id, dropped_fact=fid)
                    c.execute("DELETE FROM facts WHERE id = ?", [fid])
                    continue
                if new[ns:ne] != ftext:
                    changed[fid] = status
                    c.execute('UPDATE facts SET start = ?, "end" = ?, text = ?, status = \'needs_check\', '
                              "updated_by = ?, updated_at = ? WHERE id = ?", [ns, ne, new[ns:ne], self.user, now, fid])
                elif (ns, ne) != (fs, fe):
                    c.execute('UPDATE facts SET start = ?, "end" = ? WHERE id = ?', [ns, ne, fid])
            for flag_id, spans_json, sugg_json in c.execute(
                    "SELECT id, spans, suggestion FROM flags WHERE article_id = ?", [article_id]).fetchall():
                spans = []
                for s, e in json.loads(spans_json):
                    ns, ne = _map_start(s, start, end, delta), _map_end(e, start, end, delta, n)
                    if ne > ns:
                        spans.append([ns, ne])
                sugg = json.loads(sugg_json) if sugg_json else None
                if sugg:
                    sugg["edits"] = [dict(e, start=_map_start(e["start"], start, end, delta),
                                          end=_map_end(e["end"], start, end, delta, n))
                                     for e in sugg["edits"] if e["end"] <= start or e["start"] >= end]
                c.execute("UPDATE flags SET spans = ?, suggestion = ? WHERE id = ?",
                          [dumps(spans), None if sugg is None else dumps(sugg), flag_id])
            row = c.execute("SELECT byline, body_start FROM articles WHERE id = ?", [article_id]).fetchone()
            byline = []
            for b in json.loads(row[0]):
                if b.get("start") is not None and b.get("end") is not None:
                    b = dict(b, start=_map_start(b["start"], start, end, delta),
                             end=_map_end(b["end"], start, end, delta, n))
                byline.append(b)
            c.execute("UPDATE articles SET text = ?, text_sha = ?, byline = ?, body_start = ?, updated_by = ?, "
                      "updated_at = ? WHERE id = ?",
                      [new, sha(new), dumps(byline), _map_start(row[1], start, end, delta), self.user, now,
                       article_id])
            self._log("articles", article_id, article_id, "text",
                      {"start": start, "end": end, "text": text[start:end]},
                      {"start": start, "end": start + n, "text": new_text,
                       "needs_check": {str(k): v for k, v in changed.items()}, "removed_facts": removed})
            if changed:
                self._grow_registry(article_id)
        return self.article_info(article_id)


def _fact_json(f) -> dict[str, Any]:
    return {"id": f.id, "kind": f.kind, "start": f.start, "end": f.end, "text": f.text, "value": f.value,
            "status": f.status, "origin": f.origin, "created_by": f.created_by, "updated_by": f.updated_by,
            "updated_at": f.updated_at}


def _json_or_none(text: str | None) -> Any:
    return None if text is None else json.loads(text)
