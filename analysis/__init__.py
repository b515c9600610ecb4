"""The Qt-free engine: read, repair, split, extract, check.

``analysis.analyze(text, reference_date=None)`` returns an :class:`analysis.model.Analysis`
whose ``to_json()`` is the ``main.py analyze`` contract.  Importing this package is cheap;
jieba and OpenCC load on first use.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import datetime

    from .model import Analysis


def analyze(text: str, reference_date: datetime.date | None = None, **kwargs) -> Analysis:
    """Analyse one page of copy (raw text as extracted); see :func:`analysis.pipeline.analyze`."""
    from .pipeline import analyze as _analyze

    return _analyze(text, reference_date, **kwargs)
