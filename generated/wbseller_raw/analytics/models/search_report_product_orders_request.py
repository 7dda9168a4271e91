from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.search_report_product_orders_request_period import (
        SearchReportProductOrdersRequestPeriod,
    )


T = TypeVar("T", bound="SearchReportProductOrdersRequest")


@_attrs_define
class SearchReportProductOrdersRequest:
    """
    Attributes:
        period (SearchReportProductOrdersRequestPeriod):
        nm_id (int):  Example: 211131895.
        search_texts (list[str]):
    """

    period: SearchReportProductOrdersRequestPeriod
    nm_id: int
    search_texts: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period.to_dict()

        nm_id = self.nm_id

        search_texts = self.search_texts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "nmId": nm_id,
                "searchTexts": search_texts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        period = SearchReportProductOrdersRequestPeriod.from_dict(d.pop("period"))

        nm_id = d.pop("nmId")

        search_texts = cast(list[str], d.pop("searchTexts"))

        search_report_product_orders_request = cls(
            period=period,
            nm_id=nm_id,
            search_texts=search_texts,
        )

        search_report_product_orders_request.additional_properties = d
        return search_report_product_orders_request

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
from ..models.search_report_product_orders_request_period import SearchReportProductOrdersRequestPeriod
