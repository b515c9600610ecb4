"""The reference page (see tests/reference_corpus.py), as the engine sees it, for the finder tests."""
from __future__ import annotations

import json
import re

from reference_corpus import GOLD, PAGE


def page_text() -> str:
    """The repaired page text: analysis.repair when it exists, else layout line breaks joined."""
    raw = PAGE.read_text(encoding="utf-8")
    try:
        from analysis.repair import repair
    except ImportError:
        # Until the repair step exists: a single newline is a column break, a blank line a paragraph end.
        return re.sub(r"(?<!\n)\n(?!\n)", "", raw)
    return repair(raw).text


def gold() -> dict:
    """The hand-written gold of the page."""
    return json.loads(GOLD.read_text(encoding="utf-8"))


def gold_items(key: str) -> list[dict]:
    """Every gold item under ``key`` (dates, durations, numbers) across the stories."""
    return [item for art in gold()["articles"] for item in art.get(key, [])]
