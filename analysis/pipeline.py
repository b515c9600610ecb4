"""The engine's data flow in one place: repair → split → extract → check."""
from __future__ import annotations

import datetime

from .model import Analysis


def analyze(
    text: str,
    reference_date: datetime.date | None = None,
    *,
    source: str = "<text>",
    encoding: str | None = None,
    notes: list[str] | None = None,
    lexicon=None,
    registry=None,
    check: bool = True,
) -> Analysis:
    """Analyse one page of raw copy.

    ``reference_date`` is the publication date; when None it is inferred from the text
    (and ``reference_date_inferred`` is True).  ``lexicon`` carries names and titles a
    person verified (the store's registry), so extraction learns from the desk;
    ``registry`` lets the checks compare against verified records.
    """
    from .checks import run_checks
    from .extract import extract
    from .extract.refdate import explain_reference_date
    from .repair import repair
    from .split import split_page

    repaired = repair(text)
    articles = split_page(repaired.text)
    notes = list(notes or [])
    if reference_date is None:
        reference_date, why = explain_reference_date(repaired.text)
        inferred = True
        notes.append(f"reference date {reference_date.isoformat()} inferred from the text ({why})")
    else:
        inferred = False
    result = Analysis(
        text=repaired.text,
        reference_date=reference_date,
        reference_date_inferred=inferred,
        source=source,
        articles=articles,
        encoding=encoding,
        notes=notes,
    )
    result.facts, result.relations = extract(repaired.text, articles, reference_date, lexicon=lexicon)
    if check:
        result.flags = run_checks(result, registry=registry)
    return result
