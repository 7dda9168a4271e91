"""Every operation of the hosts added from WB's August 2026 facts (supplies, statistics,
analytics, finance, documents, feedbacks, chat, returns) answers a 2xx within its spec when the
request names things that exist: the stateful handlers are reached past their refusals, and the
others answer from their schemas. The emulator runs strict: it validates each answer."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest

from wbseller.testing import Emulator
from wbseller.testing.handlers.analytics import AnalyticsStore
from wbseller.testing.handlers.chat import ChatStore
from wbseller.testing.handlers.documents import DocumentsStore
from wbseller.testing.handlers.feedbacks import FeedbacksStore
from wbseller.testing.handlers.finance import FinanceStore
from wbseller.testing.handlers.returns import ReturnsStore
from wbseller.testing.handlers.statistics import StatisticsStore
from wbseller.testing.handlers.supplies import PLANNED, SuppliesStore
from wbseller.testing.operations import Operation, Operations

from .test_every_operation import build_request

SPECS = ("supplies", "statistics", "analytics", "finance", "documents", "feedbacks", "chat", "returns")
OPS = sorted(
    (o for o in Operations().by_key.values() if o.spec_name in SPECS and not o.meta.get("removed")),
    key=lambda o: o.key,
)


def seed(emu: Emulator) -> dict[str, Any]:
    """Something of every kind, and the ids a request names."""
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
    sales_report = fin.seed_realization(weeks=2, rows=5)[0]
    acquiring_report = fin.seed_acquiring(reports=1, rows=5)[0]
    doc = st.store(DocumentsStore).add_document("upd")
    fb = st.store(FeedbacksStore)
    [feedback] = fb.seed_feedbacks(1, returnable_every=1)
    [answered] = fb.seed_feedbacks(1, answered_every=1)
    [question] = fb.seed_questions(1)
    chat = st.store(ChatStore)
    one = chat.add_chat()
    attachment = chat.add_attachment(one.chat_id, "png")
    [claim] = st.store(ReturnsStore).seed_claims(1)
    supply = st.store(SuppliesStore).add_supply(PLANNED)
    an = st.store(AnalyticsStore)
    tasks = {
        kind: an.new_task(kind, [{"nmId": 1}]).task_id
        for kind in ("warehouse_remains", "paid_storage", "acceptance_report")
    }
    an.seed_order_feed(3)
    an.seed_csv_failures(1)
    failed = an.new_csv(str(uuid.uuid4()), "DETAIL_HISTORY_REPORT", "r", *_week())
    done = an.new_csv(str(uuid.uuid4()), "DETAIL_HISTORY_REPORT", "r", *_week())
    return {
        "sales_report": sales_report,
        "acquiring_report": acquiring_report,
        "doc": doc.service_name,
        "feedback": feedback,
        "answered": answered,
        "question": question,
        "reply_sign": one.reply_sign,
        "attachment": attachment.download_id,
        "claim": claim,
        "supply": supply.supply_id,
        "tasks": tasks,
        "csv_failed": failed.id,
        "csv_done": done.id,
    }


def _week() -> tuple[date, date]:
    return date(2026, 11, 2), date(2026, 11, 8)


WIDE = {"dateFrom": "2020-01-01", "dateTo": "2030-12-31"}


def adjust(op: Operation, kw: dict[str, Any], ids: dict[str, Any]) -> None:
    """Make the built request name what was seeded."""
    key, path = op.key, kw["url"]
    if op.spec_name == "statistics":
        kw["params"]["dateFrom"] = "2020-01-01"
    elif key.startswith("finance.") and "json" in kw and key != "finance.account_balance":
        kw["json"] = {k: v for k, v in kw["json"].items() if k not in ("rrdId", "fields", "offset")}
        if "dateFrom" in kw["json"]:
            kw["json"].update(WIDE)
        kw["json"].pop("period", None)
        report = ids["acquiring_report"] if "acquiring" in key else ids["sales_report"]
        kw["url"] = path.rsplit("/", 1)[0] + f"/{report}" if key.endswith("_by_id") else path
    elif key == "documents.document_download":
        kw["params"].update(serviceName=ids["doc"], extension="pdf")
    elif key == "documents.documents_download_all":
        kw["json"] = {"params": [{"serviceName": ids["doc"], "extension": "zip"}]}
    elif key in ("documents.documents_list",):
        kw["params"] = {}
    elif key == "feedbacks.feedback_answer":
        kw["json"] = {"id": ids["feedback"], "text": "Спасибо за отзыв!"}
    elif key == "feedbacks.feedback_answer_edit":
        kw["json"] = {"id": ids["answered"], "text": "Спасибо!"}
    elif key == "feedbacks.feedback_by_id":
        kw["params"]["id"] = ids["feedback"]
    elif key == "feedbacks.question_by_id":
        kw["params"]["id"] = ids["question"]
    elif key == "feedbacks.question_update":
        kw["json"] = {"id": ids["question"], "answer": {"text": "Да"}, "state": "wbRu"}
    elif key == "feedbacks.feedback_order_return":
        kw["json"] = {"feedbackId": ids["feedback"]}
    elif key == "chat.chat_send_message":
        kw.pop("files", None)
        kw["files"] = [("replySign", (None, ids["reply_sign"])), ("message", (None, "Добрый день"))]
    elif key == "chat.chat_attachment_download":
        kw["url"] = f"/api/v1/seller/download/{ids['attachment']}"
    elif key == "supplies.fbw_supplies_list":
        kw["json"] = {
            "dates": [{"type": "createDate", "from": "2020-01-01", "till": "2030-12-31"}],
            "statusIDs": [PLANNED],
        }
    elif key == "returns.claim_answer":
        kw["json"] = {"id": ids["claim"], "action": "approve1"}
    elif key.startswith("supplies.fbw_supply_"):
        tail = op.path.split("{ID}")[1]
        kw["url"] = f"/api/v1/supplies/{ids['supply']}{tail}"
        kw["params"].pop("isPreorderID", None)
    elif key.endswith(("_status", "_download")) and "/tasks/" in path:
        kind = key.split(".")[1].rsplit("_", 1)[0]
        kw["url"] = f"/api/v1/{kind}/tasks/{ids['tasks'][kind]}/{key.rsplit('_', 1)[1]}"
    elif key == "analytics.nm_report_download_create":
        kw["json"] = {
            "id": str(uuid.uuid4()),
            "reportType": "DETAIL_HISTORY_REPORT",
            "params": {"startDate": "2026-11-01", "endDate": "2026-11-02"},
        }
    elif key == "analytics.nm_report_download_retry":
        kw["json"] = {"downloadId": ids["csv_failed"]}
    elif key == "analytics.nm_report_download_file":
        kw["url"] = f"/api/v2/nm-report/downloads/file/{ids['csv_done']}"
    elif key == "analytics.nm_report_downloads_list":
        kw["params"] = {}
    elif key in ("analytics.paid_storage_create", "analytics.acceptance_report_create"):
        kw["params"].update(dateFrom="2026-11-01", dateTo="2026-11-03")


@pytest.fixture(scope="module")
def seeded(emulator_module: Emulator) -> dict[str, Any]:
    emulator_module.reset()
    return seed(emulator_module)


@pytest.mark.parametrize("op", OPS, ids=[o.key for o in OPS])
def test_operation_answers_2xx_within_its_spec(
    emulator_module: Emulator, seeded: dict[str, Any], op: Operation
) -> None:
    emu = emulator_module
    kw = build_request(op)
    adjust(op, kw, seeded)
    cats = [c for c in op.categories if c != "common"]
    kw["headers"]["Authorization"] = emu.make_token(cats)
    emu.limits.reset()  # one request per operation: the budgets are tested elsewhere
    with httpx.Client(base_url=emu.base_url, timeout=10) as c:
        r = c.request(**kw)
    assert 200 <= r.status_code < 300, f"{op.key}: {r.status_code} {r.text[:300]}"
    assert emu.response_errors == [] and emu.handler_errors == []


SEEDS = [
    ("statistics", "seed_orders", {"n": 3, "cancel_every": 2}, 3),
    ("statistics", "seed_sales", {"n": 4, "return_every": 2}, 4),
    ("finance", "seed_realization", {"weeks": 2, "rows": 3}, 2),
    ("finance", "seed_acquiring", {"reports": 1, "rows": 3}, 1),
    ("analytics", "seed_order_feed", {"n": 5}, 5),
    ("analytics", "seed_csv_failures", {"n": 2}, 2),
    ("documents", "seed_documents", {"n": 3}, 3),
    ("feedbacks", "seed_feedbacks", {"n": 4, "answered_every": 2}, 4),
    ("feedbacks", "seed_questions", {"n": 2}, 2),
    ("chat", "seed_chats", {"n": 2, "messages": 1}, 2),
    ("returns", "seed_claims", {"n": 3}, 3),
    ("supplies", "seed_supplies", {"n": 6}, 6),
    ("orders", "seed_fbs_orders", {"n": 3, "required_meta": ["sgtin"]}, 3),
    ("orders", "seed_dbs_orders", {"n": 2, "optional_meta": ["imei"]}, 2),
    ("orders", "seed_cc_orders", {"n": 2}, 2),
    ("orders", "seed_dbw_orders", {"n": 2}, 2),
]


@pytest.mark.parametrize(
    ("category", "method", "kwargs", "made"), SEEDS, ids=[f"{c}.{m}" for c, m, _, _ in SEEDS]
)
def test_seeding_over_http_as_the_readme_lists_it(
    emu: Emulator, category: str, method: str, kwargs: dict[str, Any], made: int
) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.strip().startswith(f"| {category} |"))
    assert f"`{method}`" in row and all(f"`{k}`" in row for k in kwargs)
    r = httpx.post(
        f"{emu.base_url}/__emulator__/seed", json={"category": category, "method": method, "kwargs": kwargs}
    )
    assert r.status_code == 200 and r.json() == {"seeded": made}
