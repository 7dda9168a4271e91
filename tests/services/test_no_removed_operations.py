"""Issue 20, "Done means": every public facade method of every service, run against the emulator,
calls no operation the specs mark removed (x-wb-removed), except the methods whose only operation WB
removed without a successor: those raise OperationRemovedError and send nothing.

The operations each method calls are recorded from what the emulator received (a method that
returns a handle is waited on, a list is read to its end), so the record is what the code does,
not what it declares. Every public method of every service must have an entry in CALLS: a method
added without one fails test_every_public_method_is_walked."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import wbseller
from wbseller.operations import all_operations
from wbseller.pagination import Pages
from wbseller.services import _OPS, service_classes
from wbseller.testing import Emulator
from wbseller.testing.handlers.calendar import CalendarStore
from wbseller.testing.handlers.content import ContentStore
from wbseller.testing.handlers.documents import DocumentsStore
from wbseller.testing.handlers.finance import FinanceStore
from wbseller.testing.handlers.marketplace import MarketplaceStore
from wbseller.testing.handlers.media import MediaStore
from wbseller.testing.handlers.prices import PricesStore
from wbseller.testing.handlers.promotion import PromotionStore
from wbseller.testing.handlers.wbd import WbdStore

# methods whose only WB operation is removed with no successor (issue 20 point 4)
CLEARLY_FAILING = {
    "promotion.set_fixed_phrases",
    "promotion.set_fixed_phrases_active",
    "promotion.addable_nms",
    # statistics' retired reports: their successors take other arguments and answer other rows
    "statistics.incomes",
    "statistics.stocks",
    "statistics.report_detail_by_period",
}
# dry runs that need no read: they check and split what a write would send, and send nothing
OFFLINE = {
    "calendar.check_add_to_promotion",
    "content.check_cards",
    "marketplace.check_stocks",
    "prices.check_upload",
    "promotion.check_deposit",
}
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 200
BOOK_META = {"thumbnail": ["vol6/1/abc/480.jpg"], "rating": "0+", "author": "I. Turgenev", "pages": 300}


@dataclass
class Seeds:
    """What the calls act on, seeded straight into the emulator's stores."""

    emu: Emulator
    tmp: Path
    nm_id: int
    imt_id: int
    vendor_code: str
    sku: str
    good: int
    sized_good: int
    size_id: int
    warehouse: int
    office: int
    chrt_ids: list[int]
    campaign: int
    campaign_nm: int
    media: int
    promo: int
    promo_nms: list[int]
    offer: int
    key_offer: int
    keys: list[int]
    content: int


def seeds(emu: Emulator, tmp: Path) -> Seeds:
    state = emu.state.default
    cards = state.store(ContentStore)
    card = cards.add_card(vendor_code="WALK-1", title="Рубашка")
    cards.seed_cards(3)
    prices = state.store(PricesStore)
    good = prices.add_good(price=1000)
    sized = prices.add_good(price=2000, sizes=("S", "M"), editable_size_price=True)
    market = state.store(MarketplaceStore)
    office = market.offices()[0].id
    warehouse = market.add_warehouse("Walk", office).id
    chrt_ids = market.seed_stocks(warehouse, 3)
    promotion = state.store(PromotionStore)
    promotion.set_balance(balance=10_000)
    campaign = promotion.add_campaign(type=9, status=11, budget=1000)
    nm = promotion.campaigns[campaign].nms[0]
    promotion.seed_stats(campaign, "2026-01-01", 2)
    media = state.store(MediaStore)
    media_id = media.seed_media_campaigns(1)[0]
    media.seed_media_stats(media_id, "2026-01-01", 2)
    calendar = state.store(CalendarStore)
    now = emu.clock.now()
    promo = calendar.add_promotion("Walk", now - 86400.0, now + 7 * 86400.0)
    promo_nms = calendar.seed_nomenclatures(promo, 3)
    wbd = state.store(WbdStore)
    content = wbd.add_content("Book", catalog_id=4, size=2048)
    offer = wbd.add_offer("Book", section=4, content=[{"category_id": 4, "content": content.id}]).id
    key_offer = wbd.seed_offers(1, section=3)[0]
    keys = wbd.add_keys(key_offer, n=3)
    return Seeds(
        emu=emu,
        tmp=tmp,
        nm_id=card.nm_id,
        imt_id=card.imt_id,
        vendor_code="WALK-1",
        sku=card.barcodes[0],
        good=good.nm_id,
        sized_good=sized.nm_id,
        size_id=sized.sizes[0].size_id,
        warehouse=warehouse,
        office=office,
        chrt_ids=chrt_ids,
        campaign=campaign,
        campaign_nm=nm,
        media=media_id,
        promo=promo,
        promo_nms=promo_nms,
        offer=offer,
        key_offer=key_offer,
        keys=keys,
        content=content.id,
    )


def new_card(vendor_code: str) -> dict[str, Any]:
    sizes = [{"techSize": "M", "skus": []}]
    return {"subjectID": 105, "variants": [{"vendorCode": vendor_code, "title": "Рубашка", "sizes": sizes}]}


def book(tmp: Path) -> Path:
    path = tmp / "walk.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"0" * 4096)
    return path


def upload_id(wb: Any, s: Seeds) -> int:
    return int(wb.prices.set_prices([{"nmID": s.good, "price": 1200}]).upload_ids[0])


def _around() -> tuple[datetime, datetime]:
    now = datetime.now(UTC)
    return now - timedelta(days=400), now + timedelta(days=400)


def _document(s: Seeds) -> str:
    return s.emu.state.default.store(DocumentsStore).seed_documents(1)[0]


MARCH = ("2026-03-01", "2026-03-31")
CSV_PARAMS = {"nmIDs": [], "startDate": "2026-03-01", "endDate": "2026-03-02"}
REPORT_CALLS: dict[str, Callable[[Any, Seeds], Any]] = {
    "statistics.iter_orders": lambda wb, s: wb.statistics.iter_orders("2026-03-01"),
    "statistics.iter_sales": lambda wb, s: wb.statistics.iter_sales("2026-03-01"),
    "statistics.incomes": lambda wb, s: wb.statistics.incomes("2026-03-01"),
    "statistics.stocks": lambda wb, s: wb.statistics.stocks("2026-03-01"),
    "statistics.report_detail_by_period": lambda wb, s: wb.statistics.report_detail_by_period(*MARCH),
    "analytics.create_report": lambda wb, s: wb.analytics.create_report("warehouse_remains"),
    "analytics.report_task": lambda wb, s: wb.analytics.report_task(
        "paid_storage",
        wb.analytics.create_report("paid_storage", date_from=MARCH[0], date_to=MARCH[1]).task_id,
    ),
    "analytics.create_csv_report": lambda wb, s: wb.analytics.create_csv_report(
        "DETAIL_HISTORY_REPORT", CSV_PARAMS
    ),
    "analytics.csv_report": lambda wb, s: wb.analytics.csv_report(
        wb.analytics.create_csv_report("DETAIL_HISTORY_REPORT", CSV_PARAMS).download_id
    ),
    "analytics.csv_reports": lambda wb, s: wb.analytics.csv_reports(),
    "analytics.iter_sales_funnel": lambda wb, s: wb.analytics.iter_sales_funnel(*MARCH),
    "analytics.sales_funnel_history": lambda wb, s: wb.analytics.sales_funnel_history([s.nm_id], *MARCH),
    "analytics.iter_search_queries": lambda wb, s: wb.analytics.iter_search_queries(*MARCH),
    "analytics.iter_search_query_groups": lambda wb, s: wb.analytics.iter_search_query_groups(*MARCH),
    "analytics.iter_order_feed": lambda wb, s: wb.analytics.iter_order_feed("2026-03-01T00:00:00+03:00"),
    "analytics.iter_wb_warehouse_stocks": lambda wb, s: wb.analytics.iter_wb_warehouse_stocks(),
    "finance.balance": lambda wb, s: wb.finance.balance(),
    "finance.iter_realization": lambda wb, s: wb.finance.iter_realization(*MARCH),
    "finance.iter_realization_report": lambda wb, s: wb.finance.iter_realization_report(
        s.emu.state.default.store(FinanceStore).seed_realization(1, rows=2)[0]
    ),
    "finance.reports": lambda wb, s: wb.finance.reports(*MARCH),
    "finance.iter_acquiring": lambda wb, s: wb.finance.iter_acquiring(*MARCH),
    "finance.iter_acquiring_report": lambda wb, s: wb.finance.iter_acquiring_report(
        s.emu.state.default.store(FinanceStore).seed_acquiring(1, rows=2)[0]
    ),
    "finance.acquiring_reports": lambda wb, s: wb.finance.acquiring_reports(*MARCH),
    "documents.categories": lambda wb, s: wb.documents.categories(),
    "documents.iter_documents": lambda wb, s: wb.documents.iter_documents(),
    "documents.download": lambda wb, s: wb.documents.download(_document(s), "pdf", s.tmp / "doc.pdf"),
    "documents.download_many": lambda wb, s: wb.documents.download_many([(_document(s), "pdf")], s.tmp),
}
# the token of the walk: every category with operations of ours
WALKED = ["content", "prices", "marketplace", "promotion", "statistics", "analytics", "finance", "documents"]

# "<spec>.<method>" -> the call (its result is waited on or read to its end)
CALLS: dict[str, Callable[[Any, Seeds], Any]] = {
    # content
    "content.iter_cards": lambda wb, s: wb.content.iter_cards(),
    "content.iter_trash": lambda wb, s: wb.content.iter_trash(),
    "content.iter_card_errors": lambda wb, s: wb.content.iter_card_errors(),
    "content.create_cards": lambda wb, s: wb.content.create_cards([new_card("WALK-NEW")]),
    "content.update_cards": lambda wb, s: wb.content.update_cards(
        [
            {
                "nmID": s.nm_id,
                "vendorCode": s.vendor_code,
                "title": "Новое",
                "sizes": [{"techSize": "0", "skus": [s.sku]}],
            }
        ]
    ),
    "content.add_cards_to": lambda wb, s: wb.content.add_cards_to(
        s.imt_id, [{"vendorCode": "WALK-2", "sizes": []}]
    ),
    "content.cards_upload": lambda wb, s: wb.content.cards_upload(
        [s.vendor_code], datetime.now(UTC) - timedelta(hours=1)
    ),
    "content.chrt_ids_for_skus": lambda wb, s: wb.content.chrt_ids_for_skus([s.sku]),
    "content.cards_by_nm_id": lambda wb, s: wb.content.cards_by_nm_id([s.nm_id]),
    "content.check_cards": lambda wb, s: wb.content.check_cards(
        [{"subjectID": 105, "variants": [{"vendorCode": "DRY-1"}]}]
    ),
    "content.create_tag": lambda wb, s: wb.content.create_tag("Лето", "D1CFD7"),
    "content.tags": lambda wb, s: wb.content.tags(),
    "content.set_card_tags": lambda wb, s: wb.content.set_card_tags(s.nm_id, []),
    # prices
    "prices.iter_goods": lambda wb, s: wb.prices.iter_goods(),
    "prices.iter_quarantine": lambda wb, s: wb.prices.iter_quarantine(),
    "prices.iter_size_prices": lambda wb, s: wb.prices.iter_size_prices(s.sized_good),
    "prices.iter_upload_details": lambda wb, s: wb.prices.iter_upload_details(upload_id(wb, s)),
    "prices.set_prices": lambda wb, s: wb.prices.set_prices([{"nmID": s.good, "price": 1100}]),
    "prices.check_upload": lambda wb, s: wb.prices.check_upload("set_prices", [{"nmID": s.good, "price": 1}]),
    "prices.set_size_prices": lambda wb, s: wb.prices.set_size_prices(
        [{"nmID": s.sized_good, "sizeID": s.size_id, "price": 2100}]
    ),
    "prices.set_club_discounts": lambda wb, s: wb.prices.set_club_discounts(
        [{"nmID": s.good, "clubDiscount": 5}]
    ),
    "prices.upload": lambda wb, s: wb.prices.upload([upload_id(wb, s)]),
    # calendar
    "calendar.iter_promotions": lambda wb, s: wb.calendar.iter_promotions(*_around()),
    "calendar.promotion_details": lambda wb, s: wb.calendar.promotion_details([s.promo]),
    "calendar.iter_nomenclatures": lambda wb, s: wb.calendar.iter_nomenclatures(s.promo, False),
    "calendar.add_to_promotion": lambda wb, s: wb.calendar.add_to_promotion(s.promo, s.promo_nms[:1]),
    "calendar.check_add_to_promotion": lambda wb, s: wb.calendar.check_add_to_promotion(s.promo, s.promo_nms),
    "calendar.promotion_upload": lambda wb, s: wb.calendar.promotion_upload(
        s.promo, s.promo_nms[1:2], wb.calendar.add_to_promotion(s.promo, s.promo_nms[1:2]).upload_ids
    ),
    # marketplace
    "marketplace.offices": lambda wb, s: wb.marketplace.offices(),
    "marketplace.warehouses": lambda wb, s: wb.marketplace.warehouses(),
    "marketplace.create_warehouse": lambda wb, s: wb.marketplace.create_warehouse("Walk 2", s.office + 1),
    "marketplace.update_warehouse": lambda wb, s: wb.marketplace.update_warehouse(
        s.warehouse, "Walk 1", s.office
    ),
    "marketplace.stocks": lambda wb, s: wb.marketplace.stocks(s.warehouse, s.chrt_ids),
    "marketplace.set_stocks": lambda wb, s: wb.marketplace.set_stocks(s.warehouse, {s.chrt_ids[0]: 5}),
    "marketplace.check_stocks": lambda wb, s: wb.marketplace.check_stocks(s.warehouse, {s.chrt_ids[0]: 5}),
    "marketplace.delete_stocks": lambda wb, s: wb.marketplace.delete_stocks(s.warehouse, s.chrt_ids[1:2]),
    "marketplace.delete_warehouse": lambda wb, s: wb.marketplace.delete_warehouse(s.warehouse),
    # promotion
    "promotion.campaign_counts": lambda wb, s: wb.promotion.campaign_counts(),
    "promotion.iter_campaign_ids": lambda wb, s: wb.promotion.iter_campaign_ids(),
    "promotion.campaigns": lambda wb, s: wb.promotion.campaigns([s.campaign]),
    "promotion.custom_bid_campaigns": lambda wb, s: wb.promotion.custom_bid_campaigns(),
    "promotion.config": lambda wb, s: wb.promotion.config(),
    "promotion.create_campaign": lambda wb, s: wb.promotion.create_campaign("Walk", [s.campaign_nm]),
    "promotion.campaign_subjects": lambda wb, s: wb.promotion.campaign_subjects(),
    "promotion.campaign_nms": lambda wb, s: wb.promotion.campaign_nms([69]),
    "promotion.start": lambda wb, s: wb.promotion.start(s.campaign),
    "promotion.pause": lambda wb, s: wb.promotion.pause(s.campaign),
    "promotion.stop": lambda wb, s: wb.promotion.stop(s.campaign),
    "promotion.delete": lambda wb, s: wb.promotion.delete(s.campaign),
    "promotion.rename": lambda wb, s: wb.promotion.rename(s.campaign, "Walk"),
    "promotion.set_bids": lambda wb, s: wb.promotion.set_bids({s.campaign: {s.campaign_nm: 30_000}}),
    "promotion.check_bids": lambda wb, s: wb.promotion.check_bids({s.campaign: {s.campaign_nm: 30_000}}),
    "promotion.set_custom_bids": lambda wb, s: wb.promotion.set_custom_bids(
        {s.campaign: [{"nm_id": s.campaign_nm, "bid_kopecks": 30_000, "placement": "search"}]}
    ),
    "promotion.min_bids": lambda wb, s: wb.promotion.min_bids(s.campaign, [s.campaign_nm]),
    "promotion.recommended_bids": lambda wb, s: wb.promotion.recommended_bids(s.campaign, s.campaign_nm),
    "promotion.set_placements": lambda wb, s: wb.promotion.set_placements(
        {s.campaign: {"search": True, "recommendations": True}}
    ),
    "promotion.clusters": lambda wb, s: wb.promotion.clusters({s.campaign: [s.campaign_nm]}),
    "promotion.cluster_bids": lambda wb, s: wb.promotion.cluster_bids({s.campaign: [s.campaign_nm]}),
    "promotion.set_cluster_bids": lambda wb, s: wb.promotion.set_cluster_bids(
        {(s.campaign, s.campaign_nm): {"платья": 30_000}}
    ),
    "promotion.delete_cluster_bids": lambda wb, s: wb.promotion.delete_cluster_bids(
        {(s.campaign, s.campaign_nm): ["платья"]}
    ),
    "promotion.minus_phrases": lambda wb, s: wb.promotion.minus_phrases({s.campaign: [s.campaign_nm]}),
    "promotion.set_minus_phrases": lambda wb, s: wb.promotion.set_minus_phrases(
        s.campaign, s.campaign_nm, ["x"]
    ),
    "promotion.set_fixed_phrases": lambda wb, s: wb.promotion.set_fixed_phrases(s.campaign, ["x"]),
    "promotion.set_fixed_phrases_active": lambda wb, s: wb.promotion.set_fixed_phrases_active(
        s.campaign, True
    ),
    "promotion.addable_nms": lambda wb, s: wb.promotion.addable_nms(s.campaign),
    "promotion.change_nms": lambda wb, s: wb.promotion.change_nms(s.campaign, add=[]),
    "promotion.change_auction_nms": lambda wb, s: wb.promotion.change_auction_nms({s.campaign: {"add": []}}),
    "promotion.iter_full_stats": lambda wb, s: wb.promotion.iter_full_stats(
        [s.campaign], date(2026, 1, 1), date(2026, 1, 2)
    ),
    "promotion.cluster_stats": lambda wb, s: wb.promotion.cluster_stats(
        {s.campaign: [s.campaign_nm]}, "2026-01-01", "2026-01-02"
    ),
    "promotion.cluster_daily_stats": lambda wb, s: wb.promotion.cluster_daily_stats(
        {s.campaign: [s.campaign_nm]}, "2026-01-01", "2026-01-02"
    ),
    "promotion.balance": lambda wb, s: wb.promotion.balance(),
    "promotion.budget": lambda wb, s: wb.promotion.budget(s.campaign),
    "promotion.deposit": lambda wb, s: wb.promotion.deposit(s.campaign, 1000),
    "promotion.check_deposit": lambda wb, s: wb.promotion.check_deposit(s.campaign, 1000),
    "promotion.iter_costs": lambda wb, s: wb.promotion.iter_costs(date(2026, 1, 1), date(2026, 1, 2)),
    "promotion.payments": lambda wb, s: wb.promotion.payments(),
    # media
    "media.count": lambda wb, s: wb.media.count(),
    "media.iter_campaigns": lambda wb, s: wb.media.iter_campaigns(status=[6, 9]),
    "media.campaign": lambda wb, s: wb.media.campaign(s.media),
    "media.stats": lambda wb, s: wb.media.stats([s.media], begin="2026-01-01", end="2026-01-02"),
    # wbd
    "wbd.catalog": lambda wb, s: wb.wbd.catalog(),
    "wbd.iter_offers": lambda wb, s: wb.wbd.iter_offers(),
    "wbd.get_offer": lambda wb, s: wb.wbd.get_offer(s.offer),
    "wbd.create_offer": lambda wb, s: wb.wbd.create_offer(
        title="Walk",
        description="A book.",
        tags=["books"],
        section=4,
        catalog_path=[90],
        age_rating="16+",
        price=849,
        content=[{"category_id": 4, "content": s.content}],
    ),
    "wbd.edit_offer": lambda wb, s: wb.wbd.edit_offer(s.offer, title="Walk 2"),
    "wbd.update_price": lambda wb, s: wb.wbd.update_price(s.offer, 900),
    "wbd.update_status": lambda wb, s: wb.wbd.update_status(s.offer, 1),
    "wbd.set_offer_cover": lambda wb, s: wb.wbd.set_offer_cover(s.offer, PNG),
    "wbd.upload_content_cover": lambda wb, s: wb.wbd.upload_content_cover(JPEG),
    "wbd.upload_gallery": lambda wb, s: wb.wbd.upload_gallery([PNG]),
    "wbd.add_keys": lambda wb, s: wb.wbd.add_keys(s.key_offer, ["WALK-KEY"]),
    "wbd.count_keys": lambda wb, s: wb.wbd.count_keys(s.key_offer),
    "wbd.iter_keys": lambda wb, s: wb.wbd.iter_keys(s.key_offer),
    "wbd.delete_keys": lambda wb, s: wb.wbd.delete_keys(s.keys[:1]),
    "wbd.iter_redeemed_keys": lambda wb, s: wb.wbd.iter_redeemed_keys(),
    "wbd.iter_content": lambda wb, s: wb.wbd.iter_content(),
    "wbd.get_content": lambda wb, s: wb.wbd.get_content(s.content),
    "wbd.edit_content": lambda wb, s: wb.wbd.edit_content(s.content, title="Book 2"),
    "wbd.upload_content": lambda wb, s: wb.wbd.upload_content(
        book(s.tmp), title="Walk", description="A book.", catalog_id=4, meta=BOOK_META
    ),
    "wbd.content_upload": lambda wb, s: wb.wbd.content_upload(s.content),
    "wbd.download_content": lambda wb, s: wb.wbd.download_content(
        wb.wbd.get_content(s.content).uri, s.tmp / "dl"
    ),
    "wbd.delete_content": lambda wb, s: wb.wbd.delete_content(s.content),
    **REPORT_CALLS,
}
# run in this order: what the later ones act on (a campaign, a warehouse, content) is gone after them
LAST = ("promotion.delete", "marketplace.delete_warehouse", "wbd.delete_content")


def public_methods() -> set[str]:
    base = set(dir(wbseller.services.base.Service))
    out = set()
    for spec in _OPS:
        cls = service_classes(spec)[0]
        for name, member in inspect.getmembers(cls):
            if not name.startswith("_") and name not in base and callable(member):
                out.add(f"{spec}.{name}")
    return out


def test_every_public_method_is_walked() -> None:
    found = public_methods()
    assert found - set(CALLS) == set(), "add these methods to CALLS"
    assert set(CALLS) - found == set(), "CALLS names methods the services do not have"


def _consume(result: Any) -> None:
    if isinstance(result, Pages):
        for _ in result:
            pass
    elif hasattr(result, "wait"):
        result.wait(timeout=30, poll=0.02)


def test_no_method_calls_a_removed_operation(
    emu: Emulator, make_client: Callable[..., Any], tmp_path: Path
) -> None:
    s = seeds(emu, tmp_path)
    wb = make_client(rate_limits=emu.client_rate_limits(slack=1.0), categories=WALKED)
    ops = all_operations()
    removed = {key for key, op in ops.items() if op.removed is not None}
    assert len(removed) >= 15  # promotion's at least (specs/changes/2026-12-06-promotion-current.yaml)
    called: dict[str, set[str]] = {}
    failed: dict[str, wbseller.OperationRemovedError] = {}
    problems: dict[str, str] = {}
    order = sorted(CALLS, key=lambda k: (k in LAST, LAST.index(k) if k in LAST else 0, k))
    for key in order:
        mark = len(emu.requests)
        try:
            _consume(CALLS[key](wb, s))
        except wbseller.OperationRemovedError as e:
            failed[key] = e
        except wbseller.WBError as e:  # what WB (the emulator) answered does not matter here
            problems[key] = f"{type(e).__name__}: {e}"
        called[key] = {str(r.operation) for r in emu.requests[mark:] if r.operation}

    calls_removed = {key: sorted(sent & removed) for key, sent in called.items() if sent & removed}
    assert calls_removed == {}, "facade methods calling operations WB removed"
    assert set(failed) == CLEARLY_FAILING
    for key, error in failed.items():
        assert called[key] == set(), f"{key} sent a request before raising"
        op = ops[error.key]
        assert op.removed is not None and error.removed == op.removed.date, key
    assert [k for k in sorted(OFFLINE) if called[k]] == [], "a dry run sent a request"
    silent = sorted(k for k, sent in called.items() if not sent and k not in CLEARLY_FAILING | OFFLINE)
    assert silent == [], f"methods the walk did not exercise (nothing sent): {silent} {problems}"
    # the walk reaches the operations the facade is for: today's promotion ones among them
    reached = set().union(*called.values())
    for current in (
        "promotion.campaigns_information_v2",
        "promotion.changing_campaigns_bids",
        "promotion.minimum_bids_for_product_cards",
        "promotion.campaigns_statistics",
        "promotion.setting_and_deleting_minus_phrases",
        "media.media_campaign_statistics",
    ):
        assert current in reached, current


@pytest.mark.parametrize("key", sorted(CLEARLY_FAILING))
def test_the_clearly_failing_ones_have_no_successor_in_use(key: str) -> None:
    """Their removed operation names no successor, or one whose shape does not fit the method
    (getnmtoadd: cards for a campaign type WB retired); the error says what to use instead."""
    op_ids = {
        "promotion.set_fixed_phrases": "promotion.setting_deleting_fixed_phrases",
        "promotion.set_fixed_phrases_active": "promotion.managing_the_activity_of_fixed_phrases",
        "promotion.addable_nms": "promotion.list_of_product_cards_for_campaign_with_standard_bid",
        "statistics.incomes": "statistics.supplier_incomes",
        "statistics.stocks": "statistics.supplier_stocks",
        "statistics.report_detail_by_period": "statistics.report_detail_by_period",
    }
    op = all_operations()[op_ids[key]]
    assert op.removed is not None
    spec, method = key.split(".")
    doc = inspect.getdoc(getattr(service_classes(spec)[0], method)) or ""
    assert "Removed" in doc and op.path in doc
