"""The rule catalogue: every check of DESIGN.md, by rule id.

``run_checks(analysis, registry=None)`` runs each family over the page and returns the
flags sorted by where they point, with ids ``k1, k2…``.  Each family lives in its own
module and reads ``analysis.text`` with document offsets; none changes the text.
"""
from __future__ import annotations

import bisect

from ..model import Analysis, Flag
from .counts import check_counts
from .dates import check_dates
from .duplicates import check_duplicates
from .durations import check_durations
from .names import check_names
from .numbers import check_format, check_plausibility
from .punctuation import check_halfwidth, check_unpaired
from .registry import MemoryRegistry, Registry
from .roles import check_roles, check_titles
from .script import check_traditional
from .sums import check_sums

__all__ = ["RULES", "MemoryRegistry", "Registry", "run_checks"]

#: Every rule id, in the order of DESIGN.md (part of the contract).
RULES: tuple[str, ...] = (
    "role.exclusive-conflict", "person.title-mismatch", "person.name-variant", "count.list-mismatch",
    "sum.mismatch", "date.invalid", "date.weekday-mismatch", "duration.mismatch", "number.implausible",
    "number.format", "punct.halfwidth", "punct.unpaired", "script.traditional", "text.duplicate",
)


def run_checks(analysis: Analysis, registry: Registry | None = None) -> list[Flag]:
    """Every flag of the page, sorted by first span, with ids k1, k2…"""
    families = [
        lambda: check_roles(analysis),
        lambda: check_titles(analysis, registry),
        lambda: check_names(analysis),
        lambda: check_counts(analysis),
        lambda: check_sums(analysis),
        lambda: check_dates(analysis),
        lambda: check_durations(analysis),
        lambda: check_plausibility(analysis),
        lambda: check_format(analysis),
        lambda: check_halfwidth(analysis),
        lambda: check_unpaired(analysis),
        lambda: check_traditional(analysis),
        lambda: check_duplicates(analysis),
    ]
    flags: list[Flag] = []
    for family in families:
        flags.extend(family())
    _attach_facts(analysis, flags)
    order = {r: i for i, r in enumerate(RULES)}
    flags.sort(key=lambda f: (f.spans[0][0] if f.spans else -1, order.get(f.rule, 99), f.message))
    for i, f in enumerate(flags, 1):
        f.id = f"k{i}"
    return flags


#: Grouped rules about marks and characters: the facts under them are not what is wrong.
NO_FACTS = ("punct.halfwidth", "punct.unpaired", "script.traditional")


def _attach_facts(analysis: Analysis, flags: list[Flag]) -> None:
    """Rules that read the text give their flags the facts their spans cover (5万kW, 9部门…)."""
    facts = sorted(analysis.facts, key=lambda f: f.start)
    starts = [f.start for f in facts]
    for flag in flags:
        if flag.facts or flag.rule in NO_FACTS:
            continue
        ids = []
        for s, e in flag.spans:
            i = bisect.bisect_left(starts, s - 40)  # facts are short: look a little before
            while i < len(facts) and facts[i].start < e:
                if facts[i].end > s:
                    ids.append(facts[i].id)
                i += 1
        flag.facts = list(dict.fromkeys(ids))
