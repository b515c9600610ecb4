"""What merge and agreement share: two stores read side by side, stories matched by content.

The same page imported into two annotators' stores gives stories with the same text, so a story is
recognised by its text hash (and its place among equal texts), never by database ids.
"""
from __future__ import annotations

from pathlib import Path

from .convert import sha
from .errors import StoreError
from .formats.records import iter_documents


def read_side(path) -> tuple[list[tuple[dict, list[dict]]], dict[str, tuple[dict, dict]]]:
    """All pages of the store at ``path`` and an index ``story key → (document, record)``."""
    from .store import Store

    if not Path(path).exists():
        raise StoreError(f"{path}: no such store")
    with Store.open(path) as store:
        docs = list(iter_documents(store))
    index: dict[str, tuple[dict, dict]] = {}
    seen: dict[str, int] = {}
    for doc, records in docs:
        for rec in records:
            h = sha(rec["text"])
            n = seen.get(h, 0)
            seen[h] = n + 1
            rec["story_key"] = f"{h}:{n}"
            index[rec["story_key"]] = (doc, rec)
    return docs, index


def decided(f: dict | None) -> bool:
    """A person looked at this fact (changed its status, or made it)."""
    return f is not None and (f["status"] != "auto" or f["origin"] == "human")


def standing(f: dict | None) -> bool:
    """The fact is asserted (present and not rejected)."""
    return f is not None and f["status"] != "rejected"


def span_map(rec: dict) -> dict[tuple, dict]:
    """Facts of a record by ``(kind, start, end)``."""
    return {(f["kind"], f["start"], f["end"]): f for f in rec["facts"]}


def story_label(doc: dict, rec: dict) -> str:
    """How a person finds the story: source, index and first title line."""
    title = rec["title_lines"][0] if rec["title_lines"] else rec["text"][:20].replace("\n", " ")
    return f"{doc['source']} #{rec['index']} {title}"
