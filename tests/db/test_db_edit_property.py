"""Any sequence of text edits keeps every stored span on its text (property test, real SQLite)."""
from __future__ import annotations

import tempfile
from pathlib import Path

from db_helpers import make_analysis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import Store

EDITS = st.lists(st.tuples(st.floats(0, 1), st.integers(0, 6), st.sampled_from(["", "X", "𠮷", "新文字", "\n"])),
                 min_size=1, max_size=8)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(EDITS)
def test_edits_keep_spans_on_their_text(edits):
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "s.db", user="p") as s:
        s.import_analysis(make_analysis())
        before = {f.id: f for f in s.load_article(1).facts}
        for where, length, new in edits:
            n = len(s.load_article(1).text)
            start = int(where * n)
            s.edit_article_text(1, start, min(n, start + length), new)
        b = s.load_article(1)
        for f in b.facts:
            assert 0 <= f.start < f.end <= len(b.text)
            assert b.text[f.start:f.end] == f.text
            if f.text != before[f.id].text:
                assert f.status == "needs_check"
        for fl in b.flags:
            for a, e in fl.spans:
                assert 0 <= a < e <= len(b.text)
            for ed in (fl.suggestion.edits if fl.suggestion else []):
                assert 0 <= ed.start <= ed.end <= len(b.text)
        for r in b.relations:
            assert {r.head, r.tail} <= {f.id for f in b.facts}
        assert s.search("朱健") == [] or all(h.end <= len(s.load_article(h.article_id).text)
                                           for h in s.search("朱健"))
