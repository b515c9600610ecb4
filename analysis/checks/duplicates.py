"""``text.duplicate``: accidentally doubled characters, words and marks (的的, 我们我们, ，，).

Chinese reduplicates on purpose (看看, 常常, 人人, 研究研究, 明明白白), so the rule works on
jieba words, not raw characters: 目的的 is 目的 + 的, 不了了之 is one word.  Doubling a
function word, a pronoun, a noun or a formal verb (进行进行) is suspicious; doubling an
action verb (讨论讨论), an adjective (雪白雪白), a numeral phrase (一个一个) or an
onomatopoeia is not.
"""
from __future__ import annotations

import functools
import re

from ..model import Analysis, Edit, Flag
from .base import CJK_RE, flag, paragraphs, quote, stories
from .messages import fix_label, msg

#: Single characters whose doubling is never intended (particles, prepositions, pronouns…).
FUNCTION_CHARS = set("的地得了着过在和与及或把被对从向往给跟同是将就也都并而且之其这那此该"
                     "我你他她它们吗呢吧于以为由因所要会能可不没很最更还再又已")
#: Two-character verbs that do not reduplicate (ABAB) in news copy.
FORMAL_VERBS = set("""进行 开展 实施 加强 推进 推动 落实 完成 实现 提高 建设 发展 召开 举行 表示 认为 指出
强调 要求 坚持 提升 做好 作出 做出 具有 成为 属于 存在 发生 出现 部署 开始 结束 参加 出席 主持 包括 通过
获得 取得 形成 确保 保障 促进 组织 印发 发布 公布 启动 完善 加快 深化 聚焦 围绕 开启 接受 提供 给予""".split())
#: Legitimate ABAB words jieba may tag as nouns.
REDUP_OK = set("""一个 一步 一天 一年 一次 一点 一下 哗啦 叮咚 扑通 呼啦 咕噜 滴答 哈哈 嘻嘻 呵呵
谢谢 拜拜 商量 讨论 研究 学习 休息 了解 考虑 锻炼 打扫 收拾 整理 体验 放松 思考 总结 交流 比较 介绍
检查 活动 散步 打听 琢磨 合计 溜达 准备 练习 分析 调查 体会 感受 尝试 试验 请教 表演 演示 操练
清理 打理 梳理 熟悉 沟通 运动 走动 参观 考察 观察 品尝 安慰 表扬 批评 教育 帮助 关心 照顾 认识 联系
打扮 收拾 欣赏 游览 玩耍 晒晒 雪白 通红 冰凉 笔直 漆黑 碧绿 蔚蓝 火红 金黄 乌黑 滚烫 冰冷 瓦蓝""".split())
SENTENCE_RE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]?")
#: A run of characters said twice in a row (的的, 我们我们, 监督监督): the only places to look.
CANDIDATE_RE = re.compile(r"([\u3400-\u9fff0-9]{1,8})\1")
PUNCT_DOUBLE_RE = re.compile(r"(?<![，。、；：！？])([，。、；：])\1(?![，。、；：！？])")


def _jieba():
    """The engine's shared jieba tokenizer (its cache in the app's folder, its log silenced)."""
    from ..extract.segmenter import tokenizer

    return tokenizer()


@functools.lru_cache(maxsize=4096)
def _pos(word: str) -> str:
    from ..extract.segmenter import pos_cut

    tags = [flag for _, flag in pos_cut(word)]
    return tags[0] if len(tags) == 1 else "x"


def _aabb(text: str, s: int, e: int) -> bool:
    """True when text[s:e] (XX) sits in an AABB pattern such as 实实在在 or 上上下下."""
    before = text[s - 2:s] if s >= 2 else ""
    after = text[e:e + 2]
    return (len(before) == 2 and before[0] == before[1]) or (len(after) == 2 and after[0] == after[1])


def _measure_rhythm(w: str, text: str, s: int) -> bool:
    """一X一X(地) and 一XX: a numeral with a measure word or noun said again for rhythm — 一锹一锹地,
    一针一线, 一步一步, 一点一点, 一口一口, 一遍遍, 一次次, 一个个, 一把把, 一所所 — never a slip."""
    if len(w) in (2, 3) and w[0] in "一每" and w[1] not in "的了是在和与":
        return True  # 一锹一锹, 一块田一块田
    return len(w) == 1 and text[s - 1:s] in ("一", "两", "每") and w not in "的了是在和与着过地得"


def _suspicious(words: list[str], text: str, s: int, e: int) -> bool:
    w = "".join(words)
    if any(c.isascii() and c.isdigit() for c in w):
        return len(w) >= 3 and bool(CJK_RE.search(w))  # 2023年2023年: a figure said twice
    if not CJK_RE.match(w[0]) or not all(CJK_RE.match(c) for c in w):
        return False
    if _measure_rhythm(w, text, s):
        return False
    if len(words) == 1 and len(w) == 1:
        if text[e:e + 1] == w or text[s - 1:s] == w:
            return False  # 对对对、是是是、不不不: said three times, on purpose
        return w in FUNCTION_CHARS and not _aabb(text, s, e)
    if len(words) == 1:
        if w in REDUP_OK:
            return False
        tag = _pos(w)
        # ABAB verbs and adjectives are a closed, colloquial set (REDUP_OK); in news copy any
        # other doubled verb (监督监督, 进行进行) is a slip
        return not (tag[:1] in ("z", "o", "y", "e", "m", "q", "d", "u") or tag == "x")
    if w[0] in "一两每":  # 一块田一块田地看, 一户农户一户农户地问: rhythm, not a slip
        return False
    tags = [_pos(x) for x in words]
    return not all(t[:1] in ("m", "q") for t in tags)


def check_duplicates(analysis: Analysis) -> list[Flag]:
    """One flag per doubled word or mark, with a certain fix (delete the second copy)."""
    text = analysis.text
    out: list[Flag] = []
    for story in stories(analysis):
        for plo, phi in paragraphs(text, story.start, story.end):
            # jieba is the slow part: only sentences with a repeated run of characters need it
            for m in SENTENCE_RE.finditer(text, plo, phi):
                if CANDIDATE_RE.search(text, m.start(), m.end()):
                    out.extend(_doubled_words(text, m.start(), m.end(), story.index))
            for m in PUNCT_DOUBLE_RE.finditer(text, plo, phi):
                s, e = m.span()
                out.append(flag("text.duplicate", "warning", story.index,
                                msg("text.duplicate", word=m.group(1), context=quote(text, s, e, 6)),
                                spans=[(s, e)],
                                fix=(*fix_label("delete", word=m.group(1)), [Edit(s + 1, e, "")])))
    return out


def _doubled_words(text: str, lo: int, hi: int, article: int | None) -> list[Flag]:
    out: list[Flag] = []
    toks = [(w, lo + a, lo + b) for w, a, b in _jieba().tokenize(text[lo:hi])]
    i = 0
    while i < len(toks):
        hit = None
        for n in (3, 2, 1):  # longest repeated run of n words first
            if i + 2 * n > len(toks):
                continue
            first, second = toks[i:i + n], toks[i + n:i + 2 * n]
            if [t[0] for t in first] != [t[0] for t in second]:
                continue
            s, e = first[0][1], second[-1][2]
            if _suspicious([t[0] for t in first], text, s, e):
                hit = (n, s, second[0][1], e)
                break
        if hit is None and i + 1 < len(toks):
            (a, _, ae), (b, bs, be) = toks[i], toks[i + 1]
            # 执法监督 + 监督: the doubled word hides inside the one before it
            if len(b) >= 2 and len(a) > len(b) and a.endswith(b) and _suspicious([b], text, bs, be):
                hit = (1, ae - len(b), bs, be)
        if hit is None:
            i += 1
            continue
        n, s, mid, e = hit
        word = text[s:mid]
        step = 2 * n if toks[i][0] == toks[i + n][0] else 2
        if n == 1 and len(word) > 1 and text[e:e + 1] in "，！,!…" and \
                text[s - 1:s] in "“‘：:" and _pos(word).startswith("n"):
            i += step  # “小度小度，…”: a call, said twice on purpose
            continue
        out.append(flag("text.duplicate", "warning", article,
                        msg("text.duplicate", word=word, context=quote(text, s, e, 6)),
                        spans=[(s, e)],
                        fix=(*fix_label("delete", word=word), [Edit(mid, e, "")])))
        i += step
    return out
