"""Repairing the layout of copy as text extraction leaves it.

``repair(raw)`` joins what the column layout broke — words and names (``通\\n\\n讯员``,
``金明\\n\\n达``), title lines (``改\\n造``), paragraph halves separated by blank lines — and keeps
real paragraph ends and title lines.  The result is one paragraph per line, separated by a single
``\\n`` (blank lines, indentation and trailing spaces are layout, not content).

**Lossless.**  The repaired text holds exactly the non-layout characters of ``raw``, in order;
layout characters are whitespace (``str.isspace``) and the zero-width ones (U+200B–U+200D, U+2060,
U+FEFF).  ``Repaired.offsets[i]`` is the index in ``raw`` of repaired character ``i`` (for an
inserted separator, the raw layout character it stands for), so every span can be traced back.

Within a line: zero-width characters are dropped, a run of spaces, tabs or no-break spaces becomes
one space, and a run of ideographic spaces (U+3000, used to set off a dateline or a name) is kept as
it is; at the start and end of a paragraph all of them go.  Joined lines meet with no space, except
between two Latin letters (``New\\nYork`` → ``New York``).

**When a line break is a paragraph end.**  Decided break by break, from these signals (in order):
the next line opens with closing or continuing punctuation (join); a bracket is still open (join: a
byline ``(全媒体记者 金明\\n\\n达)``); the next line opens with a dateline, or this one is a
dateline/byline line (break); the page indents its paragraphs and the next line is indented
(break); this paragraph ends a sentence — 。！？… or such before a closing quote or bracket
(break, unless the page indents paragraphs and the next line is a plain continuation); a quote is
still open (join); the page separates paragraphs by blank lines and this break is a single newline
(join: ``改\\n造`` — but two title-like lines set close, 引题\\n主题, stay apart unless a word runs
across), or the page is hard-wrapped into columns and this line fills the column (join); this
paragraph is a title line — short, no sentence punctuation, at the top of
the page or below a paragraph that ended, a title or page furniture (break, unless a dictionary word
runs across the break: a title cut by the layout, or the first words of a paragraph cut by a column
break on a page whose stories carry datelines); otherwise the sentence goes on (join).
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .story_lines import (
    TITLE_MAX,
    byline_only,
    dateline_only,
    display_len,
    ends_sentence,
    is_furniture,
    item_lead,
    open_brackets,
    open_quote,
    starts_dateline,
    starts_enumerator,
    title_like,
)

#: Characters that carry no content: whitespace and the zero-width ones.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_LINE_BREAK = re.compile("\r\n|[\n\r\u2028\u2029\u0085\x0b\x0c\x1c\x1d\x1e]")
_INNER_LAYOUT = re.compile(rf"[^\S\n\r\u2028\u2029\u0085\x0b\x0c\x1c\x1d\x1e]+|[{ZERO_WIDTH}]+")
_CONTINUATION = set("，,、。．.！？!?；;：:）)】」』”’》〉%％‰…")


def is_layout(c: str) -> bool:
    """Whether a character is layout (whitespace or zero-width), not content."""
    return c.isspace() or c in ZERO_WIDTH


class OffsetMap(Sequence[int]):
    """``offsets[i]``: the raw index of repaired character ``i``; compact (one entry per run).

    ``offsets[len(text)]`` is not an index; use :meth:`raw_end` for span ends.
    """

    __slots__ = ("_rep", "_raw", "_len", "_raw_len")

    def __init__(self, rep_starts: array, raw_starts: array, length: int, raw_length: int) -> None:
        self._rep = rep_starts
        self._raw = raw_starts
        self._len = length
        self._raw_len = raw_length

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._len))]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("repaired offset out of range")
        k = bisect_right(self._rep, i) - 1
        return self._raw[k] + (i - self._rep[k])

    def __iter__(self) -> Iterator[int]:
        rep, raw = self._rep, self._raw
        for k in range(len(rep)):
            end = rep[k + 1] if k + 1 < len(rep) else self._len
            yield from range(raw[k], raw[k] + end - rep[k])

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span that repaired ``[start, end)`` came from (end exclusive)."""
        if start >= end:
            pos = self[start] if start < self._len else self._raw_len
            return pos, pos
        return self[start], self[end - 1] + 1

    def raw_end(self) -> int:
        return self._raw_len


@dataclass(slots=True)
class Repaired:
    """The repaired text and the map back to the raw input (see the module doc)."""

    text: str
    offsets: OffsetMap
    raw: str = ""

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.raw_span(start, end)


@dataclass(slots=True)
class _Seg:
    """One non-blank line of the raw text: content ``raw[start:end]`` (layout stripped)."""

    start: int
    end: int
    text: str
    gap: int  # line breaks before it (1: the line above; 2+: blank lines between)
    indented: bool
    width: float = 0.0  # display width of the line as printed, indentation included


class _Builder:
    """Accumulates the repaired text and its offset runs."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.rep = array("q")
        self.raw = array("q")
        self._next_raw = -1  # raw index that would extend the current run

    def _run(self, raw_pos: int) -> None:
        if raw_pos != self._next_raw:
            self.rep.append(self.length)
            self.raw.append(raw_pos)

    def copy(self, raw_text: str, start: int, end: int) -> None:
        if start >= end:
            return
        self._run(start)
        self.parts.append(raw_text[start:end])
        self.length += end - start
        self._next_raw = end

    def insert(self, s: str, raw_pos: int) -> None:
        """Characters standing for the layout at ``raw_pos`` (one raw index per character)."""
        for c in s:
            self._run(raw_pos)
            self.parts.append(c)
            self.length += 1
            self._next_raw = raw_pos + 1
            raw_pos += 1

    def put_content(self, raw_text: str, start: int, end: int) -> None:
        """``raw[start:end]`` (no layout at either end) with its inner layout normalised."""
        pos = start
        for m in _INNER_LAYOUT.finditer(raw_text, start, end):
            self.copy(raw_text, pos, m.start())
            run = m.group()
            kept = [(m.start() + k, c) for k, c in enumerate(run) if c not in ZERO_WIDTH]
            if kept:
                if all(c == "\u3000" for _, c in kept):
                    for raw_pos, c in kept:
                        self.insert(c, raw_pos)
                else:
                    self.insert(" ", kept[0][0])
            pos = m.end()
        self.copy(raw_text, pos, end)


def _segments(raw: str) -> list[_Seg]:
    segs: list[_Seg] = []
    gap = 0
    pos = 0
    n = len(raw)
    layout = " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
             "\u202f\u205f\u3000\x1f" + ZERO_WIDTH
    breaks = list(_LINE_BREAK.finditer(raw))
    for k in range(len(breaks) + 1):
        line_end = breaks[k].start() if k < len(breaks) else n
        line = raw[pos:line_end]
        stripped_left = line.lstrip(layout)
        if stripped_left:
            content = stripped_left.rstrip(layout)
            lead = len(line) - len(stripped_left)
            s = pos + lead
            lead_text = line[:lead]
            indented = "\u3000" in lead_text or "\t" in lead_text or lead_text.count(" ") + lead_text.count(
                "\u00a0") >= 2
            width = display_len(content) + display_len(lead_text.replace("\t", "    "))
            segs.append(_Seg(s, s + len(content), content, gap, indented, width))
            gap = 0
        if k < len(breaks):
            gap += 1
            pos = breaks[k].end()
    return segs


def repair(raw: str) -> Repaired:
    """Join what the layout broke, keep real paragraph ends; see the module doc."""
    segs = _segments(raw)
    builder = _Builder()
    if not segs:
        return Repaired("", OffsetMap(builder.rep, builder.raw, 0, len(raw)), raw)

    gaps = [s.gap for s in segs[1:]]
    blank_style = len(gaps) > 0 and sum(1 for g in gaps if g >= 2) >= max(1, len(gaps) // 2)
    n_indented = sum(1 for s in segs if s.indented)
    indent_style = n_indented >= 2 and n_indented >= 0.2 * len(segs) and n_indented < len(segs)

    wrap = None if blank_style else _wrap_width(segs)
    datelines = any(starts_dateline(s.text) for s in segs)

    paragraphs = _decide(segs, blank_style, indent_style, wrap, datelines)

    first = True
    for para in paragraphs:
        if not first:
            builder.insert("\n", para[0].start - 1 if para[0].start > 0 else 0)
        first = False
        prev: _Seg | None = None
        for seg in para:
            if prev is not None:
                a, b = prev.text[-1], seg.text[0]
                if a.isascii() and a.isalpha() and b.isascii() and b.isalpha():
                    builder.insert(" ", prev.end)
            builder.put_content(raw, seg.start, seg.end)
            prev = seg
    # The "\n" between paragraphs stands for the line break just before the next paragraph.
    text = "".join(builder.parts)
    return Repaired(text, OffsetMap(builder.rep, builder.raw, builder.length, len(raw)), raw)


def _wrap_width(segs: list[_Seg]) -> float | None:
    """The column width of a page hard-wrapped into short lines, or None.

    A wrapped page has many lines of one width (full lines) and hardly any wider: the width that
    at least 35% of the lines reach (within one cell), with 90% of the lines no wider than it.
    """
    if len(segs) < 8:
        return None
    counts: dict[int, int] = {}
    for seg in segs:
        counts[round(seg.width)] = counts.get(round(seg.width), 0) + 1
    n = len(segs)
    for width in sorted(counts, key=lambda w: (-counts[w], -w))[:3]:
        if width < 6 or width > 60:
            continue
        full = counts.get(width, 0) + counts.get(width - 1, 0) + counts.get(width + 1, 0)
        narrower = sum(c for w, c in counts.items() if w <= width + 1)
        if full >= 0.35 * n and narrower >= 0.9 * n:
            return float(width)
    return None


def _decide(segs: list[_Seg], blank_style: bool, indent_style: bool,
            wrap: float | None = None, datelines: bool = False) -> list[list[_Seg]]:
    """Group the segments into paragraphs (see the module doc for the order of the signals)."""
    paragraphs: list[list[_Seg]] = []
    cur: list[_Seg] = [segs[0]]
    cur_text = segs[0].text
    prev_kind: str | None = None  # kind of the paragraph before ``cur``: None at the top of the page

    def kind_of(text: str, context_ok: bool) -> str:
        if dateline_only(text) or byline_only(text):
            return "dateline"
        if is_furniture(text):
            return "furniture"
        if context_ok and title_like(text):
            return "title"
        if ends_sentence(text):
            return "ended"
        return "open"

    for seg in segs[1:]:
        title_context = prev_kind in (None, "ended", "title", "furniture")
        join = _join(cur_text, seg, prev_kind, title_context, blank_style, indent_style,
                     wrap is not None and cur[-1].width >= wrap - 1, datelines)
        if join:
            cur.append(seg)
            cur_text += seg.text
        else:
            paragraphs.append(cur)
            prev_kind = kind_of(cur_text, title_context)
            cur = [seg]
            cur_text = seg.text
    paragraphs.append(cur)
    return paragraphs


def _join(p: str, seg: _Seg, prev_kind: str | None, title_context: bool, blank_style: bool,
          indent_style: bool, full_line: bool = False, datelines: bool = False) -> bool:
    n = seg.text
    # 1. The next line opens with punctuation that closes or continues: it cannot start anything.
    if n[0] in _CONTINUATION:
        return True
    # 2. A bracket left open: (全媒体记者 金明 | 达)
    if open_brackets(p) and not starts_dateline(n):
        return True
    # 3. Structure: a dateline, a byline line, an item of brief news, page furniture.
    if starts_dateline(n) or byline_only(n) or item_lead(n) or is_furniture(n):
        return False
    if dateline_only(p) or byline_only(p) or is_furniture(p):
        return False
    # 4. An indented line starts a paragraph where the page indents its paragraphs.
    if indent_style and seg.indented:
        return False
    # 5. A finished sentence ends the paragraph, unless the page shows the next line goes on.
    if ends_sentence(p):
        return indent_style and not title_like(n) and not starts_enumerator(n)
    if p.endswith(("；", ";", "：", ":")) and starts_enumerator(n):
        return False
    # 6. An open quote goes on: 成功创建“全国绿 | 色小水电示范电站”。
    if open_quote(p):
        return True
    # 7. A single newline where the page separates paragraphs by blank lines is a wrapped line; so
    # is a line that fills the column on a page hard-wrapped into short lines.
    if (blank_style and seg.gap == 1) or full_line:
        if blank_style and not full_line and title_context and title_like(p) and title_like(n):
            # Title lines set close together (引题\n主题) stay apart unless a word runs across.
            return _title_goes_on(p, n)
        return True
    # 8. A title line keeps its own line; anything else that did not end goes on.  On a page with no
    # blank lines a title broken by the layout (护栏改 | 造工程) looks like two title lines: there a
    # word of the dictionary across the break (改造) says it is one.
    if title_context and title_like(p):
        if title_like(n):
            return not blank_style and _title_goes_on(p, n)
        # One short line after a finished paragraph, then body text: on a page whose stories carry
        # datelines that is a subhead or the first words of a paragraph cut by a column break;
        # a word running across the break (完 | 工后) tells the cut.
        return datelines and prev_kind == "ended" and _word_across(p, n)
    return True


def _title_goes_on(p: str, n: str) -> bool:
    """Two short lines at a title's place: one title broken by the layout (护栏改 | 造工程)?"""
    return display_len(p) + display_len(n) <= TITLE_MAX and _word_across(p, n)


def _word_across(left: str, right: str) -> bool:
    """Whether jieba (dictionary only, no HMM) cuts a word across ``left|right``."""
    a, b = left[-6:], right[:6]
    if not (a and b and _is_han(a[-1]) and _is_han(b[0])):
        return False
    from .extract.segmenter import tokenizer  # jieba, loaded once with the app's cache folder

    pos = 0
    for token in tokenizer().cut(a + b, HMM=False):
        end = pos + len(token)
        if pos < len(a) < end:
            return True
        pos = end
    return False




def _is_han(c: str) -> bool:
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x3134F
