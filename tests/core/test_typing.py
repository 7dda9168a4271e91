"""What an editor and mypy --strict see of wbseller, as a user's script uses it: every service's
everyday methods, on a Client and an AsyncClient, reveal precise types (generated models, the
facade's dataclasses, Pages / AsyncPages, upload handles, Awaitable[...]) and never `Any`.

The script is checked against wbseller as installed in another interpreter's site-packages
(like tests/core/test_packaging.py): an editable install is invisible to mypy.
"""

from __future__ import annotations

import asyncio
import inspect
import re
import subprocess
import sys
from datetime import UTC, datetime

import pytest

import wbseller
from tests.core.test_packaging import ROOT, installed_copy
from wbseller_emulator import Emulator

# (expression, the revealed type when it is checked exactly, else None: only "no Any in it")
SYNC = [
    ("wb.ping()", "dict[str, wbseller.ping.PingResult]"),
    ("wb.general", "wbseller.services._gen.general.GeneralService"),
    ("wb.general.raw", "wbseller_raw.general.client.AuthenticatedClient"),
    ("wb.content.raw", "wbseller_raw.content.client.AuthenticatedClient"),
    ("wb.content", "wbseller.services._gen.content.ContentService"),
    (
        "wb.content.iter_cards(text_search='shirt')",
        "wbseller.pagination.Pages[wbseller_raw.content.models.card.Card | wbseller.drift.RawItem]",
    ),
    ("next(iter(wb.content.iter_cards()))", "wbseller_raw.content.models.card.Card | wbseller.drift.RawItem"),
    ("wb.content.iter_cards().cursor", "wbseller.pagination.Cursor | None"),
    ("wb.content.iter_trash()", None),
    ("wb.content.create_cards([])", "wbseller.services.content_upload.CardsUpload"),
    ("wb.content.update_cards([])", "wbseller.services.content_upload.CardsUpload"),
    ("wb.content.create_cards([]).wait(timeout=300)", "wbseller.services.content_upload.CardsResult"),
    ("wb.content.cards_upload(['vc'], since).wait()", "wbseller.services.content_upload.CardsResult"),
    ("wb.content.chrt_ids_for_skus(['2000000000001'])", "dict[str, int]"),
    ("wb.content.tags()", None),
    ("wb.content.create_tag('new', 'D1CFD7')", None),
    ("wb.prices.set_prices([{'nmID': 1, 'price': 1500}])", "wbseller.services.prices_upload.PriceUpload"),
    ("wb.prices.set_prices([]).wait()", "wbseller.services.prices_upload.PriceResult"),
    ("wb.prices.upload([1]).wait().failed", None),
    ("wb.prices.iter_goods()", None),
    ("next(iter(wb.prices.iter_goods()))", None),
    ("wb.prices.iter_quarantine()", None),
    ("wb.prices.iter_upload_details(1)", None),
    ("wb.marketplace.offices()", None),
    ("wb.marketplace.warehouses()", None),
    ("wb.marketplace.create_warehouse('Main', 1)", "int | None"),
    (
        "wb.marketplace.stocks(1, [1])",
        "list[wbseller_raw.marketplace.models.stock.Stock | wbseller.drift.RawItem]",
    ),
    ("wb.marketplace.set_stocks(1, {1: 10})", "None"),
    ("wb.promotion.campaign_counts()", None),
    ("wb.promotion.campaign_counts().all_", None),
    ("wb.promotion.iter_campaign_ids(status=9)", "wbseller.pagination.Pages[int]"),
    ("wb.promotion.campaigns([1])", None),
    ("wb.promotion.custom_bid_campaigns()", None),
    ("wb.promotion.create_campaign('x', [1])", "int | None"),
    ("wb.promotion.pause(1)", "None"),
    ("wb.promotion.balance()", None),
    ("wb.promotion.budget(1)", None),
    ("wb.promotion.deposit(1, 1000)", None),
    ("wb.promotion.iter_costs('2024-01-01', '2024-01-31')", None),
    ("wb.promotion.payments()", None),
    ("wb.media.count()", None),
    ("wb.media.iter_campaigns()", None),
    ("wb.media.campaign(1)", None),
    ("wb.calendar.iter_promotions(start, end)", None),
    ("wb.calendar.promotion_details([1])", None),
    ("wb.calendar.add_to_promotion(1, [1])", "wbseller.services.calendar_upload.PromotionUpload"),
    (
        "wb.calendar.add_to_promotion(1, [1]).wait()",
        "wbseller.services.calendar_upload.PromotionUploadResult",
    ),
    ("wb.wbd.iter_offers()", None),
    ("wb.wbd.get_offer(1)", "wbseller_raw.wbd.models.offer.Offer"),
    ("wb.wbd.iter_content()", None),
    ("wb.wbd.upload_content('a.mp4', title='t', description='d', catalog_id=1)", None),
    ("wb.wbd.content_upload(1).wait()", "wbseller_raw.wbd.models.content_info.ContentInfo"),
    ("wb.wbd.download_content('uri', 'downloads/')", "pathlib.Path"),
    ("wb.wbd.upload_gallery([b''])", "list[str]"),
    ("wb.wbd.delete_keys([1])", "wbseller.services.wbd.keys.KeysDeletion"),
    ("wb.wbd.count_keys(1)", None),
    ("wb.wbd.iter_keys(1)", None),
    ("wb.wbd.iter_redeemed_keys()", None),
]
ASYNC = [
    ("await wb.ping()", "dict[str, wbseller.ping.PingResult]"),
    ("wb.content", "wbseller.services._gen.content.AsyncContentService"),
    ("wb.content.raw", "wbseller_raw.content.client.AuthenticatedClient"),
    ("wb.wbd.raw", "wbseller_raw.wbd.client.AuthenticatedClient"),
    ("wb.general", "wbseller.services._gen.general.AsyncGeneralService"),
    (
        "wb.content.iter_cards()",
        "wbseller.pagination.AsyncPages[wbseller_raw.content.models.card.Card | wbseller.drift.RawItem]",
    ),
    (
        "[card async for card in wb.content.iter_cards()]",
        "list[wbseller_raw.content.models.card.Card | wbseller.drift.RawItem]",
    ),
    ("wb.content.create_cards([])", "typing.Awaitable[wbseller.services._gen.content.AsyncCardsUpload]"),
    ("await wb.content.create_cards([])", "wbseller.services._gen.content.AsyncCardsUpload"),
    (
        "(await wb.content.create_cards([])).wait()",
        "typing.Awaitable[wbseller.services.content_upload.CardsResult]",
    ),
    ("await (await wb.content.create_cards([])).wait()", "wbseller.services.content_upload.CardsResult"),
    ("wb.content.cards_upload(['vc'], since)", "wbseller.services._gen.content.AsyncCardsUpload"),
    ("await wb.content.chrt_ids_for_skus(['1'])", "dict[str, int]"),
    ("await wb.content.tags()", None),
    ("await (await wb.prices.set_prices([])).wait()", "wbseller.services.prices_upload.PriceResult"),
    ("await wb.prices.upload([1]).wait()", "wbseller.services.prices_upload.PriceResult"),
    ("[g async for g in wb.prices.iter_goods()]", None),
    ("await wb.marketplace.offices()", None),
    ("await wb.marketplace.stocks(1, [1])", None),
    ("await wb.marketplace.set_stocks(1, {1: 10})", "None"),
    ("await wb.promotion.campaign_counts()", None),
    ("[i async for i in wb.promotion.iter_campaign_ids()]", "list[int]"),
    ("await wb.promotion.campaigns([1])", None),
    ("await wb.media.count()", None),
    ("[c async for c in wb.media.iter_campaigns()]", None),
    ("[p async for p in wb.calendar.iter_promotions(start, end)]", None),
    ("await (await wb.calendar.add_to_promotion(1, [1])).wait()", None),
    ("await wb.wbd.get_offer(1)", "wbseller_raw.wbd.models.offer.Offer"),
    ("await (await wb.wbd.upload_content('a.mp4', title='t', description='d', catalog_id=1)).wait()", None),
    ("await wb.wbd.download_content('uri', 'downloads/')", "pathlib.Path"),
    ("[o async for o in wb.wbd.iter_offers()]", None),
]
# Mistakes mypy must report (each line carries the ignore of its error; --strict's
# warn_unused_ignores fails the run when one stops being an error)
MISTAKES = """
def mistakes(wb: wbseller.Client, awb: wbseller.AsyncClient) -> None:
    for card in awb.content.iter_cards():  # type: ignore[misc]
        pass
    awb.prices.set_prices([]).wait()  # type: ignore[attr-defined]
    n: int = wb.marketplace.create_warehouse("Main", 1)  # type: ignore[assignment]
"""
ANY = re.compile(r"\bAny\b")


def _script() -> tuple[str, dict[int, tuple[str, str | None]]]:
    lines = [
        "from datetime import UTC, datetime",
        "import wbseller",
        "since = start = datetime(2026, 1, 1, tzinfo=UTC)",
        "end = datetime(2026, 2, 1, tzinfo=UTC)",
        "def sync(wb: wbseller.Client) -> None:",
    ]
    where: dict[int, tuple[str, str | None]] = {}
    for part, header in ((SYNC, None), (ASYNC, "async def run(wb: wbseller.AsyncClient) -> None:")):
        if header:
            lines.append(header)
        for expression, expected in part:
            lines.append(f"    reveal_type({expression})")
            where[len(lines)] = (expression, expected)
    lines += MISTAKES.splitlines()
    return "\n".join(lines) + "\n", where


@pytest.fixture(scope="module")
def revealed(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[int, str], str]:
    pytest.importorskip("mypy")
    tmp = tmp_path_factory.mktemp("typing")
    python = installed_copy(tmp / "env")
    text, _ = _script()
    script = tmp / "use.py"
    script.write_text(text, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-executable", str(python),
         "--cache-dir", str(tmp / "cache"), str(script)],
        capture_output=True, text=True, cwd=tmp,
    )  # fmt: skip
    pattern = r'^use\.py:(\d+): note: Revealed type is "(.*)"$'
    found = {int(m[1]): m[2] for m in re.finditer(pattern, out.stdout, re.M)}
    return found, out.stdout + out.stderr


def test_each_expression_is_revealed_and_no_error(revealed: tuple[dict[int, str], str]) -> None:
    found, output = revealed
    _, where = _script()
    assert sorted(found) == sorted(where), output
    errors = [line for line in output.splitlines() if ": error:" in line]
    assert errors == [], output


def test_no_any_escapes_a_service_method(revealed: tuple[dict[int, str], str]) -> None:
    found, output = revealed
    _, where = _script()
    leaking = {where[line][0]: shown for line, shown in found.items() if ANY.search(shown)}
    assert leaking == {}, output


def test_exact_types(revealed: tuple[dict[int, str], str]) -> None:
    found, output = revealed
    _, where = _script()
    wrong = {
        expression: (found.get(line), expected)
        for line, (expression, expected) in where.items()
        if expected is not None and found.get(line) != expected
    }
    assert wrong == {}, output


def test_the_async_view_is_up_to_date() -> None:
    """services/_gen is what scripts/async_types.py derives from the services."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "async_types.py"), "--check"],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr


def test_the_declared_types_are_what_an_async_client_gives(emu: Emulator) -> None:
    """What the annotations and the async view declare is what comes: awaitables where they say
    Awaitable, handles at once where they do not, the models they name (the casts are honest)."""
    from wbseller.types import (
        AsyncCardsUpload,
        AsyncContentService,
        AsyncPages,
        AsyncPriceUpload,
        CardsUpload,
    )
    from wbseller_raw.content.client import AuthenticatedClient as ContentRaw
    from wbseller_raw.content.models import Card
    from wbseller_raw.marketplace.models import Office
    from wbseller_raw.media.models import MediaCampaignsCount
    from wbseller_raw.prices.models import GoodsList
    from wbseller_raw.promotion.models import CampaignsListsResponse

    emu.seed("content", "seed_cards", {"n": 3})
    emu.seed("prices", "seed_goods", {"n": 2})
    emu.seed("promotion", "seed_campaigns", {"n": 2})
    emu.seed("media", "seed_media_campaigns", {"n": 2})
    token = emu.make_token(["content", "prices", "marketplace", "promotion"])

    async def main() -> None:
        async with wbseller.AsyncClient(
            token, base_url=emu.base_url, rate_limits=emu.client_rate_limits()
        ) as wb:
            cards = [card async for card in wb.content.iter_cards()]
            assert len(cards) == 3 and all(isinstance(c, Card) for c in cards)
            goods = [good async for good in wb.prices.iter_goods()]
            assert len(goods) == 2 and all(isinstance(g, GoodsList) for g in goods)
            counts = wb.promotion.campaign_counts()
            assert inspect.isawaitable(counts)
            assert isinstance(await counts, CampaignsListsResponse)
            assert isinstance(await wb.media.count(), MediaCampaignsCount)
            offices = await wb.marketplace.offices()
            assert offices and all(isinstance(o, Office) for o in offices)
            handle = wb.content.cards_upload(["vc"], datetime.now(UTC))
            assert isinstance(handle, AsyncCardsUpload) and not inspect.isawaitable(handle)
            assert isinstance(handle, CardsUpload)  # the twin is a CardsUpload too
            assert isinstance(wb.prices.upload([1]), AsyncPriceUpload)
            assert isinstance(wb.content, AsyncContentService)
            assert isinstance(wb.content.iter_cards(), AsyncPages)
            assert isinstance(wb.content.raw, ContentRaw)

    asyncio.run(main())
