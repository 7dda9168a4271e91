"""The token never appears in logs, reprs, exception messages or test output."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import pytest

import wbseller
from wbseller_emulator import Emulator


def _forms(token: str) -> list[str]:
    _head, payload, sig = token.split(".") if token.count(".") == 2 else (token, token, token)
    return [token, payload, sig] if len(sig) > 8 else [token, payload]


@pytest.mark.parametrize("kind", ["jwt", "opaque", "wbd"])
def test_token_never_leaks(
    warehouse: dict[str, int],
    emu: Emulator,
    make_client: Callable[..., Any],
    kind: str,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    token = {
        "jwt": emu.make_token(["marketplace"]),
        "opaque": "SECRET-opaque-api-key-1234567890",
        "wbd": emu.make_token(["wbd"]),
    }[kind]
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    with pytest.warns() if kind == "opaque" else _null():
        wb = make_client(token=token, max_retries=1, retry_backoff=0.01)
    texts += [repr(wb), str(wb), repr(wb.token_info), repr(wb.wbd_token_info), repr(wb._config)]
    emu.faults.add("status", status=503, times=None)
    for call in (
        lambda: wb.marketplace.http.get("/api/v3/offices"),
        lambda: wb.wbd.http.get("/api/v1/catalog"),
        lambda: wb.marketplace.http.post(
            "/api/v3/warehouses", json={"name": "n", "officeId": warehouse["free_office"]}
        ),
        lambda: wb.content.http.get("/content/v2/cards/limits"),
    ):
        try:
            call()
        except wbseller.WBError as e:
            texts += [str(e), repr(e), repr(e.__cause__), str(e.args), repr(e.body)]
    wb_async = make_client(token=token, async_=True, max_retries=0)

    async def a() -> None:
        try:
            await wb_async.marketplace.http.get("/api/v3/offices")
        except wbseller.WBError as e:
            texts.append(repr(e))
        await wb_async.aclose()

    asyncio.run(a())
    texts += [r.getMessage() for r in caplog.records] + [str(r.args) for r in caplog.records]
    out = capsys.readouterr()
    texts += [out.out, out.err]
    texts += [repr(r) for r in emu.requests]
    blob = "\n".join(texts)
    for form in _forms(token):
        assert form not in blob
    assert "GET /api/v3/offices" in blob  # the errors were captured at all


class _null:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *a: object) -> None:
        return None
