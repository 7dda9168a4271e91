#!/usr/bin/env bash
# The whole test suite RUNS times in a row (default 5) while CPU hogs (`python -c 'while 1: pass'`,
# one per core, or HOGS=N of them) load the machine: a suite that depends on wall-clock time or
# scheduling fails here. The script starts the hogs and stops them itself (on exit, error or
# Ctrl-C). Prints each run's verdict, pytest's closing line and duration, then the totals; exits 1
# if any run failed. Each run's full output is kept in LOGS (default: a new temporary directory).
#
#   scripts/stress_tests.sh            # 5 runs
#   HOGS=8 scripts/stress_tests.sh 3   # 3 runs with 8 hogs (4 per core on 2 cores)
#   scripts/stress_tests.sh 2 tests/core/test_limits.py -k gather   # 2 runs of a selection
set -uo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-5}
shift $(($# > 0 ? 1 : 0))
PY=${PY:-.venv/bin/python}
HOGS=${HOGS:-$(nproc)}
WORKERS=${WORKERS:-auto} # pytest-xdist workers, as `make test` runs it
LOGS=${LOGS:-$(mktemp -d -t wbseller-stress.XXXXXX)}
mkdir -p "$LOGS"

hogs=()
stop_hogs() {
    for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null; done
    for pid in "${hogs[@]}"; do wait "$pid" 2>/dev/null; done
    hogs=()
}
trap stop_hogs EXIT
trap 'exit 130' INT TERM # the EXIT trap then stops the hogs

for _ in $(seq "$HOGS"); do
    "$PY" -c 'while 1: pass' &
    hogs+=($!)
done
echo "stress: $RUNS run(s) of the suite ($WORKERS workers) with $HOGS CPU hog(s) on $(nproc) core(s); logs in $LOGS"

failed=0
total_start=$(date +%s.%N)
for run in $(seq "$RUNS"); do
    log="$LOGS/run-$run.log"
    start=$(date +%s.%N)
    # unbuffered: the log shows the run's progress as it goes, not in blocks
    PYTHONUNBUFFERED=1 "$PY" -m pytest -q -p no:cacheprovider -n "$WORKERS" --dist worksteal --durations=10 "$@" >"$log" 2>&1
    rc=$?
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    summary=$(grep -E '^(=+ )?[0-9]+ (passed|failed)|^(=+ )?no tests ran' "$log" | tail -n 1 | tr -d '=')
    if [ "$rc" -eq 0 ]; then verdict=PASS; else verdict=FAIL; failed=$((failed + 1)); fi
    printf 'run %d/%d: %s  %-45s %6.1f s\n' "$run" "$RUNS" "$verdict" "${summary:-(no summary, rc $rc)}" "$seconds"
    [ "$rc" -eq 0 ] || grep -E '^(FAILED|ERROR) ' "$log" | sed 's/^/    /'
done
total=$(echo "$(date +%s.%N) - $total_start" | bc)
printf 'stress: %d/%d runs green, %d failed, %.1f s in all\n' $((RUNS - failed)) "$RUNS" "$failed" "$total"
[ "$failed" -eq 0 ]
