"""Dates (placeholder until issue 3)."""
from __future__ import annotations

import datetime


def infer_reference_date(text: str) -> datetime.date:
    """The publication date as best the text tells; today when it tells nothing."""
    return datetime.date.today()
