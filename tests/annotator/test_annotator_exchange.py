"""Exports from the window equal the command line's, byte for byte, in every format."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.annotator.exchange_dialog import EXPORT_FORMATS, ExchangeDialog

ROOT = Path(__file__).resolve().parents[2]


def _files(path: Path) -> dict[str, bytes]:
    if path.is_dir():
        return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}
    return {path.name: path.read_bytes()}


@pytest.fixture
def annotated(store):
    """The sample page with some human decisions, so "verified only" and kinds matter."""
    doc = store.documents()[0]
    first, second = store.articles(doc.id)
    for fact in store.load_article(first.id).facts[:3]:
        store.set_fact_status(fact.id, "verified")
    store.add_fact(second.id, "place", 0, 2)
    store.set_article_status(first.id, "signed_off")
    return store


@pytest.mark.parametrize("verified_only, kinds", [(False, None), (True, ["person", "title"])])
@pytest.mark.parametrize("fmt", [f for f, _label, _filter in EXPORT_FORMATS])
def test_dialog_export_equals_main_py_export(qtbot, annotated, tmp_path, fmt, verified_only, kinds):
    dialog = ExchangeDialog(annotated)
    qtbot.addWidget(dialog)
    dialog.formatBox.setCurrentIndex(dialog.formatBox.findData(fmt))
    dialog.verifiedOnly.setChecked(verified_only)
    for kind, box in dialog.kindChecks.items():
        box.setChecked(kinds is None or kind in kinds)
    name = "out" if fmt == "brat" else f"out.{fmt}"
    ours, theirs = tmp_path / "gui" / name, tmp_path / "cli" / name
    ours.parent.mkdir()
    theirs.parent.mkdir()
    dialog.exportPath.setText(str(ours))
    with qtbot.waitSignal(dialog.exported):
        dialog.exportButton.click()
    cmd = [sys.executable, "main.py", "export", "--db", annotated.path, "--format", fmt, "--out", str(theirs)]
    if verified_only:
        cmd.append("--verified-only")
    if kinds:
        cmd += ["--kinds", ",".join(kinds)]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    gui, cli = _files(ours), _files(theirs)
    assert gui and gui == cli
    assert any(b"\xe5" in data for data in gui.values())  # Chinese text made it out (UTF-8)


def test_a_bad_path_is_reported_in_the_dialog(qtbot, store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    dialog = ExchangeDialog(store)
    qtbot.addWidget(dialog)
    dialog.importPath.setText(str(tmp_path / "missing.jsonl"))
    dialog.importButton.click()
    assert warned and dialog.status.text() == warned[0]


def test_pre_annotations_from_other_tools_arrive_as_automatic_facts(qtbot, make_store, tmp_path):
    import json

    text = "𠮷金明达任市生态环境保护委员会主任。"
    jsonl = tmp_path / "model-output.jsonl"
    jsonl.write_text(json.dumps({"text": text, "spans": [
        {"start": 0, "end": 4, "label": "person"},
        {"start": 5, "end": 17, "label": "title"}]}, ensure_ascii=False) + "\n", encoding="utf-8")
    tasks = tmp_path / "labelstudio.json"
    tasks.write_text(json.dumps([{"data": {"text": text}, "predictions": [{"result": [
        {"id": "p1", "type": "labels", "from_name": "label", "to_name": "text",
         "value": {"start": 5, "end": 15, "labels": ["org"]}}]}]}], ensure_ascii=False), encoding="utf-8")
    store = make_store("pre.db", page=False)
    dialog = ExchangeDialog(store)
    qtbot.addWidget(dialog)
    dialog.importPath.setText(str(jsonl))
    dialog.importFormat.setCurrentIndex(dialog.importFormat.findData("jsonl"))
    with qtbot.waitSignal(dialog.imported):
        dialog.importButton.click()
    # The Label Studio task is the same story: its span joins the stored one instead of a new page.
    result = dialog.importFrom(str(tasks), fmt="labelstudio")
    assert (result.pages, result.stories_attached, result.facts_attached) == (0, 1, 1)
    assert "1 stories were already in the store: 1 facts attached" in dialog.status.text()
    assert len(store.documents()) == 1
    facts = []
    for doc in store.documents():
        for art in store.articles(doc.id):
            bundle = store.load_article(art.id)
            assert bundle.text == text
            facts += [(f.kind, bundle.text[f.start:f.end], f.status, f.origin) for f in bundle.facts]
    assert sorted(facts) == [("org", "市生态环境保护委员会", "auto", "auto"),
                             ("person", "𠮷金明达", "auto", "auto"),
                             ("title", "市生态环境保护委员会主任", "auto", "auto")]


def test_pre_annotations_join_the_desk_stories_without_touching_decisions(qtbot, store, tmp_path):
    import json

    story = store.load_article(store.articles(store.documents()[0].id)[1].id)
    STORY_B = story.text  # the sample's second story
    person = next(f for f in story.facts if f.kind == "person")
    store.set_fact_status(person.id, "verified")
    spans = [{"start": person.start, "end": person.end, "label": "person", "value": {"name": "别人"}},
             {"start": STORY_B.index("耒阳市"), "end": STORY_B.index("耒阳市") + 3, "label": "place"},
             {"start": STORY_B.index("耒阳"), "end": STORY_B.index("耒阳") + 2, "label": "place"}]
    path = tmp_path / "model.jsonl"
    path.write_text(json.dumps({"text": STORY_B, "spans": spans}, ensure_ascii=False) + "\n", encoding="utf-8")
    dialog = ExchangeDialog(store)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.imported) as imported:
        result = dialog.importFrom(str(path), fmt="jsonl")
    assert imported.args == [str(path), 0]
    assert (result.pages, result.facts_attached, result.facts_duplicate, result.facts_kept) == (0, 1, 1, 1)
    after = store.load_article(story.info.id)
    assert store.fact(person.id).value == {"name": "𠮷金明达"} and store.fact(person.id).status == "verified"
    new = [f for f in after.facts if f.id not in {g.id for g in story.facts}]
    assert [(f.kind, f.text, f.status, f.origin) for f in new] == [("place", "耒阳", "auto", "auto")]
