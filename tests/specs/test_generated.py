"""The generated raw client: every package imports, every spec operation has its function."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from speclib import iter_operations, load_spec, spec_paths

import wbseller_raw
from wbseller_raw.tables import HOSTS, OPERATIONS

SPEC_FILES = spec_paths()


def test_one_package_per_spec() -> None:
    assert sorted(wbseller_raw.SPECS) == sorted(p.stem for p in SPEC_FILES)
    assert sorted(HOSTS) == sorted(p.stem for p in SPEC_FILES)


@pytest.mark.parametrize("name", [p.stem for p in SPEC_FILES])
def test_package_imports(name: str) -> None:
    pkg = importlib.import_module(f"wbseller_raw.{name}")
    client = importlib.import_module(f"wbseller_raw.{name}.client")
    assert pkg.AuthenticatedClient is client.AuthenticatedClient


OPS = [so for p in SPEC_FILES for so in iter_operations(load_spec(p), p)]


@pytest.mark.parametrize("so", OPS, ids=[f"{so.spec}.{so.op['operationId']}" for so in OPS])
def test_every_operation_has_its_generated_function(so) -> None:  # type: ignore[no-untyped-def]
    entry = OPERATIONS[f"{so.spec}.{so.op['operationId']}"]
    assert (entry["method"], entry["path"]) == (so.method, so.path)
    assert entry["module"], f"no generated module for {so.name}"
    mod = importlib.import_module(entry["module"])
    for fn in ("sync_detailed", "asyncio_detailed"):
        assert callable(getattr(mod, fn)), f"{entry['module']} lacks {fn}"
    # the generated request goes to the documented method
    assert f'"method": "{so.method.lower()}"' in Path(mod.__file__).read_text(encoding="utf-8")


def test_operations_table_matches_specs() -> None:
    keys = {f"{so.spec}.{so.op['operationId']}" for so in OPS}
    assert set(OPERATIONS) == keys
