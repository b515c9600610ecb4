"""Person names from the company they keep: the set of accepted candidates as a whole.

Once ``people`` and ``foreign_names`` have scored candidates one by one, the functions here work on
all of them together: items of a list beside a found name (市领导赖馨正、于新凡、尹培国) and names
joined to one by 和/与/及 become names, runs of three or more list items of name shape are names,
a surname reading jieba does not know that repeats in the story is a name, a name found once is
found at every occurrence (and lexicon names everywhere); then names inside the title of a work or
inside a place or brand name are dropped, and overlapping candidates are resolved by score.
"""
from __future__ import annotations

import re

from . import segmenter
from ._data import CJK, alternation, gazetteer
from .name_common import _CREDIT_ROLES, ACCEPT, _function_surname

LIST_ACCEPT = 0.0  # score an item of a list beside a found name needs
LIST_RUN_ACCEPT = 0.0  # score each item of a run of three or more needs (see _name_lists)
CONJ_ACCEPT = 1.0  # score a candidate joined to a found name by 和/与/及 needs (they join any nouns)
_CONJ = frozenset("和与及")


def _grow_lists(text: str, accepted: dict, weak: dict, every: dict | None = None,
                seg_bounds=frozenset()) -> None:
    """Items of a list beside an accepted name become names when they are fair candidates.

    Items are joined by 、 (市领导赖馨正、于新凡) or, in bylines, by one space (记者 胡蓉 曾小林).
    An item with no surname (洛桑江村, 铁凝) is taken when names stand on both sides of it.
    """
    changed = True
    rounds = 0
    while changed and rounds < 20:
        changed = False
        rounds += 1
        ends = {b for (_a, b) in accepted}
        starts = {a for (a, _b) in accepted}
        for (a, b) in list(accepted):
            if b + 1 < len(text) and text[b] in "、 " and (text[b] == "、" or _byline_gap(text, b)):
                nxt = b + 1
                cand = weak.get(nxt)
                shaped = _list_item(text, nxt, every) if text[b] == "、" else None
                if shaped and shaped not in accepted:
                    # the whole item up to 、/等 beats a shorter reading of its start (张文平等出席)
                    rivals = [accepted[(shaped[0], y)] for y in range(shaped[0] + 1, shaped[1])
                              if (shaped[0], y) in accepted]
                    accepted[shaped] = max([ACCEPT] + [sc + 0.01 for sc in rivals])
                    changed = True
                elif cand and cand[1] >= LIST_ACCEPT and (nxt, cand[0]) not in accepted:
                    accepted[(nxt, cand[0])] = ACCEPT
                    changed = True
                elif text[b] == "、":
                    for n in (2, 3, 4):
                        e = nxt + n
                        if e < len(text) and text[e] == "、" and e + 1 in starts:
                            item = text[nxt:e]
                            if re.fullmatch(f"[{CJK}]+", item) and (nxt, e) not in accepted \
                                    and not any(nxt < x < e for x in ends | starts):
                                accepted[(nxt, e)] = ACCEPT
                                changed = True
                            break
            if b + 1 < len(text) and text[b] in _CONJ:
                # 王子铭和张稀哲的发挥: a fair candidate joined to a name by 和/与/及
                cand = weak.get(b + 1)
                if cand and cand[1] >= CONJ_ACCEPT and (b + 1, cand[0]) not in accepted \
                        and not any(b + 1 < x < cand[0] for x in ends | starts):
                    accepted[(b + 1, cand[0])] = ACCEPT
                    changed = True
            if a > 3 and text[a - 1] in _CONJ:
                # 李稀明和王子铭: the candidate before 和/与/及, when nothing found lies inside it
                changed |= _take_before(a, weak, accepted, CONJ_ACCEPT, ends | starts)
            if a > 3 and text[a - 1] == "、" and every:
                # 包括何方、童真: the item before, when it starts at a word boundary
                for n in (3, 2):
                    s0 = a - 1 - n
                    sc = every.get((s0, a - 1))
                    if sc is not None and sc >= _ITEM_ACCEPT and (s0, a - 1) not in accepted \
                            and s0 in seg_bounds and not any(s0 < x < a - 1 for x in ends | starts):
                        accepted[(s0, a - 1)] = ACCEPT
                        changed = True
                        break
            if a > 1 and text[a - 1] in "、 " and (text[a - 1] == "、" or _byline_gap(text, a - 1)):
                changed |= _take_before(a, weak, accepted, LIST_ACCEPT)


def _take_before(a: int, weak: dict, accepted: dict, threshold: float, found=None) -> bool:
    """Accept the best candidate ending right before the separator at ``a - 1`` (2–4 characters)
    when it scores ``threshold``; with ``found`` (starts and ends of accepted names), only when no
    found name starts or ends inside it. True when something was added."""
    changed = False
    for prev_start in (a - 5, a - 4, a - 3):
        cand = weak.get(prev_start)
        if cand and cand[0] == a - 1 and cand[1] >= threshold and (prev_start, a - 1) not in accepted \
                and (found is None or not any(prev_start < x < a - 1 for x in found)):
            accepted[(prev_start, a - 1)] = ACCEPT
            changed = True
    return changed


#: What ends an item of a 、-list of names (何方、童真、路平等人).
_ITEM_END = re.compile("、|等|和|及|与|，|,|。|；|;|）|\\)|出席|参加|$")
#: A surname-candidate reading of a whole list item needs at least this score (何方 is also "where").
_ITEM_ACCEPT = -3.0


def _list_item(text: str, a: int, every: dict | None) -> tuple[int, int] | None:
    """The whole item of a 、-list starting at ``a`` when it has the shape of a name.

    The item runs up to the next 、, 等, 和, comma or full stop; it is taken when it is 2–3
    characters and is read as surname + given name, even with a score too low on its own: beside a
    name in a list, 何方 and 路平 are names.
    """
    if not every:
        return None
    m = _ITEM_END.search(text, a + 2, min(len(text), a + 5) if a + 5 <= len(text) else len(text))
    if m is None:
        return None
    e = m.start()
    if not 2 <= e - a <= 3:
        return None
    sc = every.get((a, e))
    return (a, e) if sc is not None and sc >= _ITEM_ACCEPT else None


_LIST_RUN = re.compile(f"[{CJK}]{{2,3}}(?:、[{CJK}]{{2,3}}){{2,}}(?=[，,。；;：:、）)\\s等和与及]|$)")


def _name_lists(text: str, accepted: dict, every: dict) -> None:
    """姬鹏飞、王忍之、朱穆之: three or more short items, each a fair surname reading, are names.

    One item alone proves little (何方 is also "where"); a run of them with the shape of a list of
    people does, even when no item has context of its own.
    """
    for m in _LIST_RUN.finditer(text):
        items, pos = [], m.start()
        for item in m.group(0).split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        if m.start() > 0 and re.match(f"[{CJK}]", text[m.start() - 1]):
            items = items[1:]  # the first item's start is unknown (市领导赖馨正、…)
        if len(items) >= 3 and all(every.get(span, -99.0) >= LIST_RUN_ACCEPT for span in items):
            for span in items:
                accepted[span] = max(accepted.get(span, 0.0), ACCEPT)


#: Mean score the occurrences of a repeated out-of-dictionary candidate need (see _repeated).
REPEAT_ACCEPT = 0.5
_REPEAT_MIN = {3: 2, 2: 3}  # occurrences needed by length: a two-character string repeats by chance more


def _repeated(text: str, accepted: dict, every: dict, bounds, surnames) -> None:
    """何利彩 … 何利彩 … 何利彩: a surname reading jieba's dictionary does not know, repeated in the
    story, is a name even where no occurrence has context of its own (a word would be in the
    dictionary; a chance string does not repeat)."""
    groups: dict[str, list[tuple[int, int]]] = {}
    for (a, b), sc in every.items():
        if sc >= REPEAT_ACCEPT - 2.0:
            groups.setdefault(text[a:b], []).append((a, b))
    for name, spans in groups.items():
        if len(spans) < _REPEAT_MIN.get(len(name), 99) or segmenter.word_freq(name) \
                or surnames.get(name[0]) != 1 or name[:2] in surnames \
                or segmenter.tag(name[-1]).startswith("m") \
                or any(any(x < a < y or x < b < y for x, y in accepted) for a, b in spans):
            continue  # (a common word as surname, 金王; a numeral after a name, 孙杨六)
        if 2 * sum(a in bounds and b in bounds for a, b in spans) < len(spans):
            continue  # 韩国|候任: jieba cuts most occurrences elsewhere
        if sum(every[sp] for sp in spans) / len(spans) >= REPEAT_ACCEPT:
            for sp in spans:
                accepted[sp] = max(accepted.get(sp, 0.0), ACCEPT)


def _byline_gap(text: str, pos: int) -> bool:
    """A single space between two names on a byline line (记者 胡蓉 曾小林, 编辑：付波 熊哲)."""
    line_start = text.rfind("\n", 0, pos) + 1
    line = text[line_start:pos]
    return "记者" in line or "通讯员" in line or any(r + "：" in line or r + ":" in line for r in _CREDIT_ROLES)


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


def _propagate(text: str, regions, accepted: dict[tuple[int, int], float], lexicon_names,
               extra: dict[str, float] | None = None) -> None:
    """Every other occurrence of a found name on the page, and every lexicon name, join ``accepted``.

    An occurrence keeps the best score its name earned, so a propagated 阿尔巴尼斯 beats the weaker
    巴尼斯 read at that place; a lexicon name beats everything.
    """
    best: dict[str, float] = {}
    for (a, b), sc in accepted.items():
        if b - a >= 2 and sc >= ACCEPT:
            name = text[a:b]
            best[name] = max(best.get(name, 0.0), sc)
    for n, sc in (extra or {}).items():
        best[n] = max(best.get(n, 0.0), sc)
    for n in lexicon_names:
        if len(n) >= 2:
            best[n] = 100.0
    if not best:
        return
    pattern = re.compile(alternation(best))
    for start, end, _seg in regions:
        for m in pattern.finditer(text, start, end):
            a, b = m.start(), m.end()
            # 王丽 must not be read inside 王丽娟: the next character would continue the name.
            if b < end and (a, b) not in accepted and best[m.group(0)] < 100.0 \
                    and any((a, b2) in accepted for b2 in (b + 1, b + 2)):
                continue
            key = (a, b)
            accepted[key] = max(accepted.get(key, 0.0), best[m.group(0)] - 0.01)


def _drop_function_word_before_name(text: str, accepted: dict, surnames: dict[str, int]) -> None:
    """向琼瑶女士 where 琼瑶 is a name on the page: 向 is the preposition, not a surname."""
    names = {text[x:y]: sc for (x, y), sc in accepted.items() if y - x >= 2 and sc >= ACCEPT}
    for (a, b) in list(accepted):
        if b - a == 3 and text[a + 1:b] in names and _function_surname(text[a], surnames.get(text[a], 0)):
            del accepted[(a, b)]
            accepted[(a + 1, b)] = max(accepted.get((a + 1, b), 0.0), names[text[a + 1:b]])


_WORK_TITLE = re.compile("《[^》\n]{1,40}》")


def _world_places() -> tuple[frozenset[str], int]:
    return gazetteer("world_places.txt", "world_brands.txt")


def _china_places() -> tuple[frozenset[str], int]:
    return gazetteer("china_places.txt")


def _inside(text: str, a: int, b: int, names: tuple[frozenset[str], int]) -> tuple[int, int] | None:
    """The span of a listed name that holds ``text[a:b]``, if one does (a few set look-ups, not a
    regex of thousands of alternatives over the page)."""
    table, longest = names
    for x in range(max(0, a - longest + (b - a)), a + 1):
        for y in range(b, min(len(text), x + longest) + 1):
            if text[x:y] in table:
                return x, y
    return None


#: A person reading inside a Chinese place name needs at least this score to stay (a title before it).
_HOME_PLACE_KEEP = 5.0


def _listed_with_person(text: str, a: int, b: int, accepted: dict, places) -> bool:
    """A neighbour in a 、-list is a person that is no place itself (沙学军、卫东)."""
    def person(x: int, y: int) -> bool:
        return (x, y) in accepted and _inside(text, x, y, places) is None
    before = a > 0 and text[a - 1] == "、" and any(person(x, a - 1) for x in range(max(0, a - 6), a - 2))
    after = b < len(text) and text[b] == "、" and any(person(b + 1, y) for y in range(b + 3, b + 8))
    return before or after


def _drop_world_places(text: str, accepted: dict) -> None:
    """卢旺达, 赫尔辛(基), 南韩, 特斯拉: a span inside the name of a country, city or brand is no person.

    Only a span wholly inside a place goes; 马里奥 is longer than 马里 and stays. A verified name
    (score 100) always stays.
    """
    world, home = _world_places(), _china_places()
    for (a, b), sc in list(accepted.items()):
        if sc < 100.0 and _inside(text, a, b, world):
            del accepted[(a, b)]
        elif sc < _HOME_PLACE_KEEP and _inside(text, a, b, home) \
                and not _listed_with_person(text, a, b, accepted, home):
            del accepted[(a, b)]  # 许昌, 周口: but 商务部部长钟山 and 沙学军、卫东出席 stay


def _drop_in_work_titles(text: str, accepted: dict) -> None:
    """A name inside the title of a work (《穆桂英挂帅》, 《武则天》) names no person in the story."""
    inside = [m.span() for m in _WORK_TITLE.finditer(text)]
    if not inside:
        return
    for a, b in list(accepted):
        if any(x < a and b < y for x, y in inside):
            del accepted[(a, b)]
