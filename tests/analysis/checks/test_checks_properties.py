"""Whatever the copy, every rule returns well-formed flags (hypothesis)."""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.checks import RULES, run_checks
from analysis.model import Analysis, Article

ALPHABET = list("的的我们进行市委书记长副主任等9部门、，。；：,;:?!()（）“”‘’《》【】 \n0123456789"
                "年月日星期二周三为期个多月自起截至今共其中男女人万亿元%～-二〇O十几陽報乾著")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=ALPHABET, max_size=120), st.integers(min_value=0, max_value=3))
def test_flags_are_well_formed(text, cut):
    articles = []
    if cut and len(text) > 4:  # sometimes two stories
        mid = len(text) // 2
        articles = [Article(index=0, start=0, end=mid), Article(index=1, start=mid, end=len(text))]
    analysis = Analysis(text=text, reference_date=dt.date(2023, 1, 4), reference_date_inferred=False,
                        articles=articles)
    flags = run_checks(analysis)
    assert [f.id for f in flags] == [f"k{i}" for i in range(1, len(flags) + 1)]
    for f in flags:
        assert f.rule in RULES and f.severity in ("error", "warning", "info")
        assert f.message and f.message_en and f.spans
        assert all(0 <= s < e <= len(text) for s, e in f.spans)
        if f.suggestion is not None:
            edits = sorted(f.suggestion.edits, key=lambda e: e.start)
            assert edits and all(0 <= e.start <= e.end <= len(text) for e in edits)
            assert all(a.end <= b.start for a, b in zip(edits, edits[1:], strict=False))
