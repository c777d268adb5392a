PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench clean

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

clean:
	rm -rf $(VENV) var
