"""The hosts of WB's groups the docs lack (wb-facts/2026-08-groups: supplies, statistics, analytics,
finance, documents, feedbacks, chat, returns): every operation callable through
`client.<category>.raw` against the emulator, with the facade's limits, retries and errors; an
operation WB marks temporarily disabled warns once; a retired one warns and answers 404."""

from __future__ import annotations

import datetime as dt
import importlib
import io
import re
import typing
import warnings
from collections.abc import Callable
from typing import Any

import pytest
from emulator.seeded import named, seed

import wbseller
from wbseller import checks, drift, plans
from wbseller.errors import SchemaDriftWarning
from wbseller.operations import Operation, all_operations
from wbseller_emulator import Emulator
from wbseller_emulator.operations import Operations
from wbseller_emulator.synth import from_schema
from wbseller_raw.chat.types import File

from .conftest import Drive, Run

NEW_SPECS = ("supplies", "statistics", "analytics", "finance", "documents", "feedbacks", "chat", "returns")
EMULATED = Operations()
NEW = sorted(
    (op for op in all_operations().values() if op.spec in NEW_SPECS and not op.removed), key=lambda o: o.key
)
RETIRED = sorted(
    (op for op in all_operations().values() if op.spec in NEW_SPECS and op.removed), key=lambda o: o.key
)


@pytest.fixture(autouse=True)
def fresh_process_state(monkeypatch: pytest.MonkeyPatch) -> None:
    """The warnings come once per process: forget what earlier tests already warned about."""
    monkeypatch.setattr(checks, "_deprecation_warned", set())
    monkeypatch.setattr(checks, "_disabled_warned", set())


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _param_value(spec_op: Any, param: dict[str, Any]) -> Any:
    schema = param.get("schema") or {}
    value = param["example"] if "example" in param else from_schema(spec_op, schema)
    fmt = schema.get("format")
    if fmt == "date-time" and isinstance(value, str):
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if fmt == "date" and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


def arguments(op: Operation, named: dict[str, Any] | None = None) -> tuple[Any, dict[str, Any]]:
    """(the generated module, the keyword arguments of its _get_kwargs): every path parameter,
    every required query parameter, and a body built from the request schema; `named` gives the
    values that name seeded things instead (tests/emulator/seeded.py: by the spec's names)."""
    named = named or {}
    module = importlib.import_module(str(op.module))
    spec_op = EMULATED.by_key[op.key]
    python_names = {_norm(n): n for n in typing.get_type_hints(module._get_kwargs) if n != "return"}
    kwargs: dict[str, Any] = {}
    given = {**named.get("path", {}), **named.get("query", {})}
    for p in spec_op.op.get("parameters", []):
        p = spec_op.resolve(p)
        if p["in"] == "path" or p.get("required") or p["name"] in given:
            value = given[p["name"]] if p["name"] in given else _param_value(spec_op, p)
            kwargs[python_names[_norm(p["name"])]] = value
    body = spec_op.resolve(spec_op.op.get("requestBody") or {})
    content = body.get("content") or {}
    if "multipart/form-data" in content:
        body_type = op.body_type
        data = named.get("body") or from_schema(spec_op, content["multipart/form-data"]["schema"])
        files = [File(payload=io.BytesIO(b"\x89PNG\r\n\x1a\n"), file_name="a.png", mime_type="image/png")]
        kwargs["body"] = body_type(
            **{"reply_sign": data["replySign"], "message": data["message"], "file": files}
        )
    elif "application/json" in content:
        json_body = (
            named["body"] if "body" in named else from_schema(spec_op, content["application/json"]["schema"])
        )
        kwargs["body"] = plans._to_model(op.body_type, json_body)
    return module, kwargs


def test_the_new_hosts_are_specs_and_categories() -> None:
    assert {op.spec for op in NEW} == set(NEW_SPECS)
    assert len(NEW) == 85 and len(RETIRED) == 9  # wb-facts/2026-08-groups: 9 groups, 9 retired
    assert {op.category for op in NEW} == set(NEW_SPECS)  # each host its own token category


@pytest.mark.parametrize("op", NEW, ids=[op.key for op in NEW])
def test_every_new_operation_answers_through_raw(op: Operation, run: Run, emu: Emulator) -> None:
    """A 2xx that the generated parser and the facade's drift check both take without a warning
    (the stateful operations' requests name seeded things: they refuse unknown ones)."""
    module, kwargs = arguments(op, named(seed(emu)).get(op.key))

    async def scenario(d: Drive) -> None:
        raw = getattr(d.client, op.spec).raw
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            request = module._get_kwargs(**kwargs)
            if d.is_async:
                response = await raw.get_async_httpx_client().request(**request)
            else:
                response = raw.get_httpx_client().request(**request)
            assert 200 <= response.status_code < 300, (
                f"{op.key}: {response.status_code} {response.text[:300]}"
            )
            built = module._build_response(client=raw, response=response)  # the generated parser
            assert built.status_code == response.status_code
            drift.parsed(op, raw, response)
        drifted = [w for w in seen if issubclass(w.category, SchemaDriftWarning)]
        assert drifted == [], [str(w.message) for w in drifted]
        disabled = [w for w in seen if issubclass(w.category, wbseller.TemporarilyDisabledWarning)]
        assert len(disabled) == (1 if op.temporarily_disabled else 0)

    run(scenario, categories=[op.category])


def test_the_generated_functions_work_on_a_new_host(make_client: Callable[..., Any]) -> None:
    from wbseller_raw.documents.api.documents import documents_categories

    wb = make_client(categories=["documents"])
    answer = documents_categories.sync_detailed(client=wb.documents.raw)
    assert answer.status_code == 200 and answer.parsed is not None


def _statuses(emu: Emulator, key: str) -> list[int | None]:
    return [r.status for r in emu.requests if r.operation == key]


def test_a_new_hosts_limit_paces_the_calls(emu: Emulator, make_client: Callable[..., Any]) -> None:
    """Sales: 1 per minute, burst 1 (scaled by the emulator's clock): the second call waits for its
    slot instead of drawing the 429 the emulator gives a call that comes early."""
    from wbseller_raw.statistics.api.main_reports import supplier_sales

    wb = make_client(categories=["statistics"], rate_limits=emu.client_rate_limits())
    for _ in range(2):
        assert (
            supplier_sales.sync_detailed(client=wb.statistics.raw, date_from="2026-01-01").status_code == 200
        )
    assert _statuses(emu, "statistics.supplier_sales") == [200, 200]


def test_without_the_limiter_the_emulator_refuses_the_early_call(
    emu: Emulator, make_client: Callable[..., Any]
) -> None:
    """The check above can fail: the same two calls unpaced draw WB's 429 (then a paced retry)."""
    from wbseller_raw.statistics.api.main_reports import supplier_sales

    wb = make_client(categories=["statistics"], rate_limits={"statistics.supplier_sales": (1000, 1.0, 1000)})
    for _ in range(2):
        supplier_sales.sync_detailed(client=wb.statistics.raw, date_from="2026-01-01")
    assert 429 in _statuses(emu, "statistics.supplier_sales")


def test_a_read_on_a_new_host_is_retried_on_5xx(emu: Emulator, make_client: Callable[..., Any]) -> None:
    from wbseller_raw.documents.api.documents import documents_list

    emu.faults.add("status", status=503, route="documents.documents_list", times=1)
    wb = make_client(categories=["documents"], retry_backoff=0.01)
    assert documents_list.sync_detailed(client=wb.documents.raw).status_code == 200
    assert _statuses(emu, "documents.documents_list") == [503, 200]


def test_a_write_on_a_new_host_is_not_resent(emu: Emulator, make_client: Callable[..., Any]) -> None:
    from wbseller_raw.feedbacks.api.feedbacks import feedback_answer
    from wbseller_raw.feedbacks.models import FeedbackAnswerRequest

    emu.faults.add("status", status=500, route="feedbacks.feedback_answer", times=1)
    wb = make_client(categories=["feedbacks"], retry_backoff=0.01)
    with pytest.raises(wbseller.RetryUnsafeError):
        feedback_answer.sync_detailed(
            client=wb.feedbacks.raw, body=FeedbackAnswerRequest(id="f1", text="thanks")
        )
    assert _statuses(emu, "feedbacks.feedback_answer") == [500]


def test_a_4xx_on_a_new_host_is_a_wb_error_not_retried(
    emu: Emulator, make_client: Callable[..., Any]
) -> None:
    from wbseller_raw.finance.api.balance import account_balance

    emu.faults.add("status", status=402, route="finance.account_balance", times=1)
    wb = make_client(categories=["finance"])
    with pytest.raises(wbseller.WBError) as exc:
        account_balance.sync_detailed(client=wb.finance.raw)
    assert exc.value.status == 402 and exc.value.operation == "GET /api/v1/account/balance"
    assert _statuses(emu, "finance.account_balance") == [402]


def test_a_token_without_the_category_is_refused_before_sending(
    emu: Emulator, make_client: Callable[..., Any]
) -> None:
    from wbseller_raw.finance.api.balance import account_balance

    wb = make_client(categories=["statistics"])
    with pytest.raises(wbseller.TokenScopeError, match="finance"):
        account_balance.sync_detailed(client=wb.finance.raw)
    assert _statuses(emu, "finance.account_balance") == []


def test_a_temporarily_disabled_operation_warns_once(emu: Emulator, make_client: Callable[..., Any]) -> None:
    from wbseller_raw.supplies.api.supply_planning import fbw_warehouses

    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        for categories in (["supplies"], ["supplies", "finance"]):  # two clients, one process
            wb = make_client(categories=categories)
            for _ in range(2):
                assert fbw_warehouses.sync_detailed(client=wb.supplies.raw).status_code == 200
    disabled = [w for w in seen if issubclass(w.category, wbseller.TemporarilyDisabledWarning)]
    assert len(disabled) == 1
    message = str(disabled[0].message)
    assert (
        "supplies.fbw_warehouses" in message
        and "GET /api/v1/warehouses" in message
        and "2026-08-19" in message
    )
    assert disabled[0].filename == __file__  # shown at the caller's line


@pytest.mark.parametrize("op", RETIRED, ids=[op.key for op in RETIRED])
def test_a_retired_operation_warns_and_answers_404(op: Operation, make_client: Callable[..., Any]) -> None:
    module, kwargs = arguments(op)
    wb = make_client(categories=[op.category])
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        with pytest.raises(wbseller.NotFoundError):
            module.sync_detailed(client=getattr(wb, op.spec).raw, **kwargs)
    removed = [str(w.message) for w in seen if issubclass(w.category, DeprecationWarning)]
    assert len(removed) == 1 and removed[0].startswith(f"{op.key} ({op.name}) is deprecated by WB")
    assert op.removed is not None
    assert f"WB removed it (gone by {op.removed.date}: it answers 404)" in removed[0]
    for successor in op.removed.successors:
        assert successor in removed[0] and successor in all_operations()
