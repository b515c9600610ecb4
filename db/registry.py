"""The people registry: who held which title at which organisation, and when.

It grows from facts a person confirmed: a verified (or corrected) person linked by ``holds_title``
to a verified title gives a row; ``valid_from``/``valid_to`` widen to every publication date the
pair is seen on.  The checks read it through :class:`StoreRegistry`, extraction through
:meth:`RegistryMixin.lexicon`.
"""
from __future__ import annotations

import csv
import datetime as _dt
import json
import re

from .errors import StoreError
from .model import RegistryPerson

CSV_FIELDS = ("name", "title", "org", "valid_from", "valid_to")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_date(text: str | None, where: str = "") -> str | None:
    """``YYYY-MM-DD`` checked (None/empty stays None); StoreError otherwise.

    Strict on purpose: ``date.fromisoformat`` also takes ``20230104`` and week dates, and the
    registry compares its dates as text, so only the one form may be stored.
    """
    text = (text or "").strip()
    if not text:
        return None
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        _dt.date.fromisoformat(text)
    except ValueError:
        raise StoreError(f"{where}not a date (YYYY-MM-DD): {text!r}") from None
    return text


def _date(text: str | None) -> _dt.date | None:
    return _dt.date.fromisoformat(text) if text else None


class StoreRegistry:
    """A snapshot of the registry in memory: the checks' ``analysis.checks.registry.Registry``.

    ``titles_of(name)`` lists ``(title, org, valid_from, valid_to)`` with dates as
    :class:`datetime.date` (None when unknown).
    """

    def __init__(self, people: list[RegistryPerson]):
        self._by_name: dict[str, list[tuple[str, str, _dt.date | None, _dt.date | None]]] = {}
        for p in people:
            self._by_name.setdefault(p.name, []).append((p.title, p.org, _date(p.valid_from), _date(p.valid_to)))

    def titles_of(self, name: str) -> list[tuple[str, str, _dt.date | None, _dt.date | None]]:
        """Every title ``name`` is recorded with, oldest first."""
        return sorted(self._by_name.get(name, []), key=lambda t: (t[2] or _dt.date.min, t[0]))

    def names(self) -> list[str]:
        """Everyone in the registry."""
        return sorted(self._by_name)

    def __contains__(self, name: str) -> bool:
        return name in self._by_name

    def __len__(self) -> int:
        return len(self._by_name)


class RegistryMixin:
    """Registry and lexicon methods of :class:`db.store.Store`."""

    def _upsert_person(self, name: str, title: str, org: str, first: str | None, last: str | None,
                       source_fact: int | None) -> None:
        c = self.conn
        row = c.execute("SELECT id, valid_from, valid_to FROM registry WHERE name = ? AND title = ? AND org = ?",
                        [name, title, org]).fetchone()
        if row is None:
            rid = c.execute("INSERT INTO registry (name, title, org, valid_from, valid_to, source_fact_id, "
                            "created_by, updated_at) VALUES (?,?,?,?,?,?,?,?)",
                            [name, title, org, first, last, source_fact, self.user, self._now()]).lastrowid
            self._log("registry", rid, None, "added", None,
                      {"name": name, "title": title, "org": org, "valid_from": first, "valid_to": last})
            return
        vf = min([d for d in (row[1], first) if d], default=None)
        vt = max([d for d in (row[2], last) if d], default=None)
        if (vf, vt) != (row[1], row[2]):
            c.execute("UPDATE registry SET valid_from = ?, valid_to = ?, updated_at = ? WHERE id = ?",
                      [vf, vt, self._now(), row[0]])
            self._log("registry", row[0], None, "valid", {"valid_from": row[1], "valid_to": row[2]},
                      {"valid_from": vf, "valid_to": vt})

    def _links(self, where: str, args: list) -> list[tuple[tuple[str, str, str], int, str | None]]:
        """Confirmed person → title links: ``((name, title, org), title fact id, pub_date)``."""
        rows = self.conn.execute(
            "SELECT p.text, p.value, t.id, t.text, t.value, d.pub_date FROM relations r "
            "JOIN facts p ON p.id = r.head JOIN facts t ON t.id = r.tail "
            "JOIN articles a ON a.id = r.article_id JOIN documents d ON d.id = a.doc_id "
            "WHERE r.kind = 'holds_title' AND p.kind = 'person' AND t.kind = 'title' "
            f"AND p.status IN ('verified', 'corrected') AND t.status IN ('verified', 'corrected') {where}",
            args).fetchall()
        out = []
        for ptext, pval, tid, ttext, tval, pub in rows:
            pv, tv = json.loads(pval), json.loads(tval)
            out.append(((pv.get("name") or ptext, tv.get("title") or ttext, tv.get("org") or ""), tid, pub))
        return out

    def _grow_registry(self, article_id: int, dropped_fact: int | None = None) -> None:
        """Bring the registry in line with one story's confirmed links (inside a transaction).

        New links add rows or widen their dates.  A row this story's fact stood for that is no
        longer confirmed (un-verified, rejected, relinked, deleted) is rebuilt from the links left
        anywhere in the store, or removed when none is left; rows from a CSV have no source fact
        and are only changed by a person.
        """
        here = self._links("AND r.article_id = ?", [article_id])
        for (name, title, org), tid, pub in here:
            self._upsert_person(name, title, org, pub, pub, tid)
        supported = {key for key, _tid, _pub in here}
        c = self.conn
        stale = c.execute(
            "SELECT id, name, title, org, valid_from, valid_to FROM registry WHERE source_fact_id = ? "
            "OR source_fact_id IN (SELECT id FROM facts WHERE article_id = ?)",
            [dropped_fact if dropped_fact is not None else -1, article_id]).fetchall()
        for rid, name, title, org, vf, vt in stale:
            if (name, title, org) in supported and dropped_fact is None:
                continue
            rest = [(tid, pub) for key, tid, pub in self._links("", []) if key == (name, title, org)
                    and tid != dropped_fact]
            old = {"name": name, "title": title, "org": org, "valid_from": vf, "valid_to": vt}
            if not rest:
                c.execute("DELETE FROM registry WHERE id = ?", [rid])
                self._log("registry", rid, None, "removed", old, None)
                continue
            dates = [p for _t, p in rest if p]
            new_vf, new_vt = min(dates, default=None), max(dates, default=None)
            c.execute("UPDATE registry SET valid_from = ?, valid_to = ?, source_fact_id = ?, updated_at = ? "
                      "WHERE id = ?", [new_vf, new_vt, rest[0][0], self._now(), rid])
            self._log("registry", rid, None, "rebuilt", old, dict(old, valid_from=new_vf, valid_to=new_vt))

    def registry_people(self) -> list[RegistryPerson]:
        """Every registry row, by name then start date."""
        with self._read() as c:
            rows = c.execute("SELECT id, name, title, org, valid_from, valid_to, source_fact_id FROM registry "
                             "ORDER BY name, valid_from, title, org").fetchall()
        return [RegistryPerson(*r) for r in rows]

    def _registry_row(self, entry_id: int) -> RegistryPerson:
        row = self.conn.execute("SELECT id, name, title, org, valid_from, valid_to, source_fact_id FROM registry "
                                "WHERE id = ?", [entry_id]).fetchone()
        if row is None:
            raise StoreError(f"no registry row {entry_id} in {self.path}")
        return RegistryPerson(*row)

    def add_registry_person(self, name: str, title: str, org: str = "", valid_from: str | None = None,
                            valid_to: str | None = None) -> RegistryPerson:
        """A row a person enters (no source fact); merged like a CSV row: an existing
        name + title + organisation widens its dates.  One transaction with a history row."""
        fields = _checked({"name": name, "title": title, "org": org, "valid_from": valid_from,
                           "valid_to": valid_to})
        with self._tx() as c:
            self._upsert_person(fields["name"], fields["title"], fields["org"], fields["valid_from"],
                                fields["valid_to"], None)
            rid = c.execute("SELECT id FROM registry WHERE name = ? AND title = ? AND org = ?",
                            [fields["name"], fields["title"], fields["org"]]).fetchone()[0]
            return self._registry_row(rid)

    def update_registry_person(self, entry_id: int, **fields) -> RegistryPerson:
        """Change fields of one registry row (``name``, ``title``, ``org``, ``valid_from``,
        ``valid_to``); returns the new row.

        Names and titles must be non-empty, dates ``YYYY-MM-DD`` (None or "" clears one), and
        ``valid_from`` not after ``valid_to``.  The row becomes a person's: it loses its source
        fact, so later edits of stories no longer rebuild or remove it.  One transaction with a
        history row holding the old and new values.
        """
        unknown = set(fields) - set(CSV_FIELDS)
        if unknown:
            raise StoreError(f"unknown registry field(s) {', '.join(sorted(unknown))} "
                             f"(one of {', '.join(CSV_FIELDS)})")
        with self._tx() as c:
            old = self._registry_row(entry_id)
            before = {k: getattr(old, k) for k in CSV_FIELDS}
            after = _checked(dict(before, **fields))
            changed = [k for k in CSV_FIELDS if after[k] != before[k]]
            if not changed:
                return old
            clash = c.execute("SELECT id FROM registry WHERE name = ? AND title = ? AND org = ? AND id != ?",
                              [after["name"], after["title"], after["org"], entry_id]).fetchone()
            if clash:
                raise StoreError(f"the registry already has {after['name']} as {after['title']}"
                                 + (f" at {after['org']}" if after["org"] else "")
                                 + " (another row); change that row or delete one of them")
            c.execute("UPDATE registry SET name = ?, title = ?, org = ?, valid_from = ?, valid_to = ?, "
                      "source_fact_id = NULL, updated_at = ? WHERE id = ?",
                      [*(after[k] for k in CSV_FIELDS), self._now(), entry_id])
            self._log("registry", entry_id, None, "edited", {k: before[k] for k in changed},
                      {k: after[k] for k in changed})
            return self._registry_row(entry_id)

    def delete_registry_person(self, entry_id: int) -> RegistryPerson:
        """Remove one registry row; returns it.  One transaction with a history row.

        A row grown from confirmed facts comes back when a story with that link is edited
        again (the facts still say so); withdraw the confirmation to remove it for good.
        """
        with self._tx() as c:
            old = self._registry_row(entry_id)
            c.execute("DELETE FROM registry WHERE id = ?", [entry_id])
            self._log("registry", entry_id, None, "deleted",
                      dict({k: getattr(old, k) for k in CSV_FIELDS}, source_fact_id=old.source_fact_id), None)
        return old

    def registry(self) -> StoreRegistry:
        """What the checks compare against (``titles_of(name)``)."""
        return StoreRegistry(self.registry_people())

    def lexicon(self):
        """Names, titles and organisations people confirmed, for extraction to learn from."""
        names, titles, orgs = set(), set(), set()
        with self._read() as c:
            for kind, text, value in c.execute(
                    "SELECT kind, text, value FROM facts WHERE kind IN ('person', 'title', 'org') "
                    "AND (status IN ('verified', 'corrected') OR (origin = 'human' AND status != 'rejected'))"):
                v = json.loads(value)
                if kind == "person":
                    names.add(v.get("name") or text)
                elif kind == "title":
                    titles.add(v.get("title") or text)
                    if v.get("org"):
                        orgs.add(v["org"])
                else:
                    orgs.add(v.get("name") or text)
            for name, title, org in c.execute("SELECT name, title, org FROM registry"):
                names.add(name)
                titles.add(title)
                if org:
                    orgs.add(org)
        from analysis.lexicon import Lexicon

        return Lexicon(names=names, titles=titles, orgs=orgs)

    def export_registry_csv(self, path) -> int:
        """Write the registry as CSV (UTF-8 with BOM so spreadsheet programs read the Chinese)."""
        people = self.registry_people()
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(CSV_FIELDS)
            for p in people:
                w.writerow([p.name, p.title, p.org, p.valid_from or "", p.valid_to or ""])
        return len(people)

    def import_registry_csv(self, path) -> int:
        """Read registry rows from CSV (the export's columns); merges date ranges; one transaction."""
        try:
            with open(path, encoding="utf-8-sig", newline="") as fh:
                rows = list(csv.DictReader(fh))
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise StoreError(f"{path}: cannot read the registry CSV ({exc})") from None
        if rows and not {"name", "title"} <= set(rows[0]):
            raise StoreError(f"{path}: a registry CSV needs the columns {', '.join(CSV_FIELDS)}")
        with self._tx():
            for n, r in enumerate(rows, start=2):
                name, title = (r.get("name") or "").strip(), (r.get("title") or "").strip()
                if not name or not title:
                    raise StoreError(f"{path}:{n}: a registry row needs a name and a title")
                dates = [iso_date(r.get(k), f"{path}:{n}: ") for k in ("valid_from", "valid_to")]
                self._upsert_person(name, title, (r.get("org") or "").strip(), dates[0], dates[1], None)
        return len(rows)


def _checked(fields: dict) -> dict:
    """Registry fields validated and normalised (stripped text, org "" for none, ISO dates)."""
    out = {}
    for key in ("name", "title", "org"):
        value = fields.get(key)
        if value is not None and not isinstance(value, str):
            raise StoreError(f"registry {key} must be text, not {type(value).__name__}")
        out[key] = (value or "").strip()
    for key in ("name", "title"):
        if not out[key]:
            raise StoreError(f"a registry row needs a {key}")
    for key in ("valid_from", "valid_to"):
        out[key] = iso_date(fields.get(key), f"{key}: ")
    if out["valid_from"] and out["valid_to"] and out["valid_from"] > out["valid_to"]:
        raise StoreError(f"valid_from {out['valid_from']} is after valid_to {out['valid_to']}")
    return out
