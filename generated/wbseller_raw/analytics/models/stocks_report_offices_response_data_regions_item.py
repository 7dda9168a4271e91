from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stocks_report_offices_response_data_regions_item_metrics import (
        StocksReportOfficesResponseDataRegionsItemMetrics,
    )
    from ..models.stocks_report_offices_response_data_regions_item_offices_item import (
        StocksReportOfficesResponseDataRegionsItemOfficesItem,
    )


T = TypeVar("T", bound="StocksReportOfficesResponseDataRegionsItem")


@_attrs_define
class StocksReportOfficesResponseDataRegionsItem:
    """
    Attributes:
        region_name (str | Unset):
        metrics (StocksReportOfficesResponseDataRegionsItemMetrics | Unset):
        offices (list[StocksReportOfficesResponseDataRegionsItemOfficesItem] | Unset):
    """

    region_name: str | Unset = UNSET
    metrics: StocksReportOfficesResponseDataRegionsItemMetrics | Unset = UNSET
    offices: list[StocksReportOfficesResponseDataRegionsItemOfficesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region_name = self.region_name

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        offices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offices, Unset):
            offices = []
            for offices_item_data in self.offices:
                offices_item = offices_item_data.to_dict()
                offices.append(offices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if region_name is not UNSET:
            field_dict["regionName"] = region_name
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if offices is not UNSET:
            field_dict["offices"] = offices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        region_name = d.pop("regionName", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: StocksReportOfficesResponseDataRegionsItemMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = StocksReportOfficesResponseDataRegionsItemMetrics.from_dict(
                _metrics
            )

        _offices = d.pop("offices", UNSET)
        offices: list[StocksReportOfficesResponseDataRegionsItemOfficesItem] | Unset = (
            UNSET
        )
        if _offices is not UNSET:
            offices = []
            for offices_item_data in _offices:
                offices_item = (
                    StocksReportOfficesResponseDataRegionsItemOfficesItem.from_dict(
                        offices_item_data
                    )
                )

                offices.append(offices_item)

        stocks_report_offices_response_data_regions_item = cls(
            region_name=region_name,
            metrics=metrics,
            offices=offices,
        )

        stocks_report_offices_response_data_regions_item.additional_properties = d
        return stocks_report_offices_response_data_regions_item

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
from ..models.stocks_report_offices_response_data_regions_item_metrics import StocksReportOfficesResponseDataRegionsItemMetrics
from ..models.stocks_report_offices_response_data_regions_item_offices_item import StocksReportOfficesResponseDataRegionsItemOfficesItem
