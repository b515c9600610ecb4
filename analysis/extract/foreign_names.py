"""Transliterated and other foreign person names.

Han names are read as surname + given name (``people``); foreign names are not, so they are found
here from their shape and their place in the sentence: names joined by ``·`` or a hyphen
(莱昂内尔·梅西), a transliteration before a head-of-state title (普京总统) or after a title or
foreign role (美国总统拜登, 波兰选手斯瓦泰克), a run of transliteration characters between a role
and a verb or standing free between clause edges, a Chinese form glossed in Latin letters
(吉儿（Jill Biden）), runs of Tibetan and Mongolian name elements (次仁卓玛), and a Japanese surname
alone after the full name (安倍晋三 … 安倍说). Each ``find_…`` function adds its spans to
``accepted`` exactly as the loop it came from inside ``find_people`` did.
"""
from __future__ import annotations

import bisect
import functools
import re

from . import segmenter
from ._data import CJK, alternation, gazetteer, lines
from .name_common import (
    _LEFT_WORDS,
    _NAME_STOP,
    _OPENERS,
    _RIGHT_WEAK,
    _TRANSLIT_ANCHOR,
    ACCEPT,
    _verb_char,
)

_DOTS = "·・•‧-－‐‑"  # 勒布朗-詹姆斯: Hong Kong and Taiwan sports pages join with a hyphen
_HYPHENS = "-－‐‑"


def _trim_translit(text: str, a: int, b: int, wide, title_ends=frozenset(),
                   left_re=None, seg=None) -> tuple[int, int] | None:
    """Where a ·-name begins and ends (大使哈利勒·哈希米说 → 哈利勒·哈希米, 莱昂内尔·梅西).

    Both sides extend over transliteration characters; the left side stops at a title, the right
    side before a function character or before a dictionary word that starts there and leaves the
    transliteration (萨迪奥·马内在 keeps 马内; 罗纳尔多梅开二度 stops before 梅开二度). With jieba's
    cut (``seg``) a side also extends over characters outside the transliteration table when
    jieba reads them as an unknown word or a transliterated name (柳德米拉·萨姆索诺娃, 施特凡·科内柳斯),
    and the right side stops before a frequent word (詹姆斯|得到, 买买提|正).
    """
    first = min(text.find(d, a, b) for d in _DOTS if text.find(d, a, b) >= 0)
    last = max(text.rfind(d, a, b) for d in _DOTS)
    s = first
    while s > a and first - s < 8 and s not in title_ends \
            and not (left_re and left_re.search(text, max(0, s - 6), s)) and (
            text[s - 1] in _DOTS or (text[s - 1] not in _NAME_STOP
                                     and (text[s - 1] in wide or _unknown_piece(text, s - 1, seg)))):
        s -= 1
    e = last + 1
    while e < b and e - last < 8 and text[e] not in _NAME_STOP \
            and (text[e] in wide or _unknown_piece(text, e, seg, foreign_only=True)
                 or (seg is not None and e > last + 1 and not _verb_char(text[e]))):
        # (past the first character, any Han character that opens no word continues the name:
        # 兰迪·亨廷顿, 阿卜杜勒·穆哈里说)
        if e > last + 1 and (_leaves_name(text, e, b, wide) or _word_starts(text, e, seg)
                             or (text[e] not in wide and _dictionary_word_at(text, e))):
            break
        e += 1
    if s == first or e == last + 1:
        return None
    if any(text[i] in _HYPHENS for i in range(a, b)) and (first - s < 2 or e - last - 1 < 2
                                                          or any(text[i] not in wide and text[i] not in _DOTS
                                                                 for i in range(s, e))):
        return None  # 中-哈边境, 京-沪: a hyphen joins a name only between two transliterations

    return s, e


def _token_of(seg, i: int) -> tuple[int, int] | None:
    """jieba's token holding the character at ``i``."""
    if seg is None:
        return None
    return seg.token_at(i) or seg.covering(i)


def _unknown_piece(text: str, i: int, seg, foreign_only: bool = False) -> bool:
    """The character at ``i`` is part of a piece jieba does not know or reads as a foreign name.

    ``foreign_only``: only a foreign name — after a name jieba's guesses glue on the next verb
    (萨拉赫打进 is cut 萨拉|赫打|进一球), so unknown pieces there say nothing.
    """
    tok = _token_of(seg, i)
    if tok is None or tok[1] - tok[0] < 2 and not ("\u4e00" <= text[i] <= "\u9fff"):
        return False
    w = text[tok[0]:tok[1]]
    return ("\u3400" <= text[i] <= "\u9fff") and (segmenter.word_freq(w) == 0 and len(w) >= 2
                                                  and not foreign_only or segmenter.tag(w) == "nrt")


#: Adverbs that end a run of transliteration characters after a role (妻子马兰都是); not 才, which
#: ends many names (阿普才).
_RUN_STOP = frozenset("都也就还又再并却")


def _dictionary_word_at(text: str, i: int) -> bool:
    """A frequent dictionary word that is no foreign name starts at ``i`` (打进, 送出, 此前)."""
    for k in (2, 3, 4):
        w = text[i:i + k]
        if len(w) == k and segmenter.word_freq(w) >= 100 and segmenter.tag(w) != "nrt":
            return True
    return False


def _word_starts(text: str, i: int, seg) -> bool:
    """A frequent word of jieba's cut, not a foreign name, starts at ``i`` (得到, 正 as an adverb)."""
    tok = seg.token_at(i) if seg is not None else None
    if tok is None:
        return False
    w = text[tok[0]:tok[1]]
    tag = segmenter.tag(w)
    if tag == "nrt":
        return False
    if len(w) == 1:  # (里, 上 are transliteration characters as often as place words)
        if i + 1 >= len(text) or not re.match(f"[{CJK}]", text[i + 1]):
            return False  # 希瑟·诺尔特13日: a character before a digit or a mark opens no word
        return segmenter.word_freq(w) >= 5000 and tag[:1] in "vdpcu"
    return segmenter.word_freq(w) >= 100 and tag[:1] in "vdpcuatmfr"


_LEAVE_FREQ = {4: 1, 3: 20, 2: 100}  # an idiom (梅开二度) is rare in the dictionary and still a word


def _leaves_name(text: str, i: int, b: int, wide) -> bool:
    """A frequent word starts at ``i`` and runs out of the transliteration (梅开二度, 内在 is not)."""
    for k in (4, 3, 2):
        w = text[i:i + k]
        if len(w) == k and i + k <= b + 4 and w[1] not in _NAME_STOP \
                and not all(c in wide for c in w) and segmenter.word_freq(w) >= _LEAVE_FREQ[k]:
            return True
    return False


def find_dot_names(text: str, start: int, end: int, seg, dot_re, wide, title_ends, left_re,
                   accepted: dict, foreign_parts: dict) -> None:
    """莱昂内尔·梅西, 勒布朗-詹姆斯: names joined by ``·`` or a hyphen; the last part alone goes to
    ``foreign_parts`` (it names the same person further on)."""
    for m in dot_re.finditer(text, start, end):
        span = _trim_translit(text, m.start(), m.end(), wide, title_ends, left_re, seg)
        if span:
            accepted[span] = 20.0  # beats a Han reading of its first part (詹 + 姆斯)
            # 莱昂内尔·梅西 … 梅西: the last part alone names the same person further on.
            last = max(text.rfind(d, span[0], span[1]) for d in _DOTS) + 1
            if span[1] - last >= 2:
                foreign_parts[text[last:span[1]]] = 5.0


#: Titles a foreign name stands right before (拉马福萨总统, 普京总统).
_ANCHOR_AFTER = "总统 首相 总理 国务卿 国王 王储 女王 副总统 议长".split()


@functools.cache
def _anchor_after_re() -> re.Pattern:
    return re.compile(alternation(_ANCHOR_AFTER))


def find_before_head_titles(text: str, start: int, end: int, seg, translit_set, accepted: dict) -> None:
    """拉马福萨总统, 普京总统: a transliteration right before a head-of-state title."""
    for m in _anchor_after_re().finditer(text, start, end):
        # 与拉马福萨总统举行会谈, 同普京总统通电话: a transliteration right before a head-of-state
        # title, from a clean left edge (a function character, punctuation, a jieba boundary).
        t = m.start()
        s0 = t
        while s0 > start and t - s0 < 7 and text[s0 - 1] in translit_set \
                and text[s0 - 1] not in _NAME_STOP:
            s0 -= 1
        run = text[s0:t]
        if len(run) >= 2 and s0 in seg.bounds and segmenter.word_freq(run) < (50 if len(run) > 2 else 1) \
                and not segmenter.tag(run).startswith("ns") and run not in gazetteer("places.txt")[0]:
            accepted[(s0, t)] = max(accepted.get((s0, t), 0.0), 6.0 if len(run) >= 3 else 3.0)


def find_after_titles(text: str, start: int, end: int, seg, anchor_re, translit_re, accepted: dict) -> None:
    """美国总统拜登, 主席冯德莱恩: a run of transliteration characters right after a title."""
    for m in anchor_re.finditer(text, start, end):
        r = translit_re.match(text, m.end())
        if r is None:
            continue
        a, e = r.start(), min(r.end(), end)
        for i in range(e - 1, a + 1, -1):  # the last such word: 普通话 must not cut 特朗普
            if any(i + k > e and segmenter.word_freq(text[i:i + k]) >= _LEAVE_FREQ[k]
                   for k in (2, 3, 4) if i + k <= end):
                e = i  # 特朗普通话: the run stops before a word that runs out of it (通话)
                break
        if e - a >= 2 and segmenter.word_freq(text[a:e]) < 200:
            # 冯德莱恩 is longer than the Han reading 冯德莱: the run wins.
            accepted[(a, e)] = 9.0


#: Role words after which a foreign name stands (with its country before: 波兰选手, 西班牙球星).
_FOREIGN_ROLES = (_TRANSLIT_ANCHOR + "选手 球星 外援 主帅 边锋 中场 中卫 名将 网球 拳王 歌星 影星 作家 "
                  "首席执行官 总裁 创始人 外交官 特使 党首 领导人 种子 头号种子".split())


@functools.cache
def _wide_anchor_re() -> re.Pattern:
    return re.compile(f"(?:{alternation(_FOREIGN_ROLES)})(?=[{CJK}])")


def find_after_foreign_roles(text: str, start: int, end: int, seg, wide, accepted: dict) -> None:
    """波兰选手斯瓦泰克: a run of 3+ transliteration characters after a foreign role word."""
    wide_anchor_re = _wide_anchor_re()
    for m in wide_anchor_re.finditer(text, start, end):
        # 波兰选手斯瓦泰克, 西班牙球星阿尔卡拉斯: a run of 3+ transliteration characters after a
        # role word, cut before a function character or a word that leaves the transliteration.
        a = e = m.end()
        while e < end and e - a < 7 and text[e] in wide and text[e] not in _NAME_STOP:
            if e > a + 1 and _leaves_name(text, e, end, wide):
                break
            e += 1
        if e - a >= 3 and (segmenter.word_freq(text[a:e]) < 50 or segmenter.tag(text[a:e]) == "nrt") \
                and not segmenter.tag(text[a:e]).startswith("ns"):
            accepted[(a, e)] = max(accepted.get((a, e), 0.0), 9.0)  # (埃里克森 is in jieba as nrt)


@functools.cache
def _role_re() -> re.Pattern:
    return re.compile(f"(?:{alternation(_LEFT_WORDS)}) ?")


def _role_positions(text: str, start: int, end: int, title_ends) -> list[int]:
    """Positions right after a role word (牧民, 医生, 记者) or a title."""
    out = {m.end() for m in _role_re().finditer(text, start, end)}
    out |= {t for t in title_ends if start <= t < end}
    return sorted(out)


def _opens_word(text: str, p: int, e: int) -> bool:
    """A frequent dictionary word starts the run (记者座谈会上: 座谈会 is no name)."""
    return any(segmenter.word_freq(text[p:p + k]) >= 100 and not segmenter.tag(text[p:p + k]).startswith("nr")
               for k in range(2, e - p + 1))


def find_between_role_and_verb(text: str, start: int, end: int, seg, wide, title_ends, right_re,
                               accepted: dict) -> None:
    """牧民额尔德木图说: transliteration characters between a role (or a title) and a verb."""
    for p in _role_positions(text, start, end, title_ends):
        # 牧民额尔德木图说, 医生其其格介绍: transliteration characters between a role and a verb
        e = p
        while e < end and e - p < 6 and text[e] in wide and text[e] not in _NAME_STOP:
            if e > p + 1 and (_dictionary_word_at(text, e) or text[e] in _RUN_STOP):
                break  # 市长朱健多次强调, 妻子马兰都是: a word or function character ends the run
            e += 1
        if 2 <= e - p <= 5 and (e == end or text[e] in _OPENERS or text[e] in "的也" or text[e] in _RIGHT_WEAK
                                or right_re.match(text, e)) \
                and segmenter.word_freq(text[p:e]) < 50 \
                and not segmenter.tag(text[p:e]).startswith("ns") \
                and not _opens_word(text, p, e) \
                and not any((p, x) in accepted for x in range(e, p + 6)):
            # a longer run beats a Han reading of its start (夫人梅拉尼娅在: not 梅 + 拉尼)
            shorter = [accepted[(p, x)] for x in range(p + 2, e) if (p, x) in accepted]
            # (a run of four or more after a role — 女单冠军拉杜卡努 — beats 杜卡努 read from inside it)
            base = 5.0 if e - p >= 4 else 3.0
            accepted[(p, e)] = max([accepted.get((p, e), 0.0), base] + [sc + 0.1 for sc in shorter])


#: Two or more capitalised Latin words in brackets: a person's name glossed (not WHO, not 5G).
_LATIN_GLOSS = re.compile("(?<=[\u4e00-\u9fff])[（(] ?[A-Z][A-Za-zÀ-ÿ.'\\-]+(?: [A-Za-zÀ-ÿ.'\\-]+)* [A-Z][A-Za-zÀ-ÿ.'\\-]+ ?[）)]")
#: Last characters of organisations and places glossed the same way (彭博社, 联合国大学).
_ORG_LAST = frozenset("社会局院部司所厂队组署处府委党团校馆台报网城市省州县区镇村国宫堂寺楼园场港湾岛山河湖街路桥")


def _gloss_start(text: str, e: int, start: int, seg) -> int | None:
    """Where the Chinese name before a Latin gloss at ``e`` starts: 2–6 characters back, at a jieba
    boundary, over pieces that are unknown, foreign names or transliteration characters."""
    a = e
    while a > start and e - a < 6:
        tok = _token_of(seg, a - 1)
        if tok is None or tok[0] < start:
            break
        w = text[tok[0]:tok[1]]
        if not re.fullmatch(f"[{CJK}]+", w) or (segmenter.word_freq(w) >= 20 and segmenter.tag(w) != "nrt"
                                                and not segmenter.tag(w).startswith("nr")):
            break
        a = tok[0]
    return a if 2 <= e - a <= 6 else None


def find_latin_glossed(text: str, start: int, end: int, seg, accepted: dict) -> None:
    """第一夫人吉儿（Jill Biden）: a foreign name glossed in Latin letters right after it."""
    for m in _LATIN_GLOSS.finditer(text, start, end):
        # 第一夫人吉儿（Jill Biden）, 主持人利马（Daniela Lima）: a foreign name glossed in Latin
        # letters right after it; the Chinese form is the piece after the last word jieba knows.
        e = m.start()
        a = _gloss_start(text, e, start, seg)
        if a is not None and text[e - 1] not in _ORG_LAST:
            accepted[(a, e)] = max(accepted.get((a, e), 0.0), 7.0)


@functools.cache
def _minority_re() -> re.Pattern:
    return re.compile(f"(?:{alternation(lines('minority_name_parts.txt'))}){{1,3}}")


#: Characters before a free-standing transliterated name (让艾泽利, 由伊戈达拉, 与克雷桑).
_FREE_LEFT = frozenset("让被由与和及对向给把将同跟是")


def _verb_next(text: str, e: int, seg) -> bool:
    """A verb, adverb or preposition word of jieba's starts at ``e`` (伊戈达拉|替补)."""
    tok = seg.token_at(e)
    return tok is not None and segmenter.tag(text[tok[0]:tok[1]])[:1] in ("v", "d", "p")


def find_minority_names(text: str, start: int, end: int, seg, scorer, right_re, accepted: dict) -> None:
    """次仁卓玛, 乌云其木格: runs of Tibetan or Mongolian name elements in a name's place.

    ``scorer`` is the region's Han-name scorer (its left context bonus is reused).
    """
    for m in _minority_re().finditer(text, start, end):
        # 藏族姑娘次仁卓玛每天, 医生乌云其木格和护士那仁高娃: a run made only of elements of
        # Tibetan or Mongolian names, at jieba boundaries, with a clause edge, role or title
        # before and a clause edge, function character or verb after.
        a, e = m.span()
        if e - a >= 2 and (a in seg.bounds or e - a >= 4) and (e in seg.bounds or e - a >= 4) \
                and (a == start or text[a - 1] in _OPENERS or text[a - 1] in _FREE_LEFT
                     or scorer.left_bonus(a) >= 2.0) \
                and (e == end or text[e] in _OPENERS or text[e] in _RIGHT_WEAK or text[e] == "的"
                     or right_re.match(text, e) or _verb_next(text, e, seg)) \
                and text[a:e] not in gazetteer("places.txt")[0]:  # (jieba tags 乌云其木格 ns)
            # a full four-character name beats a Han reading of its second half (次仁|卓玛)
            accepted[(a, e)] = max(accepted.get((a, e), 0.0), 6.0 if e - a >= 4 else 3.0)


@functools.cache
def _free_translit_re() -> re.Pattern:
    return re.compile(f"[{re.escape(''.join(lines('translit_chars.txt')))}]{{3,6}}")


def _unknown_run(text: str, a: int, e: int, seg) -> bool:
    """The run is no dictionary word and jieba reads no frequent word inside it (only unknown
    pieces, single characters or transliterated names)."""
    run = text[a:e]
    freq = segmenter.word_freq(run)
    if freq >= 50 or (freq and not segmenter.tag(run).startswith("nr")):
        return False  # (a rare name jieba knows, 卡佩罗, passes; brands it tags nrt are dropped later)
    if a not in seg.bounds or e not in seg.bounds:
        return False
    i = bisect.bisect_left(seg.starts, a)
    while i < len(seg.starts) and seg.starts[i] < e:
        w = text[seg.starts[i]:seg.ends[i]]
        if len(w) >= 2 and segmenter.word_freq(w) >= 20 and segmenter.tag(w) != "nrt":
            return False
        i += 1
    return True


def find_free_translit(text: str, start: int, end: int, seg, right_re, accepted: dict) -> None:
    """让艾泽利首发出场: a free-standing run of transliteration characters jieba does not know."""
    for m in _free_translit_re().finditer(text, start, end):
        # 让艾泽利首发出场, 克雷桑单刀: a run of transliteration characters that jieba's dictionary
        # does not know, standing between clause edges, function characters or verbs.
        a, e = m.span()
        if text[a] in _FREE_LEFT and e - a > 3:
            a += 1  # 让伊戈达拉: 让 is also a transliteration character
        if (a == start or text[a - 1] in _OPENERS or text[a - 1] in _FREE_LEFT
                or text[a - 1] == "的" or text[a - 1].isascii()) \
                and (e == end or text[e] in _OPENERS or text[e] in _RIGHT_WEAK or text[e] == "的"
                     or right_re.match(text, e) or _verb_next(text, e, seg)) \
                and _unknown_run(text, a, e, seg):
            accepted[(a, e)] = max(accepted.get((a, e), 0.0), 3.0)


def find_before_speech(text: str, start: int, end: int, seg, right_re, translit_set, accepted: dict) -> None:
    """布林肯表示: a run of transliteration characters opening a sentence before a speech verb."""
    for m in right_re.finditer(text, start, end):
        # 布林肯表示, 阿尔巴尼斯说: a run of transliteration characters opening a sentence.
        e = m.start()
        s0 = e
        while s0 > start and text[s0 - 1] in translit_set and e - s0 < 7:
            s0 -= 1
        if e - s0 >= 3 and (s0 == start or text[s0 - 1] in _OPENERS) \
                and segmenter.word_freq(text[s0:e]) < 50:
            accepted[(s0, e)] = max(accepted.get((s0, e), 0.0), 4.0)


def _japanese_surnames_alone(text, regions, accepted, surnames, right_re, title_starts) -> None:
    """安倍晋三 … 安倍说: a Japanese surname alone after the full name is a later mention.

    Only where the surname ends a unit (a punctuation mark, a verb that follows names, a title or a
    function character next): 丰田章男 does not make 丰田汽车 a name.
    """
    first: dict[str, int] = {}
    for (a, b), sc in accepted.items():
        if b - a == 4 and sc >= ACCEPT and surnames.get(text[a:a + 2]) == 3:
            first[text[a:a + 2]] = min(first.get(text[a:a + 2], a), a)
    if not first:
        return
    pattern = re.compile(alternation(first))
    for start, end, _seg in regions:
        for m in pattern.finditer(text, start, end):
            a, b = m.span()
            if a <= first[m.group(0)] or (a, b) in accepted:
                continue
            if b >= end or text[b] in _OPENERS or text[b] in _RIGHT_WEAK or b in title_starts \
                    or right_re.match(text, b):
                accepted[(a, b)] = 1.0  # below any full name that overlaps it
