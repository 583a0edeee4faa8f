# The two commands of the README: `make serve` builds everything and serves it
# (`make serve PORT=8002` on another port),
# `make test` sets up and runs the test suite. Both work on a fresh machine.
VENV := .venv
PY := $(VENV)/bin/python
BK := $(VENV)/bin/budgetkit
STAMP := $(VENV)/.installed
PORT ?= 8001

.PHONY: serve build test lint chromium clean

$(STAMP): pyproject.toml constraints.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

build: $(STAMP)
	$(BK) build

serve: build
	$(BK) serve --port $(PORT)

# Debian's Chromium for the browser tests; Playwright never downloads a browser here.
chromium:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: $(STAMP) chromium
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

clean:
	rm -rf $(VENV) reports publish/build
