"""What the title checks compare against: the desk's verified people registry.

The store implements this Protocol (``store.registry()``); tests use :class:`MemoryRegistry`.
Dates may be ``datetime.date``, ISO strings or None (open-ended).
"""
from __future__ import annotations

import datetime as dt
from typing import Protocol, runtime_checkable

#: (title, org, from, to), e.g. ("市长", "衡阳市", date(2021, 6, 1), None)
TitleRecord = tuple[str, str, "dt.date | str | None", "dt.date | str | None"]


@runtime_checkable
class Registry(Protocol):
    """Verified titles of people, by name."""

    def titles_of(self, name: str) -> list[TitleRecord]:
        """Every verified title the person held, with the period it was held."""
        ...


class MemoryRegistry:
    """A registry held in a dict: ``{"朱健": [("市长", "衡阳市", "2021-06-01", None)]}``."""

    def __init__(self, records: dict[str, list[TitleRecord]] | None = None) -> None:
        self.records = dict(records or {})

    def titles_of(self, name: str) -> list[TitleRecord]:
        """The records of ``name`` (a copy)."""
        return list(self.records.get(name, []))


def as_date(value: dt.date | str | None) -> dt.date | None:
    """A record's date as a ``date`` (None when open or unreadable)."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def held_on(record: TitleRecord, day: dt.date) -> bool:
    """True when the record's period covers ``day``."""
    start, end = as_date(record[2]), as_date(record[3])
    return (start is None or start <= day) and (end is None or day <= end)
