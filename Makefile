# Two commands do all set-up on a fresh machine:
#   make run   — create .venv, install the pinned requirements, start the desk on the sample page
#   make test  — the same set-up, then the whole test suite (offscreen Qt)
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench package translations clean

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

translations: $(STAMP)
	$(PY) packaging/build_translations.py

run: $(STAMP) translations
	$(PY) main.py --sample

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen PYTHONFAULTHANDLER=1 $(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .

bench: $(STAMP)
	$(PY) bench/run_all.py

package: $(STAMP) translations
	$(PY) -m pip install --quiet --disable-pip-version-check -r packaging/requirements-package.txt
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/proofdesk.spec

clean:
	rm -rf build dist .pytest_cache
