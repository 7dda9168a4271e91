"""Without an optional package, what the user meets names what to install, once, instead of a
bare ModuleNotFoundError from deep inside the package; wbseller.testing forwards to the emulator's
own package (wbseller_emulator) with a DeprecationWarning."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

# A meta path finder that makes the emulator's package absent, as in an install without
# wbseller-emulator: importing it raises what a missing package raises.
BLOCK = textwrap.dedent(
    """
    import sys

    class Absent:
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in {"wbseller_emulator"}:
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
def test_the_emulator_without_its_package_names_the_package(statement: str) -> None:
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
    assert "pip install wbseller-emulator" in message
    assert "wbseller_emulator" in message  # the new name, to import


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
    assert lines[0].count("pip install wbseller-emulator") == 1, lines[0]


def test_wbseller_testing_forwards_to_wbseller_emulator_with_a_warning() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-W",
            "always::DeprecationWarning",
            "-c",
            textwrap.dedent(
                """
                from wbseller.testing import Emulator
                from wbseller.testing.handlers.content import ContentStore
                import wbseller_emulator
                from wbseller_emulator.handlers import content
                assert Emulator is wbseller_emulator.Emulator
                assert ContentStore is content.ContentStore  # the same module, not a second copy
                assert content.__spec__.name == "wbseller_emulator.handlers.content"
                print("ok")
                """
            ),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.stdout.strip() == "ok", out.stderr
    assert out.stderr.count("DeprecationWarning") == 1, out.stderr
    assert "wbseller.testing is deprecated: import wbseller_emulator" in out.stderr


def test_python_m_wbseller_testing_still_runs_the_emulator() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "wbseller.testing", "--help"], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert "Run the WB emulator." in out.stdout
