"""The emulator's pytest plugin (wbseller_emulator.plugin, entry point pytest11): a test project of
its own, run by pytest in a subprocess, gets the fixtures without importing or listing anything."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

USER_TESTS = textwrap.dedent(
    """
    import asyncio

    import pytest
    import wbseller
    from wbseller.token import Secret, token_info
    from wbseller_emulator import Emulator

    PORTS = []


    def test_a_client_bound_to_the_emulator(wb_emulator, wb_client):
        assert isinstance(wb_emulator, Emulator)
        PORTS.append(wb_emulator.port)
        wb_emulator.seed("content", "seed_cards", {"n": 3})
        assert len(list(wb_client.content.iter_cards())) == 3
        assert wb_client.ping()["content"].ok


    def test_each_test_starts_empty(wb_emulator, wb_client):
        PORTS.append(wb_emulator.port)
        assert list(wb_client.content.iter_cards()) == []


    def test_tokens_of_a_given_type(wb_token):
        base = token_info(Secret(wb_token(token_type="base", categories=["prices"])))
        assert (base.token_type, sorted(base.categories)) == ("base", ["prices"])
        assert token_info(Secret(wb_token())).token_type == "personal"
        assert token_info(Secret(wb_token(read_only=True))).read_only


    def test_the_async_client(wb_emulator, wb_async_client):
        async def main():
            async with wb_async_client as wb:
                return [c async for c in wb.content.iter_cards()]

        assert isinstance(wb_async_client, wbseller.AsyncClient)
        wb_emulator.seed("content", "seed_cards", {"n": 2})
        assert len(asyncio.run(main())) == 2


    def test_the_server_lives_for_its_scope(request):
        print("PORTS", PORTS)


    def test_a_broken_answer_fails_the_test(wb_emulator):
        wb_emulator.response_errors.append("GET /x: the answer broke the spec")
    """
)


def run(tmp_path: Path, ini: str = "") -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_user.py").write_text(USER_TESTS, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\n" + ini, encoding="utf-8")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-s",
            *("-p", "no:randomly", "-p", "no:xdist", "-p", "no:cacheprovider"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )


def ports(out: str) -> list[int]:
    found = re.search(r"PORTS \[([0-9, ]*)\]", out)
    assert found, out
    return [int(p) for p in found.group(1).split(",")]


def test_the_fixtures_work_without_an_import(tmp_path: Path) -> None:
    out = run(tmp_path)
    summary = out.stdout.strip().splitlines()[-1]
    # everything passes but the test whose emulator broke its spec: its teardown fails it
    assert re.search(r"\b6 passed, 1 error\b", summary), out.stdout + out.stderr
    assert "the emulator broke its spec or crashed:" in out.stdout
    assert "GET /x: the answer broke the spec" in out.stdout
    first, second = ports(out.stdout)
    assert first == second  # one server for the session (the default)


def test_the_scope_is_an_ini_option(tmp_path: Path) -> None:
    out = run(tmp_path, "wb_emulator_scope = function\n")
    assert re.search(r"\b6 passed, 1 error\b", out.stdout), out.stdout + out.stderr
    first, second = ports(out.stdout)
    assert first != second  # a server per test


def test_a_wrong_scope_is_named(tmp_path: Path) -> None:
    out = run(tmp_path, "wb_emulator_scope = forever\n")
    assert out.returncode != 0
    assert "wb_emulator_scope = 'forever'" in out.stdout + out.stderr
