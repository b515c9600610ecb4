"""CoNLL, character level: one character and its BIO tag per line, no spaces inserted.

Sentences end after 。！？ (and at line breaks); whitespace is not a token.  Stories are separated by
a ``# story = …`` comment line; overlapping facts keep the earlier, longer one.  Rejected facts are
left out.  Export only (BIO cannot carry statuses or values).
"""
from __future__ import annotations

from .records import iter_documents

SENTENCE_END = "。！？"


def tags_for(text: str, facts: list[dict]) -> list[str]:
    """BIO tag per code point of ``text``."""
    tags = ["O"] * len(text)
    for f in sorted(facts, key=lambda f: (f["start"], -(f["end"] - f["start"]))):
        if f["status"] == "rejected" or any(t != "O" for t in tags[f["start"]:f["end"]]):
            continue
        tags[f["start"]] = "B-" + f["kind"]
        for i in range(f["start"] + 1, f["end"]):
            tags[i] = "I-" + f["kind"]
    return tags


def story_lines(doc: dict, rec: dict) -> list[str]:
    """The CoNLL lines of one story (ends with a blank line)."""
    text = rec["text"]
    tags = tags_for(text, rec["facts"])
    lines = [f"# story = {doc['key']}-{rec['index']} {doc['source']}"]
    open_sentence = False
    for ch, tag in zip(text, tags, strict=True):
        if ch.isspace():
            if ch == "\n" and open_sentence:
                lines.append("")
                open_sentence = False
            continue
        lines.append(f"{ch}\t{tag}")
        open_sentence = True
        if ch in SENTENCE_END:
            lines.append("")
            open_sentence = False
    if open_sentence:
        lines.append("")
    return lines


def export(store, out, verified_only: bool = False, kinds: list[str] | None = None) -> int:
    """Write every story in character-level BIO."""
    n = 0
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# proofdesk CoNLL: one character per line, TAB, BIO tag; offset_unit = codepoint\n\n")
        for doc, records in iter_documents(store, verified_only, kinds):
            for rec in records:
                fh.write("\n".join(story_lines(doc, rec)) + "\n")
                n += 1
    return n
