"""Something of every kind in the stores of the operations added from WB's August 2026 facts, and
the values a request built from an operation's schemas must carry to name them: the stateful
handlers refuse a request naming what does not exist (an unknown task, report, order or supply, a
date that is not one), so a test that wants every operation's 2xx seeds with `seed()` (the new
hosts) and `seed_orders()` (the marketplace orders) and takes the request's path, query and body
values (by the spec's names) from `values_for(op, ids)`."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from wbseller_emulator import Emulator
from wbseller_emulator.handlers.analytics import ACCEPTANCE, PAID_STORAGE, REMAINS, AnalyticsStore
from wbseller_emulator.handlers.base import template
from wbseller_emulator.handlers.chat import ChatStore
from wbseller_emulator.handlers.documents import DocumentsStore
from wbseller_emulator.handlers.feedbacks import FeedbacksStore
from wbseller_emulator.handlers.finance import FinanceStore
from wbseller_emulator.handlers.orders import CC, CONFIRM, DBS, DBW, PREPARE, OrdersStore, step
from wbseller_emulator.handlers.returns import ReturnsStore
from wbseller_emulator.handlers.statistics import StatisticsStore
from wbseller_emulator.handlers.supplies import PLANNED, SuppliesStore

WEEK = (date(2026, 11, 2), date(2026, 11, 8))
WIDE = {"dateFrom": "2020-01-01", "dateTo": "2030-12-31"}


def seed(emu: Emulator) -> dict[str, Any]:
    """Seed the default seller; the ids a request names. Reports are ready at once."""
    emu.settings.update(
        {
            "analytics.task_processing_after": 0.0,
            "analytics.task_done_after": 0.0,
            "analytics.csv_processing_after": 0.0,
            "analytics.csv_done_after": 0.0,
        }
    )
    st = emu.state.default
    st.store(StatisticsStore).seed_orders(5)
    st.store(StatisticsStore).seed_sales(5)
    fin = st.store(FinanceStore)
    doc = st.store(DocumentsStore).add_document("upd")
    fb = st.store(FeedbacksStore)
    [feedback] = fb.seed_feedbacks(1, returnable_every=1)
    [answered] = fb.seed_feedbacks(1, answered_every=1)
    [question] = fb.seed_questions(1)
    chat = st.store(ChatStore)
    one = chat.add_chat()
    an = st.store(AnalyticsStore)
    an.seed_order_feed(3)
    an.seed_csv_failures(1)
    return {
        "sales_report": fin.seed_realization(weeks=2, rows=5)[0],
        "acquiring_report": fin.seed_acquiring(reports=1, rows=5)[0],
        "doc": doc.service_name,
        "feedback": feedback,
        "answered": answered,
        "question": question,
        "reply_sign": one.reply_sign,
        "attachment": chat.add_attachment(one.chat_id, "png").download_id,
        "claim": st.store(ReturnsStore).seed_claims(1)[0],
        "supply": st.store(SuppliesStore).add_supply(PLANNED).supply_id,
        "tasks": {
            kind: an.new_task(kind, [{"nmId": 1}]).task_id for kind in (REMAINS, PAID_STORAGE, ACCEPTANCE)
        },
        "csv_failed": an.new_csv(str(uuid.uuid4()), "DETAIL_HISTORY_REPORT", "r", *WEEK).id,
        "csv_done": an.new_csv(str(uuid.uuid4()), "DETAIL_HISTORY_REPORT", "r", *WEEK).id,
    }


def named(ids: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """{operation key: {"path": {name: value}, "query": {name: value}, "body": the JSON body (or
    the multipart form's fields)}} for the operations whose built request names nothing seeded."""
    finance_body = {**WIDE, "limit": 100}
    tasks = {
        f"analytics.{kind}_{step}": {"path": {"task_id": ids["tasks"][kind]}}
        for kind in (REMAINS, PAID_STORAGE, ACCEPTANCE)
        for step in ("status", "download")
    }
    supply = {"path": {"ID": ids["supply"]}}
    return {
        **tasks,
        "statistics.supplier_orders": {"query": {"dateFrom": "2020-01-01"}},
        "statistics.supplier_sales": {"query": {"dateFrom": "2020-01-01"}},
        "finance.sales_report_detailed": {"body": finance_body},
        "finance.sales_reports_list": {"body": {**WIDE}},
        "finance.acquiring_report_detailed": {"body": finance_body},
        "finance.acquiring_reports_list": {"body": {**WIDE}},
        "finance.sales_report_by_id": {"path": {"reportId": ids["sales_report"]}, "body": {"limit": 100}},
        "finance.acquiring_report_by_id": {
            "path": {"reportId": ids["acquiring_report"]},
            "body": {"limit": 100},
        },
        "documents.document_download": {"query": {"serviceName": ids["doc"], "extension": "pdf"}},
        "documents.documents_download_all": {
            "body": {"params": [{"serviceName": ids["doc"], "extension": "zip"}]}
        },
        "feedbacks.feedback_answer": {"body": {"id": ids["feedback"], "text": "Спасибо за отзыв!"}},
        "feedbacks.feedback_answer_edit": {"body": {"id": ids["answered"], "text": "Спасибо!"}},
        "feedbacks.feedback_by_id": {"query": {"id": ids["feedback"]}},
        "feedbacks.question_by_id": {"query": {"id": ids["question"]}},
        "feedbacks.question_update": {"body": {"id": ids["question"], "wasViewed": True}},
        "feedbacks.feedback_order_return": {"body": {"feedbackId": ids["feedback"]}},
        "chat.chat_send_message": {"body": {"replySign": ids["reply_sign"], "message": "Добрый день"}},
        "chat.chat_attachment_download": {"path": {"id": ids["attachment"]}},
        "returns.claim_answer": {"body": {"id": ids["claim"], "action": "approve1"}},
        "supplies.fbw_supplies_list": {
            "body": {
                "dates": [{"type": "createDate", "from": "2020-01-01", "till": "2030-12-31"}],
                "statusIDs": [PLANNED],
            }
        },
        "supplies.fbw_supply_details": supply,
        "supplies.fbw_supply_goods": supply,
        "supplies.fbw_supply_packages": supply,
        "analytics.nm_report_download_create": {
            "body": {
                "id": str(uuid.uuid4()),
                "reportType": "DETAIL_HISTORY_REPORT",
                "params": {"startDate": "2026-11-01", "endDate": "2026-11-02"},
            }
        },
        "analytics.nm_report_download_retry": {"body": {"downloadId": ids["csv_failed"]}},
        "analytics.nm_report_download_file": {"path": {"downloadId": ids["csv_done"]}},
        "analytics.paid_storage_create": {"query": {"dateFrom": "2026-11-01", "dateTo": "2026-11-03"}},
        "analytics.acceptance_report_create": {"query": {"dateFrom": "2026-11-01", "dateTo": "2026-11-03"}},
    }


def seed_orders(emu: Emulator) -> dict[str, Any]:
    """Orders of every kind in every state a step starts from, an open supply with an order, an
    empty one, a delivered one, and a pass; their ids."""
    st = emu.state.default.store(OrdersStore)
    labels = ["sgtin", "uin", "imei", "gtin", "expiration", "customsDeclaration"]
    new, confirmed, in_supply, delivered = st.seed_fbs_orders(4, optional_meta=labels)
    open_supply, empty, done = (st.new_supply(name) for name in ("open", "empty", "done"))
    st.add_to_supply(open_supply.id, [confirmed])
    st.add_to_supply(done.id, [delivered])
    st.deliver(done.id)
    st.add_to_supply(open_supply.id, [in_supply])
    dbs = st.seed_dbs_orders(1)[0]
    dbw_new, dbw_confirmed = st.seed_dbw_orders(2, optional_meta=["gtin", "imei", "uin", "sgtin"])
    [cc] = st.seed_cc_orders(1)
    for kind, oid, steps in (
        (DBS, dbs, (CONFIRM,)),
        (DBW, dbw_confirmed, (CONFIRM,)),
        (CC, cc, (CONFIRM, PREPARE)),
    ):
        for name in steps:
            step(st, kind, name, oid)
    pass_id = st.add_pass().id  # a pass to change and delete
    cc_order = st.order(cc)
    assert cc_order is not None
    return {
        "new": new,
        "confirmed": confirmed,
        "open_supply": open_supply.id,
        "empty_supply": empty.id,
        "done_supply": done.id,
        "dbs": dbs,
        "dbw_new": dbw_new,
        "dbw_confirmed": dbw_confirmed,
        "cc_code": cc_order.code,
        "cc_passcode": cc_order.passcode,
        "pass": pass_id,
    }


def named_orders(ids: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """The order operations' values, by WB's method and path template (their operationIds are
    marketplace.yaml's to choose)."""
    fbs_meta = {"path": {"orderId": ids["confirmed"]}}
    dbw_meta = {"path": {"orderId": ids["dbw_confirmed"]}}
    out: dict[tuple[str, str], dict[str, Any]] = {
        ("PATCH", "/api/v3/orders/{}/cancel"): {"path": {"orderId": ids["new"]}},
        ("DELETE", "/api/v3/orders/{}/meta"): fbs_meta,
        ("PUT", "/api/marketplace/v3/orders/{}/meta/customs-declaration"): fbs_meta,
        ("POST", "/api/marketplace/v3/orders/meta"): {"body": {"orders": [ids["confirmed"]]}},
        ("POST", "/api/v3/orders/status/history"): {"body": {"orders": [ids["new"]]}},
        ("POST", "/api/v3/orders/stickers"): {"body": {"orders": [ids["confirmed"]]}},
        ("PUT", "/api/v3/passes/{}"): {"path": {"passId": ids["pass"]}},
        ("DELETE", "/api/v3/passes/{}"): {"path": {"passId": ids["pass"]}},
        ("PATCH", "/api/marketplace/v3/supplies/{}/orders"): {
            "path": {"supplyId": ids["open_supply"]},
            "body": {"orders": [ids["new"]]},
        },
        ("GET", "/api/marketplace/v3/supplies/{}/order-ids"): {"path": {"supplyId": ids["open_supply"]}},
        ("GET", "/api/v3/supplies/{}"): {"path": {"supplyId": ids["open_supply"]}},
        ("DELETE", "/api/v3/supplies/{}"): {"path": {"supplyId": ids["empty_supply"]}},
        ("PATCH", "/api/v3/supplies/{}/deliver"): {"path": {"supplyId": ids["open_supply"]}},
        ("GET", "/api/v3/supplies/{}/barcode"): {"path": {"supplyId": ids["done_supply"]}},
        ("POST", "/api/marketplace/v3/dbs/orders/stickers"): {"body": {"orders": [ids["dbs"]]}},
        ("PATCH", "/api/v3/dbw/orders/{}/cancel"): {"path": {"orderId": ids["dbw_new"]}},
        ("PATCH", "/api/v3/dbw/orders/{}/confirm"): {"path": {"orderId": ids["dbw_new"]}},
        ("POST", "/api/v3/dbw/orders/stickers"): {"body": {"orders": [ids["dbw_confirmed"]]}},
        ("POST", "/api/v3/click-collect/orders/client/identity"): {
            "body": {"orderCode": ids["cc_code"], "passcode": ids["cc_passcode"]}
        },
    }
    for key in ("sgtin", "uin", "imei", "gtin", "expiration"):
        out[("PUT", f"/api/v3/orders/{{}}/meta/{key}")] = fbs_meta
    for key in ("gtin", "imei", "uin"):
        out[("PUT", f"/api/v3/dbw/orders/{{}}/meta/{key}")] = dbw_meta
    return out


def values_for(op: Any, ids: dict[str, Any]) -> dict[str, Any]:
    """The values an operation's request carries to name what `seed()` and `seed_orders()` made
    (`ids`: both results merged); {} for one whose schema-built request names nothing that must
    exist. `op`: an operation of the emulator or of the facade (key, method, path)."""
    by_key = named(ids).get(op.key) if "tasks" in ids else None  # the new hosts' seeding
    if by_key is not None:
        return by_key
    if "new" in ids:  # the orders' seeding
        return named_orders(ids).get((op.method, template(op.path)), {})
    return {}
