"""The emulator answers only this machine's programs: a web page in a browser can reach a server on
127.0.0.1 too (a cross-site POST, which text/plain makes without a CORS preflight, or DNS rebinding:
evil.example resolving to 127.0.0.1), so a foreign Origin or Host gets 403 on every endpoint,
before anything is read or changed."""

from __future__ import annotations

import httpx
import pytest

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.content import ContentStore


def _seed(emu: Emulator, **headers: str) -> httpx.Response:
    body = '{"category": "content", "method": "seed_cards", "kwargs": {"n": 3}}'
    return httpx.post(
        f"{emu.base_url}/__emulator__/seed",
        content=body,
        headers={"Content-Type": "text/plain", **headers},
    )


def test_a_foreign_origin_cannot_seed(emu: Emulator) -> None:
    r = _seed(emu, Origin="http://evil.example")
    assert r.status_code == 403
    assert "evil.example" in r.json()["detail"]
    assert emu.state.default.store(ContentStore).cards() == []  # nothing was made


def test_a_foreign_host_is_not_served(emu: Emulator, http: httpx.Client) -> None:
    """DNS rebinding: the browser sends the attacker's name as Host."""
    for path in ("/__emulator__/health", "/ping", "/__emulator__/requests"):
        r = http.get(path, headers={"Host": "evil.example"})
        assert r.status_code == 403, path
    r = httpx.post(f"{emu.base_url}/__emulator__/reset", headers={"Host": f"evil.example:{emu.port}"})
    assert r.status_code == 403
    assert emu.requests == []  # refused before the API recorded (or did) anything


def test_an_origin_on_another_port_is_another_site(emu: Emulator) -> None:
    """A page of another local server (localhost:3000) is a foreign origin; a Host with another
    port is not refused: a relay in front of the emulator passes its own port on."""
    assert _seed(emu, Origin=f"http://localhost:{emu.port + 1}").status_code == 403
    assert _seed(emu, Host=f"127.0.0.1:{emu.port + 1}").status_code == 200


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "[::1]"])
def test_local_names_and_origins_are_served(emu: Emulator, http: httpx.Client, host: str) -> None:
    assert http.get("/ping", headers={"Host": f"{host}:{emu.port}"}).status_code == 200
    assert http.get("/ping", headers={"Host": host}).status_code == 200
    r = _seed(emu, Origin=f"http://{host}:{emu.port}")
    assert r.status_code == 200 and r.json() == {"seeded": 3}


def test_allowed_hosts_adds_names() -> None:
    with Emulator(time_scale=0.01, allowed_hosts=("emulator.test",)) as emu:
        ok = httpx.get(f"{emu.base_url}/__emulator__/health", headers={"Host": "emulator.test"})
        assert ok.status_code == 200
        no = httpx.get(f"{emu.base_url}/__emulator__/health", headers={"Host": "evil.example"})
        assert no.status_code == 403
