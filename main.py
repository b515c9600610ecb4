#!/usr/bin/env python3
"""Proofdesk (校对台) — entry point.

Arguments are parsed before anything heavy is imported: ``--version`` and the headless
sub-commands never import Qt, and jieba loads only when a page is analysed.

    main.py [--db PATH] [--sample] [FILE…]        the desk (GUI)
    main.py analyze PATH [--date YYYY-MM-DD]       the JSON contract of docs/DESIGN
    main.py check PATH [--date …]                  flags for a person; exit 1 on an open error
    main.py import|export|stats|search|merge|agreement …   the store (see --help of each)
    main.py registry export|import …               the people registry as CSV
"""
from __future__ import annotations

import argparse
import datetime
import sys

VERSION = "0.1.0"
APP_NAME = "Proofdesk"

EXIT_OK, EXIT_FLAGGED, EXIT_BAD_INPUT = 0, 1, 2


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


COMMANDS = ("analyze", "check", "import", "export", "stats", "search", "merge", "agreement", "registry")


def build_parser(files: bool = True, commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="proofdesk",
        description="Proofdesk (校对台): check the facts of Chinese newspaper copy. "
        "Without a sub-command it opens the desk.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {VERSION}")
    parser.add_argument("--db", metavar="PATH", help="the store to open (default: the user's data folder)")
    parser.add_argument("--sample", action="store_true", help="open the built-in sample page")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="interface language (default: the system's)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window offscreen, analyse the sample page, exit 0 (for CI and bundles)")
    if files:
        parser.add_argument("files", nargs="*", metavar="FILE", help="copy to import on start (.txt, .docx)")
    else:
        parser.set_defaults(files=[])
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("analyze", help="print the analysis of a page as JSON")
    p.add_argument("path", metavar="PATH", help="a .txt or .docx file, or - for standard input")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="publication date (default: inferred)")
    p.add_argument("--indent", type=int, default=None, metavar="N", help="pretty-print with N spaces")

    p = sub.add_parser("check", help="print the flags of a page, one per line; exit 1 on an open error")
    p.add_argument("path", metavar="PATH", help="a .txt or .docx file, or - for standard input")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="publication date (default: inferred)")
    p.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN", help="language of the messages")

    p = sub.add_parser("import", help="analyse copy into a store")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or globs")
    p.add_argument("--db", required=True, metavar="DB")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="publication date of every page")
    p.add_argument("--jobs", type=int, default=0, metavar="N", help="worker processes (default: by batch size)")
    p.add_argument("--user", default="", help="who is importing (stored with every row)")

    p = sub.add_parser("export", help="write a store's stories and facts in a standard format")
    p.add_argument("--db", required=True, metavar="DB")
    p.add_argument("--format", required=True, choices=["jsonl", "labelstudio", "conll", "brat", "csv"])
    p.add_argument("--out", required=True, metavar="PATH", help="a file (a folder for brat)")
    p.add_argument("--verified-only", action="store_true", help="only stories signed off / facts verified")
    p.add_argument("--kinds", metavar="KIND,…", help="only these fact kinds (comma-separated)")

    p = sub.add_parser("stats", help="counts of a store")
    p.add_argument("--db", required=True, metavar="DB")

    p = sub.add_parser("search", help="full-text search over stories and facts")
    p.add_argument("--db", required=True, metavar="DB")
    p.add_argument("query", metavar="QUERY")

    p = sub.add_parser("merge", help="merge two annotators' stores into a new one")
    p.add_argument("a", metavar="A")
    p.add_argument("b", metavar="B")
    p.add_argument("--out", required=True, metavar="C")

    p = sub.add_parser("agreement", help="agreement between two annotators' stores")
    p.add_argument("a", metavar="A")
    p.add_argument("b", metavar="B")
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = sub.add_parser("registry", help="the people registry of a store as CSV (export, import)",
                       description="Who held which title at which organisation, and when: the rows the "
                       "checks compare against, as CSV with the columns name,title,org,valid_from,valid_to "
                       "(UTF-8; the export adds a BOM for spreadsheet programs; dates YYYY-MM-DD).")
    reg = p.add_subparsers(dest="registry_command", metavar="ACTION", required=True)
    r = reg.add_parser("export", help="write the registry as CSV")
    r.add_argument("--db", required=True, metavar="DB", help="an existing store")
    r.add_argument("--out", required=True, metavar="FILE.csv", help="the CSV file to write (replaced)")
    r = reg.add_parser("import", help="read registry rows from CSV into a store (created when missing)",
                       description="Read registry rows from CSV (the export's columns) in one transaction: "
                       "a row whose name, title and organisation are already there widens its dates; a bad "
                       "row refuses the whole file.")
    r.add_argument("csv", metavar="FILE.csv", help="a CSV file with at least the columns name and title")
    r.add_argument("--db", required=True, metavar="DB", help="the store (created when missing)")
    r.add_argument("--user", default="", help="who is importing (stored in the history)")
    return parser


def _fail(message: str) -> int:
    print(f"proofdesk: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _analyse_path(path: str, date: datetime.date | None):
    from analysis.pipeline import analyze
    from analysis.read import read_path

    doc = read_path(path)
    return analyze(doc.text, date, source=doc.source, encoding=doc.encoding, notes=doc.notes)


def cmd_analyze(args) -> int:
    import json

    result = _analyse_path(args.path, args.date)
    sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False, indent=args.indent))
    sys.stdout.write("\n")
    return EXIT_OK


def cmd_check(args) -> int:
    from analysis.report import format_flags

    result = _analyse_path(args.path, args.date)
    sys.stdout.write(format_flags(result, lang=args.lang))
    return EXIT_FLAGGED if any(f.severity == "error" for f in result.flags) else EXIT_OK


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse a command line. With both the desk's FILE… list (nargs="*") and sub-commands,
    argparse hands a sub-command's name to the list, or a second file to COMMAND; so a line
    that names a sub-command is parsed without the list, and one that does not without the
    sub-commands (``--help`` still shows both)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if any(token in COMMANDS for token in argv):
        parser = build_parser(files=False)
    elif "-h" in argv or "--help" in argv:
        parser = build_parser()
    else:
        parser = build_parser(commands=False)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from analysis.errors import InputError

    try:
        if args.command == "analyze":
            return cmd_analyze(args)
        if args.command == "check":
            return cmd_check(args)
        if args.command is not None:
            from db import cli as db_cli
            from db.errors import StoreError

            try:
                return db_cli.run(args)
            except StoreError as exc:
                return _fail(str(exc))
    except InputError as exc:
        return _fail(str(exc))
    except BrokenPipeError:  # `analyze … | head` is fine
        # Python would report the pipe again when it flushes stdout at exit: point it at devnull.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130

    from desktop.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # In a PyInstaller bundle worker processes (`import --jobs`) re-run this program where
        # processes are spawned (Windows, macOS): let them become workers before arguments are parsed.
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
