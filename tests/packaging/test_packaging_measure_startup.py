"""packaging/measure_startup.py: the timer behind the bundle's start-up figures (no timed assertions)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "measure_startup.py"


def _measure(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True,
                          timeout=120, check=False, env=env)


def test_until_exit_prints_every_run_and_a_summary():
    result = _measure("--runs", "2", "--label", "noop", "--", sys.executable, "-c", "pass")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(":")[1].strip() for line in lines[:2]] == ["run 1", "run 2"]
    assert lines[-1].startswith("noop: min ") and lines[-1].endswith("(2 runs)")


def test_a_failing_program_fails_the_measurement():
    result = _measure("--runs", "3", "--", sys.executable, "-c", "import sys; sys.exit(3)")
    assert result.returncode == 1
    assert "run 1 failed: exit 3" in result.stderr


# Exits 1 when HOME already holds something, then leaves a mark there.
_HOME_PROBE = ("import os, sys; home = os.environ['HOME']; found = os.listdir(home); "
               "open(os.path.join(home, 'mark'), 'w').close(); sys.exit(1 if found else 0)")


def test_fresh_home_gives_each_run_an_empty_home():
    result = _measure("--runs", "2", "--fresh-home", "--", sys.executable, "-c", _HOME_PROBE)
    assert result.returncode == 0, result.stderr


def test_warm_home_keeps_one_home_after_an_untimed_first_run():
    result = _measure("--runs", "2", "--warm-home", "--", sys.executable, "-c", _HOME_PROBE)
    assert result.returncode == 1  # the first timed run finds the untimed run's mark
    assert "untimed first run" in result.stdout
    assert "run 1 failed: exit 1" in result.stderr


@pytest.mark.skipif(shutil.which("Xvfb") is None or shutil.which("xwininfo") is None,
                    reason="needs Xvfb (xvfb) and xwininfo (x11-utils)")
def test_until_window_sees_a_qt_window_on_a_private_xvfb(tmp_path):
    program = tmp_path / "window.py"
    program.write_text(
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel('校对台')\n"
        "label.show()\n"
        "app.exec()\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    result = _measure("--xvfb", "--runs", "1", "--until", "window", "--timeout", "60", "--label", "qt",
                      "--", sys.executable, str(program), env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("qt: min ")


def test_several_commands_are_timed_in_turn_with_their_labels():
    result = _measure("--runs", "2", "--label", "one", "--label", "two",
                      "--", sys.executable, "-c", "print(1)", "--", sys.executable, "-c", "print(2)")
    assert result.returncode == 0, result.stderr
    runs = [line.rsplit(":", 1)[0] for line in result.stdout.splitlines()[:4]]
    assert runs == ["one: run 1", "two: run 1", "one: run 2", "two: run 2"]
    summary = result.stdout.splitlines()[4:]
    assert [line.split(":")[0] for line in summary] == ["one", "two"]
