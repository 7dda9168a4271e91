from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stocks_report_groups_response_data_groups_item_items_item_metrics import (
        StocksReportGroupsResponseDataGroupsItemItemsItemMetrics,
    )


T = TypeVar("T", bound="StocksReportGroupsResponseDataGroupsItemItemsItem")


@_attrs_define
class StocksReportGroupsResponseDataGroupsItemItemsItem:
    """
    Attributes:
        nm_id (int | Unset):  Example: 123456789.
        is_deleted (bool | Unset):  Example: False.
        subject_name (str | Unset):
        name (str | Unset):
        vendor_code (str | Unset):  Example: pechatnik3000.
        brand_name (str | Unset):
        main_photo (str | Unset):
        has_sizes (bool | Unset):  Example: True.
        metrics (StocksReportGroupsResponseDataGroupsItemItemsItemMetrics | Unset):
    """

    nm_id: int | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    subject_name: str | Unset = UNSET
    name: str | Unset = UNSET
    vendor_code: str | Unset = UNSET
    brand_name: str | Unset = UNSET
    main_photo: str | Unset = UNSET
    has_sizes: bool | Unset = UNSET
    metrics: StocksReportGroupsResponseDataGroupsItemItemsItemMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm_id = self.nm_id

        is_deleted = self.is_deleted

        subject_name = self.subject_name

        name = self.name

        vendor_code = self.vendor_code

        brand_name = self.brand_name

        main_photo = self.main_photo

        has_sizes = self.has_sizes

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm_id is not UNSET:
            field_dict["nmID"] = nm_id
        if is_deleted is not UNSET:
            field_dict["isDeleted"] = is_deleted
        if subject_name is not UNSET:
            field_dict["subjectName"] = subject_name
        if name is not UNSET:
            field_dict["name"] = name
        if vendor_code is not UNSET:
            field_dict["vendorCode"] = vendor_code
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if main_photo is not UNSET:
            field_dict["mainPhoto"] = main_photo
        if has_sizes is not UNSET:
            field_dict["hasSizes"] = has_sizes
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        nm_id = d.pop("nmID", UNSET)

        is_deleted = d.pop("isDeleted", UNSET)

        subject_name = d.pop("subjectName", UNSET)

        name = d.pop("name", UNSET)

        vendor_code = d.pop("vendorCode", UNSET)

        brand_name = d.pop("brandName", UNSET)

        main_photo = d.pop("mainPhoto", UNSET)

        has_sizes = d.pop("hasSizes", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: StocksReportGroupsResponseDataGroupsItemItemsItemMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = (
                StocksReportGroupsResponseDataGroupsItemItemsItemMetrics.from_dict(
                    _metrics
                )
            )

        stocks_report_groups_response_data_groups_item_items_item = cls(
            nm_id=nm_id,
            is_deleted=is_deleted,
            subject_name=subject_name,
            name=name,
            vendor_code=vendor_code,
            brand_name=brand_name,
            main_photo=main_photo,
            has_sizes=has_sizes,
            metrics=metrics,
        )

        stocks_report_groups_response_data_groups_item_items_item.additional_properties = d
        return stocks_report_groups_response_data_groups_item_items_item

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
from ..models.stocks_report_groups_response_data_groups_item_items_item_metrics import StocksReportGroupsResponseDataGroupsItemItemsItemMetrics
