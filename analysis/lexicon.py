"""What people at the desk verified, fed back into extraction.

The store builds a :class:`Lexicon` from verified facts and its people registry
(``Store.lexicon()``); ``analysis.analyze(..., lexicon=...)`` passes it to the extractor, where
a verified name is always found (at every occurrence), a verified title word is read as a title,
and a verified organisation is read as an organisation.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field


def _clean(items: Iterable[str] | None) -> frozenset[str]:
    # One-character strings would match everywhere; whitespace comes from careless entry.
    return frozenset(s.strip() for s in (items or ()) if s and len(s.strip()) >= 2)


@dataclass(frozen=True)
class Lexicon:
    """Verified names, title words and organisation names (each at least two characters)."""

    names: frozenset[str] = field(default_factory=frozenset)
    titles: frozenset[str] = field(default_factory=frozenset)
    orgs: frozenset[str] = field(default_factory=frozenset)

    def __init__(self, names: Iterable[str] | None = None, titles: Iterable[str] | None = None,
                 orgs: Iterable[str] | None = None):
        object.__setattr__(self, "names", _clean(names))
        object.__setattr__(self, "titles", _clean(titles))
        object.__setattr__(self, "orgs", _clean(orgs))

    def __bool__(self) -> bool:
        return bool(self.names or self.titles or self.orgs)

    def org_pattern(self) -> re.Pattern | None:
        """A regex of the verified organisations, longest first (None when there are none)."""
        if not self.orgs:
            return None
        return re.compile("|".join(re.escape(o) for o in sorted(self.orgs, key=len, reverse=True)))

    @classmethod
    def coerce(cls, obj) -> Lexicon:
        """A Lexicon from anything with ``names``/``titles``/``orgs`` (or None)."""
        if obj is None:
            return cls()
        if isinstance(obj, cls):
            return obj
        return cls(getattr(obj, "names", ()), getattr(obj, "titles", ()), getattr(obj, "orgs", ()))
