"""What scripts/codegen writes beside each raw package (`make generate`): one Operation constant per
spec operation, saying what the spec says, typed for mypy, its modules loaded on first use; each
model's field table; and a facade call handing its operation to the transport. (That the
generated builders give what the generated parser gives is tests/unit/test_compiled.py.)"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import textwrap
import types
import typing
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from speclib import iter_operations, load_spec, resolve, spec_paths

import wbseller
from wbseller import transport, transport_route
from wbseller.operations import Operation, all_operations, match, operation
from wbseller.plans import Call, call
from wbseller.shapes import NO_BODY, NOT_JSON, is_model, model_fields
from wbseller_emulator import Emulator
from wbseller_raw import index
from wbseller_raw._runtime.operation import Disabled, Limit, Removed
from wbseller_raw._runtime.shape import shape_of

ROOT = Path(__file__).resolve().parent.parent.parent
SPECS = {p.stem: load_spec(p) for p in spec_paths()}
SPEC_OPS = [
    so for name, spec in SPECS.items() for so in iter_operations(spec, ROOT / "specs" / f"{name}.yaml")
]
UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


def _seconds(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(ms|s|m|h)", text).groups()  # type: ignore[union-attr]
    return float(number) * UNITS[unit]


def test_every_spec_operation_has_its_constant_and_no_other() -> None:
    for name, spec in SPECS.items():
        ops = index.ops(name)
        want = {so.op["operationId"] for so in iter_operations(spec, Path(f"{name}.yaml"))}
        assert set(ops.OPERATIONS) == want, name
        for op_id, op in ops.OPERATIONS.items():
            assert isinstance(op, Operation) and op.operation_id == op_id and op.spec == name
            assert getattr(ops, op_id.upper()) is op  # UPPER_SNAKE of the operationId
    assert len(all_operations()) == len(SPEC_OPS) > 100


TOKEN_TYPES = ("personal", "service", "base_with_secret", "base", "test")


def _row(rl: dict[str, Any], top: Limit | None = None) -> Limit:
    return Limit(
        rl.get("bucket", top.bucket if top else None), rl["limit"], _seconds(rl["period"]), rl["burst"]
    )


@pytest.mark.parametrize("so", SPEC_OPS, ids=[f"{so.spec}.{so.op['operationId']}" for so in SPEC_OPS])
def test_the_constant_says_what_the_spec_says(so: Any) -> None:
    spec, o = SPECS[so.spec], so.op
    op = operation(so.spec, o["operationId"])
    rl = o["x-wb-ratelimit"]
    assert (op.method, op.path, op.name) == (so.method, so.path, f"{so.method} {so.path}")
    assert op.categories == (o["x-wb-category"], *o.get("x-wb-also-categories", ()))
    # the limit row of each token type: the top row for Personal and every type by-token-type
    # leaves out, else that type's row (in the top row's bucket unless it names its own)
    top = _row(rl)
    assert op.bucket == rl["bucket"] and op.limit_for("personal") == top
    by_type = rl.get("by-token-type") or {}
    assert set(by_type) <= set(TOKEN_TYPES) and tuple(op.limits) == TOKEN_TYPES
    for token_type in TOKEN_TYPES:
        want = (
            top if token_type == "personal" or token_type not in by_type else _row(by_type[token_type], top)
        )
        assert op.limits[token_type] == want and op.bucket_for(token_type) == want.bucket, token_type
    assert op.scope == rl.get("scope", "account")
    assert op.token_types == (tuple(o["x-wb-token-types"]) if "x-wb-token-types" in o else None)
    assert op.cost_409 == o.get("x-wb-ratelimit-409-cost", 1)
    assert op.cost_4xx == o.get("x-wb-4xx-cost", 1)
    assert op.deprecated is bool(o.get("deprecated", False))
    mark = o.get("x-wb-removed")
    assert op.removed == (Removed(mark["date"], tuple(mark.get("successors") or ())) if mark else None)
    mark = o.get("x-wb-temporarily-disabled")
    assert op.temporarily_disabled == (Disabled(str(mark["since"]), mark.get("note", "")) if mark else None)
    assert op.read is bool(o.get("x-wb-read", False))
    if o.get("x-wb-write") or (so.method not in ("GET", "HEAD") and not o.get("x-wb-read")):
        assert op.write and not (so.method == "GET" and op.idempotent)
    else:
        assert not op.write
    servers = o.get("servers") or so.item.get("servers")
    assert op.server == (servers[0]["url"] if servers else None)
    sandbox_host = any("sandbox" in s.get("description", "").lower() for s in spec["servers"][1:])
    assert op.sandbox is (sandbox_host and o.get("x-wb-sandbox", True))
    assert op.statuses == tuple(sorted(int(s) for s in o["responses"]))
    # every other x-wb- key flows through as given (as the specs add them)
    documented = {"x-wb-source", "x-wb-changes", "x-wb-uncertain"}
    others = {k for k in o if k.startswith("x-wb-") and k not in documented} - {
        "x-wb-category",
        "x-wb-also-categories",
        "x-wb-ratelimit",
        "x-wb-ratelimit-409-cost",
        "x-wb-4xx-cost",
        "x-wb-token-types",
        "x-wb-idempotent",
        "x-wb-write",
        "x-wb-read",
        "x-wb-sandbox",
        "x-wb-removed",
        "x-wb-temporarily-disabled",
    }
    assert set(op.extensions) == others


def test_the_specs_carry_each_kind_of_fact_the_constants_hold() -> None:
    """The test above compares each constant with its spec; this one makes sure the specs give it
    something to compare: rows per token type (own buckets too), host scope, token types, a 4xx
    charge, removal marks (with and without a date) and temporarily disabled marks."""
    ops = list(all_operations().values())
    assert any(op.limits["base"] != op.limits["personal"] for op in ops)
    assert any(op.bucket_for("test") != op.bucket for op in ops)
    assert any(op.scope == "host" for op in ops)
    assert any(op.token_types for op in ops) and any(op.cost_4xx > 1 for op in ops)
    assert any(op.removed and op.removed.successors for op in ops)
    assert any(op.removed and op.removed.date is None for op in ops)
    assert any(op.temporarily_disabled for op in ops)


def test_the_constants_and_the_tables_are_one_reading_of_the_specs() -> None:
    """tables.py (the emulator's, the scripts') and the constants (the facade's) say the same."""
    from wbseller_raw.tables import BUCKETS, HOSTS, OPERATIONS

    assert set(OPERATIONS) == set(all_operations()) and HOSTS == index.HOSTS
    for key, op in all_operations().items():
        row = OPERATIONS[key]
        assert row["limits"] == {t: lim._asdict() for t, lim in op.limits.items()}, key
        for name in ("token_types", "scope", "cost_409", "cost_4xx", "idempotent", "write", "sandbox"):
            assert row[name] == getattr(op, name), (key, name)
        assert row["removed"] == (op.removed._asdict() if op.removed else None), key
        assert row["temporarily_disabled"] == (
            op.temporarily_disabled._asdict() if op.temporarily_disabled else None
        ), key
        for token_type, lim in op.limits.items():
            assert BUCKETS[lim.bucket][token_type] == {
                "limit": lim.limit,
                "period": lim.period,
                "burst": lim.burst,
            }


def test_an_operation_says_what_an_answer_costs_and_who_may_call_it() -> None:
    from wbseller_raw.general import ops as general
    from wbseller_raw.marketplace import ops as marketplace

    stocks = marketplace.OPERATIONS["update_inventory"]
    assert stocks.cost_4xx == 10 and [stocks.cost(s) for s in (200, 400, 409, 429, 500)] == [1, 10, 10, 1, 1]
    assert [general.CONNECTION_CHECK.cost(s) for s in (200, 400, 409)] == [1, 1, 1]
    restricted = next(op for op in all_operations().values() if op.token_types == ("personal", "service"))
    assert restricted.allows("personal") and restricted.allows("service")
    assert restricted.allows("base_with_secret")  # a Base token with a service secret is service access
    assert not restricted.allows("base") and not restricted.allows("test")
    assert general.CONNECTION_CHECK.allows("base")  # no x-wb-token-types: every type


def _arms(hint: Any) -> tuple[Any, ...]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return typing.get_args(hint)
    return (hint,)


@pytest.mark.parametrize("so", SPEC_OPS, ids=[f"{so.spec}.{so.op['operationId']}" for so in SPEC_OPS])
def test_the_answers_and_body_are_the_generated_ones(so: Any) -> None:
    spec = SPECS[so.spec]
    op = operation(so.spec, so.op["operationId"])
    kwargs = typing.get_type_hints(op.api._get_kwargs)
    if "body" in kwargs:
        assert op.body_type is not None
        assert {a for a in _arms(kwargs["body"]) if getattr(a, "__name__", "") != "Unset"} == set(
            _arms(op.body_type)
        )
    else:
        assert op.body_type is None
    assert set(op.answers) == set(op.statuses)
    for status, answer in op.answers.items():
        content = resolve(spec, so.op["responses"][str(status)]).get("content") or {}
        if not content:
            assert answer.type is NO_BODY, status
        elif not any("json" in media for media in content):
            assert answer.type is NOT_JSON, status
        elif status < 400:  # what the runner builds: checked and built by generated functions
            assert answer.type not in (NO_BODY, NOT_JSON) and answer.valid is not None, status
        else:  # an error answer (the transport maps it): its type only
            assert answer.type not in (NO_BODY, NOT_JSON) and answer.valid is None, status


def test_the_request_is_what_the_generated_function_sends() -> None:
    from wbseller_raw.content import ops as content
    from wbseller_raw.content.models import CardsListRequest
    from wbseller_raw.wbd import ops as wbd

    body = CardsListRequest.from_dict({"settings": {"cursor": {"limit": 100}}})
    got = content.PRODUCT_CARDS_LIST.build_request(body=body, locale="en")
    assert got == content.PRODUCT_CARDS_LIST.api._get_kwargs(body=body, locale="en")
    assert (got["method"], got["url"], got["params"]) == (
        "post",
        "/content/v2/get/cards/list",
        {"locale": "en"},
    )
    assert got["json"] == {"settings": {"cursor": {"limit": 100}}}
    assert wbd.DOWNLOAD_CONTENT.build_request(uri="a/b")["url"].startswith("/api/v1/content/download/")
    assert wbd.DOWNLOAD_CONTENT.params == ("uri", "range_")  # by the generated names


def test_each_model_has_its_field_table() -> None:
    """Every field the generated __init__ takes, once, under a JSON key of its own."""
    from wbseller_raw.content.models import Card

    for name in SPECS:
        package = importlib.import_module(f"wbseller_raw.{name}.models")
        for model in (getattr(package, n) for n in package.__all__):
            if not is_model(model):
                continue
            fields = shape_of(model).fields
            init = {a.name for a in attrs.fields(model) if a.init}
            assert {f.name for f in fields} == init, model
            assert len({f.key for f in fields}) == len(fields), model
            assert shape_of(model).type is model
    assert model_fields(Card)["nm_id"].key == "nmID" and model_fields(Card)["vendor_code"].required is False


def _modules(code: str) -> set[str]:
    """The wbseller_raw modules a fresh interpreter has imported after running `code`."""
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            code + "\nimport sys\nprint('\\n'.join(m for m in sys.modules if 'wbseller_raw' in m))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(out.split())


def test_an_operation_loads_its_own_modules_on_first_use() -> None:
    imported = _modules("from wbseller_raw.content import ops")
    assert not {m for m in imported if ".api." in m or ".models." in m or "._shapes." in m}
    imported = _modules("from wbseller_raw.content import ops\nops.PRODUCT_CARDS_LIST.answers")
    assert "wbseller_raw.content.api.cards.product_cards_list" in imported
    assert "wbseller_raw.content._shapes.card" in imported  # the shapes of its answer, nested too
    assert "wbseller_raw.content.api.cards.create_product_cards" not in imported  # not another's
    assert "wbseller_raw.content._shapes.tags_response" not in imported


def test_the_old_string_form_names_the_same_constant() -> None:
    from wbseller_raw.content import ops

    assert Call("content", "product_cards_list").op is ops.PRODUCT_CARDS_LIST
    assert call(ops.PRODUCT_CARDS_LIST, limit=1).kwargs == {"limit": 1}
    with pytest.raises(KeyError):
        Call("content", "no_such_operation")


@pytest.mark.slow  # mypy in a subprocess
def test_mypy_sees_the_typed_constants_and_results(tmp_path: Path) -> None:
    snippet = tmp_path / "plan.py"
    snippet.write_text(
        textwrap.dedent(
            """
            from wbseller.plans import Plan, call
            from wbseller_raw.content import ops

            reveal_type(ops.PRODUCT_CARDS_LIST)

            def plan() -> Plan[None]:
                r = yield from call(ops.PRODUCT_CARDS_LIST, body={"settings": {}})
                reveal_type(r)
                yield from call(ops.PRODUCT_CARDS_LIST, body=42)
            """
        )
    )
    mypy = [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "--no-incremental"]
    out = subprocess.run(
        [*mypy, "--cache-dir", str(tmp_path / "cache"), str(snippet)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    content = "wbseller_raw.content.models"
    assert (
        f'Revealed type is "wbseller_raw._runtime.operation.Operation[{content}.cards_list_request.'
        f'CardsListRequest, {content}.cards_list_response.CardsListResponse]"'
    ) in out, out
    response = f"wbseller_raw._runtime.types.Response[{content}.cards_list_response.CardsListResponse]"
    assert f'Revealed type is "{response}"' in out, out
    errors = [line.split(": error:")[0] for line in out.splitlines() if ": error:" in line]
    assert [e.rsplit("/", 1)[-1] for e in errors] == ["plan.py:10"], out  # the int body, only


@pytest.mark.slow  # an emulator
def test_a_facade_call_hands_its_operation_and_its_json_to_the_runner(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The transport takes a facade call's operation from the request (no route matching) and
    passes the JSON it parsed on in the response's extensions, dropped once built, never by
    replacing response.json; a `.raw` call is matched by its route."""
    matched: list[str] = []

    def spy(spec: str, method: str, path: str) -> Any:
        matched.append(path)
        return match(spec, method, path)

    monkeypatch.setattr(transport_route, "match", spy)  # where the transport finds routes
    seen: list[httpx.Response] = []
    with (
        Emulator(rate_limits=False) as emu,
        wbseller.Client(emu.make_token(["content"]), base_url=emu.base_url) as wb,
    ):
        emu.seed("content", "seed_cards", {"n": 3})
        wb.content.http.event_hooks["response"].append(seen.append)
        assert len(list(wb.content.iter_cards())) == 3
        assert matched == []
        (page,) = seen
        assert transport.OPERATION in page.request.extensions and "json" not in vars(page)
        assert transport.JSON not in page.extensions  # the runner took it
        from wbseller_raw.content.api.cards import limits_for_the_product_cards

        assert limits_for_the_product_cards.sync(client=wb.content.raw) is not None
        assert matched == ["/content/v2/cards/limits"]
        assert transport.JSON not in seen[-1].extensions and "json" not in vars(seen[-1])
