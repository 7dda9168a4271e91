from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stocks_report_groups_request_availability_filters_item import (
    StocksReportGroupsRequestAvailabilityFiltersItem,
    check_stocks_report_groups_request_availability_filters_item,
)
from ..models.stocks_report_groups_request_stock_type import (
    StocksReportGroupsRequestStockType,
    check_stocks_report_groups_request_stock_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stocks_report_groups_request_current_period import (
        StocksReportGroupsRequestCurrentPeriod,
    )
    from ..models.stocks_report_groups_request_order_by import (
        StocksReportGroupsRequestOrderBy,
    )


T = TypeVar("T", bound="StocksReportGroupsRequest")


@_attrs_define
class StocksReportGroupsRequest:
    """
    Attributes:
        current_period (StocksReportGroupsRequestCurrentPeriod):
        stock_type (StocksReportGroupsRequestStockType):  Example: mp.
        skip_deleted_nm (bool):  Example: True.
        availability_filters (list[StocksReportGroupsRequestAvailabilityFiltersItem]):
        order_by (StocksReportGroupsRequestOrderBy):
        offset (int):  Example: 100.
        nm_i_ds (list[int] | Unset):
        subject_i_ds (list[int] | Unset):
        brand_names (list[str] | Unset):
        tag_i_ds (list[int] | Unset):
        limit (int | Unset):  Default: 100. Example: 150.
    """

    current_period: StocksReportGroupsRequestCurrentPeriod
    stock_type: StocksReportGroupsRequestStockType
    skip_deleted_nm: bool
    availability_filters: list[StocksReportGroupsRequestAvailabilityFiltersItem]
    order_by: StocksReportGroupsRequestOrderBy
    offset: int
    nm_i_ds: list[int] | Unset = UNSET
    subject_i_ds: list[int] | Unset = UNSET
    brand_names: list[str] | Unset = UNSET
    tag_i_ds: list[int] | Unset = UNSET
    limit: int | Unset = 100
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_period = self.current_period.to_dict()

        stock_type: str = self.stock_type

        skip_deleted_nm = self.skip_deleted_nm

        availability_filters = []
        for availability_filters_item_data in self.availability_filters:
            availability_filters_item: str = availability_filters_item_data
            availability_filters.append(availability_filters_item)

        order_by = self.order_by.to_dict()

        offset = self.offset

        nm_i_ds: list[int] | Unset = UNSET
        if not isinstance(self.nm_i_ds, Unset):
            nm_i_ds = self.nm_i_ds

        subject_i_ds: list[int] | Unset = UNSET
        if not isinstance(self.subject_i_ds, Unset):
            subject_i_ds = self.subject_i_ds

        brand_names: list[str] | Unset = UNSET
        if not isinstance(self.brand_names, Unset):
            brand_names = self.brand_names

        tag_i_ds: list[int] | Unset = UNSET
        if not isinstance(self.tag_i_ds, Unset):
            tag_i_ds = self.tag_i_ds

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentPeriod": current_period,
                "stockType": stock_type,
                "skipDeletedNm": skip_deleted_nm,
                "availabilityFilters": availability_filters,
                "orderBy": order_by,
                "offset": offset,
            }
        )
        if nm_i_ds is not UNSET:
            field_dict["nmIDs"] = nm_i_ds
        if subject_i_ds is not UNSET:
            field_dict["subjectIDs"] = subject_i_ds
        if brand_names is not UNSET:
            field_dict["brandNames"] = brand_names
        if tag_i_ds is not UNSET:
            field_dict["tagIDs"] = tag_i_ds
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        current_period = StocksReportGroupsRequestCurrentPeriod.from_dict(
            d.pop("currentPeriod")
        )

        stock_type = check_stocks_report_groups_request_stock_type(d.pop("stockType"))

        skip_deleted_nm = d.pop("skipDeletedNm")

        availability_filters = []
        _availability_filters = d.pop("availabilityFilters")
        for availability_filters_item_data in _availability_filters:
            availability_filters_item = (
                check_stocks_report_groups_request_availability_filters_item(
                    availability_filters_item_data
                )
            )

            availability_filters.append(availability_filters_item)

        order_by = StocksReportGroupsRequestOrderBy.from_dict(d.pop("orderBy"))

        offset = d.pop("offset")

        nm_i_ds = cast(list[int], d.pop("nmIDs", UNSET))

        subject_i_ds = cast(list[int], d.pop("subjectIDs", UNSET))

        brand_names = cast(list[str], d.pop("brandNames", UNSET))

        tag_i_ds = cast(list[int], d.pop("tagIDs", UNSET))

        limit = d.pop("limit", UNSET)

        stocks_report_groups_request = cls(
            current_period=current_period,
            stock_type=stock_type,
            skip_deleted_nm=skip_deleted_nm,
            availability_filters=availability_filters,
            order_by=order_by,
            offset=offset,
            nm_i_ds=nm_i_ds,
            subject_i_ds=subject_i_ds,
            brand_names=brand_names,
            tag_i_ds=tag_i_ds,
            limit=limit,
        )

        stocks_report_groups_request.additional_properties = d
        return stocks_report_groups_request

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
from ..models.stocks_report_groups_request_current_period import StocksReportGroupsRequestCurrentPeriod
from ..models.stocks_report_groups_request_order_by import StocksReportGroupsRequestOrderBy
