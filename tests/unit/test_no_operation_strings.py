"""Services name operations by their constants (wbseller_raw.<spec>.ops), never by operation-id
strings: no call or bounds helper in facade/wbseller/services gets an operation id as a string
literal (directly, or through a name assigned one), nor a spec name (`SPEC`) for the old
`(spec, operation_id, ...)` form of the validation helpers."""

from __future__ import annotations

import ast
from pathlib import Path

from wbseller.operations import all_operations

SERVICES = Path(__file__).resolve().parents[2] / "facade" / "wbseller" / "services"
OPERATION_IDS = {key.split(".", 1)[1] for key in all_operations()}


def _offences(source: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            args = [*node.args, *(k.value for k in node.keywords)]
            for arg in args:
                if isinstance(arg, ast.Constant) and arg.value in OPERATION_IDS:
                    out.append((arg.lineno, f"operation id {arg.value!r} passed to a call"))
                elif isinstance(arg, ast.Name) and arg.id == "SPEC":
                    out.append((arg.lineno, "a spec name (SPEC) passed to a call"))
        elif (
            isinstance(node, ast.Assign | ast.AnnAssign)
            and isinstance(node.value, ast.Constant)
            and node.value.value in OPERATION_IDS
        ):
            out.append((node.lineno, f"operation id {node.value.value!r} assigned to a name"))
    return sorted(out)


def test_the_check_finds_each_string_form() -> None:
    found = _offences(
        'check_body(SPEC, "fbs_supply_create", body)\n'
        'OP = "fbs_supply_create"\n'
        'max_items(ops.FBS_SUPPLY_CREATE, "orders")\n'
        'call(op="fbs_supply_create")\n'
    )
    assert [line for line, _ in found] == [1, 1, 2, 4]


def test_services_name_no_operation_by_a_string() -> None:
    assert len(OPERATION_IDS) > 300
    offences = [
        f"{path.relative_to(SERVICES)}:{line}: {what}"
        for path in sorted(SERVICES.rglob("*.py"))
        if "_gen" not in path.parts
        for line, what in _offences(path.read_text(encoding="utf-8"))
    ]
    assert offences == []
