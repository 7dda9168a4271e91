"""`make stress` takes a hog count: the issue's proof is the suite green 3 times in a row with 8 CPU
hogs on 2 cores, `make stress RUNS=3 HOGS=8`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_make_stress_passes_runs_and_hogs_on() -> None:
    out = subprocess.run(
        ["make", "-n", "stress", "RUNS=3", "HOGS=8", f"PY={sys.executable}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "HOGS=8" in out and "stress_tests.sh 3" in out


def test_the_script_runs_under_that_many_hogs(tmp_path: Path) -> None:
    """One run of a small selection under 3 hogs: the script says so and reports the run green."""
    done = subprocess.run(
        ["scripts/stress_tests.sh", "1", "tests/unit/test_idset.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "PY": sys.executable, "HOGS": "3", "WORKERS": "0"}
        | {"LOGS": str(tmp_path)},
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "with 3 CPU hog(s)" in done.stdout
    assert "1/1 runs green" in done.stdout
