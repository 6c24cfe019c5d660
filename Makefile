# The two commands of the README: `make demo` (set up + run the bundled example) and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
DB ?= sitrep-demo.sqlite

.PHONY: setup demo test lint bench clean chromium postgres

$(BIN)/sitrep: pyproject.toml
	@command -v $(PY) >/dev/null 2>&1 || { echo "Python 3.11 is needed (set PY=/path/to/python3.11)"; exit 1; }
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@

setup: $(BIN)/sitrep
	$(BIN)/sitrep gazetteer build

demo: setup
	rm -f $(DB)
	$(BIN)/sitrep ingest examples/sample --db $(DB)
	$(BIN)/sitrep events --db $(DB)
	@echo "Next: $(BIN)/sitrep show 1 --db $(DB)    (one event with its evidence)"

# The browser tests drive Debian's Chromium (no browser is ever downloaded by a test tool).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "install Debian's chromium (sudo apt-get install chromium) for the browser tests"; exit 1; fi; }

# The store tests run against SQLite and a real PostgreSQL + PostGIS on loopback (Debian packages).
postgres:
	@ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 && ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get update -qq && apt-get install -y -qq postgresql-15 postgresql-15-postgis-3 >/dev/null; \
	  else echo "install postgresql-15 and postgresql-15-postgis-3 for the PostgreSQL store tests"; exit 1; fi; }

test: setup chromium postgres
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy
	eval "$$(scripts/pg_test_server.sh)" && $(BIN)/pytest

bench: setup
	$(BIN)/python scripts/bench_extract.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache
