from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fbw_supplies_list_request_status_i_ds_item import (
    FbwSuppliesListRequestStatusIDsItem,
    check_fbw_supplies_list_request_status_i_ds_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fbw_supplies_list_request_dates_item import (
        FbwSuppliesListRequestDatesItem,
    )


T = TypeVar("T", bound="FbwSuppliesListRequest")


@_attrs_define
class FbwSuppliesListRequest:
    """
    Attributes:
        dates (list[FbwSuppliesListRequestDatesItem] | Unset):
        status_i_ds (list[FbwSuppliesListRequestStatusIDsItem] | Unset):
    """

    dates: list[FbwSuppliesListRequestDatesItem] | Unset = UNSET
    status_i_ds: list[FbwSuppliesListRequestStatusIDsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = []
            for dates_item_data in self.dates:
                dates_item = dates_item_data.to_dict()
                dates.append(dates_item)

        status_i_ds: list[int] | Unset = UNSET
        if not isinstance(self.status_i_ds, Unset):
            status_i_ds = []
            for status_i_ds_item_data in self.status_i_ds:
                status_i_ds_item: int = status_i_ds_item_data
                status_i_ds.append(status_i_ds_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dates is not UNSET:
            field_dict["dates"] = dates
        if status_i_ds is not UNSET:
            field_dict["statusIDs"] = status_i_ds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _dates = d.pop("dates", UNSET)
        dates: list[FbwSuppliesListRequestDatesItem] | Unset = UNSET
        if _dates is not UNSET:
            dates = []
            for dates_item_data in _dates:
                dates_item = FbwSuppliesListRequestDatesItem.from_dict(dates_item_data)

                dates.append(dates_item)

        _status_i_ds = d.pop("statusIDs", UNSET)
        status_i_ds: list[FbwSuppliesListRequestStatusIDsItem] | Unset = UNSET
        if _status_i_ds is not UNSET:
            status_i_ds = []
            for status_i_ds_item_data in _status_i_ds:
                status_i_ds_item = check_fbw_supplies_list_request_status_i_ds_item(
                    status_i_ds_item_data
                )

                status_i_ds.append(status_i_ds_item)

        fbw_supplies_list_request = cls(
            dates=dates,
            status_i_ds=status_i_ds,
        )

        fbw_supplies_list_request.additional_properties = d
        return fbw_supplies_list_request

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
from ..models.fbw_supplies_list_request_dates_item import FbwSuppliesListRequestDatesItem
