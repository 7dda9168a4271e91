"""A client pointed at a standalone emulator paces by the emulator's limits when told once
(`Client(..., emulator=True)`: one GET /__emulator__/limits at construction), and the emulator can
scale its rate limits apart from its data clock (`limits_scale`). No timed asserts: the pacing is
checked by the rates the limiter is asked to pace by and by what the emulator refused."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping

import httpx
import pytest

import wbseller
from wbseller.errors import InvalidRequestError, TransportError
from wbseller.limits import Bucket, InProcessLimiter, Rate
from wbseller.operations import all_operations, rate
from wbseller_emulator import Emulator, EmulatorProcess

CARDS = 2000  # 20 pages of 100: well past the content bucket's burst of 5
WB_CONTENT = Rate(100, 60.0, 5)  # WB's Personal row for the content bucket: 100 a minute, burst 5


class RecordingLimiter(InProcessLimiter):
    """The in-process limiter, noting the rate of every slot it is asked for and the wait it gave."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[tuple[str, Rate, float]] = []

    def acquire(self, bucket: Bucket, cost: int = 1) -> float:
        wait = super().acquire(bucket, cost)
        self.asked.append((bucket.name, bucket.rate, wait))
        return wait


def export(emu_url: str, token: str, **options: object) -> tuple[int, RecordingLimiter]:
    limiter = RecordingLimiter()
    with wbseller.Client(token, base_url=emu_url, limiter=limiter, **options) as wb:  # type: ignore[arg-type]
        return sum(1 for _ in wb.content.iter_cards()), limiter


@pytest.fixture(scope="module")
def scaled() -> object:
    """The data clock real, the rate limits 100x looser (what `--limits-scale 0.01` runs)."""
    with Emulator(time_scale=1.0, limits_scale=0.01, strict=True) as emu:
        yield emu


def test_emulator_true_paces_by_the_emulators_limits(scaled: Emulator) -> None:
    scaled.reset()
    scaled.seed("content", "seed_cards", {"n": CARDS})
    token = scaled.make_token(["content"])
    count, limiter = export(scaled.base_url, token, emulator=True)
    assert count == CARDS
    lists = [r for r in scaled.requests if r.operation == "content.product_cards_list"]
    assert len(lists) == CARDS // 100 + 1  # 20 full pages, then the empty one
    assert all(r.status == 200 for r in scaled.requests), "the emulator refused a request (429?)"
    content = [(rate, wait) for name, rate, wait in limiter.asked if name == "content.product_cards_list"]
    assert len(content) == len(lists)
    # paced at the emulator's 6 ms interval, not WB's 600 ms: what 2000 cards take drops 100x
    assert {rate for rate, _ in content} == {Rate(100, 0.6, 5)}
    assert sum(wait for _, wait in content) <= len(content) * 0.6 / 100


def test_without_it_the_client_paces_at_wbs_speed(scaled: Emulator) -> None:
    """The counterpart, on 4 pages (within the burst of 5: at WB's speed more would take minutes)."""
    scaled.reset()
    scaled.seed("content", "seed_cards", {"n": 300})
    count, limiter = export(scaled.base_url, scaled.make_token(["content"]))
    assert count == 300
    assert {rate for name, rate, _ in limiter.asked if name == "content.product_cards_list"} == {WB_CONTENT}


def test_the_callers_rate_limits_still_override_single_buckets(scaled: Emulator) -> None:
    token = scaled.make_token(["content"])
    with wbseller.Client(
        token, base_url=scaled.base_url, emulator=True, rate_limits={"content": (7, 1.0, 1)}
    ) as wb:
        rates = wb._config.rates
    assert rates["content"] == Rate(7, 1.0, 1)
    prices = rates["prices"]
    assert isinstance(prices, Mapping) and prices["personal"] == Rate(10, 0.06, 5)  # 10 per 6 s, scaled


def test_emulator_true_needs_an_emulator_and_never_asks_wb(scaled: Emulator) -> None:
    token = scaled.make_token(["content"])
    with pytest.raises(InvalidRequestError, match="needs base_url"):
        wbseller.Client(token, emulator=True)
    for wb_host in ("https://content-api.wildberries.ru", "https://x.wb.ru/"):
        with pytest.raises(InvalidRequestError, match="not WB's host"):
            wbseller.Client(token, base_url=wb_host, emulator=True)
    with pytest.raises(InvalidRequestError, match=r"gave no emulator's limits \(HTTP 404\)"):
        wbseller.Client(token, base_url=scaled.base_url + "/elsewhere", emulator=True)
    with pytest.raises(TypeError, match="emulator"):
        wbseller.Client(token, base_url=scaled.base_url, emulator="yes")  # type: ignore[arg-type]


def test_no_emulator_there_is_a_transport_error() -> None:
    import socket

    with socket.socket() as s:  # bound, never listening: refused at once
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}"
        with pytest.raises(TransportError, match="no answer from"):
            wbseller.Client(base_url=url, emulator=True)


def test_async_client_takes_the_option_too(scaled: Emulator) -> None:
    token = scaled.make_token(["content"])
    wb = wbseller.AsyncClient(token, base_url=scaled.base_url, emulator=True)
    content = wb._config.rates["content"]
    assert isinstance(content, Mapping) and content["personal"] == Rate(100, 0.6, 5)


# --- limits_scale: the limits scaled, the data clock not ------------------------------------------
def test_limits_scale_scales_the_limits_alone(scaled: Emulator) -> None:
    """With the limits' clock frozen, the burst is spent and the next request refused, its Retry
    the scaled interval (0.6 s x 0.01); the data clock is another one and runs in real time."""
    scaled.reset()
    assert scaled.clock.time_scale == 1.0 and scaled.limits_clock.time_scale == 0.01
    assert scaled.limits_clock is not scaled.clock
    token = scaled.make_token(["content"])
    scaled.limits_clock.freeze()
    try:
        with httpx.Client(base_url=scaled.base_url, headers={"Authorization": token}) as http:
            statuses = [http.get("/content/v2/cards/limits") for _ in range(6)]
    finally:
        scaled.limits_clock.resume()
    allowed = rate(all_operations()["content.limits_for_the_product_cards"], "personal")
    assert [r.status_code for r in statuses] == [200] * allowed.burst + [429] * (6 - allowed.burst)
    retry = float(statuses[-1].headers["X-Ratelimit-Retry"])
    assert retry == pytest.approx(allowed.interval * 0.01)  # WB's interval, 100x shorter
    limits = httpx.get(scaled.base_url + "/__emulator__/limits").json()
    assert limits["content"]["personal"] == [100, pytest.approx(0.6), 5]


def test_time_scale_alone_scales_both(emu: Emulator) -> None:
    """The suite's emulator (time_scale=0.01, no limits_scale): one clock for data and limits."""
    assert emu.limits_clock is emu.clock
    assert emu.client_rate_limits()["content"]["personal"] == (100, pytest.approx(0.6), 5)


def test_emulator_process_takes_limits_scale() -> None:
    with EmulatorProcess(time_scale=1.0, limits_scale=0.01) as proc:
        limits = proc.client_rate_limits()
        token = proc.make_token(["content"])
        wb = wbseller.Client(token, base_url=proc.base_url, emulator=True)
        assert wb._config.rates["content"] == {t: Rate(*v) for t, v in limits["content"].items()}
        wb.close()
    assert limits["content"]["personal"] == (100, pytest.approx(0.6), 5)


def test_the_standalone_banner_as_json() -> None:
    """`python -m wbseller_emulator --json` prints its URL and tokens as one JSON object."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "wbseller_emulator", "--port", str(port), "--limits-scale", "0.01", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        banner = json.loads(proc.stdout.readline())
    finally:
        proc.terminate()
        proc.wait(10)
    assert banner["base_url"] == f"http://127.0.0.1:{port}"
    assert banner["time_scale"] == 1.0 and banner["limits_scale"] == 0.01
    assert banner["seller_token"].count(".") == 2 and banner["wbd_token"].count(".") == 2
