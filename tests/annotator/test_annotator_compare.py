"""Compare two annotators' stores: figures from db.agreement, adopt A or B, write the merge."""
from __future__ import annotations

import pytest

from db.agreement import compare_stores
from db.store import Store
from desktop.annotator.compare_dialog import CompareDialog


def _story_facts(store, index):
    doc = store.documents()[0]
    return store.load_article(store.articles(doc.id)[index].id)


@pytest.fixture
def two_annotators(make_store):
    a = make_store("chen.db", user="陈润")
    b = make_store("zhao.db", user="赵标注")
    for store, reject, verify in ((a, "朱健", "刘越高"), (b, "刘越高", "朱健")):
        story = _story_facts(store, 0)
        for f in story.facts:
            if f.text == reject:
                store.set_fact_status(f.id, "rejected")
            elif f.text == verify:
                store.set_fact_status(f.id, "verified")
    # A marks 衡阳 as a place; B marks nothing there.  B corrects the number's value.
    a.add_fact(_story_facts(a, 0).info.id, "place", 0, 2)
    number = next(f for f in _story_facts(b, 1).facts if f.kind == "number")
    b.set_fact_value(number.id, {"value": 5, "unit": "万kW"})
    a.set_fact_status(next(f for f in _story_facts(a, 1).facts if f.kind == "number").id, "verified")
    return a, b


def test_figures_are_those_of_db_agreement(qtbot, qtmodeltester, two_annotators):
    a, b = two_annotators
    dialog = CompareDialog(a.path)
    qtbot.addWidget(dialog)
    dialog.open()
    with qtbot.waitSignal(dialog.compared) as compared:
        report = dialog.compareWith(b.path)
    expected = compare_stores(a.path, b.path)
    assert report["kappa_chars"] == expected["kappa_chars"] and 0 < report["kappa_chars"] < 1
    assert compared.args == [expected["kappa_chars"], len(expected["disagreements"])]
    assert dialog.disagreements.rowCount() == len(expected["disagreements"]) >= 4
    assert dialog.agreement.index(dialog.agreement.rowCount() - 1, 0).data() == "all"
    assert f"{expected['kappa_chars']:.3f}" in dialog.summary.text()
    qtmodeltester.check(dialog.agreement)
    qtmodeltester.check(dialog.disagreements)
    dialog.close()


def test_adopted_sides_land_in_the_merged_store(qtbot, two_annotators, tmp_path):
    a, b = two_annotators
    dialog = CompareDialog(a.path)
    qtbot.addWidget(dialog)
    dialog.compareWith(b.path)
    rows = dialog.disagreements.records()

    def row_of(text, kind=None):
        return next(i for i, d in enumerate(rows) if d["text"] == text and (kind is None or d["kind"] == kind))

    dialog.adopt(row_of("朱健"), "a")          # A rejected 朱健: reject it
    dialog.adopt(row_of("刘越高"), "b")        # B rejected 刘越高 (both occurrences differ; this one)
    dialog.adopt(row_of("5万kW"), "b")         # B's corrected value
    dialog.adopt(row_of("衡阳"), "a")          # A's hand-made place
    assert dialog.disagreements.index(row_of("衡阳"), 6).data() == "A"
    out = tmp_path / "merged.db"
    with qtbot.waitSignal(dialog.merged):
        summary = dialog.writeMerged(str(out), user="审核")
    assert summary["adopted"] == 4 and summary["stories_merged"] == 2
    with Store.open(out) as merged:
        story_a, story_b = _story_facts(merged, 0), _story_facts(merged, 1)
        row = rows[row_of("刘越高")]
        liu = next(f for f in story_a.facts if (f.start, f.end) == (row["start"], row["end"]))
        assert liu.status == "rejected" and liu.updated_by == "审核"
        assert next(f for f in story_a.facts if f.text == "朱健").status == "rejected"
        place = next(f for f in story_a.facts if (f.kind, f.start, f.end) == ("place", 0, 2))
        assert place.status == "verified"
        number = next(f for f in story_b.facts if f.kind == "number")
        assert number.value == {"value": 5, "unit": "万kW"} and number.status == "corrected"


def test_adjudication_is_closed_once_every_disagreement_is_decided(qtbot, two_annotators, tmp_path):
    a, b = two_annotators
    # A flag both decided differently: a disagreement the merge records as well.
    for store, decision in ((a, "confirmed"), (b, "dismissed")):
        store.decide_flag(_story_facts(store, 0).flags[0].id, decision, "")
    dialog = CompareDialog(a.path)
    qtbot.addWidget(dialog)
    dialog.compareWith(b.path)
    rows = dialog.disagreements.records()
    assert any(d["type"] == "flag" for d in rows)
    # Nothing adopted: the merge's disputes stay open.
    merged_open = dialog.writeMerged(str(tmp_path / "undecided.db"), user="审核")
    with Store.open(tmp_path / "undecided.db") as undecided:
        disputed = undecided.adjudications()
        assert merged_open["adjudication_open"] == undecided.stats()["adjudication_open"] == len(disputed) >= 3
        assert {r.item for r in disputed} == {"fact", "flag"}
    # Every row decided (B where it is the flag, A elsewhere).
    for i, d in enumerate(rows):
        dialog.adopt(i, "b" if d["type"] == "flag" else "a")
    summary = dialog.writeMerged(str(tmp_path / "decided.db"), user="审核")
    assert summary["resolved"] == len(disputed) and summary["adjudication_open"] == 0
    with Store.open(tmp_path / "decided.db") as merged:
        assert merged.stats()["adjudication_open"] == 0
        done = merged.adjudications()
        assert all(r.resolved and r.resolved_by == "审核" and r.resolved_at for r in done)
        assert {r.choice for r in done if r.item == "flag"} == {"b"}
        assert {r.choice for r in done if r.item == "fact"} == {"a"}
        flag = _story_facts(merged, 0).flags[0]
        assert (flag.decision, flag.decided_by) == ("dismissed", "审核")
        resolved = [h for h in merged.history(limit=500) if h.table == "adjudication"]
        assert len(resolved) == len(done) and all(h.who == "审核" for h in resolved)
        assert not any(f.status == "needs_check" for i in (0, 1) for f in _story_facts(merged, i).facts)
    # Half decided: the rest stays open.
    dialog.disagreements.set_records([dict(d, choice="") for d in rows])
    fact_rows = [i for i, d in enumerate(rows) if d["type"] != "flag"]
    dialog.adopt(fact_rows[0], "b")
    partial = dialog.writeMerged(str(tmp_path / "partial.db"), user="审核")
    assert (partial["resolved"], partial["adjudication_open"]) == (1, len(disputed) - 1)
