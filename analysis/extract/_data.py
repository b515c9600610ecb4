"""Loading of the word lists under ``analysis/data`` (read once, cached)."""
from __future__ import annotations

import functools
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"

#: Han characters: the BMP blocks plus Extension B and later (𠮷 counts as one character).
CJK = "\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f"


@functools.cache
def lines(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of ``analysis/data/<name>``."""
    text = (DATA / name).read_text(encoding="utf-8")
    return tuple(s.strip() for s in text.splitlines() if s.strip() and not s.startswith("#"))


@functools.cache
def table(name: str) -> dict[str, float]:
    """A two-column TSV (key, number) as a dict."""
    out: dict[str, float] = {}
    for line in lines(name):
        key, _, val = line.partition("\t")
        out[key] = float(val)
    return out


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first so the longest match wins."""
    import re

    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.cache
def gazetteer(*names: str) -> tuple[frozenset[str], int]:
    """The entries of the listed files as one set, with the longest entry's length."""
    entries = frozenset(e for name in names for e in lines(name))
    return entries, max(map(len, entries))
