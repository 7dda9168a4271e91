from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stocks_report_sizes_response_data_offices_item_metrics import (
        StocksReportSizesResponseDataOfficesItemMetrics,
    )


T = TypeVar("T", bound="StocksReportSizesResponseDataOfficesItem")


@_attrs_define
class StocksReportSizesResponseDataOfficesItem:
    """
    Attributes:
        region_name (str | Unset):
        office_id (int | Unset):  Example: 123456.
        office_name (str | Unset):
        metrics (StocksReportSizesResponseDataOfficesItemMetrics | Unset):
    """

    region_name: str | Unset = UNSET
    office_id: int | Unset = UNSET
    office_name: str | Unset = UNSET
    metrics: StocksReportSizesResponseDataOfficesItemMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region_name = self.region_name

        office_id = self.office_id

        office_name = self.office_name

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if region_name is not UNSET:
            field_dict["regionName"] = region_name
        if office_id is not UNSET:
            field_dict["officeID"] = office_id
        if office_name is not UNSET:
            field_dict["officeName"] = office_name
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        region_name = d.pop("regionName", UNSET)

        office_id = d.pop("officeID", UNSET)

        office_name = d.pop("officeName", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: StocksReportSizesResponseDataOfficesItemMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = StocksReportSizesResponseDataOfficesItemMetrics.from_dict(
                _metrics
            )

        stocks_report_sizes_response_data_offices_item = cls(
            region_name=region_name,
            office_id=office_id,
            office_name=office_name,
            metrics=metrics,
        )

        stocks_report_sizes_response_data_offices_item.additional_properties = d
        return stocks_report_sizes_response_data_offices_item

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
from ..models.stocks_report_sizes_response_data_offices_item_metrics import StocksReportSizesResponseDataOfficesItemMetrics
