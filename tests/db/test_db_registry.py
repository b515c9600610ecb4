"""The people registry grown from verified facts, its CSV form, and the lexicon."""
from __future__ import annotations

import datetime

import pytest
from db_helpers import make_analysis

from analysis.checks.registry import Registry, held_on
from analysis.lexicon import Lexicon
from db import Store, StoreError


def _verify_liu(s, doc_id):
    aid = s.articles(doc_id)[0].id
    b = s.load_article(aid)
    liu = next(f for f in b.facts if f.text == "刘越高")
    rel = next(r for r in b.relations if r.head == liu.id)
    s.set_fact_status(liu.id, "verified")
    assert s.registry_people() == [] or doc_id > 1  # a person alone is not enough
    s.set_fact_status(rel.tail, "verified")


def test_registry_grows_from_verified_person_and_title(tmp_path):
    with Store.open(tmp_path / "s.db", user="甲") as s:
        d1 = s.import_analysis(make_analysis())
        _verify_liu(s, d1)
        people = s.registry_people()
        assert [(p.name, p.title, p.org, p.valid_from, p.valid_to) for p in people] == [
            ("刘越高", "主任", "市生态环境保护委员会", "2023-01-04", "2023-01-04")]
        later = make_analysis("page2.txt")
        later.reference_date = datetime.date(2023, 3, 1)
        d2 = s.import_analysis(later)
        _verify_liu(s, d2)
        (p,) = s.registry_people()
        assert (p.valid_from, p.valid_to) == ("2023-01-04", "2023-03-01")
        reg = s.registry()
        assert reg.titles_of("刘越高") == [("主任", "市生态环境保护委员会", datetime.date(2023, 1, 4),
                                            datetime.date(2023, 3, 1))]
        assert reg.titles_of("无名") == []
        assert held_on(reg.titles_of("刘越高")[0], datetime.date(2023, 2, 1))
        assert isinstance(reg, Registry)
        lex = s.lexicon()
        assert isinstance(lex, Lexicon)
        assert "刘越高" in lex.names and "主任" in lex.titles and "市生态环境保护委员会" in lex.orgs
        assert any(h.table == "registry" for h in s.history())


def test_registry_csv_round_trip(tmp_path):
    csv_path = tmp_path / "reg.csv"
    with Store.open(tmp_path / "a.db", user="甲") as s:
        _verify_liu(s, s.import_analysis(make_analysis()))
        assert s.export_registry_csv(csv_path) == 1
    text = csv_path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "name,title,org,valid_from,valid_to"
    with Store.open(tmp_path / "b.db") as s:
        assert s.import_registry_csv(csv_path) == 1
        assert s.import_registry_csv(csv_path) == 1  # again: merged, not doubled
        (p,) = s.registry_people()
        assert (p.name, p.org, p.valid_to) == ("刘越高", "市生态环境保护委员会", "2023-01-04")
        bad = tmp_path / "bad.csv"
        bad.write_text("name,title,org,valid_from,valid_to\n朱健,市长,市,not-a-date,\n", encoding="utf-8")
        with pytest.raises(StoreError):
            s.import_registry_csv(bad)
        assert len(s.registry_people()) == 1


def test_registry_shrinks_when_a_confirmation_is_withdrawn(tmp_path):
    with Store.open(tmp_path / "s.db", user="甲") as s:
        d1 = s.import_analysis(make_analysis())
        _verify_liu(s, d1)
        later = make_analysis("page2.txt")
        later.reference_date = datetime.date(2023, 3, 1)
        d2 = s.import_analysis(later)
        _verify_liu(s, d2)
        first = s.load_article(s.articles(d1)[0].id)
        liu1 = next(f for f in first.facts if f.text == "刘越高")
        # Page 1's confirmation withdrawn: the row falls back on page 2 alone.
        s.set_fact_status(liu1.id, "rejected")
        (p,) = s.registry_people()
        assert (p.valid_from, p.valid_to) == ("2023-03-01", "2023-03-01")
        # Page 2's title fact deleted: nothing supports the row any more.
        second = s.load_article(s.articles(d2)[0].id)
        liu2 = next(f for f in second.facts if f.text == "刘越高")
        title2 = next(s.fact(r.tail) for r in second.relations if r.head == liu2.id)
        s.delete_fact(title2.id)
        assert s.registry_people() == []
        assert [h.field for h in s.history(limit=3)][:2] == ["deleted", "removed"]
        # Undo brings it back.
        s.restore_fact(title2)
        assert [p.name for p in s.registry_people()] == ["刘越高"]
        # CSV rows have no source fact: only a person changes them.
        csv_path = tmp_path / "r.csv"
        csv_path.write_text("name,title,org,valid_from,valid_to\n朱健,市长,衡阳市,2021-06-01,\n", encoding="utf-8")
        s.import_registry_csv(csv_path)
        s.set_fact_status(liu2.id, "rejected")
        assert [p.name for p in s.registry_people()] == ["朱健"]


def test_registry_rows_are_added_edited_and_deleted_with_history(tmp_path):
    with Store.open(tmp_path / "s.db", user="甲") as s:
        _verify_liu(s, s.import_analysis(make_analysis()))
        (grown,) = s.registry_people()
        assert grown.source_fact_id is not None
        zhu = s.add_registry_person(" 朱健 ", "市长", "", "2022-09-01")
        assert (zhu.name, zhu.org, zhu.valid_from, zhu.valid_to, zhu.source_fact_id) == (
            "朱健", "", "2022-09-01", None, None)
        assert s.add_registry_person("朱健", "市长", "", None, "2023-06-30").id == zhu.id  # merged, widened
        new = s.update_registry_person(grown.id, title="副主任", valid_to="2023-12-31")
        assert (new.id, new.name, new.title, new.valid_from, new.valid_to) == (
            grown.id, "刘越高", "副主任", "2023-01-04", "2023-12-31")
        assert new.source_fact_id is None  # a person's row now: story edits leave it alone
        assert s.update_registry_person(grown.id, valid_to="").valid_to is None
        edit = next(h for h in s.history() if h.table == "registry" and h.field == "edited")
        assert (edit.row_id, edit.who, edit.old, edit.new) == (grown.id, "甲", {"valid_to": "2023-12-31"},
                                                                {"valid_to": None})
        assert s.registry().titles_of("刘越高")[0][0] == "副主任"
        before = s.registry_people()
        for bad in ({"name": "  "}, {"title": ""}, {"valid_from": "2023-13-01"}, {"valid_from": "20230104"},
                    {"valid_from": "2024-01-01", "valid_to": "2023-01-01"}, {"nick": "x"},
                    {"name": "朱健", "title": "市长", "org": ""}):  # the last: another row's key
            with pytest.raises(StoreError):
                s.update_registry_person(grown.id, **bad)
        with pytest.raises(StoreError):
            s.add_registry_person("", "市长")
        assert s.registry_people() == before
        gone = s.delete_registry_person(zhu.id)
        assert gone.name == "朱健" and [p.name for p in s.registry_people()] == ["刘越高"]
        deleted = s.history(limit=1)[0]
        assert (deleted.table, deleted.field, deleted.row_id, deleted.new) == ("registry", "deleted", zhu.id, None)
        assert deleted.old["name"] == "朱健"
        for call in (lambda: s.delete_registry_person(zhu.id), lambda: s.update_registry_person(zhu.id, org="市")):
            with pytest.raises(StoreError, match="no registry row"):
                call()
