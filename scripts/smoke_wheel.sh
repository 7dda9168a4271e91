#!/usr/bin/env bash
# The packages as a user gets them: build the sdist and, from it, the wheel (python -m build, in an
# isolated environment as a release does) of wbseller and of the emulator (emulator/, its own
# distribution wbseller-emulator), `twine check --strict` them, install both wheels (wbseller with
# the cli extra) in a fresh venv OUTSIDE the checkout, and from a directory outside it run
# scripts/smoke_wheel.py (import, a call against the emulator), `wbseller --help`, and the
# emulator's own tests (tests/emulator, copied out) against the installed emulator: a few files by
# default, all of them with EMULATOR_TESTS=all.
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
"$PY" -m build --outdir "$DIST" emulator >"$WORK/build-emulator.log" 2>&1 ||
  { cat "$WORK/build-emulator.log"; exit 1; }
"$PY" -m twine check --strict "$DIST"/*
wheel=$(ls "$DIST"/wbseller-[0-9]*.whl)
sdist=$(ls "$DIST"/wbseller-[0-9]*.tar.gz)
emu_wheel=$(ls "$DIST"/wbseller_emulator-*.whl)
echo "built: $(basename "$wheel") $(basename "$sdist") $(basename "$emu_wheel")"

# what the wheel must and must not hold
"$PY" - "$wheel" <<'PYEOF'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
need = ["wbseller/__init__.py", "wbseller/py.typed", "wbseller_raw/tables.py", "wbseller_raw/py.typed"]
missing = [n for n in need if n not in names]
assert not missing, f"the wheel lacks {missing}"
assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names), "the wheel lacks LICENSE"
assert not [n for n in names if n.startswith(("tests/", "scripts/", "docs/", "specs/"))], "the wheel holds repo files"
# the emulator is its own wheel: wbseller's holds only wbseller_emulator's forwarding shim
shim = {"wbseller/testing/__init__.py", "wbseller/testing/__main__.py"}
extra = sorted(n for n in names if n.startswith("wbseller/testing/") and n not in shim)
assert not extra and not [n for n in names if n.startswith("wbseller_emulator/")], f"the emulator is in it: {extra}"
print(f"wheel: {len(names)} files, LICENSE and py.typed in it, no emulator")
PYEOF
"$PY" - "$emu_wheel" <<'PYEOF'
import sys, zipfile
zf = zipfile.ZipFile(sys.argv[1])
names = zf.namelist()
need = ["wbseller_emulator/__init__.py", "wbseller_emulator/plugin.py", "wbseller_emulator/py.typed"]
assert not [n for n in need if n not in names], f"the emulator's wheel lacks {[n for n in need if n not in names]}"
assert not [n for n in names if n.startswith(("wbseller/", "wbseller_raw/", "tests/"))], "it holds wbseller's files"
points = zf.read(next(n for n in names if n.endswith(".dist-info/entry_points.txt"))).decode()
assert "[pytest11]" in points and "wbseller_emulator.plugin" in points, points
print(f"emulator wheel: {len(names)} files, the pytest plugin registered")
PYEOF

python3 -m venv "$WORK/venv"
{ "$WORK/venv/bin/python" -m pip install -q --upgrade pip &&
  "$WORK/venv/bin/python" -m pip install -q "$wheel[cli]" "$emu_wheel[test]"; } >"$WORK/install.log" 2>&1 ||
  { cat "$WORK/install.log"; exit 1; }
cp scripts/smoke_wheel.py "$WORK/smoke.py"
mkdir "$WORK/tests" && cp -r tests/emulator "$WORK/tests/emulator"
cd "$WORK"  # nothing of the checkout on sys.path
"$WORK/venv/bin/python" smoke.py "$ROOT"
"$WORK/venv/bin/wbseller" --help >"$WORK/help.txt"
grep -q "Work with a Wildberries seller account" "$WORK/help.txt" || { cat "$WORK/help.txt"; exit 1; }
"$WORK/venv/bin/wbseller" --version
# the emulator's tests need only the installed emulator (its pytest plugin gives them their
# emulator); the few that read the repository's facts are left to the repository's run
if [ "${EMULATOR_TESTS:-some}" = all ]; then
    picked=(tests/emulator)
else
    picked=(tests/emulator/test_core.py tests/emulator/test_prices.py)
fi
"$WORK/venv/bin/python" -m pytest -q -p no:cacheprovider "${picked[@]}"
echo "smoke-wheel: ok"
