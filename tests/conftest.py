"""Shared fixtures for the whole suite."""
from __future__ import annotations

from pathlib import Path

import pytest
from reference_corpus import CORPUS_DIR


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The reference page and its gold (``../shared/corpus``, else the copy in tests/fixtures)."""
    if not CORPUS_DIR.is_dir():
        pytest.fail(f"the shared corpus is missing: {CORPUS_DIR}")
    return CORPUS_DIR
