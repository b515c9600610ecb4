"""Build small analyses by hand for the rule tests (independent of the extractors)."""
from __future__ import annotations

import datetime as dt

from analysis.checks import run_checks
from analysis.model import Analysis, Article, Fact, Relation

REF = dt.date(2023, 1, 4)


class Page:
    """A page of copy plus hand-placed facts: ``page.person("刘越高")`` finds the text itself."""

    def __init__(self, text: str, ref: dt.date = REF, stories: list[str] | None = None) -> None:
        self.text = text
        self.ref = ref
        self.facts: list[Fact] = []
        self.relations: list[Relation] = []
        self.articles: list[Article] = []
        if stories:  # stories are separated in the text by blank lines, given by their first words
            starts = [text.index(s) for s in stories] + [len(text)]
            for i in range(len(stories)):
                self.articles.append(Article(index=i, start=starts[i], end=starts[i + 1],
                                             body_start=starts[i]))

    def _find(self, sub: str, nth: int = 0, after: int = 0) -> int:
        pos = self.text.index(sub, after)
        for _ in range(nth):
            pos = self.text.index(sub, pos + 1)
        return pos

    def add(self, kind: str, sub: str, value: dict | None = None, nth: int = 0, after: int = 0) -> Fact:
        s = self._find(sub, nth, after)
        art = next((a.index for a in self.articles if a.start <= s < a.end), 0)
        f = Fact(id=f"f{len(self.facts) + 1}", article=art, kind=kind, start=s, end=s + len(sub),
                 text=sub, value=value or {})
        self.facts.append(f)
        return f

    def person(self, name: str, nth: int = 0, after: int = 0) -> Fact:
        return self.add("person", name, {"name": name}, nth, after)

    def title(self, text: str, title: str, org: str, nth: int = 0, after: int = 0) -> Fact:
        return self.add("title", text, {"title": title, "org": org}, nth, after)

    def holds(self, person: Fact, *titles: Fact) -> None:
        for t in titles:
            self.relations.append(Relation("holds_title", person.id, t.id))

    def analysis(self) -> Analysis:
        facts = sorted(self.facts, key=lambda f: f.start)
        return Analysis(text=self.text, reference_date=self.ref, reference_date_inferred=False,
                        articles=list(self.articles), facts=facts, relations=list(self.relations))

    def flags(self, rule: str | None = None, registry=None):
        found = run_checks(self.analysis(), registry=registry)
        return [f for f in found if rule is None or f.rule == rule]


def flags_of(text: str, rule: str, ref: dt.date = REF):
    """Flags of one rule on plain text (no facts, one story)."""
    return Page(text, ref).flags(rule)


def spanned(text: str, flag) -> list[str]:
    """The text of every span of a flag."""
    return [text[s:e] for s, e in flag.spans]


def apply(text: str, flag) -> str:
    """The text with the flag's fix applied."""
    for e in sorted(flag.suggestion.edits, key=lambda x: x.start, reverse=True):
        text = text[:e.start] + e.text + text[e.end:]
    return text
