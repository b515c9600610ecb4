"""Telling what one line of copy is: dateline, byline, item lead, page furniture, title line.

The line classifiers that :mod:`analysis.split` (finding stories on a page) and
:mod:`analysis.repair` (deciding whether a line break ends a paragraph) both read, with their
patterns: ``starts_dateline`` (``本报讯``, ``新华社北京1月4日电``, ``据新华社报道``),
``bracket_byline_at`` / ``parse_byline`` / ``byline_only`` (``（全媒体记者 许珂 通讯员 王小云）``,
``本报记者 王浩``), ``dateline_only``, ``item_lead`` (``【标题】正文``, ``■标题　正文``),
``starts_enumerator``, ``is_furniture`` (``责任编辑：…``, ``第2版``), ``ends_sentence``,
``title_like``, and the bracket, quote and width helpers ``open_brackets``, ``open_quote``,
``display_len``.  Each looks at one line (or one span of it) and knows nothing of the page around it.
"""
from __future__ import annotations

import re

# --------------------------------------------------------------------------------------------
# Patterns

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
#: How the name of a paper, site or station ends (衡阳日报, 中新网, 红网时刻).
_OUTLET_ENDS = "日报|晚报|早报|晨报|都市报|商报|时报|报|网|台|社"
_SOURCE = rf"[{_HAN}]{{2,10}}?(?:{_OUTLET_ENDS}|时刻|客户端|新闻|融媒体中心)"
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
#: The news organisation that opens a dateline (衡阳日报, 中新网, 枞阳在线), for the fact sheet.
_DATELINE_SOURCE = re.compile(rf"(?:{_AGENCIES})|[{_HAN}]{{2,10}}?(?:{_OUTLET_ENDS}|在线|客户端)")


def dateline_source(dateline: str) -> str | None:
    """The organisation a dateline names first (``中新网北京7月21日电`` → ``中新网``); None for 本报."""
    if dateline.startswith("本报"):
        return None
    m = _DATELINE_SOURCE.match(dateline)
    return m.group(0) if m else None


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
_BYLINE_TAIL = {"报道", "摄", "文", "图", "文/图", "摄影报道", "整理", "撰文", "拍摄", "摄影", "供图"}
#: The tails that may be glued to a name (two characters or more), longest first.
_GLUED_TAILS = tuple(sorted((t for t in _BYLINE_TAIL if len(t) >= 2), key=len, reverse=True))

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
                cut = _without_tail(rest)
                if not _NAME.fullmatch(cut):
                    return None
                result.append((role, cut, tok_start + m.end(), tok_start + m.end() + len(cut)))
            continue
        if token in _BYLINE_TAIL and result:
            continue
        cut = _without_tail(token)
        if role is not None and _NAME.fullmatch(cut):
            result.append((role, cut, tok_start, tok_start + len(cut)))
            continue
        return None
    return result or None


def _without_tail(token: str) -> str:
    """``李铮拍摄`` → ``李铮``: a credit word glued to the name is not part of it."""
    for tail in _GLUED_TAILS:
        if token.endswith(tail) and len(token) - len(tail) >= 2:
            return token[:-len(tail)]
    return token


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
