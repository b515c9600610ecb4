"""What the article view paints for a story: fact spans by kind, flagged spans, tooltips."""
from __future__ import annotations

from PySide6.QtGui import QColor

from desktop.theme import SEARCH_COLOR, SELECTED_COLOR, SELECTED_TEXT, kind_color, severity_color
from desktop.values import format_value
from widgets.article_view import Span, background, wavy

_ESC = str.maketrans({"<": "&lt;", ">": "&gt;", "&": "&amp;"})


def fact_spans(facts) -> list[Span]:
    """One background span per fact that is not rejected, coloured by kind."""
    formats = {}
    out = []
    for f in facts:
        if f.status == "rejected" or f.end <= f.start:
            continue
        fmt = formats.get(f.kind)
        if fmt is None:
            fmt = formats[f.kind] = background(kind_color(f.kind))
        out.append(Span(f.start, f.end, fmt))
    return out


def flag_spans(flags) -> list[Span]:
    """A wavy underline under every place of every open flag, coloured by severity."""
    out = []
    for flag in flags:
        if flag.decision is not None:
            continue
        fmt = wavy(severity_color(flag.severity))
        out.extend(Span(int(s), int(e), fmt) for s, e in flag.spans if e > s)
    return out


def selected_spans(ranges) -> list[Span]:
    """The strong highlight of the selected fact or flag's places."""
    fmt = background(QColor(*SELECTED_COLOR))
    fmt.setForeground(QColor(*SELECTED_TEXT))
    return [Span(s, e, fmt) for s, e in ranges if e > s]


def search_spans(ranges) -> list[Span]:
    """Find hits."""
    fmt = background(QColor(*SEARCH_COLOR))
    return [Span(s, e, fmt) for s, e in ranges]


def fact_tip(fact, kind_names: dict[str, str]) -> str:
    """A fact's tooltip: its kind and value (HTML-escaped)."""
    value = format_value(fact.kind, fact.value).translate(_ESC)
    return f"<b>{kind_names.get(fact.kind, fact.kind)}</b>: {value}"


def flag_tip(flag, english: bool) -> str:
    """An open flag's tooltip: its message in the interface language, in its severity's colour."""
    msg = (flag.message_en if english and flag.message_en else flag.message).translate(_ESC)
    return f'<span style="color:{severity_color(flag.severity).name()}">⚑ {msg}</span>'
