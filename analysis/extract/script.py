"""Copy in traditional characters, read through a same-length simplified form.

The name, title and org tables and jieba's dictionary are simplified, so a page in traditional
characters (Hong Kong, Taiwan, old copy: 行政長官李家超) is segmented and searched in its t2s
form; every span is the same in both forms, so facts keep the page's own characters.
"""
from __future__ import annotations

import functools


@functools.cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=8192)
def _char_t2s(c: str) -> str:
    s = _t2s().convert(c)
    return s if len(s) == 1 else c


def simplified_form(text: str) -> str | None:
    """``text`` in simplified characters with every offset kept, or None when t2s changes nothing.

    OpenCC converts by phrase (乾隆 stays, 乾淨 → 干净), which is the better reading, but a phrase
    may change length, and an equal total length does not prove alignment (one phrase shrinking
    and another growing cancel out). So the whole-text conversion is used only when it has the
    same length and every changed character is what that character alone converts to (so no
    position has shifted); otherwise each character is converted on its own, which keeps the
    length by construction (a character whose own conversion is not one character is kept).
    Python strings index by code point, so a character outside the BMP (𠮷) is one position.
    """
    conv = _t2s().convert(text)
    if conv == text:
        return None
    if len(conv) == len(text) and all(a == b or _char_t2s(a) == b for a, b in zip(text, conv, strict=True)):
        return conv
    conv = "".join(_char_t2s(c) for c in text)
    return None if conv == text else conv


def t2s(text: str) -> str:
    """OpenCC's t2s of a short string (a verified name, a title word)."""
    return _t2s().convert(text)


#: Value fields that hold a piece of the fact's own text (and so are given back in the page's form).
_TEXT_FIELDS = ("name", "title", "org")


def restore(fact, text: str):
    """``fact`` found on the simplified form, given the page's own characters.

    The span is unchanged; ``fact.text`` becomes ``text[start:end]``, each value field quoting a
    piece of the span is given back in the original characters, and ``"simplified"`` is added to
    the value when the span's simplified form differs.
    """
    simple, original = fact.text, text[fact.start:fact.end]
    if simple == original:
        return fact
    value = dict(fact.value)
    for key in _TEXT_FIELDS:
        v = value.get(key)
        if isinstance(v, str) and v:
            k = simple.find(v)
            if k >= 0:
                value[key] = original[k:k + len(v)]
    value["simplified"] = simple
    fact.text, fact.value = original, value
    return fact
