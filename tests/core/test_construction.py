"""Bad options are refused when the client is made, naming the option (issue 21): before,
timeout=nan or max_retries=10**9 were taken, and failed (or hung) at the first call."""

from __future__ import annotations

import math

import httpx
import pytest

import wbseller
from wbseller import wires
from wbseller_emulator.auth import mint

TOKEN = mint(b"k", categories=["content"], seller_id="s")


@pytest.mark.parametrize("cls", [wbseller.Client, wbseller.AsyncClient])
@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"timeout": -5}, r"timeout: -5 is not a finite number of seconds > 0"),
        ({"timeout": math.nan}, r"timeout: nan is not"),
        ({"timeout": math.inf}, r"timeout: inf is not"),
        ({"timeout": 0}, r"timeout: 0 is not"),
        ({"timeout": httpx.Timeout(5, connect=-1)}, r"timeout.connect: -1"),
        ({"retry_backoff": -1}, r"retry_backoff: -1 is not a finite number of seconds >= 0"),
        ({"retry_backoff": math.nan}, r"retry_backoff: nan is not"),
        ({"max_retries": 10**9}, r"max_retries: 1000000000 is not an integer from 0 to 20"),
        ({"max_retries": -1}, r"max_retries: -1"),
        ({"deadline": 0}, r"deadline: 0 is not a finite number of seconds > 0"),
        ({"deadline": math.inf}, r"deadline: inf is not"),
    ],
)
def test_bad_numbers_are_refused_at_construction(cls: type, options: dict[str, object], error: str) -> None:
    with pytest.raises(wbseller.InvalidRequestError, match=error) as info:
        cls(TOKEN, **options)
    assert info.value.field == error.split(":")[0].replace("\\", "")


@pytest.mark.parametrize(
    "options", [{"timeout": "30"}, {"retry_backoff": "1"}, {"max_retries": 2.0}, {"deadline": True}]
)
def test_wrong_types_are_refused(options: dict[str, object]) -> None:
    with pytest.raises((TypeError, wbseller.InvalidRequestError), match=next(iter(options))):
        wbseller.Client(TOKEN, **options)


def test_good_ones_pass() -> None:
    wb = wbseller.Client(TOKEN, timeout=0.5, retry_backoff=0, max_retries=20, deadline=1e-3)
    assert wb._config.max_retries == 20 and wb._config.deadline == 1e-3
    wbseller.Client(TOKEN, timeout=httpx.Timeout(10, pool=None))


def test_a_ca_file_that_is_no_bundle_is_a_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """SSL_CERT_FILE=/dev/null: a TLSConfigError before anything is sent, verification kept on."""
    monkeypatch.setenv("SSL_CERT_FILE", "/dev/null")
    wires._ssl_context.cache_clear()
    try:
        with (
            wbseller.Client(TOKEN, max_retries=0) as wb,
            pytest.raises(wbseller.TLSConfigError, match=r"SSL_CERT_FILE=/dev/null.*verification stays on"),
        ):
            wb.content.http.get("/content/v2/cards/limits")
        for wire in (wires.Wire(), wires.AsyncWire()):
            with pytest.raises(wbseller.TLSConfigError):
                wire.wire(httpx.URL("https://content-api.wildberries.ru"))
    finally:
        monkeypatch.delenv("SSL_CERT_FILE")
        wires._ssl_context.cache_clear()
    assert wires._ssl_context().verify_mode.name == "CERT_REQUIRED"
