# Tocsin — the two set-up commands: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
DEMO_DIR ?= demo-data

.PHONY: run test lint typecheck bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,postgres]'
	touch $(VENV)/.installed $@

## make run: install, load the demo organisation and data, start the web app
run: $(VENV)/.installed
	$(BIN)/tocsin demo --dir $(DEMO_DIR)
	@# The demo's sign-in token is tocsin-demo unless TOCSIN_API_TOKEN says otherwise.
	@echo "Demo sign-in / connexion démo: open http://$(HOST):$(PORT)/login, access token: $${TOCSIN_API_TOKEN:-tocsin-demo}"
	cd $(DEMO_DIR) && TOCSIN_API_TOKEN="$${TOCSIN_API_TOKEN:-tocsin-demo}" \
		$(abspath $(BIN))/tocsin serve --host $(HOST) --port $(PORT)

## make test: install the dev extras and run the whole suite
test: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

bench: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/screening.py

clean:
	rm -rf $(VENV) demo-data .pytest_cache .mypy_cache .ruff_cache
