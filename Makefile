# Two set-up commands (README): `make demo` runs the whole pipeline on the bundled demo site,
# `make test` runs lint, types and tests. Both install everything they need first, from the
# lock file, with only Python >= 3.11 on the machine.

PYTHON ?= python3
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
BIN := $(VENV)/bin

export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

.PHONY: demo test test-fast lint bench clean

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet "uv==$(UV_VERSION)"

# Bytecode compiled at install, as pip does: every process (each spawned worker of a backfill
# too) otherwise compiles its ~1,500 imported modules from source, about 2.5 s of CPU.
$(VENV)/.synced: $(UV) uv.lock pyproject.toml Makefile
	$(UV) sync --frozen --compile-bytecode --python "$$($(PYTHON) -c 'import sys; print(sys.executable)')"
	touch $@

demo: $(VENV)/.synced
	NEWSLEDGER_ALLOW_PRIVATE_HOSTS=1 $(BIN)/newsledger demo

lint: $(VENV)/.synced
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Both CI cores: one test file per worker (a file's fixtures are set up once).
test: lint
	$(BIN)/python -m pytest -n 2 --dist loadfile

# The edit loop (about a minute): no Prefect, no pipelines in child processes (tests marked slow).
test-fast: $(VENV)/.synced
	$(BIN)/python -m pytest -n 2 --dist loadfile -m "not slow"

bench: $(VENV)/.synced
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) $(TOOLS) .mypy_cache .ruff_cache .pytest_cache
