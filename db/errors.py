"""The one error a person can meet in the store; its text is shown as is."""
from __future__ import annotations

import sqlite3


class StoreError(Exception):
    """A store that cannot be used: corrupt, from a newer version, locked, read-only, bad input.

    The message is one line naming the file and what to do; the command line prints it and
    exits 2, the GUI shows it in a dialog.  Nothing in the file has changed when it is raised.
    """


def from_sqlite(exc: sqlite3.Error, path: str, busy_timeout: float | None = None) -> StoreError:
    """Translate a low-level sqlite3 error into a one-line :class:`StoreError`."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    low = text.lower()
    if "not a database" in low or "malformed" in low or "corrupt" in low:
        return StoreError(f"{path}: the file is damaged or is not a Proofdesk store ({text})")
    if "locked" in low or "busy" in low:
        waited = f" after waiting {busy_timeout:g} s" if busy_timeout is not None else ""
        return StoreError(f"{path}: the store is locked by another program{waited}; close it and retry")
    if "readonly" in low or "read-only" in low:
        return StoreError(f"{path}: the store is read-only; copy it somewhere writable")
    if "unable to open" in low:
        return StoreError(f"{path}: cannot open the store ({text})")
    return StoreError(f"{path}: database error ({text})")
