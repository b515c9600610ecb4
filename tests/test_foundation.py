"""The project's foundation: the Qt-free core, the fast entry point, the declared layout."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False)


def test_engine_and_store_never_import_qt():
    # Import every module of analysis/ and db/, then prove PySide6 never came in:
    # the engine must run headless (CLI, batch jobs, worker processes).
    code = """
import importlib, pkgutil, sys
import analysis, db
for pkg in (analysis, db):
    for mod in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        importlib.import_module(mod.name)
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"))
print(",".join(bad))
"""
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_version_does_not_import_qt_or_jieba():
    code = """
import sys, runpy
sys.argv = ["main.py", "--version"]
try:
    runpy.run_path("main.py", run_name="__main__")
except SystemExit as exc:
    assert exc.code in (0, None), exc.code
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "jieba", "opencc", "sqlite_utils"))
print("HEAVY:" + ",".join(heavy))
"""
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert "Proofdesk" in result.stdout
    assert result.stdout.strip().endswith("HEAVY:")


def test_version_command_line_answers():
    result = subprocess.run([sys.executable, "main.py", "--version"], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0
    assert result.stdout.startswith("Proofdesk ")


def test_help_lists_every_sub_command():
    result = subprocess.run([sys.executable, "main.py", "--help"], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0
    for command in ("analyze", "check", "import", "export", "stats", "search", "merge", "agreement"):
        assert command in result.stdout


def test_design_layout_exists():
    for folder in ("analysis", "db", "desktop", "widgets", "tests", "packaging", "bench", "docs"):
        assert (ROOT / folder).is_dir(), folder
    assert (ROOT / ".ci" / "run").stat().st_mode & 0o111
    assert "make test" in (ROOT / ".ci" / "run").read_text()
