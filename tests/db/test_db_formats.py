"""Exports in every format, and lossless round trips for JSONL, Label Studio and brat."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from db_helpers import make_analysis

from db import Store, StoreError
from db.formats import detect, export, import_file


@pytest.fixture
def annotated(tmp_path) -> Path:
    """A store with two pages and human decisions of every kind."""
    path = tmp_path / "a.db"
    with Store.open(path, user="标注员甲") as s:
        s.import_analysis(make_analysis("page1.txt"))
        s.import_analysis(make_analysis("page2.txt", extra="另有说明。\n"))
        aid = s.articles(1)[0].id
        b = s.load_article(aid)
        facts = {f.text: f for f in b.facts}
        s.set_fact_status(facts["刘越高"].id, "verified")
        s.set_fact_value(facts["朱健"].id, {"name": "朱健", "note": "市长"})
        s.set_fact_status(facts["市长"].id, "rejected")
        s.add_fact(aid, "place", b.text.index("衡阳"), b.text.index("衡阳") + 2)
        s.decide_flag(b.flags[0].id, "dismissed", reason="两人为联合主任")
        s.decide_flag(b.flags[1].id, "fixed")
        s.set_article_status(aid, "signed_off")
    return path


def _read_tree(p: Path) -> dict[str, bytes]:
    if p.is_dir():
        return {q.name: q.read_bytes() for q in sorted(p.iterdir())}
    return {p.name: p.read_bytes()}


@pytest.mark.parametrize("fmt,name", [("jsonl", "out.jsonl"), ("labelstudio", "tasks.json"), ("brat", "brat")])
def test_round_trip_is_identical(annotated, tmp_path, fmt, name):
    first = tmp_path / "one" / name
    second = tmp_path / "two" / name
    first.parent.mkdir()
    second.parent.mkdir()
    with Store.open(annotated) as s:
        assert export(s, fmt, first) == 4
    assert detect(first) == fmt
    with Store.open(tmp_path / "fresh.db") as fresh:
        assert import_file(fresh, first, fmt).pages == 2
        export(fresh, fmt, second)
        # Decisions survived, not just bytes.
        st = fresh.stats()
        assert st["facts_by_status"]["rejected"] == 1 and st["flags_by_decision"]["dismissed"] == 1
        assert st["articles_by_status"]["signed_off"] == 1
    a, b = _read_tree(first), _read_tree(second)
    assert a.keys() == b.keys() and a == b


def test_jsonl_lines_state_codepoints(annotated, tmp_path):
    out = tmp_path / "x.jsonl"
    with Store.open(annotated) as s:
        export(s, "jsonl", out)
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 4
    for obj in lines:
        assert obj["meta"]["offset_unit"] == "codepoint"
        for sp in obj["spans"]:
            assert obj["text"][sp["start"]:sp["end"]] == sp["text"]
            assert {"label", "value", "status"} <= sp.keys()
    first = lines[0]
    assert any(sp["text"] == "𠮷林" for sp in first["spans"])
    assert {r["kind"] for r in first["relations"]} == {"holds_title"}


def test_labelstudio_tasks_have_predictions_and_annotations(annotated, tmp_path):
    out = tmp_path / "tasks.json"
    with Store.open(annotated) as s:
        export(s, "labelstudio", out)
    tasks = json.loads(out.read_text(encoding="utf-8"))
    task = tasks[0]
    assert isinstance(task["data"]["text"], str)
    pred = task["predictions"][0]["result"]
    ann = task["annotations"][0]["result"]
    for res in pred + ann:
        if res["type"] == "labels":
            assert res["from_name"] == "label" and res["to_name"] == "text"
            v = res["value"]
            assert task["data"]["text"][v["start"]:v["end"]] == v["text"]
    ann_texts = {r["value"]["text"] for r in ann if r["type"] == "labels"}
    assert {"刘越高", "朱健", "衡阳", "𠮷林"} <= ann_texts and "市长" not in ann_texts
    assert "市长" not in {r["value"]["text"] for r in pred if r["type"] == "labels"}  # rejected
    assert any(r["type"] == "relation" and r["labels"] == ["holds_title"] for r in pred + ann)
    assert Path(str(out) + ".config.xml").read_text(encoding="utf-8").count("<Label ") == 7


def test_labelstudio_import_of_foreign_task(tmp_path):
    # A task as Label Studio exports it after a person labelled it: no proofdesk data at all.
    task = {"id": 7, "data": {"text": "市长朱健讲话。"}, "annotations": [{"result": [
        {"id": "a1", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 2, "end": 4, "text": "朱健", "labels": ["person"]}},
        {"id": "a2", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 0, "end": 2, "text": "市长", "labels": ["title"]}},
        {"type": "relation", "from_id": "a1", "to_id": "a2", "direction": "right", "labels": ["holds_title"]}]}]}
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    with Store.open(tmp_path / "s.db") as s:
        import_file(s, path, "labelstudio")
        b = s.load_article(1)
        assert [(f.kind, f.text, f.status, f.origin) for f in b.facts] == [
            ("title", "市长", "verified", "human"), ("person", "朱健", "verified", "human")]
        assert len(b.relations) == 1


def test_brat_files(annotated, tmp_path):
    out = tmp_path / "brat"
    with Store.open(annotated) as s:
        export(s, "brat", out)
    assert (out / "annotation.conf").exists()
    txt = (out / "d1-a000.txt").read_text(encoding="utf-8")
    ann = (out / "d1-a000.ann").read_text(encoding="utf-8").splitlines()
    t_lines = [x for x in ann if x.startswith("T")]
    for line in t_lines:
        _id, head, shown = line.split("\t")
        kind, frags = head.split(" ", 1)
        s, e = int(frags.split()[0]), int(frags.split()[-1])
        assert txt[s:e].replace("\n", " ") == shown
    assert any(x.startswith("R") and "holds_title Arg1:T" in x for x in ann)
    assert any(x.startswith("A") and x.endswith(" rejected") for x in ann)


def test_conll_is_character_bio_without_spaces(annotated, tmp_path):
    out = tmp_path / "x.conll"
    with Store.open(annotated) as s:
        export(s, "conll", out)
    body = [x for x in out.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
    for line in body:
        ch, tag = line.split("\t")
        assert len(ch) == 1 and not ch.isspace()
        assert tag == "O" or tag[:2] in ("B-", "I-")
    chars = "".join(x.split("\t")[0] for x in body)
    assert "刘越高" in chars and "𠮷林" in chars
    i = body.index("𠮷\tB-person")
    assert body[i + 1] == "林\tI-person"
    sentences = out.read_text(encoding="utf-8").split("\n\n")
    assert any(s.rstrip().endswith("。\tO") for s in sentences)


def test_csv_and_filters(annotated, tmp_path):
    out = tmp_path / "f.csv"
    with Store.open(annotated) as s:
        export(s, "csv", out, verified_only=True)
        with open(out, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert {r["text"] for r in rows} == {"刘越高", "朱健", "衡阳"}
        assert {r["status"] for r in rows} <= {"verified", "corrected"}
        export(s, "csv", out, kinds=["number"])
        with open(out, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert rows and {r["kind"] for r in rows} == {"number"}


def test_bad_import_files_raise_store_error(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    wrong = tmp_path / "wrong.jsonl"
    wrong.write_text(json.dumps({"text": "abc", "spans": [{"start": 0, "end": 2, "label": "person",
                                                           "text": "zz"}]}) + "\n", encoding="utf-8")
    with Store.open(tmp_path / "s.db") as s:
        with pytest.raises(StoreError):
            import_file(s, bad, "jsonl")
        with pytest.raises(StoreError):
            import_file(s, wrong, "jsonl")
        assert s.stats()["documents"] == 0


def test_round_trips_on_a_real_analysed_page(tmp_path):
    import datetime

    from reference_corpus import PAGE

    import analysis

    raw = PAGE.read_text(encoding="utf-8")
    with Store.open(tmp_path / "real.db", user="甲") as s:
        s.import_analysis(analysis.analyze(raw, datetime.date(2023, 1, 4)), raw_text=raw)
        for info in s.articles(1):
            b = s.load_article(info.id)
            if b.facts:
                s.set_fact_status(b.facts[0].id, "verified")
        for fmt, name in (("jsonl", "x.jsonl"), ("labelstudio", "x.json"), ("brat", "brat")):
            one, two = tmp_path / f"1-{name}", tmp_path / f"2-{name}"
            export(s, fmt, one)
            with Store.open(tmp_path / f"fresh-{fmt}.db") as fresh:
                import_file(fresh, one, fmt)
                export(fresh, fmt, two)
            assert one.exists()
            a, b = _read_tree(one), _read_tree(two)
            assert list(a.values()) == list(b.values()), fmt


def test_pre_annotations_attach_to_stories_already_stored(tmp_path):
    with Store.open(tmp_path / "s.db", user="甲") as s:
        s.import_analysis(make_analysis())
        first = s.articles(1)[0]
        a = s.load_article(first.id)
        facts = {f.text: f for f in a.facts}
        s.set_fact_status(facts["刘越高"].id, "verified")            # touched: never overwritten
        s.set_fact_span(facts["朱健"].id, facts["朱健"].start, facts["朱健"].end)  # corrected
        s.delete_fact(facts["𠮷林"].id)                              # a person removed it
        t = a.text

        def span(piece, kind, value=None):
            start = facts[piece].start if piece in facts else t.index(piece)  # a fact's own occurrence
            return {"start": start, "end": start + len(piece), "label": kind,
                    **({"value": value} if value is not None else {})}

        lines = [
            {"text": t, "spans": [
                span("刘越高", "person", {"name": "刘月高"}),          # a person's fact: kept as they left it
                span("刘越高", "person"),                            # no value: the same fact, a duplicate
                span("1月4日下午", "date"),                           # untouched, no value: duplicate
                span("市长", "title", {"title": "市长", "org": "衡阳市"}),  # untouched, new value: updated
                {"start": facts["朱健"].start, "end": facts["朱健"].start + 1, "label": "person"},  # inside
                # a corrected fact: kept
                span("𠮷林", "person"),                              # deleted by a person: kept
                span("衡阳晚报", "org", {"name": "衡阳晚报"}),          # new: attached
                span("全媒体记者", "title")],                         # new: attached
             "relations": [{"kind": "holds_title", "head": "s7", "tail": "s8"},
                           {"kind": "holds_title", "head": "s1", "tail": "s4"}],
             "meta": {"document": {"key": "x", "source": "model"}, "article": {"index": 0}}},
            {"text": "一个新的故事。", "spans": [{"start": 0, "end": 2, "label": "number"}],
             "meta": {"document": {"key": "x", "source": "model"}, "article": {"index": 1}}},
        ]
        path = tmp_path / "model.jsonl"
        path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
        before = {f.id: f for f in s.load_article(first.id).facts}
        result = import_file(s, path, "jsonl")
        assert (result.pages, result.stories_added, result.facts_added) == (1, 1, 1)
        assert (result.stories_attached, result.facts_attached, result.facts_updated, result.facts_duplicate,
                result.facts_kept) == (1, 2, 1, 2, 3)
        assert "1 story(ies) already in the store: 2 fact(s) attached, 1 updated" in result.summary()
        after = s.load_article(first.id)
        for fid, old in before.items():
            new = s.fact(fid)
            if old.text == "市长" and old.kind == "title":
                assert new.value == {"title": "市长", "org": "衡阳市"} and new.status == "auto"
            else:
                assert new == old
        added = [f for f in after.facts if f.id not in before]
        assert sorted((f.kind, f.text, f.status, f.origin) for f in added) == [
            ("org", "衡阳晚报", "auto", "auto"), ("title", "全媒体记者", "auto", "auto")]
        link = [r for r in after.relations if r.id not in {q.id for q in a.relations}]
        assert [(r.kind, s.fact(r.head).text, s.fact(r.tail).text, r.origin) for r in link] == [
            ("holds_title", "衡阳晚报", "全媒体记者", "auto")]       # not onto the verified 刘越高
        assert [d.source for d in s.documents()] == ["page1.txt", "model"]
        (new_story,) = s.articles(2)
        assert s.load_article(new_story.id).text == "一个新的故事。"
        entry = next(h for h in s.history() if h.field == "pre-annotations")
        assert entry.article_id == first.id and entry.new["attached"] == 2 and entry.new["source"] == "model"
        # Again: nothing new; the second story (from the same file) is now in the store too.
        again = import_file(s, path, "jsonl")
        assert (again.pages, again.stories_attached, again.facts_attached, again.facts_updated) == (0, 2, 0, 0)
        assert len(s.load_article(first.id).facts) == len(after.facts)
        # A span that does not fit the stored story refuses the file, and nothing is written.
        bad = tmp_path / "bad.jsonl"
        bad.write_text(json.dumps({"text": t, "spans": [{"start": 0, "end": 3, "label": "org", "text": "不对"}]},
                                  ensure_ascii=False) + "\n", encoding="utf-8")
        n_history = s.stats()["history"]
        with pytest.raises(StoreError):
            import_file(s, bad, "jsonl")
        assert s.stats()["history"] == n_history


def test_label_studio_predictions_attach_and_a_repeated_story_pairs_in_order(tmp_path):
    with Store.open(tmp_path / "s.db") as s:
        s.import_analysis(make_analysis("page1.txt"))
        s.import_analysis(make_analysis("page2.txt", extra="另有说明。\n"))  # page 2 repeats story B
        text = s.load_article(s.articles(1)[1].id).text
        n = text.index("年发电量")
        tasks = [{"data": {"text": text}, "predictions": [{"result": [
            {"id": "p1", "type": "labels", "value": {"start": n, "end": n + 4, "labels": ["title"]}}]}]}] * 3
        path = tmp_path / "tasks.json"
        path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
        result = import_file(s, path, "labelstudio")
        # Two stored copies take the first two tasks; the third is a story of its own.
        assert (result.stories_attached, result.facts_attached, result.pages, result.stories_added) == (2, 2, 1, 1)
        for aid in (s.articles(1)[1].id, s.articles(2)[1].id):
            assert [f.text for f in s.load_article(aid).facts if f.kind == "title"] == ["年发电量"]
