#!/usr/bin/env bash
# The package as a user gets it: build the sdist and, from it, the wheel (python -m build, in an
# isolated environment as a release does), `twine check --strict` them, install the wheel with the
# emulator and cli extras in a fresh venv OUTSIDE the checkout, and from a directory outside it run
# scripts/smoke_wheel.py (import, a call against the emulator) and `wbseller --help`.
#   PY=.venv/bin/python scripts/smoke_wheel.sh        (make smoke-wheel)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY=${PY:-.venv/bin/python}
DIST=${DIST:-$ROOT/dist}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/wbseller-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

rm -rf "$DIST"
# no --sdist/--wheel: the sdist first, then the wheel built from it (so the sdist is complete)
"$PY" -m build --outdir "$DIST" . >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
"$PY" -m twine check --strict "$DIST"/*
wheel=$(ls "$DIST"/wbseller-*.whl)
sdist=$(ls "$DIST"/wbseller-*.tar.gz)
echo "built: $(basename "$wheel") $(basename "$sdist")"

# what the wheel must and must not hold
"$PY" - "$wheel" <<'PYEOF'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
need = ["wbseller/__init__.py", "wbseller/py.typed", "wbseller_raw/tables.py", "wbseller_raw/py.typed"]
missing = [n for n in need if n not in names]
assert not missing, f"the wheel lacks {missing}"
assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names), "the wheel lacks LICENSE"
assert not [n for n in names if n.startswith(("tests/", "scripts/", "docs/", "specs/"))], "the wheel holds repo files"
print(f"wheel: {len(names)} files, LICENSE and py.typed in it")
PYEOF

python3 -m venv "$WORK/venv"
{ "$WORK/venv/bin/python" -m pip install -q --upgrade pip &&
  "$WORK/venv/bin/python" -m pip install -q "$wheel[emulator,cli]"; } >"$WORK/install.log" 2>&1 ||
  { cat "$WORK/install.log"; exit 1; }
cp scripts/smoke_wheel.py "$WORK/smoke.py"
cd "$WORK"  # nothing of the checkout on sys.path
"$WORK/venv/bin/python" smoke.py "$ROOT"
"$WORK/venv/bin/wbseller" --help >"$WORK/help.txt"
grep -q "Work with a Wildberries seller account" "$WORK/help.txt" || { cat "$WORK/help.txt"; exit 1; }
"$WORK/venv/bin/wbseller" --version
echo "smoke-wheel: ok"
