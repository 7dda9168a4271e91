"""The results of batch writes speak one vocabulary: `.ok` (nothing failed), `.failed` (item ->
WB's reason) and `raise_for_errors()` (UploadError listing the failures, else the result itself):
cards, prices, calendar and WBD key deletion, over HTTP against the emulator, on a Client and on
an AsyncClient."""

from __future__ import annotations

from typing import Any

import pytest

from wbseller.errors import UploadError
from wbseller_emulator import Emulator

from . import test_calendar as calendar_tests
from . import test_prices as prices_tests
from . import test_wbd as wbd_tests
from .conftest import Drive, Run


def card(vendor_code: str, subject: int = 105) -> dict[str, Any]:
    return {
        "subjectID": subject,
        "variants": [{"vendorCode": vendor_code, "title": "Shirt", "sizes": [{"techSize": "M", "skus": []}]}],
    }


def assert_vocabulary(result: Any, failed: set[Any]) -> None:
    assert set(result.failed) == failed
    assert result.ok is (not failed)
    if failed:
        with pytest.raises(UploadError) as exc:
            result.raise_for_errors()
        assert set(exc.value.failed) == failed
        assert all(str(key) in str(exc.value) for key in failed)
    else:
        assert result.raise_for_errors() is result


def test_cards(emu: Emulator, run: Run) -> None:
    async def scenario(d: Drive) -> None:
        good = await d.wait(await d(d.client.content.create_cards([card("OK-1"), card("OK-2")])), timeout=10)
        assert_vocabulary(good, set())
        mixed = await d.wait(
            await d(d.client.content.create_cards([card("OK-3"), card("BAD-1", subject=999_999)])), timeout=10
        )
        assert_vocabulary(mixed, {"BAD-1"})
        assert mixed.cards["OK-3"].ok and not mixed.cards["BAD-1"].ok

    run(scenario)


def test_prices(emu: Emulator, run: Run) -> None:
    goods = [prices_tests.store(emu).add_good(price=1000) for _ in range(2)]

    async def scenario(d: Drive) -> None:
        _, good = await prices_tests.send_and_wait(d, [{"nmID": g.nm_id, "price": 1100} for g in goods])
        assert_vocabulary(good, set())
        _, mixed = await prices_tests.send_and_wait(
            d, [{"nmID": goods[0].nm_id, "price": 900}, {"nmID": 42, "price": 10}]
        )
        assert_vocabulary(mixed, {42})

    run(scenario)


def test_calendar(emu: Emulator, run: Run) -> None:
    now = calendar_tests.running(emu)
    later = calendar_tests.running(emu, "later", starts_in=30 * calendar_tests.DAY)
    nms_now = calendar_tests.store(emu).seed_nomenclatures(now, 2)
    nms_later = calendar_tests.store(emu).seed_nomenclatures(later, 2)

    async def scenario(d: Drive) -> None:
        joined = await d.wait(await d(d.client.calendar.add_to_promotion(now, nms_now)))
        assert joined.joined == nms_now
        assert_vocabulary(joined, set())
        # scheduled for the promotion's start, as asked: not a failure
        scheduled = await d.wait(
            await d(d.client.calendar.add_to_promotion(later, nms_later, upload_now=False)), timeout=60
        )
        assert scheduled.scheduled == nms_later and not scheduled.done
        assert_vocabulary(scheduled, set())

    run(scenario)


def test_wbd_key_deletion(emu: Emulator, run: Run) -> None:
    st = wbd_tests.store(emu)
    offer = st.add_offer("Coupons", section=12, catalog_path=[130], keys=[f"C{i}" for i in range(4)])
    ids = [k.id for k in st.keys(offer.id)]
    sold = st.redeem_keys(offer.id, 1)

    async def scenario(d: Drive) -> None:
        assert_vocabulary(await d(d.client.wbd.delete_keys(ids[1:3])), set())
        mixed = await d(d.client.wbd.delete_keys([sold[0], ids[3]]))
        assert_vocabulary(mixed, {sold[0]})
        with pytest.raises(UploadError, match=r"1 key\(s\) not deleted: key \d+: sold: "):
            mixed.raise_for_errors()

    run(scenario)
