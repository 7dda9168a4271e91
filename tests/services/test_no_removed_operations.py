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
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import wbseller
from wbseller.operations import all_operations
from wbseller.pagination import Pages
from wbseller.services import NAMES, service_classes
from wbseller_emulator import Emulator
from wbseller_emulator.handlers.calendar import CalendarStore
from wbseller_emulator.handlers.content import ContentStore
from wbseller_emulator.handlers.documents import DocumentsStore
from wbseller_emulator.handlers.finance import FinanceStore
from wbseller_emulator.handlers.marketplace import MarketplaceStore
from wbseller_emulator.handlers.media import MediaStore
from wbseller_emulator.handlers.orders import OFFICES, OrdersStore
from wbseller_emulator.handlers.prices import PricesStore
from wbseller_emulator.handlers.promotion import PromotionStore
from wbseller_emulator.handlers.supplies import ACCEPTED, SuppliesStore
from wbseller_emulator.handlers.wbd import WbdStore

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
    "marketplace.check_marks",
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
    orders: dict[str, Any] = field(default_factory=dict)


def seed_orders(emu: Emulator) -> dict[str, Any]:
    """Marketplace orders of each kind, FBS supplies and passes, an FBW supply: a separate set
    for each method that changes them (the walk runs the methods in name order)."""
    st = emu.state.default.store(OrdersStore)
    fbs = st.seed_fbs_orders(6, required_meta=["sgtin"])
    marked = st.new_supply("Walk")
    st.add_to_supply(marked.id, fbs[:2])
    delivered = st.new_supply("Deliver")
    st.add_to_supply(delivered.id, fbs[2:3])
    return {
        "fbs_new": fbs[3:],
        "confirm": fbs[:2],
        "supply": marked.id,
        "to_deliver": delivered.id,
        "empty": st.new_supply("Empty").id,
        "dbs": st.seed_dbs_orders(2),
        "cc": st.seed_cc_orders(2),
        "dbw": st.seed_dbw_orders(2),
        "passes": [st.add_pass().id, st.add_pass().id],
        "fbw": emu.state.default.store(SuppliesStore).add_supply(ACCEPTED).supply_id,
    }


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
        orders=seed_orders(emu),
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
    # marketplace orders (services/fbs_orders.py, fbs_supplies.py, dbs_orders.py)
    "marketplace.new_orders": lambda wb, s: wb.marketplace.new_orders(),
    "marketplace.orders": lambda wb, s: wb.marketplace.orders(),
    "marketplace.order_statuses": lambda wb, s: wb.marketplace.order_statuses(s.orders["confirm"]),
    "marketplace.cancel_order": lambda wb, s: wb.marketplace.cancel_order(s.orders["fbs_new"][0]),
    "marketplace.stickers": lambda wb, s: wb.marketplace.stickers(s.orders["confirm"]),
    "marketplace.save_stickers": lambda wb, s: wb.marketplace.save_stickers(s.orders["confirm"], s.tmp),
    "marketplace.label_ids": lambda wb, s: wb.marketplace.label_ids(s.orders["confirm"]),
    "marketplace.check_marks": lambda wb, s: wb.marketplace.check_marks(
        {s.orders["confirm"][0]: {"uin": "1" * 16}}
    ),
    "marketplace.set_marks": lambda wb, s: wb.marketplace.set_marks(
        {s.orders["confirm"][0]: {"sgtin": ["walk"]}}
    ),
    "marketplace.create_supply": lambda wb, s: wb.marketplace.create_supply("Walk 2"),
    "marketplace.add_to_supply": lambda wb, s: wb.marketplace.add_to_supply(
        s.orders["supply"], s.orders["fbs_new"][1:]
    ),
    "marketplace.supply_order_ids": lambda wb, s: wb.marketplace.supply_order_ids(s.orders["supply"]),
    "marketplace.deliver_supply": lambda wb, s: wb.marketplace.deliver_supply(s.orders["to_deliver"]),
    "marketplace.supply": lambda wb, s: wb.marketplace.supply(s.orders["supply"]),
    "marketplace.delete_supply": lambda wb, s: wb.marketplace.delete_supply(s.orders["empty"]),
    "marketplace.supplies": lambda wb, s: wb.marketplace.supplies(),
    "marketplace.pass_offices": lambda wb, s: wb.marketplace.pass_offices(),
    "marketplace.passes": lambda wb, s: wb.marketplace.passes(),
    "marketplace.create_pass": lambda wb, s: wb.marketplace.create_pass(
        "Иван", "Петров", "Газель", "A123BC77", OFFICES[0][0]
    ),
    "marketplace.update_pass": lambda wb, s: wb.marketplace.update_pass(
        s.orders["passes"][0], "Иван", "Петров", "Газель", "A123BC77", OFFICES[0][0]
    ),
    "marketplace.delete_pass": lambda wb, s: wb.marketplace.delete_pass(s.orders["passes"][1]),
    "marketplace.dbs_new_orders": lambda wb, s: wb.marketplace.dbs_new_orders(),
    "marketplace.dbs_confirm": lambda wb, s: wb.marketplace.dbs_confirm(s.orders["dbs"]),
    "marketplace.dbs_deliver": lambda wb, s: wb.marketplace.dbs_deliver(s.orders["dbs"]),
    "marketplace.dbs_receive": lambda wb, s: wb.marketplace.dbs_receive({s.orders["dbs"][0]: "0000"}),
    "marketplace.dbs_reject": lambda wb, s: wb.marketplace.dbs_reject({s.orders["dbs"][1]: "0000"}),
    "marketplace.dbs_cancel": lambda wb, s: wb.marketplace.dbs_cancel(s.orders["dbs"]),
    "marketplace.dbs_stickers": lambda wb, s: wb.marketplace.dbs_stickers(s.orders["dbs"]),
    "marketplace.save_dbs_stickers": lambda wb, s: wb.marketplace.save_dbs_stickers(s.orders["dbs"], s.tmp),
    "marketplace.cc_new_orders": lambda wb, s: wb.marketplace.cc_new_orders(),
    "marketplace.cc_confirm": lambda wb, s: wb.marketplace.cc_confirm(s.orders["cc"]),
    "marketplace.cc_prepare": lambda wb, s: wb.marketplace.cc_prepare(s.orders["cc"]),
    "marketplace.cc_check_identity": lambda wb, s: wb.marketplace.cc_check_identity("walk", "0000"),
    "marketplace.cc_receive": lambda wb, s: wb.marketplace.cc_receive(s.orders["cc"][:1]),
    "marketplace.cc_reject": lambda wb, s: wb.marketplace.cc_reject(s.orders["cc"][1:]),
    "marketplace.cc_cancel": lambda wb, s: wb.marketplace.cc_cancel(s.orders["cc"]),
    "marketplace.dbw_new_orders": lambda wb, s: wb.marketplace.dbw_new_orders(),
    "marketplace.dbw_confirm": lambda wb, s: wb.marketplace.dbw_confirm(s.orders["dbw"]),
    "marketplace.dbw_courier": lambda wb, s: wb.marketplace.dbw_courier(s.orders["dbw"]),
    "marketplace.dbw_deliver": lambda wb, s: wb.marketplace.dbw_deliver(s.orders["dbw"]),
    # FBW supplies
    "supplies.supplies": lambda wb, s: wb.supplies.supplies(),
    "supplies.details": lambda wb, s: wb.supplies.details(s.orders["fbw"]),
    "supplies.goods": lambda wb, s: wb.supplies.goods(s.orders["fbw"]),
    "supplies.packages": lambda wb, s: wb.supplies.packages(s.orders["fbw"]),
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


# --- issue 23, communications and the new operations (seeded as each call needs) ------------------
def _store(s: Seeds, name: str) -> Any:
    from wbseller_emulator.handlers import chat, feedbacks, returns

    cls = {"feedbacks": feedbacks.FeedbacksStore, "chat": chat.ChatStore, "returns": returns.ReturnsStore}[
        name
    ]
    return s.emu.state.default.store(cls)


def _feedback(s: Seeds, returnable: bool = False) -> str:
    return str(_store(s, "feedbacks").seed_feedbacks(1, returnable_every=1 if returnable else 0)[0])


def _question(s: Seeds) -> str:
    return str(_store(s, "feedbacks").seed_questions(1)[0])


def _answered(wb: Any, s: Seeds) -> str:
    fid = _feedback(s)
    wb.feedbacks.answer_feedback(fid, "Thank you!")
    return fid


def _sign(s: Seeds) -> str:
    store = _store(s, "chat")
    store.seed_chats(1, messages=1)
    return str(store.chats()[-1].reply_sign)


def _attachment(s: Seeds) -> str:
    store = _store(s, "chat")
    [chat_id] = store.seed_chats(1, messages=1)
    return str(store.add_attachment(chat_id, "png").download_id)


def _claim(s: Seeds) -> str:
    return str(_store(s, "returns").seed_claims(1)[0])


def _service(s: Seeds) -> Any:
    """The operations WB opens to service tokens only (rating, subscription, tariff options)."""
    client = getattr(s, "service_client", None)
    if client is None:
        token = s.emu.make_token(["feedbacks"], token_type="service")
        client = s.service_client = wbseller.Client(token, base_url=s.emu.base_url)  # type: ignore[attr-defined]
    return client


COMMS_CALLS: dict[str, Callable[[Any, Seeds], Any]] = {
    "feedbacks.iter_feedbacks": lambda wb, s: wb.feedbacks.iter_feedbacks(),
    "feedbacks.feedback": lambda wb, s: wb.feedbacks.feedback(_feedback(s)),
    "feedbacks.answer_feedback": lambda wb, s: wb.feedbacks.answer_feedback(_feedback(s), "Thanks!"),
    "feedbacks.edit_feedback_answer": lambda wb, s: wb.feedbacks.edit_feedback_answer(
        _answered(wb, s), "Thanks again!"
    ),
    "feedbacks.request_return": lambda wb, s: wb.feedbacks.request_return(_feedback(s, returnable=True)),
    "feedbacks.count_feedbacks": lambda wb, s: wb.feedbacks.count_feedbacks(),
    "feedbacks.iter_questions": lambda wb, s: wb.feedbacks.iter_questions(),
    "feedbacks.question": lambda wb, s: wb.feedbacks.question(_question(s)),
    "feedbacks.answer_question": lambda wb, s: wb.feedbacks.answer_question(_question(s), "Yes, we have."),
    "feedbacks.reject_question": lambda wb, s: wb.feedbacks.reject_question(
        _question(s), "Not about the item"
    ),
    "feedbacks.mark_question_viewed": lambda wb, s: wb.feedbacks.mark_question_viewed(_question(s)),
    "feedbacks.count_questions": lambda wb, s: wb.feedbacks.count_questions(),
    "feedbacks.counts": lambda wb, s: wb.feedbacks.counts(),
    "feedbacks.pin": lambda wb, s: wb.feedbacks.pin([_feedback(s)], method="tariff"),
    "feedbacks.unpin": lambda wb, s: wb.feedbacks.unpin(
        list(wb.feedbacks.pin([_feedback(s)], method="tariff").pinned.values()) or [1]
    ),
    "feedbacks.iter_pins": lambda wb, s: wb.feedbacks.iter_pins(),
    "feedbacks.count_pins": lambda wb, s: wb.feedbacks.count_pins(),
    "feedbacks.pin_limits": lambda wb, s: wb.feedbacks.pin_limits(),
    "chat.chats": lambda wb, s: wb.chat.chats(),
    "chat.iter_events": lambda wb, s: wb.chat.iter_events(),
    "chat.send_message": lambda wb, s: wb.chat.send_message(_sign(s), "Hello!", files=[("a.png", PNG)]),
    "chat.download_attachment": lambda wb, s: wb.chat.download_attachment(_attachment(s)),
    "returns.iter_claims": lambda wb, s: wb.returns.iter_claims(),
    "returns.answer_claim": lambda wb, s: wb.returns.answer_claim(_claim(s), "approve1"),
    "general.seller_info": lambda wb, s: wb.general.seller_info(),
    "general.rating": lambda wb, s: _service(s).general.rating(),
    "general.subscription": lambda wb, s: _service(s).general.subscription(),
    "general.tariff_options": lambda wb, s: _service(s).general.tariff_options(),
    "general.news": lambda wb, s: wb.general.news(since="2026-01-01"),
    "general.tariffs_commission": lambda wb, s: wb.general.tariffs_commission(),
    "general.tariffs_box": lambda wb, s: wb.general.tariffs_box("2026-01-01"),
    "general.tariffs_pallet": lambda wb, s: wb.general.tariffs_pallet("2026-01-01"),
    "general.tariffs_return": lambda wb, s: wb.general.tariffs_return("2026-01-01"),
    "general.acceptance_coefficients": lambda wb, s: wb.general.acceptance_coefficients(),
    "general.iter_users": lambda wb, s: wb.general.iter_users(),
    "general.invite_user": lambda wb, s: wb.general.invite_user("+79990001122"),
    "general.update_user_access": lambda wb, s: wb.general.update_user_access({1: {"feedbacks": True}}),
    "general.delete_user": lambda wb, s: wb.general.delete_user(1),
    "content.iter_brands": lambda wb, s: wb.content.iter_brands(105),
    "content.iter_recommendations": lambda wb, s: wb.content.iter_recommendations(),
    "content.set_recommendations": lambda wb, s: wb.content.set_recommendations({s.nm_id: []}),
    "prices.set_wholesale_discounts": lambda wb, s: wb.prices.set_wholesale_discounts({s.good: [(10, 5)]}),
    "prices.goods_by_nm_ids": lambda wb, s: wb.prices.goods_by_nm_ids([s.good]),
    "marketplace.dbw_contacts": lambda wb, s: wb.marketplace.dbw_contacts(s.warehouse),
    "marketplace.set_dbw_contacts": lambda wb, s: wb.marketplace.set_dbw_contacts(s.warehouse, []),
}
CALLS.update(COMMS_CALLS)
COMMS_CATEGORIES = ["feedbacks", "chat", "returns", "users"]

# run in this order: what the later ones act on (a campaign, a warehouse, content) is gone after them
LAST = ("promotion.delete", "marketplace.delete_warehouse", "wbd.delete_content")


def public_methods() -> set[str]:
    base = set(dir(wbseller.services.base.Service))
    out = set()
    for spec in NAMES:
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
    categories = [*WALKED, "supplies", *COMMS_CATEGORIES]
    wb = make_client(rate_limits=emu.client_rate_limits(slack=1.0), categories=categories)
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

    if getattr(s, "service_client", None) is not None:
        s.service_client.close()  # type: ignore[attr-defined]
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
