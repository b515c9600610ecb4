"""CSV of facts, one row each (UTF-8 with BOM so spreadsheet programs read the Chinese)."""
from __future__ import annotations

import csv

from ..convert import dumps
from .records import iter_documents

FIELDS = ("document", "source", "pub_date", "story", "story_title", "fact", "kind", "start", "end", "text",
          "value", "status", "origin", "updated_by", "updated_at")


def export(store, out, verified_only: bool = False, kinds: list[str] | None = None) -> int:
    """Write every fact with where it is (start/end: code points into the story's text)."""
    n = 0
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(FIELDS)
        for doc, records in iter_documents(store, verified_only, kinds):
            for rec in records:
                n += 1
                title = rec["title_lines"][0] if rec["title_lines"] else ""
                for f in rec["facts"]:
                    w.writerow([doc["key"], doc["source"], doc["pub_date"] or "", rec["index"], title, f["key"],
                                f["kind"], f["start"], f["end"], f["text"], dumps(f["value"]), f["status"],
                                f["origin"], f["updated_by"], f["updated_at"]])
    return n
