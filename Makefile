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
# Installed packages come with their bytecode: without it every process compiles what it imports
# (Prefect, spaCy: about 12 s of CPU per test worker) wherever PYTHONDONTWRITEBYTECODE is set,
# as in many containers, and once per machine elsewhere. It costs the sync about 30 s.
export UV_COMPILE_BYTECODE := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

.PHONY: demo test test-fast lint bench clean

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet "uv==$(UV_VERSION)"

$(VENV)/.synced: $(UV) uv.lock pyproject.toml Makefile
	$(UV) sync --frozen --python "$$($(PYTHON) -c 'import sys; print(sys.executable)')"
	touch $@

demo: $(VENV)/.synced
	NEWSLEDGER_ALLOW_PRIVATE_HOSTS=1 $(BIN)/newsledger demo

lint: $(VENV)/.synced
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Both CI cores: one test file per worker (a file's fixtures are set up once). Files go out in
# collection order (tests/flows first), not xdist's default of most tests first: that left the
# one-test files which start Prefect servers (concurrent writers: 100-200 s) for the very end.
XDIST := -n 2 --dist loadfile --no-loadscope-reorder
# mypy runs beside the tests, not before them: with a cold cache (as on CI) it keeps one core
# busy for about 25 s (1 s warm), and before the tests that left the other core idle. Its report
# is printed after the tests'; either failing fails the target (mypy's status first).
test: $(VENV)/.synced
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	report=$$(mktemp); \
	$(BIN)/mypy >"$$report" 2>&1 & types=$$!; \
	trap 'kill $$types 2>/dev/null; rm -f "$$report"' INT TERM; \
	$(BIN)/python -m pytest $(XDIST); tests=$$?; \
	wait $$types; typed=$$?; cat "$$report"; rm -f "$$report"; \
	[ $$typed -eq 0 ] || exit $$typed; exit $$tests

# The edit loop (about 70 s on 2 idle cores): no Prefect server, no
# pipelines in child processes (tests marked slow; tests/conftest.py says which).
test-fast: $(VENV)/.synced
	$(BIN)/python -m pytest $(XDIST) -m "not slow"

bench: $(VENV)/.synced
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) $(TOOLS) .mypy_cache .ruff_cache .pytest_cache
