from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stocks_report_sizes_response_data_offices_item import (
        StocksReportSizesResponseDataOfficesItem,
    )
    from ..models.stocks_report_sizes_response_data_sizes_item import (
        StocksReportSizesResponseDataSizesItem,
    )


T = TypeVar("T", bound="StocksReportSizesResponseData")


@_attrs_define
class StocksReportSizesResponseData:
    """
    Attributes:
        offices (list[StocksReportSizesResponseDataOfficesItem] | Unset):
        sizes (list[StocksReportSizesResponseDataSizesItem] | Unset):
        currency (str | Unset):  Example: RUB.
    """

    offices: list[StocksReportSizesResponseDataOfficesItem] | Unset = UNSET
    sizes: list[StocksReportSizesResponseDataSizesItem] | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offices, Unset):
            offices = []
            for offices_item_data in self.offices:
                offices_item = offices_item_data.to_dict()
                offices.append(offices_item)

        sizes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sizes, Unset):
            sizes = []
            for sizes_item_data in self.sizes:
                sizes_item = sizes_item_data.to_dict()
                sizes.append(sizes_item)

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offices is not UNSET:
            field_dict["offices"] = offices
        if sizes is not UNSET:
            field_dict["sizes"] = sizes
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _offices = d.pop("offices", UNSET)
        offices: list[StocksReportSizesResponseDataOfficesItem] | Unset = UNSET
        if _offices is not UNSET:
            offices = []
            for offices_item_data in _offices:
                offices_item = StocksReportSizesResponseDataOfficesItem.from_dict(
                    offices_item_data
                )

                offices.append(offices_item)

        _sizes = d.pop("sizes", UNSET)
        sizes: list[StocksReportSizesResponseDataSizesItem] | Unset = UNSET
        if _sizes is not UNSET:
            sizes = []
            for sizes_item_data in _sizes:
                sizes_item = StocksReportSizesResponseDataSizesItem.from_dict(
                    sizes_item_data
                )

                sizes.append(sizes_item)

        currency = d.pop("currency", UNSET)

        stocks_report_sizes_response_data = cls(
            offices=offices,
            sizes=sizes,
            currency=currency,
        )

        stocks_report_sizes_response_data.additional_properties = d
        return stocks_report_sizes_response_data

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
from ..models.stocks_report_sizes_response_data_offices_item import StocksReportSizesResponseDataOfficesItem
from ..models.stocks_report_sizes_response_data_sizes_item import StocksReportSizesResponseDataSizesItem
