"""Two annotators' stores: agreement figures, the disagreement list, and the merge."""
from __future__ import annotations

import pytest
from db_helpers import make_analysis

from db import Store, StoreError
from db.agreement import cohen_kappa, compare_stores, format_report
from db.merge import merge_stores


def _facts(store, aid):
    return {f.text: f for f in store.load_article(aid).facts}


@pytest.fixture
def pair(tmp_path):
    """A and B import the same page, then decide differently."""
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    for path, user in ((a, "甲"), (b, "乙")):
        with Store.open(path, user=user) as s:
            s.import_analysis(make_analysis())
    with Store.open(a, user="甲") as s:
        f = _facts(s, 1)
        s.set_fact_status(f["刘越高"].id, "verified")        # B leaves it: no dispute
        s.set_fact_status(f["市长"].id, "rejected")           # B verifies it: dispute
        s.set_fact_value(f["朱健"].id, {"name": "朱健", "x": 1})  # B verifies with the old value: dispute
        text = s.load_article(1).text
        s.add_fact(1, "place", text.index("衡阳"), text.index("衡阳") + 2)  # B never marks it: dispute
        s.decide_flag(s.load_article(1).flags[0].id, "dismissed", "联合主任")
        s.set_fact_status(_facts(s, 2)["9部门"].id, "rejected")  # B rejects it too: agreement
    with Store.open(b, user="乙") as s:
        f = _facts(s, 1)
        s.set_fact_status(f["市长"].id, "verified")
        s.set_fact_status(f["朱健"].id, "verified")
        s.delete_fact(f["𠮷林"].id)                           # A leaves it: B's deletion wins
        s.decide_flag(s.load_article(1).flags[0].id, "confirmed")
        s.set_fact_status(_facts(s, 2)["9部门"].id, "rejected")
    return a, b


def test_kappa_basics():
    assert cohen_kappa(list("OOPP"), list("OOPP")) == 1.0
    assert cohen_kappa(list("OPOP"), list("POPO")) < 0
    assert cohen_kappa([], []) == 1.0
    assert abs(cohen_kappa(list("OOOP"), list("OOPP")) - 0.5) < 1e-9


def test_agreement_report(pair):
    a, b = pair
    rep = compare_stores(a, b)
    assert rep["stories"] == {"a": 2, "b": 2, "shared": 2}
    person = rep["span_f1"]["person"]
    # A asserts 刘越高, 朱健, 𠮷林; B asserts 刘越高, 朱健 → both 2.
    assert (person["a"], person["b"], person["both"]) == (3, 2, 2)
    assert person["f1"] == round(2 * 2 / 5, 4)
    assert rep["span_f1"]["number"]["f1"] == 1.0
    assert 0 < rep["kappa_chars"] < 1
    types = {(d["type"], d["text"]) for d in rep["disagreements"]}
    assert ("only_b", "市长") in types and ("only_a", "衡阳") in types and ("value", "朱健") in types
    assert ("only_a", "𠮷林") in types
    assert any(d["type"] == "flag" for d in rep["disagreements"])
    assert "kappa" in format_report(rep)


def test_identical_stores_agree_fully(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    for p in (a, b):
        with Store.open(p) as s:
            s.import_analysis(make_analysis())
    rep = compare_stores(a, b)
    assert rep["kappa_chars"] == 1.0 and rep["span_f1_all"]["f1"] == 1.0 and rep["disagreements"] == []


def test_merge_keeps_both_sides_and_records_disputes(pair, tmp_path):
    a, b = pair
    out = tmp_path / "c.db"
    summary = merge_stores(a, b, out)
    assert summary["stories_merged"] == 2 and summary["disagreements"] == 4
    with Store.open(out) as c:
        f = _facts(c, 1)
        assert f["刘越高"].status == "verified"                     # one side decided
        assert f["市长"].status == "needs_check"                    # rejected vs verified
        assert f["朱健"].status == "needs_check" and f["朱健"].value == {"name": "朱健", "x": 1}
        assert f["衡阳"].status == "needs_check" and f["衡阳"].origin == "human"
        assert "𠮷林" not in f                                     # B deleted, A untouched
        assert _facts(c, 2)["9部门"].status == "rejected"           # both rejected
        flag = c.load_article(1).flags[0]
        assert flag.decision is None                               # dismissed vs confirmed: reopened
        rows = c.conn.execute("SELECT item, text FROM adjudication ORDER BY id").fetchall()
        assert ("flag", flag.message) in rows and ("fact", "衡阳") in rows
        for fact in c.load_article(1).facts:
            assert c.load_article(1).text[fact.start:fact.end] == fact.text
        assert c.history(limit=1)[0].field == "merged"
    with pytest.raises(StoreError):
        merge_stores(a, b, out)


def test_merge_copies_stories_only_one_side_has(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    with Store.open(a) as s:
        s.import_analysis(make_analysis())
    with Store.open(b) as s:
        s.import_analysis(make_analysis())
        s.import_analysis(make_analysis("page2.txt", extra="另有说明。\n"))
    summary = merge_stores(a, b, tmp_path / "c.db")
    # Page 2 repeats page 1's second story: the repeat is a story of its own, not a match.
    assert (summary["stories_merged"], summary["stories_copied"]) == (2, 2)
    with Store.open(tmp_path / "c.db") as c:
        assert c.stats()["articles"] == 4 and c.stats()["documents"] == 2


def test_adjudication_rows_are_resolved_with_who_and_when(pair, tmp_path):
    a, b = pair
    out = tmp_path / "c.db"
    merge_stores(a, b, out)
    with Store.open(out, user="审核") as c:
        rows = c.adjudications()
        assert len(rows) == 4 == c.stats()["adjudication_open"] and not any(r.resolved for r in rows)
        fact_row = next(r for r in rows if r.item == "fact" and r.text == "衡阳")
        assert fact_row.a["origin"] == "human" and fact_row.b is None
        done = c.resolve_adjudication(fact_row.id, "a", note="地名")
        assert (done.resolved, done.choice, done.note, done.resolved_by) == (True, "a", "地名", "审核")
        assert done.resolved_at and c.stats()["adjudication_open"] == 3
        entry = c.history(limit=1)[0]
        assert (entry.table, entry.row_id, entry.field, entry.who) == ("adjudication", fact_row.id, "resolved", "审核")
        assert entry.old["resolved"] is False and entry.new == {"resolved": True, "choice": "a", "note": "地名"}
        assert c.adjudications(open_only=True) == [r for r in c.adjudications() if r.id != fact_row.id]
        reopened = c.resolve_adjudication(fact_row.id, None)
        assert (reopened.resolved, reopened.choice, reopened.resolved_by) == (False, None, "")
        for bad in ("c", "A"):
            with pytest.raises(StoreError):
                c.resolve_adjudication(fact_row.id, bad)
        with pytest.raises(StoreError, match="no adjudication row"):
            c.resolve_adjudication(999, "a")
        for r in c.adjudications():
            c.resolve_adjudication(r.id, "b")
        assert c.stats()["adjudication_open"] == 0
        assert c.adjudications(article_id=fact_row.article_id, open_only=True) == []
