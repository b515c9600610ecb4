"""Splitting pages into stories: the reference page against its gold, our own pages of other papers'
styles against theirs, and the dateline and byline forms one by one."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.model import Article
from analysis.repair import repair
from analysis.split import (
    dateline_only,
    ends_sentence,
    parse_byline,
    parse_story,
    split_page,
    starts_dateline,
    title_like,
)

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
REFERENCE = "000_535e0761a6686cfc"


def _load(corpus_dir: Path):
    raw = (corpus_dir / f"{REFERENCE}.txt").read_text(encoding="utf-8")
    gold = json.loads((corpus_dir / f"{REFERENCE}.gold.json").read_text(encoding="utf-8"))
    return raw, gold


def _check_article(text: str, article: Article, want: dict) -> None:
    label = want["title_lines"][:1] or want.get("body_starts_with", "")[:10]
    assert article.title_lines == want["title_lines"], label
    assert article.dateline == want["dateline"], label
    assert [(b.role, b.name) for b in article.byline] == [(b["role"], b["name"]) for b in want["byline"]], label
    for b in article.byline:  # every name is found in the text, where it says
        assert text[b.start:b.end] == b.name, (label, b)
    assert article.start <= article.body_start <= article.end <= len(text)
    body = text[article.body_start:article.end]
    assert body.startswith(want["body_starts_with"]), (label, body[:40])
    assert body.endswith(want["body_ends_with"]), (label, body[-40:])


def _check_page_invariants(text: str, articles: list[Article]) -> None:
    last_end = 0
    for i, a in enumerate(articles):
        assert a.index == i
        assert last_end <= a.start < a.end <= len(text)
        assert text[a.start:a.end] == text[a.start:a.end].strip()
        last_end = a.end


# ---- the reference page, against the gold ------------------------------------------------------


def test_reference_page_has_the_gold_stories(corpus_dir):
    raw, gold = _load(corpus_dir)
    text = repair(raw).text
    articles = split_page(text)
    assert len(articles) == len(gold["articles"]) == 5
    _check_page_invariants(text, articles)
    for article, want in zip(articles, gold["articles"], strict=True):
        _check_article(text, article, want)


def test_reference_page_bylines_across_line_breaks(corpus_dir):
    raw, _ = _load(corpus_dir)
    assert "许珂 通\n\n讯员 王小云" in raw and "金明\n\n达" in raw  # broken in the input…
    articles = split_page(repair(raw).text)
    names = {(b.role, b.name) for a in articles for b in a.byline}
    # …and whole in the stories.
    assert {("全媒体记者", "许珂"), ("通讯员", "王小云"), ("全媒体记者", "金明达")} <= names


def test_reference_page_through_the_pipeline(corpus_dir):
    from analysis.pipeline import analyze

    raw, gold = _load(corpus_dir)
    result = analyze(raw, check=False)
    assert len(result.articles) == 5
    for article, want in zip(result.articles, gold["articles"], strict=True):
        _check_article(result.text, article, want)


def test_parse_story_agrees_with_split_page(corpus_dir):
    raw, _ = _load(corpus_dir)
    text = repair(raw).text
    for a in split_page(text):
        b = parse_story(text, a.start, a.end, a.index)
        assert b.to_json() == a.to_json()
        assert [(x.start, x.end) for x in b.byline] == [(x.start, x.end) for x in a.byline]


# ---- our own pages in other papers' styles ----------------------------------------------------


PAGE_NAMES = sorted(p.name.removesuffix(".expected.json") for p in PAGES.glob("*.expected.json"))


def test_there_are_enough_fixture_pages():
    assert len(PAGE_NAMES) >= 4


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_fixture_page(name):
    raw = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    want = json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))
    text = repair(raw).text
    articles = split_page(text)
    _check_page_invariants(text, articles)
    assert len(articles) == len(want["articles"]), [a.title_lines for a in articles]
    for article, expected in zip(articles, want["articles"], strict=True):
        _check_article(text, article, expected)
    for joined in want["joined"]:
        assert joined in text, joined
    lines = text.split("\n")
    for paragraph in want["paragraphs"]:
        assert paragraph in lines, paragraph


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_fixture_page_parse_story_agrees(name):
    text = repair((PAGES / f"{name}.txt").read_text(encoding="utf-8")).text
    for a in split_page(text):
        assert parse_story(text, a.start, a.end, a.index).to_json() == a.to_json()


def test_section_header_above_brief_items_is_in_no_story():
    text = repair((PAGES / "briefs.txt").read_text(encoding="utf-8")).text
    articles = split_page(text)
    assert text.startswith("简讯\n")
    assert articles[0].start == text.index("【")


def test_subhead_inside_a_dateline_story_does_not_split_it():
    text = repair((PAGES / "renmin_style.txt").read_text(encoding="utf-8")).text
    first = split_page(text)[0]
    assert "加强科技支撑" in text[first.body_start:first.end]


# ---- datelines ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "dateline"), [
    ("衡阳晚报讯 (全媒体记者 陈润)", "衡阳晚报讯"),
    ("本报讯（记者 张三）近日，", "本报讯"),
    ("本报北京1月4日电 记者王浩", "本报北京1月4日电"),
    ("本报长沙讯 近日，", "本报长沙讯"),
    ("新华社电 记者从国铁集团获悉", "新华社电"),
    ("新华社北京1月4日电（记者 张三、李四）", "新华社北京1月4日电"),
    ("新华社华盛顿1月3日电", "新华社华盛顿1月3日电"),
    ("中新网1月4日电 据报道，", "中新网1月4日电"),
    ("湖南日报讯（全媒体记者 欧阳晓）", "湖南日报讯"),
    ("■ 本报讯 记者 李四", "本报讯"),
])
def test_dateline_forms(line, dateline):
    m = starts_dateline(line)
    assert m is not None and m.group("dateline") == dateline


def test_weak_dateline_only_when_asked():
    assert starts_dateline("据新华社报道，1月4日") is None
    assert starts_dateline("据新华社报道，1月4日", weak=True).group("dateline") == "据新华社报道"
    assert starts_dateline("据了解，今年以来", weak=True) is None


@pytest.mark.parametrize("line", [
    "警方接到报讯后迅速出警。",  # …报讯 inside a sentence
    "会议指出，外贸是经济的重要组成部分。",
    "1月4日下午,市委书记刘越高主持召开会议。",
])
def test_body_text_is_no_dateline(line):
    assert starts_dateline(line) is None


def test_dateline_only_lines():
    assert dateline_only("衡阳晚报讯 (全媒体记者 陈润)")
    assert dateline_only("新华社北京1月4日电（记者 张三、李四）")
    assert not dateline_only("衡阳晚报讯 (全媒体记者 许珂 通讯员 王小云) 近日,水利部公布")


# ---- bylines -----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["全媒体记者", "记者", "本报记者", "通讯员", "实习生", "见习记者",
                                  "特约记者", "融媒体记者", "新华社记者", "首席记者"])
def test_byline_roles(role):
    text = f"本报讯（{role} 张三）正文。"
    a = parse_story(text, 0, len(text), 0)
    assert [(b.role, b.name) for b in a.byline] == [(role, "张三")]
    assert a.dateline == "本报讯"
    assert text[a.body_start:] == "正文。"


@pytest.mark.parametrize(("inner", "expected"), [
    ("记者 张三 李四", [("记者", "张三"), ("记者", "李四")]),
    ("记者 张三、李四 通讯员 王五", [("记者", "张三"), ("记者", "李四"), ("通讯员", "王五")]),
    ("全媒体记者　欧阳晓　通讯员　刘丽", [("全媒体记者", "欧阳晓"), ("通讯员", "刘丽")]),
    ("记者张三 实习生李四", [("记者", "张三"), ("实习生", "李四")]),
    ("记者 阿依古丽·买买提", [("记者", "阿依古丽·买买提")]),
])
def test_byline_names(inner, expected):
    got = parse_byline(inner, 0, len(inner))
    assert [(r, n) for r, n, _, _ in got] == expected
    for _, name, s, e in got:
        assert inner[s:e] == name


def test_not_a_byline():
    assert parse_byline("审议稿", 0, 3) is None
    assert parse_byline("记者从湖南高速集团获悉", 0, 11) is None


@pytest.mark.parametrize("brackets", ["()", "（）", "(）", "（)"])
def test_half_and_full_width_brackets(brackets):
    o, c = brackets
    text = f"衡阳晚报讯 {o}全媒体记者 许珂 通讯员 王小云{c} 近日,水利部公布了名单。"
    a = parse_story(text, 0, len(text), 0)
    assert [(b.role, b.name) for b in a.byline] == [("全媒体记者", "许珂"), ("通讯员", "王小云")]
    assert text[a.body_start:].startswith("近日,水利部")


def test_byline_broken_across_lines_is_joined_then_read():
    raw = "标题在这里\n\n本报讯（记者 张\n\n三 通讯员 李\n\n四）1月4日，会议召开。\n"
    text = repair(raw).text
    [a] = split_page(text)
    assert [(b.role, b.name) for b in a.byline] == [("记者", "张三"), ("通讯员", "李四")]
    assert a.title_lines == ["标题在这里"]


def test_bracketed_byline_with_no_dateline():
    text = "夜市烟火气回来了\n（记者 王芳）夜幕降临，夜市里人头攒动。"
    [a] = split_page(text)
    assert a.dateline is None
    assert [(b.role, b.name) for b in a.byline] == [("记者", "王芳")]
    assert text[a.body_start:].startswith("夜幕降临")


def test_byline_line_before_the_dateline():
    text = "标题一行\n本报记者 王浩 李晓晴\n本报北京1月5日电 当前正值春耕时节。"
    [a] = split_page(text)
    assert [(b.role, b.name) for b in a.byline] == [("本报记者", "王浩"), ("本报记者", "李晓晴")]
    assert a.dateline == "本报北京1月5日电"
    assert text[a.body_start:] == "当前正值春耕时节。"


def test_byline_on_the_line_after_the_dateline():
    text = "标题一行\n新华社北京1月4日电\n（记者 张三）国务院新闻办公室4日举行发布会。"
    [a] = split_page(text)
    assert a.dateline == "新华社北京1月4日电"
    assert [(b.role, b.name) for b in a.byline] == [("记者", "张三")]
    assert text[a.body_start:].startswith("国务院新闻办公室")


def test_unbracketed_byline_after_the_dateline():
    text = "本报讯 记者 张三 通讯员 李四 1月4日，会议召开。"
    a = parse_story(text, 0, len(text), 0)
    assert [(b.role, b.name) for b in a.byline] == [("记者", "张三"), ("通讯员", "李四")]
    assert text[a.body_start:] == "1月4日，会议召开。"


# ---- pages ---------------------------------------------------------------------------------------


def test_empty_page():
    assert split_page("") == []
    assert split_page("\n\n") == []


def test_body_with_no_title_and_no_dateline_is_one_story():
    text = "今天天气晴朗，气温回升。\n市民纷纷外出踏青。"
    [a] = split_page(text)
    assert (a.start, a.end, a.body_start, a.title_lines) == (0, len(text), 0, [])


def test_stories_with_no_dateline_split_at_title_blocks():
    text = ("春节假期出游人数创新高\n今年春节假期，全国国内旅游出游人次同比增长。\n"
            "冰雪旅游持续升温\n东北多地冰雪景区迎来客流高峰。")
    articles = split_page(text)
    assert [a.title_lines for a in articles] == [["春节假期出游人数创新高"], ["冰雪旅游持续升温"]]
    assert text[articles[1].body_start:articles[1].end] == "东北多地冰雪景区迎来客流高峰。"


def test_page_furniture_belongs_to_no_story():
    text = ("2023年1月5日 星期四\n标题一行\n本报讯 会议召开。\n责任编辑：张三")
    [a] = split_page(text)
    assert text[a.start:a.end] == "标题一行\n本报讯 会议召开。"


def test_helpers():
    assert ends_sentence("颜和平出席。")
    assert ends_sentence("“这是好事。”")
    assert ends_sentence("千家万户。（新华社记者 张扬）")
    assert not ends_sentence("分隔护栏防护能力 实现“升级”")
    assert not ends_sentence("落实意见(审议稿)")
    assert title_like("我市9部门联合行动——")
    assert not title_like("刘越高要求,要准确把握生态环境保护工作的着力重点。围绕污染防治狠")


def test_benchmark_script_runs_on_a_small_page():
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "bench/bench_read_split.py", "--mb", "0.05", "--repeat", "1"],
                            cwd=root, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert "MB/s" in result.stdout and "baseline" in result.stdout and "peak" in result.stdout


def test_brief_items_with_square_leads():
    text = ("新闻速递\n■市民中心春节照常开放\u3000春节期间，市民中心各窗口照常办公。\n"
            "■地铁2号线试运行\u3000本报讯 1月10日，地铁2号线开始空载试运行。")
    articles = split_page(text)
    assert [a.title_lines for a in articles] == [["市民中心春节照常开放"], ["地铁2号线试运行"]]
    assert [a.dateline for a in articles] == [None, "本报讯"]
    assert text[articles[1].body_start:].startswith("1月10日")


def test_photo_credit_is_not_a_new_story():
    text = ("标题一行\n本报讯（记者 张三）市民在公园里赏梅。\n本报记者 李四 摄\n游客络绎不绝，公园里十分热闹。")
    [a] = split_page(text)
    assert [(b.role, b.name) for b in a.byline] == [("记者", "张三")]


_VARIANTS = {
    "run together without blank lines": lambda raw: raw.replace("\n\n", "\n"),
    "CRLF line ends": lambda raw: raw.replace("\n", "\r\n"),
    "two blank lines": lambda raw: raw.replace("\n\n", "\n\n\n"),
    "no-break spaces": lambda raw: raw.replace(" ", "\u00a0"),
    "trailing spaces": lambda raw: raw.replace("\n", "  \n"),
    "zero-width space at a break": lambda raw: raw.replace("通\n\n讯员", "通\u200b\n\n讯员"),
}


@pytest.mark.parametrize("variant", sorted(_VARIANTS))
def test_reference_page_laid_out_differently(corpus_dir, variant):
    raw, gold = _load(corpus_dir)
    text = repair(_VARIANTS[variant](raw)).text
    articles = split_page(text)
    assert len(articles) == 5
    for article, want in zip(articles, gold["articles"], strict=True):
        _check_article(text, article, want)
    for word in ("通讯员", "金明达", "防重症", "重症患者", "改造工程", "污染防治狠抓攻坚", "全国绿色小水电",
                 "可灌溉", "收治工作", "涉医疗美容"):
        assert word in text, word
