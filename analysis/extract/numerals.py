"""Numeral helpers shared by the date, duration and figure finders.

Everything here is pure and cheap.  Arabic digits may be full-width (``２０２３``) and may carry
thousands separators (``1,234`` or ``1，234``) and decimals (``2.0283``, ``2．5``).  Chinese numerals
(``两千三百万``, ``十二``, ``零点五``) are parsed with cn2an; digit-by-digit years (``一九九七``,
``二〇二三``, the mis-set ``二0二三``) are read digit by digit.

Regex fragments (``ARABIC``, ``CN_NUM``…) are plain strings so the finders can compose them into
patterns compiled once at import.
"""
from __future__ import annotations

import re

import cn2an

#: Full-width digits and the full-width point map onto ASCII.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")

#: An Arabic number: digits (half or full width) with optional thousands separators and decimals.
ARABIC = r"(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?![0-9０-９])|[0-9０-９]+)(?:[.．][0-9０-９]+)?"

#: Characters of a Chinese numeral (value part only; scales 万/亿 are handled by the callers).
CN_DIGITS = "〇零一二两三四五六七八九"
CN_NUM = r"[〇零一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+(?:点[〇零一二三四五六七八九]+)?"

#: Digits a year may be spelled with, one character per digit (``○`` and ``Ｏ`` are common misprints of ``〇``).
YEAR_DIGITS = "〇零○Ｏ0０一二三四五六七八九"

_DIGIT_OF = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_DIGIT_OF.update({"零": 0, "○": 0, "Ｏ": 0, "0": 0, "０": 0, "两": 2})
for _i, _c in enumerate("0123456789"):
    _DIGIT_OF[_c] = _i
for _i, _c in enumerate("０１２３４５６７８９"):
    _DIGIT_OF[_c] = _i

#: Multipliers a figure may carry after its digits.
SCALES = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "十万": 100_000, "百万": 1_000_000,
          "千万": 10_000_000, "亿": 100_000_000, "十亿": 1_000_000_000, "百亿": 10_000_000_000,
          "千亿": 100_000_000_000, "万亿": 1_000_000_000_000}


def to_halfwidth(s: str) -> str:
    """Full-width digits, point and comma as ASCII."""
    return s.translate(_FULLWIDTH)


def parse_arabic(s: str) -> float | int:
    """``"1,234.5"`` → 1234.5, ``"２０２３"`` → 2023; separators dropped, ints kept as int."""
    s = to_halfwidth(s).replace(",", "")
    return float(s) if "." in s else int(s)


def parse_digit_string(s: str) -> int | None:
    """Digit-by-digit numerals (``一九九七`` → 1997, ``二〇二三`` → 2023); None when not all digits."""
    value = 0
    for c in s:
        d = _DIGIT_OF.get(c)
        if d is None:
            return None
        value = value * 10 + d
    return value


_CN_PAIR = re.compile(r"([一二两三四五六七八九])([二两三四五六七八九])([十百千万]?)")
_SCALE_CHAR = {"": 1, "十": 10, "百": 100, "千": 1000, "万": 10_000}


def parse_chinese_range(s: str) -> tuple[int, int] | None:
    """Two neighbouring digits are an estimate: ``两三`` → (2, 3), ``三四百`` → (300, 400), ``三五`` → (3, 5)."""
    m = _CN_PAIR.fullmatch(s)
    if not m:
        return None
    d1, d2 = _DIGIT_OF[m.group(1)], _DIGIT_OF[m.group(2)]
    if d2 != d1 + 1 and (d1, d2) != (3, 5):
        return None
    k = _SCALE_CHAR[m.group(3)]
    return d1 * k, d2 * k


def parse_number_range(s: str) -> tuple[int, int] | None:
    """An estimate with an optional trailing scale: ``三四万`` → (30000, 40000); None otherwise."""
    m = re.fullmatch(r"(.+?)(万亿|亿|万)?", s)
    pair = parse_chinese_range(m.group(1)) if m else None
    if pair is None:
        return None
    k = SCALES[m.group(2)] if m.group(2) else 1
    return pair[0] * k, pair[1] * k


def parse_chinese(s: str) -> float | int | None:
    """A Chinese numeral (``两千三百万``, ``十二``, ``零点五``) as a number; None when it is not one.

    Neighbouring digits (``两三``, ``五六``) are an estimate, not a digit string: None here, see
    :func:`parse_chinese_range`.  A leading 百/千/万 means one of it (``百余人`` → 100).
    """
    if not s or parse_chinese_range(s) is not None:
        return None
    if s[0] in "百千万":
        s = "一" + s
    try:
        value = cn2an.cn2an(s, "normal")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    if isinstance(value, float) and value.is_integer() and "点" not in s:
        value = int(value)
    return value


def parse_number(s: str) -> float | int | None:
    """Arabic, Chinese or mixed (``5万``, ``2.0283亿``, ``两千三百万``, ``1.5万亿``) → number or None."""
    s = s.strip()
    if not s:
        return None
    scale = 1
    # Peel trailing scales (亿, 万亿, 千万…) off so Arabic mantissas work: "2.0283亿".
    while s and s[-1] in "万亿" and not _is_pure_chinese(s):
        for suffix in ("万亿", "千万", "百万", "十万", "千亿", "百亿", "十亿", "亿", "万"):
            if s.endswith(suffix) and len(s) > len(suffix):
                head = s[: -len(suffix)]
                if _is_pure_chinese(head) and suffix[0] in "十百千":
                    continue  # "三百万" is read by cn2an as a whole
                scale *= SCALES[suffix]
                s = head
                break
        else:
            break
    if not s:
        return None
    if s[0] in "0123456789０１２３４５６７８９":
        try:
            base = parse_arabic(s)
        except ValueError:
            return None
    else:
        base = parse_chinese(s)
        if base is None:
            return None
    return normalise(base * scale)


def _is_pure_chinese(s: str) -> bool:
    return bool(s) and all(c not in "0123456789０１２３４５６７８９.．,，" for c in s)


def normalise(value: float | int) -> float | int:
    """Round floating noise away (2.0283 × 1e8 → 202830000) and give ints when whole."""
    if isinstance(value, float):
        value = round(value, 6)
        if value.is_integer():
            return int(value)
    return value


def small_number(s: str) -> int | None:
    """A month/day/hour sized numeral: ``12``, ``１２``, ``十二``, ``廿``-free Chinese → int or None."""
    s = to_halfwidth(s)
    if s.isdigit():
        return int(s)
    v = parse_digit_string(s) if len(s) == 1 else None
    if v is not None:
        return v
    v = parse_chinese(s)
    return int(v) if isinstance(v, (int, float)) and float(v).is_integer() else None
