#!/usr/bin/env python3
"""Build the desk's ``.qm`` translation files from the ``.ts`` sources in ``translations/``.

Run by ``make translations`` (before ``make run`` and ``make test``). Uses ``pyside6-lrelease``
from the virtual environment next to the running interpreter (``.venv/bin/``), falling back to
one on PATH. Exits 0 when there is nothing to build, so a fresh checkout never fails here.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"


def find_lrelease() -> str | None:
    """Return the path of ``pyside6-lrelease``: the venv's first, then PATH's."""
    for candidate in (ROOT / ".venv" / "bin" / "pyside6-lrelease",
                      Path(sys.executable).parent / "pyside6-lrelease"):
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease")


def main() -> int:
    """Compile every ``translations/*.ts`` whose ``.qm`` is missing or older; return an exit code."""
    sources = sorted(TS_DIR.glob("*.ts")) if TS_DIR.is_dir() else []
    if not sources:
        print("build_translations: no .ts files, nothing to build")
        return 0
    lrelease = find_lrelease()
    if lrelease is None:
        print("build_translations: pyside6-lrelease not found; skipping", file=sys.stderr)
        return 0
    built = 0
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        result = subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0:
            # A broken .ts must not block `make run`; the desk falls back to the source strings.
            print(f"build_translations: {ts.name}: {result.stderr.strip()}", file=sys.stderr)
            continue
        built += 1
    print(f"build_translations: {built} built, {len(sources) - built} up to date or skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
