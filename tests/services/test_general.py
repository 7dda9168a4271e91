"""client.general over HTTP against the emulator, sync and async: seller info, tariffs (the
acceptance coefficients WB marks temporarily disabled warn), rating/subscription with a service
token, and the users workflow (list, invite, access, delete) with a personal one."""

from __future__ import annotations

import json
import warnings
from datetime import date
from typing import Any
from urllib.parse import parse_qs

import pytest

from tests.services.conftest import Drive, Run
from wbseller import InvalidRequestError, TemporarilyDisabledWarning, TokenTypeError, checks
from wbseller_emulator import Emulator


def sent(emu: Emulator, name: str) -> list[Any]:
    return [r for r in emu.requests if r.operation == f"general.{name}"]


def test_seller_info_and_tariffs(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        g = d.client.general
        info = await d(g.seller_info())
        assert info is not None and isinstance(info.name, str)
        commission = await d(g.tariffs_commission(locale="ru"))
        assert isinstance(commission, list)
        box = await d(g.tariffs_box(date(2026, 11, 2)))
        assert box is not None
        await d(g.tariffs_pallet("2026-11-02"))
        await d(g.tariffs_return(date(2026, 11, 2)))
        assert [
            parse_qs(r.query)["date"] for r in sent(emu, "tariffs_box") + sent(emu, "tariffs_pallet")
        ] == [
            ["2026-11-02"],
            ["2026-11-02"],
        ]
        with pytest.raises(InvalidRequestError) as e:
            await d(g.tariffs_box("02.11.2026"))
        assert e.value.field == "date"

    run(scenario, categories=["content"])


def test_acceptance_coefficients_warn_disabled(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        checks._disabled_warned.discard("general.tariffs_acceptance_coefficients")  # warned once a process
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            got = await d(d.client.general.acceptance_coefficients([507, 117986]))
        assert isinstance(got, list)
        assert any(issubclass(w.category, TemporarilyDisabledWarning) for w in caught)
        assert parse_qs(sent(emu, "tariffs_acceptance_coefficients")[0].query)["warehouseIDs"] == [
            "507,117986"
        ]

    run(scenario, categories=["content"])


def test_rating_and_subscription_take_a_service_token(emu: Emulator, make_client: Any) -> None:
    personal = make_client(categories=["feedbacks"])
    with pytest.raises(TokenTypeError):
        personal.general.rating()
    assert sent(emu, "seller_rating") == []
    svc = type(personal)(emu.make_token(["feedbacks"], token_type="service"), base_url=emu.base_url)
    try:
        rating = svc.general.rating()
        assert rating is not None and sent(emu, "seller_rating")
        assert svc.general.subscription() is not None
        assert svc.general.tariff_options(locale="en") is not None
    finally:
        svc.close()


def test_users_workflow(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        g = d.client.general
        users = await d.list(g.iter_users(page_size=100))
        assert isinstance(users, list)
        q = parse_qs(sent(emu, "users_list")[0].query)
        assert q["limit"] == ["100"] and q["offset"] == ["0"]
        invited = await d(
            g.invite_user("+79990001122", position="Менеджер", access={"feedbacks": True, "finance": False})
        )
        assert invited is not None
        body = json.loads(sent(emu, "user_invite")[0].body)
        assert body == {
            "invite": {"phoneNumber": "+79990001122", "position": "Менеджер"},
            "access": [{"code": "feedbacks", "disabled": False}, {"code": "finance", "disabled": True}],
        }
        await d(g.update_user_access({42: {"questions": True}}))
        assert json.loads(sent(emu, "users_access_update")[0].body) == {
            "usersAccesses": [{"userId": 42, "access": [{"code": "questions", "disabled": False}]}]
        }
        await d(g.delete_user(42))
        assert parse_qs(sent(emu, "user_delete")[0].query)["deletedUserID"] == ["42"]
        with pytest.raises(InvalidRequestError) as e:
            await d(g.invite_user("+79990001122", access={"everything": True}))
        assert "code" in (e.value.field or "")
        with pytest.raises(InvalidRequestError):
            await d(g.invite_user("+79990001122", position="x" * 151))
        assert len(sent(emu, "user_invite")) == 1

    run(scenario, categories=["users"])
