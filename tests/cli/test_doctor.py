"""`wbseller doctor` against the emulator: a good token (every check passes: one ping per category,
one read per category held), a token missing a scope (its probes skipped, its operations listed),
a Base token (its type and limits, the operations WB keeps from Base tokens), a dead host (pings
fail at once, the probes to it skipped, exit 1), an expired token, Redis that does not answer."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner

from wbseller.cli import ClientOptions, cli
from wbseller.limits import InProcessLimiter
from wbseller_emulator import Emulator

from .conftest import SELLER, TOKEN_ENV, Run, assert_no_token


def doctor(wb: Run, *args: str, **kw: Any) -> tuple[int, dict[str, Any]]:
    result = wb("doctor", "--json", *args, **kw)
    return result.exit_code, json.loads(result.stdout)


def checks(doc: dict[str, Any], section: str) -> dict[str, tuple[str, str]]:
    return {c["name"]: (c["status"], c["detail"]) for c in doc["checks"] if c["section"] == section}


@pytest.fixture
def dead_url() -> Iterator[str]:
    with socket.socket() as s:  # bound, never listening: refused at once
        s.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{s.getsockname()[1]}"


def test_a_good_token_passes_every_check(wb: Run, emu: Emulator) -> None:
    code, doc = doctor(wb)
    assert code == 0 and doc["ok"] is True, doc
    pings = checks(doc, "ping")
    assert sorted(pings) == ["content", "general", "marketplace", "prices", "promotion"]
    assert {status for status, _ in pings.values()} == {"ok"}
    probes = checks(doc, "probe")
    assert {status for status, _ in probes.values()} == {"ok"}
    assert sorted(probes) == [
        "calendar GET /api/v1/calendar/promotions",
        "content GET /content/v2/cards/limits",
        "marketplace GET /api/v3/warehouses",
        "prices GET /api/v2/list/goods/filter",
        "promotion GET /adv/v1/promotion/count",
        "wbd GET /api/v1/offers/author",
    ]
    # one ping per category, one read per probe, nothing written, nothing refused
    ops = [r.operation for r in emu.requests]
    # one origin serves every host's /ping: the emulator books each on the host bucket with the
    # most room (which one depends on refill timing), so the count is what it can tell
    assert len([o for o in ops if o and o.endswith("connection_check")]) == len(pings)
    assert len(ops) == len(pings) + len(probes)
    assert all(r.method == "GET" for r in emu.requests) and all(r.status == 200 for r in emu.requests)
    assert doc["tokens"][0]["token_type"] == "personal" and doc["tokens"][0]["limits"]
    env = checks(doc, "environment")
    assert env["base URL"] == ("ok", emu.base_url) and env["Redis"][0] == "ok"
    # the unusable operations: the groups a seller token of these four categories lacks
    reasons = {u["reason"] for u in doc["unusable"]}
    assert "scope: needs the analytics category" in reasons
    assert not any("content" in r for r in reasons), " | ".join(sorted(reasons))
    # a Personal token: only what WB opens to Service tokens alone (seller rating, subscriptions...)
    assert {r for r in reasons if "token type" in r} == {"token type: service only"}
    text = wb("doctor")
    assert text.exit_code == 0 and text.stdout.splitlines()[-1] == "all fine"
    assert "  [ ok ] content GET /content/v2/cards/limits: HTTP 200" in text.stdout


def test_a_token_missing_a_scope(wb: Run, emu: Emulator) -> None:
    code, doc = doctor(wb, token=emu.make_token(["content"]), wbd_token=None)
    assert code == 0, doc
    probes = checks(doc, "probe")
    assert probes["content GET /content/v2/cards/limits"][0] == "ok"
    assert probes["prices GET /api/v2/list/goods/filter"] == ("skip", "scope: needs the prices category")
    assert probes["wbd GET /api/v1/offers/author"] == ("skip", "no WBD token")
    unusable = {u["operation"]: u["reason"] for u in doc["unusable"]}
    assert unusable["prices.set_prices_and_discounts"] == "scope: needs the prices category"
    assert unusable["wbd.get_a_list_of_your_offers"] == "no WBD token"
    assert sorted(checks(doc, "ping")) == ["content", "general"]
    assert not [r for r in emu.requests if r.path.startswith("/api/v2/list")]
    ro = doctor(wb, token=emu.make_token(["content"], read_only=True), wbd_token=None)[1]
    assert {u["operation"]: u["reason"] for u in ro["unusable"]}["content.create_product_cards"] == (
        "read-only token"
    )


def test_a_base_token(wb: Run, emu: Emulator) -> None:
    """Its type and WB's Base rows; what WB keeps from Base tokens; and no probe spends a scarce
    request (a Base token reads the price list 4 times an hour, in the bucket of its uploads)."""
    base = emu.make_token(SELLER, token_type="base")
    code, doc = doctor(wb, token=base)
    assert code == 0, doc
    (seller, _) = doc["tokens"]
    assert seller["token_type"] == "base" and seller["token_type_from"] == "the token's claims"
    upload = next(b for b in seller["limits"] if "prices.set_prices_and_discounts" in b["operations"])
    assert (upload["limit"], upload["period_seconds"]) == (4, 3600.0)  # WB's Base row
    barred = {u["operation"] for u in doc["unusable"] if u["reason"].startswith("token type")}
    assert "promotion.promotional_configuration_values_v1" in barred
    probes = checks(doc, "probe")
    status, detail = probes["prices GET /api/v2/list/goods/filter"]
    assert (
        status == "skip" and detail.startswith("a base token may make 4 per 1h") and "bucket prices" in detail
    )
    assert probes["marketplace GET /api/v3/warehouses"][0] == "ok"  # 300 a minute: a probe costs nothing
    assert not [r for r in emu.requests if r.operation == "prices.get_products_with_prices"]
    text = wb("doctor", "--no-network", token=base).stdout
    assert "type:       base (the token's claims)" in text
    assert "token type: personal and service only" in text
    spent = doctor(wb, "--all-probes", token=base)[1]
    assert checks(spent, "probe")["prices GET /api/v2/list/goods/filter"][0] == "ok"


def test_a_dead_host_fails_fast_and_skips_its_probes(wb: Run, emu: Emulator, dead_url: str) -> None:
    result = wb("--base-url", dead_url, "doctor", "--json", base_url=False)
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert doc["ok"] is False
    assert {status for status, _ in checks(doc, "ping").values()} == {"fail"}
    probes = checks(doc, "probe")
    assert {detail for _, detail in probes.values()} == {"the host did not answer the ping"}
    text = wb("--base-url", dead_url, "doctor", base_url=False)
    assert text.exit_code == 1 and text.stdout.splitlines()[-1].endswith("check(s) failed")


def test_an_expired_token_fails(wb: Run, emu: Emulator) -> None:
    code, doc = doctor(wb, "--no-network", token=emu.make_token(["content"], expires_in=-60), wbd_token=None)
    assert code == 1
    status, detail = checks(doc, "token")["token expiry"]
    assert status == "fail" and "EXPIRED" in detail
    assert not checks(doc, "ping") and emu.requests == []  # --no-network


def test_redis_that_does_not_answer_fails(emu: Emulator, tokens: dict[str, str], dead_url: str) -> None:
    redis_url = dead_url.replace("http://", "redis://:secret@") + "/0"
    options = ClientOptions({"limiter": InProcessLimiter(), "rate_limits": emu.client_rate_limits(slack=1.1)})
    env = {**dict.fromkeys(TOKEN_ENV), "WB_REDIS_URL": redis_url}
    args = ["--base-url", emu.base_url, "--token", tokens["seller"], "doctor", "--no-network", "--json"]
    result = CliRunner().invoke(cli, args, obj=options, env=env)
    assert result.exit_code == 1, result.output
    status, detail = checks(json.loads(result.stdout), "environment")["Redis"]
    assert status == "fail" and "no answer" in detail
    assert "secret" not in result.stdout and "***" in detail  # the password is never shown
    assert_no_token(result.stdout + result.stderr, [tokens["seller"]])


def test_no_token_is_a_usage_error(wb: Run) -> None:
    result = wb("doctor", token=None, wbd_token=None)
    assert result.exit_code == 2 and "no token" in result.stderr
