"""The emulator counts a request against its bucket when it arrives (as WB's gateway does), not
when its event loop gets round to it: on a loaded machine the loop runs late, and two requests
that arrived a full interval apart must not be counted as one burst."""

from __future__ import annotations

import threading
import time

import httpx

from wbseller_emulator import Emulator

COVER = "/api/v1/content/illustration"  # WBD: 10 requests/s, burst 1
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def test_requests_count_when_they_arrive_not_when_the_loop_is_free() -> None:
    with Emulator(time_scale=1.0) as emu, httpx.Client(base_url=emu.base_url, timeout=10) as c:
        headers = {"Authorization": "Bearer " + emu.make_token(["wbd"]), "X-Content-Type": "image/png"}
        answers: dict[str, int] = {}

        def send(name: str, method: str, path: str, content: bytes | None = None) -> None:
            with httpx.Client(base_url=emu.base_url, timeout=10) as own:
                answers[name] = own.request(method, path, headers=headers, content=content).status_code

        c.get("/api/v1/content/author", headers=headers, params={"limit": 1})  # warm
        threads = []
        with emu.state.lock:  # the emulator's loop stalls on the first request's store
            threads.append(threading.Thread(target=send, args=("stall", "GET", "/api/v1/content/author")))
            threads[-1].start()
            time.sleep(0.05)
            for name in ("first", "second"):  # arrive 150 ms apart: 1.5 intervals of the bucket
                threads.append(threading.Thread(target=send, args=(name, "POST", COVER, PNG)))
                threads[-1].start()
                time.sleep(0.15)
            time.sleep(0.05)
        for t in threads:
            t.join()
        assert answers == {"stall": 200, "first": 200, "second": 200}
        stamps = [r.at for r in emu.requests if r.path == COVER]
        assert stamps[1] - stamps[0] >= 0.1  # recorded as they arrived, too
