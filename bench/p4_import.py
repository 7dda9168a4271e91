"""P4: `python -X importtime -c "import wbseller"` total, median of several fresh interpreters
(for comparison: httpx alone). Target <= 150 ms.

Run it with an interpreter that has only wbseller's runtime dependencies (`make bench` builds
.venv-runtime for it): in the dev venv, httpx also imports its optional CLI (click, rich),
which users of the library do not have.

    .venv-runtime/bin/python bench/p4_import.py [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys


def import_us(module: str) -> int:
    """Cumulative microseconds of `import module` in a fresh interpreter (its top-level line)."""
    err = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
    ).stderr.splitlines()
    for line in reversed(err):
        parts = line.split("|")
        if len(parts) == 3 and parts[2].rstrip() == f" {module}":
            return int(parts[1])
    raise RuntimeError(f"no importtime line for {module}")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=7)
    args = p.parse_args()
    print("P4  import time (median of", args.runs, "fresh interpreters)")
    for module in ("wbseller", "httpx"):
        import_us(module)  # warm the .pyc files
        ms = statistics.median(import_us(module) for _ in range(args.runs)) / 1000
        print(f"    import {module:30s} {ms:7.1f} ms")


if __name__ == "__main__":
    main()
