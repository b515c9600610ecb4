"""Export and import formats: JSONL, Label Studio, CoNLL (export), brat standoff, CSV (export).

Every format counts offsets in Unicode code points into the story's own text and says so.
JSONL, Label Studio and brat import back losslessly: export → import into a fresh store →
export gives identical files.
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


def import_file(store, path, fmt: str) -> int:
    """Import an exported file (or brat folder) into ``store``; returns the number of pages."""
    from . import brat, jsonl, labelstudio

    mod = {"jsonl": jsonl, "labelstudio": labelstudio, "brat": brat}[fmt]
    return mod.import_(store, path)
