# Briefwright: `make run` sets up and opens the app on the sample article; `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SAMPLE := seeds/niger-coup-us-embassy-evacuation.txt

.PHONY: run test lint bench quality package package-test clean

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is needed (found $$($(PYTHON) --version))" >&2; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

run: $(STAMP)
	@bash packaging/ensure-qt-libs.sh $(VENV)
	$(VENV)/bin/briefwright gui $(FILE)

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	$(PY) bench/run.py

quality: $(STAMP)
	$(PY) bench/quality.py

package: $(STAMP)
	bash packaging/build.sh $(VENV)

package-test: $(STAMP)
	bash packaging/package-test.sh $(VENV)

clean:
	rm -rf $(VENV) build dist
