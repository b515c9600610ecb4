"""The Qt-free SQLite store: every human decision, with its history; formats, merge, agreement.

``from db import Store, StoreError``; see ``docs/ARCHITECTURE.md`` ("The store").
"""
from __future__ import annotations

from .errors import StoreError
from .store import Store

__all__ = ["Store", "StoreError"]
