"""The built-in sample page: shows a newcomer flags at once.

``desktop/data/sample_page.txt`` was written for the product in the style of a local evening
paper (a fictitious city), with a few deliberate slips: two people both given the committee's
主任, a weekday that is not the date's, a count that disagrees with its list (6部门 before five
departments), 的的, and half-width commas throughout, as PDF extraction leaves them.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

SAMPLE_PATH = Path(__file__).resolve().parent / "data" / "sample_page.txt"
SAMPLE_SOURCE = "sample_page.txt"
#: The sample's publication date (its masthead says so; passed so the date never depends on inference).
SAMPLE_DATE = dt.date(2024, 3, 12)


def sample_text() -> str:
    """The sample page's text."""
    return SAMPLE_PATH.read_text(encoding="utf-8")
