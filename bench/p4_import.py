"""P4: what the first call costs, in fresh interpreters of a runtime-only venv (`make bench`
builds .venv-runtime: in the dev venv, httpx also imports its optional CLI, click and rich, which
users of the library do not have).

- import: `python -X importtime -c "import wbseller"` total, median of several interpreters (and
  httpx alone, for comparison). Target <= 150 ms.
- first real call: import wbseller, build a Client, one content and one promotion operation
  (GET /content/v2/cards/limits, GET /adv/v1/balance against the emulator in another process),
  vs `import wbseller` alone, both timed inside the fresh interpreter the same way, alternating;
  the ratio of the medians. Target <= 1.5. Also the same without the two requests (the imports
  of both operations' modules and the Client only).

The interpreters run with bytecode caching on, whatever PYTHONDONTWRITEBYTECODE says here: an
installed wbseller has its .pyc files (pip writes them), so a user's import does not compile
wbseller's and wbseller_raw's sources; the first warm-up run writes them. `--no-pyc` measures
with every source compiled in every interpreter instead (slower on both sides of the ratio).

    .venv-runtime/bin/python bench/p4_import.py [--runs 7] [--emulator-python .venv/bin/python] [--no-pyc]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

from _util import emulator_process, result

ROOT = Path(__file__).resolve().parent.parent

HTTPX_ONLY = """
import time
t0, c0 = time.perf_counter(), time.process_time()
import httpx
print(time.perf_counter() - t0, time.process_time() - c0)
"""

IMPORT_ONLY = """
import time
t0, c0 = time.perf_counter(), time.process_time()
import wbseller
print(time.perf_counter() - t0, time.process_time() - c0)
"""

WITHOUT_CALLS = """
import os, time
t0, c0 = time.perf_counter(), time.process_time()
import wbseller
from wbseller_raw.content.api.cards import limits_for_the_product_cards
from wbseller_raw.promotion.api.finances import balance
wb = wbseller.Client(os.environ["BENCH_TOKEN"], base_url=os.environ["BENCH_URL"])
print(time.perf_counter() - t0, time.process_time() - c0)
"""

FIRST_CALL = """
import os, time
t0, c0 = time.perf_counter(), time.process_time()
import wbseller
from wbseller_raw.content.api.cards import limits_for_the_product_cards
from wbseller_raw.promotion.api.finances import balance
with wbseller.Client(os.environ["BENCH_TOKEN"], base_url=os.environ["BENCH_URL"]) as wb:
    assert limits_for_the_product_cards.sync(client=wb.content.raw).data is not None
    assert balance.sync(client=wb.promotion.raw) is not None
print(time.perf_counter() - t0, time.process_time() - c0)
"""


BARE_CALL = """
import os, time
t0, c0 = time.perf_counter(), time.process_time()
import json
import httpx
headers = {"Authorization": os.environ["BENCH_TOKEN"]}
with httpx.Client(base_url=os.environ["BENCH_URL"], headers=headers) as http:
    assert json.loads(http.get("/content/v2/cards/limits").content)["data"] is not None
    assert json.loads(http.get("/adv/v1/balance").content) is not None
print(time.perf_counter() - t0, time.process_time() - c0)
"""


def child_env(no_pyc: bool, **extra: str) -> dict[str, str]:
    env = {**os.environ, **extra}
    if no_pyc:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def import_us(module: str, env: dict[str, str]) -> int:
    """Cumulative microseconds of `import module` in a fresh interpreter (its top-level line)."""
    err = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stderr.splitlines()
    for line in reversed(err):
        parts = line.split("|")
        if len(parts) == 3 and parts[2].rstrip() == f" {module}":
            return int(parts[1])
    raise RuntimeError(f"no importtime line for {module}")


def seconds(script: str, env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds the script timed in a fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env
    ).stdout
    wall, cpu = out.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--emulator-python", default=str(ROOT / ".venv" / "bin" / "python"))
    p.add_argument("--no-pyc", action="store_true", help="compile every source in every interpreter")
    args = p.parse_args()
    pyc = "no .pyc: every source compiled" if args.no_pyc else ".pyc files written on the warm-up"
    print(f"P4  import time (median of {args.runs} fresh interpreters; {pyc})")
    ms: dict[str, float] = {}
    for module in ("wbseller", "httpx"):
        import_us(module, child_env(args.no_pyc))  # warm the .pyc files
        ms[module] = (
            statistics.median(import_us(module, child_env(args.no_pyc)) for _ in range(args.runs)) / 1000
        )
        print(f"    import {module:30s} {ms[module]:7.1f} ms")
    print(f"    import wbseller / import httpx: {ms['wbseller'] / ms['httpx']:.2f} (target <= 1.2)")
    with emulator_process("--no-rate-limits", "--no-strict", python=args.emulator_python) as (base, token):
        env = child_env(args.no_pyc, BENCH_TOKEN=token, BENCH_URL=base)
        seconds(FIRST_CALL, env)  # warm the .pyc files
        times: dict[str, list[tuple[float, float]]] = {k: [] for k in SCRIPTS}
        for _ in range(args.runs):
            for key, script in SCRIPTS.items():
                times[key].append(seconds(script, env))
    wall = {k: statistics.median(t[0] for t in v) for k, v in times.items()}
    cpu = {k: statistics.median(t[1] for t in v) for k, v in times.items()}
    only, imports, call, bare = (wall[k] for k in ("import", "imports", "call", "bare"))
    print(
        f"    import wbseller + both operations' modules + Client (no request) {imports * 1000:6.1f} ms: "
        f"ratio {imports / only:.2f} to import wbseller alone ({only * 1000:.1f} ms)"
    )
    print(
        f"    first real call (the above + one content and one promotion request) {call * 1000:6.1f} ms: "
        f"ratio {call / only:.2f} (target <= 1.5)"
    )
    print(
        f"    the same two requests with bare httpx + json.loads (import httpx, httpx.Client) "
        f"{bare * 1000:6.1f} ms: first real call ratio {call / bare:.2f} to it (target <= 1.2)"
    )
    print(
        f"    CPU time (process_time, medians): import wbseller {cpu['import'] * 1000:.1f} ms / import httpx "
        f"{cpu['httpx'] * 1000:.1f} ms = {cpu['import'] / cpu['httpx']:.2f}; first real call "
        f"{cpu['call'] * 1000:.1f} ms / bare {cpu['bare'] * 1000:.1f} ms = {cpu['call'] / cpu['bare']:.2f}"
    )
    result("p4_import_ratio", ms["wbseller"] / ms["httpx"], "<= 1.2", "ratio")
    result("p4_import_cpu_ratio", cpu["import"] / cpu["httpx"], "<= 1.2", "ratio")
    result("p4_first_call_ratio", call / bare, "<= 1.2", "ratio")
    result("p4_first_call_cpu_ratio", cpu["call"] / cpu["bare"], "<= 1.2", "ratio")


SCRIPTS = {
    "httpx": HTTPX_ONLY,
    "import": IMPORT_ONLY,
    "imports": WITHOUT_CALLS,
    "call": FIRST_CALL,
    "bare": BARE_CALL,
}


if __name__ == "__main__":
    main()
