"""Every operation of the hosts added from WB's August 2026 facts (supplies, statistics,
analytics, finance, documents, feedbacks, chat, returns) answers a 2xx within its spec when the
request names things that exist: the stateful handlers are reached past their refusals, and the
others answer from their schemas. The emulator runs strict: it validates each answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.operations import Operation, Operations

from .seeded import named, seed
from .test_every_operation import _value, build_request

SPECS = ("supplies", "statistics", "analytics", "finance", "documents", "feedbacks", "chat", "returns")
OPS = sorted(
    (o for o in Operations().by_key.values() if o.spec_name in SPECS and not o.meta.get("removed")),
    key=lambda o: o.key,
)


def apply(op: Operation, kw: dict[str, Any], values: dict[str, Any]) -> None:
    """Put the seeded things' names into the request built from the schemas."""
    path = op.path
    for p in op.op.get("parameters", []):
        p = op.resolve(p)
        if p["in"] == "path":
            path = path.replace(
                "{" + p["name"] + "}", str(values.get("path", {}).get(p["name"], _value(op, p)))
            )
    kw["url"] = path
    kw["params"].update(values.get("query", {}))
    if "body" in values:
        if "files" in kw:  # the multipart form's fields, as parts without a file name
            kw["files"] = [(k, (None, str(v))) for k, v in values["body"].items()]
        else:
            kw["json"] = values["body"]


@pytest.fixture(scope="module")
def seeded(emulator_module: Emulator) -> dict[str, dict[str, Any]]:
    emulator_module.reset()
    return named(seed(emulator_module))


@pytest.mark.parametrize("op", OPS, ids=[o.key for o in OPS])
def test_operation_answers_2xx_within_its_spec(
    emulator_module: Emulator, seeded: dict[str, dict[str, Any]], op: Operation
) -> None:
    emu = emulator_module
    kw = build_request(op)
    apply(op, kw, seeded.get(op.key, {}))
    cats = [c for c in op.categories if c != "common"]
    kw["headers"]["Authorization"] = emu.make_token(cats)
    emu.limits.reset()  # one request per operation: the budgets are tested elsewhere
    with httpx.Client(base_url=emu.base_url, timeout=10) as c:
        r = c.request(**kw)
    assert 200 <= r.status_code < 300, f"{op.key}: {r.status_code} {r.text[:300]}"
    assert emu.response_errors == [] and emu.handler_errors == []


SEEDS = [
    ("statistics", "seed_orders", {"n": 3, "cancel_every": 2}, 3),
    ("statistics", "seed_sales", {"n": 4, "return_every": 2}, 4),
    ("finance", "seed_realization", {"weeks": 2, "rows": 3}, 2),
    ("finance", "seed_acquiring", {"reports": 1, "rows": 3}, 1),
    ("analytics", "seed_order_feed", {"n": 5}, 5),
    ("analytics", "seed_csv_failures", {"n": 2}, 2),
    ("documents", "seed_documents", {"n": 3}, 3),
    ("feedbacks", "seed_feedbacks", {"n": 4, "answered_every": 2}, 4),
    ("feedbacks", "seed_questions", {"n": 2}, 2),
    ("chat", "seed_chats", {"n": 2, "messages": 1}, 2),
    ("returns", "seed_claims", {"n": 3}, 3),
    ("supplies", "seed_supplies", {"n": 6}, 6),
    ("orders", "seed_fbs_orders", {"n": 3, "required_meta": ["sgtin"]}, 3),
    ("orders", "seed_dbs_orders", {"n": 2, "optional_meta": ["imei"]}, 2),
    ("orders", "seed_cc_orders", {"n": 2}, 2),
    ("orders", "seed_dbw_orders", {"n": 2}, 2),
]


@pytest.mark.parametrize(
    ("category", "method", "kwargs", "made"), SEEDS, ids=[f"{c}.{m}" for c, m, _, _ in SEEDS]
)
def test_seeding_over_http_as_the_readme_lists_it(
    emu: Emulator, category: str, method: str, kwargs: dict[str, Any], made: int
) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.strip().startswith(f"| {category} |"))
    assert f"`{method}`" in row and all(f"`{k}`" in row for k in kwargs)
    r = httpx.post(
        f"{emu.base_url}/__emulator__/seed", json={"category": category, "method": method, "kwargs": kwargs}
    )
    assert r.status_code == 200 and r.json() == {"seeded": made}
