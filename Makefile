PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench clean demo

$(BIN)/intake: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

run: $(BIN)/intake
	$(BIN)/intake serve

test: $(BIN)/intake
	$(BIN)/ruff check intake tests
	$(BIN)/mypy
	$(BIN)/pytest -q

lint: $(BIN)/intake
	$(BIN)/ruff check intake tests
	$(BIN)/ruff format --check intake tests
	$(BIN)/mypy

# Ours beside an aiosmtpd sink and an fsync-per-message sink; see bench/README.md.
bench: $(BIN)/intake
	$(BIN)/python -m bench.run $(BENCH_ARGS)

clean:
	rm -rf $(VENV) var

# With `make run` (or `intake serve`) running on its defaults in another terminal.
DEMO_DIR ?= ../shared/corpus/dev

demo: $(BIN)/intake
	$(BIN)/python scripts/demo.py $(DEMO_DIR)
