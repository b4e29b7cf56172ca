# `make run` and `make test` do all set-up on a fresh machine.
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= db/workbench.db
HOST   ?= 127.0.0.1
PORT   ?= 5000

.PHONY: run test check-runtime audit bench bench-scale bench-load bench-cluster eval score-sealed install install-test chromium clean

run: install
	$(BIN)/workbench init --db $(DB)
	$(BIN)/workbench serve --db $(DB) --host $(HOST) --port $(PORT)

test: install-test chromium
	$(BIN)/workbench init --db $(DB)
	$(BIN)/pytest

# The runtime dependencies alone, as `make run` installs them, in a fresh venv: one file of
# every import format through `workbench import`, so a dependency only the tests bring fails here.
RUNTIME := build/runtime
check-runtime:
	rm -rf $(RUNTIME) && python3 -m venv $(RUNTIME)/venv
	$(RUNTIME)/venv/bin/python -m pip install --quiet .
	$(RUNTIME)/venv/bin/workbench import --jobs 0 --db $(RUNTIME)/formats.db tests/formats

# Known advisories for every installed distribution (needs PyPI; never part of `make test`).
audit: install-test
	$(BIN)/python scripts/audit.py

bench: install-bench
	$(BIN)/python -m benchmarks

# The pages at a million claims (db/scale.db, built once), and Datasette's table page beside them.
bench-scale: install-bench
	$(BIN)/python -m benchmarks.scale

# 20 reviewers for 60 s against `workbench serve` on 127.0.0.1; other runs: python -m benchmarks.load --help
bench-load: install-bench
	$(BIN)/python -m benchmarks.load

# BBC + Reuters through `workbench analyse` on 1 and 2 local Dask workers, against `workbench import --jobs`.
bench-cluster: install-test
	$(BIN)/python -m benchmarks.cluster

eval: install
	$(BIN)/python -m benchmarks.eval

# The newest sealed relations (tests/gold/sealed8, now spent: scored once on 2026-12-06).
score-sealed: install
	$(BIN)/python -m benchmarks.eval --sealed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test
install-bench: $(VENV)/.installed-bench

$(VENV)/bin/python:
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools

# The package's bytecode is compiled at install, so a command starts fast from its first run.
$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m compileall -q workbench
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test,cluster]'
	$(BIN)/python -m compileall -q workbench
	touch $@ $(VENV)/.installed

$(VENV)/.installed-bench: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python -m compileall -q workbench
	touch $@ $(VENV)/.installed

# Browser tests drive Debian's Chromium; Playwright never downloads a browser.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

clean:
	rm -rf $(VENV) .pytest_cache build
