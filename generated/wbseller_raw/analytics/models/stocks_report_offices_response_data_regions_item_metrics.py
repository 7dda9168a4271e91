from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stocks_report_offices_response_data_regions_item_metrics_sale_rate import (
        StocksReportOfficesResponseDataRegionsItemMetricsSaleRate,
    )


T = TypeVar("T", bound="StocksReportOfficesResponseDataRegionsItemMetrics")


@_attrs_define
class StocksReportOfficesResponseDataRegionsItemMetrics:
    """
    Attributes:
        stock_count (int | Unset):  Example: 20.
        stock_sum (int | Unset):  Example: 20000.
        sale_rate (StocksReportOfficesResponseDataRegionsItemMetricsSaleRate | Unset):
        to_client_count (int | Unset):  Example: 30.
        from_client_count (int | Unset):  Example: 40.
    """

    stock_count: int | Unset = UNSET
    stock_sum: int | Unset = UNSET
    sale_rate: StocksReportOfficesResponseDataRegionsItemMetricsSaleRate | Unset = UNSET
    to_client_count: int | Unset = UNSET
    from_client_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_count = self.stock_count

        stock_sum = self.stock_sum

        sale_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sale_rate, Unset):
            sale_rate = self.sale_rate.to_dict()

        to_client_count = self.to_client_count

        from_client_count = self.from_client_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stock_count is not UNSET:
            field_dict["stockCount"] = stock_count
        if stock_sum is not UNSET:
            field_dict["stockSum"] = stock_sum
        if sale_rate is not UNSET:
            field_dict["saleRate"] = sale_rate
        if to_client_count is not UNSET:
            field_dict["toClientCount"] = to_client_count
        if from_client_count is not UNSET:
            field_dict["fromClientCount"] = from_client_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        stock_count = d.pop("stockCount", UNSET)

        stock_sum = d.pop("stockSum", UNSET)

        _sale_rate = d.pop("saleRate", UNSET)
        sale_rate: StocksReportOfficesResponseDataRegionsItemMetricsSaleRate | Unset
        if isinstance(_sale_rate, Unset):
            sale_rate = UNSET
        else:
            sale_rate = (
                StocksReportOfficesResponseDataRegionsItemMetricsSaleRate.from_dict(
                    _sale_rate
                )
            )

        to_client_count = d.pop("toClientCount", UNSET)

        from_client_count = d.pop("fromClientCount", UNSET)

        stocks_report_offices_response_data_regions_item_metrics = cls(
            stock_count=stock_count,
            stock_sum=stock_sum,
            sale_rate=sale_rate,
            to_client_count=to_client_count,
            from_client_count=from_client_count,
        )

        stocks_report_offices_response_data_regions_item_metrics.additional_properties = d
        return stocks_report_offices_response_data_regions_item_metrics

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
from ..models.stocks_report_offices_response_data_regions_item_metrics_sale_rate import StocksReportOfficesResponseDataRegionsItemMetricsSaleRate
