"""Person names in Chinese news copy.

jieba's own name tags are not enough (it tags 文明, 蓝天, 弘扬 as names and cuts 刘越高 into
刘越 + 高), so names are found here from candidates and evidence:

1. Candidates: a surname (single or compound, ``data/surnames.txt``) and one or two given-name
   characters; transliterated names joined by ``·``; runs of transliteration characters right
   after a title (美国总统拜登); 某-forms of court copy (邹某, 周某平).
2. A score per candidate: how name-like the given characters are (``data/given_chars.tsv``,
   built from jieba's dictionary), whether the surname is also a common word start (高, 文, 于),
   whether the span cuts a real word of jieba's segmentation (高速, 提高), whether the span is
   itself a frequent word, and the context: a title, 记者 or 市领导 before; 说, 表示, 强调,
   同志, a title… after.
3. Lists: in ``市领导赖馨正、于新凡、尹培国`` every item beside a found name that is a fair
   candidate is a name.
4. Propagation: a name found once is found at every occurrence on the page; names a person
   verified (``Lexicon``) are always found.
"""
from __future__ import annotations

import functools
import math
import re

from ..model import Fact
from . import segmenter
from ._data import CJK, alternation, lines, table

ACCEPT = 2.6  # score a candidate needs on its own
LIST_ACCEPT = 0.0  # score an item of a list beside a found name needs

_LEFT_WORDS = (
    "记者 通讯员 摄影 摄 实习生 编辑 责编 作者 主持人 演员 导演 编剧 歌手 选手 球员 队员 运动员 门将 后卫 "
    "中场 前锋 市民 村民 居民 游客 老人 学生 患者 教师 老师 医生 护士 民警 辅警 法官 律师 被告人 犯罪嫌疑人 "
    "嫌疑人 原告 被告 当事人 同学 网友 工人 志愿者 员工 队长 领导 市领导 省领导 县领导 区领导 总书记 "
    "代表 委员 专家 人士 官员 技术员 护林员 调解员 裁判员 教练员 创始人 传承人 分析师 经济学家 "
    "首席 师傅 徒弟 儿子 女儿 父亲 母亲 妻子 丈夫 爷爷 奶奶 同事 队友 搭档 文/ 文 图/ 受害人 "
    "主任 校长 院长 局长 书记 经理 董事长 主席 会见 会晤 会同 陪同 感谢 告诉 邀请 和 与 同"
).split()
_RIGHT_WORDS = (
    "说 表示 指出 强调 介绍 认为 告诉 称 主持 出席 参加 会见 会晤 看望 慰问 调研 考察 视察 率队 带领 "
    "要求 提出 宣布 讲话 致辞 回忆 笑着 坦言 透露 建议 希望 同志 先生 女士 教授 一行 等人 等 发表 接受 "
    "解读 补充 分析 评价 感慨 指导 提醒 呼吁 敦促 主持召开 作 代表 说道 答 问 坦承 直言 表态 现场 "
    "则 也 还 和 向 对 在 是 已 将 曾 一边 告诉记者 带着 等同志 指挥 部署 听取 任 担任 获得 荣获 "
    "主任 书记 总书记 市长 局长 院长 校长 老师 医生 博士 教练 经理 董事长 主席 委员 "
).split()
_TRANSLIT_ANCHOR = ("总统 首相 总理 国务卿 秘书长 主席 大使 外长 部长 大臣 议长 国王 主教练 教练 "
                    "球员 前锋 后卫 门将 导演 演员 所长 院长 代表 员工 医生 学者 教授 发言人 "
                    "经理 领队 运动员 歌手 王储 副总统 副总理 副主席").split()


@functools.cache
def _tables():
    surnames: dict[str, int] = {}
    for line in lines("surnames.txt"):
        name, _, tier = line.partition("\t")
        surnames[name] = int(tier or 1)
    singles = "".join(s for s in surnames if len(s) == 1)
    compounds = [s for s in surnames if len(s) == 2]
    cand_re = re.compile(f"(?=({'|'.join(compounds)}|[{re.escape(singles)}]))")
    given = table("given_chars.tsv")
    stop = frozenset(lines("name_stoplist.txt"))
    translit = "".join(lines("translit_chars.txt"))
    left_re = re.compile(f"(?:{alternation(_LEFT_WORDS)}) ?$")
    right_re = re.compile(alternation(_RIGHT_WORDS))
    dot_re = re.compile(f"[{CJK}]{{1,10}}(?:[·・•‧][{CJK}]{{1,10}})+")
    translit_re = re.compile(f"[{re.escape(translit)}冯]{{2,7}}")
    translit_set = frozenset(translit + "冯")
    anchor_re = re.compile(f"(?:{alternation(_TRANSLIT_ANCHOR)})(?=[{re.escape(translit)}冯])")
    return (surnames, cand_re, given, stop, left_re, right_re, dot_re, translit_re, translit_set,
            anchor_re)


_NOT_GIVEN = frozenset("的了是在与及等说将对把被为从到向于也都就又还并而或个们这那其之所此该每各")


class _Scorer:
    """Scores surname candidates in one article (one jieba segmentation)."""

    def __init__(self, text: str, seg: segmenter.Segments, title_ends: set[int],
                 title_starts: set[int]):
        self.text, self.seg = text, seg
        self.title_ends, self.title_starts = title_ends, title_starts
        (self.surnames, _, self.given, self.stop, self.left_re, self.right_re, *_) = _tables()

    def cut_penalty(self, pos: int, weight: float) -> float:
        cov = self.seg.covering(pos)
        if cov is None:
            return 0.0
        freq = segmenter.word_freq(self.text[cov[0]:cov[1]])
        return -(0.7 + weight * math.log10(freq + 1))

    def left_bonus(self, p: int) -> float:
        text = self.text
        if p in self.title_ends or (p > 0 and text[p - 1] == " " and p - 1 in self.title_ends):
            return 3.0
        if self.left_re.search(text, max(0, p - 6), p):
            return 3.0
        if p > 0 and text[p - 1] == "、":
            return 0.5
        return 0.0

    def right_bonus(self, e: int) -> float:
        text = self.text
        if e >= len(text):
            return 0.3
        if e in self.title_starts:
            return 2.5
        if self.right_re.match(text, e):
            return 2.5
        ch = text[e]
        if ch == "、":
            return 1.0
        if ch in "，,。；;：:！？）)”\n ":
            return 0.3
        return 0.0

    def score(self, p: int, surname: str, n_given: int) -> float | None:
        """The evidence that text[p : p+len(surname)+n_given] is a name (None: impossible)."""
        text = self.text
        gs = p + len(surname)
        e = gs + n_given
        if e > len(text):
            return None
        given = text[gs:e]
        if any(c in _NOT_GIVEN or not ("\u3400" <= c <= "\u9fff" or ord(c) > 0xFFFF) for c in given):
            return None
        cand = text[p:e]
        if cand in self.stop:
            return None
        if given[0] == "某":  # 邹某, 刘某某, 周某平: anonymised names in court and police copy
            return 3.0 + self.right_bonus(e)
        sc = -1.5 if self.surnames[surname] == 2 else 0.0
        sc += sum(self.given.get(c, -2.0) for c in given)
        if n_given == 2:
            sc += 0.8
            gfreq = segmenter.word_freq(given)  # 向大家, 和敬意: the "given name" is a word
            if gfreq > 50:
                sc -= 0.6 * math.log10(gfreq)
        sc += self.cut_penalty(p, 1.0) + self.cut_penalty(e, 0.8)
        freq = segmenter.word_freq(cand)
        if freq:
            tag = segmenter.tag(cand)
            if not (tag.startswith("nr") and (len(cand) >= 3 or freq < 300)):
                sc -= 0.9 * math.log10(freq + 1)
            elif len(cand) >= 3:
                sc += 1.0
        return sc + self.left_bonus(p) + self.right_bonus(e)


def find_people(text: str, regions, titles: list[Fact], lexicon_names=()) -> list[Fact]:
    """Person facts in every region ``(start, end, segments)`` of the page.

    ``titles`` are the title facts already found (a name often stands right after or before one).
    """
    (surnames, cand_re, _g, _s, _l, _r, dot_re, translit_re, translit_set, anchor_re) = _tables()
    title_ends = {t.end for t in titles}
    title_starts = {t.start for t in titles}
    accepted: dict[tuple[int, int], float] = {}
    weak: dict[int, tuple[int, float]] = {}  # start -> (end, score) of every fair candidate
    for start, end, seg in regions:
        scorer = _Scorer(text, seg, title_ends, title_starts)
        for m in cand_re.finditer(text, start, end):
            p = m.start()
            best: tuple[float, int] | None = None
            for surname in _surnames_at(text, p, surnames):
                for n in (1, 2):
                    sc = scorer.score(p, surname, n)
                    if sc is not None and (best is None or sc > best[0]):
                        best = (sc, p + len(surname) + n)
            if best is None:
                continue
            weak[p] = (best[1], best[0])
            if best[0] >= ACCEPT:
                accepted[(p, best[1])] = best[0]
        for m in dot_re.finditer(text, start, end):
            span = _trim_translit(text, m.start(), m.end(), translit_set)
            if span:
                accepted[span] = 10.0
        for m in anchor_re.finditer(text, start, end):
            r = translit_re.match(text, m.end())
            if r and r.end() <= end and segmenter.word_freq(r.group(0)) < 200:
                # 冯德莱恩 is longer than the Han reading 冯德莱: the run wins.
                accepted[(r.start(), r.end())] = 5.0
    _grow_lists(text, accepted, weak)
    spans = _resolve(accepted)
    spans = _propagate(text, regions, spans, lexicon_names)
    return [Fact("", -1, "person", a, b, text[a:b], {"name": text[a:b]}) for a, b in spans]


def _surnames_at(text: str, p: int, surnames: dict[str, int]):
    two = text[p:p + 2]
    if two in surnames:
        yield two
    if text[p] in surnames:
        yield text[p]


def _trim_translit(text: str, a: int, b: int, translit_set) -> tuple[int, int] | None:
    """Cut the words glued before and after a ·-name (大使哈利勒·哈希米说 → 哈利勒·哈希米)."""
    dots = "·・•‧"
    first = min(text.find(d, a, b) for d in dots if text.find(d, a, b) >= 0)
    last = max(text.rfind(d, a, b) for d in dots)
    s = first
    while s > a and (text[s - 1] in translit_set or text[s - 1] in dots) and first - s < 8:
        s -= 1
    e = last + 1
    while e < b and text[e] in translit_set and e - last < 8:
        e += 1
    if s == first or e == last + 1:
        return None
    return s, e


def _grow_lists(text: str, accepted: dict, weak: dict) -> None:
    """Items of a 、 list beside an accepted name become names when they are fair candidates."""
    changed = True
    while changed:
        changed = False
        for (a, b) in list(accepted):
            nxt = b + 1
            if b < len(text) and text[b] == "、" and nxt in weak:
                e, sc = weak[nxt]
                if sc >= LIST_ACCEPT and (nxt, e) not in accepted:
                    accepted[(nxt, e)] = ACCEPT
                    changed = True
            if a > 1 and text[a - 1] == "、":
                for prev_start in (a - 5, a - 4, a - 3):
                    cand = weak.get(prev_start)
                    if cand and cand[0] == a - 1 and cand[1] >= LIST_ACCEPT \
                            and (prev_start, a - 1) not in accepted:
                        accepted[(prev_start, a - 1)] = ACCEPT
                        changed = True


def _resolve(accepted: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Overlapping candidates: the higher score wins (then the longer)."""
    chosen: list[tuple[int, int]] = []
    taken: set[int] = set()
    for (a, b), _sc in sorted(accepted.items(), key=lambda kv: (-kv[1], kv[0][0] - kv[0][1])):
        if any(i in taken for i in range(a, b)):
            continue
        chosen.append((a, b))
        taken.update(range(a, b))
    return sorted(chosen)


def _propagate(text: str, regions, spans: list[tuple[int, int]], lexicon_names) -> list[tuple[int, int]]:
    """Every later (or earlier) occurrence of a found name on the page, and every lexicon name."""
    names = {text[a:b] for a, b in spans if b - a >= 2}
    names.update(n for n in lexicon_names if len(n) >= 2)
    if not names:
        return spans
    taken: set[int] = set()
    for a, b in spans:
        taken.update(range(a, b))
    out = list(spans)
    pattern = re.compile(alternation(names))
    for start, end, _seg in regions:
        for m in pattern.finditer(text, start, end):
            a, b = m.start(), m.end()
            if any(i in taken for i in range(a, b)):
                continue
            out.append((a, b))
            taken.update(range(a, b))
    return sorted(out)
