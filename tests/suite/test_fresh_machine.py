"""The README's test command passes on a fresh machine by itself: the RedisLimiter tests run the
Redis-compatible server the dev extra ships, not a redis-server the system may lack (issue 21:
only .ci/run installed one). Here a RedisLimiter test runs with a PATH that holds no server."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_redis_tests_need_no_redis_server_on_path(tmp_path: Path) -> None:
    # a PATH of this interpreter's folder only: no redis-server (nor valkey-server) on it
    path = str(Path(sys.executable).parent)
    assert shutil.which("redis-server", path=path) is None
    env = {k: v for k, v in os.environ.items() if k != "WB_TEST_REDIS_SERVER"} | {"PATH": path}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
         "tests/limits/test_redis_limiter.py", "-k", "test_workers_share_one_budget"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "skipped" not in done.stdout


def test_ci_installs_no_redis_server() -> None:
    """CI runs what a fresh machine runs: nothing outside the project's own files."""
    assert "redis-server" not in (ROOT / ".ci" / "run").read_text()
