# Two commands on a fresh machine: `make demo` and `make test`.
# Both create .venv and install what they need; a second run reinstalls nothing.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint format install clean wheelhouse

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is needed"'
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/ambassade demo

# One worker per core: the tests share nothing (a home, a database schema and ports of
# their own each), and the suite takes about half the time on two cores.
test: $(STAMP)
	$(BIN)/pytest -n auto --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy bot/core bot/outbox

format: $(STAMP)
	$(BIN)/ruff format .

# Every wheel the image needs, found as `make install` finds them (the pip configuration:
# PyPI or a local index), so that `docker build` needs no network (docs/deploy.md).
wheelhouse: $(STAMP)
	$(BIN)/pip wheel --quiet --wheel-dir wheelhouse .

clean:
	rm -rf $(VENV) var .pytest_cache
