PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench bench-postfix clean demo

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

# Debian's Postfix, the bench's reference MTA (as root). The bench does not use the machine's
# own instance: it runs a private one with its configuration and queue in its work directory.
bench-postfix:
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postfix

clean:
	rm -rf $(VENV) var

# With `make run` (or `intake serve`) running on its defaults in another terminal.
DEMO_DIR ?= ../shared/corpus/dev

demo: $(BIN)/intake
	$(BIN)/python scripts/demo.py $(DEMO_DIR)
