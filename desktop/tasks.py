"""Background work: one executor; results come back to the GUI thread by signal.

Reading files, loading jieba and running the engine happen on a single worker thread (the
engine is CPU-bound, the machine may have two cores, and one worker keeps results in order).
Nothing here touches the store: results go back by signal and the session writes them on the
GUI thread. A task can be cancelled between its steps (one file, one story).
"""
from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

IMPORT_SUFFIXES = (".txt", ".docx")


class Cancelled(Exception):
    """Raised inside a task when the person pressed Cancel."""


@dataclass
class Job:
    """A running task: its id, label and cancel switch."""

    id: int
    label: str
    cancel: threading.Event = field(default_factory=threading.Event)


@dataclass
class PageResult:
    """One analysed page (or the error that kept it out)."""

    source: str
    raw_text: str | None = None
    analysis: object | None = None
    error: str | None = None


class TaskRunner(QObject):
    """Runs jobs on one worker thread and reports back by signal (queued to the GUI thread).

    Signals:
        progress(int, int, int, str): job id, steps done, steps in all, what is happening.
        item(int, object): job id, one partial result (e.g. a PageResult) as soon as it is ready.
        finished(int, object): job id, the job's return value.
        failed(int, str): job id, what went wrong (Cancelled gives "cancelled").
    """

    progress = Signal(int, int, int, str)
    item = Signal(int, object)
    finished = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="proofdesk-task")
        self._next = 1
        self.jobs: dict[int, Job] = {}
        self._futures: dict[int, Future] = {}

    def submit(self, label: str, fn: Callable, *args) -> int:
        """Run ``fn(job, runner, *args)`` in the background; return the job id."""
        job = Job(self._next, label)
        self._next += 1
        self.jobs[job.id] = job
        self._futures[job.id] = self._pool.submit(self._run, job, fn, args)
        return job.id

    def _run(self, job: Job, fn, args) -> None:
        try:
            result = fn(job, self, *args)
        except Cancelled:
            self.failed.emit(job.id, "cancelled")
        except Exception as exc:  # reported to the person, never lost in a thread
            self.failed.emit(job.id, f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(job.id, result)

    def cancel(self, job_id: int | None = None) -> None:
        """Ask one job (or all) to stop at its next step."""
        for jid, job in self.jobs.items():
            if job_id is None or jid == job_id:
                job.cancel.set()

    def forget(self, job_id: int) -> None:
        """Drop a finished job's bookkeeping."""
        self.jobs.pop(job_id, None)
        self._futures.pop(job_id, None)

    def busy(self) -> bool:
        """True while a job is queued or running."""
        return any(not f.done() for f in self._futures.values())

    def wait(self, timeout: float = 30.0) -> None:
        """Block until every job is done (for shutdown and tests)."""
        for fut in list(self._futures.values()):
            try:
                fut.result(timeout)
            except Exception:  # failures were already reported by signal
                pass

    def shutdown(self) -> None:
        """Cancel everything and stop the worker (waits for the current step)."""
        self.cancel()
        self._pool.shutdown(wait=True, cancel_futures=True)


# --- the jobs -----------------------------------------------------------------------------
def warm_up(job: Job, runner: TaskRunner) -> str:
    """Load jieba's dictionary so the first analysis does not wait for it."""
    from analysis.extract.segmenter import tokenizer

    runner.progress.emit(job.id, 0, 1, "jieba")
    tokenizer()
    return "ready"


def collect_paths(paths: list[str]) -> list[Path]:
    """Files to import from files and folders (folders: their .txt/.docx, recursively, sorted)."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in IMPORT_SUFFIXES))
        else:
            out.append(p)
    return out


def import_files(job: Job, runner: TaskRunner, paths: list[str], date: dt.date | None, lexicon=None) -> int:
    """Read and analyse each file; emit one PageResult per file as ``item``; return how many."""
    from analysis.errors import InputError
    from analysis.pipeline import analyze
    from analysis.read import read_path

    files = collect_paths(paths)
    for n, path in enumerate(files):
        if job.cancel.is_set():
            raise Cancelled
        runner.progress.emit(job.id, n, len(files), path.name)
        try:
            doc = read_path(str(path))
            result = analyze(doc.text, date, source=doc.source, encoding=doc.encoding,
                             notes=doc.notes, lexicon=lexicon)
        except InputError as exc:
            runner.item.emit(job.id, PageResult(str(path), error=str(exc)))
            continue
        runner.item.emit(job.id, PageResult(doc.source, doc.text, result))
    runner.progress.emit(job.id, len(files), len(files), "")
    return len(files)


def analyse_text(job: Job, runner: TaskRunner, text: str, source: str, date: dt.date | None,
                 lexicon=None) -> int:
    """Analyse pasted or built-in text as one page (one ``item``)."""
    from analysis.pipeline import analyze

    runner.progress.emit(job.id, 0, 1, source)
    result = analyze(text, date, source=source, lexicon=lexicon)
    if job.cancel.is_set():
        raise Cancelled
    runner.item.emit(job.id, PageResult(source, text, result))
    runner.progress.emit(job.id, 1, 1, "")
    return 1


def reanalyse_texts(job: Job, runner: TaskRunner, stories: list[tuple[int, str]], date: dt.date | None,
                    lexicon=None) -> int:
    """Analyse each story's current text; emit (article_id, text, Analysis) as ``item``."""
    from analysis.pipeline import analyze

    for n, (article_id, text) in enumerate(stories):
        if job.cancel.is_set():
            raise Cancelled
        runner.progress.emit(job.id, n, len(stories), "")
        runner.item.emit(job.id, (article_id, text, analyze(text, date, lexicon=lexicon)))
    runner.progress.emit(job.id, len(stories), len(stories), "")
    return len(stories)
