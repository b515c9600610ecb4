"""Export and import formats: JSONL, Label Studio, CoNLL (export), brat standoff, CSV (export).

Every format counts offsets in Unicode code points into the story's own text and says so.
JSONL, Label Studio and brat import back losslessly: export → import into a fresh store →
export gives identical files.  A story the store already holds (same text) is not added twice:
the file's spans are attached to it as automatic facts (``Store.attach_facts``).
"""
from __future__ import annotations

EXPORTERS = ("jsonl", "labelstudio", "conll", "brat", "csv")


def export(store, fmt: str, out, verified_only: bool = False, kinds: list[str] | None = None) -> int:
    """Write ``store`` in format ``fmt`` to ``out``; returns the number of stories written."""
    from . import brat, conll, csvfacts, jsonl, labelstudio

    mod = {"jsonl": jsonl, "labelstudio": labelstudio, "conll": conll, "brat": brat, "csv": csvfacts}[fmt]
    return mod.export(store, out, verified_only=verified_only, kinds=kinds)


def detect(path) -> str | None:
    """Which importable format ``path`` is in (None for plain copy to analyse)."""
    from pathlib import Path

    p = Path(path)
    if p.is_dir():
        return "brat" if any(p.glob("*.ann")) else None
    if p.suffix.lower() == ".jsonl":
        return "jsonl"
    if p.suffix.lower() == ".json":
        return "labelstudio"
    return None


def import_file(store, path, fmt: str):
    """Import an exported file (or brat folder) into ``store``; returns a
    :class:`records.ImportResult`: pages added, and stories already in the store whose spans were
    attached as automatic facts instead (with how many facts were attached, updated, already
    there or left as a person decided)."""
    from . import brat, jsonl, labelstudio

    mod = {"jsonl": jsonl, "labelstudio": labelstudio, "brat": brat}[fmt]
    return mod.import_(store, path)
