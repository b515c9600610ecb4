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
