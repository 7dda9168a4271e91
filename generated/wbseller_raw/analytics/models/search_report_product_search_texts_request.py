from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_report_product_search_texts_request_top_order_by import (
    SearchReportProductSearchTextsRequestTopOrderBy,
    check_search_report_product_search_texts_request_top_order_by,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_report_product_search_texts_request_current_period import (
        SearchReportProductSearchTextsRequestCurrentPeriod,
    )
    from ..models.search_report_product_search_texts_request_order_by import (
        SearchReportProductSearchTextsRequestOrderBy,
    )
    from ..models.search_report_product_search_texts_request_past_period import (
        SearchReportProductSearchTextsRequestPastPeriod,
    )


T = TypeVar("T", bound="SearchReportProductSearchTextsRequest")


@_attrs_define
class SearchReportProductSearchTextsRequest:
    """
    Attributes:
        current_period (SearchReportProductSearchTextsRequestCurrentPeriod):
        nm_ids (list[int]):
        top_order_by (SearchReportProductSearchTextsRequestTopOrderBy):  Example: openToCart.
        order_by (SearchReportProductSearchTextsRequestOrderBy):
        limit (int):
        past_period (SearchReportProductSearchTextsRequestPastPeriod | Unset):
        include_substituted_sk_us (bool | Unset):  Default: True. Example: True.
        include_search_texts (bool | Unset):  Default: True. Example: False.
    """

    current_period: SearchReportProductSearchTextsRequestCurrentPeriod
    nm_ids: list[int]
    top_order_by: SearchReportProductSearchTextsRequestTopOrderBy
    order_by: SearchReportProductSearchTextsRequestOrderBy
    limit: int
    past_period: SearchReportProductSearchTextsRequestPastPeriod | Unset = UNSET
    include_substituted_sk_us: bool | Unset = True
    include_search_texts: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_period = self.current_period.to_dict()

        nm_ids = self.nm_ids

        top_order_by: str = self.top_order_by

        order_by = self.order_by.to_dict()

        limit: int
        limit = self.limit

        past_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.past_period, Unset):
            past_period = self.past_period.to_dict()

        include_substituted_sk_us = self.include_substituted_sk_us

        include_search_texts = self.include_search_texts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentPeriod": current_period,
                "nmIds": nm_ids,
                "topOrderBy": top_order_by,
                "orderBy": order_by,
                "limit": limit,
            }
        )
        if past_period is not UNSET:
            field_dict["pastPeriod"] = past_period
        if include_substituted_sk_us is not UNSET:
            field_dict["includeSubstitutedSKUs"] = include_substituted_sk_us
        if include_search_texts is not UNSET:
            field_dict["includeSearchTexts"] = include_search_texts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        current_period = SearchReportProductSearchTextsRequestCurrentPeriod.from_dict(
            d.pop("currentPeriod")
        )

        nm_ids = cast(list[int], d.pop("nmIds"))

        top_order_by = check_search_report_product_search_texts_request_top_order_by(
            d.pop("topOrderBy")
        )

        order_by = SearchReportProductSearchTextsRequestOrderBy.from_dict(
            d.pop("orderBy")
        )

        def _parse_limit(data: object) -> int:
            return cast(int, data)

        limit = _parse_limit(d.pop("limit"))

        _past_period = d.pop("pastPeriod", UNSET)
        past_period: SearchReportProductSearchTextsRequestPastPeriod | Unset
        if isinstance(_past_period, Unset):
            past_period = UNSET
        else:
            past_period = SearchReportProductSearchTextsRequestPastPeriod.from_dict(
                _past_period
            )

        include_substituted_sk_us = d.pop("includeSubstitutedSKUs", UNSET)

        include_search_texts = d.pop("includeSearchTexts", UNSET)

        search_report_product_search_texts_request = cls(
            current_period=current_period,
            nm_ids=nm_ids,
            top_order_by=top_order_by,
            order_by=order_by,
            limit=limit,
            past_period=past_period,
            include_substituted_sk_us=include_substituted_sk_us,
            include_search_texts=include_search_texts,
        )

        search_report_product_search_texts_request.additional_properties = d
        return search_report_product_search_texts_request

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
from ..models.search_report_product_search_texts_request_current_period import SearchReportProductSearchTextsRequestCurrentPeriod
from ..models.search_report_product_search_texts_request_order_by import SearchReportProductSearchTextsRequestOrderBy
from ..models.search_report_product_search_texts_request_past_period import SearchReportProductSearchTextsRequestPastPeriod
