"""The fault matrix: every fault the emulator injects, mid-way, into every kind of workload.

Each cell asserts the four promises:
- no item lost: the workload ends complete, or with a typed wbseller error after which the items
  are all accounted for (a list resumed or walked again gives every item; a write's items are
  applied, or reported by the error);
- no duplicate: no item handed out twice, no write applied twice in the emulator's state;
- no blind resend: a non-idempotent write whose outcome was unknown (5xx, reset, timeout, a body cut
  off, an unreadable answer) is never sent again (checked in `emu.requests`);
- a typed wbseller error where it cannot recover (never a raw httpx or json error).

OUTCOMES is the expected matrix ("ok": recovered and complete, else the typed error the cell ends
with); `matrix_table()` renders it as a markdown table.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import wbseller
from wbseller.limits import InProcessLimiter
from wbseller.operations import operation
from wbseller.pagination import Cursor
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.content import ContentStore
from wbseller_emulator.handlers.marketplace import MarketplaceStore
from wbseller_emulator.handlers.prices import PricesStore
from wbseller_emulator.handlers.wbd import WbdStore

PART = 2 * 1024 * 1024
# The client's timeout in the read-timeout cells (real seconds) is derived from what this machine
# takes now for the heaviest request of the matrix (a 1,000-item write), TIMEOUT_MARGIN times
# that, at least TIMEOUT_FLOOR: long enough that a request answered normally does not time out on
# a loaded machine (`make stress`), short because each of these cells waits it out once. The
# delay fault holds its request until the client gives up (the emulator drops it then).
TIMEOUT_FLOOR = 2.0
TIMEOUT_MARGIN = 10


@dataclass(frozen=True)
class Fault:
    kind: str  # the emulator's fault kind
    options: dict[str, Any]
    known_not_applied: bool  # WB answered that it did not take the request (a resend is not blind)


FAULTS: dict[str, Fault] = {
    "5xx burst": Fault("status", {"status": 503, "times": 2}, False),
    "reset": Fault("reset_after_body", {"apply_handler": True}, False),
    "read timeout": Fault("delay", {"seconds": 600.0}, False),
    "429 + headers": Fault("429", {"retry_after": 0.05, "times": 2}, True),
    "429 bare": Fault("429", {"retry_after": None, "times": 2}, True),
    "truncated body": Fault("truncated_body", {}, False),
    "malformed JSON": Fault("malformed_json", {}, False),
    '{"error": true}': Fault("envelope_error", {}, True),
}


@dataclass
class Workload:
    route: str  # the operation the fault hits
    skip: int  # requests of it let through first: the fault lands mid-way
    setup: Callable[[Emulator, Path], Any]
    go: Callable[[Any, Any], Any]  # (client, setup's value) -> result; may raise a typed error
    check: Callable[[Emulator, Any, Any, BaseException | None], None]  # (emu, client, setup, error)


# --- cursor export: 250 cards, pages of 100, the fault on page 2 -------------------------------------
def _cards_setup(emu: Emulator, tmp: Path) -> Any:
    emu.state.default.store(ContentStore).seed_cards(250)
    return {"got": [], "pages": None}


def _cards_go(wb: Any, s: Any) -> Any:
    s["pages"] = wb.content.iter_cards(page_size=100)
    for c in s["pages"]:
        s["got"].append(c.nm_id)


def _cards_check(emu: Emulator, wb: Any, s: Any, err: BaseException | None) -> None:
    got = s["got"]
    if err is not None:  # resume from the cursor of the last page fully handed out
        cursor: Cursor | None = s["pages"].cursor
        got = got[: s["pages"].state.items]
        got += [c.nm_id for c in wb.content.iter_cards(page_size=100, start_after=cursor)]
    want = [c.nm_id for c in emu.state.default.store(ContentStore).cards()]
    assert sorted(got) == sorted(want) and len(set(got)) == len(got) == 250


# --- offset list: 25 goods, pages of 10, the fault on page 2 -----------------------------------------
def _goods_setup(emu: Emulator, tmp: Path) -> Any:
    emu.state.default.store(PricesStore).seed_goods(25)
    return {"got": []}


def _goods_go(wb: Any, s: Any) -> Any:
    for g in wb.prices.iter_goods(page_size=10):
        s["got"].append(g.nm_id)


def _goods_check(emu: Emulator, wb: Any, s: Any, err: BaseException | None) -> None:
    got = s["got"] if err is None else [g.nm_id for g in wb.prices.iter_goods(page_size=10)]
    want = [g.nm_id for g in emu.state.default.store(PricesStore).goods()]
    assert sorted(got) == sorted(want) and len(set(got)) == len(got) == 25


# --- price upload + wait: 1500 items in two uploads, the fault on the second ------------------------
def _prices_setup(emu: Emulator, tmp: Path) -> Any:
    goods = emu.state.default.store(PricesStore).seed_goods(1500, editable_every=0)
    return {"items": [{"nmID": g.nm_id, "price": g.price + 10} for g in goods]}


def _prices_go(wb: Any, s: Any) -> Any:
    return wb.prices.set_prices(s["items"]).wait(timeout=30, poll=0.02)


def _prices_check(emu: Emulator, wb: Any, s: Any, err: BaseException | None) -> None:
    uploads = emu.state.default.store(PricesStore).uploads()
    taken = [i.nm_id for u in uploads for i in u.items]
    assert len(set(taken)) == len(taken), "an item was uploaded twice"
    first = uploads[0]
    if err is None:
        assert sorted(taken) == sorted(i["nmID"] for i in s["items"])
        return
    notes = " ".join(getattr(err, "__notes__", []))
    assert f"uploads already sent: [{first.upload_id}]" in notes  # the user can wait on it
    result = wb.prices.upload([first.upload_id]).wait(timeout=30, poll=0.02)
    assert len(result.applied) == 1000


# --- card create: 3 cards in one request ------------------------------------------------------------
def _cards_create_setup(emu: Emulator, tmp: Path) -> Any:
    return {"cards": [_card(f"MX-{i}") for i in range(3)]}


def _card(vendor_code: str) -> dict[str, Any]:
    return {
        "subjectID": 105,
        "variants": [{"vendorCode": vendor_code, "title": "Рубашка", "sizes": [{"techSize": "M"}]}],
    }


def _cards_create_go(wb: Any, s: Any) -> Any:
    return wb.content.create_cards(s["cards"]).wait(timeout=30, poll=0.02)


def _cards_create_check(emu: Emulator, wb: Any, s: Any, err: BaseException | None) -> None:
    codes = [c.vendor_code for c in emu.state.default.store(ContentStore).cards()]
    assert len(set(codes)) == len(codes), "a card was created twice"
    if err is None:
        assert sorted(codes) == ["MX-0", "MX-1", "MX-2"]


# --- stocks: 1500 chrtIDs in two PUTs (idempotent per chrtID), the fault on the second -------------------
def _stocks_setup(emu: Emulator, tmp: Path) -> Any:
    st = emu.state.default.store(MarketplaceStore)
    wh = st.add_warehouse("Main", st.offices()[0].id).id
    return {"wh": wh, "amounts": {300_000_000 + n: n % 50 for n in range(1500)}}


def _stocks_go(wb: Any, s: Any) -> Any:
    return wb.marketplace.set_stocks(s["wh"], s["amounts"])


def _stocks_check(emu: Emulator, wb: Any, s: Any, err: BaseException | None) -> None:
    have = emu.state.default.store(MarketplaceStore).stocks(s["wh"])
    if err is not None:  # setting a stock is idempotent: the user repeats the call
        assert set(have) <= set(s["amounts"])
        wb.marketplace.set_stocks(s["wh"], s["amounts"])
        have = emu.state.default.store(MarketplaceStore).stocks(s["wh"])
    assert have == s["amounts"]


# --- WBD upload: three parts, the fault on part 2 ----------------------------------------------------
META = {"thumbnail": ["vol6/1/abc/480.jpg"], "rating": "0+", "author": "A", "pages": 3}


def _upload_setup(emu: Emulator, tmp: Path) -> Any:
    path = tmp / "book.pdf"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(3 * PART - 100))
    return {"path": path}


def _upload_go(wb: Any, s: Any) -> Any:
    s["handle"] = wb.wbd.upload_content(s["path"], title="T", description="", catalog_id=4, meta=META)


def _upload_check(emu: Emulator, wb: Any, s: Any, err: BaseException | None) -> None:
    store = emu.state.default.store(WbdStore)
    assert err is None, "every part can be re-sent: the upload recovers"
    assert store.content_file(s["handle"].content_id).read_bytes() == s["path"].read_bytes()


# --- WBD download: a 3-part file -------------------------------------------------------------------
def _download_setup(emu: Emulator, tmp: Path) -> Any:
    rec = emu.state.default.store(WbdStore).add_content("Book", size=3 * PART)
    return {"rec": rec, "dir": tmp}


def _download_go(wb: Any, s: Any) -> Any:
    s["file"] = wb.wbd.download_content(s["rec"].uri, s["dir"])


def _download_check(emu: Emulator, wb: Any, s: Any, err: BaseException | None) -> None:
    want = emu.state.default.store(WbdStore).content_file(s["rec"].id).read_bytes()
    if err is not None:
        assert list(s["dir"].iterdir()) == []  # no partial file, under any name
        _download_go(wb, s)
    assert s["file"].read_bytes() == want
    assert [p.name for p in s["dir"].iterdir()] == [s["file"].name]


WORKLOADS: dict[str, Workload] = {
    "cursor export": Workload("content.product_cards_list", 1, _cards_setup, _cards_go, _cards_check),
    "offset list": Workload("prices.get_products_with_prices", 1, _goods_setup, _goods_go, _goods_check),
    "price upload + wait": Workload(
        "prices.set_prices_and_discounts", 1, _prices_setup, _prices_go, _prices_check
    ),
    "card create": Workload(
        "content.create_product_cards", 0, _cards_create_setup, _cards_create_go, _cards_create_check
    ),
    "stocks": Workload("marketplace.update_inventory", 1, _stocks_setup, _stocks_go, _stocks_check),
    "WBD upload": Workload("wbd.upload_content_file", 1, _upload_setup, _upload_go, _upload_check),
    "WBD download": Workload("wbd.download_content", 0, _download_setup, _download_go, _download_check),
}

E = wbseller
OK = "ok"
UNSAFE, MALFORMED, ENVELOPE = E.RetryUnsafeError, E.MalformedResponseError, E.EnvelopeError
# the expected outcome of every cell: "ok" (recovered, complete) or the typed error it ends with.
# An answer WB gave but we cannot read ends every workload but the WBD upload, whose parts may be
# sent again; a non-idempotent write whose outcome is unknown is never sent again.
UNREADABLE = {"malformed JSON": MALFORMED, '{"error": true}': ENVELOPE}
UNKNOWN = {"5xx burst": UNSAFE, "reset": UNSAFE, "read timeout": UNSAFE, "truncated body": UNSAFE}
OUTCOMES: dict[str, dict[str, Any]] = {
    "cursor export": UNREADABLE,
    "offset list": UNREADABLE,
    "price upload + wait": {**UNKNOWN, **UNREADABLE},
    "card create": {**UNKNOWN, **UNREADABLE},
    "stocks": UNREADABLE,
    "WBD upload": {},
    "WBD download": UNREADABLE,
}


def expected(workload: str, fault: str) -> Any:
    return OUTCOMES[workload].get(fault, OK)


def matrix_table() -> str:
    """The matrix as a markdown table (cell: ok = recovered and complete, else the typed error)."""
    head = "| workload | " + " | ".join(FAULTS) + " |"
    rule = "|" + "---|" * (len(FAULTS) + 1)
    rows = [
        f"| {w} | " + " | ".join("ok" if (o := expected(w, f)) == OK else o.__name__ for f in FAULTS) + " |"
        for w in WORKLOADS
    ]
    return "\n".join([head, rule, *rows])


def _timeout_here(emu: Emulator) -> float:
    """TIMEOUT_MARGIN times the longer of two 1,000-item stocks PUTs on this machine, now, sent on a
    seller of their own (its own data and limits: the cell's seller sees none of it)."""
    seller = emu.new_seller_id()
    store = emu.state.seller(seller).store(MarketplaceStore)
    wh = store.add_warehouse("Scratch", store.offices()[0].id).id
    amounts = {400_000_000 + n: n % 50 for n in range(1000)}
    took = []
    with wbseller.Client(
        emu.make_token(["marketplace"], seller_id=seller),
        base_url=emu.base_url,
        rate_limits=emu.client_rate_limits(slack=1.1),
        limiter=InProcessLimiter(),
        timeout=600.0,
    ) as wb:
        for _ in range(2):
            started = time.monotonic()
            wb.marketplace.set_stocks(wh, amounts)
            took.append(time.monotonic() - started)
    emu.requests.clear()  # the cell counts its own requests
    return max(TIMEOUT_FLOOR, TIMEOUT_MARGIN * max(took))


def _signature(r: Any) -> tuple[Any, ...]:
    """What makes two requests the same write: the operation, the body, the part, the range."""
    return (r.operation, r.body_size, r.headers.get("x-wbd-part-index"), r.headers.get("range"), r.query)


@pytest.mark.parametrize("fault_name", list(FAULTS))
@pytest.mark.parametrize("workload_name", list(WORKLOADS))
def test_matrix(
    emu: Emulator, make_client: Callable[..., Any], tmp_path: Path, workload_name: str, fault_name: str
) -> None:
    w, f = WORKLOADS[workload_name], FAULTS[fault_name]
    timeout = _timeout_here(emu) if f.kind == "delay" else 60.0
    state = w.setup(emu, tmp_path)
    wb = make_client(categories=["content", "prices", "marketplace"], timeout=timeout)
    emu.faults.add(f.kind, route=w.route, skip=w.skip, **f.options)
    error: BaseException | None = None
    try:
        w.go(wb, state)
    except wbseller.WBError as e:
        error = e
    # (anything else -- httpx, json -- fails the test here: it is no typed error)
    want = expected(workload_name, fault_name)
    if want == OK:
        assert error is None, f"expected a recovery, got {error!r}"
    else:
        assert isinstance(error, want), f"expected {want.__name__}, got {error!r}"

    # no blind resend: after a request whose outcome was unknown, the same non-idempotent write
    # never went again
    spec, op_id = w.route.split(".")
    hits = [r for r in emu.requests if r.operation == w.route]
    assert len(hits) > w.skip, "the fault never fired"
    if not operation(spec, op_id).idempotent and not f.known_not_applied:
        faulted = hits[w.skip]
        again = [r for r in hits[w.skip + 1 :] if _signature(r) == _signature(faulted)]
        assert again == [], f"{w.route} sent again after {fault_name}"

    w.check(emu, wb, state, error)  # no item lost, no duplicate
