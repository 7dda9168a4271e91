"""An operation the specs mark `deprecated: true` stays callable through the raw client and
`.http`, and the facade says so once per process: one DeprecationWarning naming the operation,
however many calls and clients follow. The one used here, `POST /adv/v0/cpm`, WB has also removed
(x-wb-removed): the warning says so and names the successor, and WB's 404 is a NotFoundError."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from wbseller import checks
from wbseller.errors import NotFoundError
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.promotion import PromotionStore
from wbseller_raw.promotion.api.bids import bid_update
from wbseller_raw.promotion.models import V0AdvertCpmRequest

SUBJECT = 270  # the emulator's catalogue: Спорт, minimum bid 150


@pytest.fixture(autouse=True)
def fresh_process_state(monkeypatch: pytest.MonkeyPatch) -> None:
    """The "once" is per process: forget what earlier tests in this process already warned about."""
    monkeypatch.setattr(checks, "_deprecation_warned", set())


@pytest.fixture
def campaign(emu: Emulator) -> int:
    """An active standard-bid campaign whose cards are of SUBJECT, so POST /adv/v0/cpm answers 200."""
    return emu.state.default.store(PromotionStore).add_campaign(type=8, status=9, subject_id=SUBJECT)


@pytest.fixture
def caught() -> Iterator[list[warnings.WarningMessage]]:
    # "always": the default filters would hide a repeated warning themselves and mask a second one
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        yield seen


def _deprecations(seen: list[warnings.WarningMessage]) -> list[warnings.WarningMessage]:
    return [w for w in seen if issubclass(w.category, DeprecationWarning)]


def test_deprecated_operation_warns_once_through_http(
    make_client: Callable[..., Any], campaign: int, caught: list[warnings.WarningMessage]
) -> None:
    wb = make_client(["promotion"])
    body = {"advertId": campaign, "type": 8, "cpm": 180, "param": SUBJECT}
    for cpm in (180, 190):
        with pytest.raises(NotFoundError):  # WB removed it: 404
            wb.promotion.http.post("/adv/v0/cpm", json={**body, "cpm": cpm})
    found = _deprecations(caught)
    assert len(found) == 1
    message = str(found[0].message)
    assert "promotion.bid_update" in message and "POST /adv/v0/cpm" in message and "deprecated" in message
    assert "removed it (gone by 2025-12-26" in message and "promotion.changing_campaigns_bids" in message


def test_deprecated_operation_warns_once_through_the_generated_function(
    make_client: Callable[..., Any], campaign: int, caught: list[warnings.WarningMessage]
) -> None:
    body = V0AdvertCpmRequest.from_dict({"advertId": campaign, "type": 8, "cpm": 180, "param": SUBJECT})
    # two clients: the warning is per process, not per client
    for wb in (make_client(["promotion"]), make_client(["promotion"])):
        with pytest.raises(NotFoundError):
            bid_update.sync_detailed(client=wb.promotion.raw, body=body)
    found = _deprecations(caught)
    assert len(found) == 1
    assert "promotion.bid_update" in str(found[0].message)


def test_current_operation_does_not_warn(
    make_client: Callable[..., Any], campaign: int, caught: list[warnings.WarningMessage]
) -> None:
    wb = make_client(["promotion"])
    assert wb.promotion.http.get("/adv/v1/promotion/count").status_code == 200
    assert _deprecations(caught) == []


def test_the_warning_points_at_the_callers_line(
    make_client: Callable[..., Any], campaign: int, caught: list[warnings.WarningMessage]
) -> None:
    wb = make_client(["promotion"])
    with pytest.raises(NotFoundError):
        wb.promotion.http.post(
            "/adv/v0/cpm", json={"advertId": campaign, "type": 8, "cpm": 180, "param": SUBJECT}
        )
    (found,) = _deprecations(caught)
    assert found.filename == __file__
