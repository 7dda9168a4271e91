from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stocks_report_sizes_response_data_sizes_item_metrics import (
        StocksReportSizesResponseDataSizesItemMetrics,
    )
    from ..models.stocks_report_sizes_response_data_sizes_item_offices_item import (
        StocksReportSizesResponseDataSizesItemOfficesItem,
    )


T = TypeVar("T", bound="StocksReportSizesResponseDataSizesItem")


@_attrs_define
class StocksReportSizesResponseDataSizesItem:
    """
    Attributes:
        name (str | Unset):  Example: 50.
        chrt_id (int | Unset):  Example: 123321.
        offices (list[StocksReportSizesResponseDataSizesItemOfficesItem] | Unset):
        metrics (StocksReportSizesResponseDataSizesItemMetrics | Unset):
    """

    name: str | Unset = UNSET
    chrt_id: int | Unset = UNSET
    offices: list[StocksReportSizesResponseDataSizesItemOfficesItem] | Unset = UNSET
    metrics: StocksReportSizesResponseDataSizesItemMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        chrt_id = self.chrt_id

        offices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offices, Unset):
            offices = []
            for offices_item_data in self.offices:
                offices_item = offices_item_data.to_dict()
                offices.append(offices_item)

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if chrt_id is not UNSET:
            field_dict["chrtID"] = chrt_id
        if offices is not UNSET:
            field_dict["offices"] = offices
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        chrt_id = d.pop("chrtID", UNSET)

        _offices = d.pop("offices", UNSET)
        offices: list[StocksReportSizesResponseDataSizesItemOfficesItem] | Unset = UNSET
        if _offices is not UNSET:
            offices = []
            for offices_item_data in _offices:
                offices_item = (
                    StocksReportSizesResponseDataSizesItemOfficesItem.from_dict(
                        offices_item_data
                    )
                )

                offices.append(offices_item)

        _metrics = d.pop("metrics", UNSET)
        metrics: StocksReportSizesResponseDataSizesItemMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = StocksReportSizesResponseDataSizesItemMetrics.from_dict(_metrics)

        stocks_report_sizes_response_data_sizes_item = cls(
            name=name,
            chrt_id=chrt_id,
            offices=offices,
            metrics=metrics,
        )

        stocks_report_sizes_response_data_sizes_item.additional_properties = d
        return stocks_report_sizes_response_data_sizes_item

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
from ..models.stocks_report_sizes_response_data_sizes_item_metrics import StocksReportSizesResponseDataSizesItemMetrics
from ..models.stocks_report_sizes_response_data_sizes_item_offices_item import StocksReportSizesResponseDataSizesItemOfficesItem
