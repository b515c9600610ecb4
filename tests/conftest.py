"""Shared fixtures for the whole suite."""
from __future__ import annotations

from pathlib import Path

import pytest

#: The shared corpus: CI clones the repository with ``shared/`` beside it.
CORPUS_DIR = Path(__file__).parents[1].parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """``shared/corpus`` (the reference page and its gold), beside the repository."""
    if not CORPUS_DIR.is_dir():
        pytest.fail(f"the shared corpus is missing: {CORPUS_DIR}")
    return CORPUS_DIR
