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

from wbfacts import FACTS_DIR  # noqa: E402

FACTS = "2026-08-groups"
OPS_FILE = f"wb-facts/{FACTS}/operations.yaml"
LIMITS_FILE = f"wb-facts/{FACTS}/limits.tsv"
TOKEN_TYPES = ("personal", "service", "base_with_secret", "base")
# the entry of specs/changes/2026-12-06-groups.yaml that records the spec's operations (`added`)
CHANGE_ID = "wb-groups-{spec}"

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
REMOVED_NOT_FOUND = {  # CONVENTIONS.md, "When WB removed an operation"
    "description": "WB removed the operation (x-wb-removed): it answers 404 like any path it does not serve.",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ProblemError"}}},
}
SUCCESS_DESCRIPTIONS = {"200": "Success.", "202": "Accepted: not ready yet.", "204": "No content."}

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    ops = yaml.load((facts_dir / FACTS / "operations.yaml").read_text(encoding="utf-8"), Loader=loader)
    with open(facts_dir / FACTS / "limits.tsv", encoding="utf-8", newline="") as f:
        limits = list(csv.DictReader(f, delimiter="\t"))
    return ops, limits


def entries(spec: str, facts: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(current operations, retired ones) of the spec's host, in the facts' order."""
    host = HOSTS[spec]["host"]
    current = [
        e for g in HOSTS[spec]["groups"] for e in facts["groups"].get(g, []) if host in (e.get("host") or [])
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
        if not r["interval"]:
            raise SystemExit(f"{spec}.{oid}: a row without interval (compute period/limit here)")
        return out

    def bucket(r: dict[str, str]) -> str:
        shared = r["shared_bucket"]
        if shared == "own":
            return f"{spec}.{oid}"
        if shared.startswith("sandbox"):
            return f"{spec}-sandbox"
        name = shared.split(":", 1)[0]
        if name not in BUCKETS:
            raise SystemExit(f"{spec}.{oid}: name the shared bucket {name!r} in BUCKETS")
        return BUCKETS[name]

    by_type = {r["token_type"]: r for r in rows}
    top_row = by_type.get("personal") or by_type.get("all")
    if top_row is None:
        raise SystemExit(f"{spec}.{oid}: no personal (or all) row in limits.tsv")
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
    top["x-wb-source"] = LIMITS_FILE
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
    def __init__(self, spec: str, facts: dict[str, Any], limits: list[dict[str, str]]) -> None:
        self.spec = spec
        self.facts = facts
        self.limits = limits
        self.schemas: dict[str, Any] = {"ProblemError": PROBLEM_ERROR}
        self.responses: set[str] = {"401", "429"}
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
        op["description"] = " ".join(notes)
        op["tags"] = [self.tag(e["wb_section"])]
        if e.get("deprecated"):
            op["deprecated"] = True
        op["x-wb-category"] = HOSTS[self.spec]["category"]
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
            if code not in ERRORS:
                raise SystemExit(f"{self.spec}.{oid}: no error response for status {code}")
            self.responses.add(code)
            out[code] = {"$ref": f"#/components/responses/{ERRORS[code][0]}"}
        return dict(sorted(out.items()))

    def retired(self, e: dict[str, Any]) -> dict[str, Any]:
        method, path = e["method"], e["path"]
        oid, summary, about = self.name(method, path)
        successors = []
        pending = []
        for s in e.get("successors") or []:
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
        else:
            told.append("WB names no successor.")
        op: dict[str, Any] = {
            "operationId": oid,
            "summary": summary,
            "description": " ".join([about, *told]).strip(),
            "tags": [self.tag(_retired_section(e))],
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
        params = []
        for p in e.get("parameters_last_seen") or []:
            where, name, kind = p.split(":", 2)
            required = kind.endswith("*")
            params.append(
                {"name": name, "in": where, "required": required, "schema": Flow({"type": kind.rstrip("*")})}
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
                "title": info["title"],
                "version": "1.0.0",
                "description": Literal(
                    f"{info['about']}\n\nDrafted by scripts/draft_from_facts.py from {OPS_FILE} "
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
                    **{ERRORS[c][0]: _error_response(c) for c in sorted(self.responses)},
                    **({"RemovedNotFound": REMOVED_NOT_FOUND} if self.removed else {}),
                },
                "schemas": self.schemas,
            },
        }
        return spec


def _variant(node: dict[str, Any]) -> str:
    """What tells a body variant apart: its required fields (and those of its params)."""
    required = list(node.get("required") or [])
    params = (node.get("properties") or {}).get("params") or {}
    inner = list(params.get("properties") or {})
    text = f"One of WB's body variants: required {', '.join(required) or 'nothing'}"
    return text + (f"; params {', '.join(inner)}." if inner else ".")


def _retired_section(e: dict[str, Any]) -> str:
    """A retired operation's tag: that of its first successor's section, else of its group."""
    return {
        "/api/v1/acceptance/coefficients": "informationForFormingSupplies",
        "/api/v1/supplier/incomes": "mainReports",
        "/api/v1/supplier/stocks": "mainReports",
        "/api/v5/supplier/reportDetailByPeriod": "financialReports",
        "/api/analytics/v1/item-rating": "itemRating",
        "/api/v1/analytics/banned-products/shadowed": "blockedItems",
        "/api/v1/analytics/characteristics-change": "retentionReports",
        "/api/v1/analytics/incorrect-attachments": "retentionReports",
        "/api/v1/analytics/warehouse-measurements": "retentionReports",
    }[e["path"]]


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


def draft(spec: str, facts_dir: Path = FACTS_DIR) -> str:
    facts, limits = load_facts(facts_dir)
    return dump(Builder(spec, facts, limits).build())


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
