"""Full-text search and the store's counts.

The index is FTS5 with the trigram tokenizer (kept by triggers, see :mod:`db.schema`): a quoted
query of three or more characters matches any substring through the index; shorter queries (a
two-character name such as 朱健 is common) fall back to ``LIKE`` over the same table.
"""
from __future__ import annotations

from .model import SearchHit


class SearchMixin:
    """:meth:`search` and :meth:`stats` of :class:`db.store.Store`."""

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Stories and facts containing ``query`` (substring match, any length)."""
        q = query.strip()
        if not q:
            return []
        if len(q) >= 3:  # trigram index: a quoted phrase matches any substring of 3+ characters
            where, args = "search_index MATCH ?", ['"' + q.replace('"', '""') + '"']
        else:
            esc = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            where, args = "body LIKE ? ESCAPE '\\'", [f"%{esc}%"]
        with self._read() as c:
            rows = c.execute(
                f"SELECT s.rowid, s.kind, s.article_id, s.body, a.doc_id, a.text FROM search_index s "
                f"JOIN articles a ON a.id = s.article_id WHERE {where} LIMIT ?", [*args, limit]).fetchall()
            hits = []
            for rowid, kind, aid, body, doc_id, text in rows:
                if rowid % 2:  # a fact: its own span
                    f = c.execute('SELECT start, "end" FROM facts WHERE id = ?', [rowid // 2]).fetchone()
                    if f:
                        hits.append(SearchHit(aid, doc_id, kind, body, f[0], f[1]))
                    continue
                pos = text.lower().find(q.lower())
                pos = max(pos, 0)
                snippet = text[max(0, pos - 20):pos + len(q) + 20].replace("\n", " ")
                hits.append(SearchHit(aid, doc_id, "article", snippet, pos, pos + len(q)))
        return hits

    def stats(self) -> dict:
        """Counts for ``main.py stats`` and the status bar."""
        with self._read() as c:
            one = lambda sql: c.execute(sql).fetchone()[0]  # noqa: E731
            out = {
                "schema": c.execute("PRAGMA user_version").fetchone()[0],
                "documents": one("SELECT count(*) FROM documents"),
                "articles": one("SELECT count(*) FROM articles"),
                "facts": one("SELECT count(*) FROM facts"),
                "relations": one("SELECT count(*) FROM relations"),
                "flags": one("SELECT count(*) FROM flags"),
                "open_flags": one("SELECT count(*) FROM flags WHERE decision IS NULL"),
                "registry": one("SELECT count(*) FROM registry"),
                "history": one("SELECT count(*) FROM history"),
                "adjudication_open": one("SELECT count(*) FROM adjudication WHERE resolved = 0"),
            }
            out["facts_by_kind"] = dict(c.execute("SELECT kind, count(*) FROM facts GROUP BY kind ORDER BY kind"))
            out["facts_by_status"] = dict(c.execute(
                "SELECT status, count(*) FROM facts GROUP BY status ORDER BY status"))
            out["flags_by_decision"] = {k or "open": v for k, v in c.execute(
                "SELECT decision, count(*) FROM flags GROUP BY decision ORDER BY decision")}
            out["articles_by_status"] = dict(c.execute(
                "SELECT status, count(*) FROM articles GROUP BY status ORDER BY status"))
        return out

