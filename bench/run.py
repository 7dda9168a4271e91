"""Run benchmarks several times and summarise their RESULT lines: min / median / max per figure,
beside its goal. A benchmark prints `RESULT {"name", "value", "goal", "unit"}` lines
(bench/_util.py: result); everything else it prints goes to the log only.

    python bench/run.py                      # every benchmark, 3 runs each
    python bench/run.py --runs 5 p2_cpu p4_import
    python bench/run.py --hogs 8             # the same with 8 CPU hogs (a loaded machine)
    python bench/run.py --markdown out.md    # also write the table as Markdown

The machine's state (idle or loaded) is part of every figure: the header says how many hogs ran
and the load average when the runs began and ended.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# the import benchmark measures what users import: wbseller with its runtime dependencies only
RUNTIME_PY = ROOT / ".venv-runtime" / "bin" / "python"
ORDER = [
    "p1_rate_limit",
    "p2_overhead",
    "p2_cpu",
    "p3_cards",
    "p3_drift",
    "p3_wbd_upload",
    "p4_import",
    "p5_burst1",
    "p5_accounts",
    "redis_cpu",
    "redis_shared",
    "emulator_rps",
    "emulator_writes",
    "emulator_limits",
]
RUNTIME_ONLY = {"p4_import"}


@contextmanager
def hogs(n: int) -> Iterator[None]:
    procs = [subprocess.Popen([sys.executable, "-c", "while 1: pass"]) for _ in range(n)]
    try:
        yield
    finally:
        for p in procs:
            p.kill()
        for p in procs:
            p.wait()


def run_once(name: str, args: list[str], log: Path) -> tuple[list[dict[str, object]], int, float]:
    python = str(RUNTIME_PY) if name in RUNTIME_ONLY and RUNTIME_PY.exists() else sys.executable
    started = time.monotonic()
    proc = subprocess.run([python, str(HERE / f"{name}.py"), *args], capture_output=True, text=True)
    seconds = time.monotonic() - started
    with log.open("a") as f:
        f.write(
            f"$ {name} {' '.join(args)} (rc {proc.returncode}, {seconds:.1f} s)\n{proc.stdout}{proc.stderr}\n"
        )
    found = [json.loads(line[7:]) for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    return found, proc.returncode, seconds


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("names", nargs="*", help="benchmarks (file names without .py); default: all")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--hogs", type=int, default=0, help="CPU hogs to run meanwhile (a loaded machine)")
    p.add_argument("--log", type=Path, default=Path("build/bench.log"))
    p.add_argument("--markdown", type=Path)
    p.add_argument(
        "--arg", action="append", default=[], metavar="NAME=ARGS", help="extra arguments for one benchmark"
    )
    a = p.parse_args()
    names = a.names or [n for n in ORDER if (HERE / f"{n}.py").exists()]
    extra = {k: v.split() for k, v in (item.split("=", 1) for item in a.arg)}
    a.log.parent.mkdir(parents=True, exist_ok=True)
    a.log.write_text("")
    values: dict[str, list[float]] = defaultdict(list)
    meta: dict[str, tuple[str, str, str]] = {}
    failures: list[str] = []
    load_before = os.getloadavg()[0]
    with hogs(a.hogs):
        for name in names:
            for i in range(a.runs):
                found, rc, seconds = run_once(name, extra.get(name, []), a.log)
                print(
                    f"  {name} run {i + 1}/{a.runs}: rc {rc}, {len(found)} figures, {seconds:.1f} s",
                    flush=True,
                )
                if rc != 0:
                    failures.append(f"{name} run {i + 1} (rc {rc})")
                for r in found:
                    key = str(r["name"])
                    values[key].append(float(r["value"]))  # type: ignore[arg-type]
                    meta[key] = (name, str(r["goal"]), str(r["unit"]))
    load_after = os.getloadavg()[0]
    head = (
        f"{a.runs} runs each, {a.hogs} CPU hogs on {os.cpu_count()} cores, "
        f"load average {load_before:.1f} at the start, {load_after:.1f} at the end"
    )
    rows = [
        "| figure | benchmark | min | median | max | unit | goal |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for key, xs in values.items():
        bench, goal, unit = meta[key]
        cells = [f"{min(xs):.3g}", f"{statistics.median(xs):.3g}", f"{max(xs):.3g}"]
        rows.append(f"| {key} | {bench} | {' | '.join(cells)} | {unit} | {goal} |")
    print(head)
    print("\n".join(rows))
    for f in failures:
        print(f"FAILED: {f} (see {a.log})")
    if a.markdown:
        a.markdown.parent.mkdir(parents=True, exist_ok=True)
        a.markdown.write_text(f"{head}\n\n" + "\n".join(rows) + "\n")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
