# The two commands a fresh machine needs: `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: demo test test-fast lint fuzz bench bench-precommit clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

## demo: install slolint into .venv and lint the bundled examples/ repository
demo: $(STAMP_RUN)
	@echo "$$ slolint check examples/"
	@cd examples && ../$(BIN)/slolint check . ; \
	  status=$$?; echo "(exit code $$status: 0 clean, 1 findings, 2 slolint could not run)"; \
	  test $$status -le 1

## test: install slolint with test extras into .venv and run the whole suite
test: $(STAMP_TEST)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest

## test-fast: the edit loop: lint, types and every test not marked slow
## (no wheel build, no real pre-commit, no 50 MB or 100,000-document files)
test-fast: $(STAMP_TEST)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -m "not slow"

## fuzz: long property-based run (the bounded one is part of `make test`)
fuzz: $(STAMP_TEST)
	SLOLINT_FUZZ_EXAMPLES=20000 $(BIN)/python -m pytest tests/test_fuzz.py -q

## bench: throughput against floors measured in the same run
bench: $(STAMP_TEST)
	$(BIN)/python bench/run.py

## bench-precommit: pre-commit on one changed file of 10,000, with the cache warm and cold
bench-precommit: $(STAMP_TEST)
	$(BIN)/python bench/precommit.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .slolint_cache
