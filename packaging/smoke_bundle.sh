#!/usr/bin/env bash
# Smoke test of the built bundle, as a user's very first run: empty HOME, no virtual environment,
# no PYTHONPATH, nothing but the bundle.
#
#   packaging/smoke_bundle.sh [BUNDLE_DIR]        (default dist/proofdesk, built by `make package`)
#   SMOKE_RUNS=N (timed runs, default 5), SMOKE_BASELINE=1 (also time main.py from the source tree)
#
# Checks, failing loudly:
#   1. `proofdesk --version` answers (Qt is never started for it);
#   2. `proofdesk analyze PAGE` prints the JSON contract for a page with traditional characters
#      and names, so the jieba and OpenCC data inside the bundle are read;
#   3. `proofdesk --smoke-test` passes offscreen (window, sample page, exit 0) once the desk has it.
# Prints the bundle's size, the --version time, and the time from launch to a shown window
# (on a private Xvfb, watched with xwininfo; the figures for docs/BENCHMARKS.md). Linux and macOS shells.
set -euo pipefail
cd "$(dirname "$0")/.."

bundle=${1:-dist/proofdesk}
exe="$bundle/proofdesk"
[ -x "$exe" ] || exe="$bundle/proofdesk.exe"
[ -x "$exe" ] || { echo "smoke_bundle: no program in $bundle (run make package)" >&2; exit 2; }
py=${PYTHON:-.venv/bin/python}
[ -x "$py" ] || py=python3
runs=${SMOKE_RUNS:-5}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"
# The bundle's environment: only what any desktop session has.
first_run() {
  env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 ${DISPLAY:+DISPLAY=$DISPLAY} "$@"
}
step() { printf '\n== %s\n' "$*"; }

step "size"
bytes=$(du -sk "$bundle" | cut -f1)
files=$(find "$bundle" -type f | wc -l | tr -d ' ')
gz=$(tar -C "$(dirname "$bundle")" -czf - "$(basename "$bundle")" | wc -c | tr -d ' ')
awk -v b="$bundle" -v k="$bytes" -v n="$files" -v z="$gz" \
  'BEGIN { printf "bundle: %s, %.1f MB on disk, %d files, %.1f MB as .tar.gz\n", b, k / 1024, n, z / 1048576 }'

step "--version"
out=$(first_run "$exe" --version)
echo "$out"
case "$out" in Proofdesk\ *) ;; *) echo "smoke_bundle: unexpected --version output" >&2; exit 1 ;; esac
# Qt must not even be loaded for it (glibc's loader reports every library it maps).
if [ "$(uname -s)" = Linux ] && first_run env LD_DEBUG=files "$exe" --version 2>&1 | grep -q 'file=.*libQt6Core'; then
  echo "smoke_bundle: --version loaded Qt" >&2; exit 1
fi
# SMOKE_BASELINE=1: the same from the source tree, run by run in turn (so both meet the same load).
label=() base=()
if [ "${SMOKE_BASELINE:-0}" = 1 ]; then
  label=(--label "baseline: python main.py --version") base=(-- "$py" main.py --version)
fi
"$py" packaging/measure_startup.py --runs "$runs" --label "proofdesk --version" ${label[@]+"${label[@]}"} -- \
  env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 "$exe" --version ${base[@]+"${base[@]}"}

step "analyze (jieba + OpenCC data)"
page="$work/page.txt"
{
  printf '衡陽晚報讯（全媒体记者 陈润 通讯员 金明达）2023年1月4日下午,市委书记刘越高来到耒阳市,\n'
  printf '调研湖南高速集团衡阳分公司的的改造项目。据了解,该项目自2022年9月起已运行4个多月。\n'
  if [ -f desktop/data/sample_page.txt ]; then cat desktop/data/sample_page.txt; fi
} > "$page"
"$py" packaging/measure_startup.py --runs 1 --label "analyze, first run (cold jieba cache)" -- \
  env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 "$exe" analyze "$page" --date 2023-01-05
first_run "$exe" analyze "$page" --date 2023-01-05 > "$work/analysis.json"
"$py" - "$work/analysis.json" <<'EOF'
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
assert data["schema"] == "proofdesk.analysis/1", data.get("schema")
assert data["text"], "empty text"
kinds = sorted({f["kind"] for f in data["facts"]})
rules = sorted({f["rule"] for f in data["flags"]})
print(f"analysis: {len(data['articles'])} articles, {len(data['facts'])} facts {kinds}, "
      f"{len(data['flags'])} flags {rules}")
EOF
if [ -d "$work/home/.cache/proofdesk" ]; then
  echo "jieba cache written to the user's cache folder: $(ls "$work/home/.cache/proofdesk" | tr '\n' ' ')"
fi

step "check (flags for a person; exit 1 on an open error)"
set +e
first_run "$exe" check "$page" --date 2023-01-05 > "$work/check.txt"
rc=$?
set -e
case $rc in 0|1) ;; *) echo "smoke_bundle: check exited $rc" >&2; exit 1 ;; esac
echo "check: exit $rc, $(wc -l < "$work/check.txt" | tr -d ' ') lines"

step "analyze a .docx (python-docx + lxml)"
if "$py" - "$work/page.docx" <<'EOF'
import sys
import docx
document = docx.Document()
document.add_paragraph("衡陽晚報讯 2023年1月4日下午,市委书记刘越高来到耒阳市。")
document.save(sys.argv[1])
EOF
then
  first_run "$exe" analyze "$work/page.docx" > "$work/docx.json"
  "$py" -c 'import json, sys; d = json.load(open(sys.argv[1], encoding="utf-8")); assert "衡陽晚報" in d["text"], d["text"][:80]; print("docx:", len(d["facts"]), "facts")' "$work/docx.json"
else
  echo "docx: SKIPPED (python-docx not importable by $py)"
fi

step "import with worker processes (the store, multiprocessing in the bundle)"
mkdir -p "$work/pages"
for i in 1 2 3 4 5 6 7 8; do { cat "$page"; printf '本报讯 第%s版完。\n' "$i"; } > "$work/pages/page$i.txt"; done
first_run "$exe" import "$work/pages" --db "$work/import.db" --jobs 2
first_run "$exe" stats --db "$work/import.db" | grep -E '^(documents|facts) '

step "--smoke-test (offscreen)"
if [ -f desktop/app.py ] && grep -q "smoke" desktop/app.py; then
  first_run env QT_QPA_PLATFORM=offscreen "$exe" --smoke-test
  first_run env QT_QPA_PLATFORM=offscreen "$exe" --smoke-test --lang zh_CN
  echo "smoke-test: passed (en, zh_CN)"
else
  echo "smoke-test: SKIPPED (desktop/app.py has no --smoke-test yet)"
fi

step "time to a shown window"
if [ -f desktop/app.py ] && command -v Xvfb >/dev/null && command -v xwininfo >/dev/null; then
  # Each run on an empty HOME: no settings, no store, no jieba cache (a user's very first start).
  label=() base=()
  if [ "${SMOKE_BASELINE:-0}" = 1 ]; then
    label=(--label "baseline: python main.py --sample") base=(-- "$py" main.py --sample)
  fi
  "$py" packaging/measure_startup.py --xvfb --runs "$runs" --until window --fresh-home \
    --label "window, first run: proofdesk --sample" ${label[@]+"${label[@]}"} \
    -- "$exe" --sample ${base[@]+"${base[@]}"}
  "$py" packaging/measure_startup.py --xvfb --runs "$runs" --until window --warm-home \
    --label "window, later start: proofdesk --sample" ${label[@]+"${label[@]}"} \
    -- "$exe" --sample ${base[@]+"${base[@]}"}
else
  echo "window: SKIPPED (needs desktop/app.py, Xvfb from xvfb and xwininfo from x11-utils)"
fi
