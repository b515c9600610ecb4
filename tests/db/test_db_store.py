"""The store on real SQLite files: import, read, edits with history, search, stats."""
from __future__ import annotations

import sqlite3

import pytest
from db_helpers import make_analysis

from db import Store, StoreError


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "desk.db", user="王编辑")
    yield s
    s.close()


def test_open_sets_wal_foreign_keys_and_schema(tmp_path):
    with Store.open(tmp_path / "a.db") as s:
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == 3
        tables = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"documents", "articles", "facts", "relations", "flags", "history", "registry", "meta",
                "search_index", "_sqlite_migrations"} <= tables
    # Opening again applies nothing and keeps the schema.
    with Store.open(tmp_path / "a.db") as s:
        assert s.conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == 3


def test_an_older_store_is_migrated_step_by_step(tmp_path):
    from sqlite_utils import Database

    from db.schema import migrations

    path = tmp_path / "old.db"
    db = Database(path)
    migrations.apply(db, stop_before="m002_documents_sha")  # a store as version 1 wrote it
    db.execute("INSERT INTO documents (source, text, text_sha, created) VALUES ('p', 't', 'abc', 'now')")
    db.close()
    with Store.open(path) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == 3
        assert s.stats()["documents"] == 1
        indexes = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "documents_sha" in indexes


def test_import_keeps_article_text_and_local_offsets(store):
    analysis = make_analysis()
    doc_id = store.import_analysis(analysis, raw_text="raw " + analysis.text)
    docs = store.documents()
    assert [d.id for d in docs] == [doc_id] and docs[0].n_articles == 2 and docs[0].pub_date == "2023-01-04"
    infos = store.articles(doc_id)
    assert [i.index for i in infos] == [0, 1]
    for info, art in zip(infos, analysis.articles, strict=True):
        bundle = store.load_article(info.id)
        assert bundle.text == analysis.text[art.start:art.end]
        assert bundle.facts, "every story has facts"
        for f in bundle.facts:
            assert bundle.text[f.start:f.end] == f.text
            assert f.status == "auto" and f.origin == "auto"
        for fl in bundle.flags:
            for s, e in fl.spans:
                assert 0 <= s < e <= len(bundle.text)
    first = store.load_article(infos[0].id)
    astral = next(f for f in first.facts if f.text == "𠮷林")
    assert first.text.index("𠮷林") == astral.start  # code points, not UTF-16 units
    assert first.byline[0].name == "陈润" and first.text[first.byline[0].start:first.byline[0].end] == "陈润"
    assert len(first.relations) == 3
    comma = next(f for f in first.flags if f.rule == "punct.halfwidth")
    edit = comma.suggestion.edits[0]
    assert first.text[edit.start:edit.end] == ","
    raw = store.conn.execute("SELECT raw_text FROM documents").fetchone()[0]
    assert raw.startswith("raw ")


def test_every_edit_writes_history_and_returns_new_row(store):
    store.import_analysis(make_analysis())
    art = store.articles(1)[0]
    b = store.load_article(art.id)
    person = next(f for f in b.facts if f.text == "刘越高")
    assert store.set_fact_status(person.id, "verified").status == "verified"
    v = store.set_fact_value(person.id, {"name": "刘越高", "note": "checked"})
    assert v.status == "corrected" and v.value["note"] == "checked" and v.updated_by == "王编辑"
    moved = store.set_fact_span(person.id, person.start, person.end - 1)
    assert moved.text == "刘越" and moved.status == "corrected"
    assert store.set_fact_kind(person.id, "org").kind == "org"
    added = store.add_fact(art.id, "place", b.text.index("衡阳"), b.text.index("衡阳") + 2)
    assert (added.origin, added.status, added.value) == ("human", "verified", {"name": "衡阳"})
    hist = store.history(article_id=art.id)
    fields = [h.field for h in hist]
    assert fields[:5] == ["added", "kind", "span", "value", "status"]
    status_row = hist[4]
    assert status_row.old == {"status": "auto"} and status_row.new == {"status": "verified"}
    assert status_row.who == "王编辑" and status_row.when
    with pytest.raises(StoreError):
        store.set_fact_status(person.id, "bogus")
    with pytest.raises(StoreError):
        store.add_fact(art.id, "person", 5, 99999)


def test_delete_and_restore_fact_keeps_id_and_relations(store):
    store.import_analysis(make_analysis())
    aid = store.articles(1)[0].id
    b = store.load_article(aid)
    zhu = next(f for f in b.facts if f.text == "朱健")
    before = {(r.kind, r.head, r.tail) for r in b.relations}
    gone = store.delete_fact(zhu.id)
    after = store.load_article(aid)
    assert zhu.id not in {f.id for f in after.facts}
    assert len(after.relations) == 1
    back = store.restore_fact(gone)
    assert back.id == zhu.id and back.text == "朱健"
    assert {(r.kind, r.head, r.tail) for r in store.load_article(aid).relations} == before


def test_relations_flags_and_article_status(store):
    store.import_analysis(make_analysis())
    aid = store.articles(1)[0].id
    b = store.load_article(aid)
    zhu = next(f for f in b.facts if f.text == "朱健")
    date = next(f for f in b.facts if f.kind == "date")
    rel = store.add_relation(aid, "holds_title", zhu.id, date.id)
    assert rel.origin == "human"
    store.delete_relation(rel.id)
    assert rel.id not in {r.id for r in store.load_article(aid).relations}
    flag = b.flags[0]
    d = store.decide_flag(flag.id, "dismissed", reason="co-chairs")
    assert (d.decision, d.reason, d.decided_by) == ("dismissed", "co-chairs", "王编辑")
    assert store.articles(1)[0].n_open_flags == len(b.flags) - 1
    assert store.decide_flag(flag.id, None).decision is None
    assert store.set_article_status(aid, "signed_off").status == "signed_off"
    with pytest.raises(StoreError):
        store.set_article_status(aid, "done")
    store.set_publication_date(1, "2023-01-05")
    assert store.documents()[0].pub_date == "2023-01-05"


def test_edit_article_text_moves_spans_and_marks_changed_facts(store):
    store.import_analysis(make_analysis())
    aid = store.articles(1)[0].id
    b = store.load_article(aid)
    liu = next(f for f in b.facts if f.text == "刘越高")
    zhu = next(f for f in b.facts if f.text == "朱健")
    store.set_fact_status(zhu.id, "verified")
    # Insert before both: they shift, unchanged.
    store.edit_article_text(aid, 0, 0, "【快讯】")
    after = {f.id: f for f in store.load_article(aid).facts}
    assert after[zhu.id].start == zhu.start + 4 and after[zhu.id].status == "verified"
    # Change a character inside 刘越高 → 刘跃高: the fact follows and needs a check.
    pos = after[liu.id].start + 1
    store.edit_article_text(aid, pos, pos + 1, "跃")
    bundle = store.load_article(aid)
    fixed = next(f for f in bundle.facts if f.id == liu.id)
    assert fixed.text == "刘跃高" and fixed.status == "needs_check"
    for f in bundle.facts:
        assert bundle.text[f.start:f.end] == f.text
    for fl in bundle.flags:
        for _s, e in fl.spans:
            assert e <= len(bundle.text)
    assert bundle.byline[0].name == bundle.text[bundle.byline[0].start:bundle.byline[0].end]
    # Delete a whole fact's text: the fact goes, the history keeps it.
    store.edit_article_text(aid, fixed.start, fixed.end, "")
    assert liu.id not in {f.id for f in store.load_article(aid).facts}
    h = store.history(article_id=aid, limit=1)[0]
    assert h.field == "text" and h.new["removed_facts"][0]["id"] == liu.id


def test_edit_is_atomic_on_error(store):
    store.import_analysis(make_analysis())
    n = store.conn.execute("SELECT count(*) FROM history").fetchone()[0]
    with pytest.raises(StoreError):
        store.edit_article_text(1, 5, 999999, "x")
    with pytest.raises(StoreError):
        store.set_fact_span(1, 3, 2)
    assert store.conn.execute("SELECT count(*) FROM history").fetchone()[0] == n


def test_search_finds_stories_and_facts_of_any_length(store):
    store.import_analysis(make_analysis())
    hits = store.search("朱健")  # two characters: below the trigram length
    assert {h.kind for h in hits} == {"person", "article"}
    for h in hits:
        text = store.load_article(h.article_id).text
        assert text[h.start:h.end] == "朱健"
    long_hits = store.search("生态环境保护委员会")
    assert any(h.kind == "title" for h in long_hits)
    assert store.search("并网发电")[0].kind == "article"
    assert store.search("不存在的词语") == []
    assert store.search('引号"里') == []


def test_stats_counts(store):
    store.import_analysis(make_analysis())
    st = store.stats()
    assert st["documents"] == 1 and st["articles"] == 2 and st["facts"] == 11
    assert st["facts_by_kind"]["person"] == 3 and st["open_flags"] == 3


def test_foreign_keys_cascade(store):
    store.import_analysis(make_analysis())
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("INSERT INTO facts (article_id, kind, start, \"end\", text) VALUES (999, 'x', 0, 1, 'x')")
    store.conn.execute("DELETE FROM documents")
    assert store.conn.execute("SELECT count(*) FROM facts").fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM search_index").fetchone()[0] == 0


def test_page_level_flags_and_pages_without_stories(store):
    import datetime

    from analysis.model import Analysis, Flag

    page = make_analysis()
    a0, a1 = page.articles
    liu = next(f for f in page.facts if f.text == "刘越高")
    num = next(f for f in page.facts if f.kind == "number")
    page.flags = [Flag("k9", "person.name-variant", "info", None, "跨稿件", [liu.id, num.id],
                       [(liu.start, liu.end), (num.start, num.end)])]
    doc = store.import_analysis(page)
    first, second = store.articles(doc)
    (flag,) = store.load_article(first.id).flags
    assert flag.spans == [(liu.start - a0.start, liu.end - a0.start)]  # the other story's span is not local
    assert store.load_article(second.id).flags == []
    bare = Analysis(text="无标题的一段文字。", reference_date=datetime.date(2023, 1, 4), reference_date_inferred=True)
    doc2 = store.import_analysis(bare)
    (only,) = store.articles(doc2)
    assert store.load_article(only.id).text == bare.text
    assert store.documents()[-1].pub_date_inferred is True


def test_a_version_2_store_keeps_its_adjudication_rows(tmp_path):
    from sqlite_utils import Database

    from db.schema import migrations

    path = tmp_path / "v2.db"
    db = Database(path)
    migrations.apply(db, stop_before="m003_adjudication_decided")
    db.execute("INSERT INTO documents (source, text, text_sha, created) VALUES ('p', 't', 'abc', 'now')")
    db.execute("INSERT INTO articles (doc_id, idx, text) VALUES (1, 0, 't')")
    db.execute("INSERT INTO adjudication (article_id, item, kind, text, a, b) VALUES (1, 'fact', 'person', 't', "
               "'{\"status\": \"verified\"}', 'null')")
    db.close()
    with Store.open(path, user="甲") as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == 3
        (row,) = s.adjudications()
        assert (row.resolved, row.choice, row.a, row.b) == (False, None, {"status": "verified"}, None)
        assert s.resolve_adjudication(row.id, "b").resolved_by == "甲"
