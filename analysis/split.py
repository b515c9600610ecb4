"""Splitting a page of repaired copy into stories.

``split_page(text)`` returns the page's :class:`~analysis.model.Article` list; ``parse_story(text,
start, end, index)`` reads one story's title lines, dateline, byline and body start.  ``text`` is
the repaired text (one paragraph per line, see :mod:`analysis.repair`), and every offset is into it.

How a page is read (general news copy, not one paper):

* A story is ``[title lines] [byline line] [dateline (byline)] body``.  Title lines (引题, 主题,
  副题: one to three) are short lines that do not end a sentence.
* A **dateline** opens the body: ``衡阳晚报讯``, ``本报讯``, ``本报北京1月4日电``, ``××日报讯``,
  ``新华社电``, ``新华社北京1月4日电``, ``中新网1月4日电``, ``据新华社报道``…  It may be followed by a
  byline in half- or full-width brackets: ``(全媒体记者 许珂 通讯员 王小云)``,
  ``（记者 张三、李四）``.  A body may also open on a bare bracketed byline ``（记者 张三）``.
* A byline may stand on its own line between title and body (``本报记者 王浩``), or close the story
  (``……。（记者 张三）``).
* Stories start at each dateline (with the title lines just above it), at a block of title lines
  followed by body text (stories with no dateline), and at each item of a page of brief items
  (``【标题】正文`` or ``■标题　正文``).  A single title-like line inside a story that has a dateline
  is a subhead, not a new story.
* Page furniture (``责任编辑：…``, ``第2版``, ``2023年1月5日 星期四``) belongs to no story.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Article, Byline

# --------------------------------------------------------------------------------------------
# Patterns shared with analysis.repair

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_DATE = rf"{_NUM}月{_NUM}日"
_MARK = "■□●○◆◇▲△★☆▼▽◎※"
_LEAD_IN = rf"[{_MARK}\s]*"

#: Sentence ends (a closing quote or bracket after one still ends the sentence).
_TERMINATORS = "。！？!?…"
_CLOSERS = "”’」』》〉\"')）】]〕"

_AGENCIES = ("新华社|中新社|中通社|人民网|新华网|中新网|中国新闻网|央视网|央广网|光明网|国际在线|"
             "环球网|澎湃新闻|央视新闻|新京报|中国日报网")
_SOURCE = rf"[{_HAN}]{{2,10}}?(?:日报|晚报|早报|晨报|都市报|商报|时报|报|网|台|社|时刻|客户端|新闻|融媒体中心)"
_AFTER = r"(?=[\s（(【:：,，]|$)"

#: A strong dateline: the paper's own (本报…讯), a named agency's, or any "××报讯".
_DATELINE_STRONG = re.compile(
    rf"{_LEAD_IN}(?P<dateline>"
    rf"本报(?:[{_HAN}]{{1,8}}?(?:{_DATE})?|{_DATE})?[讯电]"
    rf"|(?:{_AGENCIES})(?:[{_HAN}]{{0,8}}?{_DATE})?(?:电|讯|消息)"
    rf"|{_SOURCE}(?:[{_HAN}]{{0,8}}?{_DATE})?讯{_AFTER}"
    rf"|{_SOURCE}[{_HAN}]{{0,8}}?{_DATE}电{_AFTER}"
    rf")"
)
#: A weak dateline: attribution that opens a sentence (据新华社报道，…); only at a story's start.
_DATELINE_WEAK = re.compile(rf"{_LEAD_IN}(?P<dateline>据[{_HAN}A-Za-z]{{2,14}}?(?:报道|消息|电))(?=[\s，,：:])")

_ROLE = re.compile(
    rf"(?:(?:本报|本台|本刊|新华社|中新社|人民日报|央视)?"
    rf"(?:全媒体|融媒体|首席|见习|特约|实习|摄影|驻[{_HAN}]{{1,4}}?)?记者"
    rf"|(?:本报|本刊)?(?:特约)?通讯员|实习生|(?:本报)?评论员|摄影|撰稿|整理)"
)
_ROLE_HINT = re.compile("记者|通讯员|实习生|评论员|摄影|撰稿|整理")
_NAME = re.compile(rf"[{_HAN}]{{2,4}}|[{_HAN}]{{1,6}}[·•][{_HAN}]{{1,8}}")
_BYLINE_SEP = re.compile(r"[\s\u3000、，,；;/]+")
_BYLINE_TAIL = {"报道", "摄", "文", "图", "文/图", "摄影报道", "整理", "撰文"}

_OPEN_BRACKETS = "（("
_CLOSE_BRACKETS = "）)"
_BRACKET_CHARS = re.compile(r"[（()）]")
_BRACKETED = re.compile(r"[（(](?P<inner>[^（()）\n]{1,60})[）)]")

#: An item of a page of brief items: 【标题】正文, ■标题　正文.
_ITEM = re.compile(
    rf"[{_MARK}\s]*【(?P<lead>[^】\n]{{2,40}})】\s*(?=\S)"
    rf"|[{_MARK}]\s*(?P<lead2>[^\s，,。；;：:]{{2,30}})[\s\u3000]+(?=\S)"
)

_ENUMERATOR = re.compile(
    rf"[{_MARK}\s]*(?:[一二三四五六七八九十]{{1,3}}[、是]|[（(][一二三四五六七八九十\d]{{1,3}}[）)]"
    r"|\d{1,2}[、.．](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩]|第[一二三四五六七八九十]{1,3}[，,、是])"
)

_FURNITURE = re.compile(
    r"\s*(?:(?:责任编辑|责编|本版编辑|本版责编|编辑|美编|美术编辑|版式|版式设计|校对|组版|审读|值班编委|"
    r"值班主任|统筹)\s*[:：]|第\s*[\dA-Z]{1,3}\s*版\s*$|[A-Z]\d{1,2}\s*版?\s*$)"
)
_PAGE_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,6}?(?:星期|周)[一二三四五六日天]")

#: Title lines are rarely longer than this (in characters, Latin letters and digits count half).
TITLE_MAX = 40


def starts_dateline(line: str, weak: bool = False) -> re.Match | None:
    """The dateline that opens ``line`` (``衡阳晚报讯``, ``新华社北京1月4日电``…), if any."""
    m = _DATELINE_STRONG.match(line)
    if m is None and weak:
        m = _DATELINE_WEAK.match(line)
    return m


def bracket_byline_at(line: str, pos: int = 0) -> tuple[int, list[tuple[str, str, int, int]]] | None:
    """A bracketed byline ``(全媒体记者 陈润)`` at ``pos`` (after spaces): (end, [(role, name, s, e)])."""
    while pos < len(line) and line[pos] in " \t\u3000":
        pos += 1
    if pos >= len(line) or line[pos] not in _OPEN_BRACKETS:
        return None
    m = _BRACKETED.match(line, pos)
    if m is None:
        return None
    names = parse_byline(line, m.start("inner"), m.end("inner"))
    if not names:
        return None
    return m.end(), names


def parse_byline(text: str, start: int, end: int) -> list[tuple[str, str, int, int]] | None:
    """Role/name pairs of ``text[start:end]`` (``全媒体记者 许珂 通讯员 王小云``), or None when the
    span is not a byline.  Offsets of each name are into ``text``."""
    result: list[tuple[str, str, int, int]] = []
    role: str | None = None
    pos = start
    for sep in [*_BYLINE_SEP.finditer(text, start, end), None]:
        tok_end = sep.start() if sep is not None else end
        tok_start = pos
        pos = sep.end() if sep is not None else end
        if tok_start >= tok_end:
            continue
        token = text[tok_start:tok_end]
        m = _ROLE.match(token)
        if m:
            role = m.group()
            rest = token[m.end():]
            if rest:
                if not _NAME.fullmatch(rest):
                    return None
                result.append((role, rest, tok_start + m.end(), tok_end))
            continue
        if token in _BYLINE_TAIL and result:
            continue
        if role is not None and _NAME.fullmatch(token):
            result.append((role, token, tok_start, tok_end))
            continue
        return None
    return result or None


def byline_only(line: str) -> list[tuple[str, str, int, int]] | None:
    """A line that is nothing but a byline (``本报记者 王浩 李四``, ``（记者 张三）``)."""
    s = line.strip()
    if not s or len(s) > 60 or _ROLE_HINT.search(s) is None:
        return None
    lead = len(line) - len(line.lstrip())
    found = bracket_byline_at(line, lead)
    if found is not None:
        return found[1] if not line[found[0]:].strip() else None
    offset = lead + (len(line[lead:]) - len(line[lead:].lstrip(_MARK)))
    return parse_byline(line, offset, len(line.rstrip()))


def dateline_only(line: str) -> bool:
    """A line that holds a dateline and perhaps a byline, and no body text."""
    m = starts_dateline(line)
    if m is None:
        return False
    rest = line[m.end():]
    if not rest.strip():
        return True
    found = bracket_byline_at(line, m.end())
    if found is not None:
        return not line[found[0]:].strip()
    return parse_byline(line, m.end() + (len(rest) - len(rest.lstrip())), len(line.rstrip())) is not None


def item_lead(line: str) -> re.Match | None:
    """``【标题】正文`` / ``■标题　正文``: the lead of an item of brief news, if the line is one."""
    m = _ITEM.match(line)
    if m is None:
        return None
    lead = m.group("lead") or m.group("lead2") or ""
    if any(c in lead for c in "。！？"):
        return None
    return m


def starts_enumerator(line: str) -> bool:
    return _ENUMERATOR.match(line) is not None


def is_furniture(line: str) -> bool:
    """Page furniture: editor credits, page numbers, a running date line."""
    s = line.strip()
    if not s or len(s) > 60:
        return False
    if _FURNITURE.match(s):
        return True
    return bool(_PAGE_DATE.search(s)) and not ends_sentence(s) and len(s) <= 40


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends a sentence: 。！？… (or ？” 。）…), or a closing byline/(完)."""
    s = line.rstrip()
    if not s:
        return False
    last = s[-1]
    if last in _TERMINATORS:
        return True
    if last == "." and len(s) > 1 and _is_han(s[-2]):
        return True
    if last in "）)":
        opener = max(s.rfind("（"), s.rfind("("))
        if opener < 0:
            return False
        inner = s[opener + 1:-1].strip()
        if inner in ("完", "全文完", "待续", "未完待续", "续完") or parse_byline(inner, 0, len(inner)):
            return True
        before = s[:opener].rstrip()
        return bool(before) and (before[-1] in _TERMINATORS or before[-1] in "”’」』")
    if last in "”’」』\"'":
        before = s[:-1].rstrip()
        return bool(before) and before[-1] in _TERMINATORS
    return False


def open_brackets(line: str) -> int:
    """Round brackets opened and not closed in ``line`` (never negative)."""
    if "(" not in line and "（" not in line:
        return 0
    depth = 0
    for c in _BRACKET_CHARS.findall(line):
        if c in "（(":
            depth += 1
        elif depth:
            depth -= 1
    return depth


def open_quote(line: str) -> bool:
    """A “ or 「 opened and not closed by the end of ``line``."""
    return line.rfind("“") > line.rfind("”") or line.rfind("「") > line.rfind("」")


def display_len(s: str) -> float:
    """Length with ASCII letters, digits and spaces counting half (they take half a cell)."""
    return len(s) - 0.5 * len(s.encode("ascii", "ignore"))


def title_like(line: str) -> bool:
    """Short, does not end a sentence, holds no sentence punctuation: a title line candidate."""
    s = line.strip()
    if not s or len(s) > 2 * TITLE_MAX or display_len(s) > TITLE_MAX:
        return False
    if s[0] in "，,、。；;：:）)」』”’》!！?？…%％":
        return False
    if ends_sentence(s) and s[-1] not in "！!？?":
        return False
    body = s[:-1]
    if any(c in body for c in "。；;！!？?"):
        return False
    if s[-1] in "，,、；;":
        return False
    if sum(s.count(c) for c in "，,") > 1 or sum(s.count(c) for c in "：:") > 1:
        return False
    if starts_dateline(s) or is_furniture(s):
        return False
    return True


def _is_han(c: str) -> bool:
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F


# --------------------------------------------------------------------------------------------
# Splitting


@dataclass(slots=True)
class _Para:
    start: int
    end: int
    text: str
    kind: str = "body"  # dateline | byline | endbyline | item | title | furniture | body


def _paragraphs(text: str, start: int = 0, end: int | None = None) -> list[_Para]:
    end = len(text) if end is None else end
    out: list[_Para] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        line = text[pos:line_end]
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            s = pos + lead
            e = s + len(stripped)
            out.append(_Para(s, e, stripped))
        pos = line_end + 1
    return out


def _classify(paras: list[_Para]) -> None:
    for i, p in enumerate(paras):
        t = p.text
        if is_furniture(t):
            p.kind = "furniture"
        elif starts_dateline(t):
            p.kind = "dateline"
        elif (found := bracket_byline_at(t)) is not None:
            if t[found[0]:].strip():
                p.kind = "dateline"  # （记者 张三）正文…
            else:  # a bracketed byline alone: closes the story above, or opens the one below
                p.kind = "endbyline" if i > 0 and paras[i - 1].kind in ("body", "item") else "byline"
        elif byline_only(t):
            # 记者 张三 摄: a photo credit under a picture, not a story's byline
            p.kind = "endbyline" if t.rstrip().endswith(("摄", "摄影")) else "byline"
        elif item_lead(t) is not None:
            p.kind = "item"
        elif title_like(t):
            p.kind = "title"
        else:
            p.kind = "body"


def _is_subhead(p: _Para) -> bool:
    t = p.text
    return starts_enumerator(t) or t.endswith(("：", ":")) or (t.startswith("【") and t.endswith("】"))


def split_page(text: str) -> list[Article]:
    """The stories of one page of repaired text, in order (see the module doc)."""
    paras = _paragraphs(text)
    if not paras:
        return []
    _classify(paras)
    n = len(paras)
    item_mode = sum(1 for p in paras if p.kind == "item") >= 2
    starts: list[int] = []  # paragraph index where each story starts
    excluded: set[int] = set()  # section headers above brief items: in no story
    has_dateline = False  # whether the story being read has a dateline (then a lone title is a subhead)
    floor = 0  # title lines are looked for no higher than this

    def title_block_before(i: int) -> int:
        """First index of the title lines (at most 3) just above paragraph ``i``."""
        j = i
        while j - 1 >= floor and paras[j - 1].kind == "title" and i - (j - 1) <= 3:
            j -= 1
        return j

    def kind_at(i: int) -> str | None:
        return paras[i].kind if 0 <= i < n else None

    i = 0
    while i < n:
        p = paras[i]
        kind = p.kind
        if kind == "furniture":
            i += 1
            continue
        if kind == "item" and item_mode:
            j = title_block_before(i)
            excluded.update(range(j, i))  # 简讯, 新闻速递…
            starts.append(i)
            has_dateline, floor, i = False, i + 1, i + 1
            continue
        if kind == "dateline":
            if kind_at(i - 1) == "byline" and starts and starts[-1] <= i - 1 and floor == i:
                has_dateline, floor, i = True, i + 1, i + 1  # the byline line above began it
                continue
            if (kind_at(i - 1) == "dateline" and floor == i and not starts_dateline(p.text)
                    and dateline_only(paras[i - 1].text)):
                floor, i = i + 1, i + 1  # 新华社北京1月4日电 | （记者 张三）正文…
                continue
            starts.append(title_block_before(i))
            has_dateline, floor, i = True, i + 1, i + 1
            continue
        if kind == "byline":
            before = kind_at(i - 1)
            if kind_at(i + 1) in ("dateline", "body", "item", "title") and (
                    before in (None, "title", "furniture") or _ended(paras[i - 1])):
                starts.append(title_block_before(i))
                has_dateline = kind_at(i + 1) == "dateline"
                floor, i = i + 1, i + 1
                continue
            i += 1
            continue
        if kind == "title":
            block_end = i
            while block_end < n and paras[block_end].kind == "title":
                block_end += 1
            nxt = kind_at(block_end)
            if nxt in ("dateline", "byline") or (nxt == "item" and item_mode):
                i = block_end  # the anchor there takes the block (above items: a section header)
                continue
            first = max(i, block_end - 3)
            block = paras[first:block_end]
            prev_ok = i == 0 or _ended(paras[i - 1]) or kind_at(i - 1) in ("furniture", "title")
            subhead = (len(block) == 1 and (has_dateline or _is_subhead(block[0]))) or all(
                _is_subhead(b) for b in block)
            if subhead and not _is_subhead(block[0]) and _own_story_follows(paras, block_end):
                subhead = False
            if not starts or (nxt in ("body", "endbyline") and prev_ok and not subhead):
                starts.append(first if starts else i)
                has_dateline = False
                floor = block_end
            i = block_end
            continue
        if not starts:  # body text at the top of the page: a story with no title
            starts.append(i)
            has_dateline = starts_dateline(p.text, weak=True) is not None
            floor = i + 1
        i += 1

    articles: list[Article] = []
    for idx, s in enumerate(starts):
        e = starts[idx + 1] if idx + 1 < len(starts) else n
        members = [paras[k] for k in range(s, e) if k not in excluded]
        while members and members[-1].kind == "furniture":
            members.pop()
        while members and members[0].kind == "furniture":
            members.pop(0)
        if not members:
            continue
        start, end = members[0].start, members[-1].end
        articles.append(_parse(text, [m for m in members if m.kind != "furniture"], start, end,
                               len(articles)))
    return articles


def _own_story_follows(paras: list[_Para], i: int) -> bool:
    """Whether the body from ``paras[i]`` on reads as a story of its own, not a section: it opens
    on an attribution (据新华社报道，…) or closes on a byline of its own (……。（记者 张三）)."""
    if i >= len(paras):
        return False
    if _DATELINE_WEAK.match(paras[i].text):
        return True
    j = i
    while j < len(paras) and paras[j].kind in ("body", "endbyline"):
        if paras[j].kind == "endbyline":
            return True
        j += 1
    last = paras[j - 1].text.rstrip()
    if j > i and last[-1:] in _CLOSE_BRACKETS:
        opener = max(last.rfind("（"), last.rfind("("))
        return opener >= 0 and bool(parse_byline(last, opener + 1, len(last) - 1))
    return False


def _ended(p: _Para) -> bool:
    return p.kind in ("endbyline",) or ends_sentence(p.text)


# --------------------------------------------------------------------------------------------
# One story


def parse_story(text: str, start: int, end: int, index: int) -> Article:
    """Title lines, dateline, byline and body start of the story ``text[start:end]``."""
    paras = _paragraphs(text, start, end)
    _classify(paras)
    if not paras:
        return Article(index=index, start=start, end=end, body_start=start)
    return _parse(text, [p for p in paras if p.kind != "furniture"] or paras,
                  paras[0].start, paras[-1].end, index)


def _parse(text: str, paras: list[_Para], start: int, end: int, index: int) -> Article:
    titles: list[str] = []
    bylines: list[Byline] = []
    dateline: str | None = None
    body_start: int | None = None
    i = 0
    n = len(paras)

    def add_names(names, base: int) -> None:
        for role, name, s, e in names:
            bylines.append(Byline(role=role, name=name, start=base + s, end=base + e))

    def read_dateline_at(k: int, offset: int, weak: bool) -> int | None:
        """Dateline (+ byline) at ``paras[k].text[offset:]``; returns the body start or None."""
        nonlocal dateline
        p = paras[k]
        line = p.text
        m = starts_dateline(line[offset:], weak=weak)
        pos = offset
        if m is not None:
            dateline = m.group("dateline")
            if m.re is _DATELINE_WEAK:
                return p.start + offset  # 据…报道 is the body's own first words
            pos = offset + m.end()
        found = bracket_byline_at(line, pos)
        if found is not None:
            add_names(found[1], p.start)
            pos = found[0]
        elif m is not None:
            pos = _unbracketed_byline(line, pos, add_names, p.start)
        elif m is None:
            return None
        while pos < len(line) and line[pos] in " \t\u3000:：,，":
            pos += 1
        if pos >= len(line):
            if k + 1 < n:
                # The byline may open the next line: 新华社北京1月4日电\n（记者 张三）…
                nxt = paras[k + 1]
                if not bylines:
                    found = bracket_byline_at(nxt.text, 0)
                    if found is not None:
                        add_names(found[1], nxt.start)
                        rest = found[0]
                        while rest < len(nxt.text) and nxt.text[rest] in " \t\u3000":
                            rest += 1
                        if rest < len(nxt.text):
                            return nxt.start + rest
                        return paras[k + 2].start if k + 2 < n else nxt.end
                return nxt.start
            return p.end
        return p.start + pos

    # Item of brief news: 【标题】正文
    if paras[0].kind == "item":
        m = item_lead(paras[0].text)
        if m is not None:
            titles.append((m.group("lead") or m.group("lead2")).strip())
            body_start = read_dateline_at(0, m.end(), weak=True)
            if body_start is None:
                body_start = paras[0].start + m.end()
            i = n  # done
    while i < n and len(titles) < 3 and paras[i].kind == "title":
        titles.append(paras[i].text)
        i += 1
    if i < n and paras[i].kind == "byline":
        names = byline_only(paras[i].text)
        if names:
            add_names(names, paras[i].start)
        i += 1
        if i >= n:
            body_start = end
    if body_start is None and i < n:
        body_start = read_dateline_at(i, 0, weak=True)
        if body_start is None:
            body_start = paras[i].start
    if body_start is None:
        body_start = end if titles else start

    if not bylines:
        _closing_byline(text, paras, add_names)
    return Article(index=index, start=start, end=end, title_lines=titles, dateline=dateline,
                   byline=bylines, body_start=body_start)


def _unbracketed_byline(line: str, pos: int, add_names, base: int) -> int:
    """``本报讯 记者张三 通讯员 李四 正文…``: role/name tokens after a dateline; returns where they end."""
    def skip(j: int) -> int:
        while j < len(line) and line[j] in " \t\u3000":
            j += 1
        return j

    consumed, role, j = pos, None, skip(pos)
    while j < len(line):
        k = j
        while k < len(line) and line[k] not in " \t\u3000":
            k += 1
        token = line[j:k]
        m = _ROLE.match(token)
        if m:
            rest = token[m.end():]
            if rest and not _NAME.fullmatch(rest):
                break
            role = m.group()
            if rest:
                add_names([(role, rest, j + m.end(), k)], base)
        elif role is not None and _NAME.fullmatch(token):
            add_names([(role, token, j, k)], base)
        elif role is None or token not in _BYLINE_TAIL:
            break
        consumed, j = k, skip(k)
    return consumed


def _closing_byline(text: str, paras: list[_Para], add_names) -> None:
    """A byline that closes the story: ``……。（记者 张三）`` or a last line ``（记者 张三）``."""
    if not paras:
        return
    last = paras[-1]
    t = last.text.rstrip()
    if not t or t[-1] not in _CLOSE_BRACKETS:
        return
    opener = max(t.rfind("（"), t.rfind("("))
    if opener < 0:
        return
    names = parse_byline(t, opener + 1, len(t) - 1)
    if names:
        add_names(names, last.start)
