"""What a user's project meets when it installs wbseller: type hints mypy reads (the py.typed
marker), and a library that stays quiet on stderr until logging is configured."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

from wbseller_emulator import Emulator

ROOT = Path(__file__).resolve().parents[2]


def test_py_typed_is_shipped_as_package_data() -> None:
    assert (ROOT / "facade" / "wbseller" / "py.typed").is_file()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "py.typed" in project["tool"]["setuptools"]["package-data"]["wbseller"]
    # the SPDX form (PEP 639): setuptools >= 77 warns about the old table form at every install
    assert project["project"]["license"] == "MIT"
    assert any(r.startswith("setuptools>=77") for r in project["build-system"]["requires"])


def test_the_package_metadata_is_complete() -> None:
    """What PyPI shows and pip reads: the license file the SPDX expression names, authors,
    keywords, classifiers, project URLs, and one version (facade/wbseller/_version.py)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    meta = project["project"]
    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert license_text.startswith("MIT License") and meta["license-files"] == ["LICENSE"]
    assert meta["authors"] and all(a["name"] for a in meta["authors"])
    assert "wildberries" in meta["keywords"]
    assert "Typing :: Typed" in meta["classifiers"]  # py.typed ships
    assert "Programming Language :: Python :: 3.11" in meta["classifiers"]
    assert not [c for c in meta["classifiers"] if c.startswith("License ::")]  # PEP 639: the expression only
    assert meta["urls"] and all(u.startswith("https://") for u in meta["urls"].values())
    assert meta["dynamic"] == ["version"] and "version" not in meta
    attr = project["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    assert attr == "wbseller._version.__version__"
    import wbseller

    assert re.fullmatch(r"\d+\.\d+\.\d+", wbseller.__version__)  # semver (RELEASING.md)


def test_mypy_reads_the_installed_package(tmp_path: Path) -> None:
    """wbseller as a user has it, in the site-packages of another interpreter: mypy --strict
    follows it (without py.typed: "missing library stubs or py.typed marker", and Any)."""
    pytest.importorskip("mypy")
    python = installed_copy(tmp_path / "env")
    script = tmp_path / "use.py"
    script.write_text(
        "import wbseller\n"
        "wb = wbseller.Client('token')\n"
        "reveal_type(wb.token_info)\n"
        "reveal_type(wbseller.TokenInfo.expired)\n",
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-executable", str(python),
         "--cache-dir", str(tmp_path / "cache"), str(script)],
        capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert "py.typed" not in out.stdout and "import-not-found" not in out.stdout, out.stdout
    assert 'Revealed type is "wbseller.token.TokenInfo | None"' in out.stdout, out.stdout
    assert out.returncode == 0, out.stdout + out.stderr


def installed_copy(env: Path) -> Path:
    """A fresh interpreter (venv at `env`) with wbseller and wbseller_raw in its site-packages,
    as a user's install has them; its python."""
    venv.create(env, with_pip=False)
    python = env / "bin" / "python"
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    for package in (ROOT / "facade" / "wbseller", ROOT / "generated" / "wbseller_raw"):
        _copy_sources(package, Path(purelib) / package.name)
    return python


def _copy_sources(src: Path, dest: Path) -> None:
    for path in src.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            target = dest / path.relative_to(src)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())


QUIET = """
import logging, sys
import wbseller
if sys.argv[2] == "configured":
    logging.basicConfig(level=logging.INFO)
with wbseller.Client(sys.argv[3], base_url=sys.argv[1], max_retries=1, retry_backoff=0.01) as wb:
    try:
        wb.marketplace.offices()
    except wbseller.ServerError:
        print("gave up")
"""


@pytest.mark.parametrize("logging_", ["unconfigured", "configured"])
def test_retries_are_quiet_until_logging_is_configured(emu: Emulator, logging_: str) -> None:
    emu.faults.add("status", status=503, route="marketplace.get_offices", times=None)
    out = subprocess.run(
        [sys.executable, "-c", QUIET, emu.base_url, logging_, emu.make_token(["marketplace"])],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert out.stdout == "gave up\n", out.stderr
    if logging_ == "unconfigured":
        assert out.stderr == ""  # not Python's last-resort handler printing our warnings
    else:
        assert "INFO:wbseller:GET /api/v3/offices: 503 from WB, retrying" in out.stderr
        assert "WARNING:wbseller:GET /api/v3/offices: giving up after 2 attempt(s)" in out.stderr
