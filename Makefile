# wbseller: docs -> specs/ -> generated/ -> facade/.  `make help` lists the targets.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
WB_DOCS ?= ../shared/wb-docs
export WB_DOCS

.PHONY: help venv generate check lint-specs coverage drift test unit stress demo bench uncertain clean \
	docs docs-test smoke-wheel

help:
	@echo "make venv      create $(VENV), install wbseller with the dev extra and the emulator (emulator/)"
	@echo "make generate  regenerate generated/ from specs/ (pinned openapi-python-client)"
	@echo "make check     validate + lint specs, docs coverage, generated/ drift, ruff, mypy"
	@echo "make test      run the test suite"
	@echo "make unit      the unit layer alone (tests/unit: no HTTP, no emulator; seconds)"
	@echo "make stress    the suite RUNS=5 times in a row with HOGS=<cores> CPU hogs (scripts/stress_tests.sh)"
	@echo "make diff      spec changes since BASE=<git ref> (default HEAD), each breaking or not"
	@echo "make diff-release  the same against the previous release (RELEASE=09afbb5)"
	@echo "make demo      start the emulator and run examples/tour.py"
	@echo "make bench     the benchmarks in bench/, BENCH_RUNS=3 times each: min/median/max per figure"
	@echo "make docs      build the docs site into build/docs/site (strict; installs the docs extra)"
	@echo "make docs-test the built site in headless Chromium (Debian's chromium + chromium-driver)"
	@echo "make smoke-wheel  build sdist + wheel, twine check, install the wheel in a clean venv, smoke it"

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]"

# The emulator, its own project (emulator/, distribution wbseller-emulator), editable beside wbseller:
# the tests, the demo and the benchmarks talk to it (a stamp, so an older venv gets it too)
EMULATOR := $(VENV)/.emulator
$(EMULATOR): $(PY) emulator/pyproject.toml
	$(PY) -m pip install -q -e "./emulator[test]"
	touch $@

venv: $(PY) $(EMULATOR)

generate: $(PY)
	$(PY) scripts/generate.py
	$(PY) scripts/async_types.py

lint-specs: $(PY)
	$(PY) scripts/validate_specs.py
	$(PY) scripts/lint_specs.py
	$(PY) scripts/apply_limits.py --check

coverage: $(PY)
	$(PY) scripts/check_coverage.py --docs $(WB_DOCS)

# What changed in specs/ since BASE, per operation, each change labelled BREAKING or non-breaking.
# diff-release: against the previous release (RELEASE), failing on an unacknowledged breaking change.
.PHONY: diff diff-ci diff-release
BASE ?= HEAD
RELEASE ?= 09afbb5
diff: $(PY)
	$(PY) scripts/spec_diff.py --base $(BASE)

diff-release: $(PY)
	$(PY) scripts/spec_diff.py --base $(RELEASE) --fail-on-breaking

# CI: the diff against the previous commit; fails on a breaking change CHANGELOG.md does not
# acknowledge (no previous commit -- a first commit or a shallow clone -- is a note, not a failure).
diff-ci: $(PY)
	$(PY) scripts/spec_diff.py --base HEAD~1 --fail-on-breaking --missing-base-ok

# Regenerate and fail on any difference with what is committed (changed or untracked files).
drift: generate
	git diff --exit-code --stat -- generated/
	@test -z "$$(git status --porcelain -- generated/)" || { git status --porcelain -- generated/; \
		echo "drift: generated/ differs from specs/ (run make generate and commit)"; exit 1; }

check: $(EMULATOR) lint-specs coverage drift
	$(PY) scripts/async_types.py --check
	$(VENV)/bin/ruff check facade emulator scripts tests bench examples
	$(VENV)/bin/ruff format --check facade emulator scripts tests bench examples
	$(VENV)/bin/mypy

# The tour: against the built-in emulator, or (with WB_API_TOKEN) read-only against WB itself.
demo: $(PY) $(EMULATOR)
	$(PY) examples/tour.py

# one pytest worker per core (pytest-xdist): most of the suite waits on loopback, servers or paced
# clocks, so two workers halve the wall time on a 2-core machine; WORKERS=0 runs it in one process.
# worksteal: an idle worker takes queued tests from a busy one (a few tests take 5-9 s)
WORKERS ?= auto
test: $(PY) $(EMULATOR)
	$(PY) -m pytest -q -n $(WORKERS) --dist worksteal

# The unit layer alone (tests/unit: no HTTP, no emulator; plans on a fake runner): the inner loop.
# Its few tests marked slow (mypy in a subprocess, an emulator) run with make test.
unit: $(PY) $(EMULATOR)
	$(PY) -m pytest -q -n 0 -m "not slow" tests/unit

# The whole suite RUNS times while HOGS CPU hogs (default: one per core) load the machine: no test
# may depend on the machine's speed, e.g. `make stress RUNS=3 HOGS=8` (8 hogs on 2 cores)
RUNS ?= 5
HOGS ?= $(shell nproc)
stress: $(PY) $(EMULATOR)
	PY=$(PY) WORKERS=$(WORKERS) HOGS=$(HOGS) scripts/stress_tests.sh $(RUNS)

# Benchmarks print their figures (ratios against a baseline measured in the same run); bench/run.py
# runs each BENCH_RUNS times and prints min/median/max per figure beside its goal, with BENCH_HOGS
# CPU hogs meanwhile for the loaded-machine column (e.g. `make bench BENCH_HOGS=8`); BENCH=names
# picks some (e.g. BENCH="p2_cpu p4_import"). Full output: build/bench.log.
BENCH_RUNS ?= 3
BENCH_HOGS ?= 0
BENCH ?=
bench: $(PY) $(EMULATOR) $(VENV)-runtime/bin/python
	$(PY) bench/run.py --runs $(BENCH_RUNS) --hogs $(BENCH_HOGS) --markdown build/bench.md $(BENCH)

# wbseller with its runtime dependencies only (what users import), for the import-time figure
$(VENV)-runtime/bin/python:
	$(PYTHON) -m venv $(VENV)-runtime
	$(VENV)-runtime/bin/python -m pip install -q -e .

# The docs site (mkdocs.yml; docs/about.md): strict, so a warning or a broken link or anchor fails.
# The operation pages are generated at each build from specs/ (scripts/docs_reference.py).
DOCS_STAMP := $(VENV)/.docs-extra
$(DOCS_STAMP): $(PY) pyproject.toml
	$(PY) -m pip install -q -e ".[docs]"
	touch $@

docs: $(DOCS_STAMP)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict

# The built site in a real headless browser (index, search, an operation page; a screenshot to
# build/docs-screenshot.png). Not part of `make test`: it needs Chromium, which .ci/run installs.
docs-test: docs $(EMULATOR)
	$(PY) -m pytest -q tests/docs_site

# The package as PyPI would get it: sdist + wheel, twine check, the wheel installed in a clean venv
# outside the checkout, and a smoke script (import, a call against the emulator, the CLI's help).
smoke-wheel: $(PY)
	PY=$(PY) scripts/smoke_wheel.sh

# Every x-wb-uncertain place in the specs, grouped by reason (what to re-check on new docs)
uncertain: $(PY)
	$(PY) scripts/list_uncertain.py

clean:
	rm -rf $(VENV) $(VENV)-runtime .pytest_cache .mypy_cache .ruff_cache build dist
