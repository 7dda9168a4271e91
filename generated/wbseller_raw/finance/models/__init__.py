"""Contains all the data models used in inputs/outputs"""

# Made lazy by scripts/generate.py: each model's module is imported when the model is first
# asked for, so an operation loads its own models, not every model of the spec.
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_balance_response import AccountBalanceResponse
    from .acquiring_report_by_id_item import AcquiringReportByIdItem
    from .acquiring_report_by_id_request import AcquiringReportByIdRequest
    from .acquiring_report_detailed_item import AcquiringReportDetailedItem
    from .acquiring_report_detailed_request import AcquiringReportDetailedRequest
    from .acquiring_reports_list_item import AcquiringReportsListItem
    from .acquiring_reports_list_request import AcquiringReportsListRequest
    from .problem_error import ProblemError
    from .sales_report_by_id_item import SalesReportByIdItem
    from .sales_report_by_id_request import SalesReportByIdRequest
    from .sales_report_detailed_item import SalesReportDetailedItem
    from .sales_report_detailed_request import SalesReportDetailedRequest
    from .sales_report_detailed_request_period import SalesReportDetailedRequestPeriod
    from .sales_reports_list_item import SalesReportsListItem
    from .sales_reports_list_request import SalesReportsListRequest
    from .sales_reports_list_request_period import SalesReportsListRequestPeriod

_MODULES = {
    "AccountBalanceResponse": "account_balance_response",
    "AcquiringReportByIdItem": "acquiring_report_by_id_item",
    "AcquiringReportByIdRequest": "acquiring_report_by_id_request",
    "AcquiringReportDetailedItem": "acquiring_report_detailed_item",
    "AcquiringReportDetailedRequest": "acquiring_report_detailed_request",
    "AcquiringReportsListItem": "acquiring_reports_list_item",
    "AcquiringReportsListRequest": "acquiring_reports_list_request",
    "ProblemError": "problem_error",
    "SalesReportByIdItem": "sales_report_by_id_item",
    "SalesReportByIdRequest": "sales_report_by_id_request",
    "SalesReportDetailedItem": "sales_report_detailed_item",
    "SalesReportDetailedRequest": "sales_report_detailed_request",
    "SalesReportDetailedRequestPeriod": "sales_report_detailed_request_period",
    "SalesReportsListItem": "sales_reports_list_item",
    "SalesReportsListRequest": "sales_reports_list_request",
    "SalesReportsListRequestPeriod": "sales_reports_list_request_period",
}

__all__ = (
    "AccountBalanceResponse",
    "AcquiringReportByIdItem",
    "AcquiringReportByIdRequest",
    "AcquiringReportDetailedItem",
    "AcquiringReportDetailedRequest",
    "AcquiringReportsListItem",
    "AcquiringReportsListRequest",
    "ProblemError",
    "SalesReportByIdItem",
    "SalesReportByIdRequest",
    "SalesReportDetailedItem",
    "SalesReportDetailedRequest",
    "SalesReportDetailedRequestPeriod",
    "SalesReportsListItem",
    "SalesReportsListRequest",
    "SalesReportsListRequestPeriod",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # once: later lookups are plain attributes
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
