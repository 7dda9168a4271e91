"""Without an optional extra, what the user meets names the extra to install, once, instead of
a bare ModuleNotFoundError from deep inside the package."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

# A meta path finder that makes the emulator extra's packages absent, as in an install without
# `wbseller[emulator]`: importing them raises what a missing package raises.
BLOCK = textwrap.dedent(
    """
    import sys

    class Absent:
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in {"uvicorn", "openapi_core"}:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None

    sys.meta_path.insert(0, Absent())
    """
)


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCK + textwrap.dedent(code)], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("statement", ["import wbseller.testing", "from wbseller.testing import Emulator"])
def test_the_emulator_without_its_extra_names_the_extra(statement: str) -> None:
    out = run(
        f"""
        try:
            {statement}
        except ImportError as e:
            print(type(e).__name__, "|", e)
        """
    )
    assert out.returncode == 0, out.stderr
    kind, _, message = out.stdout.strip().partition(" | ")
    assert kind == "ImportError"  # not its subclass ModuleNotFoundError
    assert 'pip install "wbseller[emulator]"' in message
    assert "uvicorn" in message  # what is missing, for the curious


def test_the_library_itself_needs_no_extra() -> None:
    out = run("import wbseller; wbseller.Client('t'); print('ok')")
    assert out.stdout.strip() == "ok", out.stderr


def test_the_cli_emulator_command_says_it_once() -> None:
    pytest.importorskip("click")
    out = run(
        """
        from wbseller.cli import cli
        raise SystemExit(cli.main(["emulator"], standalone_mode=False))
        """
    )
    assert out.returncode == 1, out.stdout + out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert lines[0].count("wbseller[emulator]") == 1, lines[0]
