"""Fact values as one line of text and back, per kind (Qt-free, so it is easy to test).

``format_value(kind, value)`` is what the fact sheet shows and edits; ``parse_value(kind, text,
old)`` turns an edit back into a value dict or raises ``ValueError`` with a short reason (a date
must be a date). Fields the line does not show (a date's ``part``, a duration's ``approx``) are
carried over from ``old``.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

_RANGE_SEP = re.compile(r"\s*(?:\.\.|–|—|~|～|至)\s*")
_NUM_UNIT = re.compile(r"^\s*([-+]?\d+(?:\.\d+)?)\s*(\S*)\s*$")
_TITLE = re.compile(r"^\s*([^()（）]+?)\s*(?:[(（]\s*([^()（）]*?)\s*[)）])?\s*$")


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def format_value(kind: str, value: dict[str, Any] | None) -> str:
    """The value as one editable line (empty when there is none)."""
    v = value or {}
    if kind == "date":
        start, end = v.get("start"), v.get("end")
        if not start:
            return ""
        return start if not end or end == start else f"{start}..{end}"
    if kind in ("number", "duration"):
        if v.get("value") is None:
            return ""
        unit = v.get("unit") or ""
        return f"{_num(v['value'])} {unit}".strip()
    if kind == "title":
        title, org = v.get("title") or "", v.get("org") or ""
        return f"{title} ({org})" if org else title
    return str(v.get("name") or "")


def _parse_day(text: str, *, last: bool) -> tuple[dt.date, str]:
    """A date as YYYY, YYYY-MM or YYYY-MM-DD; a year or month gives its first or last day."""
    parts = text.strip().split("-")
    try:
        nums = [int(p) for p in parts]
    except ValueError:
        raise ValueError(f"not a date: {text!r} (YYYY-MM-DD)") from None
    if len(nums) == 3:
        try:
            return dt.date(*nums), "day"
        except ValueError as exc:
            raise ValueError(f"not a date: {text!r} ({exc})") from None
    if len(nums) == 2 and 1 <= nums[1] <= 12 and nums[0] > 0:
        day = calendar.monthrange(nums[0], nums[1])[1] if last else 1
        return dt.date(nums[0], nums[1], day), "month"
    if len(nums) == 1 and 1 <= nums[0] <= 9999:
        return (dt.date(nums[0], 12, 31) if last else dt.date(nums[0], 1, 1)), "year"
    raise ValueError(f"not a date: {text!r} (YYYY-MM-DD)")


def parse_value(kind: str, text: str, old: dict[str, Any] | None = None) -> dict[str, Any]:
    """Parse an edited line into a value for ``kind``; raise ``ValueError`` with a short reason."""
    old = dict(old or {})
    text = text.strip()
    if not text:
        raise ValueError("empty value")
    if kind == "date":
        pieces = _RANGE_SEP.split(text)
        if len(pieces) > 2:
            raise ValueError(f"not a date range: {text!r}")
        start, precision = _parse_day(pieces[0], last=False)
        end = _parse_day(pieces[-1], last=True)[0]
        if len(pieces) == 2 and end < start:
            raise ValueError("the range ends before it starts")
        out = {k: v for k, v in old.items() if k == "part"}
        out.update(start=start.isoformat(), end=end.isoformat(),
                   precision=precision if len(pieces) == 1 else "range")
        return out
    if kind in ("number", "duration"):
        m = _NUM_UNIT.match(text)
        if not m:
            raise ValueError(f"not a number with a unit: {text!r}")
        number = float(m.group(1))
        out = dict(old)
        out["value"] = int(number) if number.is_integer() else number
        out["unit"] = m.group(2) or old.get("unit") or ""
        return out
    if kind == "title":
        m = _TITLE.match(text)
        if not m:
            raise ValueError(f"not a title: {text!r}")
        out = {"title": m.group(1)}
        if m.group(2):
            out["org"] = m.group(2)
        return out
    return {**old, "name": text}


def validation_error(kind: str, text: str, old: dict[str, Any] | None = None) -> str | None:
    """None when ``text`` parses as a value of ``kind``, else the reason."""
    try:
        parse_value(kind, text, old)
    except ValueError as exc:
        return str(exc)
    return None
