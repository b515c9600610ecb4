"""Reusable Qt widgets that know nothing of the app: article view, fact sheet, flag list, legend.

Importing this package first applies :func:`pin_none` (see there): PySide6 6.12.0 on CPython 3.11
drops one reference to ``None`` on every call of a Qt method that returns nothing, so after a few
thousand such calls (``QTextCursor.setPosition``, ``setExtraSelections``…) the interpreter aborts
with "deallocating None". ``desktop`` imports this package, so the app, the tests and the
benches all get the fix before they call Qt.
"""
from __future__ import annotations

import sys

#: Headroom given to None's reference count: far more void calls than any session makes.
_NONE_HEADROOM = 1 << 48


def pin_none() -> bool:
    """Give ``None`` a reference count it can never lose (CPython < 3.12 only); True when applied.

    From 3.12 ``None`` is immortal and nothing is needed. Debug builds (``Py_TRACE_REFS``) lay the
    object header out differently, so they are left alone.
    """
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount") or sys.implementation.name != "cpython":
        return False
    import ctypes

    refcnt = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of PyObject
    if refcnt.value < _NONE_HEADROOM:
        refcnt.value += _NONE_HEADROOM
    return True


pin_none()
