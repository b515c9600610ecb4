"""Fixtures of the annotator's bench: isolated QSettings and real store files with a page."""
from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from analysis.model import Analysis, Article, Fact, Flag, Relation

STORY_A = "衡阳晚报讯 1月4日下午，市委书记刘越高出席会议。市长朱健讲话，刘越高总结。\n"
STORY_B = "本报讯 𠮷金明达任市生态环境保护委员会主任。耒阳市新增装机5万kW，历时4个多月。\n"
PAGE = STORY_A + STORY_B

# (kind, story, substring, occurrence, value)
FACT_SPECS = [
    ("date", 0, "1月4日下午", 0, {"start": "2023-01-04", "end": "2023-01-04", "precision": "day",
                                  "part": "afternoon"}),
    ("title", 0, "市委书记", 0, {"title": "书记", "org": "市委"}),
    ("person", 0, "刘越高", 0, {"name": "刘越高"}),
    ("title", 0, "市长", 0, {"title": "市长", "org": ""}),
    ("person", 0, "朱健", 0, {"name": "朱健"}),
    ("person", 0, "刘越高", 1, {"name": "刘越高"}),
    ("person", 1, "𠮷金明达", 0, {"name": "𠮷金明达"}),
    ("title", 1, "市生态环境保护委员会主任", 0, {"title": "主任", "org": "市生态环境保护委员会"}),
    ("org", 1, "市生态环境保护委员会", 0, {"name": "市生态环境保护委员会"}),
    ("place", 1, "耒阳市", 0, {"name": "耒阳市"}),
    ("number", 1, "5万kW", 0, {"value": 50000, "unit": "kW"}),
    ("duration", 1, "4个多月", 0, {"value": 4, "unit": "月", "approx": "more"}),
]


def _offset(story: int, sub: str, nth: int) -> int:
    base = 0 if story == 0 else len(STORY_A)
    text = STORY_A if story == 0 else STORY_B
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(sub, pos + 1)
    return base + pos


def sample_analysis() -> Analysis:
    """A hand-made analysis of a two-story page (no engine needed): facts, links, one flag."""
    facts = []
    for i, (kind, story, sub, nth, value) in enumerate(FACT_SPECS, start=1):
        start = _offset(story, sub, nth)
        facts.append(Fact(f"f{i}", story, kind, start, start + len(sub), sub, dict(value)))
    relations = [Relation("holds_title", "f3", "f2"), Relation("holds_title", "f7", "f8")]
    flag = Flag("k1", "punct.halfwidth", "warning", 0, "半角逗号", facts=[],
                spans=[(_offset(0, "，", 0), _offset(0, "，", 0) + 1)])
    articles = [Article(0, 0, len(STORY_A), ["市委会议"], "衡阳晚报讯", [], 6),
                Article(1, len(STORY_A), len(PAGE), ["新增装机"], "本报讯", [], len(STORY_A) + 4)]
    return Analysis(PAGE, datetime.date(2023, 1, 4), False, "page1.txt", articles, facts, relations, [flag])


@pytest.fixture(scope="session")
def settings_root(tmp_path_factory):
    """One folder for every QSettings file of the session.

    ``QSettings.setPath`` is process-wide and has no getter to restore it, so it points at a
    folder that lives as long as the session: later tests never write into a deleted path,
    and nothing ever reaches the developer's real settings.
    """
    root = tmp_path_factory.mktemp("qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(root))
    return root


@pytest.fixture(autouse=True)
def isolated_settings(settings_root, request):
    """Every test gets its own QSettings file (an application name of its own)."""
    old = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName("ProofdeskTest")
    QCoreApplication.setApplicationName(f"annotator-{abs(hash(request.node.nodeid)):x}")
    QSettings().clear()
    yield settings_root
    QCoreApplication.setOrganizationName(old[0])
    QCoreApplication.setApplicationName(old[1])


@pytest.fixture
def make_store(tmp_path):
    """make_store(name, user) -> an open db.store.Store with the sample page, closed at the end."""
    from db.store import Store

    opened = []

    def make(name: str = "desk.db", user: str = "王编辑", page: bool = True):
        store = Store.open(tmp_path / name, user=user)
        opened.append(store)
        if page:
            store.import_analysis(sample_analysis(), source="page1.txt")
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def store(make_store):
    return make_store()
