"""The command line the bundle's program parses (main.py): sub-commands and the desk's FILE list.

argparse alone gives a sub-command's name to the FILE… list (nargs="*" comes first), which made
``proofdesk analyze page.txt`` fail; ``main.parse_args`` routes around it.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import main  # noqa: E402


@pytest.mark.parametrize("argv, command, files", [
    (["analyze", "page.txt"], "analyze", []),
    (["analyze", "-", "--date", "2023-01-04"], "analyze", []),
    (["check", "page.txt", "--lang", "en"], "check", []),
    (["stats", "--db", "desk.db"], "stats", []),
    (["page1.txt", "page2.docx"], None, ["page1.txt", "page2.docx"]),
    (["--db", "desk.db", "page1.txt"], None, ["page1.txt"]),
    (["--sample"], None, []),
    ([], None, []),
])
def test_sub_commands_and_files_parse(argv, command, files):
    args = main.parse_args(argv)
    assert args.command == command
    assert args.files == files


def test_analyze_keeps_its_path_and_date():
    args = main.parse_args(["analyze", "page.txt", "--date", "2023-01-04"])
    assert args.path == "page.txt"
    assert args.date.isoformat() == "2023-01-04"


def test_help_still_lists_sub_commands_and_files(capsys):
    with pytest.raises(SystemExit) as exc:
        main.parse_args(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "FILE" in out
    assert all(command in out for command in main.COMMANDS)
