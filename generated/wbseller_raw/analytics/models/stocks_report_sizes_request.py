from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stocks_report_sizes_request_stock_type import (
    StocksReportSizesRequestStockType,
    check_stocks_report_sizes_request_stock_type,
)

if TYPE_CHECKING:
    from ..models.stocks_report_sizes_request_current_period import (
        StocksReportSizesRequestCurrentPeriod,
    )
    from ..models.stocks_report_sizes_request_order_by import (
        StocksReportSizesRequestOrderBy,
    )


T = TypeVar("T", bound="StocksReportSizesRequest")


@_attrs_define
class StocksReportSizesRequest:
    """
    Attributes:
        nm_id (int):  Example: 123456789.
        current_period (StocksReportSizesRequestCurrentPeriod):
        stock_type (StocksReportSizesRequestStockType):  Example: mp.
        order_by (StocksReportSizesRequestOrderBy):
        include_office (bool):  Example: True.
    """

    nm_id: int
    current_period: StocksReportSizesRequestCurrentPeriod
    stock_type: StocksReportSizesRequestStockType
    order_by: StocksReportSizesRequestOrderBy
    include_office: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        current_period = self.current_period.to_dict()

        stock_type: str = self.stock_type

        order_by = self.order_by.to_dict()

        include_office = self.include_office

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nmID": nm_id,
                "currentPeriod": current_period,
                "stockType": stock_type,
                "orderBy": order_by,
                "includeOffice": include_office,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        nm_id = d.pop("nmID")

        current_period = StocksReportSizesRequestCurrentPeriod.from_dict(
            d.pop("currentPeriod")
        )

        stock_type = check_stocks_report_sizes_request_stock_type(d.pop("stockType"))

        order_by = StocksReportSizesRequestOrderBy.from_dict(d.pop("orderBy"))

        include_office = d.pop("includeOffice")

        stocks_report_sizes_request = cls(
            nm_id=nm_id,
            current_period=current_period,
            stock_type=stock_type,
            order_by=order_by,
            include_office=include_office,
        )

        stocks_report_sizes_request.additional_properties = d
        return stocks_report_sizes_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

# Bound once here by scripts/generate.py, not imported inside to_dict/from_dict on every
# call (a relative import costs microseconds, five per product card): by now this module's
# class exists, so models that refer to each other still import fine.
from ..models.stocks_report_sizes_request_current_period import StocksReportSizesRequestCurrentPeriod
from ..models.stocks_report_sizes_request_order_by import StocksReportSizesRequestOrderBy
