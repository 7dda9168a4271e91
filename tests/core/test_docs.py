"""The docs stay true: the README's emulator example and its `WAREHOUSE=$(python -c …)` line run
as written, the `Emulator` docstring's example passes as a doctest, and the emulator serves the
limits the CLI's --emulator-limits reads."""

from __future__ import annotations

import doctest
import os
import re
import subprocess
import sys
from pathlib import Path

import httpx

import wbseller_emulator.server
from wbseller_emulator import Emulator, EmulatorProcess

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _run(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v for k, v in os.environ.items() if k not in ("WB_API_TOKEN", "WBD_API_TOKEN", "WB_REDIS_URL")
    }
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env={**clean, **env}
    )


def test_readme_emulator_example_runs_as_written() -> None:
    blocks = [b for b in re.findall(r"```python\n(.*?)```", README, re.S) if "import Emulator" in b]
    assert len(blocks) == 1, "the README's emulator example moved"
    out = _run(blocks[0])
    assert out.returncode == 0, out.stderr
    printed = out.stdout.splitlines()
    assert printed == ["250 30 4", "[503, 503, 200]"], out.stdout + out.stderr
    for line in printed:  # what the comments promise
        assert f"# {line}" in blocks[0]


def test_emulator_docstring_example() -> None:
    failed, attempted = doctest.testmod(wbseller_emulator.server, optionflags=doctest.ELLIPSIS)
    assert attempted >= 3 and failed == 0


def test_readme_warehouse_line_can_run_twice(emu: Emulator) -> None:
    """The README's shell line that makes a warehouse for `stocks set`: the second run finds the
    first run's warehouse instead of failing with 409 OfficeAlreadyUsed."""
    match = re.search(r'WAREHOUSE=\$\(python -c "(.*?)"\)', README, re.S)
    assert match, "the README's WAREHOUSE line moved"
    code = re.sub(r"\\\n\s*", "", match.group(1)).replace("http://127.0.0.1:8080", emu.base_url)
    token = emu.make_token(["marketplace"])
    first, second = _run(code, WB_API_TOKEN=token), _run(code, WB_API_TOKEN=token)
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert first.stdout == second.stdout and first.stdout.strip().isdigit()
    from wbseller_emulator.handlers.marketplace import MarketplaceStore

    assert [w.id for w in emu.state.default.store(MarketplaceStore).warehouses()] == [int(first.stdout)]


def test_the_emulator_serves_its_client_limits(emu: Emulator) -> None:
    served = httpx.get(f"{emu.base_url}/__emulator__/limits").json()
    assert {k: {t: tuple(v) for t, v in per_type.items()} for k, per_type in served.items()} == (
        emu.client_rate_limits()
    )
    assert served["content"]["personal"] == [100, 60.0 * emu.clock.time_scale, 5]
    assert served["prices"]["base"] == [4, 3600.0 * emu.clock.time_scale, 1]  # per token type


def test_an_emulator_process_gives_its_served_limits() -> None:
    with EmulatorProcess(time_scale=0.5) as remote:
        limits = remote.client_rate_limits()
        assert limits == Emulator(time_scale=0.5).client_rate_limits()
        assert remote.client_rate_limits(slack=2.0)["content"]["personal"] == (100, 60.0, 5)
