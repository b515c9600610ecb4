"""Build ``given_chars.tsv``: how much more often a character appears in given names than in words.

Run once by hand (``.venv/bin/python analysis/data/build_given_chars.py``); the table is committed.
Source: jieba's own dictionary (MIT), which lists tens of thousands of three-character names
tagged ``nr``. Given-name characters are counted from entries that start with a known surname;
word characters from every entry that is not a name, weighted by its frequency. The score is a
smoothed log-odds, clipped to [-6, 6].
"""
from __future__ import annotations

import collections
import math
import os
from pathlib import Path

import jieba

HERE = Path(__file__).resolve().parent


def load_surnames() -> set[str]:
    out = set()
    for line in (HERE / "surnames.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            out.add(line.split("\t")[0])
    return out


def main() -> None:
    surnames = load_surnames()
    name_counts: collections.Counter[str] = collections.Counter()
    word_counts: collections.Counter[str] = collections.Counter()
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word, freq, tag = line.split()
            if tag.startswith("nr"):
                for sl in (2, 1):
                    if word[:sl] in surnames and 1 <= len(word) - sl <= 2:
                        name_counts.update(word[sl:])
                        break
                continue
            # Damp very frequent words so that function words do not swamp the table.
            weight = math.log1p(int(freq))
            for ch in word:
                word_counts[ch] += weight
    n_name = sum(name_counts.values())
    n_word = sum(word_counts.values())
    rows = []
    for ch in set(name_counts) | set(word_counts):
        p_name = (name_counts[ch] + 0.5) / n_name
        p_word = (word_counts[ch] + 5.0) / n_word
        score = max(-6.0, min(6.0, math.log(p_name / p_word)))
        if name_counts[ch] >= 2 or score < -1.0:
            rows.append((ch, score))
    rows.sort(key=lambda r: -r[1])
    with open(HERE / "given_chars.tsv", "w", encoding="utf-8") as out:
        out.write("# char\tlog-odds (given name vs. word); built by build_given_chars.py\n")
        for ch, score in rows:
            out.write(f"{ch}\t{score:.2f}\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
