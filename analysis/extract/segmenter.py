"""The one place that loads jieba.

jieba writes a ~9 MB cache to the temp folder and logs to stderr on first use; here it is given
Proofdesk's cache folder (``$PROOFDESK_CACHE`` or ``~/.cache/proofdesk``), its logger is silenced,
and the dictionary is loaded once, lazily, under a lock (the GUI loads it off its own thread,
the CLI on first use).
"""
from __future__ import annotations

import bisect
import logging
import os
import threading
from pathlib import Path

_lock = threading.RLock()  # re-entrant: tag() loads the tokenizer while holding it
_tokenizer = None
_freq: dict[str, int] | None = None


def cache_dir() -> Path:
    """The folder jieba keeps its dictionary cache in (created on demand)."""
    base = os.environ.get("PROOFDESK_CACHE") or os.path.join(Path.home(), ".cache", "proofdesk")
    path = Path(base)
    path.mkdir(parents=True, exist_ok=True)
    return path


def tokenizer():
    """The initialised ``jieba.Tokenizer`` shared by the whole engine (thread-safe, loaded once)."""
    global _tokenizer, _freq
    if _tokenizer is not None:
        return _tokenizer
    with _lock:
        if _tokenizer is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            logging.getLogger("jieba").setLevel(logging.WARNING)
            dt = jieba.dt
            try:
                dt.tmp_dir = str(cache_dir())
            except OSError:  # read-only home: jieba falls back to the temp folder
                pass
            dt.initialize()
            _freq = dt.FREQ
            _tokenizer = dt
    return _tokenizer


def word_freq(word: str) -> int:
    """jieba's dictionary frequency of ``word`` (0 when absent or only a prefix)."""
    if _freq is None:
        tokenizer()
    return _freq.get(word, 0)  # type: ignore[union-attr]


_tags: dict[str, str] | None = None


def tag(word: str) -> str:
    """jieba's dictionary part-of-speech tag of ``word`` ('' when not in the dictionary).

    Only the dictionary is looked up (no posseg pass over the text, which is slow).
    """
    global _tags
    if _tags is None:
        with _lock:
            if _tags is None:
                tokenizer()
                import jieba.posseg

                _tags = jieba.posseg.dt.word_tag_tab
    return _tags.get(word, "")


def pos_cut(text: str) -> list[tuple[str, str]]:
    """jieba's part-of-speech cut (``jieba.posseg``, with HMM) of ``text`` as ``(word, flag)`` pairs.

    Far slower than :func:`tag` (it runs the HMM over the text): for a few short strings only.
    """
    tokenizer()  # posseg wraps the shared tokenizer: give it the cache folder and quiet log first
    import jieba.posseg

    return [(pair.word, pair.flag) for pair in jieba.posseg.lcut(text)]


def segment(text: str) -> list[tuple[int, int]]:
    """jieba's default cut (with HMM) of ``text`` as ``(start, end)`` spans relative to ``text``."""
    spans = []
    pos = 0
    for word in tokenizer().cut(text, HMM=True):
        end = pos + len(word)
        spans.append((pos, end))
        pos = end
    return spans


class Segments:
    """jieba's cut of one region of the document, in document offsets, with boundary look-ups.

    Built once per article by the orchestrator and shared by every finder, so jieba runs once.
    """

    __slots__ = ("text", "start", "end", "starts", "ends", "bounds")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        spans = segment(text[start:end])
        self.starts = [start + a for a, _ in spans]
        self.ends = [start + b for _, b in spans]
        self.bounds = set(self.starts)
        self.bounds.add(end)

    def covering(self, pos: int) -> tuple[int, int] | None:
        """The token that strictly contains ``pos`` (starts before it), or None at a boundary."""
        if pos in self.bounds or not (self.start < pos < self.end):
            return None
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.starts[i], self.ends[i]

    def token_at(self, pos: int) -> tuple[int, int] | None:
        """The token starting at ``pos``, if one does."""
        i = bisect.bisect_left(self.starts, pos)
        if i < len(self.starts) and self.starts[i] == pos:
            return pos, self.ends[i]
        return None
