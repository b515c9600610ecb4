"""Where the reference page and its gold live, for tests, benches and the screenshot script.

``../shared/corpus`` beside the repository (as CI lays it out) when it is there, else the copy in
``tests/fixtures/corpus`` (see its README), so a clone anywhere can run ``make test``.
"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "000_535e0761a6686cfc"
_SHARED = ROOT.parent / "shared" / "corpus"
_COPY = ROOT / "tests" / "fixtures" / "corpus"

CORPUS_DIR = _SHARED if (_SHARED / f"{NAME}.txt").is_file() else _COPY
PAGE = CORPUS_DIR / f"{NAME}.txt"
GOLD = CORPUS_DIR / f"{NAME}.gold.json"
