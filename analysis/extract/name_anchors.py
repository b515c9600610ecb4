"""Person names found by where they stand, not by their surname.

Three places name a person whatever the characters are: a list of well-known public figures
(``data/world_figures.txt``: 普京, 泽连斯基 — jieba tags 普京 as a place); a football line-up
(``1-侯森、3-于洋、5-梅米舍维奇``: shirt numbers before names); and a span between a role word and a
strong word after a name (作家琼瑶女士, 作家西西逝世), which catches pen names and names without a
surname reading. Each ``find_…`` adds to ``accepted`` like the other finders.
"""
from __future__ import annotations

import functools
import re

from . import segmenter
from ._data import CJK, alternation, lines

#: Score of a listed public figure: above any ordinary reading, below a verified name (100).
FIGURE_SCORE = 8.0


@functools.cache
def _figures_re() -> re.Pattern:
    return re.compile(alternation(lines("world_figures.txt")))


def find_known_figures(text: str, start: int, end: int, seg, accepted: dict) -> None:
    """普京, 泽连斯基: a listed public figure that starts on a jieba word boundary and does not run
    into a frequent word (普京在 may be cut 普京|在 or glued; 普京城 would not be him)."""
    for m in _figures_re().finditer(text, start, end):
        a, b = m.span()
        if seg.covering(a) is not None:
            continue
        cov = seg.covering(b)
        if cov is not None and segmenter.word_freq(text[cov[0]:cov[1]]) >= 100:
            continue
        accepted[(a, b)] = max(accepted.get((a, b), 0.0), FIGURE_SCORE)


#: A shirt number and a name in a line-up: 1-侯森、3-于洋 (a hyphen or a full-width one).
_LINEUP_ITEM = re.compile(f"(?<![0-9A-Za-z])([0-9]{{1,2}})[-－]([{CJK}·]{{2,8}})(?=[、，,；;。\\s（(]|$)")


def find_lineup_names(text: str, start: int, end: int, seg, accepted: dict) -> None:
    """1-侯森、3-于洋、5-梅米舍维奇: three or more numbered items on one line are players."""
    line_start = start
    while line_start < end:
        line_end = text.find("\n", line_start, end)
        line_end = end if line_end < 0 else line_end
        items = [m.span(2) for m in _LINEUP_ITEM.finditer(text, line_start, line_end)]
        if len(items) >= 3:
            for span in items:
                accepted[span] = max(accepted.get(span, 0.0), 6.0)
        line_start = line_end + 1


#: Words after a name that nothing else is followed by so directly (琼瑶女士, 西西逝世, 万里同志).
_STRONG_RIGHT = re.compile("女士|先生|同志|逝世|去世|离世|病逝|辞世")


def find_between_role_and_strong_word(text: str, start: int, end: int, seg, left_re,
                                      accepted: dict) -> None:
    """作家琼瑶女士, 香港作家西西逝世: two or three characters between a role word and a strong
    word after a name, on jieba's word boundaries, that are no frequent word, are a name even
    without a surname reading."""
    for m in _STRONG_RIGHT.finditer(text, start, end):
        b = m.start()
        for n in (3, 2):
            a = b - n
            if a <= start or a not in seg.bounds or b not in seg.bounds:
                continue
            if not left_re.search(text, max(start, a - 6), a):
                continue
            run = text[a:b]
            if not re.fullmatch(f"[{CJK}]+", run):
                continue
            freq, tag = segmenter.word_freq(run), segmenter.tag(run)
            if freq >= 50 and not tag.startswith("nr"):
                continue
            accepted[(a, b)] = max(accepted.get((a, b), 0.0), 3.0)
            break
