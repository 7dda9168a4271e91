"""The token, continued (issue 21): whitespace around it (a newline from a file) made the request
fail in h11, whose error quoted the whole header into the TransportError, the WARNING line,
httpcore's DEBUG log and the CLI's stderr; the request objects in the exception chain carried the
header; `.http` with follow_redirects=True sent the token to the other host of a 307; an unsigned
emulator token went to WB's hosts without a word."""

from __future__ import annotations

import contextlib
import logging
import pickle
import threading
import traceback
import warnings
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

import wbseller
from wbseller.config import TokenWarning
from wbseller_emulator import Emulator
from wbseller_emulator.auth import mint


def _forms(token: str) -> list[str]:
    """The token and the parts of it that would give it away (payload, signature)."""
    token = token.strip()
    parts = token.split(".")
    return [token, *(p for p in parts[1:] if len(p) >= 16)]


def _chain(e: BaseException | None) -> Iterator[BaseException]:
    seen: set[int] = set()
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        yield e
        e = e.__cause__ or e.__context__


def _everything(e: BaseException) -> str:
    """All the ways an error reaches a person or a log: str, repr, the formatted traceback with
    its whole chain, the pickles, and the request objects httpx errors hold."""
    texts = ["".join(traceback.format_exception(e))]
    for x in _chain(e):
        texts += [str(x), repr(x), repr(x.args), repr(vars(x))]
        with contextlib.suppress(Exception):  # what cannot be pickled carries nothing that way
            texts.append(repr(pickle.dumps(x)))
        request = getattr(x, "_request", None)
        if isinstance(request, httpx.Request):
            texts.append(repr(list(request.headers.raw)))
        tb = x.__traceback__
        while tb is not None:  # what a traceback's frames hold (error trackers send their locals)
            for value in tb.tb_frame.f_locals.values():
                if isinstance(value, httpx.Request):
                    texts.append(repr(list(value.headers.raw)))
            tb = tb.tb_next
    return "\n".join(texts)


@pytest.mark.parametrize("around", ["{}\n", "{}\r\n", "{} ", "\t{}", " {} \n"])
def test_surrounding_whitespace_is_taken_off(
    emu: Emulator, make_client: Callable[..., Any], around: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Before: the request failed with the whole token in the error, after 4 attempts."""
    caplog.set_level(logging.DEBUG)
    token = emu.make_token(["marketplace"])
    wb = make_client(token=around.format(token), max_retries=3, retry_backoff=0.01)
    assert wb.marketplace.http.get("/api/v3/offices").status_code == 200
    assert len(emu.requests) == 1
    assert wb.token_info.categories == {"marketplace"}


@pytest.mark.parametrize(
    ("inside", "kind"),
    [(" ", "whitespace"), ("\n", "whitespace"), ("\x00", "a control character"), ("\u200b", "not ASCII")],
)
def test_a_token_with_something_inside_is_refused_at_construction(
    emu: Emulator, inside: str, kind: str
) -> None:
    token = emu.make_token(["marketplace"])
    bad = token[:20] + inside + token[20:]
    for name, kw in (("token", {"token": bad}), ("wbd_token", {"wbd_token": bad})):
        with pytest.raises(
            wbseller.InvalidRequestError, match=f"{name}: character 21 of .* is {kind}"
        ) as info:
            wbseller.Client(base_url=emu.base_url, **kw)
        assert info.value.field == name
        text = _everything(info.value)
        for form in _forms(token):
            assert form not in text
            assert form[:20] not in text
    assert emu.requests == []


@pytest.mark.parametrize("suffix", ["", "\n"])
def test_no_error_chain_carries_the_token(
    emu: Emulator,
    make_client: Callable[..., Any],
    suffix: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Connections dropped on every attempt: the TransportError, its causes, the httpx request
    objects they hold, their tracebacks and pickles, and every log line (httpcore's DEBUG ones
    too) are free of the token."""
    caplog.set_level(logging.DEBUG)  # the root logger: wbseller's, httpx's and httpcore's
    token = emu.make_token(["marketplace"])
    emu.faults.add("reset_before_body", times=None)
    wb = make_client(token=token + suffix, max_retries=1, retry_backoff=0.01)
    with pytest.raises(wbseller.TransportError) as info:
        wb.marketplace.http.get("/api/v3/offices")
    assert len(emu.requests) == 2  # the token itself was fine: WB got the requests
    assert any(r.name == "httpcore.http11" for r in caplog.records)  # the DEBUG log was on
    text = _everything(info.value) + "\n".join(r.getMessage() + repr(r.args) for r in caplog.records)
    for form in _forms(token):
        assert form not in text
    assert "GET /api/v3/offices" in text


def test_the_async_client_too(emu: Emulator, make_client: Callable[..., Any]) -> None:
    import asyncio

    token = emu.make_token(["marketplace"])
    emu.faults.add("reset_before_body", times=None)
    wb = make_client(token=token + "\r\n", max_retries=0, async_=True)

    async def main() -> BaseException:
        try:
            await wb.marketplace.http.get("/api/v3/offices")
        except wbseller.TransportError as e:
            return e
        finally:
            await wb.aclose()
        raise AssertionError("no error")

    text = _everything(asyncio.run(main()))
    for form in _forms(token):
        assert form not in text


# --- .http and other hosts ----------------------------------------------------------------------
class _Server:
    """A local HTTP server answering every GET with `answer(handler)`, keeping the headers it got."""

    def __init__(self, answer: Callable[[BaseHTTPRequestHandler], None]) -> None:
        self.seen: list[dict[str, str]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.seen.append(dict(self.headers))
                answer(self)

            def log_message(self, *a: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def two_hosts() -> Iterator[tuple[_Server, _Server]]:
    def ok(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", "2")
        h.end_headers()
        h.wfile.write(b"{}")

    other = _Server(ok)

    def away(h: BaseHTTPRequestHandler) -> None:
        h.send_response(307)
        h.send_header("Location", other.url + "/steal")
        h.send_header("Content-Length", "0")
        h.end_headers()

    first = _Server(away)
    yield first, other
    first.close()
    other.close()


def test_http_never_takes_the_token_to_another_host(two_hosts: tuple[_Server, _Server]) -> None:
    """Before: `.http.get(path, follow_redirects=True)` sent Authorization to the 307's other host."""
    first, other = two_hosts
    token = mint(b"k", categories=["prices"], seller_id="s")
    with wbseller.Client(token, base_url=first.url, max_retries=0) as wb:
        with pytest.raises(wbseller.RedirectError, match="not one of this client's hosts"):
            wb.prices.http.get("/api/v2/list/goods/filter", follow_redirects=True)
        # an absolute URL elsewhere is refused before it leaves (the token goes home only)
        with pytest.raises(wbseller.InvalidRequestError, match="is not one of this client's hosts"):
            wb.prices.http.get(other.url + "/steal")
    assert first.seen and first.seen[0]["Authorization"] == token
    assert other.seen == []


def test_http_async_too(two_hosts: tuple[_Server, _Server]) -> None:
    import asyncio

    first, other = two_hosts

    async def main() -> None:
        async with wbseller.AsyncClient(
            mint(b"k", categories=["prices"], seller_id="s"), base_url=first.url
        ) as wb:
            with pytest.raises(wbseller.RedirectError):
                await wb.prices.http.get("/api/v2/list/goods/filter", follow_redirects=True)

    asyncio.run(main())
    assert other.seen == []


# --- unsigned tokens ----------------------------------------------------------------------------
def test_an_unsigned_token_for_wb_warns(emu: Emulator) -> None:
    unsigned = mint(None, categories=["content"], seller_id="s")
    with pytest.warns(TokenWarning, match=r"unsigned \(alg: none.*WB will refuse it"):
        wbseller.Client(unsigned)
    with pytest.warns(TokenWarning, match="WBD token is unsigned"):
        wbseller.Client(wbd_token=mint(None, categories=["wbd"], seller_id="s"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        wbseller.Client(unsigned, base_url=emu.base_url)  # the emulator takes it: no warning
        wbseller.Client(mint(b"k", categories=["content"], seller_id="s"))  # a signed one
        wbseller.Client(unsigned, base_urls=dict.fromkeys(wbseller.operations.spec_names(), emu.base_url))
