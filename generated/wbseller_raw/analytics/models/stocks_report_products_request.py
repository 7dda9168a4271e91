from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stocks_report_products_request_availability_filters_item import (
    StocksReportProductsRequestAvailabilityFiltersItem,
    check_stocks_report_products_request_availability_filters_item,
)
from ..models.stocks_report_products_request_stock_type import (
    StocksReportProductsRequestStockType,
    check_stocks_report_products_request_stock_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stocks_report_products_request_current_period import (
        StocksReportProductsRequestCurrentPeriod,
    )
    from ..models.stocks_report_products_request_order_by import (
        StocksReportProductsRequestOrderBy,
    )


T = TypeVar("T", bound="StocksReportProductsRequest")


@_attrs_define
class StocksReportProductsRequest:
    """
    Attributes:
        current_period (StocksReportProductsRequestCurrentPeriod):
        stock_type (StocksReportProductsRequestStockType):  Example: mp.
        skip_deleted_nm (bool):  Example: True.
        order_by (StocksReportProductsRequestOrderBy):
        availability_filters (list[StocksReportProductsRequestAvailabilityFiltersItem]):
        offset (int):  Example: 100.
        nm_i_ds (list[int] | Unset):
        subject_id (int | Unset):  Example: 123456.
        brand_name (str | Unset):
        tag_id (int | Unset):  Example: 25345.
        limit (int | Unset):  Default: 100. Example: 150.
    """

    current_period: StocksReportProductsRequestCurrentPeriod
    stock_type: StocksReportProductsRequestStockType
    skip_deleted_nm: bool
    order_by: StocksReportProductsRequestOrderBy
    availability_filters: list[StocksReportProductsRequestAvailabilityFiltersItem]
    offset: int
    nm_i_ds: list[int] | Unset = UNSET
    subject_id: int | Unset = UNSET
    brand_name: str | Unset = UNSET
    tag_id: int | Unset = UNSET
    limit: int | Unset = 100
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_period = self.current_period.to_dict()

        stock_type: str = self.stock_type

        skip_deleted_nm = self.skip_deleted_nm

        order_by = self.order_by.to_dict()

        availability_filters = []
        for availability_filters_item_data in self.availability_filters:
            availability_filters_item: str = availability_filters_item_data
            availability_filters.append(availability_filters_item)

        offset = self.offset

        nm_i_ds: list[int] | Unset = UNSET
        if not isinstance(self.nm_i_ds, Unset):
            nm_i_ds = self.nm_i_ds

        subject_id = self.subject_id

        brand_name = self.brand_name

        tag_id = self.tag_id

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentPeriod": current_period,
                "stockType": stock_type,
                "skipDeletedNm": skip_deleted_nm,
                "orderBy": order_by,
                "availabilityFilters": availability_filters,
                "offset": offset,
            }
        )
        if nm_i_ds is not UNSET:
            field_dict["nmIDs"] = nm_i_ds
        if subject_id is not UNSET:
            field_dict["subjectID"] = subject_id
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if tag_id is not UNSET:
            field_dict["tagID"] = tag_id
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        current_period = StocksReportProductsRequestCurrentPeriod.from_dict(
            d.pop("currentPeriod")
        )

        stock_type = check_stocks_report_products_request_stock_type(d.pop("stockType"))

        skip_deleted_nm = d.pop("skipDeletedNm")

        order_by = StocksReportProductsRequestOrderBy.from_dict(d.pop("orderBy"))

        availability_filters = []
        _availability_filters = d.pop("availabilityFilters")
        for availability_filters_item_data in _availability_filters:
            availability_filters_item = (
                check_stocks_report_products_request_availability_filters_item(
                    availability_filters_item_data
                )
            )

            availability_filters.append(availability_filters_item)

        offset = d.pop("offset")

        nm_i_ds = cast(list[int], d.pop("nmIDs", UNSET))

        subject_id = d.pop("subjectID", UNSET)

        brand_name = d.pop("brandName", UNSET)

        tag_id = d.pop("tagID", UNSET)

        limit = d.pop("limit", UNSET)

        stocks_report_products_request = cls(
            current_period=current_period,
            stock_type=stock_type,
            skip_deleted_nm=skip_deleted_nm,
            order_by=order_by,
            availability_filters=availability_filters,
            offset=offset,
            nm_i_ds=nm_i_ds,
            subject_id=subject_id,
            brand_name=brand_name,
            tag_id=tag_id,
            limit=limit,
        )

        stocks_report_products_request.additional_properties = d
        return stocks_report_products_request

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
from ..models.stocks_report_products_request_current_period import StocksReportProductsRequestCurrentPeriod
from ..models.stocks_report_products_request_order_by import StocksReportProductsRequestOrderBy
