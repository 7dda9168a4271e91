"""Draft OpenAPI specs from WB's facts of the groups the docs lack (../shared/wb-facts/2026-08-groups:
operations.yaml and limits.tsv): one spec file per WB host, in our conventions (specs/CONVENTIONS.md).

    python scripts/draft_from_facts.py supplies            # print the supplies host's spec
    python scripts/draft_from_facts.py --write             # (re)write every spec of HOSTS below
    python scripts/draft_from_facts.py --list              # hosts, groups and operation counts

Everything the facts do not say (operationIds, summaries, tags, descriptions, which POSTs are
reads) is in the tables below: the curation lives here, so that the next copy of the facts is
drafted the same way and `git diff specs/` shows what WB changed. A spec edited by hand after its
draft stays the source of truth; rerun into a scratch file and compare.

How a facts entry becomes an operation:
- method, path, hosts, sandbox host, success statuses and their content types, parameters and
  request body exactly as the facts give them (request side: enums, bounds, required);
- answers permissive: no `enum` (the values go to `x-wb-enum`), no `required`, dates and other
  non-numeric formats dropped, `nullable` where the facts say; an answer the copy cut at depth
  (`x-truncated-in-copy`) is an object with `additionalProperties: true` and `x-wb-uncertain`;
- binary answers keep their content type (codegen.yaml maps them to application/octet-stream);
- every error status the facts list, plus 401 and 429, as ProblemError (the facts give no error
  bodies for these hosts);
- limits from limits.tsv: the Personal row on top, the other token types under `by-token-type`,
  `x-wb-token-types` where the rows name the allowed types, shared buckets by name;
- `retired` entries stay in the spec, `deprecated: true` with `x-wb-removed` (date, successors).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from apply_limits import BUCKET_NAMES, duration, seconds  # noqa: E402
from wbfacts import FACTS_DIR  # noqa: E402

FACTS = "2026-08-groups"
OPS_FILE = f"wb-facts/{FACTS}/operations.yaml"
LIMITS_FILE = f"wb-facts/{FACTS}/limits.tsv"
TOKEN_TYPES = ("personal", "service", "base_with_secret", "base")
# the entry of specs/changes/2026-12-06-groups.yaml that records the spec's operations (`added`)
CHANGE_ID = "wb-groups-{spec}"
# The operations WB added to the groups of the docs (`new` of wb-facts/2026-08/operations.yaml; the
# same compact schemas): sourced from that file, recorded in specs/changes/2026-12-06-new-operations.yaml.
NEW_FACTS = "2026-08"
NEW_FILE = f"wb-facts/{NEW_FACTS}/operations.yaml"
NEW_CHANGE_ID = "wb-new-{spec}"
# A token category as the facts write it ("Marketplace (s bit 4)", "users (s bit 16)", "content")
# -> our category (facade/wbseller/token.py CATEGORY_BITS; "common": any seller token)
CATEGORY_OF_BIT = {
    1: "content",
    2: "analytics",
    3: "prices",
    4: "marketplace",
    5: "statistics",
    6: "promotion",
    7: "feedbacks",
    9: "chat",
    10: "supplies",
    11: "returns",
    12: "documents",
    13: "finance",
    16: "users",
}

# spec -> host, facts groups, title, what it holds, x-wb-category
HOSTS: dict[str, dict[str, Any]] = {
    "supplies": {
        "host": "supplies-api.wildberries.ru",
        "groups": ["fbw_supplies"],
        "title": "Wildberries FBW Supplies API",
        "about": "FBW supplies on supplies-api.wildberries.ru: the supplies list, a supply's details, goods "
        "and packages, and the information for planning a supply (acceptance options, WB warehouses, "
        "transit directions).",
        "category": "supplies",
    },
    "statistics": {
        "host": "statistics-api.wildberries.ru",
        "groups": ["statistics", "finances"],  # finances: only its retired v5 report lived here
        "title": "Wildberries Statistics API",
        "about": "The main reports on statistics-api.wildberries.ru: orders and sales, read by their "
        "`lastChangeDate`. Incomes, stocks and the v5 realization report are gone (kept here, "
        "deprecated, with their successors).",
        "category": "statistics",
    },
    "analytics": {
        "host": "seller-analytics-api.wildberries.ru",
        "groups": ["analytics", "reports"],
        "title": "Wildberries Seller Analytics API",
        "about": "Seller analytics and reports on seller-analytics-api.wildberries.ru: the sales funnel, "
        "search queries, stocks, item rating, CSV reports and the order feed; the generated reports "
        "(warehouse remains, paid storage, acceptance), deductions and measurements, brand share, "
        "blocked items, returns and movements, region sales, antifraud and labelling, excise.",
        "category": "analytics",
    },
    "finance": {
        "host": "finance-api.wildberries.ru",
        "groups": ["finances"],
        "title": "Wildberries Finance API",
        "about": "Finances on finance-api.wildberries.ru: the balance, the realization (sales) reports "
        "and the acquiring reports.",
        "category": "finance",
    },
    "documents": {
        "host": "documents-api.wildberries.ru",
        "groups": ["documents"],
        "title": "Wildberries Documents API",
        "about": "The seller's documents on documents-api.wildberries.ru: categories, the list, one "
        "document, several as one ZIP.",
        "category": "documents",
    },
    "feedbacks": {
        "host": "feedbacks-api.wildberries.ru",
        "groups": ["feedbacks_questions"],
        "title": "Wildberries Feedbacks and Questions API",
        "about": "Buyers' feedbacks and questions on feedbacks-api.wildberries.ru: lists, counts, "
        "answers, and pinned feedbacks. All its operations share one bucket.",
        "category": "feedbacks",
    },
    "chat": {
        "host": "buyer-chat-api.wildberries.ru",
        "groups": ["buyers_chat"],
        "title": "Wildberries Buyers Chat API",
        "about": "Chats with buyers on buyer-chat-api.wildberries.ru: the chats, their events, sending a "
        "message, downloading an attachment.",
        "category": "chat",
    },
    "returns": {
        "host": "returns-api.wildberries.ru",
        "groups": ["buyers_returns"],
        "title": "Wildberries Buyers Returns API",
        "about": "Buyers' return claims on returns-api.wildberries.ru: the list and the seller's answer.",
        "category": "returns",
    },
    # Specs written by hand from the docs: the draft of their groups (and of the operations WB added
    # to them, NEW_FILE's `new`) is merged into them (`merge`: only what they lack is added).
    "marketplace": {
        "host": "marketplace-api.wildberries.ru",
        "groups": ["fbs", "dbw", "dbs", "click_collect"],
        "new": ["warehouses"],
        "merge": True,
        "category": "marketplace",
    },
    "general": {
        "host": "common-api.wildberries.ru",
        "groups": ["tariffs"],
        "new": ["general"],
        "merge": True,
        "category": "common",
    },
    "content": {
        "host": "content-api.wildberries.ru",
        "groups": [],
        "new": ["content"],
        "merge": True,
        "category": "content",
    },
    "prices": {
        "host": "discounts-prices-api.wildberries.ru",
        "groups": [],
        "new": ["prices"],
        "merge": True,
        "category": "prices",
    },
}

# wb_section -> (tag, its description)
TAGS: dict[str, tuple[str, str]] = {
    "suppliesInformation": ("Supplies", "FBW supplies: the list, details, goods and packages."),
    "informationForFormingSupplies": (
        "Supply Planning",
        "What a supply can be planned with: acceptance options, WB warehouses, transit directions.",
    ),
    "mainReports": ("Main Reports", "Orders and sales, read by their lastChangeDate."),
    "orderFeed": ("Order Feed", "The feed of orders with a snapshot cursor."),
    "stocksReport": ("Stocks Report", "Stocks by product, size, office and WB warehouse."),
    "itemRating": ("Item Rating", "Product rating over periods."),
    "salesFunnel": ("Sales Funnel", "The sales funnel of products and groups, and its history."),
    "sellerAnalyticsCsv": (
        "CSV Reports",
        "CSV reports: created with the caller's id, polled, downloaded as ZIP.",
    ),
    "searchQueriesForYourItems": ("Search Queries", "Search queries for the seller's items."),
    "retentionReports": (
        "Deductions",
        "Deductions and measurements: substitutions, measurement penalties, warehouse measurements, "
        "antifraud, labelling.",
    ),
    "acceptanceExpenses": ("Acceptance Report", "The paid acceptance report (a generated report)."),
    "blockedItems": ("Blocked Items", "Blocked and hidden products."),
    "shareOfBrandInSales": ("Brand Share", "The share of a brand in sales."),
    "reportOnItemsWithMandatoryLabeling": ("Excise Report", "Items with mandatory labelling."),
    "returnsAndItemMovementReport": ("Goods Return", "Returns and item movements."),
    "salesByRegions": ("Region Sales", "Sales by region."),
    "paidStorage": ("Paid Storage", "The paid storage report (a generated report)."),
    "warehousesInventoryReport": ("Warehouse Remains", "Warehouse remains (a generated report)."),
    "financialReports": ("Financial Reports", "Realization (sales) reports and acquiring reports."),
    "balance": ("Balance", "The seller's balance."),
    "documents": ("Documents", "The seller's documents."),
    "pinnedFeedbacks": ("Pinned Feedbacks", "Pinning feedbacks to a product card."),
    "feedbacks": ("Feedbacks", "Buyers' feedbacks and the seller's answers."),
    "questions": ("Questions", "Buyers' questions and the seller's answers."),
    "buyersChat": ("Buyers Chat", "Chats with buyers."),
    "buyersReturns": ("Buyers Returns", "Buyers' return claims."),
    # marketplace orders (marketplace.yaml)
    "FBS Assembly Orders": (
        "FBS Orders",
        "FBS assembly orders: new orders, the history, statuses, buyers, stickers, cancellation.",
    ),
    "autoreturnSettings": ("FBS Auto Returns", "FBS auto-return settings (Personal tokens only)."),
    "fbsLabelIdentifiers": (
        "FBS Label Identifiers",
        "Label identifiers of FBS orders (marking codes, UIN, IMEI, GTIN, expiration, customs declaration).",
    ),
    "FBS Supplies": ("FBS Supplies", "FBS supplies: create, add orders, hand over, barcodes, boxes."),
    "FBS Passes": ("FBS Passes", "Passes to WB offices for FBS deliveries."),
    "dbwAssemblyOrders": ("DBW Orders", "DBW (delivery by WB from the seller's warehouse) orders."),
    "dbwLabelIdentifiers": ("DBW Label Identifiers", "Label identifiers of DBW orders."),
    "dbsAssemblyOrders": ("DBS Orders", "DBS (delivery by the seller) orders and their batch status calls."),
    "dbsLabelIdentifiers": ("DBS Label Identifiers", "Label identifiers of DBS orders (batch calls)."),
    "inStorePickupAssemblyOrders": (
        "Click and Collect Orders",
        "Click & collect (in-store pickup) orders, their batch status calls and the buyer's identity check.",
    ),
    "inStorePickupLabelIdentifiers": (
        "Click and Collect Label Identifiers",
        "Label identifiers of click & collect orders (batch calls).",
    ),
    # tariffs (general.yaml): WB's sections supplyRates, stockRates, fees, returnCostToSeller
    "tariffs": (
        "Tariffs",
        "WB's tariffs: commissions, box, pallet and return tariffs, acceptance coefficients.",
    ),
    # the operations WB added to the hosts of the docs (NEW_FILE's `new`: no section of their own)
    "brands": ("Brands", "The brands of a subject."),
    "recommendations": ("Recommendations", "Product recommendations shown on a product card."),
    "pricesAndDiscounts": ("Prices and Discounts", "Prices and discounts."),
    "sellerInformation": ("Seller Information", "The seller's name, taxpayer ID and rating."),
    "subscriptions": ("Subscriptions", "The seller's Jam subscription and tariff options."),
    "users": ("Users", "The seller account's users: invitations, access rights, removal (Users scope)."),
    "sellerWarehouses": ("Seller Warehouses", "WB offices and the seller's warehouses."),
}
# wb_section of the tariffs group -> its TAGS key (one tag for the group)
SECTION_TAGS = {
    "supplyRates": "tariffs",
    "stockRates": "tariffs",
    "fees": "tariffs",
    "returnCostToSeller": "tariffs",
}
# (METHOD, path) of NEW_FILE's `new` -> its TAGS key
NEW_SECTIONS: dict[tuple[str, str], str] = {
    ("GET", "/api/content/v1/brands"): "brands",
    ("POST", "/api/content/v1/recommendations/list"): "recommendations",
    ("POST", "/api/content/v1/recommendations/set"): "recommendations",
    ("POST", "/api/discounts-prices/v1/upload/task/b2b/wholesale"): "pricesAndDiscounts",
    ("POST", "/api/v2/list/goods/filter"): "pricesAndDiscounts",
    ("GET", "/api/v1/seller-info"): "sellerInformation",
    ("GET", "/api/common/v1/rating"): "sellerInformation",
    ("GET", "/api/common/v1/subscriptions"): "subscriptions",
    ("GET", "/api/common/v1/tariff-constructor/options"): "subscriptions",
    ("POST", "/api/v1/invite"): "users",
    ("GET", "/api/v1/users"): "users",
    ("PUT", "/api/v1/users/access"): "users",
    ("DELETE", "/api/v1/user"): "users",
    ("GET", "/api/v3/dbw/warehouses/{warehouseId}/contacts"): "sellerWarehouses",
    ("PUT", "/api/v3/dbw/warehouses/{warehouseId}/contacts"): "sellerWarehouses",
}

# (METHOD, path) -> operationId, summary[, description]. Stable: never rename an operationId.
NAMES: dict[tuple[str, str], tuple[str, ...]] = {
    # supplies-api (fbw_supplies)
    ("POST", "/api/v1/acceptance/options"): (
        "acceptance_options",
        "Acceptance options",
        "Which warehouses and packaging types can accept the given goods (barcodes and quantities).",
    ),
    ("POST", "/api/v1/supplies"): (
        "fbw_supplies_list",
        "Supplies list",
        "FBW supplies, filtered by dates (`dates[].type`: factDate, createDate, supplyDate, "
        "updatedDate) and statuses (`statusIDs` 1-6); paged by `limit` (up to 1000) and `offset`.",
    ),
    ("GET", "/api/v1/supplies/{ID}"): (
        "fbw_supply_details",
        "Supply details",
        "One supply by its ID (or its preorder ID with `isPreorderID=true`).",
    ),
    ("GET", "/api/v1/supplies/{ID}/goods"): (
        "fbw_supply_goods",
        "Supply goods",
        "The goods of a supply; paged by `limit` and `offset`.",
    ),
    ("GET", "/api/v1/supplies/{ID}/package"): (
        "fbw_supply_packages",
        "Supply packages",
        "The packages of a supply.",
    ),
    ("GET", "/api/v1/transit-tariffs"): (
        "transit_tariffs",
        "Transit directions",
        "Transit directions and tariffs.",
    ),
    ("GET", "/api/v1/warehouses"): (
        "fbw_warehouses",
        "Warehouses list",
        "WB warehouses that accept supplies.",
    ),
    ("GET", "/api/v1/acceptance/coefficients"): (
        "acceptance_coefficients",
        "Acceptance coefficients",
        "Acceptance coefficients of WB warehouses for the next 14 days.",
    ),
    # statistics-api
    ("GET", "/api/v1/supplier/orders"): (
        "supplier_orders",
        "Orders",
        "Orders. With `flag=0` (default) the rows whose `lastChangeDate` is at or after `dateFrom` "
        "(RFC 3339, Moscow time), up to about 80,000 rows per answer: the next call passes the last "
        "row's `lastChangeDate`. With `flag=1` all the rows of the calendar date of `dateFrom`.",
    ),
    ("GET", "/api/v1/supplier/sales"): (
        "supplier_sales",
        "Sales",
        "Sales and returns. With `flag=0` (default) the rows whose `lastChangeDate` is at or after "
        "`dateFrom` (RFC 3339, Moscow time), up to about 80,000 rows per answer: the next call passes "
        "the last row's `lastChangeDate`. With `flag=1` all the rows of the calendar date of `dateFrom`.",
    ),
    ("GET", "/api/v1/supplier/incomes"): (
        "supplier_incomes",
        "Supplies (incomes)",
        "Incomes (supplies to WB).",
    ),
    ("GET", "/api/v1/supplier/stocks"): ("supplier_stocks", "Warehouse stocks", "Stocks on WB warehouses."),
    ("GET", "/api/v5/supplier/reportDetailByPeriod"): (
        "report_detail_by_period",
        "Realization report (v5)",
        "The realization report paged by `rrdid`.",
    ),
    # seller-analytics-api (analytics)
    ("POST", "/api/analytics/v1/order-feed"): (
        "order_feed",
        "Order feed",
        "Orders of a period, paged by `pagination.offset` and `pagination.limit` (up to 10,000), "
        "`pagination.snapshotTime` keeping the pages on one snapshot.",
    ),
    ("POST", "/api/analytics/v1/stocks-report/wb-warehouses"): (
        "stocks_report_wb_warehouses",
        "Stocks on WB warehouses",
        "Stocks on WB warehouses by product and size; paged by `limit` and `offset`.",
    ),
    ("POST", "/api/analytics/v2/item-rating"): (
        "item_rating",
        "Item rating",
        "Product ratings for a period against a past one; paged by `limit` and `offset`.",
    ),
    ("POST", "/api/analytics/v1/item-rating"): ("item_rating_v1", "Item rating (v1)", "Product ratings."),
    ("POST", "/api/analytics/v3/sales-funnel/grouped/history"): (
        "sales_funnel_grouped_history",
        "Sales funnel of groups by day",
        "The funnel of product groups (subjects, brands, tags) by day, week or month.",
    ),
    ("POST", "/api/analytics/v3/sales-funnel/products"): (
        "sales_funnel_products",
        "Sales funnel of products",
        "The funnel of each product for a period against a past one; paged by `limit` and `offset`.",
    ),
    ("POST", "/api/analytics/v3/sales-funnel/products/history"): (
        "sales_funnel_products_history",
        "Sales funnel of products by day",
        "The funnel of up to 20 products by day, week or month.",
    ),
    ("GET", "/api/v2/nm-report/downloads"): (
        "nm_report_downloads_list",
        "CSV reports list",
        "The CSV reports and their status: WAITING, PROCESSING, SUCCESS, RETRY, FAILED.",
    ),
    ("POST", "/api/v2/nm-report/downloads"): (
        "nm_report_download_create",
        "Create a CSV report",
        "Creates a CSV report under the `id` (a UUID) the caller chooses; its kind is `reportType` "
        "and `params` its filters. The report is then polled with the reports list and downloaded "
        "as a ZIP file.",
    ),
    ("GET", "/api/v2/nm-report/downloads/file/{downloadId}"): (
        "nm_report_download_file",
        "Download a CSV report",
        "The report's file: a ZIP archive holding the CSV.",
    ),
    ("POST", "/api/v2/nm-report/downloads/retry"): (
        "nm_report_download_retry",
        "Regenerate a CSV report",
        "Generates a report again after it FAILED.",
    ),
    ("POST", "/api/v2/search-report/product/orders"): (
        "search_report_product_orders",
        "Orders and positions by search query",
        "Orders and average positions of one product per search query, by day.",
    ),
    ("POST", "/api/v2/search-report/product/search-texts"): (
        "search_report_product_search_texts",
        "Search queries of products",
        "The top search queries leading to the given products.",
    ),
    ("POST", "/api/v2/search-report/report"): (
        "search_report_main",
        "Search queries: main page",
        "The main page of the search queries report; paged by `limit` and `offset`.",
    ),
    ("POST", "/api/v2/search-report/table/details"): (
        "search_report_table_details",
        "Search queries: products of a group",
        "The products of one group of the search queries report; paged by `limit` and `offset`.",
    ),
    ("POST", "/api/v2/search-report/table/groups"): (
        "search_report_table_groups",
        "Search queries: groups",
        "The groups of the search queries report; paged by `limit` and `offset`.",
    ),
    ("POST", "/api/v2/stocks-report/offices"): (
        "stocks_report_offices",
        "Stocks by office",
        "Stocks and movements by region and office.",
    ),
    ("POST", "/api/v2/stocks-report/products/groups"): (
        "stocks_report_groups",
        "Stocks by group",
        "Stocks and movements by product group; paged by `limit` and `offset`.",
    ),
    ("POST", "/api/v2/stocks-report/products/products"): (
        "stocks_report_products",
        "Stocks by product",
        "Stocks and movements by product; paged by `limit` and `offset`.",
    ),
    ("POST", "/api/v2/stocks-report/products/sizes"): (
        "stocks_report_sizes",
        "Stocks by size",
        "Stocks and movements of one product by size (and office).",
    ),
    # seller-analytics-api (reports)
    ("GET", "/api/analytics/v1/deductions"): (
        "deductions",
        "Substitutions and deductions",
        "Deductions for substituted or wrongly attached goods; paged by `limit` and `offset`.",
    ),
    ("GET", "/api/analytics/v1/measurement-penalties"): (
        "measurement_penalties",
        "Measurement penalties",
        "Penalties for wrong package dimensions; paged by `limit` and `offset`.",
    ),
    ("GET", "/api/analytics/v1/warehouse-measurements"): (
        "warehouse_measurements",
        "Warehouse measurements",
        "Package dimensions measured at WB warehouses; paged by `limit` and `offset`.",
    ),
    ("GET", "/api/v1/analytics/warehouse-measurements"): (
        "warehouse_measurements_v1",
        "Warehouse measurements (v1)",
        "Package dimensions measured at WB warehouses.",
    ),
    ("GET", "/api/v1/acceptance_report"): (
        "acceptance_report_create",
        "Create the acceptance report",
        "Starts generating the paid acceptance report: answers `data.taskId`, then poll the task's "
        "status (at most once per 5 s) and download it when `done`.",
    ),
    ("GET", "/api/v1/acceptance_report/tasks/{task_id}/download"): (
        "acceptance_report_download",
        "Download the acceptance report",
        "The generated report's rows.",
    ),
    ("GET", "/api/v1/acceptance_report/tasks/{task_id}/status"): (
        "acceptance_report_status",
        "Acceptance report status",
        "The task's status: new, processing, done, purged, canceled.",
    ),
    ("GET", "/api/v1/analytics/antifraud-details"): (
        "antifraud_details",
        "Self-purchase deductions",
        "Deductions for self-purchases found by antifraud, by week.",
    ),
    ("GET", "/api/v1/analytics/banned-products/blocked"): (
        "blocked_products",
        "Blocked products",
        "Product cards blocked by WB, with the reason.",
    ),
    ("GET", "/api/v1/analytics/banned-products/shadowed"): (
        "shadowed_products",
        "Products hidden from the catalogue",
        "Product cards hidden from the catalogue.",
    ),
    ("GET", "/api/v1/analytics/brand-share"): (
        "brand_share",
        "Brand share report",
        "The share of a brand in the sales of a parent category.",
    ),
    ("GET", "/api/v1/analytics/brand-share/brands"): (
        "brand_share_brands",
        "Seller's brands",
        "The seller's brands.",
    ),
    ("GET", "/api/v1/analytics/brand-share/parent-subjects"): (
        "brand_share_parent_subjects",
        "Parent categories of a brand",
        "The parent categories a brand sells in, for a period.",
    ),
    ("POST", "/api/v1/analytics/excise-report"): (
        "excise_report",
        "Items with mandatory labelling",
        "Operations with items that need mandatory labelling, by country.",
    ),
    ("GET", "/api/v1/analytics/goods-labeling"): (
        "goods_labeling",
        "Labelling deductions",
        "Deductions for goods without (or with wrong) labelling.",
    ),
    ("GET", "/api/v1/analytics/goods-return"): (
        "goods_return",
        "Returns and item movements",
        "Returns to the seller and item movements for a period.",
    ),
    ("GET", "/api/v1/analytics/region-sale"): (
        "region_sale",
        "Sales by region",
        "Sales by region for a period.",
    ),
    ("GET", "/api/v1/analytics/characteristics-change"): (
        "characteristics_change",
        "Deductions for characteristics changes",
        "Deductions for changed product characteristics.",
    ),
    ("GET", "/api/v1/analytics/incorrect-attachments"): (
        "incorrect_attachments",
        "Substitutions and wrong attachments",
        "Deductions for wrongly attached goods.",
    ),
    ("GET", "/api/v1/paid_storage"): (
        "paid_storage_create",
        "Create the paid storage report",
        "Starts generating the paid storage report: answers `data.taskId`, then poll the task's "
        "status (at most once per 5 s) and download it when `done`.",
    ),
    ("GET", "/api/v1/paid_storage/tasks/{task_id}/download"): (
        "paid_storage_download",
        "Download the paid storage report",
        "The generated report's rows.",
    ),
    ("GET", "/api/v1/paid_storage/tasks/{task_id}/status"): (
        "paid_storage_status",
        "Paid storage report status",
        "The task's status: new, processing, done, purged, canceled.",
    ),
    ("GET", "/api/v1/warehouse_remains"): (
        "warehouse_remains_create",
        "Create the warehouse remains report",
        "Starts generating the warehouse remains report: answers `data.taskId`, then poll the "
        "task's status (at most once per 5 s) and download it when `done`.",
    ),
    ("GET", "/api/v1/warehouse_remains/tasks/{task_id}/download"): (
        "warehouse_remains_download",
        "Download the warehouse remains report",
        "The generated report's rows.",
    ),
    ("GET", "/api/v1/warehouse_remains/tasks/{task_id}/status"): (
        "warehouse_remains_status",
        "Warehouse remains report status",
        "The task's status: new, processing, done, purged, canceled.",
    ),
    # finance-api
    ("POST", "/api/finance/v1/acquiring/detailed"): (
        "acquiring_report_detailed",
        "Acquiring report details",
        "The acquiring report's rows for a period, paged by `rrdId` (start at 0, then the last row's "
        "`rrdId`) until 204.",
    ),
    ("POST", "/api/finance/v1/acquiring/detailed/{reportId}"): (
        "acquiring_report_by_id",
        "Acquiring report by ID",
        "The rows of one acquiring report, paged by `rrdId` until 204.",
    ),
    ("POST", "/api/finance/v1/acquiring/list"): (
        "acquiring_reports_list",
        "Acquiring reports list",
        "The acquiring reports of a period; paged by `limit` and `offset`.",
    ),
    ("POST", "/api/finance/v1/sales-reports/detailed"): (
        "sales_report_detailed",
        "Realization report details",
        "The realization report's rows for a period (`period`: daily or weekly), paged by `rrdId` "
        "(start at 0, then the last row's `rrdId`) until WB answers 204.",
    ),
    ("POST", "/api/finance/v1/sales-reports/detailed/{reportId}"): (
        "sales_report_by_id",
        "Realization report by ID",
        "The rows of one realization report, paged by `rrdId` until 204.",
    ),
    ("POST", "/api/finance/v1/sales-reports/list"): (
        "sales_reports_list",
        "Realization reports list",
        "The realization reports of a period; paged by `limit` and `offset`.",
    ),
    ("GET", "/api/v1/account/balance"): ("account_balance", "Balance", "The seller's current balance."),
    # documents-api
    ("GET", "/api/v1/documents/categories"): (
        "documents_categories",
        "Document categories",
        "The categories of the seller's documents.",
    ),
    ("GET", "/api/v1/documents/download"): (
        "document_download",
        "Download a document",
        "One document (by `serviceName` and `extension`), its file base64-encoded in the JSON answer.",
    ),
    ("POST", "/api/v1/documents/download/all"): (
        "documents_download_all",
        "Download documents",
        "Up to 50 documents at once, as one ZIP file base64-encoded in the JSON answer.",
    ),
    ("GET", "/api/v1/documents/list"): (
        "documents_list",
        "Documents list",
        "The seller's documents; paged by `limit` (up to 50) and `offset`.",
    ),
    # feedbacks-api
    ("DELETE", "/api/feedbacks/v1/pins"): (
        "unpin_feedbacks",
        "Unpin feedbacks",
        "Unpins feedbacks by their pin IDs.",
    ),
    ("GET", "/api/feedbacks/v1/pins"): (
        "pinned_feedbacks_list",
        "Pinned feedbacks",
        "Pinned and unpinned feedbacks; paged by the `next` cursor of the answer.",
    ),
    ("POST", "/api/feedbacks/v1/pins"): (
        "pin_feedbacks",
        "Pin feedbacks",
        "Pins feedbacks to a product (`pinOn`: nm or imt) by tariff or subscription (`pinMethod`); "
        "each item answers its own result.",
    ),
    ("GET", "/api/feedbacks/v1/pins/count"): (
        "pinned_feedbacks_count",
        "Pinned feedbacks count",
        "How many feedbacks are pinned or unpinned.",
    ),
    ("GET", "/api/feedbacks/v1/pins/limits"): (
        "pinned_feedbacks_limits",
        "Pinned feedbacks limits",
        "How many feedbacks the seller may still pin.",
    ),
    ("GET", "/api/v1/feedback"): ("feedback_by_id", "Feedback by ID", "One feedback."),
    ("GET", "/api/v1/feedbacks"): (
        "feedbacks_list",
        "Feedbacks list",
        "Answered or unanswered feedbacks; paged by `take` and `skip`.",
    ),
    ("PATCH", "/api/v1/feedbacks/answer"): (
        "feedback_answer_edit",
        "Edit an answer to a feedback",
        "Edits the seller's answer to a feedback.",
    ),
    ("POST", "/api/v1/feedbacks/answer"): (
        "feedback_answer",
        "Answer a feedback",
        "Answers a feedback (text up to 5000 characters).",
    ),
    ("GET", "/api/v1/feedbacks/archive"): (
        "feedbacks_archive_list",
        "Archived feedbacks",
        "Archived feedbacks; paged by `take` and `skip`.",
    ),
    ("GET", "/api/v1/feedbacks/count"): (
        "feedbacks_count",
        "Feedbacks count",
        "How many feedbacks a period has.",
    ),
    ("GET", "/api/v1/feedbacks/count-unanswered"): (
        "feedbacks_unanswered_count",
        "Unanswered feedbacks",
        "How many feedbacks are unanswered, today and in all.",
    ),
    ("POST", "/api/v1/feedbacks/order/return"): (
        "feedback_order_return",
        "Return by feedback",
        "Asks for the return of the product a feedback is about.",
    ),
    ("GET", "/api/v1/new-feedbacks-questions"): (
        "new_feedbacks_questions",
        "New feedbacks and questions",
        "Whether there are unseen feedbacks and questions.",
    ),
    ("GET", "/api/v1/question"): ("question_by_id", "Question by ID", "One question."),
    ("GET", "/api/v1/questions"): (
        "questions_list",
        "Questions list",
        "Answered or unanswered questions; paged by `take` and `skip`.",
    ),
    ("PATCH", "/api/v1/questions"): (
        "question_update",
        "Work with a question",
        "Marks a question viewed (`wasViewed`), or answers, edits or rejects it (`answer`, `state`).",
    ),
    ("GET", "/api/v1/questions/count"): (
        "questions_count",
        "Questions count",
        "How many questions a period has.",
    ),
    ("GET", "/api/v1/questions/count-unanswered"): (
        "questions_unanswered_count",
        "Unanswered questions",
        "How many questions are unanswered, today and in all.",
    ),
    # buyer-chat-api
    ("GET", "/api/v1/seller/chats"): ("chats_list", "Chats list", "The seller's chats with buyers."),
    ("GET", "/api/v1/seller/download/{id}"): (
        "chat_attachment_download",
        "Download an attachment",
        "A file or image of a chat message: 200 with the file (PDF, JPEG, PNG), or 202 while it is "
        "being moderated (`retrySeconds` says when to ask again).",
    ),
    ("GET", "/api/v1/seller/events"): (
        "chat_events",
        "Chat events",
        "The chats' events. Paged by `next`: start without it, then pass the previous answer's "
        "`result.next` (a Unix timestamp).",
    ),
    ("POST", "/api/v1/seller/message"): (
        "chat_send_message",
        "Send a message",
        "Sends a message (and files) to a chat, addressed by the chat's `replySign`.",
    ),
    # returns-api
    ("PATCH", "/api/v1/claim"): (
        "claim_answer",
        "Answer a claim",
        "The seller's answer (`action`) to a return claim.",
    ),
    ("GET", "/api/v1/claims"): (
        "claims_list",
        "Return claims",
        "Buyers' return claims (current or archived); paged by `limit` (up to 200) and `offset`.",
    ),
    # marketplace-api: FBS (group fbs)
    ("GET", "/api/marketplace/v3/fbs/orders/archive"): (
        "fbs_orders_archive",
        "Archived orders",
        "FBS orders of one month (`year`, `month`) from the archive; paged by `limit` and the `next` "
        "cursor of the previous answer.",
    ),
    ("GET", "/api/marketplace/v3/fbs/settings/autoreturns"): (
        "fbs_autoreturn_settings",
        "Auto-return settings",
        "The seller's auto-return setting for FBS orders.",
    ),
    ("PATCH", "/api/marketplace/v3/fbs/settings/autoreturns"): (
        "fbs_autoreturn_settings_update",
        "Update auto-return settings",
        "Sets the seller's auto-return setting (`type`).",
    ),
    ("PATCH", "/api/marketplace/v3/fbs/settings/autoreturns/items"): (
        "fbs_autoreturn_items_update",
        "Update auto-return settings of items",
        "Sets the auto-return setting (`type`) of the given sizes (`chrtIds`).",
    ),
    ("POST", "/api/marketplace/v3/fbs/settings/autoreturns/items"): (
        "fbs_autoreturn_items",
        "Auto-return settings of items",
        "The auto-return settings of the given sizes (`chrtIds`). A read done with POST.",
    ),
    ("GET", "/api/marketplace/v3/fbs/settings/autoreturns/subcategories/restricted"): (
        "fbs_autoreturn_restricted_subcategories",
        "Subcategories without auto-return",
        "The subcategories auto-return cannot be set for; paged by `limit` and `next`.",
    ),
    ("POST", "/api/marketplace/v3/orders/meta"): (
        "fbs_orders_meta",
        "Label identifiers of orders",
        "The label identifiers (metadata: IMEI, UIN, GTIN, marking codes, expiration, customs "
        "declaration) of up to 100 orders: which ones each order needs, and their values. A read done "
        "with POST. It shares a 300 per minute bucket with the deletion of an identifier.",
    ),
    ("PUT", "/api/marketplace/v3/orders/{orderId}/meta/customs-declaration"): (
        "fbs_order_set_customs_declaration",
        "Attach a customs declaration",
        "Attaches the customs declaration number to an order whose label identifiers list it.",
    ),
    ("GET", "/api/marketplace/v3/supplies/{supplyId}/order-ids"): (
        "fbs_supply_order_ids",
        "Orders of a supply",
        "The IDs of the orders in a supply.",
    ),
    ("PATCH", "/api/marketplace/v3/supplies/{supplyId}/orders"): (
        "fbs_supply_add_orders",
        "Add orders to a supply",
        "Adds up to 100 orders (`orders`) to a supply; an order added goes from `new` to `confirm`.",
    ),
    ("GET", "/api/v3/orders"): (
        "fbs_orders_list",
        "Orders",
        "The history of FBS orders, optionally between `dateFrom` and `dateTo` (Unix timestamps); paged "
        "by `limit` (1 to 1000) and the `next` cursor: start at 0, then pass the previous answer's "
        "`next`.",
    ),
    ("POST", "/api/v3/orders/client"): (
        "fbs_orders_client",
        "Buyers of orders",
        "The buyer's name and phone for the given orders (where WB shows them). A read done with POST.",
    ),
    ("GET", "/api/v3/orders/new"): (
        "fbs_orders_new",
        "New orders",
        "The FBS orders waiting to be assembled (status `new`). No paging: every new order at once.",
    ),
    ("POST", "/api/v3/orders/status"): (
        "fbs_orders_status",
        "Order statuses",
        "The statuses of up to 1000 orders: `supplierStatus` (new, confirm, complete, cancel) and "
        "`wbStatus` (waiting, sorted, sold, canceled, canceled_by_client, declined_by_client, defect, "
        "ready_for_pickup, postponed_delivery, accepted_by_carrier, sent_to_carrier). A read done with "
        "POST.",
    ),
    ("POST", "/api/v3/orders/status/history"): (
        "fbs_orders_status_history",
        "Order status history",
        "The status history of up to 100 orders, with their delivery date. A read done with POST.",
    ),
    ("POST", "/api/v3/orders/stickers"): (
        "fbs_orders_stickers",
        "Order stickers",
        "Stickers of up to 100 orders in the `confirm` or `complete` status: `type` svg, zplv, zplh or "
        "png, size 58x40 or 40x30 (`width`, `height`); each file comes base64-encoded in the JSON "
        "answer. A read done with POST.",
    ),
    ("POST", "/api/v3/orders/stickers/cross-border"): (
        "fbs_orders_stickers_cross_border",
        "Cross-border stickers",
        "Stickers of cross-border orders, each file base64-encoded in the JSON answer. A read done with "
        "POST.",
    ),
    ("PATCH", "/api/v3/orders/{orderId}/cancel"): (
        "fbs_order_cancel",
        "Cancel an order",
        "The seller cancels an order. Its own budget of 100 per minute.",
    ),
    ("DELETE", "/api/v3/orders/{orderId}/meta"): (
        "fbs_order_delete_meta",
        "Delete a label identifier",
        "Deletes one label identifier of an order, by `key`: imei, uin, gtin, sgtin or customsDeclaration.",
    ),
    ("PUT", "/api/v3/orders/{orderId}/meta/expiration"): (
        "fbs_order_set_expiration",
        "Attach an expiration date",
        "Attaches the product's expiration date to an order whose label identifiers list it.",
    ),
    ("PUT", "/api/v3/orders/{orderId}/meta/gtin"): (
        "fbs_order_set_gtin",
        "Attach a GTIN",
        "Attaches a GTIN to an order whose label identifiers list it.",
    ),
    ("PUT", "/api/v3/orders/{orderId}/meta/imei"): (
        "fbs_order_set_imei",
        "Attach an IMEI",
        "Attaches an IMEI to an order whose label identifiers list it.",
    ),
    ("PUT", "/api/v3/orders/{orderId}/meta/sgtin"): (
        "fbs_order_set_sgtin",
        "Attach marking codes",
        "Attaches up to 100 marking codes (`sgtins`) to an order in the `confirm` status whose label "
        "identifiers list them.",
    ),
    ("PUT", "/api/v3/orders/{orderId}/meta/uin"): (
        "fbs_order_set_uin",
        "Attach a UIN",
        "Attaches a UIN to an order in the `confirm` status whose label identifiers list it.",
    ),
    ("GET", "/api/v3/passes"): ("fbs_passes_list", "Passes", "The seller's passes to WB offices."),
    ("POST", "/api/v3/passes"): (
        "fbs_pass_create",
        "Create a pass",
        "Creates a pass to a WB office (driver, car). WB allows one per 10 minutes per seller account.",
    ),
    ("GET", "/api/v3/passes/offices"): (
        "fbs_pass_offices",
        "Offices that need a pass",
        "The WB offices a pass is needed for.",
    ),
    ("DELETE", "/api/v3/passes/{passId}"): ("fbs_pass_delete", "Delete a pass", "Deletes a pass."),
    ("PUT", "/api/v3/passes/{passId}"): ("fbs_pass_update", "Update a pass", "Updates a pass."),
    ("GET", "/api/v3/supplies"): (
        "fbs_supplies_list",
        "Supplies",
        "The seller's FBS supplies; paged by `limit` (1 to 1000) and the `next` cursor: start at 0, "
        "then pass the previous answer's `next`.",
    ),
    ("POST", "/api/v3/supplies"): ("fbs_supply_create", "Create a supply", "Creates a supply (`name`)."),
    ("GET", "/api/v3/supplies/orders/reshipment"): (
        "fbs_reshipment_orders",
        "Orders to reship",
        "The orders to be shipped again, with the supply each is in.",
    ),
    ("DELETE", "/api/v3/supplies/{supplyId}"): (
        "fbs_supply_delete",
        "Delete a supply",
        "Deletes a supply.",
    ),
    ("GET", "/api/v3/supplies/{supplyId}"): ("fbs_supply_details", "Supply details", "One supply."),
    ("GET", "/api/v3/supplies/{supplyId}/barcode"): (
        "fbs_supply_barcode",
        "Supply QR code",
        "The QR code of a supply (`type` of the image), base64-encoded in the JSON answer.",
    ),
    ("PATCH", "/api/v3/supplies/{supplyId}/deliver"): (
        "fbs_supply_deliver",
        "Hand a supply over to delivery",
        "Closes a supply and hands it over to delivery: its orders go from `confirm` to `complete`.",
    ),
    ("DELETE", "/api/v3/supplies/{supplyId}/trbx"): (
        "fbs_supply_boxes_delete",
        "Delete boxes of a supply",
        "Deletes boxes (`trbxIds`) of a supply.",
    ),
    ("GET", "/api/v3/supplies/{supplyId}/trbx"): (
        "fbs_supply_boxes",
        "Boxes of a supply",
        "The boxes of a supply.",
    ),
    ("POST", "/api/v3/supplies/{supplyId}/trbx"): (
        "fbs_supply_boxes_add",
        "Add boxes to a supply",
        "Adds `amount` boxes to a supply; answers their IDs.",
    ),
    ("POST", "/api/v3/supplies/{supplyId}/trbx/stickers"): (
        "fbs_supply_boxes_stickers",
        "Box stickers",
        "Stickers of boxes of a supply (`type` of the image), base64-encoded in the JSON answer. A read "
        "done with POST.",
    ),
    ("GET", "/api/v3/orders/{orderId}/meta"): ("fbs_order_meta", "Label identifiers of an order", ""),
    ("GET", "/api/v3/supplies/{supplyId}/orders"): ("fbs_supply_orders", "Orders of a supply (v3)", ""),
    ("PATCH", "/api/v3/supplies/{supplyId}/orders/{orderId}"): (
        "fbs_supply_add_order",
        "Add an order to a supply",
        "",
    ),
    # marketplace-api: DBW (group dbw)
    ("POST", "/api/marketplace/v3/dbw/orders/client"): (
        "dbw_orders_client",
        "Buyers of orders",
        "The buyer's name and phones for the given DBW orders. A read done with POST.",
    ),
    ("POST", "/api/marketplace/v3/dbw/orders/meta/delete"): (
        "dbw_orders_delete_meta",
        "Delete label identifiers",
        "Deletes one kind of label identifier (`key`) of several orders; each order answers its own result.",
    ),
    ("POST", "/api/marketplace/v3/dbw/orders/meta/details"): (
        "dbw_orders_meta",
        "Label identifiers of orders",
        "The label identifiers of several orders, each with its own result. A read done with POST.",
    ),
    ("POST", "/api/marketplace/v3/dbw/orders/meta/sgtin"): (
        "dbw_orders_set_sgtin",
        "Attach marking codes",
        "Attaches marking codes (`sgtins`) to several orders; each order answers its own result.",
    ),
    ("POST", "/api/marketplace/v3/dbw/orders/status/deliver"): (
        "dbw_orders_deliver",
        "Hand orders over",
        "Marks DBW orders handed over; each order answers its own result.",
    ),
    ("GET", "/api/v3/dbw/orders"): (
        "dbw_orders_list",
        "Orders",
        "The history of DBW orders between `dateFrom` and `dateTo`; paged by `limit` and the `next` "
        "cursor of the previous answer.",
    ),
    ("POST", "/api/v3/dbw/orders/courier"): (
        "dbw_orders_courier",
        "Courier information",
        "The courier information (`courierInfo`) of the given orders. A read done with POST.",
    ),
    ("POST", "/api/v3/dbw/orders/delivery-date"): (
        "dbw_orders_delivery_date",
        "Delivery dates",
        "The delivery date and time of the given orders. A read done with POST.",
    ),
    ("GET", "/api/v3/dbw/orders/new"): (
        "dbw_orders_new",
        "New orders",
        "The DBW orders in the `new` status.",
    ),
    ("POST", "/api/v3/dbw/orders/status"): (
        "dbw_orders_status",
        "Order statuses",
        "The statuses (`supplierStatus`, `wbStatus`) of the given orders. A read done with POST.",
    ),
    ("POST", "/api/v3/dbw/orders/stickers"): (
        "dbw_orders_stickers",
        "Order stickers",
        "Stickers of the given orders (`type`, `width`, `height`), each file base64-encoded in the JSON "
        "answer. A read done with POST.",
    ),
    ("PATCH", "/api/v3/dbw/orders/{orderId}/cancel"): (
        "dbw_order_cancel",
        "Cancel an order",
        "The seller cancels an order.",
    ),
    ("PATCH", "/api/v3/dbw/orders/{orderId}/confirm"): (
        "dbw_order_confirm",
        "Confirm an order",
        "Confirms a DBW order.",
    ),
    ("PUT", "/api/v3/dbw/orders/{orderId}/meta/gtin"): (
        "dbw_order_set_gtin",
        "Attach a GTIN",
        "Attaches a GTIN to an order.",
    ),
    ("PUT", "/api/v3/dbw/orders/{orderId}/meta/imei"): (
        "dbw_order_set_imei",
        "Attach an IMEI",
        "Attaches an IMEI to an order.",
    ),
    ("PUT", "/api/v3/dbw/orders/{orderId}/meta/uin"): (
        "dbw_order_set_uin",
        "Attach a UIN",
        "Attaches a UIN to an order.",
    ),
    ("PATCH", "/api/v3/dbw/orders/{orderId}/assemble"): ("dbw_order_assemble", "Assemble an order", ""),
    ("DELETE", "/api/v3/dbw/orders/{orderId}/meta"): (
        "dbw_order_delete_meta",
        "Delete a label identifier",
        "",
    ),
    ("GET", "/api/v3/dbw/orders/{orderId}/meta"): ("dbw_order_meta", "Label identifiers of an order", ""),
    ("PUT", "/api/v3/dbw/orders/{orderId}/meta/sgtin"): ("dbw_order_set_sgtin", "Attach marking codes", ""),
    # marketplace-api: DBS (group dbs)
    ("POST", "/api/marketplace/v3/dbs/orders/b2b/info"): (
        "dbs_orders_b2b_info",
        "B2B buyers of orders",
        "The business buyer's details of the given orders, each with its own result. A read done with POST.",
    ),
    ("POST", "/api/marketplace/v3/dbs/orders/final-price"): (
        "dbs_orders_final_price",
        "Final prices of orders",
        "The final price of the given orders, each with its own result. A read done with POST.",
    ),
    ("POST", "/api/marketplace/v3/dbs/orders/meta/customs-declaration"): (
        "dbs_orders_set_customs_declaration",
        "Attach customs declarations",
        "Attaches customs declarations (and the origin country) to several orders; each order answers "
        "its own result.",
    ),
    ("POST", "/api/marketplace/v3/dbs/orders/meta/delete"): (
        "dbs_orders_delete_meta",
        "Delete label identifiers",
        "Deletes one kind of label identifier (`key`) of several orders; each order answers its own result.",
    ),
    ("POST", "/api/marketplace/v3/dbs/orders/meta/details"): (
        "dbs_orders_meta",
        "Label identifiers of orders",
        "The label identifiers of several orders, each with its own result. A read done with POST.",
    ),
    ("POST", "/api/marketplace/v3/dbs/orders/meta/gtin"): (
        "dbs_orders_set_gtin",
        "Attach GTINs",
        "Attaches GTINs to several orders; each order answers its own result.",
    ),
    ("POST", "/api/marketplace/v3/dbs/orders/meta/imei"): (
        "dbs_orders_set_imei",
        "Attach IMEIs",
        "Attaches IMEIs to several orders; each order answers its own result.",
    ),
    ("POST", "/api/marketplace/v3/dbs/orders/meta/sgtin"): (
        "dbs_orders_set_sgtin",
        "Attach marking codes",
        "Attaches marking codes (`sgtins`) to several orders; each order answers its own result.",
    ),
    ("POST", "/api/marketplace/v3/dbs/orders/meta/uin"): (
        "dbs_orders_set_uin",
        "Attach UINs",
        "Attaches UINs to several orders; each order answers its own result.",
    ),
    ("POST", "/api/marketplace/v3/dbs/orders/status/cancel"): (
        "dbs_orders_cancel",
        "Cancel orders",
        "The seller cancels up to 1000 orders; each order answers its own result. Its own budget of 1 "
        "per second (burst 10).",
    ),
    ("POST", "/api/marketplace/v3/dbs/orders/status/confirm"): (
        "dbs_orders_confirm",
        "Confirm orders",
        "Takes up to 1000 new orders into assembly (`new` to `confirm`); each order answers its own "
        "result. Its own budget of 1 per second (burst 10).",
    ),
    ("POST", "/api/marketplace/v3/dbs/orders/status/deliver"): (
        "dbs_orders_deliver",
        "Send orders to delivery",
        "Sends up to 1000 confirmed orders to delivery (`confirm` to `deliver`); each order answers its "
        "own result. Its own budget of 1 per second (burst 10).",
    ),
    ("POST", "/api/marketplace/v3/dbs/orders/status/info"): (
        "dbs_orders_status",
        "Order statuses",
        "The statuses (`supplierStatus`, `wbStatus`) of up to 1000 orders, each with its errors. A read "
        "done with POST.",
    ),
    ("POST", "/api/marketplace/v3/dbs/orders/status/receive"): (
        "dbs_orders_receive",
        "Orders received by the buyer",
        "Marks up to 1000 delivered orders received by the buyer (with the buyer's `code`); each order "
        "answers its own result. Its own budget of 1 per second (burst 10).",
    ),
    ("POST", "/api/marketplace/v3/dbs/orders/status/reject"): (
        "dbs_orders_reject",
        "Orders rejected by the buyer",
        "Marks up to 1000 delivered orders rejected by the buyer; each order answers its own result. Its "
        "own budget of 1 per second (burst 10).",
    ),
    ("POST", "/api/marketplace/v3/dbs/orders/stickers"): (
        "dbs_orders_stickers",
        "Order stickers",
        "Stickers of the given orders: PDF only, 58x40, each file base64-encoded in the JSON answer. A "
        "read done with POST.",
    ),
    ("POST", "/api/v3/dbs/groups/info"): (
        "dbs_groups_info",
        "Paid delivery of order groups",
        "The paid delivery cost of the given order groups. A read done with POST.",
    ),
    ("GET", "/api/v3/dbs/orders"): (
        "dbs_orders_list",
        "Orders",
        "The history of DBS orders between `dateFrom` and `dateTo`; paged by `limit` and the `next` "
        "cursor of the previous answer.",
    ),
    ("POST", "/api/v3/dbs/orders/client"): (
        "dbs_orders_client",
        "Buyers of orders",
        "The buyer's name and phones for the given orders. A read done with POST.",
    ),
    ("POST", "/api/v3/dbs/orders/delivery-date"): (
        "dbs_orders_delivery_date",
        "Delivery dates",
        "The delivery dates the buyers chose for the given orders. A read done with POST.",
    ),
    ("GET", "/api/v3/dbs/orders/new"): (
        "dbs_orders_new",
        "New orders",
        "The DBS orders in the `new` status.",
    ),
    ("POST", "/api/marketplace/v3/dbs/meta/customs-declaration"): (
        "dbs_meta_customs_declaration",
        "Attach customs declarations (first path)",
        "",
    ),
    ("POST", "/api/marketplace/v3/dbs/orders/meta/info"): (
        "dbs_orders_meta_info",
        "Label identifiers of orders (info)",
        "",
    ),
    ("POST", "/api/v3/dbs/orders/status"): ("dbs_orders_status_v3", "Order statuses (v3)", ""),
    ("PATCH", "/api/v3/dbs/orders/{orderId}/cancel"): ("dbs_order_cancel", "Cancel an order", ""),
    ("PATCH", "/api/v3/dbs/orders/{orderId}/confirm"): ("dbs_order_confirm", "Confirm an order", ""),
    ("PATCH", "/api/v3/dbs/orders/{orderId}/deliver"): ("dbs_order_deliver", "Send an order to delivery", ""),
    ("DELETE", "/api/v3/dbs/orders/{orderId}/meta"): (
        "dbs_order_delete_meta",
        "Delete a label identifier",
        "",
    ),
    ("GET", "/api/v3/dbs/orders/{orderId}/meta"): ("dbs_order_meta", "Label identifiers of an order", ""),
    ("PUT", "/api/v3/dbs/orders/{orderId}/meta/gtin"): ("dbs_order_set_gtin", "Attach a GTIN", ""),
    ("PUT", "/api/v3/dbs/orders/{orderId}/meta/imei"): ("dbs_order_set_imei", "Attach an IMEI", ""),
    ("PUT", "/api/v3/dbs/orders/{orderId}/meta/sgtin"): ("dbs_order_set_sgtin", "Attach marking codes", ""),
    ("PUT", "/api/v3/dbs/orders/{orderId}/meta/uin"): ("dbs_order_set_uin", "Attach a UIN", ""),
    ("PATCH", "/api/v3/dbs/orders/{orderId}/receive"): (
        "dbs_order_receive",
        "Order received by the buyer",
        "",
    ),
    ("PATCH", "/api/v3/dbs/orders/{orderId}/reject"): ("dbs_order_reject", "Order rejected by the buyer", ""),
    # marketplace-api: click & collect (group click_collect)
    ("POST", "/api/marketplace/v3/click-collect/orders/final-price"): (
        "click_collect_orders_final_price",
        "Final prices of orders",
        "The final price of the given orders, each with its own result. A read done with POST.",
    ),
    ("POST", "/api/marketplace/v3/click-collect/orders/meta/customs-declaration"): (
        "click_collect_orders_set_customs_declaration",
        "Attach customs declarations",
        "Attaches customs declarations (and the origin country) to several orders; each order answers "
        "its own result.",
    ),
    ("POST", "/api/marketplace/v3/click-collect/orders/meta/delete"): (
        "click_collect_orders_delete_meta",
        "Delete label identifiers",
        "Deletes one kind of label identifier (`key`) of several orders; each order answers its own result.",
    ),
    ("POST", "/api/marketplace/v3/click-collect/orders/meta/details"): (
        "click_collect_orders_meta",
        "Label identifiers of orders",
        "The label identifiers of several orders, each with its own result. A read done with POST.",
    ),
    ("POST", "/api/marketplace/v3/click-collect/orders/meta/gtin"): (
        "click_collect_orders_set_gtin",
        "Attach GTINs",
        "Attaches GTINs to several orders; each order answers its own result.",
    ),
    ("POST", "/api/marketplace/v3/click-collect/orders/meta/imei"): (
        "click_collect_orders_set_imei",
        "Attach IMEIs",
        "Attaches IMEIs to several orders; each order answers its own result.",
    ),
    ("POST", "/api/marketplace/v3/click-collect/orders/meta/sgtin"): (
        "click_collect_orders_set_sgtin",
        "Attach marking codes",
        "Attaches marking codes (`sgtins`) to several orders; each order answers its own result.",
    ),
    ("POST", "/api/marketplace/v3/click-collect/orders/meta/uin"): (
        "click_collect_orders_set_uin",
        "Attach UINs",
        "Attaches UINs to several orders; each order answers its own result.",
    ),
    ("POST", "/api/marketplace/v3/click-collect/orders/status/cancel"): (
        "click_collect_orders_cancel",
        "Cancel orders",
        "The seller cancels up to 1000 orders; each order answers its own result. Its own budget of 1 "
        "per second (burst 10).",
    ),
    ("POST", "/api/marketplace/v3/click-collect/orders/status/confirm"): (
        "click_collect_orders_confirm",
        "Confirm orders",
        "Takes up to 1000 new orders into assembly (to `confirm`); each order answers its own result. "
        "Its own budget of 1 per second (burst 10).",
    ),
    ("POST", "/api/marketplace/v3/click-collect/orders/status/info"): (
        "click_collect_orders_status",
        "Order statuses",
        "The statuses (`supplierStatus`, `wbStatus`) of up to 1000 orders, each with its errors. A read "
        "done with POST.",
    ),
    ("POST", "/api/marketplace/v3/click-collect/orders/status/prepare"): (
        "click_collect_orders_prepare",
        "Orders ready at the store",
        "Marks up to 1000 confirmed orders ready for the buyer at the store (`confirm` to `prepare`); "
        "each order answers its own result. Its own budget of 1 per second (burst 10).",
    ),
    ("POST", "/api/marketplace/v3/click-collect/orders/status/receive"): (
        "click_collect_orders_receive",
        "Orders received by the buyer",
        "Marks up to 1000 prepared orders received by the buyer; each order answers its own result. Its "
        "own budget of 1 per second (burst 10).",
    ),
    ("POST", "/api/marketplace/v3/click-collect/orders/status/reject"): (
        "click_collect_orders_reject",
        "Orders rejected by the buyer",
        "Marks up to 1000 prepared orders rejected by the buyer; each order answers its own result. Its "
        "own budget of 1 per second (burst 10).",
    ),
    ("GET", "/api/v3/click-collect/orders"): (
        "click_collect_orders_list",
        "Orders",
        "The history of click & collect orders between `dateFrom` and `dateTo`; paged by `limit` and "
        "the `next` cursor of the previous answer.",
    ),
    ("POST", "/api/v3/click-collect/orders/client"): (
        "click_collect_orders_client",
        "Buyers of orders",
        "The buyer's name and phone for the given orders. A read done with POST.",
    ),
    ("POST", "/api/v3/click-collect/orders/client/identity"): (
        "click_collect_client_identity",
        "Check the buyer's identity",
        "Checks, before handing an order over, that the buyer's `passcode` belongs to the order "
        "(`orderCode`): `ok` says so. A read done with POST; its own budget of 30 per minute.",
    ),
    ("GET", "/api/v3/click-collect/orders/new"): (
        "click_collect_orders_new",
        "New orders",
        "The click & collect orders in the `new` status.",
    ),
    ("POST", "/api/marketplace/v3/click-collect/orders/meta/info"): (
        "click_collect_orders_meta_info",
        "Label identifiers of orders (info)",
        "",
    ),
    ("POST", "/api/v3/click-collect/orders/status"): (
        "click_collect_orders_status_v3",
        "Order statuses (v3)",
        "",
    ),
    ("PATCH", "/api/v3/click-collect/orders/{orderId}/cancel"): (
        "click_collect_order_cancel",
        "Cancel an order",
        "",
    ),
    ("PATCH", "/api/v3/click-collect/orders/{orderId}/confirm"): (
        "click_collect_order_confirm",
        "Confirm an order",
        "",
    ),
    ("DELETE", "/api/v3/click-collect/orders/{orderId}/meta"): (
        "click_collect_order_delete_meta",
        "Delete a label identifier",
        "",
    ),
    ("GET", "/api/v3/click-collect/orders/{orderId}/meta"): (
        "click_collect_order_meta",
        "Label identifiers of an order",
        "",
    ),
    ("PUT", "/api/v3/click-collect/orders/{orderId}/meta/gtin"): (
        "click_collect_order_set_gtin",
        "Attach a GTIN",
        "",
    ),
    ("PUT", "/api/v3/click-collect/orders/{orderId}/meta/imei"): (
        "click_collect_order_set_imei",
        "Attach an IMEI",
        "",
    ),
    ("PUT", "/api/v3/click-collect/orders/{orderId}/meta/sgtin"): (
        "click_collect_order_set_sgtin",
        "Attach marking codes",
        "",
    ),
    ("PUT", "/api/v3/click-collect/orders/{orderId}/meta/uin"): (
        "click_collect_order_set_uin",
        "Attach a UIN",
        "",
    ),
    ("PATCH", "/api/v3/click-collect/orders/{orderId}/prepare"): (
        "click_collect_order_prepare",
        "Order ready at the store",
        "",
    ),
    ("PATCH", "/api/v3/click-collect/orders/{orderId}/receive"): (
        "click_collect_order_receive",
        "Order received by the buyer",
        "",
    ),
    ("PATCH", "/api/v3/click-collect/orders/{orderId}/reject"): (
        "click_collect_order_reject",
        "Order rejected by the buyer",
        "",
    ),
    # common-api: tariffs (group tariffs)
    ("GET", "/api/tariffs/v1/acceptance/coefficients"): (
        "tariffs_acceptance_coefficients",
        "Acceptance coefficients",
        "Acceptance coefficients of WB warehouses for the next 14 days (optionally of the given "
        "`warehouseIDs`).",
    ),
    ("GET", "/api/v1/tariffs/box"): (
        "tariffs_box",
        "Box tariffs",
        "The logistics and storage tariffs for boxes at WB warehouses on a `date`.",
    ),
    ("GET", "/api/v1/tariffs/commission"): (
        "tariffs_commission",
        "Commissions",
        "WB's commission by subject, per sales model. At most 1 per minute.",
    ),
    ("GET", "/api/v1/tariffs/pallet"): (
        "tariffs_pallet",
        "Pallet tariffs",
        "The logistics and storage tariffs for pallets at WB warehouses on a `date`.",
    ),
    ("GET", "/api/v1/tariffs/return"): (
        "tariffs_return",
        "Return tariffs",
        "The tariffs for returning goods to the seller on a `date`.",
    ),
    # the operations WB added to the hosts of the docs (NEW_FILE's `new`)
    ("GET", "/api/content/v1/brands"): (
        "brands_list",
        "Brands",
        "The brands of a subject (`subjectId`); paged by the `next` cursor of the previous answer "
        "(`total` says how many there are).",
    ),
    ("POST", "/api/content/v1/recommendations/list"): (
        "recommendations_list",
        "Product recommendations",
        "The products with their recommendations (the products shown on their cards), filtered by "
        "`subjectIds`, `brandNames` or `search`; paged by `limit` and the `next` cursor. A read done "
        "with POST.",
    ),
    ("POST", "/api/content/v1/recommendations/set"): (
        "recommendations_set",
        "Set product recommendations",
        "Sets the recommendations (up to 20 products, with their `sort`) of up to 5000 products, added "
        "to the current ones or replacing them (`replace`); `errors` lists what was not set. 208: the "
        "same recommendations are already set.",
    ),
    ("POST", "/api/discounts-prices/v1/upload/task/b2b/wholesale"): (
        "set_b2b_wholesale_discounts",
        "Set wholesale discounts",
        "Uploads the wholesale (B2B) discount levels (`minQuantity`, `wholesaleDiscount`, `level`) of "
        "up to 1000 products as an upload task (`id`), with a result per product. 208: the same task "
        "already exists.",
    ),
    ("POST", "/api/v2/list/goods/filter"): (
        "get_products_with_prices_by_nm_ids",
        "Get products with prices by nmIDs",
        "The prices, discounts and sizes of the given products (`nmList`: 1 to 1000 nmIDs). A read "
        "done with POST; the GET of the same path lists them page by page.",
    ),
    ("GET", "/api/v1/seller-info"): (
        "seller_info",
        "Seller information",
        "The seller's name, ID (`sid`), taxpayer number (`tin`) and trade mark.",
    ),
    ("GET", "/api/common/v1/rating"): (
        "seller_rating",
        "Seller rating",
        "The seller's rating (`valuation`) and the number of feedbacks it rests on. Served by "
        "feedbacks-api.wildberries.ru; a token of the Feedbacks category.",
    ),
    ("GET", "/api/common/v1/subscriptions"): (
        "jam_subscription",
        "Jam subscription",
        "The seller's Jam subscription: state, level, how it was activated, since and till when.",
    ),
    ("GET", "/api/common/v1/tariff-constructor/options"): (
        "tariff_constructor_options",
        "Tariff options",
        "The seller's tariff options and packages (the tariff constructor) and the commission rate they "
        "make.",
    ),
    ("POST", "/api/v1/invite"): (
        "user_invite",
        "Invite a user",
        "Invites a user to the seller account by phone number, with the access rights given "
        "(`access[].code`); answers the invitation's link. Served by "
        "user-management-api.wildberries.ru; a token of the Users category.",
    ),
    ("GET", "/api/v1/users"): (
        "users_list",
        "Users",
        "The users of the seller account, or the invited ones (`isInviteOnly`); paged by `limit` and "
        "`offset`. Served by user-management-api.wildberries.ru; a token of the Users category.",
    ),
    ("PUT", "/api/v1/users/access"): (
        "users_access_update",
        "Change users' access rights",
        "Changes the access rights of users of the seller account. Served by "
        "user-management-api.wildberries.ru; a token of the Users category.",
    ),
    ("DELETE", "/api/v1/user"): (
        "user_delete",
        "Delete a user",
        "Removes a user (`deletedUserID`) from the seller account. Served by "
        "user-management-api.wildberries.ru; a token of the Users category.",
    ),
    ("GET", "/api/v3/dbw/warehouses/{warehouseId}/contacts"): (
        "get_dbw_warehouse_contacts",
        "Get DBW warehouse contacts",
        "The contacts (phone, comment) of a DBW warehouse of the seller, for the courier.",
    ),
    ("PUT", "/api/v3/dbw/warehouses/{warehouseId}/contacts"): (
        "update_dbw_warehouse_contacts",
        "Update DBW warehouse contacts",
        "Replaces the contacts (up to 5: phone, comment) of a DBW warehouse of the seller.",
    ),
}

# POSTs WB lets a read-only token call (the facts' read_only_method) that create or restart a
# task: a read for the token check (x-wb-read), but not documented as safe to repeat.
NOT_IDEMPOTENT_READS = {
    ("POST", "/api/v2/nm-report/downloads"),
    ("POST", "/api/v2/nm-report/downloads/retry"),
}

# request bodies whose oneOf variants overlap (one body fits several): anyOf, same meaning
ANY_OF_BODIES = {("POST", "/api/v2/nm-report/downloads")}

# a shared bucket of limits.tsv -> our bucket name (`own` is <spec>.<operationId>)
BUCKETS = {"feedbacks-questions-category": "feedbacks"}

ERRORS: dict[str, tuple[str, str]] = {
    "400": ("BadRequest", "Bad request."),
    "401": ("Unauthorized", "Missing, invalid or expired token, or a token of another category."),
    "402": ("PaymentRequired", "Payment required (WB: insufficient balance of a paid service)."),
    "403": ("Forbidden", "Access denied."),
    "404": ("NotFound", "Not found."),
    "409": ("Conflict", "The request contradicts the current state."),
    "413": ("PayloadTooLarge", "The request body is too large."),
    "422": ("UnprocessableEntity", "The request could not be processed."),
    "429": ("TooManyRequests", "Rate limit exceeded; wait X-Ratelimit-Retry seconds."),
    "451": ("UnavailableForLegalReasons", "Unavailable for legal reasons."),
}
# The specs the drafts merge into keep their own error responses: status -> the response's name
# (defined by MERGE_ERROR_BODY where the spec lacks it). The facts give no error bodies: a response
# the merge adds says so (x-wb-uncertain) and takes the category's error shape.
MERGE_ERRORS: dict[str, dict[str, str]] = {
    "marketplace": {
        "400": "BadRequest",
        "402": "PaymentRequired",
        "403": "AccessDenied",
        "404": "NotFound",
        "409": "Conflict",
    },
    **{
        spec: {"400": "ProblemBadRequest", "402": "PaymentRequired", "403": "Forbidden", "404": "NotFound"}
        for spec in ("general", "content", "prices")
    },
}
for _errors in MERGE_ERRORS.values():
    _errors.update({"401": "Unauthorized", "429": "TooManyRequests"})
# per operation: the errors of the family it belongs to (the GET of the same path answers them)
ERROR_OVERRIDES: dict[tuple[str, str], dict[str, str]] = {
    ("POST", "/api/v2/list/goods/filter"): {"400": "PricesBadRequest", "403": "PricesForbidden"},
}
MERGE_ERROR_BODY = {  # the schema of an error response the merge adds, per spec
    "marketplace": "MarketplaceError",  # the Marketplace category's {code, message}
    "general": "ProblemError",
    "content": "ProblemError",
    "prices": "ProblemError",
}
# what one 4xx answer of a retired operation of the spec costs (limits.tsv has no row for it; WB
# states the rule for every method of the Marketplace groups)
RETIRED_4XX_COST = {"marketplace": 10}
REMOVED_NOT_FOUND = {  # CONVENTIONS.md, "When WB removed an operation"
    "description": "WB removed the operation (x-wb-removed): it answers 404 like any path it does not serve.",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ProblemError"}}},
}
SUCCESS_DESCRIPTIONS = {
    "200": "Success.",
    "201": "Created.",
    "202": "Accepted: not ready yet.",
    "204": "No content.",
    "208": "Already reported: the same request was carried out before.",
}

PROBLEM_ERROR = {
    "type": "object",
    "description": "WB's problem-style error (application/json or application/problem+json).",
    "properties": {
        "title": {"type": "string", "description": "Short error title."},
        "detail": {"type": "string", "description": "Error details."},
        "code": {"type": "string", "description": "Internal error code."},
        "requestId": {"type": "string", "description": "Unique request ID."},
        "origin": {"type": "string", "description": "ID of the WB internal service that answered."},
        "status": {"type": "integer", "description": "HTTP status code."},
        "statusText": {"type": "string", "description": "HTTP status text."},
        "timestamp": {"type": "string", "description": "Request time (RFC 3339)."},
    },
}
SECURITY_SCHEME = {
    "type": "apiKey",
    "in": "header",
    "name": "Authorization",
    "description": 'Seller API token, sent as is (no "Bearer" prefix).',
}


# --- reading the facts -------------------------------------------------------------------------
def load_facts(facts_dir: Path = FACTS_DIR) -> tuple[dict[str, Any], list[dict[str, str]]]:
    """The groups' facts (with `new`: NEW_FILE's operations WB added to the groups of the docs) and
    the limit rows of both files."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    ops = yaml.load((facts_dir / FACTS / "operations.yaml").read_text(encoding="utf-8"), Loader=loader)
    limits = []
    for name in (FACTS, NEW_FACTS):
        with open(facts_dir / name / "limits.tsv", encoding="utf-8", newline="") as f:
            limits += [
                {**r, "_file": f"wb-facts/{name}/limits.tsv"} for r in csv.DictReader(f, delimiter="\t")
            ]
    new_file = facts_dir / NEW_FACTS / "operations.yaml"
    new = yaml.load(new_file.read_text(encoding="utf-8"), Loader=loader) if new_file.is_file() else {}
    ops["new"] = (new or {}).get("new") or {}
    return ops, limits


def entries(spec: str, facts: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(current operations, retired ones) of the spec's host, in the facts' order."""
    host = HOSTS[spec]["host"]
    current = [
        e for g in HOSTS[spec]["groups"] for e in facts["groups"].get(g, []) if host in (e.get("host") or [])
    ]
    # NEW_FILE's operations of the spec's groups of the docs, whatever their host (the general
    # group's rating and user management are served by other hosts: their own `servers`)
    current += [
        {**e, "_new": True} for g in HOSTS[spec].get("new", []) for e in facts.get("new", {}).get(g, [])
    ]
    retired = [
        e
        for e in facts.get("retired", [])
        if e["group"] in HOSTS[spec]["groups"] and _retired_host(e) == host
    ]
    return current, retired


def _retired_host(entry: dict[str, Any]) -> str:
    """The host a retired operation belongs to: seller-analytics-api where the facts list it
    beside statistics-api (banned-products/shadowed moved there before it went)."""
    hosts = list(entry.get("host") or [])
    if "seller-analytics-api.wildberries.ru" in hosts:
        return "seller-analytics-api.wildberries.ru"
    return hosts[0]


def current_successors(
    op: str, facts: dict[str, Any], seen: frozenset[str] = frozenset()
) -> tuple[list[str], list[str]]:
    """(the current operations replacing `op` ("METHOD path"), the retired ones on the way): a
    successor WB retired too is followed to its own successors."""
    retired = {f"{e['method']} {e['path']}": e for e in facts.get("retired", [])}
    if op not in retired or op in seen:
        return [op], []
    found: list[str] = []
    via: list[str] = []
    for s in retired[op].get("successors") or []:
        if s in retired:
            more, more_via = current_successors(s, facts, seen | {op})
            found += more
            via += [s, *more_via]
        else:
            found.append(s)
    return list(dict.fromkeys(found)), list(dict.fromkeys(via))


def spec_of(method: str, path: str, facts: dict[str, Any]) -> str | None:
    """Which of our specs holds an operation of the facts (current or retired), by its host."""
    for e in [x for g in facts["groups"].values() for x in g] + list(facts.get("retired", [])):
        if (e["method"], e["path"]) == (method, path):
            host = _retired_host(e) if "removed_by" in e else e["host"][0]
            return next((s for s, h in HOSTS.items() if h["host"] == host), None)
    return None


# --- schemas ------------------------------------------------------------------------------------
INT_FORMATS = {"int32": "int32", "int64": "int64", "uint32": "int64", "uint64": "int64", "uint": "int64"}
NUMBER_FORMATS = {"float": "float", "float32": "float", "double": "double", "float64": "double"}
DROP = {"title"}


def schema(node: Any, side: str, where: str = "") -> Any:
    """A facts schema in our conventions; side is "request", "response" or "param"."""
    if not isinstance(node, dict):
        return node
    if not node:
        return {"x-wb-uncertain": "the facts give this value no type: any value is taken"}
    if node.get("x-truncated-in-copy"):
        return {
            "type": "object",
            "additionalProperties": True,
            "x-wb-uncertain": "WB's newest copy (MissiaL/wildberries-api@6f56592, 2026-08-19) cuts this "
            "schema at depth and no fuller copy has it: any object is taken",
        }
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in DROP or (key == "nullable" and value is False):
            continue
        if key == "format":
            fmt = _format(node.get("type"), str(value), side)
            if fmt:
                out["format"] = fmt
        elif key == "enum" and side == "response":
            out["x-wb-enum"] = value
        elif key == "required" and side == "response":
            continue
        elif key == "additionalProperties" and value is False and side == "response":
            continue  # an answer may carry more than WB's reference names
        elif key == "properties":
            out["properties"] = {
                name: schema(sub, side, f"{where}.{name}") for name, sub in (value or {}).items()
            }
        elif key == "items":
            out["items"] = schema(value, side, f"{where}[]")
        elif key in ("oneOf", "anyOf", "allOf"):
            out[key] = [schema(v, side, where) for v in value]
        else:
            out[key] = value
    if side == "response" and _object_variants(out):
        # WB's variants of an answer (the commission tariffs per country) overlap: one answer fits
        # several, which a oneOf refuses; every field is optional in an answer, so one object with
        # all the variants' fields takes each of them
        variants = out.pop("oneOf", None) or out.pop("anyOf")
        merged = _merge_objects(variants)
        merged["description"] = (
            f"WB's reference gives {len(variants)} variants of this object (oneOf); merged here into one "
            "object with the fields of all of them, each optional."
        )
        out = {**merged, **out}
    if (
        side != "response"
        and isinstance(out.get("oneOf"), list)
        and not any(
            isinstance(v, dict) and (v.get("type") == "object" or "properties" in v) for v in out["oneOf"]
        )
    ):
        # WB's scalar variants overlap (limit: 1..30 or 1..100): a value in both fits either,
        # which a oneOf refuses; anyOf keeps their meaning
        out["anyOf"] = out.pop("oneOf")
    if out.get("format") == "uuid" and not _is_uuid(out.get("example")):
        out.pop("example", None)  # WB's example is not a UUID (one hex digit short): not kept
    if out.get("type") == "array" and "items" not in out:
        out["items"] = {}
        out["x-wb-uncertain"] = "the facts give this array no item type: any item is taken"
    return out


def _object_variants(node: dict[str, Any]) -> bool:
    variants = node.get("oneOf") or node.get("anyOf")
    return isinstance(variants, list) and all(
        isinstance(v, dict) and v.get("type") == "object" and "properties" in v for v in variants
    )


def _merge_objects(variants: list[dict[str, Any]]) -> dict[str, Any]:
    """One object schema with the properties of all the variants (an object or an array of objects
    named in several merged in turn; otherwise the first variant's schema of a name)."""
    props: dict[str, Any] = {}
    for v in variants:
        for name, sub in (v.get("properties") or {}).items():
            have = props.get(name)
            if have is None:
                props[name] = sub
            elif have.get("type") == sub.get("type") == "object" and "properties" in have:
                props[name] = _merge_objects([have, sub])
            elif (
                have.get("type") == sub.get("type") == "array"
                and (have.get("items") or {}).get("type") == (sub.get("items") or {}).get("type") == "object"
            ):
                props[name] = {**have, "items": _merge_objects([have["items"], sub["items"]])}
    return {"type": "object", "properties": props}


def _is_uuid(value: Any) -> bool:
    if value is None:
        return True
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def _format(kind: Any, fmt: str, side: str) -> str | None:
    if kind == "integer":
        return INT_FORMATS.get(fmt)
    if kind == "number":
        return NUMBER_FORMATS.get(fmt)
    if kind == "string":
        if fmt == "binary":
            return "binary"
        if fmt.lower() == "uuid" and side != "response":
            return "uuid"
        if fmt in ("date", "date-time") and side == "param":
            return fmt  # query dates may carry a format (CONVENTIONS: Parameters)
    return None  # timestamps and dates are plain strings in bodies (WB mixes their forms)


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\W]+", name) if part)


# --- limits ---------------------------------------------------------------------------------------
def _duration(value: str) -> str:
    return value.strip()


def limit_rows(method: str, path: str, host: str, limits: list[dict[str, str]]) -> list[dict[str, str]]:
    sandbox = host.replace(".wildberries.ru", "-sandbox.wildberries.ru")
    return [r for r in limits if r["method"] == method and r["path"] == path and r["host"] in (host, sandbox)]


def ratelimit(spec: str, oid: str, rows: list[dict[str, str]]) -> tuple[dict[str, Any], list[str] | None]:
    """x-wb-ratelimit (the Personal row on top, the others under by-token-type) and the token
    types the rows allow (None: every type)."""
    uncertain: list[str] = []

    def row(r: dict[str, str]) -> dict[str, Any]:
        out: dict[str, Any] = {
            "period": _duration(r["period"]),
            "limit": int(r["limit"]),
            "interval": _duration(r["interval"]),
        }
        if r["burst"]:
            out["burst"] = int(r["burst"])
        else:
            out["burst"] = 1
            uncertain.append(f"WB gives no burst for the {r['token_type']} row: 1 assumed")
        if not r["interval"]:  # WB states only "N per period": one every period / N
            out["interval"] = duration(seconds(r["period"]) / int(r["limit"]))
        return out

    def bucket(r: dict[str, str]) -> str:
        shared = r["shared_bucket"]
        if shared == "own":
            return f"{spec}.{oid}"
        if shared.startswith("sandbox"):
            return f"{spec}-sandbox"
        name = shared.split(":", 1)[0]
        # scripts/apply_limits.py rewrites the limits with its own bucket names (BUCKET_NAMES)
        return BUCKETS.get(name) or BUCKET_NAMES.get(name, name)

    by_type = {r["token_type"]: r for r in rows}
    # an operation for some token types only (a service token's rating): its first row on top
    top_row = (
        by_type.get("personal")
        or by_type.get("all")
        or next((by_type[t] for t in TOKEN_TYPES if t in by_type), None)
    )
    if top_row is None:
        raise SystemExit(f"{spec}.{oid}: no row in limits.tsv")
    top = {**row(top_row), "bucket": bucket(top_row)}
    others: dict[str, Any] = {}
    for token_type in (*TOKEN_TYPES[1:], "test"):
        r = by_type.get(token_type)
        if r is None:
            continue
        entry = row(r)
        if bucket(r) != top["bucket"]:
            entry["bucket"] = bucket(r)
        others[token_type] = Flow(entry)
    if others:
        top["by-token-type"] = others
    top["x-wb-source"] = top_row.get("_file", LIMITS_FILE)
    if "test" in by_type and by_type["test"]["shared_bucket"].startswith("sandbox"):
        uncertain.append(
            "the sandbox row: WB states one budget for all methods of this section together "
            "on the sandbox host"
        )
    if uncertain:
        top["x-wb-uncertain"] = "; ".join(dict.fromkeys(uncertain))
    allowed = {a for r in rows for a in r["allowed_token_types"].split(",") if a}
    types = [t for t in TOKEN_TYPES if t in allowed] if allowed else None
    return top, types


# --- operations -----------------------------------------------------------------------------------
def parameter(p: dict[str, Any]) -> dict[str, Any]:
    keys = ("name", "in", "required", "description")
    out: dict[str, Any] = {k: p[k] for k in keys if k in p}
    sch = {k: v for k, v in p.items() if k not in (*keys, "example")}
    out["schema"] = Flow(schema(sch, "param")) if _flat(sch) else schema(sch, "param")
    if "example" in p:
        out["example"] = p["example"]
    return out


def _flat(d: dict[str, Any]) -> bool:
    return all(not isinstance(v, dict | list) or (isinstance(v, list) and len(v) <= 8) for v in d.values())


class Builder:
    def __init__(
        self,
        spec: str,
        facts: dict[str, Any],
        limits: list[dict[str, str]],
        existing: dict[str, Any] | None = None,
    ) -> None:
        self.spec = spec
        self.facts = facts
        self.limits = limits
        self.existing = existing  # the hand-written spec the draft merges into (HOSTS[spec]["merge"])
        self.schemas: dict[str, Any] = {"ProblemError": PROBLEM_ERROR}
        # error responses used: name -> (status, definition)
        self.responses: dict[str, tuple[str, dict[str, Any]]] = {}
        for code in ("401", "429"):
            self.error(code, "", "")
        self.tags: dict[str, str] = {}
        self.sandbox: str | None = None
        self.names: dict[str, str] = {}  # operationId -> METHOD path (no duplicates)
        self.removed = False  # a retired operation is in the spec (its 404: RemovedNotFound)

    def name(self, method: str, path: str) -> tuple[str, str, str]:
        if (method, path) not in NAMES:
            raise SystemExit(f"{self.spec}: give {method} {path} an operationId and summary in NAMES")
        oid, summary, *rest = NAMES[(method, path)]
        if oid in self.names:
            raise SystemExit(f"{self.spec}: operationId {oid} twice ({self.names[oid]}, {method} {path})")
        self.names[oid] = f"{method} {path}"
        return oid, summary, rest[0] if rest else ""

    def component(self, name: str, node: dict[str, Any]) -> dict[str, Any]:
        if name in self.schemas:
            raise SystemExit(f"{self.spec}: schema {name} twice")
        self.schemas[name] = node
        return {"$ref": f"#/components/schemas/{name}"}

    def named(self, oid: str, node: Any, side: str) -> Any:
        """A top-level object (or the item of a top-level array) as a named component."""
        if not isinstance(node, dict):
            return node
        suffix = "Request" if side == "request" else "Response"
        if node.get("type") == "object" and node.get("properties"):
            if node.get("nullable"):  # a nullable component trips the generator: nullable where used
                body = {k: v for k, v in node.items() if k != "nullable"}
                return {"nullable": True, "allOf": [self.component(pascal(oid) + suffix, body)]}
            return self.component(pascal(oid) + suffix, node)
        items = node.get("items")
        if node.get("type") == "array" and isinstance(items, dict) and items.get("properties"):
            return {
                **node,
                "items": self.component(
                    pascal(oid) + ("Item" if side == "response" else "RequestItem"), items
                ),
            }
        return node

    def error(self, code: str, method: str, path: str) -> str:
        """The name of the error response of a status (defined once in components.responses)."""
        if self.existing is None:
            if code not in ERRORS:
                raise SystemExit(f"{self.spec}: no error response for status {code}")
            name = ERRORS[code][0]
            self.responses[name] = (code, _error_response(code))
            return name
        names = {**MERGE_ERRORS[self.spec], **ERROR_OVERRIDES.get((method, path), {})}
        if code not in names:
            raise SystemExit(f"{self.spec}: name the error response of status {code} in MERGE_ERRORS")
        name = names[code]
        if name not in (self.existing.get("components") or {}).get("responses", {}):
            self.responses[name] = (code, _merged_error_response(code, MERGE_ERROR_BODY[self.spec]))
        return name

    def section(self, e: dict[str, Any]) -> str:
        """The TAGS key of a facts entry: its wb_section (NEW_SECTIONS for NEW_FILE's)."""
        if e.get("_new"):
            return NEW_SECTIONS[(e["method"], e["path"])]
        return SECTION_TAGS.get(e["wb_section"], e["wb_section"])

    def category(self, e: dict[str, Any]) -> str:
        """The token category: the host's, or for NEW_FILE's operations the one the facts state
        (the general group's rating needs Feedbacks, its user management Users)."""
        if not e.get("_new"):
            return str(HOSTS[self.spec]["category"])
        told = str(e.get("token_category") or "")
        m = re.search(r"s bit (\d+)", told)
        if m:
            return CATEGORY_OF_BIT[int(m.group(1))]
        if told.startswith("common"):
            return "common"
        if told in CATEGORY_OF_BIT.values():
            return told
        raise SystemExit(f"{self.spec}: token category {told!r} of {e['method']} {e['path']} unknown")

    def tag(self, section: str) -> str:
        if section not in TAGS:
            raise SystemExit(f"{self.spec}: give the wb_section {section!r} a tag in TAGS")
        tag, about = TAGS[section]
        self.tags.setdefault(tag, about)
        return tag

    def operation(self, e: dict[str, Any]) -> dict[str, Any]:
        method, path = e["method"], e["path"]
        oid, summary, about = self.name(method, path)
        group = e["group"]
        op: dict[str, Any] = {"operationId": oid, "summary": summary}
        rows = limit_rows(method, path, e["host"][0], self.limits)
        rl, types = ratelimit(self.spec, oid, rows)
        notes = [about] if about else []
        if types:
            notes.append(f"Token types: {', '.join(types)} only (limits.tsv).")
        disabled = e.get("temporarily_disabled")
        if disabled:
            notes.append(
                f"WB marks it temporarily disabled (release note {disabled.get('release_note')}, "
                f"{disabled.get('stated_in')}): it may answer an error until WB turns it on again."
            )
        if e.get("presence", "").startswith("M") and "only" in e.get("presence", ""):
            notes.append(
                "New in WB's reference of 2026-08-19: its schemas come from a copy that cuts them at depth "
                "(a cut part takes any object)."
            )
        hint = e.get("response_component_in_M")
        if isinstance(hint, dict):
            fields = ", ".join((hint.get("schema") or {}).get("properties") or {})
            notes.append(
                f"That copy still names a component {hint.get('name')} ({fields}) without saying where "
                "it sits in the answer: the answer is taken as any object."
            )
        if e.get("_new") and e.get("operationId"):
            notes.append(f"WB's operationId: `{e['operationId']}`.")
        op["description"] = " ".join(notes)
        op["tags"] = [self.tag(self.section(e))]
        if e.get("deprecated"):
            op["deprecated"] = True
        host = e["host"][0]
        if host != HOSTS[self.spec]["host"]:  # served by another host than the spec's
            op["servers"] = [{"url": f"https://{host}", "description": "production"}]
        op["x-wb-category"] = self.category(e)
        if e.get("_new"):
            op["x-wb-source"] = [f"{NEW_FILE}: new"]
            op["x-wb-changes"] = [NEW_CHANGE_ID.format(spec=self.spec)]
        else:
            op["x-wb-source"] = [f"{OPS_FILE}: {group} {method} {path}"]
            op["x-wb-changes"] = [CHANGE_ID.format(spec=self.spec)]
        if e.get("operationId"):
            op["x-wb-operation-id"] = e["operationId"]
        if disabled:
            since = str(disabled.get("stated_in", ""))
            m = re.search(r"\((\d{4}-\d{2}-\d{2})\)", since)
            op["x-wb-temporarily-disabled"] = {
                "since": m.group(1) if m else "2026-08-19",
                "note": f"WB marks it temporarily disabled (release note {disabled.get('release_note')}); "
                f"stated in {since}",
            }
        if self.sandbox and not e.get("sandbox_host"):
            op["x-wb-sandbox"] = False
        if method != "GET" and e.get("read_only_method"):
            op["x-wb-read"] = True
            op["x-wb-idempotent"] = (method, path) not in NOT_IDEMPOTENT_READS
        op["x-wb-ratelimit"] = rl
        if types:
            op["x-wb-token-types"] = types
        params = [parameter(p) for p in e.get("parameters") or []]
        if params:
            op["parameters"] = params
        body = e.get("request_body")
        if body:
            op["requestBody"] = self.request_body(oid, method, path, body)
        op["responses"] = self.answers(oid, e)
        return op

    def request_body(self, oid: str, method: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
        content: dict[str, Any] = {}
        for ctype, sch in body["content"].items():
            node = schema(sch, "request")
            for combo in ("oneOf", "anyOf"):
                if combo in node:  # each variant a component of its own (the generator names them)
                    node[combo] = [
                        self.component(
                            f"{pascal(oid)}RequestVariant{i}", {**variant, "description": _variant(variant)}
                        )
                        if variant.get("type") == "object"
                        else variant
                        for i, variant in enumerate(node[combo], 1)
                    ]
            if (method, path) in ANY_OF_BODIES and "oneOf" in node:
                # WB's variants (oneOf in its reference) overlap: a body fits several, which a
                # oneOf refuses; anyOf keeps their meaning (reportType tells them apart)
                node["anyOf"] = node.pop("oneOf")
            content[ctype] = {"schema": self.named(oid, node, "request")}
        return {"required": bool(body.get("required")), "content": content}

    def answers(self, oid: str, e: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for code, resp in (e.get("responses") or {}).items():
            code = str(code)
            entry: dict[str, Any] = {"description": SUCCESS_DESCRIPTIONS.get(code, "Success.")}
            content = {}
            for ctype, sch in (resp.get("content") or {}).items():
                node = schema(sch, "response")
                if ctype == "application/json" and code == "200":
                    node = self.named(oid, node, "response")
                elif ctype == "application/json" and code != "200":
                    node = self.named(oid + f"_{code}", node, "response")
                content[ctype] = {"schema": node}
            if content:
                entry["content"] = content
            out[code] = entry
        for code in sorted({*map(str, e.get("error_statuses") or []), "401", "429"}):
            name = self.error(code, e["method"], e["path"])
            out[code] = {"$ref": f"#/components/responses/{name}"}
        return dict(sorted(out.items()))

    def retired(self, e: dict[str, Any]) -> dict[str, Any]:
        method, path = e["method"], e["path"]
        oid, summary, about = self.name(method, path)
        successors = []
        pending = []
        via: list[str] = []  # successors WB retired too: their own successors replace them
        for named in e.get("successors") or []:
            found, through = current_successors(named, self.facts)
            via += through
            for s in found:
                s_method, s_path = s.split(" ", 1)
                spec = spec_of(s_method, s_path, self.facts)
                if spec is None or spec not in HOSTS or (s_method, s_path) not in NAMES:
                    pending.append(s)  # in a spec this script does not write (yet)
                else:
                    successors.append(f"{spec}.{NAMES[(s_method, s_path)][0]}")
        dep = e.get("deprecation") or {}
        told = [
            f"WB removed it: deprecated since {e.get('deprecated_since')}"
            + (f" (release note {dep['release_note']})" if dep.get("release_note") else "")
            + (f", removal planned for {dep['planned_removal']}" if dep.get("planned_removal") else "")
            + f"; last seen {e['last_seen']}, gone by {e['removed_by']}."
        ]
        basis = {
            "link": "WB's deprecation note links it",
            "date": "inferred: it appeared when this one was deprecated",
            "family": "inferred from the operation family",
        }.get(str(e.get("successor_basis")), str(e.get("successor_basis")))
        if e.get("successors"):
            told.append(f"Use {', '.join(e['successors'])} instead ({basis}).")
            if via:
                now = current_successors(f"{method} {path}", self.facts)[0]
                told.append(f"WB retired {', '.join(via)} too: use {', '.join(now)}.")
        else:
            told.append("WB names no successor.")
        op: dict[str, Any] = {
            "operationId": oid,
            "summary": summary,
            "description": " ".join([about, *told]).strip(),
            "tags": [self.tag(_retired_section(e, self.facts))],
            "deprecated": True,
            "x-wb-category": HOSTS[self.spec]["category"],
            "x-wb-source": [f"{OPS_FILE}: retired {method} {path}"],
            "x-wb-changes": [CHANGE_ID.format(spec=self.spec)],
        }
        note = {
            "link": "successors stated by WB (a link in its deprecation note)",
            "date": "successors inferred: the new operation appeared in the copy where this one was "
            "first deprecated",
            "family": "successors inferred from the operation family",
        }.get(str(e.get("successor_basis")), f"successor basis: {e.get('successor_basis')}")
        if via:
            note += f"; {', '.join(via)} (a successor WB retired too) is followed to its own successors"
        if pending:
            note += f"; {', '.join(pending)} is not in these specs yet (issue 23: its group is pending)"
        op["x-wb-removed"] = {
            "date": str(e["removed_by"]),
            "last_seen": str(e["last_seen"]),
            "successors": successors,
            "source": f"{OPS_FILE}: retired (last seen in {e['last_seen_source']}, gone from "
            f"{e['removed_by_source']})",
            "note": note,
        }
        if e.get("operationId"):
            op["x-wb-operation-id"] = e["operationId"]
        if self.sandbox:
            op["x-wb-sandbox"] = False
        op["x-wb-ratelimit"] = {
            "period": "1m",
            "limit": 1,
            "interval": "1m",
            "burst": 1,
            "bucket": f"{self.spec}.{oid}",
            "x-wb-uncertain": "WB removed the operation: limits.tsv has no row for it; one a minute assumed",
        }
        if self.spec in RETIRED_4XX_COST:
            op["x-wb-4xx-cost"] = RETIRED_4XX_COST[self.spec]
        params = []
        for p in e.get("parameters_last_seen") or []:
            where, name, kind = p.split(":", 2)
            required = kind.endswith("*")
            params.append(
                {"name": name, "in": where, "required": required, "schema": Flow({"type": kind.rstrip("*")})}
            )
        for name in re.findall(r"\{(\w+)\}", path):  # a path parameter the facts did not keep
            if not any(p["name"] == name and p["in"] == "path" for p in params):
                params.append(
                    {
                        "name": name,
                        "in": "path",
                        "required": True,
                        "schema": Flow({"type": _path_param_type(name, e["group"], self.facts)}),
                        "x-wb-uncertain": "the facts keep no parameters of this retired operation: the type "
                        "is that of the same path parameter in the group's current operations",
                    }
                )
        if params:
            op["parameters"] = params
        op["responses"] = {
            "200": {
                "description": "Success (as the last copy had it; WB no longer serves it).",
                "content": {
                    "application/json": {
                        "schema": {
                            "x-wb-uncertain": "WB removed the operation; the facts keep only its parameters: "
                            "any JSON is taken",
                        }
                    }
                },
            },
            "401": {"$ref": "#/components/responses/Unauthorized"},
            "404": {"$ref": "#/components/responses/RemovedNotFound"},
            "429": {"$ref": "#/components/responses/TooManyRequests"},
        }
        self.removed = True
        return op

    def build(self) -> dict[str, Any]:
        current, retired = entries(self.spec, self.facts)
        sandboxes = {h for e in current for h in e.get("sandbox_host") or []}
        self.sandbox = sorted(sandboxes)[0] if sandboxes else None
        if self.existing is not None:  # the spec's own servers say whether it has a sandbox
            urls = [
                s["url"]
                for s in self.existing.get("servers", [])[1:]
                if "sandbox" in s.get("description", "")
            ]
            self.sandbox = urls[0].removeprefix("https://") if urls else None
        paths: dict[str, dict[str, Any]] = {}
        for e in current:
            paths.setdefault(e["path"], {})[e["method"].lower()] = self.operation(e)
        for e in retired:
            paths.setdefault(e["path"], {})[e["method"].lower()] = self.retired(e)
        info = HOSTS[self.spec]
        servers = [{"url": f"https://{info['host']}", "description": "production"}]
        if self.sandbox:
            servers.append({"url": f"https://{self.sandbox}", "description": "sandbox"})
        groups = ", ".join(info["groups"])
        spec: dict[str, Any] = {
            "openapi": "3.0.3",
            "info": {
                "title": info.get("title", ""),
                "version": "1.0.0",
                "description": Literal(
                    f"{info.get('about', '')}\n\nDrafted by scripts/draft_from_facts.py from {OPS_FILE} "
                    f"(groups: {groups}) "
                    f"and {LIMITS_FILE}: WB's reference as of 2026-08-19 (presence, limits) and "
                    "2026-07-23 (schemas). The facts carry no WB prose: the descriptions are ours.\n"
                ),
            },
            "servers": servers,
            "security": [{"HeaderApiKey": []}],
            "tags": [{"name": t, "description": d} for t, d in self.tags.items()],
            "paths": paths,
            "components": {
                "securitySchemes": {"HeaderApiKey": SECURITY_SCHEME},
                "responses": {
                    **{
                        name: definition
                        for name, (_, definition) in sorted(
                            self.responses.items(), key=lambda kv: (kv[1][0], kv[0])
                        )
                    },
                    **({"RemovedNotFound": REMOVED_NOT_FOUND} if self.removed else {}),
                },
                "schemas": self.schemas,
            },
        }
        return spec


def _path_param_type(name: str, group: str, facts: dict[str, Any]) -> str:
    for e in facts["groups"].get(group, []):
        for p in e.get("parameters") or []:
            if p.get("in") == "path" and p.get("name") == name and p.get("type"):
                return str(p["type"])
    return "string"


def _variant(node: dict[str, Any]) -> str:
    """What tells a body variant apart: its required fields (and those of its params)."""
    required = list(node.get("required") or [])
    params = (node.get("properties") or {}).get("params") or {}
    inner = list(params.get("properties") or {})
    text = f"One of WB's body variants: required {', '.join(required) or 'nothing'}"
    return text + (f"; params {', '.join(inner)}." if inner else ".")


def _retired_section(e: dict[str, Any], facts: dict[str, Any]) -> str:
    """A retired operation's tag: that of its first successor's section, else of its group."""
    if e["path"] not in RETIRED_SECTIONS:
        for s in current_successors(f"{e['method']} {e['path']}", facts)[0]:
            for entry in (x for group in facts["groups"].values() for x in group):
                if f"{entry['method']} {entry['path']}" == s:
                    return SECTION_TAGS.get(entry["wb_section"], entry["wb_section"])
    return RETIRED_SECTIONS[e["path"]]


RETIRED_SECTIONS = {
    "/api/v1/acceptance/coefficients": "informationForFormingSupplies",
    "/api/v1/supplier/incomes": "mainReports",
    "/api/v1/supplier/stocks": "mainReports",
    "/api/v5/supplier/reportDetailByPeriod": "financialReports",
    "/api/analytics/v1/item-rating": "itemRating",
    "/api/v1/analytics/banned-products/shadowed": "blockedItems",
    "/api/v1/analytics/characteristics-change": "retentionReports",
    "/api/v1/analytics/incorrect-attachments": "retentionReports",
    "/api/v1/analytics/warehouse-measurements": "retentionReports",
}


def _merged_error_response(code: str, body: str) -> dict[str, Any]:
    """An error response the merge adds to a spec written from the docs: the category's shape,
    which the facts do not state."""
    return {
        "description": ERRORS[code][1],
        "x-wb-uncertain": f"the facts list the status without its body: the category's {body} is assumed",
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{body}"}}},
    }


def _error_response(code: str) -> dict[str, Any]:
    about = ERRORS[code][1]
    out: dict[str, Any] = {"description": about}
    if code == "429":
        out["headers"] = {
            "X-Ratelimit-Retry": {
                "description": "Seconds to wait before retrying.",
                "schema": {"type": "integer"},
            },
            "X-Ratelimit-Reset": {
                "description": "Seconds until the burst is fully restored.",
                "schema": {"type": "integer"},
            },
            "X-Ratelimit-Limit": {"description": "The maximum burst.", "schema": {"type": "integer"}},
        }
    out["content"] = {"application/json": {"schema": {"$ref": "#/components/schemas/ProblemError"}}}
    return out


# --- YAML out -------------------------------------------------------------------------------------
class Flow(dict):  # type: ignore[type-arg]
    """A mapping written on one line ({period: 1m, limit: 1, ...})."""


class FlowList(list):  # type: ignore[type-arg]
    pass


class Literal(str):
    """A string written as a block (|)."""


class Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # list items indented under their key, as in specs/


def _flowable(node: Any) -> bool:
    if isinstance(node, dict):
        return len(node) <= 6 and all(not isinstance(v, dict | list) or _small_list(v) for v in node.values())
    return False


def _small_list(v: Any) -> bool:
    return isinstance(v, list) and len(v) <= 12 and all(isinstance(x, str | int | float | bool) for x in v)


def _repr_dict(dumper: yaml.SafeDumper, data: dict[str, Any]) -> Any:
    flow = isinstance(data, Flow) or (_flowable(data) and len(str(data)) < 90 and "properties" not in data)
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=flow)


def _repr_list(dumper: yaml.SafeDumper, data: list[Any]) -> Any:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=_small_list(data))


def _repr_literal(dumper: yaml.SafeDumper, data: str) -> Any:
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")


Dumper.add_representer(dict, _repr_dict)
Dumper.add_representer(Flow, _repr_dict)
Dumper.add_representer(list, _repr_list)
Dumper.add_representer(FlowList, _repr_list)
Dumper.add_representer(Literal, _repr_literal)


def dump(spec: dict[str, Any]) -> str:
    head = (
        "# Drafted by scripts/draft_from_facts.py from ../shared/wb-facts/2026-08-groups (see its\n"
        "# docstring); curated there (names, summaries, descriptions) and by hand here.\n"
    )
    return head + yaml.dump(spec, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=110)


def draft(spec: str, facts_dir: Path = FACTS_DIR, specs_dir: Path = ROOT / "specs") -> str:
    """The spec's text: drafted whole, or (HOSTS[spec]["merge"]) the spec written from the docs
    with what the draft adds to it."""
    facts, limits = load_facts(facts_dir)
    if HOSTS[spec].get("merge"):
        text = (specs_dir / f"{spec}.yaml").read_text(encoding="utf-8")
        return merge(spec, text, Builder(spec, facts, limits, yaml.safe_load(text)).build())
    return dump(Builder(spec, facts, limits).build())


# --- merging into a spec written from the docs ----------------------------------------------------
SHARED_COMPONENTS = {"ProblemError", "MarketplaceError"}  # specs/shared/components.yaml: the spec's stay


def merge(spec: str, text: str, drafted: dict[str, Any]) -> str:
    """The hand-written spec's text with what the draft adds to it: the operations it lacks (under
    their path if it has the path, else as new paths at the end of `paths`), their tags and the
    components they use, each at the end of its section. Nothing already there changes; running it
    again adds nothing."""
    existing = yaml.safe_load(text)
    have_paths = existing.get("paths") or {}
    added: dict[str, dict[str, Any]] = {}
    for path, item in drafted["paths"].items():
        for method, op in item.items():
            if method not in (have_paths.get(path) or {}):
                added.setdefault(path, {})[method] = op
    if not added:
        return text
    have = existing.get("components") or {}
    new_components: dict[str, dict[str, Any]] = {}
    for section, name in _refs(added, drafted["components"]):
        theirs = drafted["components"].get(section, {}).get(name)
        mine = (have.get(section) or {}).get(name)
        if theirs is None and mine is None:
            raise SystemExit(f"{spec}: components.{section}.{name} is used but defined nowhere")
        if theirs is None:
            continue
        if mine is None:
            new_components.setdefault(section, {})[name] = theirs
        elif name not in SHARED_COMPONENTS and _plain(mine) != _plain(theirs):
            raise SystemExit(
                f"{spec}: components.{section}.{name} is the spec's already: name the draft's otherwise"
            )
    used = {t for item in added.values() for op in item.values() for t in op.get("tags") or []}
    have_tags = {t["name"] for t in existing.get("tags") or []}
    new_tags = [t for t in drafted["tags"] if t["name"] in used and t["name"] not in have_tags]
    lines = text.split("\n")
    inserts: list[tuple[int, list[str]]] = []
    start, end = _section(lines, 0, len(lines), r"paths", 0)
    new_paths = {}
    for path, methods in added.items():
        if path in have_paths:
            inserts.append((_section(lines, start, end, re.escape(path), 2)[1], _dump(methods, 4)))
        else:
            new_paths[path] = methods
    if new_paths:
        inserts.append((end, _dump(new_paths, 2)))
    if new_tags:
        inserts.append((_section(lines, 0, len(lines), "tags", 0)[1], _dump(new_tags, 2)))
    c_start, c_end = _section(lines, 0, len(lines), "components", 0)
    for section, defined in new_components.items():
        try:
            inserts.append((_section(lines, c_start, c_end, section, 2)[1], _dump(defined, 4)))
        except LookupError:
            inserts.append((c_end, [f"  {section}:", *_dump(defined, 4)]))
    for at, block in sorted(inserts, key=lambda x: x[0], reverse=True):
        lines[at:at] = block
    out = "\n".join(lines)
    merged = yaml.safe_load(out)  # what was there is unchanged, what was added reads back as drafted
    for path, item in have_paths.items():
        for key, value in item.items():
            if _plain(merged["paths"][path][key]) != _plain(value):
                raise SystemExit(f"{spec}: merging changed {key} {path}")
    for path, item in added.items():
        for method, op in item.items():
            if _plain(merged["paths"][path][method]) != _plain(op):
                raise SystemExit(f"{spec}: {method} {path} does not read back as drafted")
    return out


def _section(lines: list[str], start: int, end: int, key: str, indent: int) -> tuple[int, int]:
    """(the line of `key:` at `indent` between start and end, the line after its block without
    the blank lines that end it)."""
    head = re.compile(rf"^ {{{indent}}}['\"]?{key}['\"]?:\s*$")
    for i in range(start, end):
        if head.match(lines[i]):
            j = i + 1
            while j < end and (not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip()) > indent):
                j += 1
            while j > i + 1 and not lines[j - 1].strip():
                j -= 1
            return i, j
    raise LookupError(key)


def _dump(node: Any, indent: int) -> list[str]:
    text = yaml.dump(node, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=110)
    return [" " * indent + line if line else line for line in text.rstrip("\n").split("\n")]


def _refs(node: Any, components: dict[str, Any]) -> list[tuple[str, str]]:
    """(section, name) of every component `node` uses, directly or through other components."""
    found: dict[tuple[str, str], None] = {}

    def walk(x: Any) -> None:
        if isinstance(x, dict):
            ref = x.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                section, name = ref.removeprefix("#/components/").split("/", 1)
                if (section, name) not in found:
                    found[(section, name)] = None
                    if name in components.get(section, {}):  # else the spec's own (merge checks it)
                        walk(components[section][name])
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(node)
    return list(found)


def _plain(node: Any) -> Any:
    """A node as plain YAML data (the dumper's Flow and Literal classes gone)."""
    return yaml.safe_load(yaml.dump(node, Dumper=Dumper))


def main(argv: Iterable[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("spec", nargs="?", choices=sorted(HOSTS))
    parser.add_argument(
        "--write", action="store_true", help="write specs/<spec>.yaml for every spec (or SPEC)"
    )
    parser.add_argument("--list", action="store_true", help="hosts, groups and counts")
    parser.add_argument("--facts", type=Path, default=FACTS_DIR)
    args = parser.parse_args(list(argv))
    if args.list:
        facts, _ = load_facts(args.facts)
        for name in sorted(HOSTS):
            current, retired = entries(name, facts)
            print(
                f"{name}: {HOSTS[name]['host']} groups {HOSTS[name]['groups']}: "
                f"{len(current)} + {len(retired)} retired"
            )
        return 0
    if args.write:
        for name in [args.spec] if args.spec else sorted(HOSTS):
            (ROOT / "specs" / f"{name}.yaml").write_text(draft(name, args.facts), encoding="utf-8")
            print(f"wrote specs/{name}.yaml")
        return 0
    if not args.spec:
        parser.error("name a spec, or --write / --list")
    sys.stdout.write(draft(args.spec, args.facts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
