"""The store's sub-commands of ``main.py``: import, export, stats, search, merge, agreement, registry.

``run(args)`` returns the exit code; a :class:`StoreError` escapes to ``main.py``, which prints it
and exits 2.  Large imports analyse pages in worker processes and write from this one process, one
page per transaction, so a crash leaves every page complete or absent.
"""
from __future__ import annotations

import glob
import json
import os
import sys
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .errors import StoreError

COPY_SUFFIXES = (".txt", ".docx", ".text", ".md")
PARALLEL_FROM = 8  # below this many pages the worker start-up costs more than it saves


def run(args) -> int:
    """Dispatch one parsed sub-command."""
    handler = {"import": cmd_import, "export": cmd_export, "stats": cmd_stats, "search": cmd_search,
               "merge": cmd_merge, "agreement": cmd_agreement, "registry": cmd_registry}.get(args.command)
    if handler is None:
        raise StoreError(f"unknown command {args.command!r}")
    return handler(args)


def _open(path: str, user: str = "", must_exist: bool = True):
    from .store import Store

    if must_exist and not Path(path).exists():
        raise StoreError(f"{path}: no such store")
    return Store.open(path, user=user)


# -- import ---------------------------------------------------------------------------------
def expand_paths(patterns: list[str]) -> list[tuple[str, str | None]]:
    """Files, folders and globs → ``[(path, format)]``; format None is copy to analyse."""
    from . import formats

    out: list[tuple[str, str | None]] = []
    for pat in patterns:
        if pat == "-":
            out.append((pat, None))
            continue
        matches = [pat] if os.path.exists(pat) else sorted(glob.glob(pat, recursive=True))
        if not matches:
            from analysis.errors import InputError

            raise InputError(f"{pat}: no such file, folder or match")
        for m in matches:
            fmt = formats.detect(m)
            if fmt or os.path.isfile(m):
                out.append((m, fmt))
            elif os.path.isdir(m):
                out.extend((str(p), None) for p in sorted(Path(m).rglob("*"))
                           if p.is_file() and p.suffix.lower() in COPY_SUFFIXES and not p.name.startswith("."))
    return out


_WORKER: dict = {}


def _init_worker(lexicon, registry) -> None:
    _WORKER.update(lexicon=lexicon, registry=registry)


def analyse_file(path: str, date, lexicon=None, registry=None):
    """Read and analyse one file: ``(analysis, raw_text)``, or ``(None, error message)``."""
    from analysis.errors import InputError
    from analysis.pipeline import analyze
    from analysis.read import read_path

    try:
        doc = read_path(path)
        result = analyze(doc.text, date, source=doc.source, encoding=doc.encoding, notes=doc.notes,
                         lexicon=lexicon, registry=registry)
    except InputError as exc:
        return None, str(exc)
    except Exception as exc:  # an engine bug on one page must not stop a batch
        return None, f"{path}: could not be analysed ({type(exc).__name__}: {exc})"
    return result, doc.text


def _analyse_in_worker(path: str, date):
    return analyse_file(path, date, _WORKER.get("lexicon"), _WORKER.get("registry"))


class Progress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, total: int, stream=None):
        self.total, self.done = total, 0
        self.stream = stream or sys.stderr
        self.on = total > 1 and self.stream.isatty()

    def step(self, label: str) -> None:
        self.done += 1
        if self.on:
            width = 30
            fill = int(width * self.done / self.total)
            self.stream.write(f"\r[{'#' * fill}{'.' * (width - fill)}] {self.done}/{self.total} {label[-40:]:<40}")
            self.stream.flush()

    def interrupt(self) -> None:
        """End the bar's line so a message can be printed; the next step redraws it."""
        if self.on and self.done:
            self.stream.write("\n")

    def close(self) -> None:
        if self.on and self.done:
            self.stream.write("\n")
            self.stream.flush()


def cmd_import(args) -> int:
    """Analyse copy (or read exports) into the store named by ``--db``."""
    from . import formats

    items = expand_paths(args.paths)
    copy = [p for p, fmt in items if fmt is None]
    # Read what people verified once, before any worker starts, and hand it to the analysis.
    with _open(args.db, args.user, must_exist=False) as store:
        lexicon, registry = store.lexicon(), store.registry()
    jobs = args.jobs or (min(os.cpu_count() or 1, 4) if len(copy) >= PARALLEL_FROM else 1)
    progress = Progress(len(items))
    failed = pages = stories = facts = skipped = 0
    attached = None
    pool = ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(lexicon, registry)) if jobs > 1 else None
    try:
        pending: deque = deque()
        it = iter(copy)
        if pool is not None:  # submit before the store is opened: workers never inherit its connection
            for path in it:
                pending.append((path, pool.submit(_analyse_in_worker, path, args.date)))
                if len(pending) >= jobs * 4:
                    break
        with _open(args.db, args.user, must_exist=False) as store:
            for path, fmt in items:
                if fmt is not None:
                    res = formats.import_file(store, path, fmt)
                    pages, stories, facts = pages + res.pages, stories + res.stories_added, facts + res.facts_added
                    if res.stories_attached:
                        attached = res if attached is None else attached + res
                    progress.step(path)
            while True:
                if pool is not None:
                    if not pending:
                        break
                    path, fut = pending.popleft()
                    result, raw = fut.result()
                    nxt = next(it, None)
                    if nxt is not None:
                        pending.append((nxt, pool.submit(_analyse_in_worker, nxt, args.date)))
                else:
                    path = next(it, None)
                    if path is None:
                        break
                    result, raw = analyse_file(path, args.date, lexicon, registry)
                if result is None:
                    failed += 1
                    progress.interrupt()
                    print(f"proofdesk: {raw}", file=sys.stderr)
                elif store.has_document_text(result.text):
                    skipped += 1  # the same page again: importing it twice would split its decisions
                else:
                    store.import_analysis(result, raw_text=raw, source=path)
                    pages += 1
                    stories += len(result.articles)
                    facts += len(result.facts)
                progress.step(path)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        progress.close()
    print(f"imported {pages} page(s), {stories} stories, {facts} facts into {args.db}"
          + (f"; {skipped} page(s) already in the store" if skipped else "")
          + (f"; {attached.attached_text()}" if attached else "")
          + (f"; {failed} file(s) could not be read" if failed else ""))
    return 2 if failed else 0


# -- export, stats, search ------------------------------------------------------------------
def cmd_export(args) -> int:
    """Write the store in a standard format."""
    from analysis.model import FACT_KINDS

    from . import formats

    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()] if args.kinds else None
    for k in kinds or []:
        if k not in FACT_KINDS:
            raise StoreError(f"unknown fact kind {k!r} (one of {', '.join(FACT_KINDS)})")
    with _open(args.db) as store:
        n = formats.export(store, args.format, args.out, verified_only=args.verified_only, kinds=kinds)
    print(f"exported {n} stories to {args.out} ({args.format}, offsets in code points)")
    return 0


def cmd_stats(args) -> int:
    """Print the store's counts."""
    with _open(args.db) as store:
        st = store.stats()
    for key, value in st.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
        print(f"{key:<20} {value}")
    return 0


def cmd_search(args) -> int:
    """Print stories and facts that contain the query."""
    with _open(args.db) as store:
        hits = store.search(args.query)
    for h in hits:
        print(f"doc {h.doc_id} story {h.article_id} {h.kind:<8} {h.start}-{h.end}  {h.snippet}")
    if not hits:
        print("no match", file=sys.stderr)
    return 0


# -- merge, agreement -----------------------------------------------------------------------
def cmd_merge(args) -> int:
    """Merge two annotators' stores into a new one."""
    from .merge import merge_stores

    summary = merge_stores(args.a, args.b, args.out)
    print(f"merged into {args.out}: " + ", ".join(f"{k} {v}" for k, v in summary.items()))
    return 0


def cmd_agreement(args) -> int:
    """Print span F1 per kind, Cohen's kappa on characters and the disagreements."""
    from .agreement import compare_stores, format_report

    report = compare_stores(args.a, args.b)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        sys.stdout.write(format_report(report))
    return 0


# -- registry -------------------------------------------------------------------------------
def cmd_registry(args) -> int:
    """``registry export --db DB --out FILE.csv`` and ``registry import --db DB FILE.csv``."""
    if args.registry_command == "export":
        with _open(args.db) as store:
            n = store.export_registry_csv(args.out)
        print(f"exported {n} registry row(s) to {args.out}")
        return 0
    if args.registry_command == "import":
        if not Path(args.csv).is_file():
            raise StoreError(f"{args.csv}: no such file")
        with _open(args.db, args.user, must_exist=False) as store:
            n = store.import_registry_csv(args.csv)
            total = len(store.registry_people())
        print(f"read {n} registry row(s) from {args.csv} into {args.db} ({total} row(s) in the registry)")
        return 0
    raise StoreError(f"unknown registry action {args.registry_command!r}")
